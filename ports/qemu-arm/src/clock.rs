//! Time from SysTick: a 1 ms interrupt counts milliseconds, and the counter's current
//! value gives the microseconds in between. The core clock of `mps2-an385` is 25 MHz;
//! under `qemu-system-arm -icount shift=0` one guest instruction takes one virtual
//! nanosecond, so `time.ticks_us()` differences count instructions (1 us = 1,000).

use core::sync::atomic::{AtomicU32, Ordering};

use cortex_m::peripheral::syst::SystClkSource;
use cortex_m::peripheral::SYST;
use cortex_m_rt::exception;

const CORE_HZ: u32 = 25_000_000;
const TICKS_PER_US: u32 = CORE_HZ / 1_000_000;
const RELOAD: u32 = CORE_HZ / 1000 - 1;

static MILLIS: AtomicU32 = AtomicU32::new(0);
/// High word of the millisecond count (it wraps every 49.7 days).
static MILLIS_HI: AtomicU32 = AtomicU32::new(0);

pub fn init(mut syst: SYST) {
    syst.set_clock_source(SystClkSource::Core);
    syst.set_reload(RELOAD);
    syst.clear_current();
    syst.enable_interrupt();
    syst.enable_counter();
}

#[exception]
fn SysTick() {
    let m = MILLIS.load(Ordering::Relaxed).wrapping_add(1);
    if m == 0 {
        MILLIS_HI.fetch_add(1, Ordering::Relaxed);
    }
    MILLIS.store(m, Ordering::Relaxed);
}

/// Microseconds since boot.
pub fn micros() -> u64 {
    loop {
        let hi = MILLIS_HI.load(Ordering::Relaxed);
        let ms = MILLIS.load(Ordering::Relaxed);
        let cur = SYST::get_current();
        // A tick between the two reads of the count (the counter wrapped meanwhile and
        // the interrupt ran): read again.
        if MILLIS.load(Ordering::Relaxed) != ms {
            continue;
        }
        let millis = ((hi as u64) << 32) | ms as u64;
        let sub = (RELOAD - cur.min(RELOAD)) / TICKS_PER_US;
        return millis * 1000 + sub as u64;
    }
}

/// Wait for the next interrupt (a SysTick at the latest).
pub fn idle() {
    cortex_m::asm::wfi();
}
