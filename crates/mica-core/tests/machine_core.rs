//! The `machine` module against an in-test fake board: a `Hal` with pins, scripted
//! edges, I2C devices, an SPI loopback, a UART, a watchdog, on a virtual clock that
//! only moves when the program sleeps.

#![cfg(feature = "mod-machine")]

use std::cell::RefCell;
use std::collections::{BTreeMap, VecDeque};
use std::rc::Rc;

use mica_core::hal::{
    Hal, HalError, HalEvent, HalResult, PinMode, Pull, ResetCause, SpiConfig, UartConfig,
};
use mica_core::port::Port;
use mica_core::vm::Vm;

#[derive(Default)]
struct Board {
    now: u64,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// pin -> (mode, pull, level)
    pins: BTreeMap<u32, (Option<PinMode>, Pull, bool)>,
    irq: BTreeMap<u32, u8>,
    /// (time, pin, new level) changes applied when the clock passes them.
    script: Vec<(u64, u32, bool)>,
    events: VecDeque<HalEvent>,
    /// I2C: address -> (register width in bytes, memory, register pointer).
    i2c: BTreeMap<u16, (usize, Vec<u8>, usize)>,
    log: Vec<String>,
    uart_rx: VecDeque<u8>,
    /// (time, bytes) arriving on the UART.
    uart_script: Vec<(u64, Vec<u8>)>,
    uart_tx: Vec<u8>,
    uart_irq: Option<u32>,
    /// Report Ctrl-C once the clock passes this time.
    interrupt_at: Option<u64>,
    /// Nanoseconds each clock read moves the clock on (a program that is busy).
    tick_per_read: u64,
    wdt: Option<(u32, u64)>,
    resets: Vec<ResetCause>,
    pwm: Vec<(u32, u32, u16)>,
}

impl Board {
    /// Apply scripted changes due by now.
    fn advance(&mut self) {
        let now = self.now;
        let due: Vec<_> = self.script.iter().filter(|s| s.0 <= now).copied().collect();
        self.script.retain(|s| s.0 > now);
        for (_, pin, level) in due {
            let e = self.pins.entry(pin).or_insert((None, Pull::None, false));
            if e.2 != level {
                e.2 = level;
                let mask = self.irq.get(&pin).copied().unwrap_or(0);
                let bit = if level { 1 } else { 2 };
                if mask & bit != 0 {
                    self.events
                        .push_back(HalEvent::PinEdge { pin, rising: level });
                }
            }
        }
        let due: Vec<_> = self
            .uart_script
            .iter()
            .filter(|s| s.0 <= now)
            .cloned()
            .collect();
        self.uart_script.retain(|s| s.0 > now);
        for (_, bytes) in due {
            self.uart_rx.extend(bytes);
            if let Some(id) = self.uart_irq {
                self.events.push_back(HalEvent::UartRx { id });
            }
        }
        if let Some((timeout, fed)) = self.wdt {
            if now >= fed + timeout as u64 * 1_000_000 {
                self.wdt = None;
                self.events.push_back(HalEvent::WatchdogExpired);
            }
        }
    }
}

struct FakeHal(Rc<RefCell<Board>>);

