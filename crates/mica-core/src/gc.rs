//! The garbage-collected heap: a slot table of objects with a fixed byte budget and a
//! precise mark-and-sweep collector.
//!
//! Every object lives in one slot and is charged [`Obj::heap_size`] bytes. An allocation
//! (or container growth) that would take the total past the budget fails with
//! [`OutOfMemory`], which the VM turns into a catchable `MemoryError`; the heap never
//! grows past its budget.
//!
//! Collection runs only at VM safe points (between instructions, see `Vm::maybe_collect`),
//! where every live value is reachable from the roots the VM hands to [`Heap::collect`]:
//! the value stack, the frames, the module table, the builtins and `Vm::temp_roots`.
//! Allocation itself never collects, so native code may hold values in Rust locals
//! freely as long as it does not call back into Python code while holding them
//! unrooted. When usage passes the adaptive threshold, [`Heap::gc_pending`] asks the VM
//! for a collection at its next safe point.

use alloc::vec::Vec;

use crate::object::Obj;
use crate::slottable::{Marks, Slot, SlotTable, NO_FREE};
use crate::value::{ObjRef, Value};

/// Calls its argument on every root value.
pub type RootWalker<'a> = &'a mut dyn FnMut(&mut dyn FnMut(Value));

/// An allocation did not fit in the heap budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutOfMemory;

/// Entries of mark stack kept between collections.
const WORKLIST_KEEP: usize = 256;

/// The mark stack grows without limit but for the unit tests, where a tiny one makes
/// every collection take the overflow path (see `Heap::collect`).
#[cfg(not(test))]
const MARK_STACK_LIMIT: usize = usize::MAX;
#[cfg(test)]
const MARK_STACK_LIMIT: usize = 2;

pub struct Heap {
    slots: SlotTable,
    marks: Marks,
    /// The first free slot (`NO_FREE`: none); see `Slot::Free`.
    free_head: u32,
    used: usize,
    budget: usize,
    threshold: usize,
    /// Set when usage passed the threshold; cleared by a collection.
    pub gc_pending: bool,
    /// `gc.disable()` clears this; allocation still respects the budget.
    pub enabled: bool,
    /// Test hook: collect at every safe point.
    pub stress: bool,
    pub collections: u64,
    /// `gc.threshold(n)`: collect after this many bytes were allocated (0: automatic).
    pub user_threshold: usize,
    allocated_since_gc: usize,
    /// Bytes charged since the program started, and the most ever in use at once
    /// (`micropython.mem_total()` / `mem_peak()`).
    pub charged_total: usize,
    pub used_peak: usize,
    worklist: Vec<u32>,
    /// Slots below this index hold the runtime's own objects (built-in types, their
    /// methods, `builtins`), made before the program starts: never freed and not charged
    /// to the program's budget, like MicroPython's ROM tables.
    permanent: u32,
    permanent_bytes: usize,
    /// `micropython.heap_lock()` depth: while non-zero every charge fails.
    pub locked: u32,
    /// Calls queued by `micropython.schedule`, run by the VM at its next safe point
    /// (the queue is a root of every collection).
    pub scheduled: Vec<(Value, Value)>,
    /// Set while scheduled calls run, so they are not re-entered.
    pub sched_running: bool,
    /// Set by the collection after a `MemoryError`: the end of the exception handler
    /// (`PopExcept`) asks for one more collection (see `Vm::run`).
    pub collect_after_handler: bool,
    /// The program's budget, applied by `seal` (start-up itself is not limited).
    target_budget: usize,
    /// A port whose allocator is a fixed region (a device's static heap) reports its
    /// free bytes here; a charge that would leave less than `reserve` free fails, so the
    /// allocations the budget does not see yet (frames, the value stack, the compiler)
    /// still find room and running out stays a `MemoryError`, not an allocator abort.
    memory_probe: Option<MemoryProbe>,
    probe_reserve: usize,
    /// With a probe: ask for a collection once the allocator's real usage passes this
    /// (the budget's figures leave out allocations the probe sees, so they alone would
    /// let real memory run out before a collection was ever asked for).
    real_threshold: usize,
    /// Told when a collection has finished (see `set_collect_hook`).
    collect_hook: Option<fn()>,
}

