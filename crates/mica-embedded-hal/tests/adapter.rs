//! The adapter against `embedded-hal-mock` devices: directly through the `Hal` trait,
//! and from Python through `machine` on a VM whose port returns the adapter.

use std::cell::RefCell;
use std::rc::Rc;

use embedded_hal::i2c::{ErrorKind, NoAcknowledgeSource};
use embedded_hal_mock::eh1::digital::{Mock as PinMock, State, Transaction as PinTx};
use embedded_hal_mock::eh1::i2c::{Mock as I2cMock, Transaction as I2cTx};
use embedded_hal_mock::eh1::spi::{Mock as SpiMock, Transaction as SpiTx};
use mica_core::hal::{Hal, HalError, PinMode, Pull};
use mica_core::port::Port;
use mica_core::vm::Vm;
use mica_embedded_hal::EmbeddedHal;

#[test]
fn output_pin_toggled_and_input_read() {
    let mut led = PinMock::new(&[
        PinTx::set(State::High),
        PinTx::get_state(State::High),
        PinTx::set(State::Low),
    ]);
    let mut button = PinMock::new(&[PinTx::get(State::Low), PinTx::get(State::High)]);
    let mut hal = EmbeddedHal::new("mock")
        .stateful_output_pin(25, led.clone())
        .input_pin(3, button.clone())
        .pin_name("LED", 25);
    assert_eq!(hal.pin_by_name("LED"), Some(25));
    assert!(hal.pin_valid(3) && !hal.pin_valid(4));
    hal.pin_configure(25, PinMode::Out, Pull::None).unwrap();
    hal.pin_write(25, true).unwrap();
    assert!(hal.pin_read(25).unwrap());
    hal.pin_write(25, false).unwrap();
    assert!(!hal.pin_read(3).unwrap());
    assert!(hal.pin_read(3).unwrap());
    assert!(matches!(
        hal.pin_configure(3, PinMode::Out, Pull::None),
        Err(HalError::Invalid(_))
    ));
    assert!(matches!(hal.pin_write(3, true), Err(HalError::Invalid(_))));
    drop(hal);
    led.done();
    button.done();
}

#[test]
fn i2c_write_then_register_read_and_nack() {
    let mut i2c = I2cMock::new(&[
        I2cTx::write(0x3c, vec![0x00, 0xaf]),
        I2cTx::write_read(0x18, vec![0x0f], vec![0x33]),
        I2cTx::write(0x42, vec![1])
            .with_error(ErrorKind::NoAcknowledge(NoAcknowledgeSource::Address)),
        I2cTx::read(0x18, vec![7, 8]).with_error(ErrorKind::Bus),
    ]);
    let mut hal = EmbeddedHal::new("mock").i2c_bus(0, i2c.clone());
    hal.i2c_init(0, 400_000, None, None).unwrap();
    assert!(matches!(
        hal.i2c_init(1, 400_000, None, None),
        Err(HalError::Invalid(_))
    ));
    assert_eq!(hal.i2c_write(0, 0x3c, &[0x00, 0xaf], true), Ok(2));
    assert_eq!(hal.i2c_write(0, 0x18, &[0x0f], false), Ok(1));
    let mut buf = [0u8; 1];
    hal.i2c_read(0, 0x18, &mut buf, true).unwrap();
    assert_eq!(buf, [0x33]);
    assert_eq!(hal.i2c_write(0, 0x42, &[1], true), Err(HalError::NoDevice));
    let mut two = [0u8; 2];
    assert_eq!(hal.i2c_read(0, 0x18, &mut two, true), Err(HalError::Io));
    drop(hal);
    i2c.done();
}

#[test]
fn spi_transfer() {
    let mut spi = SpiMock::new(&[
        SpiTx::transfer(vec![0x9f, 0, 0], vec![0, 0xef, 0x40]),
        SpiTx::flush(),
    ]);
    let mut hal = EmbeddedHal::new("mock").spi_bus(1, spi.clone());
    let mut r = [0u8; 3];
    hal.spi_transfer(1, &[0x9f, 0, 0], &mut r).unwrap();
    assert_eq!(r, [0, 0xef, 0x40]);
    assert!(matches!(
        hal.spi_transfer(0, &[1], &mut [0]),
        Err(HalError::Invalid(_))
    ));
    drop(hal);
    spi.done();
}

/// A port whose HAL is the adapter; output goes to a shared buffer.
struct BoardPort {
    hal: EmbeddedHal,
    out: Rc<RefCell<Vec<u8>>>,
}

impl Port for BoardPort {
    fn write_stdout(&mut self, data: &[u8]) {
        self.out.borrow_mut().extend_from_slice(data);
    }
    fn write_stderr(&mut self, data: &[u8]) {
        self.out.borrow_mut().extend_from_slice(data);
    }
    fn hal(&mut self) -> Option<&mut dyn Hal> {
        Some(&mut self.hal)
    }
}

