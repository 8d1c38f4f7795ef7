//! A UART: bytes the program writes go to the attached peer model (if any), and what
//! the peer sends back arrives in the receive buffer at the time it chose.

use std::collections::VecDeque;

use mica_core::hal::UartConfig;

/// Bytes that reach the program's RX line at a given time.
pub type Arrival = (u64, Vec<u8>);

/// Whatever sits at the other end of a UART's wires.
pub trait UartPeer: Send {
    /// The program opened the UART at `now_ns`: bytes the peer sends unprompted.
    fn open(&mut self, now_ns: u64) -> Vec<Arrival> {
        let _ = now_ns;
        Vec::new()
    }
    /// The program sent `data` at `now_ns`: the peer's answers.
    fn receive(&mut self, data: &[u8], now_ns: u64) -> Vec<Arrival>;
}

/// The most bytes a receive buffer holds; later bytes are lost, as on a real UART.
pub const RX_CAPACITY: usize = 4096;

pub struct Uart {
    pub id: u32,
    pub tx: u32,
    pub rx: u32,
    pub config: UartConfig,
    pub open: bool,
    pub irq: bool,
    pub rx_buf: VecDeque<u8>,
    /// Bytes on their way, in time order.
    pub pending: VecDeque<Arrival>,
    pub peer: Option<Box<dyn UartPeer>>,
}

impl Uart {
    pub fn new(id: u32, tx: u32, rx: u32) -> Uart {
        Uart {
            id,
            tx,
            rx,
            config: UartConfig {
                baudrate: 115_200,
                bits: 8,
                parity: None,
                stop: 1,
            },
            open: false,
            irq: false,
            rx_buf: VecDeque::new(),
            pending: VecDeque::new(),
            peer: None,
        }
    }

    /// Queue arrivals, keeping `pending` sorted by time (stable for equal times).
    pub fn schedule(&mut self, arrivals: Vec<Arrival>) {
        for a in arrivals {
            let at = self
                .pending
                .iter()
                .position(|p| p.0 > a.0)
                .unwrap_or(self.pending.len());
            self.pending.insert(at, a);
        }
    }

    /// The MCU was reset: the UART is closed and its buffers are empty.
    pub fn reset(&mut self) {
        self.open = false;
        self.irq = false;
        self.rx_buf.clear();
    }
}
