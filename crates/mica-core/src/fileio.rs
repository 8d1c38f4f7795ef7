//! File objects returned by `open()`: text and binary modes over the port's file
//! handles, with `read`/`readline`/`readlines`/`write`/`seek`/`tell`/`flush`/`close`,
//! iteration and context management. Errors are `OSError(errno)`.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use crate::error::PyResult;
use crate::objdict::Dict;
use crate::object::{native_table, NativeDef};
use crate::object::{BaseKind, HostObj, Obj};
use crate::port::OpenMode;
use crate::qstr::{q, QStr};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// The state behind a file object.
pub struct FileData {
    pub handle: u32,
    pub binary: bool,
    pub readable: bool,
    pub writable: bool,
    pub closed: bool,
    pub name: String,
    /// Bytes read from the port but not yet returned (for `readline`).
    pub pending: Vec<u8>,
}

fn errno_message(errno: i32) -> &'static str {
    match errno {
        1 => "EPERM",
        2 => "ENOENT",
        5 => "EIO",
        9 => "EBADF",
        13 => "EACCES",
        17 => "EEXIST",
        20 => "ENOTDIR",
        21 => "EISDIR",
        22 => "EINVAL",
        28 => "ENOSPC",
        _ => "OSError",
    }
}

/// Raise `OSError(errno)` the way MicroPython does (`[Errno 2] ENOENT`).
pub fn os_err(vm: &mut Vm, errno: i32) -> crate::error::PyErr {
    vm.os_error(errno as i64, errno_message(errno))
}

pub fn register(vm: &mut Vm) -> PyResult<()> {
    let name = vm.interner.intern_static("TextIOWrapper");
    let class = vm.new_class(name, &[], Dict::new(), None)?;
    if let Obj::Class(c) = vm.heap.get_mut(class) {
        c.kind = BaseKind::Native;
    }
    vm.module_roots.push(Value::Obj(class));
    vm.file_class = Some(class);
    static FILEIO_NATIVES_1: &[NativeDef] = &native_table([
        NativeDef::method("read", file_read),
        NativeDef::method("readline", file_readline),
        NativeDef::method("readlines", |vm, a, _| {
            let mut lines = Vec::new();
            loop {
                let l = file_readline(vm, &a[..1], &[])?;
                if vm.len_of(l)? == 0 {
                    break;
                }
                vm.temp_roots.push(l);
                lines.push(l);
            }
            let n = vm.temp_roots.len() - lines.len();
            vm.temp_roots.truncate(n);
            vm.new_list(lines)
        }),
        NativeDef::method("write", file_write),
        NativeDef::method("writelines", |vm, a, _| {
            let Some(&lines) = a.get(1) else {
                return Err(vm.type_error("writelines() takes exactly one argument"));
            };
            let items = vm.iterate_to_vec(lines)?;
            let mark = vm.temp_roots.len();
            vm.temp_roots.extend_from_slice(&items);
            let r = items
                .iter()
                .try_for_each(|&line| file_write(vm, &[a[0], line], &[]).map(|_| ()));
            vm.temp_roots.truncate(mark);
            r.map(|()| Value::None)
        }),
        NativeDef::method("readinto", file_readinto),
        NativeDef::method("seek", |vm, a, _| {
            let (h, _) = open_state(vm, a[0], false)?;
            let off = match a.get(1) {
                Some(&v) => vm.to_index(v)?,
                None => 0,
            };
            let whence = match a.get(2) {
                Some(&v) => vm.to_index(v)? as u8,
                None => 0,
            };
            with_file(vm, a[0], |f| f.pending.clear());
            match vm.port.file_seek(h, off, whence) {
                Ok(p) => Ok(Value::Int(p as i64)),
                Err(e) => Err(os_err(vm, e)),
            }
        }),
        NativeDef::method("tell", |vm, a, _| {
            let (h, _) = open_state(vm, a[0], false)?;
            let pending = with_file(vm, a[0], |f| f.pending.len()).unwrap_or(0);
            match vm.port.file_seek(h, 0, 1) {
                Ok(p) => Ok(Value::Int(p as i64 - pending as i64)),
                Err(e) => Err(os_err(vm, e)),
            }
        }),
        NativeDef::method("flush", |vm, a, _| {
            let (h, _) = open_state(vm, a[0], false)?;
            vm.port.file_flush(h).map_err(|e| os_err(vm, e))?;
            Ok(Value::None)
        }),
        NativeDef::method("close", file_close),
        NativeDef::method("__enter__", |_, a, _| Ok(a[0])),
        NativeDef::method("__exit__", |vm, a, _| {
            file_close(vm, &a[..1], &[])?;
            Ok(Value::None)
        }),
        NativeDef::method("__iter__", |_, a, _| Ok(a[0])),
        NativeDef::method("__next__", |vm, a, _| {
            let l = file_readline(vm, &a[..1], &[])?;
            if vm.len_of(l)? == 0 {
                return Err(vm.stop_iteration(Value::None));
            }
            Ok(l)
        }),
        NativeDef::method("readable", |vm, a, _| {
            Ok(Value::Bool(
                with_file(vm, a[0], |f| f.readable).unwrap_or(false),
            ))
        }),
        NativeDef::method("writable", |vm, a, _| {
            Ok(Value::Bool(
                with_file(vm, a[0], |f| f.writable).unwrap_or(false),
            ))
        }),
    ]);
    vm.add_native_table(class, FILEIO_NATIVES_1);
    add_property(vm, class, "closed", |vm, a, _| {
        let c = a.first().and_then(|&v| with_file(vm, v, |f| f.closed));
        Ok(Value::Bool(c.unwrap_or(true)))
    })?;
    add_property(vm, class, "name", |vm, a, _| {
        let n = a
            .first()
            .and_then(|&v| with_file(vm, v, |f| f.name.clone()));
        vm.new_str(n.unwrap_or_default())
    })?;
    Ok(())
}

