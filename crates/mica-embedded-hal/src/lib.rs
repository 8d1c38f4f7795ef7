//! `mica-embedded-hal`: run Mica's `machine` module on any board support crate that
//! implements the `embedded-hal` 1.0 traits.
//!
//! [`EmbeddedHal`] owns the board's pins and buses (boxed, so each may be a different
//! type) under the ids Python uses, and implements [`mica_core::hal::Hal`] by
//! dispatching to them. A port returns it from `Port::hal`:
//!
//! ```ignore
//! let hal = EmbeddedHal::new("my-board")
//!     .stateful_output_pin(25, led)          // Pin(25, Pin.OUT), toggle, read back
//!     .input_pin(14, button)                 // Pin(14, Pin.IN), edge IRQs by polling
//!     .pin_name("LED", 25)                   // Pin("LED")
//!     .i2c_bus(0, i2c0)                      // I2C(0)
//!     .spi_bus(0, spi0);                     // SPI(0)
//! ```
//!
//! Mapping notes:
//! - `embedded-hal` has no pin direction or pull switching at run time: a pin is an
//!   output, an input or both (`io_pin`) as registered, and `Pin(n, mode)` checks the
//!   mode against that (`ValueError` otherwise); pulls are accepted and left to the
//!   board.
//! - Pin IRQs are found by polling the registered input pins in `poll_event` (which
//!   the core calls between bytecodes and while sleeping); a board with real
//!   interrupts can also queue events with [`EmbeddedHal::push_event`].
//! - I2C: a write with `stop=False` (`readfrom_mem`'s register address) is held and
//!   sent as one `write_read` with the read that follows, a repeated-start
//!   transaction; otherwise `write`/`read`. `NoAcknowledge` becomes
//!   `HalError::NoDevice` (`OSError(ENODEV)`), other bus errors `HalError::Io`.
//! - SPI: `SpiBus::transfer` then `flush`; bus configuration is the board's.

#![no_std]

extern crate alloc;

use alloc::boxed::Box;
use alloc::collections::VecDeque;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use embedded_hal::delay::DelayNs;
use embedded_hal::digital::{InputPin, OutputPin, StatefulOutputPin};
use embedded_hal::i2c::{self, I2c};
use embedded_hal::spi::SpiBus;
use mica_core::hal::{Hal, HalError, HalEvent, HalResult, PinMode, Pull, SpiConfig};

/// What a registered pin can do, object-safe over any `embedded-hal` pin type.
trait DynPin {
    /// The modes this pin accepts.
    fn supports(&self, mode: PinMode) -> bool;
    fn read(&mut self) -> HalResult<bool>;
    fn write(&mut self, high: bool) -> HalResult<()>;
}

fn pin_err<E: embedded_hal::digital::Error>(_: E) -> HalError {
    HalError::Io
}

/// A push-pull output whose level the adapter remembers.
struct Output<P> {
    pin: P,
    level: bool,
}

impl<P: OutputPin> DynPin for Output<P> {
    fn supports(&self, mode: PinMode) -> bool {
        mode == PinMode::Out
    }
    fn read(&mut self) -> HalResult<bool> {
        Ok(self.level)
    }
    fn write(&mut self, high: bool) -> HalResult<()> {
        if high {
            self.pin.set_high().map_err(pin_err)?;
        } else {
            self.pin.set_low().map_err(pin_err)?;
        }
        self.level = high;
        Ok(())
    }
}

/// An output that can report the level it drives.
struct Stateful<P>(P);

impl<P: StatefulOutputPin> DynPin for Stateful<P> {
    fn supports(&self, mode: PinMode) -> bool {
        mode == PinMode::Out
    }
    fn read(&mut self) -> HalResult<bool> {
        self.0.is_set_high().map_err(pin_err)
    }
    fn write(&mut self, high: bool) -> HalResult<()> {
        if high {
            self.0.set_high().map_err(pin_err)
        } else {
            self.0.set_low().map_err(pin_err)
        }
    }
}

struct Input<P>(P);

