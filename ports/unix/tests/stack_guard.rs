//! The native stack guard on a small stack: `mica -X stack=32K` runs the VM on a
//! thread with 32 KiB of stack for the interpreter (see `ports/unix/src/stack.rs`), and
//! every kind of native recursion ends in a catchable `RecursionError`, never a stack
//! overflow; the interpreter keeps working afterwards and the exit status is right.
//!
//! Unoptimised builds have much bigger frames (and a bigger margin, see
//! `mica_core::stackguard::MARGIN`), so a debug build runs the same checks with more
//! stack.

use std::process::Command;

/// The stack the checks run with.
const SMALL: &str = if cfg!(debug_assertions) { "96K" } else { "32K" };

fn mica(args: &[&str]) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_mica"))
        .args(args)
        .output()
        .expect("run mica");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// Run `body` after a `check(name, f)` helper that prints `name RecursionError` (or
/// `name ok <result>`), with a small stack and `heap` of heap.
fn run_checks(stack: &str, heap: &str, body: &str) -> String {
    let script = format!(
        "def check(name, f):\n\
         \x20   try:\n\
         \x20       r = f()\n\
         \x20       print(name, 'ok', r)\n\
         \x20   except RecursionError as e:\n\
         \x20       print(name, type(e).__name__, isinstance(e, RuntimeError), str(e)[:32])\n\
         {body}\nprint('alive', sum(range(10)), repr([1, (2,), {{3: 4}}]))\n"
    );
    let stack = format!("stack={stack}");
    let heap = format!("heapsize={heap}");
    let (out, err, status) = mica(&["-X", &stack, "-X", &heap, "-c", &script]);
    assert_eq!(status, 0, "stdout:\n{out}\nstderr:\n{err}");
    assert!(
        out.ends_with("alive 45 [1, (2,), {3: 4}]\n"),
        "stdout:\n{out}\nstderr:\n{err}"
    );
    out
}

fn assert_all_recursion_errors(out: &str, names: &[&str]) {
    for name in names {
        let line = format!("{name} RecursionError True maximum recursion depth exceeded");
        assert!(
            out.lines().any(|l| l == line),
            "{name}: no RecursionError in\n{out}"
        );
    }
}

#[test]
fn nested_data_and_dunder_recursion_raise_on_a_small_stack() {
    let body = "
a = []
b = []
for i in range(100000):
    a = [a]
    b = [b]
check('list repr', lambda: len(repr(a)))
check('list str', lambda: len(str(a)))
check('list ==', lambda: a == b)
check('list <', lambda: a < b)
t = ()
u = ()
for i in range(100000):
    t = (t,)
    u = (u,)
check('tuple hash', lambda: hash(t))
# Found by fuzzing: equal tuples (not the same object) took an unguarded fast path.
check('tuple ==', lambda: t == u)
check('tuple <', lambda: t < u)
check('tuple in dict', lambda: {t: 1}.get(u))
d = {}
e = {}
for i in range(100000):
    d = {1: d}
    e = {1: e}
check('dict repr', lambda: len(repr(d)))
check('dict ==', lambda: d == e)
class R:
    def __repr__(self):
        return repr(self)
class E:
    def __eq__(self, o):
        return self == o
class H:
    def __hash__(self):
        return hash(self)
check('__repr__', lambda: repr(R()))
check('__eq__', lambda: E() == E())
check('__hash__', lambda: hash(H()))
check('sorted key', lambda: sorted([1, 2], key=lambda x: sorted([x], key=lambda y: repr(R()))))
import json, copy
check('json', lambda: len(json.dumps(a)))
check('deepcopy', lambda: len(copy.deepcopy(a)))
c = int
x = ValueError('leaf')
for i in range(100000):
    c = (c,)
    x = ValueError(x)
check('isinstance', lambda: isinstance(1, c))
check('exception str', lambda: str(x))
check('exception repr', lambda: repr(x))
";
    let out = run_checks(SMALL, "256M", body);
    assert_all_recursion_errors(
        &out,
        &[
            "list repr",
            "list str",
            "list ==",
            "list <",
            "tuple hash",
            "tuple ==",
            "tuple <",
            "tuple in dict",
            "dict repr",
            "dict ==",
            "__repr__",
            "__eq__",
            "__hash__",
            "sorted key",
            "json",
            "deepcopy",
            "isinstance",
            "exception str",
            "exception repr",
        ],
    );
}

#[test]
fn half_a_million_chained_iterators_raise_on_a_small_stack() {
    let body = "
def chain(make, n):
    it = iter([1, 2, 3])
    for i in range(n):
        it = make(it)
    return it
it = chain(lambda it: map(abs, it), 500000)
check('map', lambda: next(it))
it = chain(lambda it: zip(it), 500000)
check('zip', lambda: next(it))
it = chain(lambda it: filter(None, it), 500000)
check('filter', lambda: next(it))
it = chain(lambda it: enumerate(it), 500000)
check('enumerate', lambda: next(it))
it = chain(lambda it: (x for x in it), 100000)
check('genexpr', lambda: next(it))
it = None
check('short map', lambda: next(chain(lambda it: map(abs, it), 3)))
";
    let out = run_checks(SMALL, "512M", body);
    assert_all_recursion_errors(&out, &["map", "zip", "filter", "enumerate", "genexpr"]);
    assert!(out.contains("short map ok 1\n"), "{out}");
}