/// Reads the port allocator's real figures: `(bytes in use, bytes in the region)`.
pub type MemoryProbe = fn() -> (usize, usize);

/// Per-slot bookkeeping that the budget also pays for.
const SLOT_OVERHEAD: usize = 1;

impl Heap {
    pub fn new(budget: usize) -> Heap {
        let startup_budget = usize::MAX / 2;
        Heap {
            slots: SlotTable::new(),
            marks: Marks::new(),
            free_head: NO_FREE,
            used: 0,
            budget: startup_budget,
            threshold: startup_budget,
            gc_pending: false,
            enabled: true,
            stress: false,
            collections: 0,
            user_threshold: 0,
            allocated_since_gc: 0,
            charged_total: 0,
            used_peak: 0,
            worklist: Vec::new(),
            permanent: 0,
            permanent_bytes: 0,
            locked: 0,
            scheduled: Vec::new(),
            sched_running: false,
            collect_after_handler: false,
            target_budget: budget,
            memory_probe: None,
            probe_reserve: 0,
            real_threshold: usize::MAX,
            collect_hook: None,
        }
    }

    /// Bound every charge by the allocator's real free space: a charge fails (as over
    /// budget) when less than `reserve` bytes would stay free. See `memory_probe`.
    pub fn set_memory_probe(&mut self, probe: MemoryProbe, reserve: usize) {
        self.memory_probe = Some(probe);
        self.probe_reserve = reserve;
        self.set_real_threshold();
    }

    /// Call `hook` at the end of every collection: a port whose allocator had to serve
    /// an allocation from its emergency room reports the region as full until the next
    /// collection (so charges fail and the program unwinds rather than the allocator
    /// failing), and learns here that the collection has run.
    pub fn set_collect_hook(&mut self, hook: fn()) {
        self.collect_hook = Some(hook);
    }

    /// With a probe, the real usage at which the next collection is asked for: the
    /// same rule as the budget's threshold (see the end of `collect`), on real bytes.
    fn set_real_threshold(&mut self) {
        let Some(probe) = self.memory_probe else {
            return;
        };
        let (used, size) = probe();
        let grow = used.max(size / 4).max(16 * 1024);
        let limit = size.saturating_sub(size / 16 + self.probe_reserve);
        let step = (size / 256).max(4 * 1024);
        self.real_threshold = if used + grow <= limit {
            used + grow
        } else {
            limit.max(used + step).min(size)
        };
    }

    /// Whether the allocator's real free space refuses a charge of `bytes` (see
    /// `probe_refuses`); asks for a collection when real usage passed its threshold.
    #[inline(never)]
    fn probe_charge_refused(&mut self, bytes: usize) -> bool {
        let Some(probe) = self.memory_probe else {
            return false;
        };
        let (used, size) = probe();
        if used > self.real_threshold {
            self.gc_pending = true;
        }
        Self::refuses(used, size, bytes, self.probe_reserve)
    }

    /// A buffer that grows is reallocated: its old and new blocks are both live for a
    /// moment, so a big charge needs twice its size free, plus the reserve.
    fn refuses(used: usize, size: usize, bytes: usize, reserve: usize) -> bool {
        size.saturating_sub(used) < bytes.saturating_mul(2).saturating_add(reserve)
    }

    #[cold]
    #[inline(never)]
    fn probe_refuses(&self, bytes: usize) -> bool {
        match self.memory_probe {
            Some(probe) => {
                let (used, size) = probe();
                Self::refuses(used, size, bytes, self.probe_reserve)
            }
            None => false,
        }
    }

    /// Make every object allocated so far permanent and give the program the whole
    /// budget (called once the runtime has finished starting up).
    pub fn seal(&mut self) {
        self.budget = self.target_budget;
        self.threshold = (self.budget / 4).max(16 * 1024).min(self.budget);
        self.permanent = self.slots.len() as u32;
        self.permanent_bytes = self.used;
        self.used = 0;
        self.allocated_since_gc = 0;
        self.charged_total = 0;
        self.used_peak = 0;
        self.gc_pending = self.stress;
    }

    /// Bytes held by the runtime's permanent objects.
    pub fn permanent_bytes(&self) -> usize {
        self.permanent_bytes
    }

    pub fn budget(&self) -> usize {
        self.budget
    }

