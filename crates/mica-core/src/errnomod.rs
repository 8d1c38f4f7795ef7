//! The `errno` module: symbolic error numbers (Linux values) and `errorcode`.

use crate::error::PyResult;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

const CODES: &[(&str, i64)] = &[
    ("EPERM", 1),
    ("ENOENT", 2),
    ("ESRCH", 3),
    ("EINTR", 4),
    ("EIO", 5),
    ("ENXIO", 6),
    ("E2BIG", 7),
    ("ENOEXEC", 8),
    ("EBADF", 9),
    ("ECHILD", 10),
    ("EAGAIN", 11),
    ("ENOMEM", 12),
    ("EACCES", 13),
    ("EFAULT", 14),
    ("EBUSY", 16),
    ("EEXIST", 17),
    ("EXDEV", 18),
    ("ENODEV", 19),
    ("ENOTDIR", 20),
    ("EISDIR", 21),
    ("EINVAL", 22),
    ("ENFILE", 23),
    ("EMFILE", 24),
    ("ENOTTY", 25),
    ("EFBIG", 27),
    ("ENOSPC", 28),
    ("ESPIPE", 29),
    ("EROFS", 30),
    ("EMLINK", 31),
    ("EPIPE", 32),
    ("EDOM", 33),
    ("ERANGE", 34),
    ("EDEADLK", 35),
    ("ENAMETOOLONG", 36),
    ("ENOSYS", 38),
    ("ENOTEMPTY", 39),
    ("EWOULDBLOCK", 11),
    ("EOPNOTSUPP", 95),
    ("EADDRINUSE", 98),
    ("ECONNABORTED", 103),
    ("ECONNRESET", 104),
    ("ENOBUFS", 105),
    ("EISCONN", 106),
    ("ENOTCONN", 107),
    ("ETIMEDOUT", 110),
    ("ECONNREFUSED", 111),
    ("EHOSTUNREACH", 113),
    ("EALREADY", 114),
    ("EINPROGRESS", 115),
];

/// The symbolic name of an error number (`"ENOENT"`), if known.
pub fn name(errno: i64) -> Option<&'static str> {
    CODES.iter().find(|&&(_, n)| n == errno).map(|&(s, _)| s)
}

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    let codes = vm.new_dict()?;
    vm.temp_roots.push(codes);
    let r = (|| {
        for &(name, n) in CODES {
            let q = vm.interner.intern(name);
            vm.dict_set_str(d, q, Value::Int(n))?;
            if vm.dict_get_item(codes, Value::Int(n))?.is_none() {
                vm.dict_set_item(codes, Value::Int(n), Value::Str(q))?;
            }
        }
        let q = vm.interner.intern_static("errorcode");
        vm.dict_set_str(d, q, codes)
    })();
    vm.temp_roots.pop();
    r
}
