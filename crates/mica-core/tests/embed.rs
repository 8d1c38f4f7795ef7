//! The embedding facade (`mica_core::embed`), function by function, error paths included.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use mica_core::embed::{Outcome, Repl, SOFT_REBOOT};
use mica_core::port::PathKind;
use mica_core::{Const, Context, Error, Interpreter, NativeModule, Port, PyVal, ScriptOutcome};

// ------------------------------------------------------------------ a test port

/// What the test port shares with the test: output, console input, a tiny in-memory
/// filesystem, a pending Ctrl-C and the `set_kbd_intr` calls seen.
#[derive(Default)]
struct State {
    out: String,
    input: VecDeque<u8>,
    files: Vec<(String, String)>,
    interrupt: bool,
    kbd_intr: Vec<i32>,
}

#[derive(Clone, Default)]
struct Shared(Rc<RefCell<State>>);

impl Shared {
    fn out(&self) -> String {
        self.0.borrow().out.clone()
    }
    fn take_out(&self) -> String {
        std::mem::take(&mut self.0.borrow_mut().out)
    }
    fn file(&self, path: &str, text: &str) {
        let mut st = self.0.borrow_mut();
        st.files.retain(|(p, _)| p != path);
        st.files.push((path.to_string(), text.to_string()));
    }
    fn input(&self, bytes: &[u8]) {
        self.0.borrow_mut().input.extend(bytes.iter().copied());
    }
}

struct TestPort(Shared);

impl Port for TestPort {
    fn write_stdout(&mut self, data: &[u8]) {
        let text = String::from_utf8_lossy(data);
        (self.0).0.borrow_mut().out.push_str(&text);
    }
    fn write_stderr(&mut self, data: &[u8]) {
        self.write_stdout(data);
    }
    fn read_byte(&mut self) -> Option<u8> {
        (self.0).0.borrow_mut().input.pop_front()
    }
    fn path_kind(&mut self, path: &str) -> PathKind {
        let st = (self.0).0.borrow();
        if st.files.iter().any(|(p, _)| p == path) {
            PathKind::File
        } else {
            PathKind::Missing
        }
    }
    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, i32> {
        let st = (self.0).0.borrow();
        match st.files.iter().find(|(p, _)| p == path) {
            Some((_, t)) => Ok(t.as_bytes().to_vec()),
            None => Err(2),
        }
    }
    fn take_interrupt(&mut self) -> bool {
        std::mem::take(&mut (self.0).0.borrow_mut().interrupt)
    }
    fn set_kbd_intr(&mut self, byte: i32) {
        (self.0).0.borrow_mut().kbd_intr.push(byte);
    }
}

fn interp(heap: usize) -> (Interpreter, Shared) {
    let sh = Shared::default();
    (Interpreter::new(Box::new(TestPort(sh.clone())), heap), sh)
}

fn big() -> (Interpreter, Shared) {
    interp(1 << 20)
}

// ------------------------------------------------------------------ a native module

fn dev_read(_ctx: &mut Context, args: &[PyVal]) -> Result<PyVal, Error> {
    match args {
        [PyVal::Int(ch)] if (0..4).contains(ch) => Ok(PyVal::Int(ch * 100)),
        [PyVal::Int(_)] => Err(Error::value_error("no such channel")),
        _ => Err(Error::type_error("read(channel)")),
    }
}

/// `fail(kind, message)`: raise an exception of the class named `kind`.
fn dev_fail(_ctx: &mut Context, args: &[PyVal]) -> Result<PyVal, Error> {
    let kind = args.first().and_then(PyVal::as_str).unwrap_or("ValueError");
    let msg = args.get(1).and_then(PyVal::as_str).unwrap_or("");
    Err(Error::new(kind, msg))
}

fn dev_nodev(_ctx: &mut Context, _args: &[PyVal]) -> Result<PyVal, Error> {
    Err(Error::os_error(19))
}

fn dev_echo(_ctx: &mut Context, args: &[PyVal]) -> Result<PyVal, Error> {
    Ok(PyVal::Tuple(args.to_vec()))
}

/// `callback(name, x)`: call the Python function `name` with `x` and add one.
fn dev_callback(ctx: &mut Context, args: &[PyVal]) -> Result<PyVal, Error> {
    let name = args.first().and_then(PyVal::as_str).unwrap_or("f");
    let r = ctx.call(name, &args[1..])?;
    Ok(PyVal::Int(r.as_int().unwrap_or(0) + 1))
}

fn dev_say(ctx: &mut Context, args: &[PyVal]) -> Result<PyVal, Error> {
    let text = args.first().and_then(PyVal::as_str).unwrap_or("");
    ctx.port().write_stdout(text.as_bytes());
    Ok(PyVal::Int(ctx.mem_free() as i64))
}

static DEV: NativeModule = NativeModule {
    name: "dev",
    functions: &[
        ("read", dev_read),
        ("fail", dev_fail),
        ("nodev", dev_nodev),
        ("echo", dev_echo),
        ("callback", dev_callback),
        ("say", dev_say),
    ],
    constants: &[
        ("CHANNELS", Const::Int(4)),
        ("NAME", Const::Str("devboard")),
        ("VREF", Const::Float(3.3)),
        ("FAST", Const::Bool(true)),
        ("NOTHING", Const::None),
        ("MAGIC", Const::Bytes(b"\x01\x02")),
    ],
};

