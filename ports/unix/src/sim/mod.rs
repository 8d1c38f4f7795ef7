//! The simulated board of the host port: a [`Hal`] with pins, buses and peripheral
//! models, driven by a real or virtual clock, recording what happens to a trace.
//!
//! [`SimBoard`] is a cheap handle (clones share one board), so a port can own one and
//! return it from `Port::hal` while the command that made it keeps another to reset the
//! board between runs and to write the trace at the end. Nothing here depends on how
//! the program reaches the board: `mica SCRIPT` and `mica board` use the same type.
//!
//! Scheduled happenings (a button press, bytes from a UART peer, the watchdog running
//! out) are applied lazily: every HAL call first catches the board up to the clock's
//! `now`, applying each due change at its own timestamp, in time order.

pub mod clock;
pub mod config;
pub mod i2c;
pub mod models;
pub mod pins;
pub mod spi;
pub mod trace;
pub mod uart;

use std::collections::{BTreeMap, VecDeque};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use mica_core::hal::{
    EdgeMask, Hal, HalError, HalEvent, HalResult, PinMode, Pull, ResetCause, SpiConfig, UartConfig,
    EDGE_FALLING, EDGE_RISING,
};

use clock::Clock;
use config::BoardSpec;
use i2c::I2cBus;
use models::adc::{to_u16, to_uv, AdcInput};
use models::button::Button;
use models::led::Led;
use models::pwm::{PwmState, MAX_FREQ};
use pins::Pin;
use spi::SpiBus;
use trace::{quote_bytes, Trace};
use uart::{Uart, RX_CAPACITY};

/// How the board runs: its clock and where it records what happens.
#[derive(Clone, Debug, Default)]
pub struct SimOptions {
    /// Time moves only when the program sleeps (`--virtual-time`).
    pub virtual_time: bool,
    /// The text trace file (`--trace`).
    pub trace: Option<PathBuf>,
    /// The VCD file of pin levels (`--vcd`).
    pub vcd: Option<PathBuf>,
}

/// Ids given to bit-banged buses on pins that match no bus of the board.
const SOFT_BUS_BASE: u32 = 100;
/// Events waiting for the program beyond this many are dropped.
const MAX_EVENTS: usize = 1024;

/// A simulated board; clones are handles to the same board.
#[derive(Clone)]
pub struct SimBoard {
    inner: Arc<Mutex<Board>>,
    name: Arc<str>,
}

struct Board {
    freq: u32,
    vref: f64,
    pin_names: Vec<(String, u32)>,
    pins: Vec<Pin>,
    i2c: Vec<I2cBus>,
    spi: Vec<SpiBus>,
    uart: Vec<Uart>,
    leds: Vec<Led>,
    buttons: Vec<Button>,
    adc: Vec<AdcInput>,
    pwm: BTreeMap<u32, PwmState>,
    clock: Clock,
    trace: Trace,
    events: VecDeque<HalEvent>,
    /// (timeout, deadline) of a running watchdog.
    wdt: Option<(u64, u64)>,
    reset_cause: ResetCause,
    reset_request: Option<ResetCause>,
}

enum Due {
    Button(usize, bool),
    Uart(usize, Vec<u8>),
    Watchdog,
}

fn cause_name(c: ResetCause) -> &'static str {
    match c {
        ResetCause::PowerOn => "power-on",
        ResetCause::Hard => "hard",
        ResetCause::Watchdog => "watchdog",
        ResetCause::DeepSleep => "deepsleep",
        ResetCause::Soft => "soft",
    }
}

fn invalid(msg: String) -> HalError {
    HalError::Invalid(msg)
}

impl SimBoard {
    /// The board used without `--board`: pins 0-39, I2C 0-1, SPI 0-2, UART 0-2, nothing
    /// attached; real time, no trace.
    #[allow(dead_code)] // for ports and commands that need no options
    pub fn default_board() -> SimBoard {
        SimBoard::from_spec(
            BoardSpec::default_board(),
            Clock::new(false),
            Trace::default(),
        )
    }

