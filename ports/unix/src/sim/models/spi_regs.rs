//! An SPI register device, in the style of many SPI sensors and display controllers:
//! 128 byte-wide registers. Each transaction (chip select low .. high) starts with a
//! command byte: bit 7 set reads, clear writes; bits 6..0 are the first register. The
//! following bytes are read from (or written to) consecutive registers, wrapping at 128.
//! During the command byte the device answers 0xff. Registers listed as read-only (an ID
//! register, say) ignore writes.

use crate::sim::spi::SpiDevice;

pub struct SpiRegs {
    pub cs: u32,
    pub regs: [u8; 128],
    pub read_only: Vec<u8>,
    state: State,
}

enum State {
    Command,
    Read(u8),
    Write(u8),
    /// Deselected: bytes are ignored.
    Idle,
}

impl SpiRegs {
    pub fn new(cs: u32, init: &[(u8, u8)], read_only: Vec<u8>) -> SpiRegs {
        let mut regs = [0u8; 128];
        for &(r, v) in init {
            regs[usize::from(r & 0x7f)] = v;
        }
        SpiRegs {
            cs,
            regs,
            read_only,
            state: State::Idle,
        }
    }
}

impl SpiDevice for SpiRegs {
    fn cs(&self) -> Option<u32> {
        Some(self.cs)
    }
    fn select(&mut self) {
        self.state = State::Command;
    }
    fn deselect(&mut self) {
        self.state = State::Idle;
    }
    fn exchange(&mut self, mosi: u8) -> u8 {
        match self.state {
            State::Idle => 0xff,
            State::Command => {
                let reg = mosi & 0x7f;
                self.state = if mosi & 0x80 != 0 {
                    State::Read(reg)
                } else {
                    State::Write(reg)
                };
                0xff
            }
            State::Read(r) => {
                self.state = State::Read((r + 1) & 0x7f);
                self.regs[usize::from(r)]
            }
            State::Write(r) => {
                if !self.read_only.contains(&r) {
                    self.regs[usize::from(r)] = mosi;
                }
                self.state = State::Write((r + 1) & 0x7f);
                0xff
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_read_write() {
        let mut d = SpiRegs::new(5, &[(0x0f, 0x33)], vec![0x0f]);
        assert_eq!(d.exchange(0x8f), 0xff, "ignored while deselected");
        d.select();
        assert_eq!(d.exchange(0x8f), 0xff);
        assert_eq!(d.exchange(0), 0x33);
        d.deselect();
        d.select();
        for b in [0x20, 0x11, 0x22] {
            d.exchange(b);
        }
        d.deselect();
        d.select();
        let got: Vec<u8> = [0xa0, 0, 0].iter().map(|&b| d.exchange(b)).collect();
        assert_eq!(got, [0xff, 0x11, 0x22]);
        d.deselect();
        d.select();
        d.exchange(0x0f);
        d.exchange(0x99);
        assert_eq!(d.regs[0x0f], 0x33, "read-only register kept its value");
        // Reads wrap at register 127.
        d.select();
        d.regs[0x7f] = 7;
        d.regs[0] = 8;
        let got: Vec<u8> = [0xff, 0, 0].iter().map(|&b| d.exchange(b)).collect();
        assert_eq!(got, [0xff, 7, 8]);
    }
}
