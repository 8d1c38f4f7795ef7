//! The lookup caches' sizes, and the class-lookup and global-lookup caches.
//!
//! Three direct-mapped tables speed up name lookups: the attribute-site cache
//! (`attrcache.rs`, keyed by instruction site), the class-lookup cache
//! ([`MethodCache`], keyed by (class, name) along the MRO) and the global-lookup cache
//! ([`GlobalCache`], keyed by (globals dict, name)). They hold nothing the program
//! needs: a miss only takes the full lookup. So they are sized for the target
//! ([`CacheSizes`]: the host's sizes by default with the `std` feature, small ones
//! without it; the attribute-site and global caches start at [`START_ENTRIES`] and grow
//! to that size when contended), a port can size them (`Vm::set_cache_sizes`,
//! `Interpreter::set_cache_sizes`), and they are allocated when code first runs, not
//! when the interpreter is made: the runtime's start-up image does not hold them, and a
//! port that resizes them before running anything never allocates the default ones.
//! Their allocation is fallible; a table that does not fit stays empty and every
//! lookup misses. With a port's heap region (`Heap::set_memory_probe`) they take at most
//! a sixteenth of it ([`CacheSizes::fit`]), and a collection that leaves less than an
//! eighth of the region free shrinks them to [`START_ENTRIES`] for good: a program
//! short of memory gets theirs (`Vm::give_back_when_tight`).

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::cell::Cell;

use crate::qstr::QStr;
use crate::value::{ObjRef, Value};

/// Entries of each lookup cache (each rounded down to a power of two; 0 disables a
/// cache). The attribute-site and global caches start smaller and grow to these sizes
/// when contended ([`START_ENTRIES`]). See the module documentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CacheSizes {
    /// Attribute-instruction sites (`attrcache.rs`), 40 bytes each (at least 2:
    /// entries come in buckets of two).
    pub attr_sites: usize,
    /// Class-lookup entries, 24 bytes each.
    pub methods: usize,
    /// Global-lookup entries, 20 bytes each on a 32-bit target.
    pub globals: usize,
}

impl CacheSizes {
    /// A host's sizes (about 65 KiB on a 64-bit machine): what the host port runs with.
    pub const HOST: CacheSizes = CacheSizes {
        attr_sites: 1024,
        methods: 512,
        globals: 256,
    };
    /// A microcontroller's sizes (at most about 14 KiB on a 32-bit target; 1 KiB at
    /// first, see [`START_ENTRIES`]).
    pub const SMALL: CacheSizes = CacheSizes {
        attr_sites: 256,
        methods: 64,
        globals: 128,
    };
    /// No caches: every lookup takes the full path.
    pub const NONE: CacheSizes = CacheSizes {
        attr_sites: 0,
        methods: 0,
        globals: 0,
    };

    /// The default: [`CacheSizes::HOST`] with the `std` feature (an operating system),
    /// [`CacheSizes::SMALL`] without it (firmware).
    pub const fn default_for_build() -> CacheSizes {
        if cfg!(feature = "std") {
            CacheSizes::HOST
        } else {
            CacheSizes::SMALL
        }
    }

    /// Bytes the three tables take when code first runs (before the attribute-site and
    /// global caches grow).
    pub fn start_bytes(&self) -> usize {
        pow2(self.attr_sites, 2).min(START_ENTRIES) * crate::attrcache::SITE_BYTES
            + pow2(self.methods, 2) * core::mem::size_of::<Cell<MethodCacheEntry>>()
            + pow2(self.globals, 2).min(START_ENTRIES) * core::mem::size_of::<GlobalCacheEntry>()
    }

    /// Bytes the three tables take at their full sizes.
    pub fn bytes(&self) -> usize {
        pow2(self.attr_sites, 2) * crate::attrcache::SITE_BYTES
            + pow2(self.methods, 2) * core::mem::size_of::<Cell<MethodCacheEntry>>()
            + pow2(self.globals, 2) * core::mem::size_of::<GlobalCacheEntry>()
    }

