//! An SPI bus: each transfer is clocked byte by byte into every selected device (its
//! chip-select pin low, or a device with no chip select), whose replies are wired-AND
//! onto MISO (0xff when nothing answers).

use super::trace::{hex_bytes, Trace};
use mica_core::hal::SpiConfig;

/// A device on an SPI bus.
pub trait SpiDevice: Send {
    /// The chip-select pin (active low); `None` for a device that is always selected.
    fn cs(&self) -> Option<u32>;
    /// Chip select went low: a new transaction starts.
    fn select(&mut self) {}
    /// Chip select went high: the transaction ends.
    fn deselect(&mut self) {}
    /// Exchange one byte (MSB-first as on the wire): MOSI in, MISO out.
    fn exchange(&mut self, mosi: u8) -> u8;
}

pub struct SpiBus {
    pub id: u32,
    pub sck: u32,
    pub mosi: u32,
    pub miso: u32,
    pub config: SpiConfig,
    pub devices: Vec<Box<dyn SpiDevice>>,
}

impl SpiBus {
    pub fn new(id: u32, sck: u32, mosi: u32, miso: u32) -> SpiBus {
        SpiBus {
            id,
            sck,
            mosi,
            miso,
            config: SpiConfig {
                baudrate: 1_000_000,
                polarity: 0,
                phase: 0,
                bits: 8,
                msb_first: true,
            },
            devices: Vec::new(),
        }
    }

    /// Full duplex transfer; `selected(cs)` tells whether a chip-select pin is low.
    pub fn transfer(
        &mut self,
        write: &[u8],
        read: &mut [u8],
        selected: impl Fn(u32) -> bool,
        now_ns: u64,
        trace: &mut Trace,
    ) {
        let lsb = !self.config.msb_first;
        for (i, &w) in write.iter().enumerate() {
            let wire_out = if lsb { w.reverse_bits() } else { w };
            let mut wire_in = 0xffu8;
            for dev in self.devices.iter_mut() {
                if dev.cs().is_none_or(&selected) {
                    wire_in &= dev.exchange(wire_out);
                }
            }
            if let Some(r) = read.get_mut(i) {
                *r = if lsb { wire_in.reverse_bits() } else { wire_in };
            }
        }
        let got = &read[..read.len().min(write.len())];
        trace.line(
            now_ns,
            &format!(
                "spi{} out {} in {}",
                self.id,
                hex_bytes(write),
                hex_bytes(got)
            ),
        );
    }
}
