//! Each optional built-in module is importable exactly when its `mod-*` cargo feature
//! is on: run with default features (all present) and, in CI, with
//! `--no-default-features` (only the always-present modules).

use std::cell::RefCell;
use std::rc::Rc;

use mica_core::port::{NullPort, Port};
use mica_core::vm::Vm;

struct Shared(Rc<RefCell<NullPort>>);

impl Port for Shared {
    fn write_stdout(&mut self, data: &[u8]) {
        self.0.borrow_mut().write_stdout(data);
    }
    fn write_stderr(&mut self, data: &[u8]) {
        self.0.borrow_mut().write_stderr(data);
    }
}

/// What `import name` prints: "ok" or the exception's type name.
fn import_result(name: &str) -> String {
    let port = Rc::new(RefCell::new(NullPort::default()));
    let mut vm = Vm::new(Box::new(Shared(port.clone())), 1 << 20);
    // Without `std` the VM allows itself a device's 32 KiB of stack, which an unoptimised
    // build's frames (and its 24 KiB margin) nearly fill before the compiler runs; the
    // test thread has 2 MiB.
    vm.set_stack_budget(256 * 1024);
    let src = format!(
        "try:\n    import {name}\n    print('ok')\nexcept ImportError:\n    print('ImportError')\n"
    );
    vm.run_main(&src, "test.py", None).expect("import test ran");
    let out = String::from_utf8(port.borrow().stdout.clone()).expect("utf-8");
    out.trim().to_string()
}

fn expect(name: &str, present: bool) {
    let want = if present { "ok" } else { "ImportError" };
    assert_eq!(import_result(name), want, "import {name}");
}

#[test]
fn always_present_modules() {
    for m in ["sys", "gc", "builtins", "errno", "micropython", "usys"] {
        expect(m, true);
    }
}

#[test]
fn optional_modules_follow_their_features() {
    let table: &[(&str, bool)] = &[
        ("math", cfg!(feature = "mod-math")),
        ("cmath", cfg!(feature = "mod-cmath")),
        ("time", cfg!(feature = "mod-time")),
        ("utime", cfg!(feature = "mod-time")),
        ("collections", cfg!(feature = "mod-collections")),
        ("json", cfg!(feature = "mod-json")),
        ("re", cfg!(feature = "mod-re")),
        ("struct", cfg!(feature = "mod-struct")),
        ("io", cfg!(feature = "mod-io")),
        ("binascii", cfg!(feature = "mod-binascii")),
        ("heapq", cfg!(feature = "mod-heapq")),
        ("random", cfg!(feature = "mod-random")),
        ("array", cfg!(feature = "mod-array")),
        ("hashlib", cfg!(feature = "mod-hashlib")),
        ("os", cfg!(feature = "mod-os")),
        ("platform", cfg!(feature = "mod-platform")),
        ("select", cfg!(feature = "mod-select")),
        ("functools", cfg!(feature = "mod-functools")),
        ("copy", cfg!(feature = "mod-copy")),
        ("abc", cfg!(feature = "mod-abc")),
        ("typing", cfg!(feature = "mod-typing")),
        ("string", cfg!(feature = "mod-string")),
        ("itertools", cfg!(feature = "mod-itertools")),
        ("contextlib", cfg!(feature = "mod-contextlib")),
        ("zlib", cfg!(feature = "mod-zlib")),
        ("deflate", cfg!(feature = "mod-zlib")),
        ("asyncio", cfg!(feature = "mod-asyncio")),
        ("machine", cfg!(feature = "mod-machine")),
        ("umachine", cfg!(feature = "mod-machine")),
        ("framebuf", cfg!(feature = "mod-framebuf")),
        ("uctypes", cfg!(feature = "mod-uctypes")),
    ];
    for &(m, present) in table {
        expect(m, present);
    }
}
