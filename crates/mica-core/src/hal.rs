//! The hardware abstraction layer: everything the `machine` module asks of a board.
//!
//! A port that has hardware (or simulates it) implements [`Hal`] and returns it from
//! [`crate::port::Port::hal`]. The core never touches a register: pins, buses, converters
//! and reset logic are reached only through this trait, by small integer ids that the
//! board defines (pin numbers, bus ids). Timers and `time_pulse_us`-style waits are
//! built in the core on the port's monotonic clock, so a HAL needs no timer hardware.
//!
//! Asynchronous happenings (a pin edge with an IRQ enabled, bytes arriving on a UART,
//! a watchdog running out) are queued by the HAL and drained by the core with
//! [`Hal::poll_event`] between bytecodes, which is where MicroPython runs scheduled
//! handlers too. A HAL driven by real interrupts pushes into a lock-free queue from
//! the interrupt and pops from it here.
//!
//! Every method has a default that reports the feature as missing, so a port
//! implements only what its board has.

use alloc::string::String;
use alloc::vec::Vec;

/// Why a HAL call failed; the `machine` module turns each into MicroPython's exception.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HalError {
    /// A bad argument for this board (unknown pin or bus id, frequency out of range):
    /// `ValueError` with this message.
    Invalid(String),
    /// No device answered (I2C address NACK, nothing attached): `OSError(ENODEV)`.
    NoDevice,
    /// A bus fault or a device that stopped answering mid-transfer: `OSError(EIO)`.
    Io,
    /// The operation did not finish in time: `OSError(ETIMEDOUT)`.
    Timeout,
    /// The board cannot do this at all: `OSError(EOPNOTSUPP)` naming the feature.
    Unsupported(&'static str),
}

pub type HalResult<T> = Result<T, HalError>;

/// A pin's direction and drive, as `machine.Pin.IN` / `OUT` / `OPEN_DRAIN` / `ANALOG`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinMode {
    In,
    Out,
    OpenDrain,
    Analog,
}

/// A pin's internal resistor, as `machine.Pin.PULL_UP` / `PULL_DOWN` or none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pull {
    None,
    Up,
    Down,
}

/// Which edges raise a pin event: bit 0 rising (`Pin.IRQ_RISING` = 1), bit 1 falling
/// (`Pin.IRQ_FALLING` = 2), as MicroPython numbers them.
pub type EdgeMask = u8;
pub const EDGE_RISING: EdgeMask = 1;
pub const EDGE_FALLING: EdgeMask = 2;

/// Clock polarity/phase, bit order and word size for an SPI bus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpiConfig {
    pub baudrate: u32,
    pub polarity: u8,
    pub phase: u8,
    pub bits: u8,
    /// True for MSB first (`SPI.MSB`), false for LSB first.
    pub msb_first: bool,
}

/// Framing for a UART.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UartConfig {
    pub baudrate: u32,
    pub bits: u8,
    /// `None`, `Some(0)` even, `Some(1)` odd, as `UART(parity=...)`.
    pub parity: Option<u8>,
    pub stop: u8,
}

/// Why the board last reset, as `machine.reset_cause()` reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResetCause {
    PowerOn,
    Hard,
    Watchdog,
    DeepSleep,
    Soft,
}

/// Something that happened outside the program, drained by the core between bytecodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HalEvent {
    /// An enabled edge on a pin (see [`Hal::pin_irq`]).
    PinEdge { pin: u32, rising: bool },
    /// Bytes became available on a UART with an RX IRQ enabled.
    UartRx { id: u32 },
    /// The watchdog was not fed in time: the core resets the board.
    WatchdogExpired,
}

/// The board's hardware, as the `machine` module sees it. Ids are the board's own.
pub trait Hal {
    /// The board's name, for `os.uname().machine` and `sys.implementation._machine`.
    fn board_name(&self) -> &str {
        "generic board"
    }
    /// Bytes that identify this board (`machine.unique_id()`).
    fn unique_id(&self) -> Vec<u8> {
        Vec::new()
    }
    /// CPU frequency in Hz (`machine.freq()`).
    fn cpu_freq(&self) -> u32 {
        0
    }
    fn set_cpu_freq(&mut self, hz: u32) -> HalResult<()> {
        let _ = hz;
        Err(HalError::Unsupported("freq"))
    }
    /// Why the board last reset.
    fn reset_cause(&self) -> ResetCause {
        ResetCause::PowerOn
    }
    /// Reset the board. A real port does not return; a hosted one records the cause
    /// and returns, and the core then unwinds the program as a reset.
    fn reset(&mut self, cause: ResetCause) {
        let _ = cause;
    }
    /// Enter the bootloader; a hosted board has none.
    fn bootloader(&mut self) -> HalResult<()> {
        Err(HalError::Unsupported("bootloader"))
    }
    /// Light sleep for up to `ms` (forever when `None`): hosted ports just sleep.
    fn lightsleep(&mut self, ms: Option<u64>) -> HalResult<()> {
        let _ = ms;
        Err(HalError::Unsupported("lightsleep"))
    }