    /// The default board with `options` (clock, trace files).
    pub fn default_with(options: &SimOptions) -> Result<SimBoard, String> {
        let trace = Trace::new(options.trace.as_ref(), options.vcd.as_ref())?;
        Ok(SimBoard::from_spec(
            BoardSpec::default_board(),
            Clock::new(options.virtual_time),
            trace,
        ))
    }

    /// A board described by a TOML file (see `docs/board.md`).
    pub fn from_toml_file(
        path: impl AsRef<std::path::Path>,
        options: &SimOptions,
    ) -> Result<SimBoard, String> {
        let path = path.as_ref();
        let src = std::fs::read_to_string(path)
            .map_err(|e| format!("can't read board file '{}': {e}", path.display()))?;
        SimBoard::from_toml_str(&src, &path.display().to_string(), options)
    }

    /// A board described by TOML text; `name` labels error messages.
    pub fn from_toml_str(src: &str, name: &str, options: &SimOptions) -> Result<SimBoard, String> {
        let spec = BoardSpec::from_toml(src, name)?;
        let trace = Trace::new(options.trace.as_ref(), options.vcd.as_ref())?;
        Ok(SimBoard::from_spec(
            spec,
            Clock::new(options.virtual_time),
            trace,
        ))
    }

    /// A board on virtual time whose trace is kept in memory (for tests).
    #[cfg(test)]
    pub fn for_test(src: &str) -> Result<SimBoard, String> {
        let spec = BoardSpec::from_toml(src, "test.toml")?;
        let mut trace = Trace::default();
        trace.capture();
        Ok(SimBoard::from_spec(spec, Clock::new(true), trace))
    }

    fn from_spec(spec: BoardSpec, clock: Clock, mut trace: Trace) -> SimBoard {
        let mut pins: Vec<Pin> = (0..spec.pins).map(|_| Pin::new()).collect();
        for (name, p) in &spec.pin_names {
            if let Some(pin) = pins.get_mut(*p as usize) {
                pin.name.get_or_insert_with(|| name.clone());
            }
        }
        // Pins with a model attached appear in the VCD even if the program never uses them.
        for p in spec
            .leds
            .iter()
            .map(|l| l.pin)
            .chain(spec.buttons.iter().map(|b| b.pin))
        {
            if let Some(pin) = pins.get(p as usize) {
                trace.vcd_pin(p, &vcd_name(p, pin), false);
            }
        }
        trace.line(0, &format!("reset {}", cause_name(ResetCause::PowerOn)));
        let board = Board {
            freq: spec.freq,
            vref: spec.vref,
            pin_names: spec.pin_names,
            pins,
            i2c: spec.i2c,
            spi: spec.spi,
            uart: spec.uart,
            leds: spec.leds,
            buttons: spec.buttons,
            adc: spec.adc,
            pwm: BTreeMap::new(),
            clock,
            trace,
            events: VecDeque::new(),
            wdt: None,
            reset_cause: ResetCause::PowerOn,
            reset_request: None,
        };
        SimBoard {
            inner: Arc::new(Mutex::new(board)),
            name: Arc::from(spec.name.as_str()),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Board> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Locks the board after catching it up with the clock.
    fn board(&self) -> MutexGuard<'_, Board> {
        let mut b = self.lock();
        b.update();
        b
    }

    pub fn is_virtual(&self) -> bool {
        self.lock().clock.is_virtual()
    }

    /// The board's monotonic clock, for the port's `monotonic_ns`.
    pub fn now_ns(&self) -> u64 {
        self.lock().clock.now_ns()
    }

    /// Let `ns` pass (a jump of virtual time, or a real sleep without holding the board).
    pub fn sleep_ns(&self, ns: u64) {
        {
            let mut b = self.lock();
            if b.clock.is_virtual() {
                b.clock.sleep_ns(ns);
                return;
            }
        }
        std::thread::sleep(std::time::Duration::from_nanos(ns));
    }

    /// A reset the program asked for (`machine.reset()`, the watchdog), taken once.
    pub fn take_reset_request(&self) -> Option<ResetCause> {
        self.lock().reset_request.take()
    }

    /// Has the program asked for a reset that [`SimBoard::take_reset_request`] has not
    /// taken yet?
    pub fn reset_pending(&self) -> bool {
        self.lock().reset_request.is_some()
    }

    /// Reset the board's MCU for a new run: pins, PWM, UARTs, the watchdog and pending
    /// events go back to their power-on state. The world outside (buttons, EEPROM
    /// contents, UART peers) and the clock carry on. `reset_cause()` reports `cause`.
    pub fn restart(&self, cause: ResetCause) {
        let mut b = self.board();
        b.restart(cause);
    }

    /// Write a line to the trace at the current time.
    pub fn note(&self, text: &str) {
        let mut b = self.lock();
        let now = b.clock.now_ns();
        b.trace.line(now, text);
    }

    /// Flush the trace and write the VCD file.
    pub fn finish(&self) -> Result<(), String> {
        let mut b = self.lock();
        let b = &mut *b;
        // A transaction left open (no STOP) still gets its trace line.
        for bus in b.i2c.iter_mut() {
            bus.flush(&mut b.trace, false);
        }
        b.trace.finish()
    }

    /// The trace lines so far (boards made by [`SimBoard::for_test`]).
    #[cfg(test)]
    pub fn trace_lines(&self) -> Vec<String> {
        self.lock().trace.captured().to_vec()
    }

    /// The VCD as text (boards made by [`SimBoard::for_test`]).
    #[cfg(test)]
    pub fn vcd_text(&self) -> String {
        self.lock().trace.vcd_text()
    }

    /// The current PWM output of a pin.
    #[cfg(test)]
    pub fn pwm_state(&self, pin: u32) -> Option<PwmState> {
        self.lock().pwm.get(&pin).copied()
    }
}

fn vcd_name(p: u32, pin: &Pin) -> String {
    match &pin.name {
        Some(n) => {
            let clean: String = n
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                .collect();
            format!("pin{p}_{clean}")
        }
        None => format!("pin{p}"),
    }
}

impl Board {
    fn now(&self) -> u64 {
        self.clock.now_ns()
    }

