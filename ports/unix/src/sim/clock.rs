//! The simulated board's monotonic clock: real time, or virtual time that only moves
//! when the program sleeps (so tests are fast and give the same trace every run).

use std::time::{Duration, Instant};

pub enum Clock {
    /// Nanoseconds since the board was made, from the host's monotonic clock.
    Real(Instant),
    /// Nanoseconds of simulated time; advanced by [`Clock::sleep_ns`] only.
    Virtual(u64),
}

impl Clock {
    pub fn new(virtual_time: bool) -> Clock {
        if virtual_time {
            Clock::Virtual(0)
        } else {
            Clock::Real(Instant::now())
        }
    }

    pub fn is_virtual(&self) -> bool {
        matches!(self, Clock::Virtual(_))
    }

    pub fn now_ns(&self) -> u64 {
        match self {
            Clock::Real(start) => u64::try_from(start.elapsed().as_nanos()).unwrap_or(u64::MAX),
            Clock::Virtual(t) => *t,
        }
    }

    /// Let `ns` pass: a real sleep, or an instant jump of the virtual clock.
    pub fn sleep_ns(&mut self, ns: u64) {
        match self {
            Clock::Real(_) => std::thread::sleep(Duration::from_nanos(ns)),
            Clock::Virtual(t) => *t = t.saturating_add(ns),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn virtual_clock_moves_only_when_sleeping() {
        let mut c = Clock::new(true);
        assert_eq!(c.now_ns(), 0);
        c.sleep_ns(1_500_000);
        assert_eq!(c.now_ns(), 1_500_000);
        c.sleep_ns(u64::MAX);
        assert_eq!(c.now_ns(), u64::MAX);
    }

    #[test]
    fn real_clock_is_monotonic() {
        let c = Clock::new(false);
        let a = c.now_ns();
        assert!(c.now_ns() >= a);
        assert!(!c.is_virtual());
    }
}
