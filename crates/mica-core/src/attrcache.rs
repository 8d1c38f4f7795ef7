//! Inline caches for the attribute instructions (`LoadAttr`, `StoreAttr`, `LoadMethod`).
//!
//! A direct-mapped side table keyed by instruction site (code object, pc) remembers what
//! the last lookup there found: the receiver's class (or the class/module object itself),
//! where the name sat in the instance dict (a position hint), and the class attribute
//! behind it. A hit is checked, never trusted:
//! - the site's *epoch* must be the current one. The epoch advances whenever any class
//!   dict changes (`invalidate_method_cache`), when an instance's `__class__` is assigned,
//!   and at every collection, so a cached `ObjRef` never names a recycled slot and a cached
//!   class attribute is still what the MRO holds;
//! - the receiver must be an instance of exactly the cached class (or be the cached
//!   class/module object);
//! - a position hint counts only when that dict entry is live and keyed by the name.
//!
//! Sites are filled only when the lookup is the plain `object.__getattribute__` /
//! `__setattr__` path (no override, no data descriptor for the name); anything else takes
//! the full protocol in `attr.rs`.

use alloc::boxed::Box;
use core::cell::Cell;

use crate::error::PyResult;
use crate::objdict::QFind;
use crate::object::{BaseKind, BoundMethod, Obj};
use crate::qstr::{q, QStr};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// The most attribute slots a new instance's dict is made with.
const MAX_PRESIZE: usize = 16;

/// What a site remembers.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Empty,
    /// `LoadAttr` on an instance of `owner`: its dict, then the class attribute `value`
    /// as `fallback` says.
    InstanceLoad,
    /// `LoadAttr` on the class object `owner` itself: `value`, unbound.
    ClassLoad,
    /// `LoadAttr`/`LoadMethod` on the module `owner`: its dict entry at `hint`.
    ModuleLoad,
    /// `StoreAttr` on an instance of `owner`: into its dict (entry `hint` if it matches).
    InstanceStore,
    /// `LoadMethod` on an instance of `owner` finding the method `value`, unless the
    /// instance dict shadows it.
    InstanceMethod,
    /// `LoadMethod` on a built-in object (no instance dict) of type `owner`: `value`.
    TypeMethod,
    /// `LoadMethod` on the class object `owner` itself: the attribute `value` as it is
    /// (`Fallback::Plain`: a function, a static method's function, a plain value), or
    /// the function of a class method to call with `owner` (`Fallback::Bind`).
    ClassMethodLoad,
    /// `LoadMethod` on an instance of `owner` finding a static method (`Fallback::Plain`:
    /// `value` is its function) or a class method (`Fallback::Bind`: `value` is called
    /// with `owner`), unless the instance dict shadows it.
    InstanceClassAttr,
}

/// What an `InstanceLoad` site returns when the instance dict lacks the name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fallback {
    /// Take the full protocol (`__getattr__`, `__dict__`, descriptors...).
    Slow,
    /// Return `value` as it is.
    Plain,
    /// `value` is a Python function: return it bound to the instance.
    Bind,
}

#[derive(Clone, Copy)]
struct Site {
    /// `code << 32 | pc`.
    tag: u64,
    epoch: u32,
    owner: ObjRef,
    kind: Kind,
    fallback: Fallback,
    hint: u32,
    value: Value,
}

const EMPTY: Site = Site {
    tag: u64::MAX,
    epoch: 0,
    owner: ObjRef(u32::MAX),
    kind: Kind::Empty,
    fallback: Fallback::Slow,
    hint: 0,
    value: Value::Null,
};

/// Bytes of one site (for `CacheSizes::bytes`).
pub const SITE_BYTES: usize = core::mem::size_of::<Site>();

/// The site table and the current epoch.
///
/// The table is a power-of-two number of buckets of two entries, so a site that sees
/// two receiver classes (a base-class method called on instances of a subclass too)
/// keeps an answer for each. It is empty until `allocate` (see `caches.rs`: its size is
/// the port's choice), and an empty table misses every lookup.
pub struct AttrCache {
    /// Starts at 1 so that no empty site ever matches. When it wraps around to 0, no
    /// site matches until the next fill empties the table and starts again at 1 (so a
    /// site left from 2^32 epochs ago cannot match).
    epoch: Cell<u32>,
    buckets: Box<[[Site; 2]]>,
    /// Maps a tag's hash to its bucket: `hash >> shift` is a bucket index.
    shift: u32,
    /// The entries it may grow to, and the live entries replaced since the last resize
    /// (see `caches::START_ENTRIES`).
    max: usize,
    evictions: usize,
}

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache::new()
    }
}