    /// Apply every scheduled change due by now, each at its own time, in time order.
    fn update(&mut self) {
        let now = self.now();
        let mut due: Vec<(u64, Due)> = Vec::new();
        for (i, b) in self.buttons.iter_mut().enumerate() {
            for (t, closed) in b.take_due(now) {
                due.push((t, Due::Button(i, closed)));
            }
        }
        for (i, u) in self.uart.iter_mut().enumerate() {
            while u.pending.front().is_some_and(|a| a.0 <= now) {
                if let Some((t, bytes)) = u.pending.pop_front() {
                    due.push((t, Due::Uart(i, bytes)));
                }
            }
        }
        if let Some((_, deadline)) = self.wdt {
            if deadline <= now {
                due.push((deadline, Due::Watchdog));
            }
        }
        if due.is_empty() {
            return;
        }
        due.sort_by_key(|d| d.0);
        for (t, d) in due {
            match d {
                Due::Button(i, closed) => {
                    let (pin, drive) = match self.buttons.get(i) {
                        Some(b) => (b.pin, b.drive(closed)),
                        None => continue,
                    };
                    if let Some(p) = self.pins.get_mut(pin as usize) {
                        p.ext = drive;
                    }
                    self.refresh_pin(pin, t);
                }
                Due::Uart(i, bytes) => self.uart_arrive(i, bytes, t),
                Due::Watchdog => {
                    self.wdt = None;
                    self.trace.line(t, "wdt expired");
                    self.push_event(HalEvent::WatchdogExpired);
                }
            }
        }
    }

    fn push_event(&mut self, e: HalEvent) {
        if self.events.len() < MAX_EVENTS {
            self.events.push_back(e);
        }
    }

    fn next_event(&self) -> Option<u64> {
        let buttons = self.buttons.iter().filter_map(|b| b.next_change_ns());
        let uarts = self
            .uart
            .iter()
            .filter_map(|u| u.pending.front().map(|a| a.0));
        let wdt = self.wdt.map(|w| w.1);
        buttons.chain(uarts).chain(wdt).min()
    }

