//! The insertion-ordered hash table behind `dict`, `set`, instance and class namespaces
//! and module globals.
//!
//! Entries live in a vector in insertion order (deleted ones become tombstones until the
//! next compaction); an index table from `hashbrown` maps hashes to entry positions once
//! the dict outgrows a few entries — small dicts (most instance namespaces) are scanned
//! linearly and carry no table at all.
//!
//! Key equality may need to run Python code (`__eq__`), which cannot happen while the
//! dict is borrowed. So lookups take an `eq` callback answering `Some(bool)` when the
//! answer is known natively and `None` when the VM must decide; in that case the lookup
//! returns the candidate positions ([`Find::Ask`]) and the VM compares them itself
//! (see `Vm::dict_find`).

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::mem::size_of;

use hashbrown::HashTable;

use crate::qstr::QStr;
use crate::setorder::SetOrder;
use crate::value::Value;

#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: i64,
    /// `Value::Null` marks a deleted entry.
    pub key: Value,
    pub value: Value,
}

/// The outcome of a lookup by interned string ([`Dict::find_qstr`]).
pub enum QFind {
    Found(usize),
    /// No key equals the name.
    Missing,
    /// Not found natively, but some key with the same hash needs a Python-level `==`.
    Unsure,
}

/// The outcome of a lookup.
pub enum Find {
    Found(usize),
    Missing,
    /// These entries have the right hash but need a Python-level `==` to decide.
    Ask(Vec<usize>),
}

#[derive(Default)]
pub struct Dict {
    entries: Vec<Entry>,
    table: Option<Box<HashTable<u32>>>,
    live: u32,
    /// Bumped whenever a key is added (or the dict is emptied wholesale), so a cache
    /// can remember "this dict has no key `k`" (see `Vm::load_global`).
    version: u32,
    /// Sets only: the CPython-compatible iteration order (see `setorder`).
    order: Option<Box<SetOrder>>,
}

