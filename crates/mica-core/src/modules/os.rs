//! `os`: files and directories through the port (`listdir`, `ilistdir`, `stat`,
//! `statvfs`, `mkdir`, `rmdir`, `remove`, `rename`, `getcwd`, `chdir`), plus `uname`,
//! `urandom`, `getenv` and `sep`. Failures raise `OSError(errno)`. The result types
//! (`stat_result`, `uname_result`) live in frozen Python (`frozen/os.py`).

use alloc::string::String;
use alloc::vec::Vec;

use crate::error::{PyErr, PyResult};
use crate::port::PathKind;
use crate::qstr::QStr;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::{arg, def, kwarg, set};

/// `OSError(errno, "ENAME")`, MicroPython's form.
pub fn os_error(vm: &mut Vm, errno: i32) -> PyErr {
    let name = crate::errnomod::name(errno as i64).unwrap_or("OSError");
    vm.os_error(errno as i64, name)
}

fn path_arg(vm: &mut Vm, a: &[Value], i: usize, fname: &str) -> PyResult<String> {
    match a.get(i) {
        None => Ok(String::from(".")),
        Some(&v) => {
            if let Some(s) = vm.str_ref(v) {
                return Ok(String::from(s));
            }
            if vm.is_bytes_like(v) {
                let b = vm.bytes_like(v)?;
                return Ok(String::from_utf8_lossy(&b).into_owned());
            }
            let tn = vm.type_name(v);
            Err(vm.type_error(alloc::format!(
                "{fname}: path should be string, bytes or os.PathLike, not {tn}"
            )))
        }
    }
}

fn unit(vm: &mut Vm, r: Result<(), i32>) -> PyResult<Value> {
    r.map(|_| Value::None).map_err(|e| os_error(vm, e))
}

fn entries(vm: &mut Vm, a: &[Value], fname: &str) -> PyResult<Vec<(String, PathKind)>> {
    // `listdir(None)` lists the current directory, as CPython does.
    let a = if a.first().is_some_and(|v| v.is_none()) {
        &a[1..]
    } else {
        a
    };
    let p = path_arg(vm, a, 0, fname)?;
    let mut list = vm.port.listdir(&p).map_err(|e| os_error(vm, e))?;
    list.sort_unstable_by(|x, y| x.0.cmp(&y.0));
    Ok(list)
}

/// Build a list of values made one at a time (each rooted until the list exists).
fn list_of(
    vm: &mut Vm,
    n: usize,
    mut make: impl FnMut(&mut Vm, usize) -> PyResult<Value>,
) -> PyResult<Value> {
    let mark = vm.temp_roots.len();
    let mut items = Vec::with_capacity(n);
    let mut res = Ok(());
    for i in 0..n {
        match make(vm, i) {
            Ok(v) => {
                vm.temp_roots.push(v);
                items.push(v);
            }
            Err(e) => {
                res = Err(e);
                break;
            }
        }
    }
    let out = res.and_then(|_| vm.new_list(items));
    vm.temp_roots.truncate(mark);
    out
}

