//! The iteration order of sets, made to match CPython's.
//!
//! CPython iterates a set in the order of its open-addressing hash table, so for keys
//! with deterministic hashes (ints, floats, tuples of them) `print({3, 1, 2})` shows
//! `{1, 2, 3}`. A set's [`Dict`](crate::objdict::Dict) keeps its entries for lookups as
//! usual and additionally carries a [`SetOrder`]: a table of entry positions laid out by
//! the same rules (table sizes, probe sequence of linear runs of 9 slots and a perturbed
//! jump, deleted slots reused by later insertions, growth when 3/5 full). Iteration,
//! `repr` and `pop` walk this table.

use alloc::vec;
use alloc::vec::Vec;

const EMPTY: u32 = 0;
const DUMMY: u32 = 1;
/// Entry `i` is stored as `i + FIRST`.
const FIRST: u32 = 2;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
pub const MIN_SIZE: usize = 8;

#[derive(Clone)]
pub struct SetOrder {
    slots: Vec<u32>,
    /// Active plus deleted slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where the next `pop` starts looking.
    finger: usize,
}

impl Default for SetOrder {
    fn default() -> Self {
        SetOrder::new()
    }
}

impl SetOrder {
    pub fn new() -> SetOrder {
        SetOrder {
            slots: vec![EMPTY; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    pub fn heap_size(&self) -> usize {
        self.slots.capacity() * 4
    }

    pub fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    pub fn fill(&self) -> usize {
        self.fill
    }

    pub fn used(&self) -> usize {
        self.used
    }

    /// The slot a new (absent) key with `hash` goes to, and whether it reuses a deleted
    /// slot.
    fn free_slot(&self, hash: i64) -> (usize, bool) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut reusable = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match self.slots[j] {
                    EMPTY => {
                        return match reusable {
                            Some(d) => (d, true),
                            None => (j, false),
                        }
                    }
                    DUMMY if reusable.is_none() => reusable = Some(j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize)
                & mask;
        }
    }

    /// Record new entry `idx` (a key not yet in the set); `hash_of` gives the hash of
    /// any entry, for regrowing.
    pub fn insert(&mut self, hash: i64, idx: usize, hash_of: &dyn Fn(usize) -> i64) {
        let (slot, reused) = self.free_slot(hash);
        self.slots[slot] = idx as u32 + FIRST;
        self.used += 1;
        if !reused {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                let min = if self.used > 50000 {
                    self.used * 2
                } else {
                    self.used * 4
                };
                self.resize(min, hash_of);
            }
        }
    }

    /// Rebuild the table with room for more than `min_used` entries, dropping deleted
    /// slots; active entries are reinserted in table order.
    pub fn resize(&mut self, min_used: usize, hash_of: &dyn Fn(usize) -> i64) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = core::mem::replace(&mut self.slots, vec![EMPTY; size]);
        for s in old {
            if s >= FIRST {
                let (slot, _) = self.free_slot(hash_of((s - FIRST) as usize));
                self.slots[slot] = s;
            }
        }
        self.fill = self.used;
    }

    /// Forget entry `idx` (with `hash`), leaving a deleted slot.
    pub fn remove(&mut self, hash: i64, idx: usize) {
        let want = idx as u32 + FIRST;
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        // Bounded: a well-formed table finds the entry long before this.
        for _ in 0..=self.slots.len() * 2 + 64 {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if self.slots[j] == want {
                    self.slots[j] = DUMMY;
                    self.used -= 1;
                    return;
                }
                if self.slots[j] == EMPTY {
                    return self.remove_slow(want);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize)
                & mask;
        }
        self.remove_slow(want)
    }

    fn remove_slow(&mut self, want: u32) {
        if let Some(s) = self.slots.iter_mut().find(|s| **s == want) {
            *s = DUMMY;
            self.used -= 1;
        }
    }

    pub fn clear(&mut self) {
        self.slots.clear();
        self.slots.resize(MIN_SIZE, EMPTY);
        self.slots.shrink_to_fit();
        self.fill = 0;
        self.used = 0;
    }

    /// Renumber entries after the entry vector was compacted (`map[old]` is the new
    /// position of a live entry).
    pub fn remap(&mut self, map: &[u32]) {
        for s in self.slots.iter_mut() {
            if *s >= FIRST {
                *s = map[(*s - FIRST) as usize] + FIRST;
            }
        }
    }

    /// Number of table positions (the bound for iteration by position).
    pub fn positions(&self) -> usize {
        self.slots.len()
    }

    /// The entry at table position `p`, if that slot is active.
    pub fn entry_at(&self, p: usize) -> Option<usize> {
        match self.slots.get(p) {
            Some(&s) if s >= FIRST => Some((s - FIRST) as usize),
            _ => None,
        }
    }

    /// Entries in table order.
    pub fn entries(&self) -> impl Iterator<Item = usize> + '_ {
        self.slots
            .iter()
            .filter(|&&s| s >= FIRST)
            .map(|&s| (s - FIRST) as usize)
    }

    /// The entry `set.pop()` removes next (it advances the finger; the caller then
    /// removes the entry).
    pub fn pop_candidate(&mut self) -> Option<usize> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while self.slots[i] < FIRST {
            i = (i + 1) & mask;
        }
        self.finger = i + 1;
        Some((self.slots[i] - FIRST) as usize)
    }

    /// A table laid out exactly like `other`, with entry `i` of `other` renumbered to
    /// `map[i]`.
    pub fn copy_layout(other: &SetOrder, map: &[u32]) -> SetOrder {
        let mut o = other.clone();
        o.remap(map);
        o.finger = 0;
        o
    }
}
