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
use crate::value::{ObjRef, Value};

/// Calls its argument on every root value.
pub type RootWalker<'a> = &'a mut dyn FnMut(&mut dyn FnMut(Value));

/// An allocation did not fit in the heap budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutOfMemory;

pub struct Heap {
    slots: Vec<Option<Obj>>,
    marks: Vec<bool>,
    free: Vec<u32>,
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
    /// The program's budget, applied by `seal` (start-up itself is not limited).
    target_budget: usize,
    /// A port whose allocator is a fixed region (a device's static heap) reports its
    /// free bytes here; a charge that would leave less than `reserve` free fails, so the
    /// allocations the budget does not see yet (frames, the value stack, the compiler)
    /// still find room and running out stays a `MemoryError`, not an allocator abort.
    memory_probe: Option<MemoryProbe>,
    probe_reserve: usize,
}

/// Reads the port allocator's real figures: `(bytes in use, bytes in the region)`.
pub type MemoryProbe = fn() -> (usize, usize);

/// Per-slot bookkeeping that the budget also pays for.
const SLOT_OVERHEAD: usize = 1;

impl Heap {
    pub fn new(budget: usize) -> Heap {
        let startup_budget = usize::MAX / 2;
        Heap {
            slots: Vec::new(),
            marks: Vec::new(),
            free: Vec::new(),
            used: 0,
            budget: startup_budget,
            threshold: startup_budget,
            gc_pending: false,
            enabled: true,
            stress: false,
            collections: 0,
            user_threshold: 0,
            allocated_since_gc: 0,
            worklist: Vec::new(),
            permanent: 0,
            permanent_bytes: 0,
            locked: 0,
            scheduled: Vec::new(),
            sched_running: false,
            target_budget: budget,
            memory_probe: None,
            probe_reserve: 0,
        }
    }

    /// Bound every charge by the allocator's real free space: a charge fails (as over
    /// budget) when less than `reserve` bytes would stay free. See `memory_probe`.
    pub fn set_memory_probe(&mut self, probe: MemoryProbe, reserve: usize) {
        self.memory_probe = Some(probe);
        self.probe_reserve = reserve;
    }

    #[cold]
    #[inline(never)]
    fn probe_refuses(&self, bytes: usize) -> bool {
        match self.memory_probe {
            Some(probe) => {
                let (used, size) = probe();
                // A buffer that grows is reallocated: its old and new blocks are both
                // live for a moment, so a big charge needs twice its size free.
                size.saturating_sub(used)
                    < bytes.saturating_mul(2).saturating_add(self.probe_reserve)
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

    pub fn free_bytes(&self) -> usize {
        self.budget.saturating_sub(self.used)
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
        if new_used > self.budget || (self.memory_probe.is_some() && self.probe_refuses(bytes)) {
            self.gc_pending = true;
            return Err(OutOfMemory);
        }
        self.used = new_used;
        self.allocated_since_gc += bytes;
        if new_used > self.threshold
            || (self.user_threshold != 0 && self.allocated_since_gc > self.user_threshold)
        {
            self.gc_pending = true;
        }
        Ok(())
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

    /// Room for one more slot, allocated fallibly: the slot table is the biggest
    /// single allocation of a full heap, and on a device its doubling must fail as a
    /// `MemoryError` rather than abort (growing by a little when doubling does not fit).
    #[cold]
    #[inline(never)]
    fn grow_slots(&mut self) -> Result<(), OutOfMemory> {
        let fits = |v: &mut Vec<Option<Obj>>| {
            v.try_reserve(1).is_ok()
                || v.try_reserve_exact(64).is_ok()
                || v.try_reserve_exact(1).is_ok()
        };
        if !fits(&mut self.slots) {
            self.gc_pending = true;
            return Err(OutOfMemory);
        }
        if self
            .marks
            .try_reserve(self.slots.capacity() - self.marks.len())
            .is_err()
        {
            self.gc_pending = true;
            return Err(OutOfMemory);
        }
        Ok(())
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
        self.used = self.used.saturating_add(cost);
        self.allocated_since_gc += cost;
        self.gc_pending = true;
        self.place(obj, cost)
    }

    /// Put a charged object in a slot (`cost` is given back if there is none).
    fn place(&mut self, obj: Obj, cost: usize) -> Result<ObjRef, OutOfMemory> {
        if let Some(i) = self.free.pop() {
            self.slots[i as usize] = Some(obj);
            Ok(ObjRef(i))
        } else {
            let i = self.slots.len();
            if i >= u32::MAX as usize {
                return Err(OutOfMemory);
            }
            if (i == self.slots.capacity() || i == self.marks.capacity())
                && self.grow_slots().is_err()
            {
                self.uncharge(cost);
                return Err(OutOfMemory);
            }
            self.slots.push(Some(obj));
            self.marks.push(false);
            Ok(ObjRef(i as u32))
        }
    }

    /// Every live object, for rare whole-heap updates (a hook added to a class is
    /// propagated to the flags of its existing subclasses).
    pub fn objects_mut(&mut self) -> impl Iterator<Item = &mut Obj> {
        self.slots.iter_mut().flatten()
    }

    #[inline]
    pub fn get(&self, r: ObjRef) -> &Obj {
        match self.slots.get(r.index()) {
            Some(Some(obj)) => obj,
            _ => dangling(r),
        }
    }

    #[inline]
    pub fn get_mut(&mut self, r: ObjRef) -> &mut Obj {
        match self.slots.get_mut(r.index()) {
            Some(Some(obj)) => obj,
            _ => dangling(r),
        }
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
        self.slots.len() - self.free.len()
    }

    /// Mark everything reachable from `roots`, free everything else, and recompute the
    /// bytes in use from the survivors.
    pub fn collect(&mut self, roots: RootWalker<'_>) {
        let mut worklist = core::mem::take(&mut self.worklist);
        {
            let marks = &mut self.marks;
            let mut push = |v: Value| {
                if let Value::Obj(r) = v {
                    let m = &mut marks[r.index()];
                    if !*m {
                        *m = true;
                        worklist.push(r.0);
                    }
                }
            };
            roots(&mut push);
            for &(f, x) in &self.scheduled {
                push(f);
                push(x);
            }
        }
        while let Some(i) = worklist.pop() {
            if let Some(obj) = &self.slots[i as usize] {
                let marks = &mut self.marks;
                obj.trace(&mut |v: Value| {
                    if let Value::Obj(r) = v {
                        if let Some(m) = marks.get_mut(r.index()) {
                            if !*m {
                                *m = true;
                                worklist.push(r.0);
                            }
                        }
                    }
                });
            }
        }
        self.worklist = worklist;
        let mut used = 0usize;
        let permanent = self.permanent as usize;
        for (i, slot) in self.slots.iter_mut().enumerate() {
            if i < permanent {
                self.marks[i] = false;
                continue;
            }
            if self.marks[i] {
                self.marks[i] = false;
                if let Some(obj) = slot {
                    used += obj.heap_size() + SLOT_OVERHEAD;
                }
            } else if slot.is_some() {
                *slot = None;
                self.free.push(i as u32);
            }
        }
        // Trailing free slots can be dropped from the table entirely.
        let before = self.slots.len();
        while matches!(self.slots.last(), Some(None)) {
            self.slots.pop();
            self.marks.pop();
        }
        if self.slots.len() != before {
            let n = self.slots.len() as u32;
            self.free.retain(|&i| i < n);
        }

        self.used = used;
        self.allocated_since_gc = 0;
        // Under stress testing, ask again at the very next safe point.
        self.gc_pending = self.stress;
        self.collections += 1;
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