/// Dicts with at most this many entries are searched linearly.
const LINEAR_MAX: usize = 8;

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    /// An empty dict usable in constants and statics.
    pub const fn new_const() -> Dict {
        Dict {
            entries: Vec::new(),
            table: None,
            live: 0,
            version: 0,
            order: None,
        }
    }

    /// An empty table for a set: iterated in CPython's order.
    pub fn new_set() -> Dict {
        Dict {
            order: Some(Box::default()),
            ..Dict::default()
        }
    }

    /// The set order table, if this is a set's table.
    pub fn set_order(&self) -> Option<&SetOrder> {
        self.order.as_deref()
    }

    pub fn with_capacity(n: usize) -> Dict {
        let mut d = Dict {
            entries: Vec::with_capacity(n),
            table: None,
            live: 0,
            version: 0,
            order: None,
        };
        if n > LINEAR_MAX {
            d.table = Some(Box::new(HashTable::with_capacity(n)));
        }
        d
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.live as usize
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// Changes whenever a key is added; equal versions of one dict mean no key was added
    /// in between (unless 2^32 insertions wrapped it around).
    #[inline]
    pub fn version(&self) -> u32 {
        self.version
    }

    /// Move all entries out, leaving this dict empty with a new version.
    pub fn take(&mut self) -> Dict {
        let version = self.version.wrapping_add(1);
        let ordered = self.order.is_some();
        let d = core::mem::take(self);
        self.version = version;
        if ordered {
            self.order = Some(Box::default());
        }
        d
    }

    /// Bytes owned by the table (for heap accounting).
    pub fn heap_size(&self) -> usize {
        self.entries.capacity() * size_of::<Entry>()
            + self.table.as_ref().map_or(0, |t| t.capacity() * 5 + 32)
            + self.order.as_ref().map_or(0, |o| o.heap_size() + 48)
    }

    /// Look `hash` up; `eq(stored_key)` decides equality where it can.
    #[inline]
    pub fn find(&self, hash: i64, mut eq: impl FnMut(Value) -> Option<bool>) -> Find {
        let mut ask = Vec::new();
        match &self.table {
            None => {
                for (i, e) in self.entries.iter().enumerate() {
                    if e.hash == hash && !e.key.is_null() {
                        match eq(e.key) {
                            Some(true) => return Find::Found(i),
                            Some(false) => {}
                            None => ask.push(i),
                        }
                    }
                }
            }
            Some(table) => {
                for &i in table.iter_hash(hash as u64) {
                    let e = &self.entries[i as usize];
                    if e.hash == hash && !e.key.is_null() {
                        match eq(e.key) {
                            Some(true) => return Find::Found(i as usize),
                            Some(false) => {}
                            None => ask.push(i as usize),
                        }
                    }
                }
            }
        }
        if ask.is_empty() {
            Find::Missing
        } else {
            Find::Ask(ask)
        }
    }

    /// Find the live entry whose key is the interned string `name` (with hash `hash`):
    /// interned keys compare as integers, and only keys that are heap objects with the
    /// same hash are handed to `heap_eq` (`Some(equal)` for a heap `str`, `None` when
    /// only Python-level `==` could tell).
    #[inline]
    pub fn find_qstr(
        &self,
        name: QStr,
        hash: i64,
        heap_eq: impl Fn(Value) -> Option<bool>,
    ) -> QFind {
        let mut unsure = false;
        let mut is_name = |e: &Entry| match e.key {
            Value::Str(q) => q == name,
            Value::Obj(_) if e.hash == hash => match heap_eq(e.key) {
                Some(eq) => eq,
                None => {
                    unsure = true;
                    false
                }
            },
            _ => false,
        };
        let found = match &self.table {
            None => self.entries.iter().position(&mut is_name),
            Some(table) => table
                .iter_hash(hash as u64)
                .map(|&i| i as usize)
                .find(|&i| self.entries[i].hash == hash && is_name(&self.entries[i])),
        };
        match found {
            Some(i) => QFind::Found(i),
            None if unsure => QFind::Unsure,
            None => QFind::Missing,
        }
    }

    /// Whether entry `i` is live and keyed by the interned string `name` (a cheap check
    /// of a remembered position).
    #[inline]
    pub fn has_qstr_at(&self, i: usize, name: QStr) -> bool {
        matches!(self.entries.get(i), Some(e) if matches!(e.key, Value::Str(q) if q == name))
    }

    /// The value of entry `i` if it is live and keyed by the interned string `name`.
    #[inline]
    pub fn qstr_value_at(&self, i: usize, name: QStr) -> Option<Value> {
        match self.entries.get(i) {
            Some(Entry {
                key: Value::Str(q),
                value,
                ..
            }) if *q == name => Some(*value),
            _ => None,
        }
    }

    /// Replace the value of entry `i` if it is live and keyed by the interned string
    /// `name`; false otherwise.
    #[inline]
    pub fn set_qstr_value_at(&mut self, i: usize, name: QStr, value: Value) -> bool {
        match self.entries.get_mut(i) {
            Some(e) if matches!(e.key, Value::Str(q) if q == name) => {
                e.value = value;
                true
            }
            _ => false,
        }
    }

    /// Append a new entry; the caller has established that the key is absent. Returns
    /// the new entry's position.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) -> usize {
        self.version = self.version.wrapping_add(1);
        if self.entries.len() == self.entries.capacity() && self.entries.len() > 2 * self.len() {
            self.compact();
        }
        if self.entries.len() == self.entries.capacity() && self.entries.len() < 4 {
            // Small dicts (most instance namespaces) grow one entry at a time.
            self.entries.reserve_exact(1);
        }
        let i = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.live += 1;
        match &mut self.table {
            Some(table) => {
                let entries = &self.entries;
                table.insert_unique(hash as u64, i, |&j| entries[j as usize].hash as u64);
            }
            None => {
                if self.entries.len() > LINEAR_MAX {
                    self.rebuild_table();
                }
            }
        }
        if let Some(order) = &mut self.order {
            let entries = &self.entries;
            order.insert(hash, i as usize, &|j| entries[j].hash);
        }
        i as usize
    }

    /// Make room for `additional` more entries (a bulk update knows how many come).
    pub fn reserve(&mut self, additional: usize) {
        let free = self.entries.capacity() - self.entries.len();
        if additional > free {
            self.entries.reserve_exact(additional);
        }
    }

    /// Give back entry room beyond the current entries.
    pub fn shrink_to_fit(&mut self) {
        self.entries.shrink_to_fit();
    }

    fn rebuild_table(&mut self) {
        let mut table = HashTable::with_capacity(self.entries.len());
        let entries = &self.entries;
        for (i, e) in entries.iter().enumerate() {
            if !e.key.is_null() {
                table.insert_unique(e.hash as u64, i as u32, |&j| {
                    entries[j as usize].hash as u64
                });
            }
        }
        self.table = Some(Box::new(table));
    }

    /// Drop tombstones (entry positions change).
    pub fn compact(&mut self) {
        if let Some(order) = &mut self.order {
            let mut map = Vec::with_capacity(self.entries.len());
            let mut next = 0u32;
            for e in &self.entries {
                map.push(next);
                if !e.key.is_null() {
                    next += 1;
                }
            }
            order.remap(&map);
        }
        self.entries.retain(|e| !e.key.is_null());
        if self.table.is_some() || self.entries.len() > LINEAR_MAX {
            self.rebuild_table();
        }
    }

    #[inline]
    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).filter(|e| !e.key.is_null())
    }

    #[inline]
    pub fn value_at(&self, i: usize) -> Value {
        self.entries[i].value
    }

    #[inline]
    pub fn set_value_at(&mut self, i: usize, value: Value) {
        self.entries[i].value = value;
    }

    /// Remove entry `i`, returning its key and value.
    pub fn remove_at(&mut self, i: usize) -> (Value, Value) {
        let e = self.entries[i];
        if let Some(table) = &mut self.table {
            if let Ok(slot) = table.find_entry(e.hash as u64, |&j| j as usize == i) {
                slot.remove();
            }
        }
        self.entries[i].key = Value::Null;
        self.entries[i].value = Value::Null;
        self.live -= 1;
        if let Some(order) = &mut self.order {
            order.remove(e.hash, i);
        }
        if self.live == 0 {
            self.entries.clear();
            self.table = None;
        }
        (e.key, e.value)
    }

    /// Number of entry positions (live or deleted), the bound for index-based iteration.
    #[inline]
    pub fn capacity_index(&self) -> usize {
        self.entries.len()
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    /// Keys in iteration order (a set's in CPython's table order).
    pub fn keys(&self) -> Vec<Value> {
        match &self.order {
            Some(order) => order.entries().map(|i| self.entries[i].key).collect(),
            None => self.iter().map(|e| e.key).collect(),
        }
    }

    /// Bound for [`Dict::entry_in_order`].
    pub fn positions(&self) -> usize {
        match &self.order {
            Some(order) => order.positions(),
            None => self.entries.len(),
        }
    }

    /// The live entry at iteration position `p`.
    pub fn entry_in_order(&self, p: usize) -> Option<&Entry> {
        match &self.order {
            Some(order) => order.entry_at(p).and_then(|i| self.entry(i)),
            None => self.entry(p),
        }
    }

    /// The entry `set.pop()` takes (advancing the set's pop position).
    pub fn pop_index(&mut self) -> Option<usize> {
        match &mut self.order {
            Some(order) => order.pop_candidate(),
            None => self.first_index(),
        }
    }

    /// CPython's set merge presizing: make room for `min_used` entries when `fill + n`
    /// new entries would pass 3/5 of the table.
    pub fn presize_for(&mut self, n: usize) {
        let entries = &self.entries;
        if let Some(order) = &mut self.order {
            if (order.fill() + n) * 5 >= order.mask() * 3 {
                let min = (order.used() + n) * 2;
                order.resize(min, &|j| entries[j].hash);
            }
        }
    }

    /// After removals: drop deleted slots when they are more than a quarter of the table
    /// (CPython's `difference_update`).
    pub fn shrink_dummies(&mut self) {
        let entries = &self.entries;
        if let Some(order) = &mut self.order {
            if order.fill() - order.used() > order.mask() / 4 {
                let used = order.used();
                let min = if used > 50000 { used * 2 } else { used * 4 };
                order.resize(min, &|j| entries[j].hash);
            }
        }
    }

    pub fn clear(&mut self) {
        if let Some(order) = &mut self.order {
            order.clear();
        }
        self.version = self.version.wrapping_add(1);
        self.entries.clear();
        self.table = None;
        self.live = 0;
    }

    /// The last live entry's position (for `popitem`).
    pub fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| !e.key.is_null())
    }

    pub fn first_index(&self) -> Option<usize> {
        self.entries.iter().position(|e| !e.key.is_null())
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        for e in &self.entries {
            f(e.key);
            f(e.value);
        }
    }

    pub fn clone_shallow(&self) -> Dict {
        if let Some(order) = &self.order {
            return self.set_copy(order);
        }
        let mut d = Dict::with_capacity(self.len());
        for e in self.iter() {
            d.insert_new(e.hash, e.key, e.value);
        }
        d
    }
}