impl AttrCache {
    /// An empty (unallocated) table.
    pub fn new() -> AttrCache {
        AttrCache {
            epoch: Cell::new(1),
            buckets: Box::default(),
            shift: 63,
            max: 0,
            evictions: 0,
        }
    }

    /// Allocate the table, which may grow to `n` entries (a power of two, at least 2,
    /// or 0): it starts with `caches::START_ENTRIES` (fewer when `n` is smaller). The
    /// old one is dropped.
    pub fn allocate(&mut self, n: usize) {
        self.buckets = Box::default();
        self.set_table(crate::caches::try_table(
            n.min(crate::caches::START_ENTRIES) / 2,
            [EMPTY; 2],
        ));
        self.max = n;
        self.evictions = 0;
    }

    fn set_table(&mut self, buckets: Box<[[Site; 2]]>) {
        self.buckets = buckets;
        self.shift = match self.buckets.len() {
            0 | 1 => 63,
            len => 64 - len.trailing_zeros(),
        };
    }

    /// Double the table (dropping what it held, which the epoch makes invalid anyway);
    /// when that does not fit, keep it and stop growing.
    #[cold]
    #[inline(never)]
    fn grow(&mut self) {
        let t = crate::caches::try_table(self.buckets.len() * 2, [EMPTY; 2]);
        if t.is_empty() {
            self.max = self.len();
        } else {
            self.set_table(t);
        }
        self.evictions = 0;
    }

    /// Give back all but `n` entries (a power of two, at least 2, or 0) and never grow
    /// past `n` again; what the table held is dropped.
    pub fn shrink(&mut self, n: usize) {
        if self.len() > n {
            self.buckets = Box::default();
            self.set_table(crate::caches::try_table(n / 2, [EMPTY; 2]));
        }
        self.max = self.max.min(self.len());
        self.evictions = 0;
    }

    /// Entries (sites) in the table.
    pub fn len(&self) -> usize {
        self.buckets.len() * 2
    }

    pub fn is_empty(&self) -> bool {
        self.buckets.is_empty()
    }

    /// Invalidate every site (a class changed, or slots may be reused).
    #[inline]
    pub fn bump_epoch(&self) {
        self.epoch.set(self.epoch.get().wrapping_add(1));
    }

