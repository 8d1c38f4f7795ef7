//! The fixed native stack (`MICA_STACK_KB`, at the bottom of RAM): its bounds for the
//! core, and its high-water mark, found by filling the unused stack with a pattern at
//! boot and looking for the deepest word that no longer holds it.

use mica_core::port::StackInfo;

include!(concat!(env!("OUT_DIR"), "/config.rs"));

const PAINT: u32 = 0x5354_4B21;

/// The stack's top (it grows down from here).
pub const TOP: usize = STACK_BOTTOM + STACK_BYTES;

fn here() -> usize {
    let marker = 0u32;
    &marker as *const u32 as usize
}

/// Fill the stack below the current frame with the pattern.
pub fn paint() {
    let end = (here() - 64) & !3;
    let mut p = STACK_BOTTOM;
    while p < end {
        // SAFETY: [STACK_BOTTOM, end) is the part of this firmware's stack region below
        // the current frame (minus 64 bytes of slack for this function's own frame):
        // no live data is there, and the addresses are word-aligned RAM.
        unsafe { core::ptr::write_volatile(p as *mut u32, PAINT) };
        p += 4;
    }
}

/// The most stack ever used since `paint`.
pub fn peak() -> usize {
    let mut p = STACK_BOTTOM;
    while p < TOP {
        // SAFETY: word-aligned addresses inside the stack region, which is RAM.
        if unsafe { core::ptr::read_volatile(p as *const u32) } != PAINT {
            break;
        }
        p += 4;
    }
    TOP - p
}

pub fn info() -> StackInfo {
    StackInfo {
        top: TOP,
        size: STACK_BYTES,
        peak: peak(),
    }
}
