//! The Python heap: one static region whose size is fixed at build time
//! (`MICA_HEAP_KB`), handed to a TLSF allocator that serves every allocation the
//! firmware makes. The allocator counts the bytes in use, so the core can refuse a
//! charge before the region runs out (`Heap::set_memory_probe`) and report real usage.
//!
//! A boot option may limit the region to its first `limit` bytes (see `bootopts`): the
//! rest is never touched, so a program that runs with the limit runs in a firmware
//! built with a region of that size.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;
use core::mem::MaybeUninit;
use core::sync::atomic::{AtomicUsize, Ordering};

use embedded_alloc::TlsfHeap;

use crate::stack::HEAP_BYTES;

/// The region. In `.uninit` so start-up does not zero it.
#[link_section = ".uninit.HEAP"]
static REGION: Region = Region(UnsafeCell::new(MaybeUninit::uninit()));

#[repr(C, align(8))]
struct Region(UnsafeCell<MaybeUninit<[u8; HEAP_BYTES]>>);

// SAFETY: the region is only ever handed to the allocator, once, in `init`; nothing
// else reads or writes it.
unsafe impl Sync for Region {}

pub struct CountingHeap {
    inner: TlsfHeap,
    used: AtomicUsize,
    size: AtomicUsize,
}

#[global_allocator]
pub static HEAP: CountingHeap = CountingHeap {
    inner: TlsfHeap::empty(),
    used: AtomicUsize::new(0),
    size: AtomicUsize::new(0),
};

/// Hand the region (or its first `limit` bytes) to the allocator. Called once, first
/// thing at boot.
pub fn init(limit: usize) {
    let size = limit.clamp(1024, HEAP_BYTES);
    HEAP.size.store(size, Ordering::Relaxed);
    // SAFETY: called once before any allocation (from `main`, before the allocator is
    // used); the region is a static that nothing else touches, `size` is within it.
    unsafe { HEAP.inner.init(REGION.0.get() as usize, size) }
}

/// Bytes of the region in use by live allocations.
pub fn used() -> usize {
    HEAP.used.load(Ordering::Relaxed)
}

/// Bytes of the region handed to the allocator.
pub fn size() -> usize {
    HEAP.size.load(Ordering::Relaxed)
}

/// `(bytes in use, bytes in the region)`: what the core's memory probe reads.
pub fn usage() -> (usize, usize) {
    (used(), size())
}

// SAFETY: every call is forwarded unchanged to the TLSF allocator, which upholds
// `GlobalAlloc`'s contract; the counters are plain atomics.
unsafe impl GlobalAlloc for CountingHeap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded with the caller's guarantees.
        let p = unsafe { self.inner.alloc(layout) };
        if !p.is_null() {
            self.used.fetch_add(layout.size(), Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { self.inner.dealloc(ptr, layout) };
        self.used.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}