    /// Bytes currently charged (live objects plus garbage not yet collected).
    pub fn used(&self) -> usize {
        self.used
    }

    /// Bytes the program could still be charged: the budget's, and with a memory probe
    /// no more than the allocator really has free above the reserve.
    pub fn free_bytes(&self) -> usize {
        let free = self.budget.saturating_sub(self.used);
        match self.memory_probe {
            Some(probe) => {
                let (used, size) = probe();
                free.min(size.saturating_sub(used).saturating_sub(self.probe_reserve))
            }
            None => free,
        }
    }

    /// Whether a port's region (see `set_memory_probe`) has less than half its reserve
    /// left: what is not charged before it is allocated must stop there.
    pub fn region_exhausted(&self) -> bool {
        match self.memory_probe {
            Some(probe) => {
                let (used, size) = probe();
                size.saturating_sub(used) < self.probe_reserve / 2
            }
            None => false,
        }
    }

    /// The port's memory probe, if it gave one.
    pub fn memory_probe(&self) -> Option<MemoryProbe> {
        self.memory_probe
    }

    /// The bytes a memory probe keeps free for allocations the budget does not see
    /// (`None` without a probe: see `set_memory_probe`).
    pub fn probe_reserve(&self) -> Option<usize> {
        self.memory_probe.map(|_| self.probe_reserve)
    }

    /// The allocator's real `(bytes in use, region size)` when the port reports them
    /// (see `set_memory_probe`): what `gc.mem_alloc()`/`gc.mem_free()` show on a device.
    pub fn real_usage(&self) -> Option<(usize, usize)> {
        self.memory_probe.map(|p| p())
    }

    /// Charge `bytes` against the budget (container growth, new objects).
    #[inline]
    pub fn charge(&mut self, bytes: usize) -> Result<(), OutOfMemory> {
        if self.locked > 0 && bytes > 0 {
            return Err(OutOfMemory);
        }
        let new_used = self.used.checked_add(bytes).ok_or(OutOfMemory)?;
        if new_used > self.budget
            || (self.memory_probe.is_some() && self.probe_charge_refused(bytes))
        {
            self.gc_pending = true;
            return Err(OutOfMemory);
        }
        self.used = new_used;
        self.allocated_since_gc += bytes;
        self.charged_total = self.charged_total.wrapping_add(bytes);
        self.used_peak = self.used_peak.max(new_used);
        if self.past_threshold() {
            self.gc_pending = true;
        }
        Ok(())
    }

    /// Whether what is charged has passed the collection threshold, or what was charged
    /// since the last collection has passed the user's (`gc.threshold`).
    fn past_threshold(&self) -> bool {
        self.used > self.threshold
            || (self.user_threshold != 0 && self.allocated_since_gc > self.user_threshold)
    }

    /// Whether `bytes` more could be charged right now.
    pub fn can_charge(&self, bytes: usize) -> bool {
        self.used
            .checked_add(bytes)
            .is_some_and(|u| u <= self.budget)
            && !(self.memory_probe.is_some() && self.probe_refuses(bytes))
    }

    /// Give bytes back (a container shrank, an object was emptied).
    pub fn uncharge(&mut self, bytes: usize) {
        self.used = self.used.saturating_sub(bytes);
    }

    pub fn alloc(&mut self, obj: Obj) -> Result<ObjRef, OutOfMemory> {
        let cost = obj.heap_size() + SLOT_OVERHEAD;
        self.charge(cost)?;
        self.place(obj, cost)
    }

    /// Allocate even past the budget: for the runtime's own small method tables, made
    /// when a built-in module is first imported, which may happen with the heap full
    /// (they then count as the program's, and the next allocation fails instead).
    pub fn alloc_forced(&mut self, obj: Obj) -> Result<ObjRef, OutOfMemory> {
        let cost = obj.heap_size() + SLOT_OVERHEAD;
        self.charge_forced(cost);
        self.place(obj, cost)
    }