/// A second module replacing the built-in `gc` (registered modules come first).
static FAKE_GC: NativeModule = NativeModule {
    name: "gc",
    functions: &[],
    constants: &[("fake", Const::Bool(true))],
};

fn with_dev() -> (Interpreter, Shared) {
    let sh = Shared::default();
    let it = Interpreter::with_modules(Box::new(TestPort(sh.clone())), 1 << 20, &[&DEV]);
    (it, sh)
}

// ------------------------------------------------------------------ exec / run / eval

#[test]
fn exec_runs_in_main_and_prints_through_the_port() {
    let (mut py, out) = big();
    py.exec("x = 6 * 7\nprint('x is', x)").unwrap();
    assert_eq!(out.out(), "x is 42\n");
    // State persists between calls: one `__main__`.
    py.exec("print(x + 1, __name__)").unwrap();
    assert_eq!(out.out(), "x is 42\n43 __main__\n");
    // Ctrl-C is armed while code runs and disarmed after.
    assert_eq!(out.0.borrow().kbd_intr.last(), Some(&-1));
    assert!(out.0.borrow().kbd_intr.contains(&3));
}

#[test]
fn bad_source_is_a_syntax_error() {
    let (mut py, _) = big();
    let e = py.exec("def f(:\n    pass").unwrap_err();
    assert_eq!(e.kind, "SyntaxError");
    assert!(e.is_a("Exception"));
    assert!(e.traceback.contains("SyntaxError"), "{}", e.traceback);
    let e = py.eval("1 +").unwrap_err();
    assert_eq!(e.kind, "SyntaxError");
    // An indentation error is a SyntaxError too.
    let e = py.exec("if 1:\nprint(1)").unwrap_err();
    assert_eq!(e.kind, "IndentationError");
    assert!(e.is_a("SyntaxError"));
}

#[test]
fn python_exceptions_come_back_with_class_message_and_traceback() {
    let (mut py, _) = big();
    let e = py
        .run("def f():\n    return 1 / 0\n\nf()\n", "app.py")
        .unwrap_err();
    assert_eq!(e.kind, "ZeroDivisionError");
    assert_eq!(e.message, "division by zero");
    assert_eq!(e.to_string(), "ZeroDivisionError: division by zero");
    assert!(e.is_a("ArithmeticError") && e.is_a("Exception") && !e.is_a("ValueError"));
    assert!(e
        .traceback
        .starts_with("Traceback (most recent call last):\n"));
    assert!(e.traceback.contains("File \"app.py\", line 4, in <module>"));
    assert!(e.traceback.contains("File \"app.py\", line 2, in f"));
    assert!(e
        .traceback
        .ends_with("ZeroDivisionError: division by zero\n"));

    // A user-defined class: its name, and its bases for `is_a`.
    let e = py
        .exec("class SensorError(ValueError):\n    pass\nraise SensorError('hot')")
        .unwrap_err();
    assert_eq!(e.kind, "SensorError");
    assert_eq!(e.to_string(), "SensorError: hot");
    assert!(e.is_a("ValueError") && e.is_a("BaseException"));
    assert!(!e.is_a("object"));

    // No arguments: Display is the bare class name.
    let e = py.exec("raise KeyboardInterrupt").unwrap_err();
    assert_eq!(e.kind, "KeyboardInterrupt");
    assert_eq!(e.message, "");
    assert_eq!(e.to_string(), "KeyboardInterrupt");

    // An OSError carries its errno.
    let e = py
        .exec("import errno\nraise OSError(errno.ENOENT, 'gone')")
        .unwrap_err();
    assert_eq!(e.kind, "FileNotFoundError");
    assert_eq!(e.errno, Some(2));
    assert_eq!(e.to_string(), "FileNotFoundError: [Errno 2] gone");

    // A `__str__` that raises leaves the message empty.
    let e = py
        .exec("calls = []\nclass Odd(Exception):\n    def __str__(self):\n        calls.append(1)\n        raise ValueError\nraise Odd(1)")
        .unwrap_err();
    assert_eq!((e.kind.as_str(), e.message.as_str()), ("Odd", ""));
    assert_eq!(e.to_string(), "Odd");
    assert_eq!(py.eval("len(calls) >= 1").unwrap(), PyVal::Bool(true));

    // SystemExit is an error like any other for `exec`.
    let e = py.exec("import sys\nsys.exit(3)").unwrap_err();
    assert_eq!(e.kind, "SystemExit");
}