impl<P: InputPin> DynPin for Input<P> {
    fn supports(&self, mode: PinMode) -> bool {
        mode == PinMode::In
    }
    fn read(&mut self) -> HalResult<bool> {
        self.0.is_high().map_err(pin_err)
    }
    fn write(&mut self, _high: bool) -> HalResult<()> {
        Err(HalError::Invalid(String::from("pin is input-only")))
    }
}

/// A pin that is both (an open-drain line, a flexible GPIO).
struct InOut<P>(P);

impl<P: InputPin + OutputPin> DynPin for InOut<P> {
    fn supports(&self, mode: PinMode) -> bool {
        mode != PinMode::Analog
    }
    fn read(&mut self) -> HalResult<bool> {
        self.0.is_high().map_err(pin_err)
    }
    fn write(&mut self, high: bool) -> HalResult<()> {
        if high {
            self.0.set_high().map_err(pin_err)
        } else {
            self.0.set_low().map_err(pin_err)
        }
    }
}

/// An I2C bus, object-safe.
trait DynI2c {
    fn write(&mut self, addr: u8, data: &[u8]) -> HalResult<()>;
    fn read(&mut self, addr: u8, buf: &mut [u8]) -> HalResult<()>;
    fn write_read(&mut self, addr: u8, data: &[u8], buf: &mut [u8]) -> HalResult<()>;
}

fn i2c_err<E: i2c::Error>(e: E) -> HalError {
    match e.kind() {
        i2c::ErrorKind::NoAcknowledge(_) => HalError::NoDevice,
        _ => HalError::Io,
    }
}

struct I2cBus<B>(B);

impl<B: I2c> DynI2c for I2cBus<B> {
    fn write(&mut self, addr: u8, data: &[u8]) -> HalResult<()> {
        self.0.write(addr, data).map_err(i2c_err)
    }
    fn read(&mut self, addr: u8, buf: &mut [u8]) -> HalResult<()> {
        self.0.read(addr, buf).map_err(i2c_err)
    }
    fn write_read(&mut self, addr: u8, data: &[u8], buf: &mut [u8]) -> HalResult<()> {
        self.0.write_read(addr, data, buf).map_err(i2c_err)
    }
}

/// An SPI bus, object-safe.
trait DynSpi {
    fn transfer(&mut self, write: &[u8], read: &mut [u8]) -> HalResult<()>;
}

struct Spi<B>(B);

impl<B: SpiBus<u8>> DynSpi for Spi<B> {
    fn transfer(&mut self, write: &[u8], read: &mut [u8]) -> HalResult<()> {
        self.0.transfer(read, write).map_err(|_| HalError::Io)?;
        self.0.flush().map_err(|_| HalError::Io)
    }
}

struct PinSlot {
    id: u32,
    pin: Box<dyn DynPin>,
    /// Edges to report, and the level last seen (for edge detection by polling).
    irq: u8,
    last: bool,
}

struct I2cSlot {
    id: u32,
    bus: Box<dyn DynI2c>,
    /// A write sent with `stop=False`, waiting for the read it addresses.
    held: Option<(u8, Vec<u8>)>,
}

/// A [`Hal`] over `embedded-hal` pins and buses; build it with the methods below.
pub struct EmbeddedHal {
    name: String,
    unique_id: Vec<u8>,
    cpu_freq: u32,
    pins: Vec<PinSlot>,
    names: Vec<(String, u32)>,
    i2c: Vec<I2cSlot>,
    spi: Vec<(u32, Box<dyn DynSpi>)>,
    delay: Option<Box<dyn DelayNs>>,
    events: VecDeque<HalEvent>,
}

impl EmbeddedHal {
    pub fn new(board_name: &str) -> EmbeddedHal {
        EmbeddedHal {
            name: String::from(board_name),
            unique_id: Vec::new(),
            cpu_freq: 0,
            pins: Vec::new(),
            names: Vec::new(),
            i2c: Vec::new(),
            spi: Vec::new(),
            delay: None,
            events: VecDeque::new(),
        }
    }

    /// `machine.unique_id()`.
    pub fn unique_id(mut self, id: &[u8]) -> Self {
        self.unique_id = Vec::from(id);
        self
    }

