//! Frozen modules (`modules/frozen/*.py`, compiled when Mica is built into
//! `modules/frozen_code.rs`): importing one compiles nothing.

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

/// Run `src` as `__main__`; (stdout, sources compiled while it ran, its own included).
fn run(src: &str) -> (String, u32) {
    let port = Rc::new(RefCell::new(NullPort::default()));
    let mut vm = Vm::new(Box::new(Shared(port.clone())), 4 << 20);
    let before = vm.compiled_sources;
    vm.run_main(src, "test.py", None).expect("program ran");
    let out = String::from_utf8(port.borrow().stdout.clone()).expect("utf-8");
    (out, vm.compiled_sources - before)
}

/// Every module written in Python imports and works without the compiler running:
/// only the program itself is compiled.
#[test]
fn importing_frozen_modules_compiles_nothing() {
    let (out, compiled) = run(concat!(
        "import asyncio, collections, re, json, abc, copy, functools, heapq, io\n",
        "import itertools, contextlib, string, random, struct, typing, binascii, array\n",
        "import os, select, zlib, machine\n",
        "print(json.dumps({'k': [1, 2.5, None]}), re.sub(r'\\d+', '#', 'a1b22'))\n",
        "print(collections.deque([1, 2], 3), list(itertools.accumulate([1, 2, 3])))\n",
        "async def main():\n",
        "    await asyncio.sleep(0)\n",
        "    return 'done'\n",
        "print(asyncio.run(main()))\n",
    ));
    assert_eq!(
        out,
        "{\"k\": [1, 2.5, null]} a#b#\ndeque([1, 2], maxlen=3) [1, 3, 6]\ndone\n"
    );
    assert_eq!(compiled, 1, "only the program itself is compiled");
}

/// The counter does count: `exec` of a string compiles it.
#[test]
fn exec_of_source_is_counted() {
    let (out, compiled) = run("exec('print(6 * 7)')\n");
    assert_eq!(out, "42\n");
    assert_eq!(compiled, 2);
}