#[test]
fn eval_reads_values() {
    let (mut py, _) = big();
    assert_eq!(py.eval("1 + 2").unwrap(), PyVal::Int(3));
    assert_eq!(py.eval("None").unwrap(), PyVal::None);
    assert_eq!(py.eval("3 > 2").unwrap(), PyVal::Bool(true));
    assert_eq!(py.eval("7 / 2").unwrap(), PyVal::Float(3.5));
    assert_eq!(py.eval("'a' * 3").unwrap(), PyVal::from("aaa"));
    assert_eq!(py.eval("'é'").unwrap(), PyVal::from("é"));
    assert_eq!(
        py.eval("b'\\x00\\xff'").unwrap(),
        PyVal::Bytes(vec![0, 255])
    );
    assert_eq!(
        py.eval("bytearray(b'ab')").unwrap(),
        PyVal::Bytes(b"ab".to_vec())
    );
    assert_eq!(
        py.eval("(1, [2.5, 'x'], {'k': (None,)})").unwrap(),
        PyVal::Tuple(vec![
            PyVal::Int(1),
            PyVal::List(vec![PyVal::Float(2.5), PyVal::from("x")]),
            PyVal::Dict(vec![(PyVal::from("k"), PyVal::Tuple(vec![PyVal::None]))]),
        ])
    );
    // Ints at the edge of i64 stay `Int`; beyond it they come back as decimal digits.
    assert_eq!(py.eval("-2**63").unwrap(), PyVal::Int(i64::MIN));
    assert_eq!(py.eval("2**63 - 1").unwrap(), PyVal::Int(i64::MAX));
    assert_eq!(
        py.eval("2**63").unwrap(),
        PyVal::BigInt("9223372036854775808".into())
    );
    assert_eq!(
        py.eval("-3**50").unwrap(),
        PyVal::BigInt("-717897987691852588770249".into())
    );
    // What has no Rust counterpart comes back as its repr.
    assert_eq!(py.eval("{1}").unwrap(), PyVal::Other("{1}".into()));
    assert_eq!(py.eval("1j").unwrap(), PyVal::Other("1j".into()));
    assert_eq!(
        py.eval("len").unwrap(),
        PyVal::Other("<built-in function len>".into())
    );
    // ... including a user `__repr__`, which runs.
    py.exec("class P:\n    def __repr__(self):\n        return 'P!'")
        .unwrap();
    assert_eq!(
        py.eval("[P(), P()]").unwrap(),
        PyVal::List(vec![PyVal::Other("P!".into()), PyVal::Other("P!".into())])
    );
    // A name error.
    let e = py.eval("nope").unwrap_err();
    assert_eq!(e.kind, "NameError");
    // eval takes an expression only.
    assert_eq!(py.eval("x = 1").unwrap_err().kind, "SyntaxError");
}

#[test]
fn set_and_get_globals() {
    let (mut py, _) = big();
    py.set("limit", &PyVal::from(10)).unwrap();
    py.exec("twice = limit * 2").unwrap();
    assert_eq!(py.get("twice").unwrap(), PyVal::Int(20));
    assert_eq!(py.get("nope").unwrap_err().kind, "NameError");
    // Dotted names reach attributes and modules.
    py.exec("class C:\n    v = 5\nobj = C()").unwrap();
    assert_eq!(py.get("obj.v").unwrap(), PyVal::Int(5));
    assert_eq!(py.get("obj.w").unwrap_err().kind, "AttributeError");
    assert_eq!(py.get("sys.maxsize").unwrap(), PyVal::Int(i64::MAX));
    // A value that cannot exist in Python.
    let e = py.set("x", &PyVal::Other("?".into())).unwrap_err();
    assert_eq!(e.kind, "TypeError");
}

// ------------------------------------------------------------------ PyVal round trips

fn roundtrip(py: &mut Interpreter, v: PyVal) -> PyVal {
    py.call("ident", &[v]).unwrap()
}