    /// Charge `bytes` even past the budget (or with the heap locked): see
    /// [`Heap::alloc_forced`].
    ///
    /// A collection is asked for only when an ordinary charge would have asked for one
    /// (past the threshold or the budget, or the real memory past its threshold): the
    /// built-in names and native methods a program looks up for the first time are
    /// charged here, and a collection for each would also empty the lookup caches.
    pub fn charge_forced(&mut self, bytes: usize) {
        self.used = self.used.saturating_add(bytes);
        self.allocated_since_gc += bytes;
        self.charged_total = self.charged_total.wrapping_add(bytes);
        self.used_peak = self.used_peak.max(self.used);
        if self.past_threshold()
            || self.used > self.budget
            || self.locked > 0
            || (self.memory_probe.is_some() && self.probe_charge_refused(bytes))
        {
            self.gc_pending = true;
        }
    }

    /// Put a charged object in a slot (`cost` is given back if there is none).
    fn place(&mut self, obj: Obj, cost: usize) -> Result<ObjRef, OutOfMemory> {
        let i = self.free_head;
        if let Some(slot) = self.slots.get_mut(i as usize) {
            if let Slot::Free(next) = core::mem::replace(slot, Slot::Live(obj)) {
                self.free_head = next;
            }
            Ok(ObjRef(i))
        } else {
            let i = self.slots.len();
            if i >= NO_FREE as usize {
                self.uncharge(cost);
                return Err(OutOfMemory);
            }
            // The table grows a chunk at a time, fallibly: on a device the growth must
            // fail as a `MemoryError` rather than abort.
            if self.slots.push(Slot::Live(obj)).is_err() {
                self.gc_pending = true;
                self.uncharge(cost);
                return Err(OutOfMemory);
            }
            if self.marks.cover(self.slots.capacity()).is_err() {
                self.slots.pop();
                self.gc_pending = true;
                self.uncharge(cost);
                return Err(OutOfMemory);
            }
            Ok(ObjRef(i as u32))
        }
    }

    /// Every live object, for rare whole-heap updates (a hook added to a class is
    /// propagated to the flags of its existing subclasses).
    pub fn objects_mut(&mut self) -> impl Iterator<Item = &mut Obj> {
        self.slots.iter_mut().filter_map(|s| match s {
            Slot::Live(obj) => Some(obj),
            Slot::Free(_) => None,
        })
    }

    #[inline]
    pub fn get(&self, r: ObjRef) -> &Obj {
        match self.slots.get(r.index()) {
            Some(Slot::Live(obj)) => obj,
            _ => dangling(r),
        }
    }

    #[inline]
    pub fn get_mut(&mut self, r: ObjRef) -> &mut Obj {
        match self.slots.get_mut(r.index()) {
            Some(Slot::Live(obj)) => obj,
            _ => dangling(r),
        }
    }

    /// Put `obj` in the place of the object at `r`, a placeholder start-up reserved (see
    /// `Vm::exc_class`). A permanent slot's growth is counted with the permanent objects:
    /// like everything start-up makes, it is not the program's.
    pub fn fill_reserved(&mut self, r: ObjRef, obj: Obj) {
        let grow = obj.heap_size().saturating_sub(self.get(r).heap_size());
        if r.0 < self.permanent {
            self.permanent_bytes += grow;
        } else {
            self.used += grow;
        }
        *self.get_mut(r) = obj;
    }

    /// Replace an object in place (used when an object is rebuilt, e.g. a list resized by
    /// slice assignment), re-charging the size difference.
    pub fn replace(&mut self, r: ObjRef, obj: Obj) -> Result<(), OutOfMemory> {
        let old = self.get(r).heap_size();
        let new = obj.heap_size();
        if new > old {
            self.charge(new - old)?;
        } else {
            self.uncharge(old - new);
        }
        *self.get_mut(r) = obj;
        Ok(())
    }

    /// Number of live slots.
    pub fn object_count(&self) -> usize {
        self.slots
            .iter()
            .filter(|s| matches!(s, Slot::Live(_)))
            .count()
    }

    /// Bytes of RAM the slot table itself takes (slots, marks, the kept mark stack).
    pub fn table_bytes(&self) -> usize {
        self.slots.bytes() + self.marks.bytes() + self.worklist.capacity() * 4
    }