    /// These sizes with the biggest table halved until all three fit in `room` bytes
    /// (a table halved below its minimum is disabled).
    pub fn fit(self, room: usize) -> CacheSizes {
        let mut s = CacheSizes {
            attr_sites: pow2(self.attr_sites, 2),
            methods: pow2(self.methods, 2),
            globals: pow2(self.globals, 2),
        };
        while s.bytes() > room {
            let attr = s.attr_sites * crate::attrcache::SITE_BYTES;
            let methods = s.methods * core::mem::size_of::<Cell<MethodCacheEntry>>();
            let globals = s.globals * core::mem::size_of::<GlobalCacheEntry>();
            if attr >= methods && attr >= globals {
                s.attr_sites = pow2(s.attr_sites / 2, 2);
            } else if methods >= globals {
                s.methods = pow2(s.methods / 2, 2);
            } else {
                s.globals = pow2(s.globals / 2, 2);
            }
        }
        s
    }
}

impl Default for CacheSizes {
    fn default() -> Self {
        CacheSizes::default_for_build()
    }
}

/// `n` rounded down to a power of two, 0 when below `min` (or 0), at most 2^20.
pub fn pow2(n: usize, min: usize) -> usize {
    let n = n.min(1 << 20);
    if n < min.max(1) {
        0
    } else {
        1 << (usize::BITS - 1 - n.leading_zeros())
    }
}

/// A table of `n` copies of `fill`, or an empty one when the allocator has no room.
pub fn try_table<T: Clone>(n: usize, fill: T) -> Box<[T]> {
    let mut v = Vec::new();
    if v.try_reserve_exact(n).is_err() {
        return Box::default();
    }
    v.resize(n, fill);
    v.into_boxed_slice()
}

/// The shift that maps a hash's top bits to an index in a table of `n` (a power of two)
/// entries; for an empty table any index misses.
fn shift_for(n: usize, hash_bits: u32) -> u32 {
    if n <= 1 {
        hash_bits - 1
    } else {
        hash_bits - n.trailing_zeros()
    }
}

/// One entry of the class-lookup cache: `(class << 32 | name, attribute)`.
pub type MethodCacheEntry = (u64, Option<Value>);

/// `(class, name) -> attribute` along the MRO (`Vm::class_lookup`). Filled through a
/// shared reference (lookups are `&self`), hence the cells. Cleared when any class dict
/// changes and at every collection (slots may be reused).
pub struct MethodCache {
    entries: Box<[Cell<MethodCacheEntry>]>,
    shift: u32,
}

impl Default for MethodCache {
    fn default() -> Self {
        MethodCache::new()
    }
}

impl MethodCache {
    /// An empty (unallocated) cache.
    pub fn new() -> MethodCache {
        MethodCache {
            entries: Box::default(),
            shift: 63,
        }
    }

    /// Allocate `n` entries (a power of two or 0), dropping the old ones.
    pub fn allocate(&mut self, n: usize) {
        self.entries = Box::default();
        self.entries = try_table(n, Cell::new((u64::MAX, None)));
        self.shift = shift_for(self.entries.len(), 64);
    }

    /// The entry for `key` (`class << 32 | name`); `None` when unallocated.
    #[inline]
    pub fn entry(&self, key: u64) -> Option<&Cell<MethodCacheEntry>> {
        let slot = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize;
        self.entries.get(slot)
    }

    pub fn clear(&self) {
        for e in self.entries.iter() {
            e.set((u64::MAX, None));
        }
    }