fn int(vm: &mut Vm, x: u64) -> PyResult<Value> {
    if x <= i64::MAX as u64 {
        Ok(Value::Int(x as i64))
    } else {
        vm.new_bigint(num_bigint::BigInt::from(x))
    }
}

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    let sep = vm.intern_value("/");
    set(vm, d, "sep", sep)?;
    let name = vm.intern_value("posix");
    set(vm, d, "name", name)?;
    let curdir = vm.intern_value(".");
    set(vm, d, "curdir", curdir)?;
    let pardir = vm.intern_value("..");
    set(vm, d, "pardir", pardir)?;
    let linesep = vm.intern_value("\n");
    set(vm, d, "linesep", linesep)?;
    def(vm, d, "listdir", |vm, a, _| {
        let list = entries(vm, a, "listdir")?;
        list_of(vm, list.len(), |vm, i| vm.new_str_from(&list[i].0))
    })?;
    def(vm, d, "_ilistdir", |vm, a, _| {
        let list = entries(vm, a, "ilistdir")?;
        let dir = path_arg(vm, a, 0, "ilistdir")?;
        list_of(vm, list.len(), |vm, i| {
            let n = vm.new_str_from(&list[i].0)?;
            let t = if list[i].1 == PathKind::Dir {
                0x4000
            } else {
                0x8000
            };
            // MicroPython's 4-tuple: (name, type, inode, size); tools list sizes from it.
            let size = if list[i].1 == PathKind::Dir {
                0
            } else {
                let full = if dir.ends_with('/') || dir.is_empty() {
                    alloc::format!("{}{}", dir, list[i].0)
                } else {
                    alloc::format!("{}/{}", dir, list[i].0)
                };
                vm.port.stat(&full).map_or(0, |st| st.size as i64)
            };
            vm.new_tuple(alloc::vec![
                n,
                Value::Int(t),
                Value::Int(0),
                Value::Int(size)
            ])
        })
    })?;
    def(vm, d, "_stat", |vm, a, _| {
        let p = path_arg(vm, a, 0, "stat")?;
        let st = vm.port.stat(&p).map_err(|e| os_error(vm, e))?;
        let nums = [
            st.mode as u64,
            st.ino,
            st.dev,
            st.nlink,
            st.uid as u64,
            st.gid as u64,
            st.size,
        ];
        let mut items = Vec::new();
        for x in nums {
            items.push(int(vm, x)?);
        }
        for t in [st.atime, st.mtime, st.ctime] {
            items.push(Value::Int(t));
        }
        vm.new_tuple(items)
    })?;
    def(vm, d, "_statvfs", |vm, a, _| {
        let p = path_arg(vm, a, 0, "statvfs")?;
        let st = vm.port.statvfs(&p).map_err(|e| os_error(vm, e))?;
        let mut items = Vec::new();
        for x in st {
            items.push(int(vm, x)?);
        }
        vm.new_tuple(items)
    })?;
    def(vm, d, "mkdir", |vm, a, _| {
        let p = path_arg(vm, a, 0, "mkdir")?;
        let r = vm.port.mkdir(&p);
        unit(vm, r)
    })?;
    def(vm, d, "rmdir", |vm, a, _| {
        let p = path_arg(vm, a, 0, "rmdir")?;
        let r = vm.port.rmdir(&p);
        unit(vm, r)
    })?;
    def(vm, d, "remove", remove)?;
    def(vm, d, "unlink", remove)?;
    def(vm, d, "rename", |vm, a, _| {
        arg(vm, a, 1, "rename")?;
        let from = path_arg(vm, a, 0, "rename")?;
        let to = path_arg(vm, a, 1, "rename")?;
        let r = vm.port.rename(&from, &to);
        unit(vm, r)
    })?;
    def(vm, d, "getcwd", |vm, _, _| {
        let cwd = vm.port.getcwd().map_err(|e| os_error(vm, e))?;
        vm.new_str(cwd)
    })?;
    def(vm, d, "chdir", |vm, a, _| {
        arg(vm, a, 0, "chdir")?;
        let p = path_arg(vm, a, 0, "chdir")?;
        let r = vm.port.chdir(&p);
        unit(vm, r)
    })?;
    def(vm, d, "urandom", |vm, a, _| {
        let n = arg(vm, a, 0, "urandom")?;
        let n = vm.to_index(n)?;
        if n < 0 {
            return Err(vm.value_error("negative argument not allowed"));
        }
        if n as usize > vm.heap.free_bytes() {
            return Err(vm.memory_error());
        }
        let mut buf = alloc::vec![0u8; n as usize];
        vm.port.random_bytes(&mut buf);
        vm.new_bytes(buf)
    })?;
    def(vm, d, "getenv", getenv)?;
    def(vm, d, "dupterm", dupterm)?;
    def(vm, d, "dupterm_notify", |_, _, _| Ok(Value::None))?;
    def(vm, d, "_uname", |vm, _, _| {
        let parts = [
            super::platform::system(),
            "mica",
            core::env!("CARGO_PKG_VERSION"),
            "Mica 0.1.0",
            super::platform::arch(),
        ];
        let mut items = Vec::new();
        for p in parts {
            items.push(vm.new_str_from(p)?);
        }
        vm.new_tuple(items)
    })?;
    super::exec_frozen(vm, d, super::frozen_code::OS)
}

fn remove(vm: &mut Vm, a: &[Value], _: &[(QStr, Value)]) -> PyResult<Value> {
    arg(vm, a, 0, "remove")?;
    let p = path_arg(vm, a, 0, "remove")?;
    let r = vm.port.remove(&p);
    unit(vm, r)
}

fn getenv(vm: &mut Vm, a: &[Value], kw: &[(QStr, Value)]) -> PyResult<Value> {
    let k = arg(vm, a, 0, "getenv")?;
    let key = vm.expect_str(k, "getenv() argument 'key'")?;
    let default = a
        .get(1)
        .copied()
        .or_else(|| kwarg(vm, kw, "default"))
        .unwrap_or(Value::None);
    match vm.port.getenv(&key) {
        Some(v) => vm.new_str(v),
        None => Ok(default),
    }
}

/// `os.dupterm(stream, index=0)`: attach `stream` to the console (or detach with
/// `None`); returns the stream previously in that slot.
fn dupterm(vm: &mut Vm, a: &[Value], kw: &[(QStr, Value)]) -> PyResult<Value> {
    let stream = match a.first() {
        Some(&v) => v,
        None => kwarg(vm, kw, "stream_object").unwrap_or(Value::None),
    };
    let index = match a.get(1).copied().or_else(|| kwarg(vm, kw, "index")) {
        Some(v) => vm.to_index(v)?,
        None => 0,
    };
    if a.len() > 2 {
        return Err(vm.type_error("dupterm() takes at most 2 arguments"));
    }
    let slots = crate::console::DUPTERM_SLOTS as i64;
    if !(0..slots).contains(&index) {
        return Err(vm.error(crate::error::ExcKind::ValueError, "invalid dupterm index"));
    }
    let prev = vm.dupterm[index as usize];
    vm.dupterm[index as usize] = stream;
    Ok(prev)
}