impl Hal for FakeHal {
    fn board_name(&self) -> &str {
        "fake"
    }
    fn unique_id(&self) -> Vec<u8> {
        vec![0xde, 0xad, 0xbe, 0xef]
    }
    fn cpu_freq(&self) -> u32 {
        125_000_000
    }
    fn reset(&mut self, cause: ResetCause) {
        self.0.borrow_mut().resets.push(cause);
    }
    fn pin_by_name(&self, name: &str) -> Option<u32> {
        (name == "LED").then_some(25)
    }
    fn pin_valid(&self, pin: u32) -> bool {
        pin < 30
    }
    fn pin_configure(&mut self, pin: u32, mode: PinMode, pull: Pull) -> HalResult<()> {
        let mut b = self.0.borrow_mut();
        let e = b.pins.entry(pin).or_insert((None, Pull::None, false));
        e.0 = Some(mode);
        e.1 = pull;
        if mode == PinMode::In && pull == Pull::Up {
            e.2 = true;
        }
        b.log.push(format!("cfg {pin} {mode:?} {pull:?}"));
        Ok(())
    }
    fn pin_read(&mut self, pin: u32) -> HalResult<bool> {
        let mut b = self.0.borrow_mut();
        b.advance();
        Ok(b.pins.get(&pin).map(|p| p.2).unwrap_or(false))
    }
    fn pin_write(&mut self, pin: u32, high: bool) -> HalResult<()> {
        let mut b = self.0.borrow_mut();
        b.pins.entry(pin).or_insert((None, Pull::None, false)).2 = high;
        b.log.push(format!("write {pin} {}", high as u8));
        Ok(())
    }
    fn pin_irq(&mut self, pin: u32, edges: u8) -> HalResult<()> {
        self.0.borrow_mut().irq.insert(pin, edges);
        Ok(())
    }
    fn adc_read_u16(&mut self, pin: u32) -> HalResult<u16> {
        if pin == 26 {
            Ok(32768)
        } else {
            Err(HalError::Invalid(format!("Pin({pin}) has no ADC")))
        }
    }
    fn adc_read_uv(&mut self, _pin: u32) -> HalResult<u32> {
        Ok(1_650_000)
    }
    fn pwm_set(&mut self, pin: u32, freq: u32, duty: u16) -> HalResult<()> {
        if freq > 1_000_000 {
            return Err(HalError::Invalid("freq too large".into()));
        }
        self.0.borrow_mut().pwm.push((pin, freq, duty));
        Ok(())
    }
    fn pwm_deinit(&mut self, _pin: u32) -> HalResult<()> {
        Ok(())
    }
    fn i2c_init(
        &mut self,
        bus: u32,
        _f: u32,
        _scl: Option<u32>,
        _sda: Option<u32>,
    ) -> HalResult<()> {
        if bus > 1 {
            return Err(HalError::Invalid(format!("I2C({bus}) doesn't exist")));
        }
        Ok(())
    }
    fn soft_i2c_open(&mut self, _scl: u32, _sda: u32, _f: u32, _t: u32) -> HalResult<u32> {
        Ok(100)
    }
    fn i2c_write(&mut self, _bus: u32, addr: u16, data: &[u8], stop: bool) -> HalResult<usize> {
        let mut b = self.0.borrow_mut();
        b.log
            .push(format!("i2c w {addr:#x} {data:02x?} stop={stop}"));
        let Some((width, mem, ptr)) = b.i2c.get_mut(&addr) else {
            return Err(HalError::NoDevice);
        };
        if data.len() >= *width {
            let mut p = 0usize;
            for &x in &data[..*width] {
                p = p << 8 | x as usize;
            }
            *ptr = p;
            for &x in &data[*width..] {
                let i = *ptr % mem.len();
                mem[i] = x;
                *ptr += 1;
            }
        }
        Ok(data.len())
    }
    fn i2c_read(&mut self, _bus: u32, addr: u16, buf: &mut [u8], stop: bool) -> HalResult<()> {
        let mut b = self.0.borrow_mut();
        b.log
            .push(format!("i2c r {addr:#x} {} stop={stop}", buf.len()));
        let Some((_, mem, ptr)) = b.i2c.get_mut(&addr) else {
            return Err(HalError::NoDevice);
        };
        for x in buf.iter_mut() {
            *x = mem[*ptr % mem.len()];
            *ptr += 1;
        }
        Ok(())
    }
    fn i2c_start(&mut self, _bus: u32) -> HalResult<()> {
        self.0.borrow_mut().log.push("start".into());
        Ok(())
    }
    fn i2c_stop(&mut self, _bus: u32) -> HalResult<()> {
        self.0.borrow_mut().log.push("stop".into());
        Ok(())
    }
    fn i2c_write_byte(&mut self, _bus: u32, byte: u8) -> HalResult<bool> {
        self.0.borrow_mut().log.push(format!("wb {byte:#x}"));
        Ok(byte != 0xff)
    }
    fn i2c_read_byte(&mut self, _bus: u32, ack: bool) -> HalResult<u8> {
        self.0.borrow_mut().log.push(format!("rb ack={ack}"));
        Ok(0x42)
    }
    fn spi_init(
        &mut self,
        bus: u32,
        c: SpiConfig,
        _: Option<u32>,
        _: Option<u32>,
        _: Option<u32>,
    ) -> HalResult<()> {
        self.0.borrow_mut().log.push(format!(
            "spi init {bus} {} {}{} msb={}",
            c.baudrate, c.polarity, c.phase, c.msb_first
        ));
        Ok(())
    }
    fn spi_transfer(&mut self, _bus: u32, write: &[u8], read: &mut [u8]) -> HalResult<()> {
        self.0.borrow_mut().log.push(format!("spi {write:02x?}"));
        for (r, w) in read.iter_mut().zip(write) {
            *r = !*w;
        }
        Ok(())
    }
    fn uart_init(
        &mut self,
        _id: u32,
        _c: UartConfig,
        _tx: Option<u32>,
        _rx: Option<u32>,
    ) -> HalResult<()> {
        Ok(())
    }
    fn uart_write(&mut self, _id: u32, data: &[u8]) -> HalResult<usize> {
        self.0.borrow_mut().uart_tx.extend_from_slice(data);
        Ok(data.len())
    }
    fn uart_read(&mut self, _id: u32, buf: &mut [u8]) -> HalResult<usize> {
        let mut b = self.0.borrow_mut();
        b.advance();
        let n = buf.len().min(b.uart_rx.len());
        for x in buf.iter_mut().take(n) {
            *x = b.uart_rx.pop_front().unwrap_or(0);
        }
        Ok(n)
    }
    fn uart_any(&mut self, _id: u32) -> HalResult<usize> {
        let mut b = self.0.borrow_mut();
        b.advance();
        Ok(b.uart_rx.len())
    }
    fn uart_irq(&mut self, id: u32, enable: bool) -> HalResult<()> {
        self.0.borrow_mut().uart_irq = enable.then_some(id);
        Ok(())
    }
    fn wdt_start(&mut self, timeout_ms: u32) -> HalResult<()> {
        let mut b = self.0.borrow_mut();
        let now = b.now;
        b.wdt = Some((timeout_ms, now));
        Ok(())
    }
    fn wdt_feed(&mut self) {
        let mut b = self.0.borrow_mut();
        let now = b.now;
        if let Some(w) = b.wdt.as_mut() {
            w.1 = now;
        }
    }
    fn poll_event(&mut self) -> Option<HalEvent> {
        let mut b = self.0.borrow_mut();
        b.advance();
        b.events.pop_front()
    }
    fn next_event_ns(&mut self) -> Option<u64> {
        let b = self.0.borrow();
        let mut t: Option<u64> = None;
        let mut consider = |x: u64| t = Some(t.map_or(x, |y: u64| y.min(x)));
        b.script.iter().for_each(|s| consider(s.0));
        b.uart_script.iter().for_each(|s| consider(s.0));
        if let Some((timeout, fed)) = b.wdt {
            consider(fed + timeout as u64 * 1_000_000);
        }
        t
    }
}