impl Dict {
    /// A copy of a set's table as CPython makes it (merging into an empty set: presized,
    /// then the same layout when the sizes agree and there are no deleted slots,
    /// otherwise reinserted in table order).
    fn set_copy(&self, order: &SetOrder) -> Dict {
        let mut d = Dict::with_capacity(self.len());
        let mut fresh = SetOrder::new();
        let used = order.used();
        if used * 5 >= fresh.mask() * 3 {
            fresh.resize(used * 2, &|_| 0);
        }
        let same = fresh.mask() == order.mask() && order.fill() == used;
        let mut map = alloc::vec![u32::MAX; self.entries.len()];
        for i in order.entries() {
            let e = self.entries[i];
            map[i] = d.entries.len() as u32;
            d.insert_new(e.hash, e.key, e.value);
        }
        if same {
            fresh = SetOrder::copy_layout(order, &map);
        } else {
            let entries = &d.entries;
            for (k, e) in entries.iter().enumerate() {
                fresh.insert(e.hash, k, &|j| entries[j].hash);
            }
        }
        d.order = Some(Box::new(fresh));
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int_eq(k: i64) -> impl FnMut(Value) -> Option<bool> {
        move |v| Some(matches!(v, Value::Int(x) if x == k))
    }

    #[test]
    fn insert_find_remove_many() {
        let mut d = Dict::new();
        for i in 0..100 {
            d.insert_new(i % 7, Value::Int(i), Value::Int(i * 2));
        }
        assert_eq!(d.len(), 100);
        for i in 0..100 {
            match d.find(i % 7, int_eq(i)) {
                Find::Found(j) => assert!(matches!(d.value_at(j), Value::Int(x) if x == i * 2)),
                _ => panic!("missing {i}"),
            }
        }
        for i in (0..100).step_by(2) {
            if let Find::Found(j) = d.find(i % 7, int_eq(i)) {
                d.remove_at(j);
            }
        }
        assert_eq!(d.len(), 50);
        assert!(matches!(d.find(4, int_eq(4)), Find::Missing));
        let keys: Vec<i64> = d
            .iter()
            .map(|e| match e.key {
                Value::Int(x) => x,
                _ => -1,
            })
            .collect();
        assert_eq!(keys.len(), 50);
        assert!(keys.windows(2).all(|w| w[0] < w[1]));
        d.compact();
        assert!(matches!(d.find(5, int_eq(5)), Find::Found(_)));
    }
}
