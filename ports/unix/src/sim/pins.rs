//! The pin table: each pin's mode, pull resistor, the level the program drives and the
//! level an attached model drives, resolved into the level on the wire.
//!
//! Resolution: a push-pull output drives its level; an open-drain output drives only
//! low (wired-AND with every other driver); a model drives its level. When drivers
//! disagree, low wins (and the board traces the contention). With no driver, the
//! internal pull decides, then the board's external pull; a pin with neither keeps the
//! last level it had (a floating input reads what it last saw, deterministically).

use mica_core::hal::{EdgeMask, PinMode, Pull};

#[derive(Clone, Debug)]
pub struct Pin {
    /// `None` until the program configures the pin (and again after a reset).
    pub mode: Option<PinMode>,
    pub pull: Pull,
    /// The output register: the level the program last wrote.
    pub out: bool,
    /// What an attached model drives (`None`: high impedance).
    pub ext: Option<bool>,
    /// A pull resistor on the board itself (`[pin_pulls]`).
    pub board_pull: Option<bool>,
    /// The resolved level on the wire.
    pub level: bool,
    pub irq: EdgeMask,
    /// A readable name for traces (`pin2_LED` in a VCD).
    pub name: Option<String>,
    /// Two drivers currently disagree (traced once when it starts).
    pub contention: bool,
}

impl Pin {
    pub fn new() -> Pin {
        Pin {
            mode: None,
            pull: Pull::None,
            out: false,
            ext: None,
            board_pull: None,
            level: false,
            irq: 0,
            name: None,
            contention: false,
        }
    }

    /// What the program's own pin driver puts on the wire.
    fn own_drive(&self) -> Option<bool> {
        match self.mode {
            Some(PinMode::Out) => Some(self.out),
            Some(PinMode::OpenDrain) if !self.out => Some(false),
            _ => None,
        }
    }

    /// The level the wire settles to, and whether two drivers fight over it.
    pub fn resolve(&self) -> (bool, bool) {
        match (self.own_drive(), self.ext) {
            (Some(a), Some(b)) => (a && b, a != b),
            (Some(a), None) | (None, Some(a)) => (a, false),
            (None, None) => {
                let level = match (self.mode, self.pull) {
                    (Some(PinMode::Analog), _) | (None, _) | (_, Pull::None) => {
                        self.board_pull.unwrap_or(self.level)
                    }
                    (_, Pull::Up) => true,
                    (_, Pull::Down) => false,
                };
                (level, false)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pin(mode: Option<PinMode>, pull: Pull, out: bool, ext: Option<bool>) -> Pin {
        Pin {
            mode,
            pull,
            out,
            ext,
            ..Pin::new()
        }
    }

    #[test]
    fn push_pull_and_open_drain() {
        assert_eq!(
            pin(Some(PinMode::Out), Pull::None, true, None).resolve(),
            (true, false)
        );
        // Open drain releases the line when high: the pull-up decides.
        assert_eq!(
            pin(Some(PinMode::OpenDrain), Pull::Up, true, None).resolve(),
            (true, false)
        );
        assert_eq!(
            pin(Some(PinMode::OpenDrain), Pull::Up, false, None).resolve(),
            (false, false)
        );
        // Wired-AND: a released open-drain pin reads the model pulling low, no fight.
        assert_eq!(
            pin(Some(PinMode::OpenDrain), Pull::Up, true, Some(false)).resolve(),
            (false, false)
        );
        // Push-pull high against a model pulling low: contention, low wins.
        assert_eq!(
            pin(Some(PinMode::Out), Pull::None, true, Some(false)).resolve(),
            (false, true)
        );
    }

    #[test]
    fn pulls_and_floating() {
        assert_eq!(
            pin(Some(PinMode::In), Pull::Up, false, None).resolve(),
            (true, false)
        );
        assert_eq!(
            pin(Some(PinMode::In), Pull::Down, false, None).resolve(),
            (false, false)
        );
        assert_eq!(
            pin(Some(PinMode::In), Pull::Up, false, Some(false)).resolve(),
            (false, false)
        );
        let mut p = pin(Some(PinMode::In), Pull::None, false, None);
        p.level = true;
        assert_eq!(p.resolve(), (true, false), "a floating pin keeps its level");
        p.board_pull = Some(false);
        assert_eq!(p.resolve(), (false, false));
    }
}
