//! PWM outputs: the board records each pin's frequency and duty cycle over time (the
//! trace and the VCD show them).

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PwmState {
    pub freq: u32,
    pub duty_u16: u16,
}

impl PwmState {
    /// The duty cycle as a fraction of the period.
    pub fn fraction(&self) -> f64 {
        f64::from(self.duty_u16) / 65536.0
    }

    /// The trace's description, e.g. `freq 1000 duty 32768 (50.0%)`.
    pub fn describe(&self) -> String {
        format!(
            "freq {} duty {} ({:.1}%)",
            self.freq,
            self.duty_u16,
            self.fraction() * 100.0
        )
    }
}

/// The highest PWM frequency the simulated board accepts.
pub const MAX_FREQ: u32 = 40_000_000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describe() {
        let s = PwmState {
            freq: 1000,
            duty_u16: 16384,
        };
        assert_eq!(s.describe(), "freq 1000 duty 16384 (25.0%)");
    }
}