    /// The bucket index of `tag`.
    #[inline]
    fn bucket(&self, tag: u64) -> usize {
        (tag.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The valid entries for `tag` (at most two, for different owners).
    #[inline]
    fn entries(&self, tag: u64) -> impl Iterator<Item = &Site> {
        let epoch = self.epoch.get();
        let bucket: &[Site] = match self.buckets.get(self.bucket(tag)) {
            Some(b) => b,
            None => &[],
        };
        bucket
            .iter()
            .filter(move |s| s.tag == tag && s.epoch == epoch)
    }

    /// The valid entry for `tag` and `owner`, if any.
    #[inline]
    fn entry_for(&self, tag: u64, owner: ObjRef) -> Option<&Site> {
        self.entries(tag).find(|s| s.owner == owner)
    }

    #[inline]
    fn set_hint(&mut self, tag: u64, owner: ObjRef, hint: usize) {
        let b = self.bucket(tag);
        let Some(bucket) = self.buckets.get_mut(b) else {
            return;
        };
        for s in bucket {
            if s.tag == tag && s.owner == owner {
                s.hint = hint as u32;
            }
        }
    }

    /// Which entry of `bucket` a new answer for (`tag`, `owner`) goes to: over the old
    /// answer for the same pair, else over an invalid entry, else next to the other
    /// answer of the same site (replacing its second entry), else over the first entry.
    fn victim(bucket: &[Site; 2], epoch: u32, tag: u64, owner: ObjRef) -> usize {
        let [e0, e1] = bucket;
        let valid = |e: &Site| e.epoch == epoch && e.kind != Kind::Empty;
        if e0.tag == tag && e0.owner == owner {
            0
        } else if e1.tag == tag && e1.owner == owner {
            1
        } else if !valid(e0) {
            0
        } else if !valid(e1) || e0.tag == tag {
            1
        } else {
            0
        }
    }

    fn fill(
        &mut self,
        tag: u64,
        owner: ObjRef,
        kind: Kind,
        fallback: Fallback,
        hint: usize,
        value: Value,
    ) {
        if self.epoch.get() == 0 {
            self.buckets.fill([EMPTY; 2]);
            self.epoch.set(1);
        }
        let epoch = self.epoch.get();
        let mut b = self.bucket(tag);
        let Some(bucket) = self.buckets.get(b) else {
            return;
        };
        let old = &bucket[Self::victim(bucket, epoch, tag, owner)];
        if old.epoch == epoch && old.kind != Kind::Empty && old.tag != tag {
            self.evictions += 1;
            if self.evictions >= self.len() && self.len() < self.max {
                self.grow();
                b = self.bucket(tag);
            }
        }
        let Some(bucket) = self.buckets.get_mut(b) else {
            return;
        };
        let at = Self::victim(bucket, epoch, tag, owner);
        bucket[at] = Site {
            tag,
            epoch,
            owner,
            kind,
            fallback,
            hint: hint as u32,
            value,
        };
    }
}

/// The tag of the instruction site `pc` of code object `code`.
#[inline]
pub fn site_tag(code: ObjRef, pc: usize) -> u64 {
    ((code.0 as u64) << 32) | (pc as u32 as u64)
}

/// What the instance-dict probe of a cached site found.
enum Probe {
    Found(Value, Option<usize>),
    Missing,
    NotApplicable,
}

impl Vm {
    /// Look `name` up in the dict of instance `r` if `r` is an instance of `class`,
    /// trying position `hint` first; a found position other than the hint is returned
    /// so the site can remember it.
    #[inline]
    fn probe_instance(&self, r: ObjRef, class: ObjRef, name: QStr, hint: u32) -> Probe {
        let d = match self.heap.get(r) {
            Obj::Instance(i) if i.class == class => i.dict,
            _ => return Probe::NotApplicable,
        };
        let Obj::Dict(dict) = self.heap.get(d) else {
            return Probe::NotApplicable;
        };
        if let Some(v) = dict.qstr_value_at(hint as usize, name) {
            return Probe::Found(v, None);
        }
        match self.qstr_index(dict, name) {
            Some(i) => Probe::Found(dict.value_at(i), Some(i)),
            None => Probe::Missing,
        }
    }

    /// A class attribute that is not a descriptor (returned as it is by attribute lookup
    /// on an instance) or a plain Python function (bound on lookup).
    fn class_attr_fallback(&self, attr: Option<Value>) -> Option<Fallback> {
        let Some(attr) = attr else {
            return Some(Fallback::Slow);
        };
        match attr {
            Value::Obj(a) => match self.heap.get(a) {
                Obj::Function(_) => Some(Fallback::Bind),
                Obj::Property(_) | Obj::Instance(_) | Obj::Host(_) => None,
                Obj::Native(_) | Obj::StaticMethod(_) | Obj::ClassMethod(_) => Some(Fallback::Slow),
                _ => Some(Fallback::Plain),
            },
            _ => Some(Fallback::Plain),
        }
    }

    /// The common hits of the `LoadAttr` at site `tag`, kept small enough to inline into
    /// the dispatch loop: the name at its remembered place in the instance dict, a class
    /// object's plain attribute, a module global at its remembered place. `None` sends
    /// the instruction to `load_attr_cached`.
    #[inline(never)]
    pub fn load_attr_hit(&self, tag: u64, obj: Value, name: QStr) -> Option<Value> {
        let Value::Obj(r) = obj else { return None };
        if let Obj::Instance(i) = self.heap.get(r) {
            let site = self.attr_cache.entry_for(tag, i.class)?;
            if site.kind != Kind::InstanceLoad {
                return None;
            }
            let Obj::Dict(d) = self.heap.get(i.dict) else {
                return None;
            };
            return d.qstr_value_at(site.hint as usize, name);
        }
        let site = self.attr_cache.entry_for(tag, r)?;
        match site.kind {
            Kind::ClassLoad => Some(site.value),
            Kind::ModuleLoad => self.module_entry(r, name, site.hint),
            _ => None,
        }
    }

    /// The class whose entries answer for receiver `obj`: an instance's class, else the
    /// object itself (a class or module receiver); `None` for immediates.
    #[inline]
    fn receiver_owner(&self, obj: Value) -> Option<ObjRef> {
        let Value::Obj(r) = obj else { return None };
        Some(match self.heap.get(r) {
            Obj::Instance(i) => i.class,
            _ => r,
        })
    }

    /// The common hit of the `StoreAttr` at site `tag`: replacing the value of an
    /// instance attribute at its remembered place. False sends the instruction to
    /// `store_attr_cached`.
    #[inline(never)]
    pub fn store_attr_hit(&mut self, tag: u64, obj: Value, name: QStr, value: Value) -> bool {
        let Value::Obj(r) = obj else { return false };
        let (class, d) = match self.heap.get(r) {
            Obj::Instance(i) => (i.class, i.dict),
            _ => return false,
        };
        let Some(site) = self.attr_cache.entry_for(tag, class) else {
            return false;
        };
        if site.kind != Kind::InstanceStore {
            return false;
        }
        let hint = site.hint as usize;
        match self.heap.get_mut(d) {
            Obj::Dict(dict) => dict.set_qstr_value_at(hint, name, value),
            _ => false,
        }
    }

    /// `obj.name` for the `LoadAttr` at site `tag`.
    pub fn load_attr_cached(&mut self, tag: u64, obj: Value, name: QStr) -> PyResult<Value> {
        let owner = self.receiver_owner(obj);
        let site = owner.and_then(|o| self.attr_cache.entry_for(tag, o).copied());
        if let (Some(site), Value::Obj(r)) = (site, obj) {
            match site.kind {
                Kind::InstanceLoad => match self.probe_instance(r, site.owner, name, site.hint) {
                    Probe::Found(v, new_hint) => {
                        if let Some(h) = new_hint {
                            self.attr_cache.set_hint(tag, site.owner, h);
                        }
                        return Ok(v);
                    }
                    Probe::Missing => match site.fallback {
                        Fallback::Plain => return Ok(site.value),
                        Fallback::Bind => {
                            let m = self.alloc(Obj::BoundMethod(Box::new(BoundMethod {
                                func: site.value,
                                self_: obj,
                            })))?;
                            return Ok(Value::Obj(m));
                        }
                        Fallback::Slow => {}
                    },
                    Probe::NotApplicable => {}
                },
                Kind::ClassLoad if r == site.owner => return Ok(site.value),
                Kind::ModuleLoad if r == site.owner => {
                    if let Some(v) = self.module_entry(r, name, site.hint) {
                        return Ok(v);
                    }
                }
                _ => {}
            }
        } else if let Value::Obj(r) = obj {
            // A class this site has no entry for (`cls.x` in a class method called
            // for many classes).
            if let Some(v) = self.class_plain_attr(r, name) {
                self.attr_cache
                    .fill(tag, r, Kind::ClassLoad, Fallback::Plain, 0, v);
                return Ok(v);
            }
        }
        let v = self.get_attr(obj, name)?;
        self.fill_load_site(tag, obj, name, v);
        Ok(v)
    }

    /// `C.name` for a class object `C` (of metaclass `type`) whose attribute is found
    /// along its MRO as it is (not bound, not through `__get__`, not one of the
    /// attributes every class answers first); `None` when the full protocol is needed.
    fn class_plain_attr(&mut self, r: ObjRef, name: QStr) -> Option<Value> {
        if !matches!(self.heap.get(r), Obj::Class(_))
            || self.type_of(Value::Obj(r)) != self.types.type_
            || self.is_class_special(name)
        {
            return None;
        }
        let attr = self.class_lookup(r, name)?;
        let plain = match attr {
            Value::Obj(a) => match self.heap.get(a) {
                Obj::Function(_) | Obj::Class(_) | Obj::Property(_) => true,
                Obj::Instance(_)
                | Obj::Host(_)
                | Obj::StaticMethod(_)
                | Obj::ClassMethod(_)
                | Obj::Native(_) => false,
                _ => true,
            },
            _ => true,
        };
        plain.then_some(attr)
    }

    /// The module's dict entry `hint`, if it still holds `name`.
    #[inline]
    fn module_entry(&self, m: ObjRef, name: QStr, hint: u32) -> Option<Value> {
        let Obj::Module(md) = self.heap.get(m) else {
            return None;
        };
        match self.heap.get(md.dict) {
            Obj::Dict(d) => d.qstr_value_at(hint as usize, name),
            _ => None,
        }
    }

    /// After a full lookup of `obj.name` gave `found`: remember the site if the lookup
    /// was the plain one.
    fn fill_load_site(&mut self, tag: u64, obj: Value, name: QStr, found: Value) {
        let Value::Obj(r) = obj else { return };
        match self.heap.get(r) {
            Obj::Instance(i) => {
                let (class, d) = (i.class, i.dict);
                match self.heap.get(class) {
                    Obj::Class(c) if !c.has_getattribute => {}
                    _ => return,
                }
                let found = self.class_lookup(class, name);
                let Some(fallback) = self.class_attr_fallback(found) else {
                    return;
                };
                let value = self.class_lookup(class, name).unwrap_or(Value::Null);
                let hint = match self.heap.get(d) {
                    Obj::Dict(dict) => self.qstr_index(dict, name).unwrap_or(0),
                    _ => return,
                };
                self.attr_cache
                    .fill(tag, class, Kind::InstanceLoad, fallback, hint, value);
            }
            Obj::Class(_) => {
                let Some(attr) = self.class_plain_attr(r, name) else {
                    return;
                };
                if attr.is(found) {
                    self.attr_cache
                        .fill(tag, r, Kind::ClassLoad, Fallback::Plain, 0, attr);
                }
            }
            Obj::Module(m) => {
                let hint = match self.heap.get(m.dict) {
                    Obj::Dict(d) => self.qstr_index(d, name),
                    _ => None,
                };
                if let Some(h) = hint {
                    self.attr_cache
                        .fill(tag, r, Kind::ModuleLoad, Fallback::Plain, h, Value::Null);
                }
            }
            _ => {}
        }
    }

    /// After a full `LoadMethod` on `obj` that found the attribute `found`: remember a
    /// static or class method found through an instance of a plain class, or any
    /// attribute of a class object (not through a metaclass) that `LoadMethod` pushes
    /// as it is or as a class method.
    fn fill_class_attr_method_site(&mut self, tag: u64, r: ObjRef, name: QStr, found: Value) {
        let (owner, kind, on_class) = match self.heap.get(r) {
            Obj::Instance(i) => {
                let class = i.class;
                match self.heap.get(class) {
                    Obj::Class(c) if !c.has_getattribute => {}
                    _ => return,
                }
                (class, Kind::InstanceClassAttr, false)
            }
            Obj::Class(_) => {
                if self.type_of(Value::Obj(r)) != self.types.type_ || self.is_class_special(name) {
                    return;
                }
                (r, Kind::ClassMethodLoad, true)
            }
            _ => return,
        };
        let Some(attr) = self.class_lookup(owner, name) else {
            return;
        };
        let Some((fallback, value)) = self.class_attr_for_method(attr, on_class) else {
            return;
        };
        // A plain answer must be what the full lookup gave.
        if fallback == Fallback::Plain && !value.is(found) {
            return;
        }
        self.attr_cache.fill(tag, owner, kind, fallback, 0, value);
    }

    /// The attributes every class answers before its dict (see `class_special_attr`).
    fn is_class_special(&self, name: QStr) -> bool {
        [
            q::__name__,
            q::__qualname__,
            q::__bases__,
            q::__base__,
            q::__mro__,
            q::__dict__,
            q::__class__,
            q::__doc__,
            q::__module__,
        ]
        .contains(&name)
    }

    /// `obj.name = value` for the `StoreAttr` at site `tag`.
    pub fn store_attr_cached(
        &mut self,
        tag: u64,
        obj: Value,
        name: QStr,
        value: Value,
    ) -> PyResult<()> {
        let site = self
            .receiver_owner(obj)
            .and_then(|o| self.attr_cache.entry_for(tag, o));
        if let (Some(site), Value::Obj(r)) = (site, obj) {
            let (owner, hint) = (site.owner, site.hint as usize);
            if site.kind == Kind::InstanceStore {
                if let Obj::Instance(i) = self.heap.get(r) {
                    if i.class == owner {
                        let d = i.dict;
                        if let Obj::Dict(dict) = self.heap.get_mut(d) {
                            if dict.has_qstr_at(hint, name) {
                                dict.set_value_at(hint, value);
                                return Ok(());
                            }
                        }
                        let (h, len) = self.instance_dict_store(d, name, value)?;
                        if h != hint {
                            self.attr_cache.set_hint(tag, owner, h);
                        }
                        self.note_instance_size(owner, len);
                        return Ok(());
                    }
                }
            }
        }
        self.set_attr(obj, name, value)?;
        self.fill_store_site(tag, obj, name);
        Ok(())
    }

    /// `d[name] = value` for an instance dict `d`, with one native lookup where the
    /// keys allow it; returns the entry's position and the dict's new length.
    fn instance_dict_store(
        &mut self,
        d: ObjRef,
        name: QStr,
        value: Value,
    ) -> PyResult<(usize, usize)> {
        let hash = self.interner.hash(name);
        let found = match self.heap.get(d) {
            Obj::Dict(dict) => dict.find_qstr(name, hash, |k| self.str_key_eq_opt(k, name)),
            _ => QFind::Unsure,
        };
        match found {
            QFind::Found(i) => {
                if let Obj::Dict(dict) = self.heap.get_mut(d) {
                    dict.set_value_at(i, value);
                    return Ok((i, dict.len()));
                }
            }
            QFind::Missing => {
                if let Obj::Dict(dict) = self.heap.get_mut(d) {
                    let before = dict.heap_size();
                    let i = dict.insert_new(hash, Value::Str(name), value);
                    let (after, len) = (dict.heap_size(), dict.len());
                    if after > before && self.heap.charge(after - before).is_err() {
                        if let Obj::Dict(dict) = self.heap.get_mut(d) {
                            dict.remove_at(i);
                        }
                        return Err(self.memory_error());
                    }
                    return Ok((i, len));
                }
            }
            QFind::Unsure => {}
        }
        self.dict_set_str(d, name, value)?;
        Ok(match self.heap.get(d) {
            Obj::Dict(dict) => (self.qstr_index(dict, name).unwrap_or(0), dict.len()),
            _ => (0, 0),
        })
    }

    /// Is dict key `k` the string `name`? `None` when only Python-level `==` can tell
    /// (an instance of a `str` subclass, say).
    fn str_key_eq_opt(&self, k: Value, name: QStr) -> Option<bool> {
        match k {
            Value::Str(q) => Some(q == name),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Str(s) => Some(&*s.s == self.interner.get(name)),
                Obj::Instance(_) => None,
                _ => Some(false),
            },
            _ => Some(false),
        }
    }

    /// After a full `obj.name = value`: remember the site if it was a plain store into
    /// the instance dict.
    fn fill_store_site(&mut self, tag: u64, obj: Value, name: QStr) {
        let Value::Obj(r) = obj else { return };
        let Obj::Instance(i) = self.heap.get(r) else {
            return;
        };
        let (class, d) = (i.class, i.dict);
        match self.heap.get(class) {
            Obj::Class(c) if !c.has_setattr && c.kind == BaseKind::Object => {}
            _ => return,
        }
        if name == q::__dict__ || name == q::__class__ {
            return;
        }
        if let Some(Value::Obj(a)) = self.class_lookup(class, name) {
            if matches!(
                self.heap.get(a),
                Obj::Property(_) | Obj::Instance(_) | Obj::Host(_)
            ) {
                return;
            }
        }
        let (hint, len) = match self.heap.get(d) {
            Obj::Dict(dict) => (self.qstr_index(dict, name).unwrap_or(0), dict.len()),
            _ => return,
        };
        self.attr_cache.fill(
            tag,
            class,
            Kind::InstanceStore,
            Fallback::Slow,
            hint,
            Value::Null,
        );
        self.note_instance_size(class, len);
    }

    /// Remember that an instance of `class` holds `len` attributes, so later instances
    /// get room for as many up front.
    fn note_instance_size(&mut self, class: ObjRef, len: usize) {
        if let Obj::Class(c) = self.heap.get_mut(class) {
            if len > c.instance_attrs as usize && len <= MAX_PRESIZE {
                c.instance_attrs = len as u8;
            }
        }
    }

    /// What the `LoadMethod` at site `tag` pushes for `obj` (`(method, self)` or
    /// `(Null, attribute)`), when the site's cached answer holds; `None` sends the
    /// instruction to `load_method_cached`.
    #[inline(never)]
    pub fn load_method_hit(&self, tag: u64, obj: Value, name: QStr) -> Option<(Value, Value)> {
        let owner = match obj {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Instance(i) => {
                    let site = self.attr_cache.entry_for(tag, i.class)?;
                    if !matches!(site.kind, Kind::InstanceMethod | Kind::InstanceClassAttr) {
                        return None;
                    }
                    let Obj::Dict(d) = self.heap.get(i.dict) else {
                        return None;
                    };
                    // The instance dict may shadow the method.
                    if self.qstr_index(d, name).is_some() {
                        return None;
                    }
                    return Some(site_method(site, obj));
                }
                Obj::Class(_) => {
                    let site = self.attr_cache.entry_for(tag, r)?;
                    return (site.kind == Kind::ClassMethodLoad).then(|| site_method(site, obj));
                }
                Obj::Module(_) => {
                    let site = self.attr_cache.entry_for(tag, r)?;
                    if site.kind != Kind::ModuleLoad {
                        return None;
                    }
                    return self
                        .module_entry(r, name, site.hint)
                        .map(|v| (Value::Null, v));
                }
                Obj::Super(_) => return None,
                _ => self.type_of(obj),
            },
            _ => self.type_of(obj),
        };
        let site = self.attr_cache.entry_for(tag, owner)?;
        (site.kind == Kind::TypeMethod).then_some((site.value, obj))
    }