#[test]
fn pyval_round_trips() {
    let (mut py, _) = big();
    py.exec("def ident(x):\n    return x\ndef kind(x):\n    return type(x).__name__")
        .unwrap();
    let nested = PyVal::Dict(vec![
        (
            PyVal::from("readings"),
            PyVal::List(vec![
                PyVal::Int(1),
                PyVal::Float(-0.5),
                PyVal::List(vec![PyVal::List(vec![PyVal::None, PyVal::Bool(false)])]),
            ]),
        ),
        (PyVal::Int(7), PyVal::Bytes(vec![0, 1, 2, 255])),
        (
            PyVal::Tuple(vec![PyVal::Int(1), PyVal::from("a")]),
            PyVal::Dict(vec![(PyVal::from("inner"), PyVal::Tuple(vec![]))]),
        ),
        (PyVal::Float(2.5), PyVal::from(String::from("ünï"))),
    ]);
    for v in [
        PyVal::None,
        PyVal::Bool(true),
        PyVal::Int(0),
        PyVal::Int(i64::MIN),
        PyVal::Int(i64::MAX),
        PyVal::Float(1e300),
        PyVal::Float(f64::INFINITY),
        PyVal::Float(-0.0),
        PyVal::from(""),
        PyVal::from("a\nb\u{1F600}"),
        PyVal::Bytes(vec![]),
        PyVal::Bytes((0..=255).collect()),
        PyVal::List(vec![]),
        PyVal::Tuple(vec![PyVal::Int(1)]),
        PyVal::Dict(vec![]),
        PyVal::BigInt("123456789012345678901234567890".into()),
        PyVal::BigInt("-98765432109876543210".into()),
        nested.clone(),
    ] {
        assert_eq!(roundtrip(&mut py, v.clone()), v);
    }
    // NaN survives (but is not equal to itself).
    match roundtrip(&mut py, PyVal::Float(f64::NAN)) {
        PyVal::Float(f) => assert!(f.is_nan()),
        other => panic!("{other:?}"),
    }
    // Python sees the right types.
    let kind = |py: &mut Interpreter, v: PyVal| py.call("kind", &[v]).unwrap();
    assert_eq!(kind(&mut py, PyVal::from(1)), PyVal::from("int"));
    assert_eq!(kind(&mut py, PyVal::from(true)), PyVal::from("bool"));
    assert_eq!(kind(&mut py, PyVal::from(1.0)), PyVal::from("float"));
    assert_eq!(kind(&mut py, PyVal::from("s")), PyVal::from("str"));
    assert_eq!(kind(&mut py, PyVal::from(&b"b"[..])), PyVal::from("bytes"));
    assert_eq!(kind(&mut py, PyVal::Tuple(vec![])), PyVal::from("tuple"));
    assert_eq!(
        kind(&mut py, PyVal::from(vec![PyVal::None])),
        PyVal::from("list")
    );
    assert_eq!(kind(&mut py, PyVal::Dict(vec![])), PyVal::from("dict"));
    assert_eq!(
        kind(&mut py, PyVal::from(None::<i64>)),
        PyVal::from("NoneType")
    );
    assert_eq!(
        kind(&mut py, PyVal::BigInt("1".repeat(40))),
        PyVal::from("int")
    );
    // Big-int digits that fit in i64 simply make a small int.
    assert_eq!(
        roundtrip(&mut py, PyVal::BigInt("-42".into())),
        PyVal::Int(-42)
    );
    // Python arithmetic on a big int from Rust.
    py.set("b", &PyVal::BigInt("18446744073709551616".into()))
        .unwrap();
    assert_eq!(py.eval("b // 2**60").unwrap(), PyVal::Int(16));
    // Equal dict keys collapse, as in Python.
    assert_eq!(
        roundtrip(
            &mut py,
            PyVal::Dict(vec![
                (PyVal::Int(1), PyVal::from("a")),
                (PyVal::Float(1.0), PyVal::from("b")),
            ])
        ),
        PyVal::Dict(vec![(PyVal::Int(1), PyVal::from("b"))])
    );
}

#[test]
fn conversion_errors() {
    let (mut py, _) = big();
    py.exec("def ident(x):\n    return x").unwrap();
    // An unhashable dict key.
    let e = py
        .call(
            "ident",
            &[PyVal::Dict(vec![(PyVal::List(vec![]), PyVal::None)])],
        )
        .unwrap_err();
    assert_eq!(e.kind, "TypeError");
    assert!(e.message.contains("unhashable"), "{e}");
    // Digits that are not a number.
    let e = py
        .call("ident", &[PyVal::BigInt("12x".into())])
        .unwrap_err();
    assert_eq!(e.kind, "ValueError");
    // `Other` does not go back.
    let e = py.call("ident", &[PyVal::Other("{1}".into())]).unwrap_err();
    assert_eq!(e.kind, "TypeError");
    // Too deep, either way.
    let mut deep = PyVal::Int(0);
    for _ in 0..40 {
        deep = PyVal::List(vec![deep]);
    }
    assert_eq!(py.call("ident", &[deep]).unwrap_err().kind, "ValueError");
    py.exec("cyc = []\ncyc.append(cyc)").unwrap();
    let e = py.eval("cyc").unwrap_err();
    assert_eq!(e.kind, "ValueError");
    assert!(e.message.contains("nested too deeply"), "{e}");
    // The interpreter is fine afterwards.
    assert_eq!(py.eval("len(cyc)").unwrap(), PyVal::Int(1));
}

// ------------------------------------------------------------------ calling Python

