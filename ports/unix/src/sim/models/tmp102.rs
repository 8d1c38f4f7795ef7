//! A TMP102-like I2C temperature sensor.
//!
//! Register map (16-bit registers, MSB first), selected by the pointer register (the
//! first byte of every write):
//! - 0 temperature (read-only): 12-bit two's complement, left-justified, 0.0625 degC per
//!   LSB; 13-bit when the EM bit of the configuration is set.
//! - 1 configuration, power-on 0x60a0: OS F1 F0 POL TM SD | CR1 CR0 AL EM 0000. R1/R0
//!   (0x60) read as 1; AL is read-only. SD (shutdown) freezes the temperature register;
//!   writing OS=1 in shutdown takes one conversion.
//! - 2 T_LOW, power-on 0x4b00 (75 degC); 3 T_HIGH, power-on 0x5000 (80 degC).
//!
//! Reads return the pointed register's MSB then LSB, and repeat. The temperature follows
//! `temperature + slope * t`, so a test can watch it change with virtual time.

use crate::sim::i2c::I2cDevice;

pub struct Tmp102 {
    pub address: u8,
    /// degC at time 0, and its change in degC per second.
    pub temperature: f64,
    pub slope_per_s: f64,
    pointer: u8,
    config: u16,
    t_low: u16,
    t_high: u16,
    /// The last conversion (what a shut-down sensor keeps reporting).
    converted: u16,
    /// Bytes of the current write after the pointer byte.
    written: Vec<u8>,
    /// How many bytes of the current read were sent.
    read_index: usize,
    writing: bool,
}

const CONFIG_SD: u16 = 0x0100;
const CONFIG_OS: u16 = 0x8000;
const CONFIG_EM: u16 = 0x0010;

impl Tmp102 {
    pub fn new(address: u8, temperature: f64, slope_per_s: f64) -> Tmp102 {
        let mut t = Tmp102 {
            address,
            temperature,
            slope_per_s,
            pointer: 0,
            config: 0x60a0,
            t_low: 0x4b00,
            t_high: 0x5000,
            converted: 0,
            written: Vec::new(),
            read_index: 0,
            writing: false,
        };
        t.convert(0);
        t
    }

    pub fn celsius_at(&self, now_ns: u64) -> f64 {
        self.temperature + self.slope_per_s * (now_ns as f64 / 1e9)
    }

    fn convert(&mut self, now_ns: u64) {
        let extended = self.config & CONFIG_EM != 0;
        let (bits, shift) = if extended { (13, 3) } else { (12, 4) };
        let max = (1i32 << (bits - 1)) - 1;
        let counts = (self.celsius_at(now_ns) / 0.0625).round();
        let counts = if counts.is_nan() {
            0
        } else {
            (counts as i32).clamp(-max - 1, max)
        };
        let mut raw = ((counts << shift) as u16) & !((1 << shift) - 1);
        if extended {
            raw |= 1; // bit 0 flags the 13-bit format
        }
        self.converted = raw;
    }

    fn register(&mut self, now_ns: u64) -> u16 {
        match self.pointer {
            0 => {
                if self.config & CONFIG_SD == 0 {
                    self.convert(now_ns);
                }
                self.converted
            }
            1 => self.config,
            2 => self.t_low,
            _ => self.t_high,
        }
    }

    fn store(&mut self, value: u16, now_ns: u64) {
        match self.pointer {
            1 => {
                let one_shot = value & CONFIG_OS != 0;
                self.config = (value & 0x9fd0) | 0x6000 | (self.config & 0x0020);
                // Continuous mode converts with the new settings at once; in
                // shutdown only a one-shot request converts.
                if one_shot || self.config & CONFIG_SD == 0 {
                    self.convert(now_ns);
                }
                self.config &= !CONFIG_OS;
            }
            2 => self.t_low = value & 0xfff0,
            3 => self.t_high = value & 0xfff0,
            _ => {}
        }
    }
}

