//! The board description file (TOML): which pins the board has, its buses, and the
//! peripheral models wired to them. Parsing is done by `toml` + `serde`; every model
//! table is then checked (pins in range, buses that exist, sane numbers) and errors
//! name the file and the line of the offending table. See `docs/board.md`.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::i2c::I2cBus;
use super::models::adc::{AdcInput, Waveform};
use super::models::button::{Button, Press};
use super::models::eeprom::Eeprom;
use super::models::led::Led;
use super::models::spi_loopback::SpiLoopback;
use super::models::spi_regs::SpiRegs;
use super::models::tmp102::Tmp102;
use super::models::uart_loopback::UartLoopback;
use super::models::uart_peer::{ScriptedPeer, Step};
use super::spi::SpiBus;
use super::uart::Uart;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct BoardFile {
    #[serde(default)]
    board: BoardSection,
    #[serde(default)]
    pin_names: BTreeMap<String, Spanned<u32>>,
    #[serde(default)]
    i2c: Vec<Spanned<I2cCfg>>,
    #[serde(default)]
    spi: Vec<Spanned<SpiCfg>>,
    #[serde(default)]
    uart: Vec<Spanned<UartCfg>>,
    #[serde(default)]
    led: Vec<Spanned<LedCfg>>,
    #[serde(default)]
    button: Vec<Spanned<ButtonCfg>>,
    #[serde(default)]
    tmp102: Vec<Spanned<Tmp102Cfg>>,
    #[serde(default)]
    eeprom: Vec<Spanned<EepromCfg>>,
    #[serde(default)]
    spi_device: Vec<Spanned<SpiDeviceCfg>>,
    #[serde(default)]
    uart_device: Vec<Spanned<UartDeviceCfg>>,
    #[serde(default)]
    adc: Vec<Spanned<AdcCfg>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct BoardSection {
    name: Option<String>,
    pins: Option<u32>,
    freq: Option<u32>,
    vref: Option<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct I2cCfg {
    id: u32,
    scl: u32,
    sda: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SpiCfg {
    id: u32,
    sck: u32,
    mosi: u32,
    miso: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UartCfg {
    id: u32,
    tx: u32,
    rx: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LedCfg {
    pin: u32,
    name: Option<String>,
    #[serde(default)]
    active_low: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PressCfg {
    at_ms: f64,
    hold_ms: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ButtonCfg {
    pin: u32,
    name: Option<String>,
    /// "low" (pressing grounds the pin, the default) or "high".
    active: Option<String>,
    #[serde(default)]
    bounce: u32,
    bounce_us: Option<f64>,
    #[serde(default)]
    presses: Vec<PressCfg>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Tmp102Cfg {
    bus: u32,
    address: Option<u32>,
    temperature: Option<f64>,
    #[serde(default)]
    slope_per_s: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EepromCfg {
    bus: u32,
    address: Option<u32>,
    size: Option<u32>,
    page: Option<u32>,
    address_bytes: Option<u32>,
    write_ms: Option<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SpiDeviceCfg {
    bus: u32,
    /// "loopback" or "registers".
    kind: String,
    cs: Option<u32>,
    #[serde(default)]
    registers: Vec<(u32, u32)>,
    #[serde(default)]
    read_only: Vec<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepCfg {
    expect: Option<String>,
    send: Option<String>,
    send_bytes: Option<Vec<u8>>,
    #[serde(default)]
    delay_ms: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UartDeviceCfg {
    uart: u32,
    /// "loopback" or "peer".
    kind: String,
    #[serde(default)]
    script: Vec<StepCfg>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AdcCfg {
    pin: u32,
    /// "constant" (the default), "sine" or "ramp".
    waveform: Option<String>,
    volts: Option<f64>,
    offset: Option<f64>,
    amplitude: Option<f64>,
    from: Option<f64>,
    to: Option<f64>,
    period_ms: Option<f64>,
}

/// A board, ready to simulate: buses with their devices attached, pin-level models.
pub struct BoardSpec {
    pub name: String,
    pub pins: u32,
    pub freq: u32,
    pub vref: f64,
    pub pin_names: Vec<(String, u32)>,
    pub i2c: Vec<I2cBus>,
    pub spi: Vec<SpiBus>,
    pub uart: Vec<Uart>,
    pub leds: Vec<Led>,
    pub buttons: Vec<Button>,
    pub adc: Vec<AdcInput>,
}

pub const DEFAULT_PINS: u32 = 40;

impl BoardSpec {
    /// The board used without `--board`: pins 0-39, I2C 0-1, SPI 0-2, UART 0-2, nothing
    /// attached.
    pub fn default_board() -> BoardSpec {
        BoardSpec {
            name: String::from("mica simulated board"),
            pins: DEFAULT_PINS,
            freq: 160_000_000,
            vref: 3.3,
            pin_names: Vec::new(),
            i2c: vec![I2cBus::new(0, 22, 21), I2cBus::new(1, 25, 26)],
            spi: vec![
                SpiBus::new(0, 6, 7, 8),
                SpiBus::new(1, 14, 13, 12),
                SpiBus::new(2, 18, 23, 19),
            ],
            uart: vec![
                Uart::new(0, 1, 3),
                Uart::new(1, 10, 9),
                Uart::new(2, 17, 16),
            ],
            leds: Vec::new(),
            buttons: Vec::new(),
            adc: Vec::new(),
        }
    }

    /// Parse and check a board description; `path` names it in error messages.
    pub fn from_toml(src: &str, path: &str) -> Result<BoardSpec, String> {
        let file: BoardFile = toml::from_str(src).map_err(|e| {
            let at = e
                .span()
                .map(|s| format!(":{}", line_of(src, s.start)))
                .unwrap_or_default();
            format!("{path}{at}: bad board description: {}", e.message())
        })?;
        build(file, src, path)
    }
}

/// The 1-based line of byte offset `pos`.
fn line_of(src: &str, pos: usize) -> usize {
    src.get(..pos).unwrap_or(src).matches('\n').count() + 1
}

fn ms_to_ns(ms: f64) -> Option<u64> {
    (0.0..1e12).contains(&ms).then(|| (ms * 1e6).round() as u64)
}

/// Builds the spec, turning each problem into `path:line: message`.
struct Builder<'a> {
    src: &'a str,
    path: &'a str,
    spec: BoardSpec,
}

impl Builder<'_> {
    fn err(&self, span: std::ops::Range<usize>, msg: String) -> String {
        format!("{}:{}: {msg}", self.path, line_of(self.src, span.start))
    }

    fn pin(&self, span: &std::ops::Range<usize>, what: &str, pin: u32) -> Result<u32, String> {
        if pin < self.spec.pins {
            Ok(pin)
        } else {
            Err(self.err(
                span.clone(),
                format!(
                    "{what}: pin {pin} is not a pin of this board (0-{})",
                    self.spec.pins.saturating_sub(1)
                ),
            ))
        }
    }

    fn address(&self, span: &std::ops::Range<usize>, what: &str, a: u32) -> Result<u8, String> {
        u8::try_from(a).ok().filter(|a| *a < 0x80).ok_or_else(|| {
            self.err(
                span.clone(),
                format!("{what}: address {a:#x} is not a 7-bit I2C address"),
            )
        })
    }

    fn i2c_bus(
        &mut self,
        span: &std::ops::Range<usize>,
        what: &str,
        bus: u32,
        addr: u8,
    ) -> Result<&mut I2cBus, String> {
        let Some(i) = self.spec.i2c.iter().position(|b| b.id == bus) else {
            return Err(self.err(span.clone(), format!("{what}: there is no I2C bus {bus}")));
        };
        if self.spec.i2c[i].devices.iter().any(|d| d.address() == addr) {
            return Err(self.err(
                span.clone(),
                format!("{what}: I2C bus {bus} already has a device at {addr:#04x}"),
            ));
        }
        Ok(&mut self.spec.i2c[i])
    }
}

fn build(file: BoardFile, src: &str, path: &str) -> Result<BoardSpec, String> {
    let mut spec = BoardSpec::default_board();
    if let Some(n) = file.board.name {
        spec.name = n;
    }
    if let Some(p) = file.board.pins {
        if p == 0 || p > 4096 {
            return Err(format!("{path}: [board] pins must be 1..4096, not {p}"));
        }
        spec.pins = p;
    }
    if let Some(f) = file.board.freq {
        spec.freq = f;
    }
    if let Some(v) = file.board.vref {
        if !(v.is_finite() && v > 0.0) {
            return Err(format!("{path}: [board] vref must be a positive voltage"));
        }
        spec.vref = v;
    }
    let mut b = Builder { src, path, spec };
    for (name, pin) in &file.pin_names {
        let p = b.pin(&pin.span(), &format!("pin_names.{name}"), *pin.get_ref())?;
        b.spec.pin_names.push((name.clone(), p));
    }
    // Buses: the defaults stay; a table with the same id moves it to other pins.
    for c in &file.i2c {
        let (span, c) = (c.span(), c.get_ref());
        b.pin(&span, "i2c", c.scl)?;
        b.pin(&span, "i2c", c.sda)?;
        b.spec.i2c.retain(|x| x.id != c.id);
        b.spec.i2c.push(I2cBus::new(c.id, c.scl, c.sda));
    }
    for c in &file.spi {
        let (span, c) = (c.span(), c.get_ref());
        for p in [c.sck, c.mosi, c.miso] {
            b.pin(&span, "spi", p)?;
        }
        b.spec.spi.retain(|x| x.id != c.id);
        b.spec.spi.push(SpiBus::new(c.id, c.sck, c.mosi, c.miso));
    }
    for c in &file.uart {
        let (span, c) = (c.span(), c.get_ref());
        b.pin(&span, "uart", c.tx)?;
        b.pin(&span, "uart", c.rx)?;
        b.spec.uart.retain(|x| x.id != c.id);
        b.spec.uart.push(Uart::new(c.id, c.tx, c.rx));
    }
    // Defaulted pins of buses must exist on a small board too.
    let pins = b.spec.pins;
    b.spec.i2c.retain(|x| x.scl < pins && x.sda < pins);
    b.spec
        .spi
        .retain(|x| x.sck < pins && x.mosi < pins && x.miso < pins);
    b.spec.uart.retain(|x| x.tx < pins && x.rx < pins);

    for c in &file.led {
        let (span, c) = (c.span(), c.get_ref());
        let pin = b.pin(&span, "led", c.pin)?;
        let name = c.name.clone().unwrap_or_else(|| format!("led{pin}"));
        b.spec.pin_names.push((name.clone(), pin));
        b.spec.leds.push(Led {
            pin,
            name,
            active_low: c.active_low,
        });
    }
    for c in &file.button {
        let (span, c) = (c.span(), c.get_ref());
        let pin = b.pin(&span, "button", c.pin)?;
        let active_low = match c.active.as_deref() {
            None | Some("low") => true,
            Some("high") => false,
            Some(o) => {
                return Err(b.err(
                    span,
                    format!("button: active must be \"low\" or \"high\", not {o:?}"),
                ))
            }
        };
        let bounce_ns = ms_to_ns(c.bounce_us.unwrap_or(100.0) / 1000.0)
            .ok_or_else(|| b.err(span.clone(), "button: bad bounce_us".into()))?;
        let mut presses = Vec::new();
        for p in &c.presses {
            match (ms_to_ns(p.at_ms), ms_to_ns(p.hold_ms)) {
                (Some(at_ns), Some(hold_ns)) => presses.push(Press { at_ns, hold_ns }),
                _ => return Err(b.err(span, "button: press times must be non-negative".into())),
            }
        }
        let name = c.name.clone().unwrap_or_else(|| format!("button{pin}"));
        b.spec.pin_names.push((name, pin));
        b.spec.buttons.push(Button::new(
            pin,
            active_low,
            &presses,
            c.bounce.min(1000),
            bounce_ns,
        ));
    }
    for c in &file.tmp102 {
        let (span, c) = (c.span(), c.get_ref());
        let addr = b.address(&span, "tmp102", c.address.unwrap_or(0x48))?;
        let t = c.temperature.unwrap_or(25.0);
        if !t.is_finite() || !c.slope_per_s.is_finite() {
            return Err(b.err(span, "tmp102: temperature and slope must be numbers".into()));
        }
        let bus = b.i2c_bus(&span, "tmp102", c.bus, addr)?;
        bus.devices
            .push(Box::new(Tmp102::new(addr, t, c.slope_per_s)));
    }
    for c in &file.eeprom {
        let (span, c) = (c.span(), c.get_ref());
        let addr = b.address(&span, "eeprom", c.address.unwrap_or(0x50))?;
        let size = c.size.unwrap_or(32768);
        let page = c.page.unwrap_or(64);
        let abytes = c.address_bytes.unwrap_or(if size > 256 { 2 } else { 1 });
        if size == 0 || size > 1 << 16 || page == 0 || page > size || !(1..=2).contains(&abytes) {
            return Err(b.err(
                span,
                "eeprom: size must be 1..65536, page 1..size, address_bytes 1 or 2".into(),
            ));
        }
        if abytes == 1 && size > 256 {
            return Err(b.err(
                span,
                "eeprom: more than 256 bytes needs address_bytes = 2".into(),
            ));
        }
        let write_ns = ms_to_ns(c.write_ms.unwrap_or(5.0))
            .ok_or_else(|| b.err(span.clone(), "eeprom: bad write_ms".into()))?;
        let bus = b.i2c_bus(&span, "eeprom", c.bus, addr)?;
        bus.devices.push(Box::new(Eeprom::new(
            addr,
            size as usize,
            page as usize,
            abytes as usize,
            write_ns,
        )));
    }
    for c in &file.spi_device {
        let (span, c) = (c.span(), c.get_ref());
        let cs = match c.cs {
            Some(p) => Some(b.pin(&span, "spi_device", p)?),
            None => None,
        };
        let Some(bi) = b.spec.spi.iter().position(|x| x.id == c.bus) else {
            return Err(b.err(span, format!("spi_device: there is no SPI bus {}", c.bus)));
        };
        match c.kind.as_str() {
            "loopback" => b.spec.spi[bi].devices.push(Box::new(SpiLoopback { cs })),
            "registers" => {
                let Some(cs) = cs else {
                    return Err(b.err(span, "spi_device: a register device needs a cs pin".into()));
                };
                let mut init = Vec::new();
                for &(r, v) in &c.registers {
                    match (u8::try_from(r), u8::try_from(v)) {
                        (Ok(r), Ok(v)) if r < 0x80 => init.push((r, v)),
                        _ => {
                            return Err(b.err(
                                span,
                                format!("spi_device: register [{r:#x}, {v:#x}] out of range"),
                            ))
                        }
                    }
                }
                let ro = c
                    .read_only
                    .iter()
                    .filter_map(|&r| u8::try_from(r).ok())
                    .collect();
                b.spec.spi[bi]
                    .devices
                    .push(Box::new(SpiRegs::new(cs, &init, ro)));
            }
            o => {
                return Err(b.err(
                    span,
                    format!("spi_device: kind must be \"loopback\" or \"registers\", not {o:?}"),
                ))
            }
        }
    }
    for c in &file.uart_device {
        let (span, c) = (c.span(), c.get_ref());
        let Some(ui) = b.spec.uart.iter().position(|x| x.id == c.uart) else {
            return Err(b.err(span, format!("uart_device: there is no UART {}", c.uart)));
        };
        if b.spec.uart[ui].peer.is_some() {
            return Err(b.err(
                span,
                format!("uart_device: UART {} already has a device", c.uart),
            ));
        }
        match c.kind.as_str() {
            "loopback" => b.spec.uart[ui].peer = Some(Box::new(UartLoopback)),
            "peer" => {
                let mut steps = Vec::new();
                for s in &c.script {
                    let delay_ns = ms_to_ns(s.delay_ms)
                        .ok_or_else(|| b.err(span.clone(), "uart_device: bad delay_ms".into()))?;
                    steps.push(match (&s.expect, &s.send, &s.send_bytes) {
                        (Some(e), None, None) if !e.is_empty() => Step::Expect(e.as_bytes().to_vec()),
                        (None, Some(d), None) => Step::Send {
                            data: d.as_bytes().to_vec(),
                            delay_ns,
                        },
                        (None, None, Some(d)) => Step::Send {
                            data: d.clone(),
                            delay_ns,
                        },
                        _ => {
                            return Err(b.err(
                                span,
                                "uart_device: each script step has exactly one of a non-empty expect, send or send_bytes".into(),
                            ))
                        }
                    });
                }
                b.spec.uart[ui].peer = Some(Box::new(ScriptedPeer::new(steps)));
            }
            o => {
                return Err(b.err(
                    span,
                    format!("uart_device: kind must be \"loopback\" or \"peer\", not {o:?}"),
                ))
            }
        }
    }
    for c in &file.adc {
        let (span, c) = (c.span(), c.get_ref());
        let pin = b.pin(&span, "adc", c.pin)?;
        let period = || {
            ms_to_ns(c.period_ms.unwrap_or(1000.0))
                .filter(|p| *p > 0)
                .ok_or_else(|| b.err(span.clone(), "adc: period_ms must be positive".into()))
        };
        let waveform = match c.waveform.as_deref().unwrap_or("constant") {
            "constant" => Waveform::Constant(c.volts.unwrap_or(0.0)),
            "sine" => Waveform::Sine {
                offset: c.offset.unwrap_or(b.spec.vref / 2.0),
                amplitude: c.amplitude.unwrap_or(b.spec.vref / 2.0),
                period_ns: period()?,
            },
            "ramp" => Waveform::Ramp {
                from: c.from.unwrap_or(0.0),
                to: c.to.unwrap_or(b.spec.vref),
                period_ns: period()?,
            },
            o => {
                return Err(b.err(
                    span,
                    format!("adc: waveform must be \"constant\", \"sine\" or \"ramp\", not {o:?}"),
                ))
            }
        };
        b.spec.adc.retain(|a| a.pin != pin);
        b.spec.adc.push(AdcInput { pin, waveform });
    }
    Ok(b.spec)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(src: &str) -> String {
        match BoardSpec::from_toml(src, "b.toml") {
            Ok(_) => panic!("accepted: {src}"),
            Err(e) => e,
        }
    }

    #[test]
    fn full_example_parses() {
        let src = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../examples/boards/demo.toml"
        ))
        .unwrap();
        let spec = BoardSpec::from_toml(&src, "demo.toml").unwrap();
        assert_eq!(spec.leds.len(), 1);
        assert!(spec.i2c.iter().any(|b| b.devices.len() == 2));
    }

    #[test]
    fn errors_name_the_line() {
        let e = err("[board]\npins = 8\n\n[[led]]\npin = 9\n");
        assert!(e.starts_with("b.toml:4: led: pin 9 is not a pin"), "{e}");
        let e = err("[[led]]\npin = 2\ncolour = \"red\"\n");
        assert!(e.starts_with("b.toml:3:") && e.contains("colour"), "{e}");
        let e = err("[[tmp102]]\nbus = 7\n");
        assert!(e.contains("no I2C bus 7"), "{e}");
        let e = err("[[tmp102]]\nbus = 0\n[[eeprom]]\nbus = 0\naddress = 0x48\n");
        assert!(
            e.starts_with("b.toml:3:") && e.contains("already has a device"),
            "{e}"
        );
        let e = err("[board\n");
        assert!(e.starts_with("b.toml:1: bad board description"), "{e}");
        let e = err("[[uart_device]]\nuart = 1\nkind = \"peer\"\nscript = [{ expect = \"a\", send = \"b\" }]\n");
        assert!(e.contains("exactly one"), "{e}");
        err("[[adc]]\npin = 3\nwaveform = \"sine\"\nperiod_ms = 0\n");
        err("[[button]]\npin = 3\npresses = [{ at_ms = -1, hold_ms = 2 }]\n");
        err("[board]\npins = 0\n");
        err("[[spi_device]]\nbus = 1\nkind = \"registers\"\n");
        err("[[eeprom]]\nbus = 0\nsize = 1000\naddress_bytes = 1\n");
    }

    #[test]
    fn mangled_files_never_panic() {
        let src = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../examples/boards/demo.toml"
        ))
        .unwrap();
        // Every truncation...
        for end in (0..src.len()).filter(|&i| src.is_char_boundary(i)) {
            let _ = BoardSpec::from_toml(&src[..end], "t.toml");
        }
        // ...and every number replaced by extreme or odd values.
        let numbers: Vec<(usize, usize)> = {
            let b = src.as_bytes();
            let mut v = Vec::new();
            let mut i = 0;
            while i < b.len() {
                if b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) {
                    let start = i;
                    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'.') {
                        i += 1;
                    }
                    v.push((start, i));
                }
                i += 1;
            }
            v
        };
        let odd = [
            "0",
            "-1",
            "4294967295",
            "4294967296",
            "9223372036854775807",
            "1e308",
            "-1e308",
            "nan",
            "inf",
            "-inf",
            "0.0",
            "\"x\"",
            "[]",
            "65536",
            "128",
            "0x7f",
        ];
        for &(a, b) in &numbers {
            for o in odd {
                let mangled = format!("{}{o}{}", &src[..a], &src[b..]);
                let _ = BoardSpec::from_toml(&mangled, "t.toml");
            }
        }
    }

    #[test]
    fn integers_are_accepted_for_times() {
        let spec = BoardSpec::from_toml(
            "[[button]]\npin = 0\npresses = [{ at_ms = 100, hold_ms = 50 }]\n",
            "b.toml",
        )
        .unwrap();
        assert_eq!(spec.buttons[0].next_change_ns(), Some(100_000_000));
    }
}
