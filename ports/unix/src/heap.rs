//! The Python heap of the host port: one region of `-X heapsize=` bytes, allocated once,
//! handed to a TLSF allocator that serves every allocation the interpreter makes while
//! it runs, as a device's static region does (`ports/qemu-arm/src/heap.rs`).
//!
//! The process's global allocator routes by thread: the interpreter's thread, once it
//! has entered the region (`enter`), allocates there; every other thread, and the
//! interpreter's thread before it enters (argument parsing, the runtime's start-up), uses
//! the system allocator. A block is freed by whichever allocator its address belongs to,
//! so values may be dropped on any thread. Nothing the program does can grow the process
//! past the region: an allocation the region cannot serve is served by a small emergency
//! pool after it instead, and from then until the next garbage collection (or until the
//! pool is empty again) the region reports itself full, so the next charge raises `MemoryError` and unwinding frees
//! memory (see `Heap::set_memory_probe`).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::{Cell, UnsafeCell};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

type Tlsf = rlsf::Tlsf<'static, usize, usize, { usize::BITS as usize }, { usize::BITS as usize }>;

/// A value behind a spin lock. The global allocator cannot use `std::sync::Mutex`
/// (it may allocate), and the locks here are almost never contended.
struct SpinLock<T> {
    locked: AtomicBool,
    value: UnsafeCell<T>,
}

// SAFETY: `value` is only reached through `with`, with `locked` held.
unsafe impl<T: Send> Sync for SpinLock<T> {}

impl<T> SpinLock<T> {
    const fn new(value: T) -> SpinLock<T> {
        SpinLock {
            locked: AtomicBool::new(false),
            value: UnsafeCell::new(value),
        }
    }

    fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        while self
            .locked
            .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            std::hint::spin_loop();
        }
        // SAFETY: the lock is held, so this is the only reference to the value.
        let r = f(unsafe { &mut *self.value.get() });
        self.locked.store(false, Ordering::Release);
        r
    }
}

/// One TLSF pool behind a spin lock: only the interpreter's thread allocates from it,
/// so the lock is almost never contended (another thread may free a block it was
/// handed, such as output text).
struct Pool {
    inner: SpinLock<Inner>,
    start: AtomicUsize,
    end: AtomicUsize,
    /// A copy of `Inner::used` that `usage` may read without the lock.
    used: AtomicUsize,
}

struct Inner {
    tlsf: Tlsf,
    /// Bytes of the pool in live blocks, headers and rounding included.
    used: usize,
    /// The most `used` has been.
    peak: usize,
}

// SAFETY: the TLSF pool's pointers only ever point into the region, which any thread
// may free into (under the lock).
unsafe impl Send for Inner {}

impl Pool {
    const fn new() -> Pool {
        Pool {
            inner: SpinLock::new(Inner {
                tlsf: Tlsf::new(),
                used: 0,
                peak: 0,
            }),
            start: AtomicUsize::new(0),
            end: AtomicUsize::new(0),
            used: AtomicUsize::new(0),
        }
    }

    fn with<R>(&self, f: impl FnOnce(&mut Inner) -> R) -> R {
        self.inner.with(|inner| {
            let r = f(inner);
            self.used.store(inner.used, Ordering::Relaxed);
            r
        })
    }

    fn contains(&self, p: *mut u8) -> bool {
        let a = p as usize;
        a >= self.start.load(Ordering::Relaxed) && a < self.end.load(Ordering::Relaxed)
    }

    /// Give the pool `[start, start + size)`. Called once per pool.
    ///
    /// # Safety
    /// The memory must be valid, unused by anything else, and live for the rest of the
    /// process.
    unsafe fn init(&self, start: *mut u8, size: usize) {
        self.with(|t| {
            let block = std::ptr::slice_from_raw_parts_mut(start, size);
            // SAFETY: the caller hands over the memory for good.
            unsafe {
                t.tlsf
                    .insert_free_block_ptr(NonNull::new(block).expect("region"))
            };
        });
        self.start.store(start as usize, Ordering::Relaxed);
        self.end.store(start as usize + size, Ordering::Relaxed);
    }

    fn alloc(&self, layout: Layout) -> *mut u8 {
        self.with(|t| match t.tlsf.allocate(layout) {
            Some(p) => {
                t.used += block_cost(p);
                t.peak = t.peak.max(t.used);
                p.as_ptr()
            }
            None => std::ptr::null_mut(),
        })
    }

    /// # Safety
    /// `p` was allocated from this pool with `layout`.
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        // SAFETY: per the caller, a live block of this pool.
        let p = unsafe { NonNull::new_unchecked(p) };
        self.with(|t| {
            t.used -= block_cost(p);
            // SAFETY: as above, with the alignment it was allocated with.
            unsafe { t.tlsf.deallocate(p, layout.align()) }
        });
    }

    /// Resize in place or move within the pool; `None` (the block untouched) when the
    /// pool has no room.
    ///
    /// # Safety
    /// `p` is a live block of this pool allocated with `new_layout.align()`.
    unsafe fn realloc(&self, p: NonNull<u8>, new_layout: Layout) -> Option<*mut u8> {
        self.with(|t| {
            let old = block_cost(p);
            // SAFETY: per the caller; on failure the block is left untouched.
            let q = unsafe { t.tlsf.reallocate(p, new_layout) }?;
            t.used = t.used - old + block_cost(q);
            t.peak = t.peak.max(t.used);
            Some(q.as_ptr())
        })
    }
}