    fn pin_index(&self, pin: u32) -> HalResult<usize> {
        if (pin as usize) < self.pins.len() {
            Ok(pin as usize)
        } else {
            Err(invalid(format!("invalid pin: {pin}")))
        }
    }

    /// Re-resolve a pin's level after something changed; trace and report edges.
    fn refresh_pin(&mut self, pin: u32, t: u64) {
        let Some(p) = self.pins.get_mut(pin as usize) else {
            return;
        };
        let (level, fight) = p.resolve();
        let new_fight = fight && !p.contention;
        p.contention = fight;
        if new_fight {
            self.trace.line(t, &format!("pin {pin} contention"));
        }
        self.set_level(pin, level, t);
    }

    /// The wire of `pin` is now at `level`: trace, VCD, IRQ events, LEDs, chip selects.
    fn set_level(&mut self, pin: u32, level: bool, t: u64) {
        let Some(p) = self.pins.get_mut(pin as usize) else {
            return;
        };
        let old = p.level;
        p.level = level;
        let irq = p.irq;
        let name = vcd_name(pin, p);
        if level == old {
            return;
        }
        self.trace.vcd_pin(pin, &name, old);
        self.trace.vcd_pin_change(t, pin, level);
        self.trace
            .line(t, &format!("pin {pin} {}", u8::from(level)));
        let edge: EdgeMask = if level { EDGE_RISING } else { EDGE_FALLING };
        if irq & edge != 0 {
            self.push_event(HalEvent::PinEdge { pin, rising: level });
        }
        for led in self.leds.iter().filter(|l| l.pin == pin) {
            let state = if led.lit(level) { "on" } else { "off" };
            self.trace.line(t, &format!("led {} {state}", led.name));
        }
        for bus in self.spi.iter_mut() {
            for dev in bus.devices.iter_mut().filter(|d| d.cs() == Some(pin)) {
                if level {
                    dev.deselect();
                } else {
                    dev.select();
                }
            }
        }
    }

    fn restart(&mut self, cause: ResetCause) {
        let now = self.now();
        self.reset_cause = cause;
        self.reset_request = None;
        self.events.clear();
        self.wdt = None;
        // Pins become unconfigured inputs; one that nothing drives or pulls reads low
        // (an LED on it goes dark).
        for i in 0..self.pins.len() {
            let Some(p) = self.pins.get_mut(i) else {
                continue;
            };
            p.mode = None;
            p.pull = Pull::None;
            p.out = false;
            p.irq = 0;
            p.contention = false;
            let old = p.level;
            p.level = false;
            let (level, _) = p.resolve();
            p.level = old;
            self.set_level(i as u32, level, now);
        }
        for pin in std::mem::take(&mut self.pwm).into_keys() {
            self.trace.line(now, &format!("pwm {pin} off"));
            self.trace.vcd_pwm(now, pin, 0.0);
        }
        for u in self.uart.iter_mut() {
            u.reset();
        }
        for bus in self.i2c.iter_mut() {
            if bus.busy() {
                bus.stop(now, &mut self.trace);
            }
        }
    }

    fn i2c_bus(&mut self, id: u32) -> HalResult<&mut I2cBus> {
        self.i2c
            .iter_mut()
            .find(|b| b.id == id)
            .ok_or_else(|| invalid(format!("I2C({id}) doesn't exist")))
    }

    /// Run `f` on I2C bus `id` with the current time and the trace.
    fn with_i2c<T>(
        &mut self,
        id: u32,
        f: impl FnOnce(&mut I2cBus, u64, &mut Trace) -> HalResult<T>,
    ) -> HalResult<T> {
        let now = self.now();
        let bus = self
            .i2c
            .iter_mut()
            .find(|b| b.id == id)
            .ok_or_else(|| invalid(format!("I2C({id}) doesn't exist")))?;
        f(bus, now, &mut self.trace)
    }