    /// Every live object (for memory reports).
    pub fn objects(&self) -> impl Iterator<Item = &Obj> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Live(obj) => Some(obj),
            Slot::Free(_) => None,
        })
    }

    /// `(slots in use or free, slots allocated)` of the slot table.
    pub fn slot_table(&self) -> (usize, usize) {
        (self.slots.len(), self.slots.capacity())
    }

    /// Mark everything reachable from `roots`, free everything else, and recompute the
    /// bytes in use from the survivors.
    ///
    /// The mark stack (`worklist`) grows fallibly: when it cannot, the object is marked
    /// but not pushed, and once the stack has drained the table is rescanned for marked
    /// objects to trace again, until a pass completes without running out. So a
    /// collection on a full heap finishes, only slower; it never aborts.
    pub fn collect(&mut self, roots: RootWalker<'_>) {
        let mut worklist = core::mem::take(&mut self.worklist);
        let mut overflow = false;
        {
            let marks = &mut self.marks;
            let mut push = |v: Value| mark(marks, &mut worklist, &mut overflow, v);
            roots(&mut push);
            for &(f, x) in &self.scheduled {
                push(f);
                push(x);
            }
        }
        self.drain(&mut worklist, &mut overflow);
        while overflow {
            overflow = false;
            for i in 0..self.slots.len() {
                if self.marks.get(i) {
                    if let Some(Slot::Live(obj)) = self.slots.get(i) {
                        let marks = &mut self.marks;
                        obj.trace(&mut |v| mark(marks, &mut worklist, &mut overflow, v));
                    }
                    self.drain(&mut worklist, &mut overflow);
                }
            }
        }
        // The mark stack is only needed while marking: give back what a big object
        // graph made it grow to. On a device it grew into the room kept free for what
        // the budget does not see, and holding on to it would leave the program's next
        // small allocations refused until another collection.
        worklist.shrink_to(WORKLIST_KEEP);
        self.worklist = worklist;
        let mut used = 0usize;
        let permanent = self.permanent as usize;
        // Sweep, threading every free slot (old and new) into the free list in
        // ascending order, so the highest free slot is reused first.
        let mut head = NO_FREE;
        let marks = &self.marks;
        for (i, slot) in self.slots.iter_mut().enumerate().skip(permanent) {
            if marks.get(i) {
                if let Slot::Live(obj) = slot {
                    used += obj.heap_size() + SLOT_OVERHEAD;
                }
            } else {
                *slot = Slot::Free(head);
                head = i as u32;
            }
        }
        self.marks.clear();
        // Trailing free slots are dropped from the table entirely (and chunks past the
        // end are given back): they are the highest free slots, so the first ones of the
        // list.
        while self.slots.len() > permanent {
            match self.slots.get(self.slots.len() - 1) {
                Some(&Slot::Free(next)) => {
                    head = next;
                    self.slots.pop();
                }
                _ => break,
            }
        }
        let _ = self.marks.cover(self.slots.capacity());
        self.free_head = head;

        // Growth the charges did not see still counts as allocated (`mem_total`).
        if used > self.used {
            self.charged_total = self.charged_total.wrapping_add(used - self.used);
        }
        self.used_peak = self.used_peak.max(used);
        self.used = used;
        self.allocated_since_gc = 0;
        // Under stress testing, ask again at the very next safe point.
        self.gc_pending = self.stress;
        self.collections += 1;
        if let Some(hook) = self.collect_hook {
            hook();
        }
        // Next collection when the live size has doubled (at least a quarter of the
        // budget more: each collection retraces all live data, so small live sets must
        // not make collections frequent), but always leave some headroom below the budget
        // for the last instruction's work.
        let grow = used.max(self.budget / 4).max(16 * 1024);
        let headroom = self.budget / 16;
        let limit = self.budget.saturating_sub(headroom);
        // When live data already sits inside the headroom, collect again after a small
        // step of allocation (1/256 of the budget): garbage that dies near a full heap is
        // reclaimed soon, without a collection per allocating instruction (which made
        // filling a big heap quadratic).
        let step = (self.budget / 256).max(4 * 1024);
        self.threshold = if used + grow <= limit {
            used + grow
        } else {
            limit.max(used + step).min(self.budget)
        };
        self.set_real_threshold();
    }
}

impl Heap {
    /// Trace everything on the mark stack (see `collect`).
    fn drain(&mut self, worklist: &mut Vec<u32>, overflow: &mut bool) {
        while let Some(i) = worklist.pop() {
            if let Some(Slot::Live(obj)) = self.slots.get(i as usize) {
                let marks = &mut self.marks;
                obj.trace(&mut |v| mark(marks, worklist, overflow, v));
            }
        }
    }
}