    /// `machine.freq()`.
    pub fn cpu_freq(mut self, hz: u32) -> Self {
        self.cpu_freq = hz;
        self
    }

    fn add_pin(mut self, id: u32, pin: Box<dyn DynPin>) -> Self {
        self.pins.retain(|p| p.id != id);
        self.pins.push(PinSlot {
            id,
            pin,
            irq: 0,
            last: false,
        });
        self
    }

    /// A push-pull output (`Pin(id, Pin.OUT)`); reads return the level last written.
    pub fn output_pin<P: OutputPin + 'static>(self, id: u32, pin: P) -> Self {
        self.add_pin(id, Box::new(Output { pin, level: false }))
    }

    /// An output that reads back what it drives (`is_set_high`).
    pub fn stateful_output_pin<P: StatefulOutputPin + 'static>(self, id: u32, pin: P) -> Self {
        self.add_pin(id, Box::new(Stateful(pin)))
    }

    /// An input (`Pin(id, Pin.IN)`), with edge IRQs detected by polling.
    pub fn input_pin<P: InputPin + 'static>(self, id: u32, pin: P) -> Self {
        self.add_pin(id, Box::new(Input(pin)))
    }

    /// A pin usable as input, output and open-drain.
    pub fn io_pin<P: InputPin + OutputPin + 'static>(self, id: u32, pin: P) -> Self {
        self.add_pin(id, Box::new(InOut(pin)))
    }

    /// A board name for a pin (`Pin("LED")`).
    pub fn pin_name(mut self, name: &str, id: u32) -> Self {
        self.names.push((String::from(name), id));
        self
    }

    /// Hardware I2C bus `id` (`I2C(id)`).
    pub fn i2c_bus<B: I2c + 'static>(mut self, id: u32, bus: B) -> Self {
        self.i2c.retain(|b| b.id != id);
        self.i2c.push(I2cSlot {
            id,
            bus: Box::new(I2cBus(bus)),
            held: None,
        });
        self
    }

    /// Hardware SPI bus `id` (`SPI(id)`).
    pub fn spi_bus<B: SpiBus<u8> + 'static>(mut self, id: u32, bus: B) -> Self {
        self.spi.retain(|b| b.0 != id);
        self.spi.push((id, Box::new(Spi(bus))));
        self
    }

    /// A delay used for `machine.lightsleep(ms)`.
    pub fn delay<D: DelayNs + 'static>(mut self, delay: D) -> Self {
        self.delay = Some(Box::new(delay));
        self
    }

    /// Queue an event (from a real interrupt handler's flag, for instance).
    pub fn push_event(&mut self, event: HalEvent) {
        self.events.push_back(event);
    }

    fn pin(&mut self, id: u32) -> HalResult<&mut PinSlot> {
        self.pins
            .iter_mut()
            .find(|p| p.id == id)
            .ok_or_else(|| HalError::Invalid(format!("invalid pin: {id}")))
    }

    fn i2c(&mut self, id: u32) -> HalResult<&mut I2cSlot> {
        self.i2c
            .iter_mut()
            .find(|b| b.id == id)
            .ok_or_else(|| HalError::Invalid(format!("I2C({id}) doesn't exist")))
    }

    fn spi(&mut self, id: u32) -> HalResult<&mut Box<dyn DynSpi>> {
        self.spi
            .iter_mut()
            .find(|b| b.0 == id)
            .map(|b| &mut b.1)
            .ok_or_else(|| HalError::Invalid(format!("SPI({id}) doesn't exist")))
    }
}

fn addr7(addr: u16) -> HalResult<u8> {
    u8::try_from(addr)
        .ok()
        .filter(|&a| a < 0x80)
        .ok_or_else(|| HalError::Invalid(format!("invalid I2C address: {addr}")))
}

impl I2cSlot {
    /// Send a held `stop=False` write on its own.
    fn flush_held(&mut self) -> HalResult<()> {
        match self.held.take() {
            Some((a, data)) => self.bus.write(a, &data),
            None => Ok(()),
        }
    }
}