    fn spi_index(&self, id: u32) -> HalResult<usize> {
        self.spi
            .iter()
            .position(|b| b.id == id)
            .ok_or_else(|| invalid(format!("SPI({id}) doesn't exist")))
    }

    fn uart_index(&self, id: u32) -> HalResult<usize> {
        self.uart
            .iter()
            .position(|u| u.id == id)
            .ok_or_else(|| invalid(format!("UART({id}) doesn't exist")))
    }

    fn uart_arrive(&mut self, i: usize, bytes: Vec<u8>, t: u64) {
        let Some(u) = self.uart.get_mut(i) else {
            return;
        };
        let id = u.id;
        if !u.open {
            self.trace
                .line(t, &format!("uart{id} rx {} lost", quote_bytes(&bytes)));
            return;
        }
        let room = RX_CAPACITY.saturating_sub(u.rx_buf.len());
        u.rx_buf.extend(bytes.iter().take(room));
        let irq = u.irq;
        let lost = if bytes.len() > room { " overflow" } else { "" };
        self.trace
            .line(t, &format!("uart{id} rx {}{lost}", quote_bytes(&bytes)));
        if irq {
            self.push_event(HalEvent::UartRx { id });
        }
    }

    fn uart_open(&mut self, i: usize) {
        let now = self.now();
        let Some(u) = self.uart.get_mut(i) else {
            return;
        };
        if !u.open {
            u.open = true;
            let arrivals = u.peer.as_mut().map(|p| p.open(now)).unwrap_or_default();
            u.schedule(arrivals);
            self.update();
        }
    }

    fn adc_volts(&self, pin: u32) -> HalResult<f64> {
        let i = self.pin_index(pin)?;
        let now = self.now();
        Ok(match self.adc.iter().find(|a| a.pin == pin) {
            Some(a) => a.waveform.volts_at(now),
            // An unconnected analog pin reads its digital level.
            None => {
                if self.pins[i].level {
                    self.vref
                } else {
                    0.0
                }
            }
        })
    }
}

impl Hal for SimBoard {
    fn board_name(&self) -> &str {
        &self.name
    }
    fn unique_id(&self) -> Vec<u8> {
        b"micasim\x01".to_vec()
    }
    fn cpu_freq(&self) -> u32 {
        self.lock().freq
    }
    fn set_cpu_freq(&mut self, hz: u32) -> HalResult<()> {
        if !(1_000_000..=1_000_000_000).contains(&hz) {
            return Err(invalid(format!("frequency {hz} out of range")));
        }
        self.lock().freq = hz;
        Ok(())
    }
    fn reset_cause(&self) -> ResetCause {
        self.lock().reset_cause
    }
    fn reset(&mut self, cause: ResetCause) {
        let mut b = self.board();
        let now = b.now();
        b.trace.line(now, &format!("reset {}", cause_name(cause)));
        b.reset_request = Some(cause);
    }
    fn lightsleep(&mut self, ms: Option<u64>) -> HalResult<()> {
        let ns = match ms {
            Some(ms) => ms.saturating_mul(1_000_000),
            None => {
                let b = self.board();
                let now = b.now();
                match b.next_event() {
                    Some(t) => t.saturating_sub(now),
                    None => return Err(HalError::Unsupported("lightsleep without a wake-up")),
                }
            }
        };
        self.sleep_ns(ns);
        Ok(())
    }