/// What a live block really takes from its pool: its usable size plus its header of
/// two words (size and previous block).
fn block_cost(p: NonNull<u8>) -> usize {
    // SAFETY: `p` is a live block of a TLSF pool (allocated and not yet freed).
    unsafe { Tlsf::allocation_usable_size(p) + 2 * core::mem::size_of::<usize>() }
}

pub struct RegionHeap {
    main: Pool,
    emergency: Pool,
    /// Bytes handed to the main pool: the heap size the program sees.
    size: AtomicUsize,
}

/// Live allocations served by the system because both pools were full (see `alloc`):
/// their addresses, so that freeing them is noticed (0: an empty entry).
struct Overflow {
    blocks: SpinLock<[usize; OVERFLOW_BLOCKS]>,
    live: AtomicUsize,
}

const OVERFLOW_BLOCKS: usize = 64;

impl Overflow {
    /// Note a new overflow block; false when the table is full.
    fn add(&self, p: *mut u8) -> bool {
        let added = self.blocks.with(|b| match b.iter_mut().find(|e| **e == 0) {
            Some(e) => {
                *e = p as usize;
                true
            }
            None => false,
        });
        if added {
            self.live.fetch_add(1, Ordering::Relaxed);
        }
        added
    }

    /// Forget `p` if it is an overflow block.
    fn remove(&self, p: *mut u8) {
        if self.live.load(Ordering::Relaxed) == 0 {
            return;
        }
        let removed = self
            .blocks
            .with(|b| match b.iter_mut().find(|e| **e == p as usize) {
                Some(e) => {
                    *e = 0;
                    true
                }
                None => false,
            });
        if removed {
            self.live.fetch_sub(1, Ordering::Relaxed);
        }
    }
}

static OVERFLOW: Overflow = Overflow {
    blocks: SpinLock::new([0; OVERFLOW_BLOCKS]),
    live: AtomicUsize::new(0),
};

#[global_allocator]
static HEAP: RegionHeap = RegionHeap {
    main: Pool::new(),
    emergency: Pool::new(),
    size: AtomicUsize::new(0),
};

thread_local! {
    /// Whether this thread allocates from the region.
    static IN_REGION: Cell<bool> = const { Cell::new(false) };
}

fn in_region() -> bool {
    IN_REGION.try_with(|c| c.get()).unwrap_or(false)
}

/// Bytes of the emergency pool for a region of `size` bytes.
fn emergency_size(size: usize) -> usize {
    (size / 8).clamp(32 * 1024, 256 * 1024)
}

/// Create the region (`size` bytes for the program plus the emergency pool) the first
/// time; later calls (a soft reset reruns the program) reuse it, so its size is the
/// first call's. Returns the region's size.
fn create(size: usize) -> usize {
    static CREATED: AtomicBool = AtomicBool::new(false);
    if !CREATED.swap(true, Ordering::AcqRel) {
        let size = size.max(4096) & !31;
        let pool = emergency_size(size);
        let layout = Layout::from_size_align(size + pool, 64).expect("heap size");
        // SAFETY: a non-zero size. The block is never freed: it is the region for the
        // rest of the process.
        let base = unsafe { System.alloc(layout) };
        if base.is_null() {
            eprintln!("mica: cannot reserve a heap of {size} bytes");
            std::process::exit(2);
        }
        // SAFETY: the two halves of a fresh block that nothing else uses, never freed.
        unsafe {
            HEAP.main.init(base, size);
            HEAP.emergency.init(base.add(size), pool);
        }
        HEAP.size.store(size, Ordering::Relaxed);
    }
    HEAP.size.load(Ordering::Relaxed)
}

/// From now on this thread allocates from the region (created with `size` bytes on the
/// first call). Returns the region's size.
pub fn enter(size: usize) -> usize {
    let size = create(size);
    IN_REGION.with(|c| c.set(true));
    size
}

/// This thread goes back to the system allocator (the interpreter has stopped).
pub fn leave() {
    IN_REGION.with(|c| c.set(false));
}

/// Set when the emergency pool or the system serves a region allocation; cleared by
/// the next collection (`collected`) or once neither holds anything (`relieve`).
static STRAINED: AtomicBool = AtomicBool::new(false);

/// `(bytes in use, bytes in the region)`, what the core's memory probe reads. From the
/// moment the main pool fails an allocation until the next collection (or until the
/// emergency room is empty again) the region counts as full.
pub fn usage() -> (usize, usize) {
    let size = HEAP.size.load(Ordering::Relaxed);
    if STRAINED.load(Ordering::Relaxed) {
        (size, size)
    } else {
        (HEAP.main.used.load(Ordering::Relaxed).min(size), size)
    }
}