#[test]
fn call_by_name() {
    let (mut py, sh) = big();
    py.set_sys_path(&[""]).unwrap();
    sh.file(
        "helpers.py",
        "class HelperError(Exception):\n    pass\n\ndef twice(x):\n    return x * 2\n\ndef boom():\n    raise HelperError('boom')\n",
    );
    py.exec(
        "def add(a, b=10, *, scale=1):\n    return (a + b) * scale\n\
         class Counter:\n    def __init__(self):\n        self.n = 0\n    def bump(self, k):\n        self.n += k\n        return self.n\n\
         counter = Counter()\n",
    )
    .unwrap();
    assert_eq!(
        py.call("add", &[1.into(), 2.into()]).unwrap(),
        PyVal::Int(3)
    );
    assert_eq!(py.call("add", &[1.into()]).unwrap(), PyVal::Int(11));
    assert_eq!(
        py.call_kw("add", &[1.into()], &[("b", 4.into()), ("scale", 3.into())])
            .unwrap(),
        PyVal::Int(15)
    );
    // A method through an attribute path.
    assert_eq!(py.call("counter.bump", &[5.into()]).unwrap(), PyVal::Int(5));
    assert_eq!(py.call("counter.bump", &[2.into()]).unwrap(), PyVal::Int(7));
    // A module function: the module is imported through the port's filesystem.
    assert_eq!(
        py.call("helpers.twice", &["ab".into()]).unwrap(),
        PyVal::from("abab")
    );
    // A built-in function and a built-in module's.
    assert_eq!(
        py.call("len", &[PyVal::from("four")]).unwrap(),
        PyVal::Int(4)
    );
    assert_eq!(py.call("sys.exit", &[]).unwrap_err().kind, "SystemExit");
    // Errors.
    let e = py.call("missing", &[]).unwrap_err();
    assert_eq!(e.kind, "NameError");
    assert_eq!(e.to_string(), "NameError: name 'missing' is not defined");
    assert_eq!(
        py.call("counter.nope", &[]).unwrap_err().kind,
        "AttributeError"
    );
    assert_eq!(
        py.call("helpers.nope", &[]).unwrap_err().kind,
        "AttributeError"
    );
    assert_eq!(
        py.call("nomodule.f", &[]).unwrap_err().kind,
        "ModuleNotFoundError"
    );
    let e = py.call("add", &[]).unwrap_err();
    assert_eq!(e.kind, "TypeError");
    let e = py.call("counter.n", &[]).unwrap_err();
    assert_eq!(e.to_string(), "TypeError: 'int' object is not callable");
    let e = py.call("add", &[1.into(), "x".into()]).unwrap_err();
    assert_eq!(e.kind, "TypeError");
    assert!(e.traceback.contains("in add"), "{}", e.traceback);
    let e = py.call("helpers.boom", &[]).unwrap_err();
    assert_eq!(e.kind, "HelperError");
    assert!(e.traceback.contains("File \"helpers.py\", line 8, in boom"));
    // The caller's state is intact after all that.
    assert_eq!(py.eval("counter.n").unwrap(), PyVal::Int(7));
}

#[test]
fn values_survive_collections_during_calls() {
    let (mut py, _) = interp(64 * 1024);
    py.exec(
        "import gc\n\
         def churn(a, b):\n    junk = [[i] * 10 for i in range(200)]\n    gc.collect()\n    return [a, b, [str(i) for i in range(20)]]\n",
    )
    .unwrap();
    for _ in 0..20 {
        let r = py
            .call(
                "churn",
                &[
                    PyVal::List(vec!["x".into(), PyVal::Bytes(vec![1; 50])]),
                    PyVal::Dict(vec![("k".into(), PyVal::BigInt("9".repeat(30)))]),
                ],
            )
            .unwrap();
        let items = r.as_slice().unwrap();
        assert_eq!(
            items[0],
            PyVal::List(vec!["x".into(), PyVal::Bytes(vec![1; 50])])
        );
        assert_eq!(
            items[1],
            PyVal::Dict(vec![("k".into(), PyVal::BigInt("9".repeat(30)))])
        );
        assert_eq!(items[2].as_slice().unwrap().len(), 20);
    }
}

// ------------------------------------------------------------------ native modules

#[test]
fn native_module_is_imported_on_demand() {
    let (mut py, out) = with_dev();
    assert_eq!(py.modules().len(), 1);
    // Nothing is built until imported.
    assert_eq!(
        py.eval("__import__('sys').modules.get('dev')").unwrap(),
        PyVal::None
    );
    py.exec(
        "import dev\n\
         print(dev.CHANNELS, dev.NAME, dev.VREF, dev.FAST, dev.NOTHING, dev.MAGIC)\n\
         print(dev.read(2), dev.read, dev.__name__)\n\
         from dev import read\n\
         import dev as again\n\
         print(read(3), again is dev)\n",
    )
    .unwrap();
    assert_eq!(
        out.take_out(),
        "4 devboard 3.3 True None b'\\x01\\x02'\n200 <built-in function read> dev\n300 True\n"
    );
    // Arguments of every kind arrive as PyVals.
    assert_eq!(
        py.eval("dev.echo(1, 'two', [3.0, None], {'k': b'v'}, 2**70)")
            .unwrap(),
        PyVal::Tuple(vec![
            1.into(),
            "two".into(),
            PyVal::List(vec![3.0.into(), PyVal::None]),
            PyVal::Dict(vec![("k".into(), PyVal::Bytes(b"v".to_vec()))]),
            PyVal::BigInt("1180591620717411303424".into()),
        ])
    );
    // The context reaches the port.
    let free = py.eval("dev.say('hello\\n')").unwrap();
    assert!(free.as_int().unwrap() > 0);
    assert_eq!(out.take_out(), "hello\n");
    // Keywords are refused.
    let e = py.eval("dev.read(channel=1)").unwrap_err();
    assert_eq!(
        e.to_string(),
        "TypeError: read() takes no keyword arguments"
    );
    // A missing module is still missing.
    assert_eq!(
        py.exec("import devx").unwrap_err().kind,
        "ModuleNotFoundError"
    );
}