/// Mark `v`'s object, if unmarked, and push it for tracing (fallibly: see `collect`).
#[inline]
fn mark(marks: &mut Marks, worklist: &mut Vec<u32>, overflow: &mut bool, v: Value) {
    if let Value::Obj(r) = v {
        if marks.set(r.index()) {
            let room = worklist.len() < worklist.capacity()
                || (worklist.len() < MARK_STACK_LIMIT && worklist.try_reserve(1).is_ok());
            if room {
                worklist.push(r.0);
            } else {
                *overflow = true;
            }
        }
    }
}

#[cold]
#[inline(never)]
fn dangling(r: ObjRef) -> ! {
    panic!("mica: dangling object reference {}", r.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    /// A sealed heap with one permanent object (as the runtime's own objects are).
    fn sealed_heap(budget: usize) -> (Heap, ObjRef) {
        let mut heap = Heap::new(budget);
        let perm = heap.alloc(Obj::List(vec![Value::Int(1)])).unwrap();
        heap.seal();
        (heap, perm)
    }

    fn set_list(heap: &mut Heap, r: ObjRef, items: Vec<Value>) {
        if let Obj::List(l) = heap.get_mut(r) {
            *l = items;
        }
    }

    /// The bytes the live (non-permanent) objects are charged for.
    fn charged(heap: &Heap, live: &[ObjRef]) -> usize {
        live.iter()
            .map(|&r| heap.get(r).heap_size() + SLOT_OVERHEAD)
            .sum()
    }

    #[test]
    fn unreachable_cycles_are_reclaimed() {
        let (mut heap, _) = sealed_heap(1 << 20);
        let base = heap.object_count();
        let a = heap.alloc(Obj::List(Vec::with_capacity(1))).unwrap();
        let b = heap.alloc(Obj::List(Vec::with_capacity(1))).unwrap();
        set_list(&mut heap, a, vec![Value::Obj(b)]);
        set_list(&mut heap, b, vec![Value::Obj(a)]);
        let c = heap.alloc(Obj::Cell(Value::None)).unwrap();
        // A self-referencing cell.
        *heap.get_mut(c) = Obj::Cell(Value::Obj(c));
        assert_eq!(heap.object_count(), base + 3);
        heap.collect(&mut |_push| {});
        assert_eq!(heap.object_count(), base);
        assert_eq!(heap.used(), 0);
    }

    #[test]
    fn reachable_cycles_survive() {
        let (mut heap, _) = sealed_heap(1 << 20);
        let a = heap.alloc(Obj::List(Vec::with_capacity(1))).unwrap();
        let b = heap.alloc(Obj::List(Vec::with_capacity(1))).unwrap();
        set_list(&mut heap, a, vec![Value::Obj(b)]);
        set_list(&mut heap, b, vec![Value::Obj(a)]);
        let garbage = heap.alloc(Obj::Tuple(vec![Value::Int(5)].into())).unwrap();
        heap.collect(&mut |push| push(Value::Obj(a)));
        assert!(matches!(heap.get(b), Obj::List(l) if l[0].is(Value::Obj(a))));
        assert!(matches!(heap.get(a), Obj::List(l) if l[0].is(Value::Obj(b))));
        // The garbage slot was freed and is reused by the next allocation.
        let again = heap.alloc(Obj::Cell(Value::None)).unwrap();
        assert_eq!(again, garbage);
    }

    #[test]
    fn budget_is_never_exceeded() {
        let budget = 4096;
        let (mut heap, _) = sealed_heap(budget);
        let mut kept = Vec::new();
        while let Ok(r) = heap.alloc(Obj::List(vec![Value::None; 8])) {
            kept.push(r);
            assert!(heap.used() <= budget);
        }
        assert!(!kept.is_empty());
        assert!(heap.used() <= budget);
        assert!(heap.charge(budget).is_err());
        assert!(!heap.can_charge(budget));
        assert!(heap.gc_pending);
        // Growing a container past the budget fails too, without charging anything.
        let before = heap.used();
        let big = Obj::List(vec![Value::None; budget]);
        assert!(heap.replace(kept[0], big).is_err());
        assert_eq!(heap.used(), before);
        // Once everything is garbage, the whole budget is available again.
        heap.collect(&mut |_push| {});
        assert_eq!(heap.used(), 0);
        assert!(heap.alloc(Obj::List(vec![Value::None; 8])).is_ok());
    }

    #[test]
    fn used_is_recomputed_after_collect() {
        let (mut heap, _) = sealed_heap(1 << 20);
        let keep = heap
            .alloc(Obj::List(vec![Value::Int(1), Value::Int(2)]))
            .unwrap();
        let inner = heap.alloc(Obj::Tuple(vec![Value::Int(3)].into())).unwrap();
        set_list(&mut heap, keep, vec![Value::Obj(inner)]);
        for _ in 0..10 {
            heap.alloc(Obj::List(vec![Value::None; 16])).unwrap();
        }
        // Charges drift from the true sizes (e.g. a list shrank without uncharging).
        heap.charge(1000).unwrap();
        heap.collect(&mut |push| push(Value::Obj(keep)));
        assert_eq!(heap.used(), charged(&heap, &[keep, inner]));
        assert!(!heap.gc_pending);
        assert_eq!(heap.collections, 1);
    }

    #[test]
    fn free_slots_are_reused_and_trailing_ones_dropped() {
        let (mut heap, _) = sealed_heap(1 << 20);
        let refs: Vec<ObjRef> = (0..10)
            .map(|_| heap.alloc(Obj::Cell(Value::None)).unwrap())
            .collect();
        let keep = [refs[0], refs[2], refs[4]];
        heap.collect(&mut |push| keep.iter().for_each(|&r| push(Value::Obj(r))));
        assert_eq!(heap.object_count(), 1 + 3);
        assert_eq!(heap.slot_table().0, refs[4].index() + 1);
        // The interior free slots are reused, highest first, then the table grows.
        let again: Vec<ObjRef> = (0..3)
            .map(|_| heap.alloc(Obj::Cell(Value::None)).unwrap())
            .collect();
        assert_eq!(again[0], refs[3]);
        assert_eq!(again[1], refs[1]);
        assert_eq!(again[2].index(), refs[4].index() + 1);
        assert_eq!(heap.object_count(), 1 + 6);
    }

    #[test]
    fn marking_survives_a_full_mark_stack() {
        // A chain and a wide list: under test the mark stack holds two entries, so
        // marking overflows and rescans; everything reachable must survive.
        let (mut heap, _) = sealed_heap(1 << 20);
        let mut prev = Value::None;
        let mut chain = Vec::new();
        for _ in 0..50 {
            let c = heap.alloc(Obj::Cell(prev)).unwrap();
            chain.push(c);
            prev = Value::Obj(c);
        }
        let leaves: Vec<Value> = (0..50)
            .map(|_| Value::Obj(heap.alloc(Obj::Cell(Value::None)).unwrap()))
            .collect();
        let wide = heap.alloc(Obj::List(leaves)).unwrap();
        let garbage = heap.alloc(Obj::Cell(Value::None)).unwrap();
        let head = prev;
        heap.collect(&mut |push| {
            push(head);
            push(Value::Obj(wide));
        });
        assert_eq!(heap.object_count(), 1 + 50 + 50 + 1);
        assert!(matches!(heap.get(chain[0]), Obj::Cell(Value::None)));
        let _ = garbage;
    }

    #[test]
    fn permanent_objects_survive_and_are_not_charged() {
        let (mut heap, perm) = sealed_heap(1 << 20);
        assert_eq!(heap.used(), 0);
        assert!(heap.permanent_bytes() > 0);
        let tmp = heap.alloc(Obj::List(vec![Value::Obj(perm)])).unwrap();
        heap.collect(&mut |_push| {});
        heap.collect(&mut |_push| {});
        assert!(matches!(heap.get(perm), Obj::List(l) if l.len() == 1));
        assert_eq!(heap.object_count(), 1);
        assert_eq!(heap.used(), 0);
        // The freed slot of `tmp` is reused; the permanent slot never is.
        let next = heap.alloc(Obj::Cell(Value::None)).unwrap();
        assert_ne!(next, perm);
        assert!(next == tmp || next.index() > perm.index());
    }
}
