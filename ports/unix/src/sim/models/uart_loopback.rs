//! A UART loopback: TX wired to RX, so what the program sends arrives back at once.

use crate::sim::uart::{Arrival, UartPeer};

pub struct UartLoopback;

impl UartPeer for UartLoopback {
    fn receive(&mut self, data: &[u8], now_ns: u64) -> Vec<Arrival> {
        vec![(now_ns, data.to_vec())]
    }
}