#[test]
fn native_errors_are_python_exceptions() {
    let (mut py, out) = with_dev();
    py.exec(
        "import dev\n\
         try:\n    dev.read(9)\nexcept ValueError as e:\n    print('caught', type(e).__name__, e)\n\
         try:\n    dev.read('x')\nexcept TypeError as e:\n    print('caught', e)\n\
         try:\n    dev.nodev()\nexcept OSError as e:\n    print('caught', e.errno, e)\n\
         try:\n    dev.fail('KeyError', 'k')\nexcept LookupError as e:\n    print('caught', type(e).__name__)\n\
         class Mine(Exception):\n    pass\n\
         try:\n    dev.fail('Mine', 'm')\nexcept Mine as e:\n    print('caught', type(e).__name__, e)\n\
         try:\n    dev.fail('NoSuchError', 'what')\nexcept RuntimeError as e:\n    print('caught', e)\n\
         try:\n    dev.fail('len', 'not a class')\nexcept RuntimeError as e:\n    print('caught', e)\n\
         try:\n    dev.fail('StopIteration')\nexcept StopIteration as e:\n    print('caught', repr(e))\n",
    )
    .unwrap();
    assert_eq!(
        out.take_out(),
        "caught ValueError no such channel\n\
         caught read(channel)\n\
         caught 19 [Errno 19] ENODEV\n\
         caught KeyError\n\
         caught Mine m\n\
         caught NoSuchError: what\n\
         caught len: not a class\n\
         caught StopIteration()\n"
    );
    // Uncaught, it comes back to Rust with the Python traceback.
    let e = py
        .run("import dev\ndef go():\n    dev.read(5)\ngo()\n", "go.py")
        .unwrap_err();
    assert_eq!(e.to_string(), "ValueError: no such channel");
    assert!(e.traceback.contains("File \"go.py\", line 3, in go"));
    let e = py.eval("dev.nodev()").unwrap_err();
    assert_eq!((e.kind.as_str(), e.errno), ("OSError", Some(19)));
    assert_eq!(e.to_string(), "OSError: [Errno 19] ENODEV");
    // A class from a module, by dotted name; errno 2 picks FileNotFoundError.
    py.set_sys_path(&[""]).unwrap();
    out.file("errs.py", "class Busy(OSError):\n    pass\n");
    let e = py.eval("dev.fail('errs.Busy', 'later')").unwrap_err();
    assert_eq!(e.kind, "Busy");
    assert!(e.is_a("OSError"));
}

#[test]
fn native_function_calls_back_into_python() {
    let (mut py, _) = with_dev();
    py.exec("import dev\ndef sq(x):\n    return x * x\ndef bad(x):\n    raise IndexError('no')")
        .unwrap();
    assert_eq!(py.eval("dev.callback('sq', 7)").unwrap(), PyVal::Int(50));
    // An exception in the callback travels back through the native function.
    let e = py.eval("dev.callback('bad', 1)").unwrap_err();
    assert_eq!(e.to_string(), "IndexError: no");
    let e = py.eval("dev.callback('missing', 1)").unwrap_err();
    assert_eq!(e.kind, "NameError");
}

#[test]
fn registered_module_replaces_a_builtin_one() {
    let (mut py, _) = big();
    py.register_module(&FAKE_GC);
    assert_eq!(py.eval("__import__('gc').fake").unwrap(), PyVal::Bool(true));
}

#[test]
fn os_error_values() {
    let e = Error::os_error(2);
    assert_eq!(e.to_string(), "OSError: [Errno 2] ENOENT");
    assert_eq!(e.errno, Some(2));
    assert!(e.is_a("OSError") && e.is_a("Exception") && !e.is_a("ValueError"));
    let e = Error::os_error_with(5, "bus fault");
    assert_eq!(e.to_string(), "OSError: [Errno 5] bus fault");
    assert_eq!(Error::new("ValueError", "").to_string(), "ValueError");
    assert_eq!(Error::runtime_error("x").to_string(), "RuntimeError: x");
    let _: &dyn std::error::Error = &e;
}

// ------------------------------------------------------------------ memory

#[test]
fn memory_error_is_an_error_not_a_panic() {
    let (mut py, out) = interp(16 * 1024);
    let e = py.exec("x = [0] * 1000000").unwrap_err();
    assert_eq!(e.kind, "MemoryError");
    // Filling the heap from a function: once it has failed, what it made is garbage,
    // collected before the next code runs.
    let e = py
        .exec("def fill():\n    l = []\n    while True:\n        l.append('x' * 100)\nfill()")
        .unwrap_err();
    assert_eq!(e.kind, "MemoryError");
    assert!(e.traceback.contains("in fill"), "{}", e.traceback);
    py.exec("print('after fill')").unwrap();
    // Live data filling the heap: the error comes back each time, nothing panics.
    let e = py
        .exec("keep = []\nwhile True:\n    keep.append('x' * 100)")
        .unwrap_err();
    assert_eq!(e.kind, "MemoryError");
    for _ in 0..3 {
        assert_eq!(py.exec("x = 'y' * 1000").unwrap_err().kind, "MemoryError");
    }
    // Freed from Rust, the heap is usable again.
    py.set("keep", &PyVal::None)
        .unwrap_or_else(|e| panic!("{e}"));
    // Converting a big value into the small heap fails the same way.
    let big = PyVal::List(
        (0..5000)
            .map(|i| PyVal::from(format!("item {i}")))
            .collect(),
    );
    assert_eq!(py.set("big", &big).unwrap_err().kind, "MemoryError");
    py.exec("def ident(x):\n    return x")
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(py.call("ident", &[big]).unwrap_err().kind, "MemoryError");
    // And the interpreter keeps working.
    py.exec("print('still here')").unwrap();
    assert!(out.out().ends_with("still here\n"));
}

