//! A port's memory probe (`Interpreter::set_memory_probe`): what the core does when the
//! port reports its region nearly full. A call's start is a safe point, so a region
//! filled by garbage is collected there instead of raising `MemoryError`.

use std::cell::Cell;

use mica_core::{Context, Error, Interpreter, NativeModule, Port, PyVal};

const REGION: usize = 1 << 20;
const RESERVE: usize = 64 * 1024;

thread_local! {
    /// Whether the probe reports the region as nearly full (less than half the reserve
    /// free), as a device's allocator does when garbage fills it. A collection clears it.
    static FULL: Cell<bool> = const { Cell::new(false) };
    /// Whether a collection leaves the region full (live data fills it).
    static STUCK: Cell<bool> = const { Cell::new(false) };
    static COLLECTIONS: Cell<usize> = const { Cell::new(0) };
}

fn probe() -> (usize, usize) {
    if FULL.with(Cell::get) {
        (REGION - RESERVE / 4, REGION)
    } else {
        (REGION / 8, REGION)
    }
}

fn collected() {
    if !STUCK.with(Cell::get) {
        FULL.with(|f| f.set(false));
    }
    COLLECTIONS.with(|c| c.set(c.get() + 1));
}

/// `fill(live)`: the region is now nearly full (as far as the probe tells), of garbage
/// or, with `live` true, of live data that no collection frees.
fn fill(_ctx: &mut Context, args: &[PyVal]) -> Result<PyVal, Error> {
    FULL.with(|f| f.set(true));
    STUCK.with(|s| s.set(matches!(args, [PyVal::Bool(true)])));
    Ok(PyVal::None)
}

/// `collections()`: how many collections the core has run.
fn collections(_ctx: &mut Context, _args: &[PyVal]) -> Result<PyVal, Error> {
    Ok(PyVal::Int(COLLECTIONS.with(Cell::get) as i64))
}

static REGION_MOD: NativeModule = NativeModule {
    name: "region",
    functions: &[("fill", fill), ("collections", collections)],
    constants: &[],
};

struct Out(std::rc::Rc<std::cell::RefCell<String>>);

impl Port for Out {
    fn write_stdout(&mut self, data: &[u8]) {
        self.0.borrow_mut().push_str(&String::from_utf8_lossy(data));
    }
    fn write_stderr(&mut self, data: &[u8]) {
        self.write_stdout(data);
    }
}

fn run(src: &str) -> (Result<(), Error>, String) {
    let out = std::rc::Rc::new(std::cell::RefCell::new(String::new()));
    let mut py = Interpreter::with_modules(Box::new(Out(out.clone())), REGION, &[&REGION_MOD]);
    py.set_memory_probe(probe, RESERVE);
    py.set_collect_hook(collected);
    let r = py.exec(src);
    let text = out.borrow().clone();
    (r, text)
}

#[test]
fn calls_collect_a_region_full_of_garbage_instead_of_raising() {
    let (r, out) = run("import region\n\
         def f(x):\n    return x + 1\n\
         s = i = 0\n\
         n = region.collections()\n\
         region.fill(False)\n\
         while i < 1000:\n    s += f(i) + f(-1)\n    i += 1\n\
         print(s, region.collections() > n)\n");
    assert!(r.is_ok(), "{r:?}");
    assert_eq!(out, "500500 True\n");
}

#[test]
fn calls_raise_memory_error_when_collecting_frees_nothing() {
    // (Nothing in the loops allocates, so nothing else asks for a collection.)
    // The probe stays full whatever is collected: live data fills the region, and
    // even the handler cannot allocate.
    let (r, out) = run("import region\n\
         def f(x):\n    return x + 1\n\
         print('start')\n\
         i = 0\n\
         region.fill(True)\n\
         while i < 1000:\n    f(i)\n    f(i)\n    i += 1\n\
         print('not reached')\n");
    let e = r.expect_err("the calls must fail");
    assert_eq!(e.kind, "MemoryError");
    assert_eq!(e.traceback.lines().last(), Some("MemoryError"));
    assert_eq!(out, "start\n");
}
