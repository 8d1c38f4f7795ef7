//! `sys.stdin`, `sys.stdout` and `sys.stderr`: text streams over the port's console.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use crate::error::PyResult;
use crate::objdict::Dict;
use crate::object::{HostObj, Obj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Which console stream a stream object writes to or reads from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stream {
    In,
    Out,
    Err,
}

fn stream_of(vm: &mut Vm, v: Value) -> PyResult<Stream> {
    if let Value::Obj(r) = v {
        if let Obj::Host(h) = vm.heap.get(r) {
            if let Some(s) = h.data.downcast_ref::<Stream>() {
                return Ok(*s);
            }
        }
    }
    Err(vm.type_error("expected a console stream"))
}

/// `stream.write(s)`: the number of characters written.
fn write(vm: &mut Vm, a: &[Value], _: &[(crate::qstr::QStr, Value)]) -> PyResult<Value> {
    let s = stream_of(vm, a[0])?;
    let Some(&text) = a.get(1) else {
        return Err(vm.type_error("write() takes exactly one argument"));
    };
    let bytes: Vec<u8> = if let Some(t) = vm.str_ref(text) {
        Vec::from(t.as_bytes())
    } else {
        let tn = vm.type_name(text);
        return Err(vm.type_error(alloc::format!("write() argument must be str, not {tn}")));
    };
    let n = String::from_utf8_lossy(&bytes).chars().count();
    match s {
        Stream::Out => vm.console_write(&bytes),
        Stream::Err => vm.port.write_stderr(&bytes),
        Stream::In => return Err(vm.os_error_msg("not writable")),
    }
    Ok(Value::Int(n as i64))
}

fn readline(vm: &mut Vm, a: &[Value], _: &[(crate::qstr::QStr, Value)]) -> PyResult<Value> {
    if stream_of(vm, a[0])? != Stream::In {
        return Err(vm.os_error_msg("not readable"));
    }
    match vm.console_input_line()? {
        Some(mut line) => {
            line.push('\n');
            vm.new_str(line)
        }
        None => vm.new_str_from(""),
    }
}

fn read(vm: &mut Vm, a: &[Value], _: &[(crate::qstr::QStr, Value)]) -> PyResult<Value> {
    if stream_of(vm, a[0])? != Stream::In {
        return Err(vm.os_error_msg("not readable"));
    }
    if let Some(&n) = a.get(1) {
        if !n.is_none() {
            let n = vm.to_index(n)?;
            if n >= 0 {
                if let Some(bytes) = read_bytes(vm, n as usize, true) {
                    return vm.new_str(String::from_utf8_lossy(&bytes).into_owned());
                }
            }
        }
    }
    let mut all = String::new();
    while let Some(line) = vm.console_input_line()? {
        vm.room_for(all.len() + line.len() + 1)?;
        all.push_str(&line);
        all.push('\n');
    }
    vm.new_str(all)
}

/// `n` bytes (`n` characters when `chars`) from a byte-level console, or `None` when
/// the port has none (the caller then reads whole lines).
fn read_bytes(vm: &mut Vm, n: usize, chars: bool) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    for _ in 0..n {
        let Some(b) = vm.console_read_byte() else {
            if out.is_empty() {
                return None;
            }
            break;
        };
        out.push(b);
        // In text mode a character is a whole UTF-8 sequence: read its continuation bytes.
        let more = match b {
            _ if !chars => 0,
            0xC0..=0xDF => 1,
            0xE0..=0xEF => 2,
            0xF0..=0xF7 => 3,
            _ => 0,
        };
        for _ in 0..more {
            match vm.console_read_byte() {
                Some(c) => out.push(c),
                None => break,
            }
        }
    }
    Some(out)
}

/// The binary stream under a text stream (`sys.stdout.buffer`).
#[derive(Clone, Copy)]
struct Binary(Stream);

fn binary_of(vm: &mut Vm, v: Value) -> PyResult<Stream> {
    if let Value::Obj(r) = v {
        if let Obj::Host(h) = vm.heap.get(r) {
            if let Some(Binary(s)) = h.data.downcast_ref::<Binary>() {
                return Ok(*s);
            }
        }
    }
    Err(vm.type_error("expected a binary console stream"))
}

/// `buffer.write(b)`: the number of bytes written.
fn bin_write(vm: &mut Vm, a: &[Value], _: &[(crate::qstr::QStr, Value)]) -> PyResult<Value> {
    let s = binary_of(vm, a[0])?;
    let Some(&data) = a.get(1) else {
        return Err(vm.type_error("write() takes exactly one argument"));
    };
    let bytes = vm.bytes_like(data)?;
    match s {
        Stream::Out => vm.console_write_raw(&bytes),
        Stream::Err => vm.port.write_stderr(&bytes),
        Stream::In => return Err(vm.os_error_msg("not writable")),
    }
    Ok(Value::Int(bytes.len() as i64))
}

fn bin_readline(vm: &mut Vm, a: &[Value], _: &[(crate::qstr::QStr, Value)]) -> PyResult<Value> {
    if binary_of(vm, a[0])? != Stream::In {
        return Err(vm.os_error_msg("not readable"));
    }
    let mut out = Vec::new();
    if let Some(line) = vm.console_input_line()? {
        out.extend_from_slice(line.as_bytes());
        out.push(b'\n');
    }
    vm.new_bytes(out)
}