    /// Give back all but `n` entries (a power of two); what the table held is dropped.
    pub fn shrink(&mut self, n: usize) {
        if self.entries.len() > n {
            self.allocate(n);
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// One entry of the global-lookup cache (see `Vm::load_global`): where `name` was last
/// found for `globals`: at entry `idx` of `globals` itself, or (`builtin_ver` is
/// `Some`) at entry `idx` of `builtins` while `globals` had that version and no `name`.
#[derive(Clone, Copy)]
pub struct GlobalCacheEntry {
    pub globals: ObjRef,
    pub name: QStr,
    pub idx: u32,
    pub builtin_ver: Option<u32>,
}

impl GlobalCacheEntry {
    /// Matches no lookup (no code runs with the `None` singleton as its globals).
    pub const EMPTY: GlobalCacheEntry = GlobalCacheEntry {
        globals: ObjRef(u32::MAX),
        name: QStr(0),
        idx: 0,
        builtin_ver: None,
    };
}

/// Entries a growing cache (the attribute-site and global-lookup caches) starts with;
/// it doubles, up to its size in [`CacheSizes`], each time it has evicted as many live
/// entries for other keys as it holds. So a small program keeps small tables and a big
/// one gets the port's full size.
pub const START_ENTRIES: usize = 16;

/// `(globals, name) -> dict entry` for `LoadGlobal`; entries are checked on every hit
/// and the table is cleared at every collection (slots may be reused).
pub struct GlobalCache {
    entries: Box<[GlobalCacheEntry]>,
    shift: u32,
    /// The size it may grow to, and the live entries replaced since the last resize.
    max: usize,
    evictions: usize,
}

impl Default for GlobalCache {
    fn default() -> Self {
        GlobalCache::new()
    }
}

impl GlobalCache {
    /// An empty (unallocated) cache.
    pub fn new() -> GlobalCache {
        GlobalCache {
            entries: Box::default(),
            shift: 31,
            max: 0,
            evictions: 0,
        }
    }

    /// Allocate the table, which may grow to `n` entries (a power of two or 0): it
    /// starts with [`START_ENTRIES`] (fewer when `n` is smaller). The old one is dropped.
    pub fn allocate(&mut self, n: usize) {
        self.entries = Box::default();
        self.set_entries(try_table(n.min(START_ENTRIES), GlobalCacheEntry::EMPTY));
        self.max = n;
        self.evictions = 0;
    }

    /// Double the table (dropping what it held); when that does not fit, keep it and
    /// stop growing.
    #[cold]
    #[inline(never)]
    fn grow(&mut self) {
        let t = try_table(self.entries.len() * 2, GlobalCacheEntry::EMPTY);
        if t.is_empty() {
            self.max = self.entries.len();
        } else {
            self.set_entries(t);
        }
        self.evictions = 0;
    }

    fn set_entries(&mut self, entries: Box<[GlobalCacheEntry]>) {
        self.entries = entries;
        self.shift = shift_for(self.entries.len(), 32);
    }

    /// The slot for `name` looked up in `globals` (out of range when unallocated).
    #[inline]
    pub fn slot(&self, globals: ObjRef, name: QStr) -> usize {
        let h = (name.0 ^ globals.0.rotate_left(16)).wrapping_mul(0x9E37_79B9);
        (h >> self.shift) as usize
    }

    #[inline]
    pub fn get(&self, slot: usize) -> Option<&GlobalCacheEntry> {
        self.entries.get(slot)
    }

    /// Remember `e` at `slot` (from [`GlobalCache::slot`]); the table may grow first.
    #[inline]
    pub fn set(&mut self, slot: usize, e: GlobalCacheEntry) {
        let mut slot = slot;
        if let Some(x) = self.entries.get(slot) {
            let live = x.globals != GlobalCacheEntry::EMPTY.globals;
            if live && (x.globals != e.globals || x.name != e.name) {
                self.evictions += 1;
                if self.evictions >= self.entries.len() && self.entries.len() < self.max {
                    self.grow();
                    slot = self.slot(e.globals, e.name);
                }
            }
        }
        if let Some(x) = self.entries.get_mut(slot) {
            *x = e;
        }
    }

    pub fn clear(&mut self) {
        self.entries.fill(GlobalCacheEntry::EMPTY);
    }

    /// Give back all but `n` entries (a power of two) and never grow past `n` again;
    /// what the table held is dropped.
    pub fn shrink(&mut self, n: usize) {
        if self.entries.len() > n {
            self.entries = Box::default();
            self.set_entries(try_table(n, GlobalCacheEntry::EMPTY));
        }
        self.max = self.max.min(self.entries.len());
        self.evictions = 0;
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_round_down_to_powers_of_two() {
        assert_eq!(pow2(0, 1), 0);
        assert_eq!(pow2(1, 2), 0);
        assert_eq!(pow2(2, 2), 2);
        assert_eq!(pow2(100, 1), 64);
        assert_eq!(pow2(1024, 2), 1024);
    }

    #[test]
    fn sizes_fit_in_a_room_by_halving_the_biggest_table() {
        let s = CacheSizes::SMALL;
        assert_eq!(s.fit(usize::MAX), s);
        assert_eq!(s.fit(s.bytes()), s);
        for room in [0, 100, 1000, 4096, 5000, 8192, 12_000] {
            let f = s.fit(room);
            assert!(f.bytes() <= room, "{room}: {f:?}");
            assert!(f.attr_sites <= s.attr_sites && f.methods <= s.methods);
            assert!(f.globals <= s.globals);
            // Halving stops as soon as they fit: doubling any table overshoots.
            if f != s {
                let grown = [
                    CacheSizes {
                        attr_sites: (f.attr_sites * 2).max(2),
                        ..f
                    },
                    CacheSizes {
                        methods: (f.methods * 2).max(2),
                        ..f
                    },
                    CacheSizes {
                        globals: (f.globals * 2).max(2),
                        ..f
                    },
                ];
                assert!(grown.iter().any(|g| g.bytes() > room), "{room}: {f:?}");
            }
        }
        assert_eq!(s.fit(0), CacheSizes::NONE);
    }

    /// Look up names `0..names` in globals dict 1, `rounds` times over, remembering
    /// each at its slot (name `i` at entry `i`).
    fn fill_globals(g: &mut GlobalCache, names: u32, rounds: usize) {
        for _ in 0..rounds {
            for i in 0..names {
                let e = GlobalCacheEntry {
                    globals: ObjRef(1),
                    name: QStr(i),
                    idx: i,
                    builtin_ver: None,
                };
                g.set(g.slot(ObjRef(1), QStr(i)), e);
            }
        }
    }

    #[test]
    fn shrunk_caches_stay_small_and_correct() {
        let mut g = GlobalCache::new();
        g.allocate(64);
        fill_globals(&mut g, 500, 50);
        assert_eq!(g.len(), 64);
        g.shrink(4);
        assert_eq!(g.len(), 4);
        fill_globals(&mut g, 500, 50);
        assert_eq!(g.len(), 4, "a shrunk cache does not grow again");
        for i in 0..500 {
            if let Some(x) = g.get(g.slot(ObjRef(1), QStr(i))) {
                assert!(x.name != QStr(i) || x.idx == i);
            }
        }
        let mut m = MethodCache::new();
        m.allocate(64);
        m.shrink(16);
        assert_eq!(m.len(), 16);
        m.shrink(32);
        assert_eq!(m.len(), 16);
    }

    #[test]
    fn empty_caches_miss() {
        let m = MethodCache::new();
        assert!(m.entry(12345).is_none());
        let g = GlobalCache::new();
        assert!(g.get(g.slot(ObjRef(3), QStr(7))).is_none());
    }

    #[test]
    fn global_cache_grows_when_contended_up_to_its_size() {
        let mut g = GlobalCache::new();
        g.allocate(64);
        assert_eq!(g.len(), START_ENTRIES);
        // A few names that fit: no growth.
        fill_globals(&mut g, 2, 100);
        assert_eq!(g.len(), START_ENTRIES);
        // Many names: it doubles up to its size, and what it holds stays correct.
        fill_globals(&mut g, 500, 50);
        assert_eq!(g.len(), 64);
        for i in 0..500 {
            if let Some(x) = g.get(g.slot(ObjRef(1), QStr(i))) {
                assert!(x.globals != ObjRef(1) || x.name != QStr(i) || x.idx == i);
            }
        }
    }

    #[test]
    fn slots_stay_in_range() {
        for n in [2usize, 4, 64, 256, 1024] {
            let mut g = GlobalCache::new();
            g.allocate(n);
            while g.len() < n {
                g.grow();
            }
            let mut m = MethodCache::new();
            m.allocate(n);
            for i in 0..5000u32 {
                assert!(g.slot(ObjRef(i.wrapping_mul(7919)), QStr(i)) < n);
                assert!(m.entry((i as u64) << 32 | (i as u64 * 31)).is_some());
            }
        }
    }
}