    // ---- pins ----
    /// Resolve a pin name (`Pin("LED")`) to its id.
    fn pin_by_name(&self, name: &str) -> Option<u32> {
        let _ = name;
        None
    }
    /// Is `pin` a pin of this board?
    fn pin_valid(&self, pin: u32) -> bool {
        let _ = pin;
        false
    }
    fn pin_configure(&mut self, pin: u32, mode: PinMode, pull: Pull) -> HalResult<()> {
        let _ = (pin, mode, pull);
        Err(HalError::Unsupported("Pin"))
    }
    /// The level at the pin (for an output, the level driven).
    fn pin_read(&mut self, pin: u32) -> HalResult<bool> {
        let _ = pin;
        Err(HalError::Unsupported("Pin"))
    }
    fn pin_write(&mut self, pin: u32, high: bool) -> HalResult<()> {
        let _ = (pin, high);
        Err(HalError::Unsupported("Pin"))
    }
    /// Report edges in `edges` on `pin` as [`HalEvent::PinEdge`] (0 turns them off).
    fn pin_irq(&mut self, pin: u32, edges: EdgeMask) -> HalResult<()> {
        let _ = (pin, edges);
        Err(HalError::Unsupported("Pin.irq"))
    }

    // ---- ADC and PWM ----
    /// A conversion scaled to 0..=65535 (`ADC.read_u16`).
    fn adc_read_u16(&mut self, pin: u32) -> HalResult<u16> {
        let _ = pin;
        Err(HalError::Unsupported("ADC"))
    }
    /// A conversion in microvolts (`ADC.read_uv`).
    fn adc_read_uv(&mut self, pin: u32) -> HalResult<u32> {
        let _ = pin;
        Err(HalError::Unsupported("ADC"))
    }
    /// Start or reconfigure PWM on `pin`: `freq` Hz, duty as a fraction of 65536.
    fn pwm_set(&mut self, pin: u32, freq: u32, duty_u16: u16) -> HalResult<()> {
        let _ = (pin, freq, duty_u16);
        Err(HalError::Unsupported("PWM"))
    }
    fn pwm_deinit(&mut self, pin: u32) -> HalResult<()> {
        let _ = pin;
        Err(HalError::Unsupported("PWM"))
    }

    // ---- I2C ----
    /// Set up hardware bus `bus` (pins `None` = the board's defaults).
    fn i2c_init(
        &mut self,
        bus: u32,
        freq: u32,
        scl: Option<u32>,
        sda: Option<u32>,
    ) -> HalResult<()> {
        let _ = (bus, freq, scl, sda);
        Err(HalError::Unsupported("I2C"))
    }
    /// A bit-banged bus on two pins (`SoftI2C`); returns the id to use as `bus`.
    fn soft_i2c_open(&mut self, scl: u32, sda: u32, freq: u32, timeout_us: u32) -> HalResult<u32> {
        let _ = (scl, sda, freq, timeout_us);
        Err(HalError::Unsupported("SoftI2C"))
    }
    /// Write `data` to 7-bit address `addr`, with a STOP at the end when `stop`.
    /// Returns how many bytes were acknowledged; an unacknowledged address is
    /// `Err(NoDevice)`.
    fn i2c_write(&mut self, bus: u32, addr: u16, data: &[u8], stop: bool) -> HalResult<usize> {
        let _ = (bus, addr, data, stop);
        Err(HalError::Unsupported("I2C"))
    }
    /// Read `buf.len()` bytes from `addr` (NACKing the last), STOP when `stop`.
    fn i2c_read(&mut self, bus: u32, addr: u16, buf: &mut [u8], stop: bool) -> HalResult<()> {
        let _ = (bus, addr, buf, stop);
        Err(HalError::Unsupported("I2C"))
    }
    /// Primitive operations, for `SoftI2C.start/stop/write/readinto`.
    fn i2c_start(&mut self, bus: u32) -> HalResult<()> {
        let _ = bus;
        Err(HalError::Unsupported("I2C.start"))
    }
    fn i2c_stop(&mut self, bus: u32) -> HalResult<()> {
        let _ = bus;
        Err(HalError::Unsupported("I2C.stop"))
    }
    /// Clock out one byte; true when the device acknowledged it.
    fn i2c_write_byte(&mut self, bus: u32, byte: u8) -> HalResult<bool> {
        let _ = (bus, byte);
        Err(HalError::Unsupported("I2C.write"))
    }
    /// Clock in one byte, answering ACK when `ack` (NACK otherwise).
    fn i2c_read_byte(&mut self, bus: u32, ack: bool) -> HalResult<u8> {
        let _ = (bus, ack);
        Err(HalError::Unsupported("I2C.readinto"))
    }