struct FakePort {
    board: Rc<RefCell<Board>>,
    hal: FakeHal,
}

impl Port for FakePort {
    fn write_stdout(&mut self, data: &[u8]) {
        self.board.borrow_mut().stdout.extend_from_slice(data);
    }
    fn write_stderr(&mut self, data: &[u8]) {
        self.board.borrow_mut().stderr.extend_from_slice(data);
    }
    fn monotonic_ns(&mut self) -> u64 {
        let mut b = self.board.borrow_mut();
        b.now += b.tick_per_read;
        b.now
    }
    fn time_ns(&mut self) -> u64 {
        1_700_000_000_000_000_000 + self.board.borrow().now
    }
    fn sleep_ns(&mut self, ns: u64) {
        self.board.borrow_mut().now += ns;
    }
    fn take_interrupt(&mut self) -> bool {
        let mut b = self.board.borrow_mut();
        match b.interrupt_at {
            Some(t) if b.now >= t => {
                b.interrupt_at = None;
                true
            }
            _ => false,
        }
    }
    fn hal(&mut self) -> Option<&mut dyn Hal> {
        Some(&mut self.hal)
    }
}

fn new_board() -> Rc<RefCell<Board>> {
    let b = Rc::new(RefCell::new(Board::default()));
    {
        let mut bb = b.borrow_mut();
        // A 16-bit-addressed EEPROM and a sensor with 8-bit registers.
        bb.i2c.insert(0x50, (2, vec![0; 256], 0));
        let mut regs = vec![0u8; 16];
        regs[0x0f] = 0x33;
        bb.i2c.insert(0x18, (1, regs, 0));
    }
    b
}

