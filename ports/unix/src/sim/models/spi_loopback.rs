//! An SPI loopback: MISO wired to MOSI, so every byte comes back as sent.

use crate::sim::spi::SpiDevice;

pub struct SpiLoopback {
    pub cs: Option<u32>,
}

impl SpiDevice for SpiLoopback {
    fn cs(&self) -> Option<u32> {
        self.cs
    }
    fn exchange(&mut self, mosi: u8) -> u8 {
        mosi
    }
}