#[test]
fn zero_heap_fails_cleanly() {
    let (mut py, _) = interp(0);
    assert_eq!(py.exec("x = 1").unwrap_err().kind, "MemoryError");
    assert_eq!(py.eval("[1]").unwrap_err().kind, "MemoryError");
    assert_eq!(
        py.call("len", &["a".into()]).unwrap_err().kind,
        "MemoryError"
    );
}

#[test]
fn gc_and_memory_statistics() {
    let (mut py, _) = interp(256 * 1024);
    assert_eq!(py.heap_bytes(), 256 * 1024);
    assert!(py.runtime_bytes() > 0);
    assert_eq!(py.mem_free() + py.mem_alloc(), 256 * 1024);
    let before = py.mem_alloc();
    py.exec("data = [str(i) * 10 for i in range(1000)]")
        .unwrap();
    let with_data = py.mem_alloc();
    assert!(with_data > before + 10_000, "{before} -> {with_data}");
    py.exec("del data").unwrap();
    py.gc_collect();
    assert!(py.mem_alloc() < with_data - 10_000);
    assert_eq!(py.mem_free() + py.mem_alloc(), 256 * 1024);
    // The same numbers Python sees (once `gc` is imported: its first import makes the
    // module).
    py.exec("import gc").unwrap();
    py.gc_collect();
    let free = py.mem_free() as i64;
    let seen = py
        .eval("__import__('gc').mem_free()")
        .unwrap()
        .as_int()
        .unwrap();
    assert!((free - seen).abs() < 1024, "{free} vs {seen}");
}

// ------------------------------------------------------------------ board life

#[test]
fn sys_path_and_files() {
    let (mut py, sh) = big();
    py.set_sys_path(&["", "/lib"]).unwrap();
    assert_eq!(
        py.get("sys.path").unwrap(),
        PyVal::List(vec!["".into(), "/lib".into()])
    );
    sh.file("/lib/util.py", "VALUE = 5\n");
    sh.file("script.py", "import util\nprint('util', util.VALUE)\n");
    py.run_file("script.py").unwrap();
    assert_eq!(sh.take_out(), "util 5\n");
    let e = py.run_file("absent.py").unwrap_err();
    assert_eq!((e.kind.as_str(), e.errno), ("FileNotFoundError", Some(2)));
    sh.file("broken.py", "x = (\n");
    let e = py.run_file("broken.py").unwrap_err();
    assert_eq!(e.kind, "SyntaxError");
    assert!(e.traceback.contains("broken.py"), "{}", e.traceback);
    // An empty path: nothing is importable from the filesystem.
    py.set_sys_path(&[]).unwrap();
    sh.file("other.py", "\n");
    assert_eq!(
        py.exec("import other").unwrap_err().kind,
        "ModuleNotFoundError"
    );
}

#[test]
fn startup_scripts() {
    let (mut py, sh) = big();
    assert_eq!(py.run_startup_script("boot.py"), ScriptOutcome::NotFound);
    sh.file("boot.py", "print('booting')\nfrom_boot = 1\n");
    assert_eq!(py.run_startup_script("boot.py"), ScriptOutcome::Finished);
    assert_eq!(py.eval("from_boot").unwrap(), PyVal::Int(1));
    sh.file("bad.py", "print('bad')\nopen('nofile')\n");
    match py.run_startup_script("bad.py") {
        ScriptOutcome::Raised(e) => {
            assert_eq!(e.kind, "FileNotFoundError");
            assert!(e.is_a("OSError"));
        }
        other => panic!("{other:?}"),
    }
    // The traceback went to the console, device style (errno subclasses as OSError).
    let out = sh.take_out();
    assert!(out.starts_with("booting\nbad\nTraceback (most recent call last):\n"));
    assert!(out.contains("File \"bad.py\", line 2, in <module>"));
    assert!(out.ends_with("OSError: [Errno 2] ENOENT\n"), "{out}");
    sh.file("exit.py", "import sys\nsys.exit()\n");
    assert_eq!(py.run_startup_script("exit.py"), ScriptOutcome::SoftReset);
    assert_eq!(sh.take_out(), "");
}

#[cfg(feature = "mod-machine")]
#[test]
fn machine_reset_requests() {
    let (mut py, sh) = big();
    // Caught SystemExit: the request stays.
    py.exec("import machine\ntry:\n    machine.soft_reset()\nexcept SystemExit:\n    pass")
        .unwrap();
    assert!(py.take_reset_request());
    assert!(!py.take_reset_request());
    sh.file(
        "main.py",
        "import machine\ntry:\n    machine.soft_reset()\nexcept SystemExit:\n    print('caught')\n",
    );
    assert_eq!(py.run_startup_script("main.py"), ScriptOutcome::SoftReset);
    assert!(!py.take_reset_request());
}

