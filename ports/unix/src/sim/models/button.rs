//! A push button with scripted presses. Pressing connects the pin to ground (or to the
//! supply for an active-high button); released, the button drives nothing and the
//! pin's pull resistor decides. Each press and release can bounce: the contact opens
//! and closes `bounce` extra times, `bounce_us` apart, before it settles.

/// One scripted press: down at `at_ns` for `hold_ns`.
#[derive(Clone, Copy, Debug)]
pub struct Press {
    pub at_ns: u64,
    pub hold_ns: u64,
}

pub struct Button {
    pub pin: u32,
    pub active_low: bool,
    /// Contact changes `(time, closed)` in time order.
    schedule: Vec<(u64, bool)>,
    next: usize,
}

impl Button {
    pub fn new(
        pin: u32,
        active_low: bool,
        presses: &[Press],
        bounce: u32,
        bounce_ns: u64,
    ) -> Button {
        let mut schedule = Vec::new();
        for p in presses {
            for (t, closed) in [(p.at_ns, true), (p.at_ns.saturating_add(p.hold_ns), false)] {
                // The contact reaches its new state, chatters back and forth, then settles.
                for k in 0..=2 * u64::from(bounce) {
                    let state = if k % 2 == 0 { closed } else { !closed };
                    schedule.push((t.saturating_add(k.saturating_mul(bounce_ns)), state));
                }
            }
        }
        schedule.sort_by_key(|&(t, _)| t);
        Button {
            pin,
            active_low,
            schedule,
            next: 0,
        }
    }

    /// When the contact changes next.
    pub fn next_change_ns(&self) -> Option<u64> {
        self.schedule.get(self.next).map(|&(t, _)| t)
    }

    /// Contact changes due by `now_ns`, in order.
    pub fn take_due(&mut self, now_ns: u64) -> Vec<(u64, bool)> {
        let start = self.next;
        while self
            .schedule
            .get(self.next)
            .is_some_and(|&(t, _)| t <= now_ns)
        {
            self.next += 1;
        }
        self.schedule[start..self.next].to_vec()
    }

    /// What the button drives onto its pin with the contact `closed`.
    pub fn drive(&self, closed: bool) -> Option<bool> {
        closed.then_some(!self.active_low)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounce_schedule() {
        let press = Press {
            at_ns: 1000,
            hold_ns: 5000,
        };
        let mut b = Button::new(0, true, &[press], 1, 100);
        assert_eq!(b.next_change_ns(), Some(1000));
        assert_eq!(b.take_due(1150), vec![(1000, true), (1100, false)]);
        assert_eq!(
            b.take_due(10_000),
            vec![(1200, true), (6000, false), (6100, true), (6200, false)]
        );
        assert_eq!(b.next_change_ns(), None);
        assert_eq!(b.drive(true), Some(false));
        assert_eq!(b.drive(false), None);
    }
}