fn run(hal: EmbeddedHal, src: &str) -> String {
    let out = Rc::new(RefCell::new(Vec::new()));
    let mut vm = Vm::new(
        Box::new(BoardPort {
            hal,
            out: out.clone(),
        }),
        1 << 20,
    );
    if let Err(e) = vm.run_main(src, "main.py", None) {
        let t = vm.format_exception(e);
        out.borrow_mut().extend_from_slice(t.as_bytes());
    }
    let s = String::from_utf8_lossy(&out.borrow()).into_owned();
    s
}

#[test]
fn python_drives_mock_devices_through_machine() {
    let mut led = PinMock::new(&[
        PinTx::set(State::High),
        PinTx::get_state(State::High),
        PinTx::set(State::Low),
        PinTx::get_state(State::Low),
        PinTx::set(State::High),
    ]);
    let mut i2c = I2cMock::new(&[
        I2cTx::write(0x18, vec![0x20, 0x57]),
        I2cTx::write_read(0x18, vec![0x0f], vec![0x33]),
        I2cTx::write(0x50, vec![0x00, 0x10, b'h', b'i'])
            .with_error(ErrorKind::NoAcknowledge(NoAcknowledgeSource::Address)),
    ]);
    let mut spi = SpiMock::new(&[
        SpiTx::transfer(vec![0x9f, 0, 0], vec![0, 0xef, 0x40]),
        SpiTx::flush(),
    ]);
    let hal = EmbeddedHal::new("mock")
        .stateful_output_pin(25, led.clone())
        .pin_name("LED", 25)
        .i2c_bus(0, i2c.clone())
        .spi_bus(0, spi.clone());
    let out = run(
        hal,
        "
from machine import Pin, I2C, SPI
led = Pin('LED', Pin.OUT)
led.on()
led.toggle()
led.toggle()
i2c = I2C(0)
print(i2c.writeto(0x18, b'\\x20\\x57'))
print(i2c.readfrom_mem(0x18, 0x0f, 1))
try:
    i2c.writeto_mem(0x50, 0x10, b'hi', addrsize=16)
except OSError as e:
    print('OSError', e)
try:
    Pin(7)
except ValueError as e:
    print('ValueError', e)
spi = SPI(0)
buf = bytearray(3)
spi.write_readinto(b'\\x9f\\x00\\x00', buf)
print(buf.hex())
",
    );
    assert_eq!(
        out,
        "2\nb'3'\nOSError [Errno 19] ENODEV\nValueError invalid pin: 7\n00ef40\n"
    );
    led.done();
    i2c.done();
    spi.done();
}

/// An input that goes high after a number of reads (a button pressed while the
/// program runs).
struct LateButton {
    reads: u32,
    high_after: u32,
}

impl embedded_hal::digital::ErrorType for LateButton {
    type Error = core::convert::Infallible;
}

impl embedded_hal::digital::InputPin for LateButton {
    fn is_high(&mut self) -> Result<bool, Self::Error> {
        self.reads += 1;
        Ok(self.reads > self.high_after)
    }
    fn is_low(&mut self) -> Result<bool, Self::Error> {
        self.is_high().map(|h| !h)
    }
}

#[test]
fn pin_irq_by_polling_and_plain_output() {
    let mut out_pin = PinMock::new(&[PinTx::set(State::High), PinTx::set(State::Low)]);
    let hal = EmbeddedHal::new("mock")
        .input_pin(
            3,
            LateButton {
                reads: 0,
                high_after: 4,
            },
        )
        .output_pin(4, out_pin.clone());
    let out = run(
        hal,
        "
from machine import Pin
seen = []
b = Pin(3, Pin.IN)
b.irq(lambda p: seen.append(p), Pin.IRQ_RISING)
i = 0
while not seen and i < 100000:
    i += 1
print(seen[0] is b, i < 100000)
o = Pin(4, Pin.OUT)
o.toggle()
print(o.value())
o.toggle()
print(o.value())
",
    );
    assert_eq!(out, "True True\n1\n0\n");
    out_pin.done();
}

#[test]
fn lightsleep_uses_the_delay_and_board_identity() {
    use embedded_hal_mock::eh1::delay::{CheckedDelay, Transaction as DelayTx};
    let mut delay = CheckedDelay::new(&[DelayTx::delay_ms(25)]);
    let hal = EmbeddedHal::new("mock-board")
        .unique_id(&[1, 2, 3])
        .cpu_freq(48_000_000)
        .delay(delay.clone());
    let out = run(
        hal,
        "
import machine
machine.lightsleep(25)
print(machine.unique_id(), machine.freq())
",
    );
    assert_eq!(out, "b'\\x01\\x02\\x03' 48000000\n");
    delay.done();
}