    // ---- pins ----
    fn pin_by_name(&self, name: &str) -> Option<u32> {
        let b = self.lock();
        b.pin_names.iter().find(|(n, _)| n == name).map(|&(_, p)| p)
    }
    fn pin_valid(&self, pin: u32) -> bool {
        (pin as usize) < self.lock().pins.len()
    }
    fn pin_configure(&mut self, pin: u32, mode: PinMode, pull: Pull) -> HalResult<()> {
        let mut b = self.board();
        let i = b.pin_index(pin)?;
        let now = b.now();
        let p = &mut b.pins[i];
        if p.mode != Some(mode) || p.pull != pull {
            p.mode = Some(mode);
            p.pull = pull;
            let (level, name) = (p.level, vcd_name(pin, p));
            let mode = match mode {
                PinMode::In => "in",
                PinMode::Out => "out",
                PinMode::OpenDrain => "open-drain",
                PinMode::Analog => "analog",
            };
            let pull = match pull {
                Pull::None => "",
                Pull::Up => " pull-up",
                Pull::Down => " pull-down",
            };
            b.trace.vcd_pin(pin, &name, level);
            b.trace.line(now, &format!("pin {pin} {mode}{pull}"));
        }
        b.refresh_pin(pin, now);
        Ok(())
    }
    fn pin_read(&mut self, pin: u32) -> HalResult<bool> {
        let b = self.board();
        let i = b.pin_index(pin)?;
        Ok(b.pins[i].level)
    }
    fn pin_write(&mut self, pin: u32, high: bool) -> HalResult<()> {
        let mut b = self.board();
        let i = b.pin_index(pin)?;
        b.pins[i].out = high;
        let now = b.now();
        b.refresh_pin(pin, now);
        Ok(())
    }
    fn pin_irq(&mut self, pin: u32, edges: EdgeMask) -> HalResult<()> {
        let mut b = self.board();
        let i = b.pin_index(pin)?;
        b.pins[i].irq = edges & (EDGE_RISING | EDGE_FALLING);
        Ok(())
    }

    // ---- ADC and PWM ----
    fn adc_read_u16(&mut self, pin: u32) -> HalResult<u16> {
        let mut b = self.board();
        let v = to_u16(b.adc_volts(pin)?, b.vref);
        let now = b.now();
        b.trace.line(now, &format!("adc {pin} read {v}"));
        Ok(v)
    }
    fn adc_read_uv(&mut self, pin: u32) -> HalResult<u32> {
        let mut b = self.board();
        let v = to_uv(b.adc_volts(pin)?, b.vref);
        let now = b.now();
        b.trace.line(now, &format!("adc {pin} read {v} uV"));
        Ok(v)
    }
    fn pwm_set(&mut self, pin: u32, freq: u32, duty_u16: u16) -> HalResult<()> {
        let mut b = self.board();
        b.pin_index(pin)?;
        if !(1..=MAX_FREQ).contains(&freq) {
            return Err(invalid(format!("freq must be 1 to {MAX_FREQ}")));
        }
        let state = PwmState { freq, duty_u16 };
        if b.pwm.get(&pin) != Some(&state) {
            let now = b.now();
            b.pwm.insert(pin, state);
            b.trace
                .line(now, &format!("pwm {pin} {}", state.describe()));
            b.trace.vcd_pwm(now, pin, state.fraction());
        }
        Ok(())
    }
    fn pwm_deinit(&mut self, pin: u32) -> HalResult<()> {
        let mut b = self.board();
        b.pin_index(pin)?;
        if b.pwm.remove(&pin).is_some() {
            let now = b.now();
            b.trace.line(now, &format!("pwm {pin} off"));
            b.trace.vcd_pwm(now, pin, 0.0);
        }
        Ok(())
    }