impl Hal for EmbeddedHal {
    fn board_name(&self) -> &str {
        &self.name
    }
    fn unique_id(&self) -> Vec<u8> {
        self.unique_id.clone()
    }
    fn cpu_freq(&self) -> u32 {
        self.cpu_freq
    }
    fn lightsleep(&mut self, ms: Option<u64>) -> HalResult<()> {
        match (&mut self.delay, ms) {
            (Some(d), Some(ms)) => {
                d.delay_ms(u32::try_from(ms).unwrap_or(u32::MAX));
                Ok(())
            }
            _ => Err(HalError::Unsupported("lightsleep")),
        }
    }

    fn pin_by_name(&self, name: &str) -> Option<u32> {
        self.names
            .iter()
            .find(|(n, _)| n == name)
            .map(|&(_, id)| id)
    }
    fn pin_valid(&self, pin: u32) -> bool {
        self.pins.iter().any(|p| p.id == pin)
    }
    fn pin_configure(&mut self, pin: u32, mode: PinMode, pull: Pull) -> HalResult<()> {
        let _ = pull;
        let slot = self.pin(pin)?;
        if !slot.pin.supports(mode) {
            return Err(HalError::Invalid(format!(
                "Pin({pin}) cannot be used as {mode:?}"
            )));
        }
        Ok(())
    }
    fn pin_read(&mut self, pin: u32) -> HalResult<bool> {
        self.pin(pin)?.pin.read()
    }
    fn pin_write(&mut self, pin: u32, high: bool) -> HalResult<()> {
        self.pin(pin)?.pin.write(high)
    }
    fn pin_irq(&mut self, pin: u32, edges: u8) -> HalResult<()> {
        let slot = self.pin(pin)?;
        slot.last = slot.pin.read()?;
        slot.irq = edges;
        Ok(())
    }

    fn i2c_init(
        &mut self,
        bus: u32,
        freq: u32,
        scl: Option<u32>,
        sda: Option<u32>,
    ) -> HalResult<()> {
        let _ = (freq, scl, sda);
        self.i2c(bus).map(|_| ())
    }
    fn i2c_write(&mut self, bus: u32, addr: u16, data: &[u8], stop: bool) -> HalResult<usize> {
        let a = addr7(addr)?;
        let slot = self.i2c(bus)?;
        slot.flush_held()?;
        if stop {
            slot.bus.write(a, data)?;
        } else {
            slot.held = Some((a, Vec::from(data)));
        }
        Ok(data.len())
    }
    fn i2c_read(&mut self, bus: u32, addr: u16, buf: &mut [u8], stop: bool) -> HalResult<()> {
        let _ = stop;
        let a = addr7(addr)?;
        let slot = self.i2c(bus)?;
        match slot.held.take() {
            Some((ha, data)) if ha == a => slot.bus.write_read(a, &data, buf),
            Some((ha, data)) => {
                slot.bus.write(ha, &data)?;
                slot.bus.read(a, buf)
            }
            None => slot.bus.read(a, buf),
        }
    }

    fn spi_init(
        &mut self,
        bus: u32,
        config: SpiConfig,
        sck: Option<u32>,
        mosi: Option<u32>,
        miso: Option<u32>,
    ) -> HalResult<()> {
        let _ = (config, sck, mosi, miso);
        self.spi(bus).map(|_| ())
    }
    fn spi_transfer(&mut self, bus: u32, write: &[u8], read: &mut [u8]) -> HalResult<()> {
        self.spi(bus)?.transfer(write, read)
    }

    fn poll_event(&mut self) -> Option<HalEvent> {
        if let Some(e) = self.events.pop_front() {
            return Some(e);
        }
        for slot in self.pins.iter_mut().filter(|p| p.irq != 0) {
            let Ok(level) = slot.pin.read() else {
                continue;
            };
            if level != slot.last {
                slot.last = level;
                let bit = if level {
                    mica_core::hal::EDGE_RISING
                } else {
                    mica_core::hal::EDGE_FALLING
                };
                if slot.irq & bit != 0 {
                    self.events.push_back(HalEvent::PinEdge {
                        pin: slot.id,
                        rising: level,
                    });
                }
            }
        }
        self.events.pop_front()
    }
}
