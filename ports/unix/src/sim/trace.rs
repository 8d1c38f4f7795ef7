//! What the simulated board records: a text trace with one timestamped line per event
//! (pin levels, bus transactions, resets), and a VCD file of pin levels and PWM duty
//! cycles for a waveform viewer such as GTKWave.
//!
//! A text line is `SECONDS.MICROS WHAT...`, e.g. `0.250000 pin 2 1` or
//! `0.300000 i2c0 0x48 w 00 stop`. The VCD is written when the board finishes, since
//! its header must list every signal before the first change.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

/// `SECONDS.MICROS` for a time in nanoseconds.
pub fn format_time(t_ns: u64) -> String {
    format!(
        "{}.{:06}",
        t_ns / 1_000_000_000,
        (t_ns % 1_000_000_000) / 1000
    )
}

/// Bytes as a quoted string with non-printable bytes escaped (`"OK\r\n"`).
pub fn quote_bytes(data: &[u8]) -> String {
    format!("\"{}\"", data.escape_ascii())
}

/// Bytes as lower-case hex pairs separated by spaces.
pub fn hex_bytes(data: &[u8]) -> String {
    let mut s = String::with_capacity(data.len() * 3);
    for (i, b) in data.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(&format!("{b:02x}"));
    }
    s
}

#[derive(Default)]
pub struct Trace {
    file: Option<BufWriter<File>>,
    /// Lines kept in memory (for tests of the board itself).
    captured: Option<Vec<String>>,
    vcd: Option<(PathBuf, Vcd)>,
}

impl Trace {
    /// A trace that writes to `text` and/or `vcd` (files are created now).
    pub fn new(text: Option<&PathBuf>, vcd: Option<&PathBuf>) -> Result<Trace, String> {
        let file = match text {
            Some(p) => Some(BufWriter::new(File::create(p).map_err(|e| {
                format!("can't create trace file '{}': {e}", p.display())
            })?)),
            None => None,
        };
        let vcd = match vcd {
            Some(p) => {
                // Fail early rather than after the program ran.
                File::create(p)
                    .map_err(|e| format!("can't create VCD file '{}': {e}", p.display()))?;
                Some((p.clone(), Vcd::default()))
            }
            None => None,
        };
        Ok(Trace {
            file,
            captured: None,
            vcd,
        })
    }

    #[cfg(test)]
    /// Keep lines in memory too (see [`Trace::captured`]); records VCD data in memory.
    pub fn capture(&mut self) {
        self.captured = Some(Vec::new());
        if self.vcd.is_none() {
            self.vcd = Some((PathBuf::new(), Vcd::default()));
        }
    }

    #[cfg(test)]
    pub fn captured(&self) -> &[String] {
        self.captured.as_deref().unwrap_or(&[])
    }

    pub fn enabled(&self) -> bool {
        self.file.is_some() || self.captured.is_some()
    }

    pub fn line(&mut self, t_ns: u64, text: &str) {
        if !self.enabled() {
            return;
        }
        let line = format!("{} {text}", format_time(t_ns));
        if let Some(f) = &mut self.file {
            let _ = writeln!(f, "{line}");
        }
        if let Some(c) = &mut self.captured {
            c.push(line);
        }
    }

    /// Make `pin` a VCD signal (level `level` since time 0) if it is not one yet.
    pub fn vcd_pin(&mut self, pin: u32, name: &str, level: bool) {
        if let Some((_, v)) = &mut self.vcd {
            v.pins
                .entry(pin)
                .or_insert_with(|| (name.to_string(), level));
        }
    }

    pub fn vcd_pin_change(&mut self, t_ns: u64, pin: u32, level: bool) {
        if let Some((_, v)) = &mut self.vcd {
            v.changes.push((t_ns, Signal::Pin(pin), Value::Bit(level)));
        }
    }

    pub fn vcd_pwm(&mut self, t_ns: u64, pin: u32, duty: f64) {
        if let Some((_, v)) = &mut self.vcd {
            v.pwm.insert(pin);
            v.changes.push((t_ns, Signal::Pwm(pin), Value::Real(duty)));
        }
    }

    /// Flush the text trace and write the VCD file.
    pub fn finish(&mut self) -> Result<(), String> {
        if let Some(f) = &mut self.file {
            f.flush().map_err(|e| format!("can't write trace: {e}"))?;
        }
        if let Some((path, v)) = &self.vcd {
            if !path.as_os_str().is_empty() {
                let mut f = BufWriter::new(
                    File::create(path)
                        .map_err(|e| format!("can't create VCD file '{}': {e}", path.display()))?,
                );
                v.write(&mut f)
                    .and_then(|_| f.flush())
                    .map_err(|e| format!("can't write VCD file '{}': {e}", path.display()))?;
            }
        }
        Ok(())
    }

