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
use alloc::vec::Vec;
use core::cell::Cell;

use crate::error::PyResult;
use crate::objdict::QFind;
use crate::object::{BaseKind, BoundMethod, Obj};
use crate::qstr::{q, QStr};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Sites in the table (a power of two).
const SITES: usize = 1024;

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
    epoch: u64,
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

/// The site table and the current epoch.
pub struct AttrCache {
    /// Starts at 1 so that no empty site ever matches.
    epoch: Cell<u64>,
    sites: Box<[Site]>,
}

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache::new()
    }
}

impl AttrCache {
    pub fn new() -> AttrCache {
        let sites: Vec<Site> = (0..SITES).map(|_| EMPTY).collect();
        AttrCache {
            epoch: Cell::new(1),
            sites: sites.into_boxed_slice(),
        }
    }

    /// Invalidate every site (a class changed, or slots may be reused).
    #[inline]
    pub fn bump_epoch(&self) {
        self.epoch.set(self.epoch.get() + 1);
    }

    #[inline]
    fn slot(tag: u64) -> usize {
        (tag.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize & (SITES - 1)
    }

    /// The valid site for `tag`, if any.
    #[inline]
    fn get(&self, tag: u64) -> Option<&Site> {
        let s = &self.sites[Self::slot(tag)];
        (s.tag == tag && s.epoch == self.epoch.get()).then_some(s)
    }

    #[inline]
    fn set_hint(&mut self, tag: u64, hint: usize) {
        let s = &mut self.sites[Self::slot(tag)];
        if s.tag == tag {
            s.hint = hint as u32;
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
        let epoch = self.epoch.get();
        self.sites[Self::slot(tag)] = Site {
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
        let site = self.attr_cache.get(tag)?;
        let Value::Obj(r) = obj else { return None };
        match site.kind {
            Kind::InstanceLoad => {
                let Obj::Instance(i) = self.heap.get(r) else {
                    return None;
                };
                if i.class != site.owner {
                    return None;
                }
                let Obj::Dict(d) = self.heap.get(i.dict) else {
                    return None;
                };
                d.qstr_value_at(site.hint as usize, name)
            }
            Kind::ClassLoad if r == site.owner => Some(site.value),
            Kind::ModuleLoad if r == site.owner => self.module_entry(r, name, site.hint),
            _ => None,
        }
    }

    /// The common hit of the `StoreAttr` at site `tag`: replacing the value of an
    /// instance attribute at its remembered place. False sends the instruction to
    /// `store_attr_cached`.
    #[inline(never)]
    pub fn store_attr_hit(&mut self, tag: u64, obj: Value, name: QStr, value: Value) -> bool {
        let Some(site) = self.attr_cache.get(tag) else {
            return false;
        };
        let (owner, hint) = (site.owner, site.hint as usize);
        if site.kind != Kind::InstanceStore {
            return false;
        }
        let Value::Obj(r) = obj else { return false };
        let d = match self.heap.get(r) {
            Obj::Instance(i) if i.class == owner => i.dict,
            _ => return false,
        };
        match self.heap.get_mut(d) {
            Obj::Dict(dict) => dict.set_qstr_value_at(hint, name, value),
            _ => false,
        }
    }

    /// `obj.name` for the `LoadAttr` at site `tag`.
    pub fn load_attr_cached(&mut self, tag: u64, obj: Value, name: QStr) -> PyResult<Value> {
        if let (Some(site), Value::Obj(r)) = (self.attr_cache.get(tag), obj) {
            let site = *site;
            match site.kind {
                Kind::InstanceLoad => match self.probe_instance(r, site.owner, name, site.hint) {
                    Probe::Found(v, new_hint) => {
                        if let Some(h) = new_hint {
                            self.attr_cache.set_hint(tag, h);
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
        }
        let v = self.get_attr(obj, name)?;
        self.fill_load_site(tag, obj, name, v);
        Ok(v)
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
                let Some(fallback) = self.class_attr_fallback(self.class_lookup(class, name))
                else {
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
                if self.type_of(obj) != self.types.type_ || self.is_class_special(name) {
                    return;
                }
                // Only attributes found as they are: not bound, not through `__get__`.
                let Some(attr) = self.class_lookup(r, name) else {
                    return;
                };
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
                if plain && attr.is(found) {
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
        if let (Some(site), Value::Obj(r)) = (self.attr_cache.get(tag), obj) {
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
                        self.attr_cache.set_hint(tag, h);
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

    /// The method the `LoadMethod` at site `tag` finds for `obj` (pushed with `obj` as
    /// self), when the site's cached answer holds; `None` sends the instruction to
    /// `load_method_cached`.
    #[inline(never)]
    pub fn load_method_hit(&self, tag: u64, obj: Value, name: QStr) -> Option<(Value, Value)> {
        let site = self.attr_cache.get(tag)?;
        match site.kind {
            Kind::InstanceMethod => {
                let Value::Obj(r) = obj else { return None };
                let Obj::Instance(i) = self.heap.get(r) else {
                    return None;
                };
                if i.class != site.owner {
                    return None;
                }
                let Obj::Dict(d) = self.heap.get(i.dict) else {
                    return None;
                };
                // The instance dict may shadow the method.
                self.qstr_index(d, name)
                    .is_none()
                    .then_some((site.value, obj))
            }
            Kind::TypeMethod => {
                if let Value::Obj(r) = obj {
                    if matches!(
                        self.heap.get(r),
                        Obj::Instance(_) | Obj::Class(_) | Obj::Module(_) | Obj::Super(_)
                    ) {
                        return None;
                    }
                }
                (self.type_of(obj) == site.owner).then_some((site.value, obj))
            }
            Kind::ModuleLoad => match obj {
                Value::Obj(r) if r == site.owner => self
                    .module_entry(r, name, site.hint)
                    .map(|v| (Value::Null, v)),
                _ => None,
            },
            _ => None,
        }
    }

    /// `LoadMethod` at site `tag`: `(method, self)` or `(Null, attribute)`.
    pub fn load_method_cached(
        &mut self,
        tag: u64,
        obj: Value,
        name: QStr,
    ) -> PyResult<(Value, Value)> {
        if let Some(site) = self.attr_cache.get(tag) {
            let site = *site;
            match (site.kind, obj) {
                (Kind::InstanceMethod, Value::Obj(r)) => {
                    if let Probe::Missing = self.probe_instance(r, site.owner, name, 0) {
                        return Ok((site.value, obj));
                    }
                }
                (Kind::TypeMethod, _) => {
                    let plain = match obj {
                        Value::Obj(r) => !matches!(
                            self.heap.get(r),
                            Obj::Instance(_) | Obj::Class(_) | Obj::Module(_) | Obj::Super(_)
                        ),
                        _ => true,
                    };
                    if plain && self.type_of(obj) == site.owner {
                        return Ok((site.value, obj));
                    }
                }
                (Kind::ModuleLoad, Value::Obj(r)) if r == site.owner => {
                    if let Some(v) = self.module_entry(r, name, site.hint) {
                        return Ok((Value::Null, v));
                    }
                }
                _ => {}
            }
        }
        let (m, s) = self.load_method(obj, name)?;
        self.fill_method_site(tag, obj, name, m);
        Ok((m, s))
    }

    /// After a full `LoadMethod` that gave `method` (`Null` when it found a plain
    /// attribute): remember the site if the answer only depends on the receiver's type.
    fn fill_method_site(&mut self, tag: u64, obj: Value, name: QStr, method: Value) {
        if method.is_null() {
            if let Value::Obj(r) = obj {
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
