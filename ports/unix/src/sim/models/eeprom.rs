//! A 24LC-style I2C EEPROM (24LC256 by default: 32 KiB, 64-byte pages).
//!
//! A write sends the memory address (two bytes, high first; one byte for small parts)
//! then data. Data is latched into the page buffer, wrapping at the page boundary, and
//! committed at STOP, which starts the internal write cycle: for `write_ns` the chip
//! does not acknowledge its address (controllers poll for the ACK). A read returns bytes
//! from the address pointer onwards, wrapping at the end of the memory; a random read
//! is an address-only write followed by a (repeated) START for reading. Contents start
//! erased (0xff) and survive resets of the board's MCU.

use crate::sim::i2c::I2cDevice;

pub struct Eeprom {
    pub address: u8,
    pub memory: Vec<u8>,
    pub page: usize,
    pub address_bytes: usize,
    pub write_ns: u64,
    pointer: usize,
    busy_until: u64,
    /// Address bytes received so far in this write.
    addr_got: usize,
    new_pointer: usize,
    /// Latched (address, byte) pairs waiting for STOP.
    latched: Vec<(usize, u8)>,
    writing: bool,
}

impl Eeprom {
    pub fn new(
        address: u8,
        size: usize,
        page: usize,
        address_bytes: usize,
        write_ns: u64,
    ) -> Eeprom {
        Eeprom {
            address,
            memory: vec![0xff; size.max(1)],
            page: page.max(1),
            address_bytes: address_bytes.clamp(1, 2),
            write_ns,
            pointer: 0,
            busy_until: 0,
            addr_got: 0,
            new_pointer: 0,
            latched: Vec::new(),
            writing: false,
        }
    }
}

impl I2cDevice for Eeprom {
    fn address(&self) -> u8 {
        self.address
    }
    fn begin(&mut self, read: bool, now_ns: u64) -> bool {
        if now_ns < self.busy_until {
            return false;
        }
        self.writing = !read;
        self.addr_got = 0;
        self.new_pointer = 0;
        self.latched.clear();
        true
    }
    fn write(&mut self, byte: u8, _now_ns: u64) -> bool {
        if !self.writing {
            return false;
        }
        let size = self.memory.len();
        if self.addr_got < self.address_bytes {
            self.new_pointer = (self.new_pointer << 8 | usize::from(byte)) % size;
            self.addr_got += 1;
            if self.addr_got == self.address_bytes {
                self.pointer = self.new_pointer;
            }
            return true;
        }
        // Within the page buffer the address wraps at the page boundary.
        let page_start = self.pointer - self.pointer % self.page;
        self.latched.push((self.pointer, byte));
        self.pointer = page_start + (self.pointer + 1 - page_start) % self.page;
        if self.pointer >= size {
            self.pointer = page_start;
        }
        true
    }
    fn read(&mut self, _now_ns: u64) -> u8 {
        let b = self.memory.get(self.pointer).copied().unwrap_or(0xff);
        self.pointer = (self.pointer + 1) % self.memory.len();
        b
    }
    fn stop(&mut self, now_ns: u64) {
        if self.writing && !self.latched.is_empty() {
            for (a, b) in self.latched.drain(..) {
                if let Some(m) = self.memory.get_mut(a) {
                    *m = b;
                }
            }
            self.busy_until = now_ns.saturating_add(self.write_ns);
        }
        self.writing = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(e: &mut Eeprom, now: u64, bytes: &[u8]) -> bool {
        if !e.begin(false, now) {
            return false;
        }
        for &b in bytes {
            assert!(e.write(b, now));
        }
        e.stop(now);
        true
    }

    fn read(e: &mut Eeprom, now: u64, addr: u16, n: usize) -> Vec<u8> {
        assert!(write(e, now, &addr.to_be_bytes()));
        assert!(e.begin(true, now));
        let v = (0..n).map(|_| e.read(now)).collect();
        e.stop(now);
        v
    }

    #[test]
    fn page_write_and_sequential_read() {
        let mut e = Eeprom::new(0x50, 32768, 64, 2, 5_000_000);
        assert!(write(&mut e, 0, &[0x01, 0x00, 1, 2, 3]));
        // Busy during the write cycle: the address is not acknowledged.
        assert!(!e.begin(false, 4_999_999));
        assert_eq!(read(&mut e, 5_000_000, 0x0100, 4), [1, 2, 3, 0xff]);
        // A page write wraps at the page boundary (0x13e, 0x13f, then 0x100...).
        assert!(write(&mut e, 10_000_000, &[0x01, 0x3e, 0xa, 0xb, 0xc]));
        assert_eq!(read(&mut e, 20_000_000, 0x013e, 2), [0xa, 0xb]);
        assert_eq!(read(&mut e, 20_000_000, 0x0100, 2), [0xc, 2]);
        // Sequential reads wrap at the end of memory.
        assert_eq!(read(&mut e, 20_000_000, 0x7fff, 2), [0xff, 0xff]);
    }

    #[test]
    fn address_only_write_sets_pointer_without_a_write_cycle() {
        let mut e = Eeprom::new(0x50, 256, 8, 1, 5_000_000);
        assert!(write(&mut e, 0, &[0x10]));
        assert!(
            e.begin(true, 0),
            "no write cycle after an address-only write"
        );
        assert_eq!(e.read(0), 0xff);
    }
}
