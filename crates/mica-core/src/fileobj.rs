//! `open()` for reading: file objects over the port's `read_file` (the whole file is
//! read at open time). Writing needs port support that does not exist yet.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use crate::error::PyResult;
use crate::object::{HostObj, Obj};
use crate::objstr::kwarg;
use crate::qstr::QStr;
use crate::value::Value;
use crate::vm::Vm;

struct FileData {
    content: Vec<u8>,
    pos: usize,
    binary: bool,
    closed: bool,
}

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(QStr, Value)];

fn with_file<T>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut FileData) -> T) -> PyResult<T> {
    if let Value::Obj(r) = v {
        if let Obj::Host(h) = vm.heap.get_mut(r) {
            if let Some(d) = h.data.downcast_mut::<FileData>() {
                if d.closed {
                    return Err(vm.value_error("I/O operation on closed file."));
                }
                return Ok(f(d));
            }
        }
    }
    Err(vm.type_error("expected a file object"))
}

/// Wrap bytes read from a file as `str` or `bytes`.
fn chunk_value(vm: &mut Vm, data: Vec<u8>, binary: bool) -> PyResult<Value> {
    if binary {
        vm.new_bytes(data)
    } else {
        vm.new_str(String::from_utf8_lossy(&data).into_owned())
    }
}

fn read(vm: &mut Vm, a: Args, _: Kw) -> PyResult<Value> {
    let n = match a.get(1) {
        Some(&v) if !v.is_none() => vm.to_index(v)?,
        _ => -1,
    };
    let (data, binary) = with_file(vm, a[0], |d| {
        let rest = &d.content[d.pos..];
        let take = if n < 0 {
            rest.len()
        } else if d.binary {
            rest.len().min(n as usize)
        } else {
            // `n` characters of UTF-8 text.
            let s = String::from_utf8_lossy(rest);
            s.char_indices()
                .nth(n as usize)
                .map(|(i, _)| i)
                .unwrap_or(rest.len())
                .min(rest.len())
        };
        let out = rest[..take].to_vec();
        d.pos += take;
        (out, d.binary)
    })?;
    chunk_value(vm, data, binary)
}

fn readline_bytes(d: &mut FileData) -> Vec<u8> {
    let rest = &d.content[d.pos..];
    let end = rest
        .iter()
        .position(|&b| b == b'\n')
        .map(|i| i + 1)
        .unwrap_or(rest.len());
    let out = rest[..end].to_vec();
    d.pos += end;
    out
}

fn readline(vm: &mut Vm, a: Args, _: Kw) -> PyResult<Value> {
    let (data, binary) = with_file(vm, a[0], |d| (readline_bytes(d), d.binary))?;
    chunk_value(vm, data, binary)
}

fn readlines(vm: &mut Vm, a: Args, _: Kw) -> PyResult<Value> {
    let (lines, binary) = with_file(vm, a[0], |d| {
        let mut lines = Vec::new();
        while d.pos < d.content.len() {
            lines.push(readline_bytes(d));
        }
        (lines, d.binary)
    })?;
    let list = vm.new_list(Vec::new())?;
    vm.temp_roots.push(list);
    let r = (|| {
        for l in lines {
            let v = chunk_value(vm, l, binary)?;
            vm.list_append(list, v)?;
        }
        Ok(list)
    })();
    vm.temp_roots.pop();
    r
}

fn next_line(vm: &mut Vm, a: Args, _: Kw) -> PyResult<Value> {
    let (data, binary) = with_file(vm, a[0], |d| (readline_bytes(d), d.binary))?;
    if data.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    chunk_value(vm, data, binary)
}

fn close(vm: &mut Vm, a: Args, _: Kw) -> PyResult<Value> {
    if let Value::Obj(r) = a[0] {
        if let Obj::Host(h) = vm.heap.get_mut(r) {
            if let Some(d) = h.data.downcast_mut::<FileData>() {
                d.closed = true;
            }
        }
    }
    Ok(Value::None)
}

/// Register the methods of the file class.
pub fn register(vm: &mut Vm) {
    let class = vm.types.textfile;
    vm.add_method(class, "read", read);
    vm.add_method(class, "readline", readline);
    vm.add_method(class, "readlines", readlines);
    vm.add_method(class, "__next__", next_line);
    vm.add_method(class, "__iter__", |_, a, _| Ok(a[0]));
    vm.add_method(class, "__enter__", |_, a, _| Ok(a[0]));
    vm.add_method(class, "__exit__", close);
    vm.add_method(class, "close", close);
}

/// `open(file, mode='r', ...)`.
pub fn open(vm: &mut Vm, a: Args, kw: Kw) -> PyResult<Value> {
    let path_v = match a.first() {
        Some(&v) => v,
        None => return Err(vm.type_error("open() missing required argument 'file' (pos 1)")),
    };
    let path = vm.expect_str(path_v, "open() argument 'file'")?;
    let mode_q = vm.interner.intern("mode");
    let mode = match a.get(1).copied().or_else(|| kwarg(kw, mode_q)) {
        Some(m) => vm.expect_str(m, "open() argument 'mode'")?,
        None => String::from("r"),
    };
    if mode.chars().any(|c| !"rwabxt+".contains(c)) {
        return Err(vm.value_error(alloc::format!("invalid mode: '{mode}'")));
    }
    if mode.contains(['w', 'a', 'x', '+']) {
        return Err(vm.os_error(30, "Read-only file system"));
    }
    let content = match vm.port.read_file(&path) {
        Ok(c) => c,
        Err(errno) => {
            let msg = match errno {
                2 => "No such file or directory",
                13 => "Permission denied",
                21 => "Is a directory",
                20 => "Not a directory",
                _ => "I/O error",
            };
            return Err(vm.os_error(errno as i64, msg));
        }
    };
    let class = vm.types.textfile;
    let data = FileData {
        content,
        pos: 0,
        binary: mode.contains('b'),
        closed: false,
    };
    let r = vm.alloc(Obj::Host(Box::new(HostObj {
        class,
        data: Box::new(data),
        refs: Vec::new(),
    })))?;
    Ok(Value::Obj(r))
}