/// A read-only property computed by a native getter.
fn add_property(
    vm: &mut Vm,
    class: ObjRef,
    name: &'static str,
    getter: crate::vm::NativeFn,
) -> PyResult<()> {
    let g = vm.new_native(name, getter)?;
    let prop = vm.alloc(Obj::Property(Box::new([
        g,
        Value::None,
        Value::None,
        Value::None,
    ])))?;
    let q = vm.interner.intern_static(name);
    vm.class_set_attr(class, q, Value::Obj(prop));
    Ok(())
}

fn with_file<T>(vm: &mut Vm, v: Value, f: impl FnOnce(&mut FileData) -> T) -> Option<T> {
    let r = v.as_obj()?;
    match vm.heap.get_mut(r) {
        Obj::Host(h) => h.data.downcast_mut::<FileData>().map(f),
        _ => None,
    }
}

/// The handle and binary flag of an open file, or ValueError if closed.
fn open_state(vm: &mut Vm, v: Value, _write: bool) -> PyResult<(u32, bool)> {
    match with_file(vm, v, |f| (f.handle, f.binary, f.closed)) {
        Some((_, _, true)) => Err(vm.value_error("I/O operation on closed file.")),
        Some((h, b, false)) => Ok((h, b)),
        None => Err(vm.type_error("not a file object")),
    }
}