impl I2cDevice for Tmp102 {
    fn address(&self) -> u8 {
        self.address
    }
    fn begin(&mut self, read: bool, _now_ns: u64) -> bool {
        self.writing = !read;
        self.written.clear();
        self.read_index = 0;
        true
    }
    fn write(&mut self, byte: u8, now_ns: u64) -> bool {
        if !self.writing {
            return false;
        }
        if self.written.is_empty() && self.read_index == 0 {
            self.pointer = byte & 3;
            self.read_index = 1; // the pointer byte is taken
            return true;
        }
        self.written.push(byte);
        if self.written.len() == 2 {
            let v = u16::from_be_bytes([self.written[0], self.written[1]]);
            self.store(v, now_ns);
            self.written.clear();
        }
        true
    }
    fn read(&mut self, now_ns: u64) -> u8 {
        let v = self.register(now_ns);
        let b = if self.read_index.is_multiple_of(2) {
            (v >> 8) as u8
        } else {
            v as u8
        };
        self.read_index += 1;
        b
    }
    fn stop(&mut self, _now_ns: u64) {
        self.written.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read16(t: &mut Tmp102, now: u64) -> u16 {
        assert!(t.begin(true, now));
        u16::from_be_bytes([t.read(now), t.read(now)])
    }

    fn write(t: &mut Tmp102, bytes: &[u8]) {
        assert!(t.begin(false, 0));
        for &b in bytes {
            assert!(t.write(b, 0));
        }
        t.stop(0);
    }

    #[test]
    fn temperature_register_formats() {
        let mut t = Tmp102::new(0x48, 25.0, 0.0);
        // 25 degC = 400 counts = 0x190 -> 0x1900 left-justified.
        assert_eq!(read16(&mut t, 0), 0x1900);
        t.temperature = -25.0;
        assert_eq!(read16(&mut t, 0), 0xe700);
        t.temperature = 23.5;
        assert_eq!(read16(&mut t, 0), 0x1780);
        // Extended mode: 13 bits, bit 0 set.
        write(&mut t, &[1, 0x60, 0xb0]);
        write(&mut t, &[0]);
        assert_eq!(read16(&mut t, 0), 0x0bc1);
        // Out of range clamps.
        t.temperature = 500.0;
        write(&mut t, &[1, 0x60, 0xa0]);
        write(&mut t, &[0]);
        assert_eq!(read16(&mut t, 0), 0x7ff0);
    }

    #[test]
    fn pointer_config_and_limits() {
        let mut t = Tmp102::new(0x48, 20.0, 1.0);
        write(&mut t, &[1]);
        assert_eq!(read16(&mut t, 0), 0x60a0);
        // R1/R0 stay set, AL stays read-only.
        write(&mut t, &[1, 0x00, 0x00]);
        assert_eq!(read16(&mut t, 0), 0x6020);
        write(&mut t, &[2]);
        assert_eq!(read16(&mut t, 0), 0x4b00);
        write(&mut t, &[3, 0x50, 0x0f]);
        assert_eq!(read16(&mut t, 0), 0x5000);
        // The temperature follows the slope with time.
        write(&mut t, &[0]);
        assert_eq!(read16(&mut t, 2_000_000_000), 0x1600); // 22 degC
                                                           // Reads repeat MSB, LSB.
        assert!(t.begin(true, 0));
        let v: Vec<u8> = (0..4).map(|_| t.read(0)).collect();
        assert_eq!(v, [0x14, 0x00, 0x14, 0x00]);
    }

    #[test]
    fn shutdown_and_one_shot() {
        let mut t = Tmp102::new(0x48, 20.0, 1.0);
        write(&mut t, &[1, 0x60, 0xb0]); // extended mode...
        write(&mut t, &[1, 0x60, 0xa0]); // ...and back: 12-bit again
        write(&mut t, &[1, 0x61, 0xa0]); // SD
        write(&mut t, &[0]);
        assert_eq!(read16(&mut t, 5_000_000_000), 0x1400, "frozen at 20 degC");
        assert!(t.begin(false, 0));
        t.write(1, 0);
        t.write(0xe1, 4_000_000_000); // OS + SD: one conversion now (24 degC)
        t.write(0xa0, 4_000_000_000);
        t.stop(0);
        write(&mut t, &[0]);
        assert_eq!(read16(&mut t, 9_000_000_000), 0x1800);
    }
}
