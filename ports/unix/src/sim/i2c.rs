//! An I2C bus at byte level: START, the address byte with its R/W bit, data bytes each
//! acknowledged or not, STOP. Whole transfers (`I2C.writeto`) and SoftI2C's primitive
//! calls are both broken down into these steps, so every device model sees the same
//! sequence a real chip would.

use super::trace::{hex_bytes, Trace};

/// A device on an I2C bus.
pub trait I2cDevice: Send {
    /// The 7-bit address it answers to.
    fn address(&self) -> u8;
    /// Addressed after a (repeated) START, for reading when `read`. Returns the ACK:
    /// false when the device is busy (an EEPROM in its write cycle).
    fn begin(&mut self, read: bool, now_ns: u64) -> bool;
    /// A byte from the controller; returns the ACK.
    fn write(&mut self, byte: u8, now_ns: u64) -> bool;
    /// The next byte for the controller (who then ACKs it, or NACKs the last).
    fn read(&mut self, now_ns: u64) -> u8;
    /// STOP ends the transaction (an EEPROM starts its write cycle here).
    fn stop(&mut self, now_ns: u64);
}

enum Phase {
    Idle,
    /// After START, the next byte is the address.
    Address,
    Write(usize),
    Read(usize),
    /// Address not acknowledged: bytes go nowhere until STOP or a new START.
    Ignored,
}

/// One addressed stretch of a transaction, kept to write one trace line.
struct Segment {
    t_ns: u64,
    addr: Option<(u8, bool, bool)>,
    bytes: Vec<u8>,
    nack: bool,
}

pub struct I2cBus {
    pub id: u32,
    pub scl: u32,
    pub sda: u32,
    pub freq: u32,
    pub devices: Vec<Box<dyn I2cDevice>>,
    phase: Phase,
    segment: Option<Segment>,
}

impl I2cBus {
    pub fn new(id: u32, scl: u32, sda: u32) -> I2cBus {
        I2cBus {
            id,
            scl,
            sda,
            freq: 400_000,
            devices: Vec::new(),
            phase: Phase::Idle,
            segment: None,
        }
    }

    /// Write the trace line of the current segment (`stop` when a STOP ends it).
    pub fn flush(&mut self, trace: &mut Trace, stop: bool) {
        let Some(seg) = self.segment.take() else {
            return;
        };
        let mut line = format!("i2c{}", self.id);
        match seg.addr {
            None => line.push_str(" start"),
            Some((addr, read, acked)) => {
                line.push_str(&format!(" 0x{addr:02x} {}", if read { 'r' } else { 'w' }));
                if !acked {
                    line.push_str(" nack");
                } else if !seg.bytes.is_empty() {
                    line.push(' ');
                    line.push_str(&hex_bytes(&seg.bytes));
                }
                if seg.nack {
                    line.push_str(" nack");
                }
            }
        }
        if stop {
            line.push_str(" stop");
        }
        trace.line(seg.t_ns, &line);
    }

    pub fn start(&mut self, now_ns: u64, trace: &mut Trace) {
        self.flush(trace, false);
        self.phase = Phase::Address;
        self.segment = Some(Segment {
            t_ns: now_ns,
            addr: None,
            bytes: Vec::new(),
            nack: false,
        });
    }

    pub fn stop(&mut self, now_ns: u64, trace: &mut Trace) {
        if let Phase::Write(d) | Phase::Read(d) = self.phase {
            if let Some(dev) = self.devices.get_mut(d) {
                dev.stop(now_ns);
            }
        }
        self.phase = Phase::Idle;
        self.flush(trace, true);
    }

    /// Clock out a byte; true when acknowledged.
    pub fn write_byte(&mut self, byte: u8, now_ns: u64) -> bool {
        match self.phase {
            Phase::Address => {
                let (addr, read) = (byte >> 1, byte & 1 == 1);
                let found = self.devices.iter().position(|d| d.address() == addr);
                let acked = match found {
                    Some(d) => self.devices[d].begin(read, now_ns),
                    None => false,
                };
                self.phase = match (found, acked) {
                    (Some(d), true) if read => Phase::Read(d),
                    (Some(d), true) => Phase::Write(d),
                    _ => Phase::Ignored,
                };
                if let Some(seg) = &mut self.segment {
                    seg.addr = Some((addr, read, acked));
                }
                acked
            }
            Phase::Write(d) => {
                let ack = self
                    .devices
                    .get_mut(d)
                    .is_some_and(|dev| dev.write(byte, now_ns));
                if let Some(seg) = &mut self.segment {
                    seg.bytes.push(byte);
                    seg.nack |= !ack;
                }
                ack
            }
            Phase::Idle | Phase::Read(_) | Phase::Ignored => false,
        }
    }

    /// Clock in a byte (0xff, the pulled-up line, when no device is sending).
    pub fn read_byte(&mut self, now_ns: u64) -> u8 {
        match self.phase {
            Phase::Read(d) => {
                let b = self.devices.get_mut(d).map_or(0xff, |dev| dev.read(now_ns));
                if let Some(seg) = &mut self.segment {
                    seg.bytes.push(b);
                }
                b
            }
            _ => 0xff,
        }
    }

    /// Is the bus between a START and a STOP?
    pub fn busy(&self) -> bool {
        !matches!(self.phase, Phase::Idle)
    }
}