#[test]
fn deep_source_raises_on_a_small_stack() {
    // (Flat statements: the script itself must compile within the small stack.)
    let body = "
def parse(src):
    try:
        compile(src, 's', 'exec')
        return 'ok'
    except RecursionError:
        raise
    except (SyntaxError, MemoryError) as e:
        return type(e).__name__
def nested(a, b, n):
    return 'x = ' + a * n + '1' + b * n
check('parens', lambda: parse(nested('(', ')', 190)))
check('lists', lambda: parse(nested('[', ']', 190)))
check('unary', lambda: parse(nested('-', '', 10000)))
check('not', lambda: parse(nested('not ', '', 10000)))
check('lambdas', lambda: parse(nested('lambda: ', '', 10000)))
check('calls', lambda: parse(nested('f(', ')', 190)))
check('chain', lambda: parse(nested('', ' + 1', 10000)))
blocks = ''
for i in range(99):
    blocks += ' ' * i + 'if x:\\n'
blocks += ' ' * 99 + 'pass\\n'
check('blocks', lambda: parse(blocks))
check('too many parens', lambda: parse('(' * 100000))
check('eval', lambda: eval('-' * 10000 + '1'))
check('small', lambda: parse('x = ((1 + 2) * 3)\\nif x:\\n    y = [x, (x,)]\\n'))
";
    let out = run_checks(SMALL, "64M", body);
    assert_all_recursion_errors(
        &out,
        &[
            "parens", "lists", "unary", "not", "lambdas", "calls", "chain", "blocks", "eval",
        ],
    );
    // Past 200 brackets the tokenizer's SyntaxError comes first, as in CPython.
    assert!(out.contains("too many parens ok SyntaxError\n"), "{out}");
    assert!(out.contains("small ok ok\n"), "{out}");
}

#[test]
fn deep_regular_expressions_raise_on_a_small_stack() {
    // Importing `re` compiles its frozen Python part: that needs a little more stack.
    let stack = if cfg!(debug_assertions) {
        "128K"
    } else {
        "48K"
    };
    let body = "
import re
pattern = '(' * 100000 + 'a' + ')' * 100000
check('groups', lambda: re.compile(pattern))
pattern = '(?=' * 10000 + 'a' + ')' * 10000
check('lookaheads', lambda: re.compile(pattern))
check('match', lambda: re.match('(a|b)*c', 'ab' * 10000 + 'c').end())
";
    let out = run_checks(stack, "64M", body);
    assert_all_recursion_errors(&out, &["groups", "lookaheads"]);
    assert!(out.contains("match ok 20001\n"), "{out}");
}

#[test]
fn uncaught_recursion_error_exits_with_status_1() {
    let stack = format!("stack={SMALL}");
    let script = "class R:\n    def __repr__(self):\n        return repr(self)\nprint(repr(R()))\n";
    let (out, err, status) = mica(&["-X", &stack, "-c", script]);
    assert_eq!(status, 1, "stdout:\n{out}\nstderr:\n{err}");
    assert!(
        err.starts_with("Traceback (most recent call last):"),
        "{err}"
    );
    assert!(
        err.trim_end()
            .ends_with("RecursionError: maximum recursion depth exceeded"),
        "{err}"
    );
    let (_, err, status) = mica(&["-X", &stack, "-c", &format!("x = {}1", "-".repeat(10000))]);
    assert_eq!(status, 1);
    assert!(
        err.trim_end()
            .ends_with("RecursionError: maximum recursion depth exceeded during compilation"),
        "{err}"
    );
}

#[test]
fn every_stack_size_from_the_minimum_up_is_safe() {
    // A recursion that goes through the dispatch loop, a native method and the parser
    // at each level, on stacks from the smallest accepted size up: each ends in
    // RecursionError or success, never a crash, wherever the limit falls.
    let script = "
class R:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return '[%s]' % eval('repr(R(%d))' % (self.n - 1)) if self.n else 'x'
try:
    print(len(repr(R(30))))
except RecursionError:
    print('RecursionError')
print('alive')
";
    let min = if cfg!(debug_assertions) { 32 } else { 16 };
    for kb in (min..=96).step_by(4) {
        let stack = format!("stack={kb}K");
        let (out, err, status) = mica(&["-X", &stack, "-c", script]);
        if status == 1 && err.contains("RecursionError") && out.is_empty() {
            // Too small to compile even this script: the error is a clean exception.
            continue;
        }
        assert_eq!(status, 0, "{kb}K: stdout:\n{out}\nstderr:\n{err}");
        assert!(out.ends_with("alive\n"), "{kb}K: {out}");
    }
    let (_, err, status) = mica(&["-X", "stack=4K", "-c", "pass"]);
    assert_eq!(status, 2, "{err}");
    assert!(err.contains("stack size too small"), "{err}");
}