/// Once the emergency pool and the system overflow hold nothing, what strained the
/// main pool is gone: it may serve requests again.
fn relieve() {
    if STRAINED.load(Ordering::Relaxed)
        && HEAP.emergency.used.load(Ordering::Relaxed) == 0
        && OVERFLOW.live.load(Ordering::Relaxed) == 0
    {
        STRAINED.store(false, Ordering::Relaxed);
    }
}

/// The core's collection hook: a collection has run, so the main pool may serve
/// requests again (see `usage`).
pub fn collected() {
    STRAINED.store(false, Ordering::Relaxed);
}

// SAFETY: each block is served by exactly one of three allocators (the main pool, the
// emergency pool, the system allocator) and returned to the one whose address range
// holds it; the pools' ranges are disjoint and never overlap system blocks, because the
// region itself is a live system block that is never freed.
unsafe impl GlobalAlloc for RegionHeap {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if !in_region() {
            // SAFETY: forwarded with the caller's guarantees.
            return unsafe { System.alloc(layout) };
        }
        let p = self.main.alloc(layout);
        if !p.is_null() {
            return p;
        }
        STRAINED.store(true, Ordering::Relaxed);
        let p = self.emergency.alloc(layout);
        if !p.is_null() {
            return p;
        }
        // Both pools are full: an allocation the heap's charges did not see coming (a
        // buffer that grows inside one operation). The region already reports itself
        // full, so the operation's next charge fails and unwinding frees memory; rather
        // than abort the process, serve this one from the system (a few such blocks at
        // once at most; past that the allocation fails).
        // SAFETY: forwarded with the caller's guarantees.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() && !OVERFLOW.add(p) {
            // SAFETY: just allocated with `layout`.
            unsafe { System.dealloc(p, layout) };
            return std::ptr::null_mut();
        }
        p
    }

    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        if self.main.contains(p) {
            // SAFETY: a block of the main pool, per its address.
            unsafe { self.main.dealloc(p, layout) }
        } else if self.emergency.contains(p) {
            // SAFETY: a block of the emergency pool, per its address.
            unsafe { self.emergency.dealloc(p, layout) }
            relieve();
        } else {
            OVERFLOW.remove(p);
            // SAFETY: neither pool's: the system allocator made it.
            unsafe { System.dealloc(p, layout) }
            relieve();
        }
    }

    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if !in_region()
            && !self.main.contains(p)
            && !self.emergency.contains(p)
            && OVERFLOW.live.load(Ordering::Relaxed) == 0
        {
            // SAFETY: a system block resized off the interpreter's thread.
            return unsafe { System.realloc(p, layout, new_size) };
        }
        // SAFETY: the caller guarantees a valid non-zero size for `layout.align()`.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        if self.main.contains(p) && in_region() {
            // SAFETY: `p` is a live main-pool block allocated with `layout.align()`.
            if let Some(q) = unsafe { self.main.realloc(NonNull::new_unchecked(p), new_layout) } {
                return q;
            }
        }
        // Move: allocate where `alloc` would, copy, free the old block.
        // SAFETY: `new_layout` is valid per the caller.
        let q = unsafe { self.alloc(new_layout) };
        if !q.is_null() {
            // SAFETY: both blocks are live and distinct; the copy is within both sizes.
            unsafe {
                std::ptr::copy_nonoverlapping(p, q, layout.size().min(new_size));
                self.dealloc(p, layout);
            }
        }
        q
    }
}

/// The most bytes the region has held at once (the emergency pool's included).
pub fn peak() -> usize {
    HEAP.main.with(|t| t.peak) + HEAP.emergency.with(|t| t.peak)
}

/// Bytes kept free below the region's end for what the heap's budget does not see
/// before it happens (frames, the compiler's work): see `Heap::set_memory_probe`.
pub fn reserve(size: usize) -> usize {
    (size / 16).clamp(8 * 1024, 128 * 1024)
}

/// While alive, this thread allocates from the region and `vm` reads its usage; the
/// thread goes back to the system allocator when it is dropped (drop it after the VM).
pub struct Entered(());

impl Drop for Entered {
    fn drop(&mut self) {
        leave();
    }
}

/// Run `vm` (just created: its runtime objects stay outside, like a device's ROM
/// tables) in the region of `size` bytes. A region under 2 MiB gets a
/// microcontroller's lookup caches: the host's take 65 KiB.
pub fn run_in_region(vm: &mut mica_core::vm::Vm, size: usize) -> Entered {
    let size = enter(size);
    if size < 2 * 1024 * 1024 {
        vm.set_cache_sizes(mica_core::caches::CacheSizes::SMALL);
    }
    vm.heap.set_memory_probe(usage, reserve(size));
    vm.heap.set_collect_hook(collected);
    Entered(())
}
