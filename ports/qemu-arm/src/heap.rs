//! The Python heap: one static region whose size is fixed at build time
//! (`MICA_HEAP_KB`), handed to a TLSF allocator that serves every allocation the
//! firmware makes. The allocator counts the bytes in use, so the core can refuse a
//! charge before the region runs out (`Heap::set_memory_probe`) and report real usage.
//!
//! The last part of the region (1/16, 4-64 KiB) is an emergency pool with an allocator
//! of its own: an allocation the main part cannot serve (because the heap's budget does
//! not yet see every allocation, see docs/architecture.md, or because the main part's
//! free space is split into holes too small for the request) is served there instead of
//! failing. From then until the next garbage collection (or until the pool is empty
//! again) the probe reports the region as full, so the next charge raises `MemoryError` and unwinding frees memory, rather than
//! the allocator aborting the firmware.
//!
//! A boot option may limit the region to its first `limit` bytes (see `bootopts`): the
//! rest is never touched, so a program that runs with the limit runs in a firmware
//! built with a region of that size.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::{RefCell, UnsafeCell};
use core::mem::MaybeUninit;
use core::ptr::NonNull;
use core::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use critical_section::Mutex;
use rlsf::Tlsf;

use crate::stack::HEAP_BYTES;

/// The region. In `.uninit` so start-up does not zero it.
#[link_section = ".uninit.HEAP"]
static REGION: Region = Region(UnsafeCell::new(MaybeUninit::uninit()));

#[repr(C, align(8))]
struct Region(UnsafeCell<MaybeUninit<[u8; HEAP_BYTES]>>);

// SAFETY: the region is only ever handed to the allocator, once, in `init`; nothing
// else reads or writes it.
unsafe impl Sync for Region {}

/// The main part's allocator. TLSF keeps a free-list head per size class: `FLLEN`
/// power-of-two ranges, each split into `SLLEN` classes, one word each. 20 ranges of
/// 8-byte granules allow blocks up to 8 MiB (more than the board's RAM); 16 classes per
/// range keep a request from passing over a fitting block of its own range often. The
/// tables take 1,332 bytes of static RAM (`embedded-alloc`'s 32 x 32 took 4,228 per pool).
type MainTlsf = Tlsf<'static, u32, u16, 20, 16>;
/// The emergency pool's allocator: the pool is at most 64 KiB, so 14 ranges (blocks up
/// to 128 KiB) of 8 classes are enough (468 bytes).
type PoolTlsf = Tlsf<'static, u16, u8, 14, 8>;

/// A TLSF allocator behind a critical section (the firmware has one thread; interrupt
/// handlers do not allocate, but the lock keeps that a matter of speed, not safety).
struct Pool<T>(Mutex<RefCell<T>>);

pub struct CountingHeap {
    inner: Pool<MainTlsf>,
    emergency: Pool<PoolTlsf>,
    /// Where the emergency pool starts and how many bytes of it are in use.
    emergency_start: AtomicUsize,
    emergency_used: AtomicUsize,
    /// Set when the emergency pool serves an allocation, cleared by a collection or
    /// when the pool is empty again.
    strained: AtomicBool,
    used: AtomicUsize,
    size: AtomicUsize,
}

#[global_allocator]
pub static HEAP: CountingHeap = CountingHeap {
    inner: Pool(Mutex::new(RefCell::new(Tlsf::new()))),
    emergency: Pool(Mutex::new(RefCell::new(Tlsf::new()))),
    emergency_start: AtomicUsize::new(usize::MAX),
    emergency_used: AtomicUsize::new(0),
    strained: AtomicBool::new(false),
    used: AtomicUsize::new(0),
    size: AtomicUsize::new(0),
};

/// Hand the region (or its first `limit` bytes) to the allocator. Called once, first
/// thing at boot.
pub fn init(limit: usize) {
    let size = limit.clamp(8 * 1024, HEAP_BYTES) & !7;
    let pool = (size / 16).clamp(4 * 1024, 64 * 1024);
    let base = base();
    HEAP.size.store(size, Ordering::Relaxed);
    HEAP.emergency_start
        .store(base + size - pool, Ordering::Relaxed);
    // SAFETY: called once before any allocation (from `main`, before the allocator is
    // used); the region is a static that nothing else touches; the two parts,
    // [base, base + size - pool) and [base + size - pool, base + size), are disjoint
    // and inside it.
    unsafe {
        init_pool(&HEAP.inner, base, size - pool);
        init_pool(&HEAP.emergency, base + size - pool, pool);
    }
}

/// Give `[start, start + size)` to `pool`.
///
/// # Safety
/// Called once per pool, before it serves anything; the range is memory nothing else
/// uses for as long as the firmware runs.
unsafe fn init_pool<const FL: usize, const SL: usize, F, S>(
    pool: &Pool<Tlsf<'static, F, S, FL, SL>>,
    start: usize,
    size: usize,
) where
    F: rlsf::int::BinInteger,
    S: rlsf::int::BinInteger,
{
    critical_section::with(|cs| {
        let block = core::ptr::slice_from_raw_parts_mut(start as *mut u8, size);
        if let Some(block) = NonNull::new(block) {
            // SAFETY: the caller's guarantees: the range is unused and stays the pool's.
            unsafe { pool.0.borrow(cs).borrow_mut().insert_free_block_ptr(block) };
        }
    });
}