    // ---- I2C ----
    fn i2c_init(
        &mut self,
        bus: u32,
        freq: u32,
        scl: Option<u32>,
        sda: Option<u32>,
    ) -> HalResult<()> {
        let mut b = self.board();
        for p in scl.into_iter().chain(sda) {
            b.pin_index(p)?;
        }
        if freq == 0 {
            return Err(invalid(String::from("freq must be positive")));
        }
        b.i2c_bus(bus)?.freq = freq;
        Ok(())
    }
    fn soft_i2c_open(&mut self, scl: u32, sda: u32, freq: u32, _timeout_us: u32) -> HalResult<u32> {
        let mut b = self.board();
        b.pin_index(scl)?;
        b.pin_index(sda)?;
        if scl == sda {
            return Err(invalid(String::from("scl and sda must be different pins")));
        }
        if let Some(bus) = b.i2c.iter_mut().find(|x| x.scl == scl && x.sda == sda) {
            bus.freq = freq.max(1);
            return Ok(bus.id);
        }
        let id = SOFT_BUS_BASE + b.i2c.iter().filter(|x| x.id >= SOFT_BUS_BASE).count() as u32;
        let mut bus = I2cBus::new(id, scl, sda);
        bus.freq = freq.max(1);
        b.i2c.push(bus);
        Ok(id)
    }
    fn i2c_write(&mut self, bus: u32, addr: u16, data: &[u8], stop: bool) -> HalResult<usize> {
        let addr = i2c_address(addr)?;
        self.board().with_i2c(bus, |bus, now, trace| {
            bus.start(now, trace);
            if !bus.write_byte(addr << 1, now) {
                bus.stop(now, trace);
                return Err(HalError::NoDevice);
            }
            let acked = data
                .iter()
                .take_while(|&&byte| bus.write_byte(byte, now))
                .count();
            if stop || acked < data.len() {
                bus.stop(now, trace);
            }
            Ok(acked)
        })
    }
    fn i2c_read(&mut self, bus: u32, addr: u16, buf: &mut [u8], stop: bool) -> HalResult<()> {
        let addr = i2c_address(addr)?;
        self.board().with_i2c(bus, |bus, now, trace| {
            bus.start(now, trace);
            if !bus.write_byte(addr << 1 | 1, now) {
                bus.stop(now, trace);
                return Err(HalError::NoDevice);
            }
            for byte in buf.iter_mut() {
                *byte = bus.read_byte(now);
            }
            if stop {
                bus.stop(now, trace);
            }
            Ok(())
        })
    }
    fn i2c_start(&mut self, bus: u32) -> HalResult<()> {
        self.board().with_i2c(bus, |bus, now, trace| {
            bus.start(now, trace);
            Ok(())
        })
    }
    fn i2c_stop(&mut self, bus: u32) -> HalResult<()> {
        self.board().with_i2c(bus, |bus, now, trace| {
            bus.stop(now, trace);
            Ok(())
        })
    }
    fn i2c_write_byte(&mut self, bus: u32, byte: u8) -> HalResult<bool> {
        self.board()
            .with_i2c(bus, |bus, now, _| Ok(bus.write_byte(byte, now)))
    }
    fn i2c_read_byte(&mut self, bus: u32, _ack: bool) -> HalResult<u8> {
        self.board()
            .with_i2c(bus, |bus, now, _| Ok(bus.read_byte(now)))
    }

    // ---- SPI ----
    fn spi_init(
        &mut self,
        bus: u32,
        config: SpiConfig,
        sck: Option<u32>,
        mosi: Option<u32>,
        miso: Option<u32>,
    ) -> HalResult<()> {
        let mut b = self.board();
        for p in sck.into_iter().chain(mosi).chain(miso) {
            b.pin_index(p)?;
        }
        check_spi_config(&config)?;
        let i = b.spi_index(bus)?;
        b.spi[i].config = config;
        Ok(())
    }
    fn soft_spi_open(
        &mut self,
        config: SpiConfig,
        sck: u32,
        mosi: u32,
        miso: u32,
    ) -> HalResult<u32> {
        let mut b = self.board();
        for p in [sck, mosi, miso] {
            b.pin_index(p)?;
        }
        check_spi_config(&config)?;
        if let Some(bus) = b
            .spi
            .iter_mut()
            .find(|x| x.sck == sck && x.mosi == mosi && x.miso == miso)
        {
            bus.config = config;
            return Ok(bus.id);
        }
        let id = SOFT_BUS_BASE + b.spi.iter().filter(|x| x.id >= SOFT_BUS_BASE).count() as u32;
        let mut bus = SpiBus::new(id, sck, mosi, miso);
        bus.config = config;
        b.spi.push(bus);
        Ok(id)
    }
    fn spi_transfer(&mut self, bus: u32, write: &[u8], read: &mut [u8]) -> HalResult<()> {
        let mut b = self.board();
        if write.len() != read.len() {
            return Err(invalid(String::from("buffers must be the same length")));
        }
        let i = b.spi_index(bus)?;
        let now = b.now();
        let b = &mut *b;
        let pins = &b.pins;
        b.spi[i].transfer(
            write,
            read,
            |cs| pins.get(cs as usize).is_some_and(|p| !p.level),
            now,
            &mut b.trace,
        );
        Ok(())
    }