#[test]
fn print_error_device_style() {
    let (mut py, sh) = big();
    let e = py.exec("open('missing.txt')").unwrap_err();
    assert_eq!(e.kind, "FileNotFoundError");
    py.print_error(&e);
    let out = sh.take_out();
    assert!(out.starts_with("Traceback (most recent call last):\n"));
    assert!(out.ends_with("OSError: [Errno 2] ENOENT\n"), "{out}");
    py.print_error(&Error::value_error("made in Rust"));
    assert_eq!(sh.take_out(), "ValueError: made in Rust\n");
}

#[test]
fn keyboard_interrupt_through_the_port() {
    let (mut py, sh) = big();
    sh.0.borrow_mut().interrupt = true;
    let e = py.exec("while True:\n    pass").unwrap_err();
    assert_eq!(e.kind, "KeyboardInterrupt");
    // The interpreter goes on.
    assert_eq!(py.eval("1").unwrap(), PyVal::Int(1));
}

#[test]
fn repl_runs_until_eof_or_soft_reset() {
    let (mut py, sh) = with_dev();
    let mut repl = Repl::new("Mica test board\n");
    sh.input(b"import dev\rx = dev.read(1) + 1\rx\rfor i in range(2):\rprint(i)\r\r");
    assert_eq!(py.repl(&mut repl), Outcome::Eof);
    let out = sh.take_out();
    assert!(out.starts_with("Mica test board\r\n>>> "), "{out:?}");
    // (This port's `write_stdout` does not turn `\n` into `\r\n` as a serial one would.)
    assert!(out.contains(">>> x\r\n101\n>>> "), "{out:?}");
    assert!(out.contains("0\n1\n>>> "), "{out:?}");
    // The REPL's globals are `__main__`'s.
    assert_eq!(py.eval("x").unwrap(), PyVal::Int(101));
    // An exception at the prompt is printed and the REPL goes on; Ctrl-D soft-resets.
    sh.input(b"1/0\r\x04");
    assert_eq!(py.repl(&mut repl), Outcome::SoftReset);
    let out = sh.take_out();
    assert!(
        out.contains("ZeroDivisionError: division by zero\n"),
        "{out:?}"
    );
    // `sys.exit()` at the prompt also soft-resets.
    sh.input(b"import sys\rsys.exit()\r");
    assert_eq!(py.repl(&mut repl), Outcome::SoftReset);
    // The raw REPL, as host tools drive it.
    sh.input(b"\x01print(6*7)\x04");
    assert_eq!(py.repl(&mut repl), Outcome::Eof);
    let out = sh.take_out();
    assert!(
        out.contains("raw REPL; CTRL-B to exit\r\n>OK42\n\x04\x04>"),
        "{out:?}"
    );
}

#[test]
fn board_session_with_soft_reset() {
    let (mut py, sh) = with_dev();
    sh.file("boot.py", "print('boot')\n");
    sh.file(
        "main.py",
        "import dev\nprint('main', dev.CHANNELS)\nstate = 1\n",
    );
    let mut repl = Repl::new("banner\n");
    // First life: boot.py, main.py, then the REPL until Ctrl-D.
    py.set_sys_path(&["", "/lib"]).unwrap();
    sh.input(b"state += 1\rstate\r\x04");
    assert_eq!(py.run_session(&mut repl), Outcome::SoftReset);
    let out = sh.take_out();
    assert!(out.starts_with("boot\nmain 4\nbanner\r\n>>> "), "{out:?}");
    assert!(out.contains(">>> state\r\n2\n>>> "), "{out:?}");
    // Soft reset: a fresh heap, same port, same modules.
    py.port_mut().write_stdout_raw(SOFT_REBOOT);
    py = py.soft_reset();
    assert_eq!(sh.take_out(), "MPY: soft reboot\r\n");
    assert_eq!(py.eval("state").unwrap_err().kind, "NameError");
    assert_eq!(py.get("sys.path").unwrap(), PyVal::List(vec![]));
    assert_eq!(py.modules().len(), 1);
    py.set_sys_path(&["", "/lib"]).unwrap();
    // boot.py asking for a reset skips main.py and the REPL.
    sh.file("boot.py", "import sys\nsys.exit()\n");
    assert_eq!(py.run_session(&mut repl), Outcome::SoftReset);
    assert_eq!(sh.take_out(), "");
    // A session ends with the console.
    py = py.soft_reset();
    sh.0.borrow_mut().files.retain(|(p, _)| p != "boot.py");
    assert_eq!(py.run_session(&mut repl), Outcome::Eof);
    assert!(sh.take_out().starts_with("main 4\nbanner\r\n>>> "));
    // The port comes back out.
    let mut port = py.into_port();
    port.write_stdout(b"bye");
    assert_eq!(sh.out(), "bye");
}
