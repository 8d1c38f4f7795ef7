//! The `machine` module against an in-test fake board: a `Hal` with pins, scripted
//! edges, I2C devices, an SPI loopback, a UART, a watchdog, on a virtual clock that
//! only moves when the program sleeps.

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
    fn uart_irq(&mut self, _id: u32, _enable: bool) -> HalResult<()> {
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
        self.board.borrow().now
    }
    fn time_ns(&mut self) -> u64 {
        1_700_000_000_000_000_000 + self.board.borrow().now
    }
    fn sleep_ns(&mut self, ns: u64) {
        self.board.borrow_mut().now += ns;
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
print(irq.trigger())
",
    );
    assert!(e.is_none(), "{err}");
    assert_eq!(out, "[(1, 5), (1, 12)]\n1\n");
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
