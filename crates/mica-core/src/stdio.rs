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
        Stream::Out => vm.port.write_stdout(&bytes),
        Stream::Err => vm.port.write_stderr(&bytes),
        Stream::In => return Err(vm.os_error_msg("not writable")),
    }
    Ok(Value::Int(n as i64))
}

fn readline(vm: &mut Vm, a: &[Value], _: &[(crate::qstr::QStr, Value)]) -> PyResult<Value> {
    if stream_of(vm, a[0])? != Stream::In {
        return Err(vm.os_error_msg("not readable"));
    }
    match vm.port.read_line() {
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
    let mut all = String::new();
    while let Some(line) = vm.port.read_line() {
        all.push_str(&line);
        all.push('\n');
    }
    vm.new_str(all)
}

impl Vm {
    fn os_error_msg(&mut self, msg: &str) -> crate::error::PyErr {
        self.error(crate::error::ExcKind::OSError, msg)
    }

    /// Create the stream class and the `(stdin, stdout, stderr)` objects.
    pub fn make_std_streams(&mut self) -> PyResult<(Value, Value, Value)> {
        let name = self.interner.intern("TextIOWrapper");
        let class = self.new_class(name, &[], Dict::new(), None)?;
        self.add_method(class, "write", write);
        self.add_method(class, "readline", readline);
        self.add_method(class, "read", read);
        self.add_method(class, "flush", |vm, _, _| {
            vm.port.flush_stdout();
            Ok(Value::None)
        });
        let mut out = [Value::None; 3];
        for (i, s) in [Stream::In, Stream::Out, Stream::Err]
            .into_iter()
            .enumerate()
        {
            out[i] = self.new_stream(class, s)?;
        }
        Ok((out[0], out[1], out[2]))
    }

    fn new_stream(&mut self, class: ObjRef, s: Stream) -> PyResult<Value> {
        let r = self.alloc(Obj::Host(Box::new(HostObj {
            class,
            data: Box::new(s),
            refs: Vec::new(),
        })))?;
        Ok(Value::Obj(r))
    }
}

impl Vm {
    /// `sys.implementation`: an object with `name`, `version` and `_machine`.
    pub fn sys_implementation(&mut self) -> PyResult<Value> {
        let name = self.interner.intern("implementation");
        let class = self.new_class(name, &[], Dict::new(), None)?;
        let inst = self.new_instance(class)?;
        let n = self.new_str_from("mica")?;
        let ver = self.new_tuple(alloc::vec![Value::Int(0), Value::Int(1), Value::Int(0)])?;
        let machine = self.new_str_from("mica host")?;
        for (k, v) in [("name", n), ("version", ver), ("_machine", machine)] {
            let q = self.interner.intern(k);
            self.set_attr(inst, q, v)?;
        }
        Ok(inst)
    }
}