    #[cfg(test)]
    /// The VCD as text (for tests).
    pub fn vcd_text(&self) -> String {
        let mut out = Vec::new();
        if let Some((_, v)) = &self.vcd {
            let _ = v.write(&mut out);
        }
        String::from_utf8_lossy(&out).into_owned()
    }
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Signal {
    Pin(u32),
    Pwm(u32),
}

#[derive(Clone, Copy)]
enum Value {
    Bit(bool),
    Real(f64),
}

/// Pin levels and PWM duty cycles over time, written as a Value Change Dump.
#[derive(Default)]
pub struct Vcd {
    /// pin -> (signal name, level at time 0)
    pins: BTreeMap<u32, (String, bool)>,
    /// pins that ran PWM (duty 0.0 until first set)
    pwm: std::collections::BTreeSet<u32>,
    changes: Vec<(u64, Signal, Value)>,
}

/// The VCD identifier for the `n`th signal: printable ASCII `!`..`~`, in base 94.
fn vcd_id(mut n: usize) -> String {
    let mut s = String::new();
    loop {
        s.push((b'!' + (n % 94) as u8) as char);
        n /= 94;
        if n == 0 {
            return s;
        }
        n -= 1;
    }
}

impl Vcd {
    pub fn write(&self, w: &mut impl Write) -> std::io::Result<()> {
        let mut ids: BTreeMap<Signal, String> = BTreeMap::new();
        writeln!(w, "$version mica simulated board $end")?;
        writeln!(w, "$timescale 1us $end")?;
        writeln!(w, "$scope module board $end")?;
        for (pin, (name, _)) in &self.pins {
            let id = vcd_id(ids.len());
            writeln!(w, "$var wire 1 {id} {name} $end")?;
            ids.insert(Signal::Pin(*pin), id);
        }
        for pin in &self.pwm {
            let id = vcd_id(ids.len());
            writeln!(w, "$var real 64 {id} pwm{pin}_duty $end")?;
            ids.insert(Signal::Pwm(*pin), id);
        }
        writeln!(w, "$upscope $end")?;
        writeln!(w, "$enddefinitions $end")?;
        writeln!(w, "#0")?;
        writeln!(w, "$dumpvars")?;
        for (pin, (_, level)) in &self.pins {
            if let Some(id) = ids.get(&Signal::Pin(*pin)) {
                writeln!(w, "{}{id}", u8::from(*level))?;
            }
        }
        for pin in &self.pwm {
            if let Some(id) = ids.get(&Signal::Pwm(*pin)) {
                writeln!(w, "r0 {id}")?;
            }
        }
        writeln!(w, "$end")?;
        let mut last_time = 0u64;
        for (t, sig, val) in &self.changes {
            let Some(id) = ids.get(sig) else { continue };
            let us = t / 1000;
            if us != last_time {
                writeln!(w, "#{us}")?;
                last_time = us;
            }
            match val {
                Value::Bit(b) => writeln!(w, "{}{id}", u8::from(*b))?,
                Value::Real(r) => writeln!(w, "r{r} {id}")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_and_bytes_format() {
        assert_eq!(format_time(0), "0.000000");
        assert_eq!(format_time(1_250_000_999), "1.250000");
        assert_eq!(quote_bytes(b"OK\r\n"), "\"OK\\r\\n\"");
        assert_eq!(hex_bytes(&[0, 0x4b, 0xff]), "00 4b ff");
    }

    #[test]
    fn vcd_ids_are_distinct() {
        let ids: std::collections::HashSet<String> = (0..500).map(vcd_id).collect();
        assert_eq!(ids.len(), 500);
        assert_eq!(vcd_id(0), "!");
        assert_eq!(vcd_id(93), "~");
        assert_eq!(vcd_id(94), "!!");
    }

    #[test]
    fn captured_lines_and_vcd() {
        let mut t = Trace::default();
        t.capture();
        t.line(500_000_000, "pin 2 1");
        t.vcd_pin(2, "pin2_LED", false);
        t.vcd_pin_change(500_000_000, 2, true);
        t.vcd_pwm(600_000_000, 15, 0.25);
        assert_eq!(t.captured(), ["0.500000 pin 2 1"]);
        let v = t.vcd_text();
        let expected = "$version mica simulated board $end\n$timescale 1us $end\n\
            $scope module board $end\n$var wire 1 ! pin2_LED $end\n\
            $var real 64 \" pwm15_duty $end\n$upscope $end\n$enddefinitions $end\n\
            #0\n$dumpvars\n0!\nr0 \"\n$end\n#500000\n1!\n#600000\nr0.25 \"\n";
        assert_eq!(v, expected);
    }
}