    // ---- SPI ----
    /// Set up hardware bus `bus` (pins `None` = the board's defaults).
    fn spi_init(
        &mut self,
        bus: u32,
        config: SpiConfig,
        sck: Option<u32>,
        mosi: Option<u32>,
        miso: Option<u32>,
    ) -> HalResult<()> {
        let _ = (bus, config, sck, mosi, miso);
        Err(HalError::Unsupported("SPI"))
    }
    /// A bit-banged bus (`SoftSPI`); returns the id to use as `bus`.
    fn soft_spi_open(
        &mut self,
        config: SpiConfig,
        sck: u32,
        mosi: u32,
        miso: u32,
    ) -> HalResult<u32> {
        let _ = (config, sck, mosi, miso);
        Err(HalError::Unsupported("SoftSPI"))
    }
    /// Full duplex: clock out `write` while filling `read` (same length). The chip
    /// select is an ordinary pin the program drives; the HAL sees its level.
    fn spi_transfer(&mut self, bus: u32, write: &[u8], read: &mut [u8]) -> HalResult<()> {
        let _ = (bus, write, read);
        Err(HalError::Unsupported("SPI"))
    }
    fn spi_deinit(&mut self, bus: u32) {
        let _ = bus;
    }

    // ---- UART ----
    fn uart_init(
        &mut self,
        id: u32,
        config: UartConfig,
        tx: Option<u32>,
        rx: Option<u32>,
    ) -> HalResult<()> {
        let _ = (id, config, tx, rx);
        Err(HalError::Unsupported("UART"))
    }
    /// Queue bytes for sending; returns how many were taken.
    fn uart_write(&mut self, id: u32, data: &[u8]) -> HalResult<usize> {
        let _ = (id, data);
        Err(HalError::Unsupported("UART"))
    }
    /// Take up to `buf.len()` received bytes without waiting; returns how many.
    fn uart_read(&mut self, id: u32, buf: &mut [u8]) -> HalResult<usize> {
        let _ = (id, buf);
        Err(HalError::Unsupported("UART"))
    }
    /// How many received bytes are waiting (`UART.any()`).
    fn uart_any(&mut self, id: u32) -> HalResult<usize> {
        let _ = id;
        Err(HalError::Unsupported("UART"))
    }
    /// Report arriving bytes as [`HalEvent::UartRx`].
    fn uart_irq(&mut self, id: u32, enable: bool) -> HalResult<()> {
        let _ = (id, enable);
        Err(HalError::Unsupported("UART.irq"))
    }
    fn uart_deinit(&mut self, id: u32) {
        let _ = id;
    }

    // ---- watchdog and RTC ----
    /// Start the watchdog (it cannot be stopped, as on real boards).
    fn wdt_start(&mut self, timeout_ms: u32) -> HalResult<()> {
        let _ = timeout_ms;
        Err(HalError::Unsupported("WDT"))
    }
    fn wdt_feed(&mut self) {}
    /// The RTC's time as seconds since 2000-01-01 plus a sub-second part in
    /// microseconds, when the board has a clock distinct from the port's wall clock.
    fn rtc_get(&mut self) -> Option<(i64, u32)> {
        None
    }
    fn rtc_set(&mut self, secs_since_2000: i64, micros: u32) -> HalResult<()> {
        let _ = (secs_since_2000, micros);
        Err(HalError::Unsupported("RTC"))
    }

    // ---- events ----
    /// The next pending event, if any.
    fn poll_event(&mut self) -> Option<HalEvent> {
        None
    }
    /// The monotonic time (the port's `monotonic_ns` clock) at which the HAL knows an
    /// event will happen (a scripted button press, the watchdog running out), so that a
    /// sleeping program wakes for it. `None` when nothing is scheduled.
    fn next_event_ns(&mut self) -> Option<u64> {
        None
    }
}