/// `buffer.read([n])`: everything up to end of input (whole lines from the port).
fn bin_read(vm: &mut Vm, a: &[Value], _: &[(crate::qstr::QStr, Value)]) -> PyResult<Value> {
    if binary_of(vm, a[0])? != Stream::In {
        return Err(vm.os_error_msg("not readable"));
    }
    let limit = match a.get(1) {
        Some(&v) if !v.is_none() => vm.to_index(v)?,
        _ => -1,
    };
    if limit >= 0 {
        if let Some(bytes) = read_bytes(vm, limit as usize, false) {
            return vm.new_bytes(bytes);
        }
    }
    let mut out = Vec::new();
    while limit < 0 || (out.len() as i64) < limit {
        match vm.console_input_line()? {
            Some(line) => {
                vm.room_for(out.len() + line.len() + 1)?;
                out.extend_from_slice(line.as_bytes());
                out.push(b'\n');
            }
            None => break,
        }
    }
    vm.new_bytes(out)
}

/// The `buffer` property of text streams: the binary stream kept in the object's refs.
fn buffer_of(vm: &mut Vm, a: &[Value], _: &[(crate::qstr::QStr, Value)]) -> PyResult<Value> {
    if let Some(Value::Obj(r)) = a.first() {
        if let Obj::Host(h) = vm.heap.get(*r) {
            if let Some(&b) = h.refs.first() {
                return Ok(b);
            }
        }
    }
    Err(vm.error(crate::error::ExcKind::AttributeError, "buffer"))
}

impl Vm {
    /// The object a program assigned to `sys.stdout`, when it is not the console
    /// stream (so that `print` writes to it, as in CPython).
    pub fn replaced_stdout(&mut self) -> Option<Value> {
        let q = self.interner.intern_static("sys");
        let Value::Obj(m) = self.dict_get_str(self.modules, q)? else {
            return None;
        };
        let Obj::Module(md) = self.heap.get(m) else {
            return None;
        };
        let d = md.dict;
        let name = self.interner.intern_static("stdout");
        let v = self.dict_get_str(d, name)?;
        match v {
            Value::Obj(r) => match self.heap.get(r) {
                Obj::Host(h) if h.data.is::<Stream>() => None,
                _ => Some(v),
            },
            _ => None,
        }
    }

    fn os_error_msg(&mut self, msg: &str) -> crate::error::PyErr {
        self.error(crate::error::ExcKind::OSError, msg)
    }

    /// Create the stream class and the `(stdin, stdout, stderr)` objects.
    pub fn make_std_streams(&mut self) -> PyResult<(Value, Value, Value)> {
        let name = self.interner.intern_static("TextIOWrapper");
        let class = self.new_class(name, &[], Dict::new(), None)?;
        self.add_method(class, "write", write);
        self.add_method(class, "readline", readline);
        self.add_method(class, "read", read);
        self.add_method(class, "flush", |vm, _, _| {
            vm.port.flush_stdout();
            Ok(Value::None)
        });
        let getter = self.new_native("buffer", buffer_of)?;
        let prop = self.alloc(Obj::Property(Box::new([
            getter,
            Value::None,
            Value::None,
            Value::None,
        ])))?;
        let q = self.interner.intern_static("buffer");
        self.class_set_attr(class, q, Value::Obj(prop));
        let bname = self.interner.intern_static("FileIO");
        let bclass = self.new_class(bname, &[], Dict::new(), None)?;
        self.add_method(bclass, "write", bin_write);
        self.add_method(bclass, "readline", bin_readline);
        self.add_method(bclass, "read", bin_read);
        self.add_method(bclass, "flush", |vm, _, _| {
            vm.port.flush_stdout();
            Ok(Value::None)
        });
        let mut out = [Value::None; 3];
        for (i, s) in [Stream::In, Stream::Out, Stream::Err]
            .into_iter()
            .enumerate()
        {
            let buffer = self.new_host(bclass, Box::new(Binary(s)), Vec::new())?;
            out[i] = self.new_host(class, Box::new(s), alloc::vec![buffer])?;
        }
        Ok((out[0], out[1], out[2]))
    }

    fn new_host(
        &mut self,
        class: ObjRef,
        data: Box<dyn core::any::Any>,
        refs: Vec<Value>,
    ) -> PyResult<Value> {
        let r = self.alloc(Obj::Host(Box::new(HostObj { class, data, refs })))?;
        Ok(Value::Obj(r))
    }
}

impl Vm {
    /// `sys.implementation`: an object with `name`, `version`, `_machine` and `_mpy`.
    pub fn sys_implementation(&mut self) -> PyResult<Value> {
        let name = self.interner.intern_static("implementation");
        let class = self.new_class(name, &[], Dict::new(), None)?;
        let inst = self.new_instance(class)?;
        let n = self.new_str_from("mica")?;
        let ver = self.new_tuple(alloc::vec![Value::Int(0), Value::Int(1), Value::Int(0)])?;
        let machine = self.new_str_from("mica host")?;
        // `_mpy`: the .mpy format version field (6); Mica loads no .mpy files, so no
        // architecture bits are set.
        for (k, v) in [
            ("name", n),
            ("version", ver),
            ("_machine", machine),
            ("_mpy", Value::Int(6)),
        ] {
            let q = self.interner.intern(k);
            self.set_attr(inst, q, v)?;
        }
        Ok(inst)
    }
}