    /// `LoadMethod` at site `tag`: `(method, self)` or `(Null, attribute)`, when
    /// `load_method_hit` had no answer.
    pub fn load_method_cached(
        &mut self,
        tag: u64,
        obj: Value,
        name: QStr,
    ) -> PyResult<(Value, Value)> {
        // (The dispatch loop tried `load_method_hit` first.)
        if let Value::Obj(r) = obj {
            if let Some(site) = self.attr_cache.entry_for(tag, r).copied() {
                if site.kind == Kind::ModuleLoad {
                    if let Some(v) = self.module_entry(r, name, site.hint) {
                        return Ok((Value::Null, v));
                    }
                }
            }
        }
        let (m, s) = self.load_method(obj, name)?;
        self.fill_method_site(tag, obj, name, m, s);
        Ok((m, s))
    }

    /// How a class attribute is pushed by `LoadMethod` when it is found without the
    /// instance dict shadowing it: `Some((Plain, v))` pushes `(Null, v)`, `Some((Bind,
    /// f))` pushes `(f, class)`; `None` for anything that needs the full protocol (`__get__`
    /// of an instance, a property's getter...). `on_class`: the receiver is the class.
    fn class_attr_for_method(&self, attr: Value, on_class: bool) -> Option<(Fallback, Value)> {
        let Value::Obj(a) = attr else {
            return on_class.then_some((Fallback::Plain, attr));
        };
        match self.heap.get(a) {
            Obj::StaticMethod(f) => Some((Fallback::Plain, *f)),
            Obj::ClassMethod(f) => Some((Fallback::Bind, *f)),
            // May have a `__get__`.
            Obj::Instance(_) | Obj::Host(_) => None,
            // Found on the class as it is (the caller checks the full lookup agreed).
            _ if on_class => Some((Fallback::Plain, attr)),
            _ => None,
        }
    }

