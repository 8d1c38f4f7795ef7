//! An analog input fed by a waveform of time: a constant, a sine or a repeating ramp,
//! in volts, converted against the board's reference voltage.

#[derive(Clone, Debug, PartialEq)]
pub enum Waveform {
    Constant(f64),
    /// `offset + amplitude * sin(2 pi t / period)`.
    Sine {
        offset: f64,
        amplitude: f64,
        period_ns: u64,
    },
    /// From `from` to `to` over each period, then back to `from` (a sawtooth).
    Ramp {
        from: f64,
        to: f64,
        period_ns: u64,
    },
}

impl Waveform {
    pub fn volts_at(&self, t_ns: u64) -> f64 {
        match *self {
            Waveform::Constant(v) => v,
            Waveform::Sine {
                offset,
                amplitude,
                period_ns,
            } => {
                let phase = (t_ns % period_ns.max(1)) as f64 / period_ns.max(1) as f64;
                offset + amplitude * (2.0 * std::f64::consts::PI * phase).sin()
            }
            Waveform::Ramp {
                from,
                to,
                period_ns,
            } => {
                let phase = (t_ns % period_ns.max(1)) as f64 / period_ns.max(1) as f64;
                from + (to - from) * phase
            }
        }
    }
}

pub struct AdcInput {
    pub pin: u32,
    pub waveform: Waveform,
}

/// Volts to `ADC.read_u16`'s 0..=65535, clamped to 0..vref.
pub fn to_u16(volts: f64, vref: f64) -> u16 {
    let frac = (volts / vref).clamp(0.0, 1.0);
    if frac.is_nan() {
        return 0;
    }
    (frac * 65535.0).round() as u16
}

/// Volts to `ADC.read_uv`'s microvolts, clamped to 0..vref.
pub fn to_uv(volts: f64, vref: f64) -> u32 {
    let v = volts.clamp(0.0, vref.max(0.0));
    if v.is_nan() {
        return 0;
    }
    (v * 1e6).round().min(u32::MAX as f64) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waveforms_at_virtual_times() {
        let s = Waveform::Sine {
            offset: 1.65,
            amplitude: 1.0,
            period_ns: 1_000_000_000,
        };
        assert!((s.volts_at(0) - 1.65).abs() < 1e-9);
        assert!((s.volts_at(250_000_000) - 2.65).abs() < 1e-9);
        assert!((s.volts_at(750_000_000) - 0.65).abs() < 1e-9);
        let r = Waveform::Ramp {
            from: 0.0,
            to: 3.3,
            period_ns: 100,
        };
        assert!((r.volts_at(50) - 1.65).abs() < 1e-9);
        assert!((r.volts_at(150) - 1.65).abs() < 1e-9);
        assert_eq!(to_u16(1.65, 3.3), 32768);
        assert_eq!(to_u16(5.0, 3.3), 65535);
        assert_eq!(to_u16(-1.0, 3.3), 0);
        assert_eq!(to_uv(1.65, 3.3), 1_650_000);
        assert_eq!(to_u16(f64::NAN, 3.3), 0);
    }
}