pub(crate) fn builtin_open(vm: &mut Vm, a: &[Value], kw: &[(QStr, Value)]) -> PyResult<Value> {
    let path = match a.first() {
        Some(&v) => vm.expect_str(v, "open() argument 'file'")?,
        None => return Err(vm.type_error("open() missing required argument 'file' (pos 1)")),
    };
    let mode_v = a
        .get(1)
        .copied()
        .or_else(|| crate::objstr::kwarg(kw, q::mode));
    let mode = match mode_v {
        Some(v) => vm.expect_str(v, "open() argument 'mode'")?,
        None => String::from("r"),
    };
    let mut m = OpenMode {
        read: false,
        write: false,
        append: false,
        create: false,
        truncate: false,
        exclusive: false,
    };
    let mut binary = false;
    let mut kinds = 0;
    for c in mode.chars() {
        match c {
            'r' => {
                m.read = true;
                kinds += 1;
            }
            'w' => {
                m.write = true;
                m.create = true;
                m.truncate = true;
                kinds += 1;
            }
            'a' => {
                m.write = true;
                m.create = true;
                m.append = true;
                kinds += 1;
            }
            'x' => {
                m.write = true;
                m.create = true;
                m.exclusive = true;
                kinds += 1;
            }
            '+' => {
                m.read = true;
                m.write = true;
            }
            'b' => binary = true,
            't' => {}
            _ => return Err(vm.value_error(alloc::format!("invalid mode: '{mode}'"))),
        }
    }
    if kinds != 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    let handle = match vm.port.file_open(&path, m) {
        Ok(h) => h,
        Err(e) => return Err(os_err(vm, e)),
    };
    let class = match vm.file_class {
        Some(c) => c,
        None => return Err(vm.runtime_error("file objects are not available")),
    };
    let data = FileData {
        handle,
        binary,
        readable: m.read,
        writable: m.write,
        closed: false,
        name: path,
        pending: Vec::new(),
    };
    let r = vm.alloc(Obj::Host(Box::new(HostObj {
        class,
        data: Box::new(data),
        refs: Vec::new(),
    })))?;
    Ok(Value::Obj(r))
}

fn make_result(vm: &mut Vm, bytes: Vec<u8>, binary: bool) -> PyResult<Value> {
    if binary {
        return vm.new_bytes(bytes);
    }
    match String::from_utf8(bytes) {
        Ok(s) => vm.new_str(s),
        Err(_) => Err(vm.error(
            crate::error::ExcKind::UnicodeDecodeError,
            "'utf-8' codec can't decode bytes",
        )),
    }
}

fn file_read(vm: &mut Vm, a: &[Value], _: &[(QStr, Value)]) -> PyResult<Value> {
    let (h, binary) = open_state(vm, a[0], false)?;
    if !with_file(vm, a[0], |f| f.readable).unwrap_or(false) {
        return Err(os_err(vm, 9));
    }
    let n = match a.get(1) {
        Some(&v) if !v.is_none() => {
            let n = vm.to_index(v)?;
            if n < 0 {
                None
            } else {
                Some(n as usize)
            }
        }
        _ => None,
    };
    let mut out = with_file(vm, a[0], |f| core::mem::take(&mut f.pending)).unwrap_or_default();
    match n {
        None => read_more(vm, h, &mut out, usize::MAX)?,
        Some(n) if binary => {
            if out.len() > n {
                let extra = out.split_off(n);
                with_file(vm, a[0], |f| f.pending = extra);
            } else {
                let want = n - out.len();
                read_more(vm, h, &mut out, want)?;
            }
        }
        Some(n) => {
            // n counts characters: read until n are complete (or the file ends).
            loop {
                let chars = out.iter().filter(|&&b| b & 0xc0 != 0x80).count();
                let want = if chars > n {
                    0
                } else if chars < n {
                    n - chars
                } else {
                    // The last character may still miss its continuation bytes.
                    utf8_missing(&out)
                };
                if want == 0 {
                    break;
                }
                let before = out.len();
                read_more(vm, h, &mut out, want)?;
                if out.len() == before {
                    break;
                }
            }
            let s = String::from_utf8_lossy(&out).into_owned();
            let cut: usize = s.char_indices().nth(n).map(|(i, _)| i).unwrap_or(s.len());
            let extra = out.split_off(cut.min(out.len()));
            with_file(vm, a[0], |f| f.pending = extra);
        }
    }
    make_result(vm, out, binary)
}

/// Bytes a file read asks the port for at a time.
const READ_CHUNK: usize = 16 * 1024;

/// Append up to `want` more bytes of file `h` to `out` (fewer at its end). The file is
/// read in chunks, and the bytes gathered must fit in the heap budget, which the
/// result will be charged to: a huge or endless file (`/dev/zero`) is a `MemoryError`,
/// not memory taken outside the heap. Ctrl-C stops a long read.
fn read_more(vm: &mut Vm, h: u32, out: &mut Vec<u8>, want: usize) -> PyResult<()> {
    let mut left = want;
    while left > 0 {
        let chunk = vm
            .port
            .file_read(h, Some(left.min(READ_CHUNK)))
            .map_err(|e| os_err(vm, e))?;
        if chunk.is_empty() {
            break;
        }
        left = left.saturating_sub(chunk.len());
        vm.room_for(out.len() + chunk.len())?;
        out.extend_from_slice(&chunk);
        vm.check_interrupt()?;
    }
    Ok(())
}

