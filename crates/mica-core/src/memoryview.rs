//! `memoryview`: a one-dimensional view of unsigned bytes (format `'B'`) into a `bytes`
//! or `bytearray`. A view is `(buffer, start, step, len)`; slicing a view makes a new
//! view of the same buffer, so writes through any view reach the bytearray.

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::error::PyResult;
use crate::object::{MemoryViewObj, Obj};
use crate::qstr::QStr;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// A copy of the view's description.
#[derive(Clone, Copy)]
struct View {
    obj: Value,
    start: usize,
    step: i64,
    len: usize,
    readonly: bool,
    released: bool,
}

fn view_of(vm: &Vm, r: ObjRef) -> Option<View> {
    match vm.heap.get(r) {
        Obj::MemoryView(m) => Some(View {
            obj: m.obj,
            start: m.start,
            step: m.step,
            len: m.len,
            readonly: m.readonly,
            released: m.released,
        }),
        _ => None,
    }
}

/// The memoryview behind `v`, or a TypeError.
fn this(vm: &mut Vm, v: Value) -> PyResult<(ObjRef, View)> {
    if let Value::Obj(r) = v {
        if let Some(view) = view_of(vm, r) {
            if view.released {
                return Err(vm.value_error("operation forbidden on released memoryview object"));
            }
            return Ok((r, view));
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(alloc::format!(
        "descriptor requires a 'memoryview' object but received a '{tn}'"
    )))
}

/// Buffer position of item `i` of the view.
fn pos(view: &View, i: usize) -> usize {
    (view.start as i64 + i as i64 * view.step) as usize
}

/// The bytes a view selects (positions past a shrunk buffer are skipped).
pub fn view_bytes(vm: &mut Vm, r: ObjRef) -> PyResult<Vec<u8>> {
    let (_, view) = this(vm, Value::Obj(r))?;
    let all: &[u8] = match vm.heap.get(view.obj.as_obj().unwrap_or(r)) {
        Obj::Bytes(b) => b,
        Obj::ByteArray(b) => b,
        _ => &[],
    };
    Ok((0..view.len)
        .filter_map(|i| all.get(pos(&view, i)).copied())
        .collect())
}

fn new_view(vm: &mut Vm, view: View) -> PyResult<Value> {
    Ok(Value::Obj(vm.alloc(Obj::MemoryView(Box::new(
        MemoryViewObj {
            obj: view.obj,
            start: view.start,
            step: view.step,
            len: view.len,
            readonly: view.readonly,
            released: false,
        },
    )))?))
}

fn construct(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    let base = vm.base_value(obj);
    if let Value::Obj(r) = base {
        if let Some(v) = view_of(vm, r) {
            this(vm, base)?;
            return new_view(vm, v);
        }
        let (len, readonly) = match vm.heap.get(r) {
            Obj::Bytes(b) => (b.len(), true),
            Obj::ByteArray(b) => (b.len(), false),
            _ => (0, true),
        };
        if matches!(vm.heap.get(r), Obj::Bytes(_) | Obj::ByteArray(_)) {
            return new_view(
                vm,
                View {
                    obj: base,
                    start: 0,
                    step: 1,
                    len,
                    readonly,
                    released: false,
                },
            );
        }
    }
    let tn = vm.type_name(obj);
    Err(vm.type_error(alloc::format!(
        "memoryview: a bytes-like object is required, not '{tn}'"
    )))
}

/// `mv[key]`: an int for an index, a view sharing the buffer for a slice.
pub fn getitem(vm: &mut Vm, r: ObjRef, key: Value) -> PyResult<Value> {
    // The index first: its `__index__` may release the view or resize its buffer.
    let key = vm.resolve_index(key)?;
    let (_, view) = this(vm, Value::Obj(r))?;
    if let Some(s) = vm.is_slice(key) {
        let (start, _, step, count) = vm.slice_bounds(s, view.len)?;
        let first = if count == 0 {
            view.start
        } else {
            pos(&view, start as usize)
        };
        return new_view(
            vm,
            View {
                start: first,
                step: view.step * step,
                len: count,
                ..view
            },
        );
    }
    let i = vm.seq_index(key, view.len, "memoryview")?;
    let p = pos(&view, i);
    let b = match vm.heap.get(view.obj.as_obj().unwrap_or(r)) {
        Obj::Bytes(b) => b.get(p).copied(),
        Obj::ByteArray(b) => b.get(p).copied(),
        _ => None,
    };
    match b {
        Some(b) => Ok(Value::Int(b as i64)),
        None => Err(vm.index_error("index out of bounds on dimension 1")),
    }
}

/// `mv[key] = value`: writes through to the underlying bytearray.
pub fn setitem(vm: &mut Vm, r: ObjRef, key: Value, value: Value) -> PyResult<()> {
    let key = vm.resolve_index(key)?;
    let (_, view) = this(vm, Value::Obj(r))?;
    if view.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let (positions, data): (Vec<usize>, Vec<u8>) = if let Some(s) = vm.is_slice(key) {
        let (start, _, step, count) = vm.slice_bounds(s, view.len)?;
        if !vm.is_bytes_like(value) && !vm.is_bytes_like(vm.base_value(value)) {
            let tn = vm.type_name(value);
            return Err(vm.type_error(alloc::format!(
                "a bytes-like object is required, not '{tn}'"
            )));
        }
        let data = vm.bytes_like(value)?;
        if data.len() != count {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let ps = (0..count)
            .map(|k| pos(&view, (start + k as i64 * step) as usize))
            .collect();
        (ps, data)
    } else {
        let i = vm.seq_index(key, view.len, "memoryview")?;
        if !vm.is_int(value) {
            return Err(vm.type_error("memoryview: invalid type for format 'B'"));
        }
        let b = match vm.to_index(value) {
            Ok(n) if (0..256).contains(&n) => n as u8,
            _ => return Err(vm.value_error("memoryview: invalid value for format 'B'")),
        };
        (alloc::vec![pos(&view, i)], alloc::vec![b])
    };
    if let Some(Obj::ByteArray(buf)) = view.obj.as_obj().map(|o| vm.heap.get_mut(o)) {
        for (p, b) in positions.into_iter().zip(data) {
            if let Some(slot) = buf.get_mut(p) {
                *slot = b;
            }
        }
    }
    Ok(())
}

/// The read-only attributes (`readonly`, `nbytes`, `obj`, `format`...).
pub fn attr(vm: &mut Vm, r: ObjRef, name: QStr) -> PyResult<Option<Value>> {
    let Some(view) = view_of(vm, r) else {
        return Ok(None);
    };
    let n = String::from(vm.interner.get(name));
    if view.released && n != "readonly" {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    Ok(Some(match n.as_str() {
        "readonly" => Value::Bool(view.readonly),
        "nbytes" => Value::Int(view.len as i64),
        "obj" => view.obj,
        "itemsize" | "ndim" => Value::Int(1),
        "format" => vm.new_str_from("B")?,
        "c_contiguous" | "contiguous" | "f_contiguous" => Value::Bool(view.step == 1),
        "shape" => vm.new_tuple(alloc::vec![Value::Int(view.len as i64)])?,
        "strides" => vm.new_tuple(alloc::vec![Value::Int(view.step)])?,
        _ => return Ok(None),
    }))
}

use crate::object::{native_table, NativeDef};
use alloc::string::String;

fn self_ref(vm: &mut Vm, a: &[Value]) -> PyResult<ObjRef> {
    let v = a.first().copied().unwrap_or(Value::None);
    Ok(this(vm, v)?.0)
}

pub fn register(vm: &mut Vm) {
    let mv = vm.types.memoryview;
    static MEMORYVIEW_NATIVES_1: &[NativeDef] = &native_table([
        NativeDef::static_method("__new__", |vm, a, kw| {
            match a.get(1).copied().or_else(|| {
                let object = vm.interner.lookup("object")?;
                crate::objstr::kwarg(kw, object)
            }) {
                Some(obj) => construct(vm, obj),
                None => {
                    Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)"))
                }
            }
        }),
        NativeDef::method("tobytes", |vm, a, _| {
            let r = self_ref(vm, a)?;
            let d = view_bytes(vm, r)?;
            vm.new_bytes(d)
        }),
        NativeDef::method("tolist", |vm, a, _| {
            let r = self_ref(vm, a)?;
            let d = view_bytes(vm, r)?;
            let v = d.into_iter().map(|x| Value::Int(x as i64)).collect();
            vm.new_list(v)
        }),
        NativeDef::method("hex", |vm, a, _| {
            let r = self_ref(vm, a)?;
            let d = view_bytes(vm, r)?;
            vm.new_str(crate::bytesalgo::hex(&d, None, 1))
        }),
        NativeDef::method("toreadonly", |vm, a, _| {
            let r = self_ref(vm, a)?;
            let view = view_of(vm, r).map(|v| View {
                readonly: true,
                ..v
            });
            match view {
                Some(v) => new_view(vm, v),
                None => Ok(Value::None),
            }
        }),
        NativeDef::method("release", |vm, a, _| {
            if let Some(Obj::MemoryView(m)) = a
                .first()
                .and_then(|v| v.as_obj())
                .map(|r| vm.heap.get_mut(r))
            {
                m.released = true;
            }
            Ok(Value::None)
        }),
        NativeDef::method("__enter__", |vm, a, _| {
            self_ref(vm, a)?;
            Ok(a[0])
        }),
        NativeDef::method("__exit__", |vm, a, _| {
            if let Some(Obj::MemoryView(m)) = a
                .first()
                .and_then(|v| v.as_obj())
                .map(|r| vm.heap.get_mut(r))
            {
                m.released = true;
            }
            Ok(Value::None)
        }),
        NativeDef::method("__len__", |vm, a, _| {
            let r = self_ref(vm, a)?;
            Ok(Value::Int(view_of(vm, r).map(|v| v.len).unwrap_or(0) as i64))
        }),
        NativeDef::method("__getitem__", |vm, a, _| {
            let r = self_ref(vm, a)?;
            getitem(vm, r, a.get(1).copied().unwrap_or(Value::None))
        }),
        NativeDef::method("__setitem__", |vm, a, _| {
            let r = self_ref(vm, a)?;
            if a.len() != 3 {
                return Err(vm.type_error("expected 2 arguments"));
            }
            setitem(vm, r, a[1], a[2])?;
            Ok(Value::None)
        }),
    ]);
    vm.add_native_table(mv, MEMORYVIEW_NATIVES_1);
}