    /// After a full `LoadMethod` that gave `method` (`Null` when it found a plain
    /// attribute): remember the site if the answer only depends on the receiver's type.
    fn fill_method_site(&mut self, tag: u64, obj: Value, name: QStr, method: Value, found: Value) {
        if method.is_null() {
            if let Value::Obj(r) = obj {
                self.fill_class_attr_method_site(tag, r, name, found);
                if let Obj::Module(m) = self.heap.get(r) {
                    let hint = match self.heap.get(m.dict) {
                        Obj::Dict(d) => self.qstr_index(d, name),
                        _ => None,
                    };
                    if let Some(h) = hint {
                        self.attr_cache.fill(
                            tag,
                            r,
                            Kind::ModuleLoad,
                            Fallback::Plain,
                            h,
                            Value::Null,
                        );
                    }
                }
            }
            return;
        }
        let class = self.type_of(obj);
        let is_instance =
            matches!(obj, Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_)));
        let kind = if is_instance {
            Kind::InstanceMethod
        } else {
            Kind::TypeMethod
        };
        self.attr_cache
            .fill(tag, class, kind, Fallback::Plain, 0, method);
    }
}

/// What a hit of a `ClassMethodLoad` or `InstanceClassAttr` site pushes for `obj`.
#[inline]
fn site_method(site: &Site, obj: Value) -> (Value, Value) {
    match site.kind {
        Kind::InstanceMethod => (site.value, obj),
        _ if site.fallback == Fallback::Bind => (site.value, Value::Obj(site.owner)),
        _ => (Value::Null, site.value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fill_one(c: &mut AttrCache, tag: u64) {
        c.fill(
            tag,
            ObjRef(5),
            Kind::ClassLoad,
            Fallback::Plain,
            0,
            Value::Int(7),
        );
    }

    #[test]
    fn unallocated_table_misses() {
        let mut c = AttrCache::new();
        fill_one(&mut c, site_tag(ObjRef(1), 3));
        assert!(c.entry_for(site_tag(ObjRef(1), 3), ObjRef(5)).is_none());
    }

    #[test]
    fn epochs_invalidate_and_wrap() {
        let mut c = AttrCache::new();
        c.allocate(8);
        let tag = site_tag(ObjRef(1), 3);
        fill_one(&mut c, tag);
        assert!(c.entry_for(tag, ObjRef(5)).is_some());
        c.bump_epoch();
        assert!(c.entry_for(tag, ObjRef(5)).is_none());
        fill_one(&mut c, tag);
        // Wrapping around to epoch 0 matches nothing until the next fill resets.
        c.epoch.set(u32::MAX);
        fill_one(&mut c, tag);
        assert!(c.entry_for(tag, ObjRef(5)).is_some());
        c.bump_epoch();
        assert!(c.entry_for(tag, ObjRef(5)).is_none());
        let other = site_tag(ObjRef(2), 9);
        fill_one(&mut c, other);
        assert!(c.entry_for(other, ObjRef(5)).is_some());
        assert!(c.entry_for(tag, ObjRef(5)).is_none());
    }

    /// A thousand sites of one code object filled, twenty times over: enough evictions
    /// to make a growing table double up to its size.
    fn fill_many(c: &mut AttrCache) {
        for _ in 0..20 {
            for pc in 0..1000 {
                fill_one(c, site_tag(ObjRef(1), pc));
            }
        }
    }

    #[test]
    fn grows_when_contended_up_to_its_size() {
        let mut c = AttrCache::new();
        c.allocate(256);
        assert_eq!(c.len(), crate::caches::START_ENTRIES);
        // Two sites in use: no growth.
        for _ in 0..100 {
            fill_one(&mut c, site_tag(ObjRef(1), 3));
            fill_one(&mut c, site_tag(ObjRef(1), 9));
        }
        assert_eq!(c.len(), crate::caches::START_ENTRIES);
        // Many sites: it doubles up to its size and still answers.
        fill_many(&mut c);
        assert_eq!(c.len(), 256);
        let tag = site_tag(ObjRef(7), 1);
        fill_one(&mut c, tag);
        assert!(c.entry_for(tag, ObjRef(5)).is_some());
    }

    #[test]
    fn a_shrunk_table_does_not_grow_again() {
        let mut c = AttrCache::new();
        c.allocate(256);
        fill_many(&mut c);
        assert_eq!(c.len(), 256);
        let tag = site_tag(ObjRef(7), 1);
        fill_one(&mut c, tag);
        c.shrink(crate::caches::START_ENTRIES);
        assert_eq!(c.len(), crate::caches::START_ENTRIES);
        assert!(
            c.entry_for(tag, ObjRef(5)).is_none(),
            "what it held is dropped"
        );
        fill_many(&mut c);
        assert_eq!(c.len(), crate::caches::START_ENTRIES);
        fill_one(&mut c, tag);
        assert!(c.entry_for(tag, ObjRef(5)).is_some());
    }
}