/// How many continuation bytes the last UTF-8 sequence of `b` still lacks.
fn utf8_missing(b: &[u8]) -> usize {
    let tail = b.len().saturating_sub(4);
    for i in (tail..b.len()).rev() {
        let c = b[i];
        if c & 0xc0 == 0x80 {
            continue;
        }
        let len = match c {
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf7 => 4,
            _ => 1,
        };
        return (i + len).saturating_sub(b.len());
    }
    0
}

/// `f.readinto(buf)`: fill a bytearray or writable memoryview; the number of bytes read.
fn file_readinto(vm: &mut Vm, a: &[Value], _: &[(QStr, Value)]) -> PyResult<Value> {
    let Some(&buf) = a.get(1) else {
        return Err(vm.type_error("readinto() takes exactly one argument"));
    };
    let n = vm.len_of(buf)?;
    let data = file_read(vm, &[a[0], Value::Int(n as i64)], &[])?;
    vm.temp_roots.push(data);
    let got = vm.len_of(data);
    let r = got.and_then(|got| {
        let slice = vm.alloc(Obj::Slice(Box::new([
            Value::None,
            Value::Int(got as i64),
            Value::None,
        ])))?;
        vm.temp_roots.push(Value::Obj(slice));
        let r = vm.set_item(buf, Value::Obj(slice), data);
        vm.temp_roots.pop();
        r.map(|_| got)
    });
    vm.temp_roots.pop();
    Ok(Value::Int(r? as i64))
}

fn file_readline(vm: &mut Vm, a: &[Value], _: &[(QStr, Value)]) -> PyResult<Value> {
    let (h, binary) = open_state(vm, a[0], false)?;
    let mut buf = with_file(vm, a[0], |f| core::mem::take(&mut f.pending)).unwrap_or_default();
    let mut scanned = 0;
    loop {
        if let Some(i) = buf[scanned..].iter().position(|&b| b == b'\n') {
            let extra = buf.split_off(scanned + i + 1);
            with_file(vm, a[0], |f| f.pending = extra);
            return make_result(vm, buf, binary);
        }
        scanned = buf.len();
        // Bigger reads as the line grows (a file with no newline is read in chunks).
        let want = buf.len().clamp(256, READ_CHUNK);
        read_more(vm, h, &mut buf, want)?;
        if buf.len() == scanned {
            return make_result(vm, buf, binary);
        }
    }
}

fn file_write(vm: &mut Vm, a: &[Value], _: &[(QStr, Value)]) -> PyResult<Value> {
    let (h, binary) = open_state(vm, a[0], true)?;
    if !with_file(vm, a[0], |f| f.writable).unwrap_or(false) {
        return Err(os_err(vm, 9));
    }
    let v = a.get(1).copied().unwrap_or(Value::None);
    let (data, count) = if binary {
        let d = vm.bytes_like(v)?;
        let n = d.len();
        (d, n)
    } else {
        match vm.str_ref(v) {
            Some(s) => (String::from(s).into_bytes(), s.chars().count()),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(alloc::format!("write() argument must be str, not {tn}")));
            }
        }
    };
    vm.port.file_write(h, &data).map_err(|e| os_err(vm, e))?;
    Ok(Value::Int(count as i64))
}

fn file_close(vm: &mut Vm, a: &[Value], _: &[(QStr, Value)]) -> PyResult<Value> {
    if let Some((h, false)) = with_file(vm, a[0], |f| (f.handle, f.closed)) {
        with_file(vm, a[0], |f| f.closed = true);
        vm.port.file_close(h);
    }
    Ok(Value::None)
}

/// The class of file objects (for `isinstance` checks by other modules).
pub fn file_class(vm: &Vm) -> Option<ObjRef> {
    vm.file_class
}