/// Run `src` on `board`; (stdout, stderr, error type name if it raised).
fn run_on(board: &Rc<RefCell<Board>>, src: &str) -> (String, String, Option<String>, Vm) {
    let port = FakePort {
        board: board.clone(),
        hal: FakeHal(board.clone()),
    };
    let mut vm = Vm::new(Box::new(port), 4 << 20);
    let r = vm.run_main(src, "test.py", None);
    let err = r.err().map(|e| {
        let name = vm.type_name(mica_core::value::Value::Obj(e.0)).to_string();
        if name != "SystemExit" {
            let text = vm.format_exception(e);
            board.borrow_mut().stderr.extend_from_slice(text.as_bytes());
        }
        name
    });
    let b = board.borrow();
    (
        String::from_utf8_lossy(&b.stdout).into_owned(),
        String::from_utf8_lossy(&b.stderr).into_owned(),
        err,
        vm,
    )
}

fn run(src: &str) -> String {
    let board = new_board();
    let (out, err, e, _) = run_on(&board, src);
    assert!(e.is_none(), "program raised {e:?}: {err}");
    out
}

#[test]
fn pin_modes_values_toggle_and_signal() {
    let out = run("
from machine import Pin, Signal
p = Pin(2, Pin.OUT)
print(p.value())
p.on(); print(p.value(), p())
p.toggle(); print(p.value())
p(1); print(p.value())
p.off(); print(p.value())
print(p)
led = Pin('LED', Pin.OUT, value=1)
print(led.value(), led)
b = Pin(3, Pin.IN, Pin.PULL_UP)
print(b.value())
s = Signal(p, invert=True)
s.on(); print(p.value(), s.value())
s.off(); print(p.value(), s.value())
s2 = Signal(4, Pin.OUT)
s2.value(1); print(s2())
print(Pin.IRQ_RISING, Pin.IRQ_FALLING, Pin.IN, Pin.OUT, Pin.OPEN_DRAIN)
");
    assert_eq!(
        out,
        "0\n1 1\n0\n1\n0\nPin(2, mode=OUT)\n1 Pin('LED', mode=OUT)\n1\n0 1\n1 0\n1\n1 2 0 1 2\n"
    );
}

#[test]
fn pin_irq_runs_handler_on_scripted_edges() {
    let board = new_board();
    board.borrow_mut().script = vec![
        (5_000_000, 7, true),
        (8_000_000, 7, false),
        (12_000_000, 7, true),
    ];
    let (out, err, e, _) = run_on(
        &board,
        "
import time
from machine import Pin
seen = []
def h(p):
    seen.append((p.value(), time.ticks_ms()))
p = Pin(7, Pin.IN)
irq = p.irq(h, Pin.IRQ_RISING)
time.sleep_ms(20)
print(seen)
print(irq.trigger(), p.irq() is irq)
",
    );
    assert!(e.is_none(), "{err}");
    assert_eq!(out, "[(1, 5), (1, 12)]\n1 True\n");
}

#[test]
fn handler_exception_is_reported_and_program_continues() {
    let board = new_board();
    board.borrow_mut().script = vec![
        (1_000_000, 7, false),
        (2_000_000, 7, true),
        (3_000_000, 7, false),
    ];
    let (out, err, e, _) = run_on(
        &board,
        "
import time
from machine import Pin
n = 0
def h(p):
    global n
    n += 1
    if n == 1:
        raise ValueError('boom')
Pin(7, Pin.IN).irq(h)
time.sleep_ms(10)
print('still running', n)
",
    );
    assert!(e.is_none(), "{err}");
    assert_eq!(out, "still running 2\n");
    assert!(
        err.contains("Uncaught exception in IRQ callback handler"),
        "{err}"
    );
    assert!(err.contains("ValueError: boom"), "{err}");
}

#[test]
fn timers_periodic_and_one_shot_over_virtual_sleep() {
    let out = run("
import time
from machine import Timer
ticks = []
t = Timer(-1, mode=Timer.PERIODIC, period=100, callback=lambda t: ticks.append(time.ticks_ms()))
once = []
Timer(mode=Timer.ONE_SHOT, period=250, callback=lambda t: once.append(time.ticks_ms()))
time.sleep(1)
print(len(ticks), ticks)
print(once)
t.deinit()
time.sleep_ms(500)
print(len(ticks))
f = []
t2 = Timer(freq=50, callback=lambda t: f.append(1))
time.sleep_ms(100)
t2.deinit()
print(len(f))
");
    assert_eq!(
        out,
        "10 [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]\n[250]\n10\n5\n"
    );
}

#[test]
fn timer_runs_while_busy_looping() {
    let board = new_board();
    let (out, err, e, _) = run_on(
        &board,
        "
from machine import Timer
import time
hits = []
Timer(period=1, callback=lambda t: hits.append(1))
time.sleep_ms(5)
n = len(hits)
busy = 0
while len(hits) == n and busy < 100000:
    busy += 1
    if busy % 1000 == 0:
        time.sleep_us(500)
print(n, len(hits) > n)
",
    );
    assert!(e.is_none(), "{err}");
    assert_eq!(out, "5 True\n");
}

#[test]
fn disable_irq_defers_handlers() {
    let board = new_board();
    board.borrow_mut().script = vec![(1_000_000, 7, true)];
    let (out, err, e, _) = run_on(
        &board,
        "
import machine, time
from machine import Pin
seen = []
Pin(7, Pin.IN).irq(lambda p: seen.append(1), Pin.IRQ_RISING)
st = machine.disable_irq()
time.sleep_ms(5)
print(st, len(seen))
machine.enable_irq(st)
time.sleep_ms(1)
print(len(seen))
",
    );
    assert!(e.is_none(), "{err}");
    assert_eq!(out, "True 0\n1\n");
}

#[test]
fn watchdog_expiry_resets_without_running_handlers() {
    let board = new_board();
    let (out, _err, e, mut vm) = run_on(
        &board,
        "
import time
from machine import WDT
w = WDT(timeout=100)
for i in range(3):
    time.sleep_ms(50)
    w.feed()
print('fed')
try:
    time.sleep_ms(500)
    print('not reached')
except BaseException:
    print('caught?!')
finally:
    print('finally?!')
",
    );
    assert_eq!(out, "fed\n");
    assert_eq!(e.as_deref(), Some("SystemExit"));
    assert_eq!(vm.take_reset_request(), Some(ResetCause::Watchdog));
    assert_eq!(vm.take_reset_request(), None);
    assert_eq!(board.borrow().resets, vec![ResetCause::Watchdog]);
    assert_eq!(board.borrow().now, 250_000_000);
}

#[test]
fn reset_soft_reset_and_module_functions() {
    let board = new_board();
    let (out, _err, e, mut vm) = run_on(&board, "
import machine
print(machine.unique_id(), machine.freq(), machine.reset_cause() == machine.PWRON_RESET)
print(machine.PWRON_RESET, machine.HARD_RESET, machine.WDT_RESET, machine.DEEPSLEEP_RESET, machine.SOFT_RESET)
try:
    machine.bootloader()
except OSError as e:
    print('OSError', e.errno, e)
try:
    machine.reset()
finally:
    print('no')
");
    assert_eq!(
        out,
        "b'\\xde\\xad\\xbe\\xef' 125000000 True\n1 2 3 4 5\nOSError 95 [Errno 95] bootloader not supported on this board\n"
    );
    assert_eq!(e.as_deref(), Some("SystemExit"));
    assert_eq!(vm.take_reset_request(), Some(ResetCause::Hard));
    let board = new_board();
    let (out, _err, e, mut vm) = run_on(
        &board,
        "
import machine
try:
    machine.soft_reset()
except SystemExit:
    print('SystemExit')
",
    );
    assert_eq!(out, "SystemExit\n");
    assert!(e.is_none());
    assert!(vm.take_soft_reset_request());
    assert_eq!(vm.take_reset_request(), None);
}

#[test]
fn i2c_scan_transfers_memory_and_nack() {
    let board = new_board();
    let (out, err, e, _) = run_on(
        &board,
        "
from machine import I2C, Pin
i2c = I2C(0, scl=Pin(5), sda=Pin(4), freq=100000)
print([hex(a) for a in i2c.scan()])
print(i2c.writeto(0x18, b'\\x0f'))
print(i2c.readfrom(0x18, 1))
print(i2c.readfrom_mem(0x18, 0x0f, 1))
i2c.writeto_mem(0x50, 0x0102, b'hi', addrsize=16)
print(i2c.readfrom_mem(0x50, 0x0102, 2, addrsize=16))
buf = bytearray(2)
i2c.readfrom_mem_into(0x50, 0x0102, buf, addrsize=16)
print(buf)
ba = bytearray(4)
i2c.writeto(0x18, b'\\x0e')
i2c.readfrom_into(0x18, memoryview(ba)[1:3])
print(ba)
try:
    i2c.writeto(0x42, b'x')
except OSError as e:
    print('OSError', e.errno == 19, e)
try:
    i2c.readfrom_into(0x18, b'xx')
except TypeError as e:
    print('TypeError')
try:
    i2c.readfrom_mem(0x50, 0, 1, addrsize=12)
except ValueError as e:
    print('ValueError', e)
try:
    I2C(7)
except ValueError as e:
    print('ValueError', e)
",
    );
    assert!(e.is_none(), "{err}");
    assert_eq!(
        out,
        "['0x18', '0x50']\n1\nb'3'\nb'3'\nb'hi'\nbytearray(b'hi')\nbytearray(b'\\x00\\x003\\x00')\nOSError True [Errno 19] ENODEV\nTypeError\nValueError invalid addrsize\nValueError I2C(7) doesn't exist\n"
    );
    let log = board.borrow().log.join("\n");
    assert!(
        log.contains("i2c w 0x50 [01, 02, 68, 69] stop=true"),
        "{log}"
    );
    assert!(
        log.contains("i2c w 0x50 [01, 02] stop=false\ni2c r 0x50 2 stop=true"),
        "{log}"
    );
}

#[test]
fn soft_i2c_primitives() {
    let board = new_board();
    let (out, err, e, _) = run_on(
        &board,
        "
from machine import SoftI2C, Pin
i2c = SoftI2C(scl=Pin(1), sda=Pin(2))
i2c.start()
print(i2c.write(b'\\x30\\x01\\xff\\x02'))
buf = bytearray(3)
i2c.readinto(buf)
i2c.stop()
print(buf)
",
    );
    assert!(e.is_none(), "{err}");
    assert_eq!(out, "2\nbytearray(b'BBB')\n");
    let log = board.borrow().log.join(",");
    assert!(
        log.ends_with("start,wb 0x30,wb 0x1,wb 0xff,rb ack=true,rb ack=true,rb ack=false,stop"),
        "{log}"
    );
}

#[test]
fn spi_transfers() {
    let board = new_board();
    let (out, err, e, _) = run_on(
        &board,
        "
from machine import SPI, SoftSPI, Pin
spi = SPI(0, baudrate=2000000, polarity=1, phase=1, sck=Pin(18), mosi=Pin(19), miso=Pin(16))
r = bytearray(3)
spi.write_readinto(b'\\x01\\x02\\x03', r)
print(r)
print(spi.read(2, 0xf0))
buf = bytearray(2)
spi.readinto(buf)
print(buf)
spi.write(b'AB')
try:
    spi.write_readinto(b'abc', bytearray(2))
except ValueError as e:
    print('ValueError', e)
try:
    SPI(0, polarity=2)
except ValueError as e:
    print('ValueError', e)
try:
    spi.write([1, 2])
except TypeError:
    print('TypeError')
",
    );
    assert!(e.is_none(), "{err}");
    assert_eq!(
        out,
        "bytearray(b'\\xfe\\xfd\\xfc')\nb'\\x0f\\x0f'\nbytearray(b'\\xff\\xff')\nValueError buffers must be the same length\nValueError polarity and phase must be 0 or 1\nTypeError\n"
    );
    let log = board.borrow().log.join("\n");
    assert!(log.contains("spi init 0 2000000 11 msb=true"), "{log}");
    assert!(log.contains("spi [41, 42]"), "{log}");
}

#[test]
fn uart_any_read_readline_with_timeouts() {
    let board = new_board();
    board.borrow_mut().uart_script = vec![
        (10_000_000, b"hello\nwor".to_vec()),
        (30_000_000, b"ld\n".to_vec()),
        (200_000_000, b"late".to_vec()),
    ];
    let (out, err, e, _) = run_on(
        &board,
        "
import time
from machine import UART
u = UART(1, 115200, tx=4, rx=5, timeout=50, timeout_char=30)
print(u.any(), u.read(3), time.ticks_ms())
print(u.readline(), time.ticks_ms())
print(u.readline(), time.ticks_ms())
print(u.read(), time.ticks_ms())
print(u.write(b'ping'), u.write('ok'))
u.init(9600, timeout=0)
print(u.read())
time.sleep_ms(200)
print(u.any())
buf = bytearray(8)
print(u.readinto(buf), buf)
",
    );
    assert!(e.is_none(), "{err}");
    assert_eq!(
        out,
        "0 b'hel' 10\nb'lo\\n' 10\nb'world\\n' 30\nNone 80\n4 2\nNone\n4\n4 bytearray(b'late\\x00\\x00\\x00\\x00')\n"
    );
    assert_eq!(board.borrow().uart_tx, b"pingok");
}

#[test]
fn uart_with_select_poll_irq_and_asyncio() {
    let board = new_board();
    board.borrow_mut().uart_script = vec![
        (20_000_000, b"abc\n".to_vec()),
        (40_000_000, b"xyz\n".to_vec()),
    ];
    let (out, err, e, _) = run_on(
        &board,
        "
import select, time
from machine import UART
u = UART(0)
p = select.poll()
p.register(u, select.POLLIN)
print(p.poll(5), time.ticks_ms())
r = p.poll(100)
print(len(r), r[0][0] is u, r[0][1], time.ticks_ms())
print(u.readline())
import asyncio
async def main():
    s = asyncio.StreamReader(u)
    line = await s.readline()
    print(line, time.ticks_ms())
asyncio.run(main())
",
    );
    assert!(e.is_none(), "{err}");
    assert_eq!(out, "[] 5\n1 True 1 20\nb'abc\\n'\nb'xyz\\n' 40\n");
}

#[test]
fn adc_pwm_and_errors() {
    let board = new_board();
    let (out, err, e, _) = run_on(
        &board,
        "
from machine import ADC, PWM, Pin
a = ADC(Pin(26))
print(a.read_u16(), a.read_uv())
try:
    ADC(3).read_u16()
except ValueError as e:
    print('ValueError', e)
pwm = PWM(Pin(15), freq=1000, duty_u16=16384)
print(pwm.freq(), pwm.duty_u16(), pwm.duty_ns())
pwm.duty_ns(500000)
print(pwm.duty_u16())
try:
    pwm.freq(0)
except ValueError as e:
    print('ValueError', e)
try:
    pwm.freq(5000000)
except ValueError as e:
    print('ValueError', e)
pwm.deinit()
for bad in (99, -1, 'NOPE'):
    try:
        Pin(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    Pin(1.5)
except TypeError as e:
    print('TypeError', e)
try:
    Pin(2, 9)
except ValueError as e:
    print('ValueError', e)
",
    );
    assert!(e.is_none(), "{err}");
    assert_eq!(
        out,
        "32768 1650000\nValueError Pin(3) has no ADC\n1000 16384 250000\n32768\nValueError freq must be positive\nValueError freq too large\nValueError invalid pin: 99\nValueError invalid pin: -1\nValueError invalid pin: NOPE\nTypeError pin id must be int or str, not 'float'\nValueError invalid pin mode: 9\n"
    );
    assert_eq!(board.borrow().pwm[0], (15, 1000, 16384));
}

#[test]
fn rtc_time_pulse_and_deepsleep() {
    let board = new_board();
    board.borrow_mut().script = vec![(2_000_000, 9, true), (2_750_000, 9, false)];
    let (out, _err, e, mut vm) = run_on(
        &board,
        "
from machine import RTC, Pin, time_pulse_us
import machine
r = RTC()
r.datetime((2024, 2, 29, 0, 23, 59, 58, 0))
d = r.datetime()
print(d[:3], d[3], d[4:7])
p = Pin(9, Pin.IN)
print(time_pulse_us(p, 1, 5000))
print(time_pulse_us(p, 1, 1000))
print(time_pulse_us(Pin(10, Pin.IN, Pin.PULL_UP), 1, 1000))
machine.deepsleep(100)
",
    );
    assert_eq!(out, "(2024, 2, 29) 3 (23, 59, 58)\n750\n-2\n-1\n");
    assert_eq!(e.as_deref(), Some("SystemExit"));
    assert_eq!(vm.take_reset_request(), Some(ResetCause::DeepSleep));
}

#[test]
fn module_imports_without_hal_and_constructors_raise() {
    struct NoHal(Rc<RefCell<Vec<u8>>>);
    impl Port for NoHal {
        fn write_stdout(&mut self, data: &[u8]) {
            self.0.borrow_mut().extend_from_slice(data);
        }
        fn write_stderr(&mut self, data: &[u8]) {
            self.0.borrow_mut().extend_from_slice(data);
        }
    }
    let out = Rc::new(RefCell::new(Vec::new()));
    let mut vm = Vm::new(Box::new(NoHal(out.clone())), 1 << 20);
    let r = vm.run_main(
        "
import machine, time
for f in (lambda: machine.Pin(1), lambda: machine.I2C(0), machine.unique_id):
    try:
        f()
    except OSError as e:
        print(e)
t = machine.Timer(period=5, callback=lambda t: print('tick'))
time.sleep_ms(10)
print('ok')
",
        "t.py",
        None,
    );
    assert!(r.is_ok());
    let s = String::from_utf8_lossy(&out.borrow()).into_owned();
    assert_eq!(
        s,
        "[Errno 19] no machine HAL on this port\n".repeat(3) + "ok\n"
    );
}

#[test]
fn handlers_survive_gc_stress() {
    let board = new_board();
    board.borrow_mut().script = (1..20).map(|i| (i * 1_000_000, 7, i % 2 == 1)).collect();
    let port = FakePort {
        board: board.clone(),
        hal: FakeHal(board.clone()),
    };
    let mut vm = Vm::new(Box::new(port), 4 << 20);
    vm.heap.stress = true;
    let r = vm.run_main(
        "
import time, gc
from machine import Pin, Timer
log = []
Pin(7, Pin.IN).irq(lambda p: log.append(('pin', [p.value()] * 2)))
Timer(period=3, callback=lambda t: log.append(('t', str(time.ticks_ms()))))
for i in range(20):
    x = [str(j) for j in range(5)]
    time.sleep_ms(1)
print(len([1 for k, v in log if k == 'pin']), len([1 for k, v in log if k == 't']))
",
        "t.py",
        None,
    );
    assert!(r.is_ok());
    assert_eq!(String::from_utf8_lossy(&board.borrow().stdout), "19 6\n");
}

#[test]
fn uart_with_select_select() {
    let board = new_board();
    board.borrow_mut().uart_script = vec![(7_000_000, b"q".to_vec())];
    let out = {
        let (out, err, e, _) = run_on(
            &board,
            "
import select, time
from machine import UART
u = UART(2)
print(select.select([u], [], [], 0.002), time.ticks_ms())
r, w, x = select.select([u], [], [])
print(r[0] is u, time.ticks_ms(), u.read())
",
        );
        assert!(e.is_none(), "{err}");
        out
    };
    assert_eq!(out, "([], [], []) 2\nTrue 7 b'q'\n");
}

#[test]
fn uart_irq_handler_gets_the_uart() {
    let board = new_board();
    board.borrow_mut().uart_script = vec![(3_000_000, b"ab".to_vec()), (9_000_000, b"c".to_vec())];
    let (out, err, e, _) = run_on(
        &board,
        "
import time
from machine import UART
got = []
u = UART(3)
u.irq(lambda x: got.append((x is u, x.read(), time.ticks_ms())), UART.IRQ_RXIDLE)
time.sleep_ms(20)
print(got)
",
    );
    assert!(e.is_none(), "{err}");
    assert_eq!(out, "[(True, b'ab', 3), (True, b'c', 9)]\n");
}

#[test]
fn ctrl_c_interrupts_a_long_sleep_with_and_without_machine() {
    for prelude in ["", "import machine\n"] {
        let board = new_board();
        board.borrow_mut().interrupt_at = Some(2_000_000_000);
        let src = format!("{prelude}import time\ntry:\n    time.sleep(3600)\nexcept KeyboardInterrupt:\n    print('interrupted', time.ticks_ms())\n");
        let (out, err, e, _) = run_on(&board, &src);
        assert!(e.is_none(), "{err}");
        assert!(out.starts_with("interrupted 20"), "{out}");
        assert!(board.borrow().now < 2_100_000_000);
    }
}

#[test]
fn watchdog_expiry_found_between_bytecodes_of_a_busy_loop() {
    let board = new_board();
    board.borrow_mut().tick_per_read = 10_000;
    let (out, _err, e, mut vm) = run_on(
        &board,
        "
import time
from machine import WDT
w = WDT(timeout=50)
n = 0
try:
    while True:
        n += 1
        time.ticks_us()
except BaseException:
    print('caught?!')
print('not reached')
",
    );
    assert_eq!(out, "");
    assert_eq!(e.as_deref(), Some("SystemExit"));
    assert_eq!(vm.take_reset_request(), Some(ResetCause::Watchdog));
    let now = board.borrow().now;
    assert!((50_000_000..60_000_000).contains(&now), "{now}");
}