    // ---- UART ----
    fn uart_init(
        &mut self,
        id: u32,
        config: UartConfig,
        tx: Option<u32>,
        rx: Option<u32>,
    ) -> HalResult<()> {
        let mut b = self.board();
        for p in tx.into_iter().chain(rx) {
            b.pin_index(p)?;
        }
        if config.baudrate == 0
            || !(5..=9).contains(&config.bits)
            || !(1..=2).contains(&config.stop)
        {
            return Err(invalid(String::from("invalid UART framing")));
        }
        let i = b.uart_index(id)?;
        b.uart[i].config = config;
        b.uart_open(i);
        Ok(())
    }
    fn uart_write(&mut self, id: u32, data: &[u8]) -> HalResult<usize> {
        let mut b = self.board();
        let i = b.uart_index(id)?;
        b.uart_open(i);
        let now = b.now();
        b.trace
            .line(now, &format!("uart{id} tx {}", quote_bytes(data)));
        let u = &mut b.uart[i];
        let arrivals = u
            .peer
            .as_mut()
            .map(|p| p.receive(data, now))
            .unwrap_or_default();
        u.schedule(arrivals);
        b.update();
        Ok(data.len())
    }
    fn uart_read(&mut self, id: u32, buf: &mut [u8]) -> HalResult<usize> {
        let mut b = self.board();
        let i = b.uart_index(id)?;
        let u = &mut b.uart[i];
        let n = buf.len().min(u.rx_buf.len());
        for (slot, byte) in buf.iter_mut().zip(u.rx_buf.drain(..n)) {
            *slot = byte;
        }
        Ok(n)
    }
    fn uart_any(&mut self, id: u32) -> HalResult<usize> {
        let b = self.board();
        let i = b.uart_index(id)?;
        Ok(b.uart[i].rx_buf.len())
    }
    fn uart_irq(&mut self, id: u32, enable: bool) -> HalResult<()> {
        let mut b = self.board();
        let i = b.uart_index(id)?;
        b.uart[i].irq = enable;
        Ok(())
    }
    fn uart_deinit(&mut self, id: u32) {
        let mut b = self.board();
        if let Ok(i) = b.uart_index(id) {
            b.uart[i].open = false;
        }
    }

    // ---- watchdog ----
    fn wdt_start(&mut self, timeout_ms: u32) -> HalResult<()> {
        let mut b = self.board();
        if timeout_ms == 0 {
            return Err(invalid(String::from("watchdog timeout must be positive")));
        }
        let now = b.now();
        let timeout = u64::from(timeout_ms) * 1_000_000;
        b.wdt = Some((timeout, now.saturating_add(timeout)));
        b.trace.line(now, &format!("wdt start {timeout_ms} ms"));
        Ok(())
    }
    fn wdt_feed(&mut self) {
        let mut b = self.board();
        let now = b.now();
        if let Some((timeout, deadline)) = &mut b.wdt {
            *deadline = now.saturating_add(*timeout);
        }
    }

    // ---- events ----
    fn poll_event(&mut self) -> Option<HalEvent> {
        self.board().events.pop_front()
    }
    fn next_event_ns(&mut self) -> Option<u64> {
        self.board().next_event()
    }
}

/// A 7-bit I2C address.
fn i2c_address(addr: u16) -> HalResult<u8> {
    u8::try_from(addr)
        .ok()
        .filter(|a| *a < 0x80)
        .ok_or_else(|| invalid(format!("invalid I2C address {addr:#x}")))
}

fn check_spi_config(c: &SpiConfig) -> HalResult<()> {
    if c.bits != 8 {
        return Err(invalid(String::from("only 8-bit SPI words are supported")));
    }
    if c.baudrate == 0 || c.polarity > 1 || c.phase > 1 {
        return Err(invalid(String::from(
            "invalid SPI baudrate, polarity or phase",
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
