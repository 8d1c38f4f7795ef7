//! An LED on a pin: it only watches the pin level and traces `led NAME on/off`.

pub struct Led {
    pub pin: u32,
    pub name: String,
    /// Lit when the pin is low (LED wired from the supply to the pin).
    pub active_low: bool,
}

impl Led {
    /// Is the LED lit at this pin level?
    pub fn lit(&self, level: bool) -> bool {
        level != self.active_low
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polarity() {
        let mut led = Led {
            pin: 2,
            name: "LED".into(),
            active_low: false,
        };
        assert!(led.lit(true));
        led.active_low = true;
        assert!(led.lit(false) && !led.lit(true));
    }
}
