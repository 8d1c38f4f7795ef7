//! End-to-end runs of small programs through `Vm` with a `NullPort`, checking stdout.

use std::cell::RefCell;
use std::rc::Rc;

use mica_core::port::{NullPort, Port};
use mica_core::vm::Vm;

/// Forwards to a shared `NullPort` so the test can read the output after the run.
struct Shared(Rc<RefCell<NullPort>>);

impl Port for Shared {
    fn write_stdout(&mut self, data: &[u8]) {
        self.0.borrow_mut().write_stdout(data);
    }
    fn write_stderr(&mut self, data: &[u8]) {
        self.0.borrow_mut().write_stderr(data);
    }
}

/// Run `src` on a fresh VM; returns stdout, or the exception's type name on failure.
fn run_with_heap(src: &str, heap: usize) -> Result<String, String> {
    let port = Rc::new(RefCell::new(NullPort::default()));
    let mut vm = Vm::new(Box::new(Shared(port.clone())), heap);
    let result = vm.run_main(src, "test.py", None);
    let out = String::from_utf8(port.borrow().stdout.clone()).expect("utf-8 output");
    match result {
        Ok(_) => Ok(out),
        Err(e) => {
            let name = vm.type_name(mica_core::value::Value::Obj(e.0));
            Err(name.to_string())
        }
    }
}

fn run(src: &str) -> String {
    run_with_heap(src, 8 << 20).expect("program raised")
}

#[test]
fn prints_arithmetic_and_strings() {
    assert_eq!(
        run("print(1 + 2, 'a' * 3, 7 // 2, 2 ** 100)"),
        "3 aaa 3 1267650600228229401496703205376\n"
    );
}

#[test]
fn functions_closures_and_generators() {
    let src = "
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c())
def gen(k):
    for i in range(k):
        yield i * i
print(list(gen(4)), sum(x for x in gen(5)))
";
    assert_eq!(run(src), "3\n[0, 1, 4, 9] 30\n");
}

#[test]
fn classes_and_exceptions() {
    let src = "
class Base:
    def who(self):
        return 'base'
class Derived(Base):
    def who(self):
        return 'derived+' + super().who()
print(Derived().who())
try:
    {}['missing']
except KeyError as e:
    print('KeyError', e)
finally:
    print('finally')
";
    assert_eq!(run(src), "derived+base\nKeyError 'missing'\nfinally\n");
}

#[test]
fn uncaught_exception_is_reported_as_error() {
    assert_eq!(
        run_with_heap("print('before')\n1 / 0", 1 << 20),
        Err("ZeroDivisionError".to_string())
    );
    assert_eq!(
        run_with_heap("x = (", 1 << 20),
        Err("SyntaxError".to_string())
    );
}

#[test]
fn garbage_is_collected_within_a_small_heap() {
    // Far more is allocated in total than the heap holds; only collection makes it fit.
    let src = "
total = 0
for i in range(2000):
    a = [i] * 50
    b = [a, None]
    b[1] = b
    total += len(a)
print(total)
";
    assert_eq!(run_with_heap(src, 64 * 1024), Ok("100000\n".to_string()));
}

#[test]
fn memory_error_is_catchable() {
    let src = "
try:
    x = [0] * 10000000
except MemoryError:
    print('MemoryError')
print('still running')
";
    assert_eq!(
        run_with_heap(src, 256 * 1024),
        Ok("MemoryError\nstill running\n".to_string())
    );
}

/// Every name the runtime interns while it starts is a build-time string (see
/// `BUILTIN_NAMES` in `qstr.rs`), so start-up spends no RAM on interning.
#[test]
fn startup_interns_nothing_at_run_time() {
    let vm = Vm::new(Box::new(NullPort::default()), 1 << 20);
    let missing: Vec<&str> = vm.interner.runtime_strings().collect();
    assert!(
        missing.is_empty(),
        "add these names to BUILTIN_NAMES in qstr.rs: {missing:?}"
    );
}

/// The built-in classes' native methods are table entries until first looked up: start-up
/// makes no function object for them, and a lookup makes one, the same one every time.
#[test]
fn native_methods_are_made_on_first_lookup() {
    use mica_core::object::Obj;
    let mut vm = Vm::new(Box::new(NullPort::default()), 1 << 20);
    let natives = |vm: &Vm| {
        vm.heap
            .objects()
            .filter(|o| matches!(o, Obj::Native(_)))
            .count()
    };
    let at_start = natives(&vm);
    // Only `builtins` functions and a few module functions are objects at start.
    assert!(
        at_start < 120,
        "{at_start} native function objects at start"
    );
    let src = "a = list.append\nb = dict.get\nc = str.upper\n";
    vm.run_main(src, "test.py", None).expect("runs");
    // The three methods and the few `object` slots attribute access consults.
    let after = natives(&vm);
    assert!(
        after > at_start && after < at_start + 8,
        "{at_start} -> {after}"
    );
    vm.run_main(src, "test.py", None).expect("runs");
    assert_eq!(natives(&vm), after, "made again");
    vm.run_main(
        "assert list.append is a and list.__dict__['append'] is a",
        "t.py",
        None,
    )
    .expect("runs");
}

/// The lookup caches are sized by the embedder and allocated when code first runs.
#[test]
fn caches_are_allocated_when_code_first_runs() {
    use mica_core::caches::CacheSizes;
    let mut vm = Vm::new(Box::new(NullPort::default()), 1 << 20);
    assert_eq!(vm.cache_bytes(), 0);
    vm.set_cache_sizes(CacheSizes::SMALL);
    assert_eq!(vm.cache_bytes(), 0);
    vm.run_main("x = 1", "test.py", None).expect("runs");
    assert_eq!(vm.cache_bytes(), CacheSizes::SMALL.start_bytes());
    // A program with many attribute sites and globals grows them, up to their sizes.
    let mut src = String::from("class C:\n    pass\nc = C()\n");
    for i in 0..300 {
        src += &format!("c.a{i} = {i}\ng{i} = c.a{i}\n");
    }
    for _ in 0..3 {
        vm.run_main(&src, "test.py", None).expect("runs");
    }
    assert!(vm.cache_bytes() > CacheSizes::SMALL.start_bytes());
    assert!(vm.cache_bytes() <= CacheSizes::SMALL.bytes());
    // No caches at all: everything still works, through the full lookups.
    vm.set_cache_sizes(CacheSizes::NONE);
    let src =
        "class C:\n    def f(self): return 2\nc = C()\nc.a = 1\nprint(c.a + c.f() + len([1]))";
    vm.run_main(src, "test.py", None).expect("runs");
    assert_eq!(vm.cache_bytes(), 0);
}