impl<const FL: usize, const SL: usize, F: rlsf::int::BinInteger, S: rlsf::int::BinInteger>
    Pool<Tlsf<'static, F, S, FL, SL>>
{
    fn alloc(&self, layout: Layout) -> *mut u8 {
        critical_section::with(|cs| self.0.borrow(cs).borrow_mut().allocate(layout))
            .map_or(core::ptr::null_mut(), NonNull::as_ptr)
    }

    /// # Safety
    /// `ptr` is a live block this pool allocated with `layout`.
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if let Some(p) = NonNull::new(ptr) {
            critical_section::with(|cs| {
                // SAFETY: the caller's guarantee.
                unsafe { self.0.borrow(cs).borrow_mut().deallocate(p, layout.align()) }
            });
        }
    }

    /// Resize in place when the neighbouring block is free, or move within the pool;
    /// null (the block untouched) when the pool has no room.
    ///
    /// # Safety
    /// `ptr` is a live, non-null block this pool allocated with `new_layout.align()`.
    unsafe fn realloc(&self, ptr: *mut u8, new_layout: Layout) -> *mut u8 {
        critical_section::with(|cs| {
            // SAFETY: the caller's guarantee; on failure TLSF leaves the block as it was.
            unsafe {
                self.0
                    .borrow(cs)
                    .borrow_mut()
                    .reallocate(NonNull::new_unchecked(ptr), new_layout)
            }
        })
        .map_or(core::ptr::null_mut(), NonNull::as_ptr)
    }
}

/// Bytes of the region in use by live allocations.
pub fn used() -> usize {
    HEAP.used.load(Ordering::Relaxed)
}

/// Bytes of the region handed to the allocator.
pub fn size() -> usize {
    HEAP.size.load(Ordering::Relaxed)
}

/// `(bytes in use, bytes in the region)`: what the core's memory probe reads. From the
/// moment the emergency pool serves an allocation until the next collection, or until
/// the pool is empty again, the region counts as full; after that, while blocks remain in the pool, all of the pool counts
/// as used (what lives there leaves the main part alone).
pub fn usage() -> (usize, usize) {
    if HEAP.strained.load(Ordering::Relaxed) {
        return (size(), size());
    }
    let pool = size().saturating_sub(HEAP.emergency_start.load(Ordering::Relaxed) - base());
    match HEAP.emergency_used.load(Ordering::Relaxed) {
        0 => (used(), size()),
        in_pool => ((used() - in_pool + pool).min(size()), size()),
    }
}

/// The core's collection hook: a collection has run, so the main part may serve
/// requests again (see `usage`).
pub fn collected() {
    HEAP.strained.store(false, Ordering::Relaxed);
}

/// Bytes of the emergency pool in use.
pub fn emergency_used() -> usize {
    HEAP.emergency_used.load(Ordering::Relaxed)
}

fn base() -> usize {
    REGION.0.get() as usize
}

/// What a live block really takes from the region: its usable size (the request plus
/// the header, rounded up to TLSF's granularity of 16 bytes, less the header) plus its
/// header of two words (size and previous block).
fn cost(p: *mut u8) -> usize {
    match NonNull::new(p) {
        // SAFETY: `p` is a live block of one of the region's TLSF pools (just allocated,
        // or about to be freed), whose header precedes it (the header's layout does not
        // depend on the size-class parameters).
        Some(p) => {
            (unsafe { MainTlsf::allocation_usable_size(p) }) + 2 * core::mem::size_of::<usize>()
        }
        None => 0,
    }
}

// SAFETY: every call is forwarded unchanged to the TLSF allocator, which upholds
// `GlobalAlloc`'s contract; the counters are plain atomics.
unsafe impl GlobalAlloc for CountingHeap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let mut p = self.inner.alloc(layout);
        if p.is_null() {
            p = self.emergency.alloc(layout);
            if !p.is_null() {
                self.emergency_used.fetch_add(cost(p), Ordering::Relaxed);
                self.strained.store(true, Ordering::Relaxed);
            }
        }
        if !p.is_null() {
            self.used.fetch_add(cost(p), Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let cost = cost(ptr);
        if ptr as usize >= self.emergency_start.load(Ordering::Relaxed) {
            // SAFETY: the block lies in the emergency pool, so that allocator made it.
            unsafe { self.emergency.dealloc(ptr, layout) };
            if self.emergency_used.fetch_sub(cost, Ordering::Relaxed) == cost {
                // The pool is empty again: what strained the main part is gone.
                self.strained.store(false, Ordering::Relaxed);
            }
        } else {
            // SAFETY: forwarded with the caller's guarantees (a main-part block).
            unsafe { self.inner.dealloc(ptr, layout) };
        }
        self.used.fetch_sub(cost, Ordering::Relaxed);
    }

    /// A main-part block grows or shrinks in place when the block after it is free
    /// (TLSF's `reallocate`): a growing buffer at the end of what is in use (the value
    /// stack in a deep recursion, a list being built) then needs no second copy of itself.
    /// Otherwise, and for emergency-pool blocks, it moves as `GlobalAlloc`'s default does.
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller guarantees a valid non-zero size for `layout.align()`.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        if !ptr.is_null() && (ptr as usize) < self.emergency_start.load(Ordering::Relaxed) {
            let old = cost(ptr);
            // SAFETY: `ptr` is a live main-part block allocated with `layout.align()`.
            let q = unsafe { self.inner.realloc(ptr, new_layout) };
            if !q.is_null() {
                self.used.fetch_sub(old, Ordering::Relaxed);
                self.used.fetch_add(cost(q), Ordering::Relaxed);
                return q;
            }
        }
        // SAFETY: `new_layout` is valid per the caller.
        let q = unsafe { self.alloc(new_layout) };
        if !q.is_null() {
            // SAFETY: both blocks are live and distinct; the copy is within both sizes.
            unsafe {
                core::ptr::copy_nonoverlapping(ptr, q, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
        }
        q
    }
}
