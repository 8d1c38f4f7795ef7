//! Robustness: thousands of generated and mutated programs go through the whole pipeline
//! (lex, parse, compile, run on a small heap) and each must end in a normal result or a
//! Python exception, never a Rust panic or a hang.
//!
//! Inputs: truncated and mutated versions of the `tests/py` programs (lines and tokens
//! deleted, duplicated or swapped), random token soup, deeply nested expressions, blocks,
//! calls and literals, and huge literals. Runaway loops are stopped by a port that
//! reports a Ctrl-C once an input has used its time slice.

use std::cell::RefCell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use mica_core::port::Port;
use mica_core::vm::Vm;

/// Heap for every run: small, so memory exhaustion paths are exercised too.
const HEAP: usize = 256 * 1024;
/// Wall-clock slice per input before the port starts reporting Ctrl-C.
const SLICE: Duration = Duration::from_millis(150);
/// An input still running after this long counts as a hang.
const HANG: Duration = Duration::from_secs(20);

/// Discards output (keeping a bounded prefix) and interrupts runaway programs.
struct FuzzPort {
    deadline: Instant,
    written: usize,
}

impl Port for FuzzPort {
    fn write_stdout(&mut self, data: &[u8]) {
        self.written = self.written.saturating_add(data.len());
    }
    fn write_stderr(&mut self, data: &[u8]) {
        self.written = self.written.saturating_add(data.len());
    }
    fn take_interrupt(&mut self) -> bool {
        Instant::now() >= self.deadline
    }
}

/// A tiny deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Crude tokens: runs of identifier characters, runs of spaces, or single other chars.
fn tokens(src: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<u8> = None;
    for (i, c) in src.char_indices() {
        let class = if c.is_alphanumeric() || c == '_' {
            0
        } else if c == ' ' {
            1
        } else {
            2
        };
        if prev.is_some_and(|p| p != class || class == 2) {
            out.push(&src[start..i]);
            start = i;
        }
        prev = Some(class);
    }
    if start < src.len() {
        out.push(&src[start..]);
    }
    out
}

fn mutate_lines(src: &str, rng: &mut Rng) -> String {
    let mut lines: Vec<&str> = src.lines().collect();
    for _ in 0..1 + rng.below(3) {
        if lines.is_empty() {
            break;
        }
        let i = rng.below(lines.len());
        match rng.below(3) {
            0 => {
                lines.remove(i);
            }
            1 => lines.insert(i, lines[i]),
            _ => {
                let j = rng.below(lines.len());
                lines.swap(i, j);
            }
        }
    }
    lines.join("\n")
}

fn mutate_tokens(src: &str, rng: &mut Rng) -> String {
    let mut toks = tokens(src);
    for _ in 0..1 + rng.below(4) {
        if toks.is_empty() {
            break;
        }
        let i = rng.below(toks.len());
        match rng.below(4) {
            0 => {
                toks.remove(i);
            }
            1 => toks.insert(i, toks[i]),
            2 => {
                let j = rng.below(toks.len());
                toks.swap(i, j);
            }
            _ => {
                let j = rng.below(toks.len());
                toks[i] = toks[j];
            }
        }
    }
    toks.concat()
}

/// Replaces a few words (names, keywords, numbers) by other words of the same program:
/// mostly still valid syntax, so the mutation reaches the compiler and the VM.
fn mutate_words(src: &str, rng: &mut Rng) -> String {
    let mut toks = tokens(src);
    let words: Vec<usize> = (0..toks.len())
        .filter(|&i| toks[i].starts_with(|c: char| c.is_alphanumeric() || c == '_'))
        .collect();
    if words.is_empty() {
        return src.to_string();
    }
    for _ in 0..1 + rng.below(3) {
        let i = words[rng.below(words.len())];
        let j = words[rng.below(words.len())];
        toks[i] = toks[j];
    }
    toks.concat()
}

/// The first `n` lines (a whole-line truncation usually still parses).
fn first_lines(src: &str, n: usize) -> String {
    src.lines().take(n).collect::<Vec<_>>().join("\n")
}

fn truncate_at(src: &str, frac_num: usize, frac_den: usize) -> String {
    let mut cut = src.len() * frac_num / frac_den;
    while !src.is_char_boundary(cut) {
        cut -= 1;
    }
    src[..cut].to_string()
}

const SOUP: &[&str] = &[
    "x",
    "y",
    "f",
    "1",
    "0",
    "2.5",
    "'s'",
    "b'b'",
    "f'{x}'",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ".",
    ";",
    "=",
    "==",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "<<",
    ">>",
    "&",
    "|",
    "^",
    "~",
    "<",
    ">",
    "!=",
    "->",
    "+=",
    ":=",
    "lambda",
    "def",
    "class",
    "if",
    "else",
    "elif",
    "while",
    "for",
    "in",
    "not",
    "and",
    "or",
    "is",
    "return",
    "yield",
    "from",
    "import",
    "try",
    "except",
    "finally",
    "with",
    "as",
    "raise",
    "del",
    "pass",
    "break",
    "continue",
    "global",
    "nonlocal",
    "async",
    "await",
    "None",
    "True",
    "False",
    "match",
    "case",
    "*args",
    "**kw",
    "\n",
    "\n    ",
    "\n        ",
    " ",
    "#c\n",
    "\\\n",
    "'''",
    "\"",
    "...",
    "print",
    "len",
    "range",
    "list",
    "dict",
    "object",
    "__init__",
    "self",
    "super",
    "assert",
    "type",
];

fn soup(rng: &mut Rng) -> String {
    let n = 1 + rng.below(40);
    (0..n)
        .map(|_| SOUP[rng.below(SOUP.len())])
        .collect::<Vec<_>>()
        .join(" ")
}

/// Deeply nested constructs, each at several depths.
fn nested(out: &mut Vec<(String, String)>) {
    for &d in &[10usize, 50, 100, 200, 500, 1000, 5000, 50_000] {
        let mut add = |name: &str, src: String| out.push((format!("nested {name} {d}"), src));
        add("parens", format!("x = {}1{}", "(".repeat(d), ")".repeat(d)));
        add("lists", format!("x = {}{}", "[".repeat(d), "]".repeat(d)));
        add("dicts", format!("x = {}{}", "{1:".repeat(d), "}".repeat(d)));
        add(
            "tuples",
            format!("x = {}{}", "(1,".repeat(d), ")".repeat(d)),
        );
        add("unclosed", "[(".repeat(d));
        add("unary", format!("x = {}1", "-".repeat(d)));
        add("not", format!("x = {}1", "not ".repeat(d)));
        add("power", format!("x = {}1", "2**".repeat(d)));
        add("plus", format!("x = {}", vec!["1"; d].join("+")));
        add("compare", format!("x = {}", vec!["1"; d].join("<")));
        add("and", format!("x = {}", vec!["1"; d].join(" and ")));
        add("attr", format!("x = object{}", ".__class__".repeat(d)));
        add("subscr", format!("x = [0]{}", "[0]".repeat(d)));
        add(
            "calls",
            format!(
                "x = {}{}",
                "abs(".repeat(d),
                "1)".to_string() + &")".repeat(d - 1)
            ),
        );
        add(
            "callchain",
            format!("f = lambda: f\nx = f{}", "()".repeat(d)),
        );
        add("lambda", format!("x = {}1", "lambda: ".repeat(d)));
        add("ifexpr", format!("x = {}0", "1 if 1 else ".repeat(d)));
        add(
            "fstring",
            format!(
                "x = {}",
                "f'{".repeat(d.min(300)) + "1" + &"}'".repeat(d.min(300))
            ),
        );
        add("string_concat", format!("x = {}", vec!["'a'"; d].join(" ")));
        add(
            "comprehension",
            format!("x = {}0{}", "[".repeat(d), " for _ in ()]".repeat(d)),
        );
        let mut blocks = String::new();
        for i in 0..d.min(2000) {
            blocks.push_str(&" ".repeat(i));
            blocks.push_str("if 1:\n");
        }
        blocks.push_str(&" ".repeat(d.min(2000)));
        blocks.push_str("pass\n");
        add("blocks", blocks);
        let mut defs = String::new();
        for i in 0..d.min(2000) {
            defs.push_str(&" ".repeat(i));
            defs.push_str(&format!("def f{i}():\n"));
        }
        defs.push_str(&" ".repeat(d.min(2000)));
        defs.push_str("return 1\n");
        add("defs", defs);
        add(
            "runtime_list",
            format!("l = []\nfor i in range({d}):\n    l = [l]\nprint(repr(l)[:10], l == l, str(l)[-3:])\nm = []\nfor i in range({d}):\n    m = [m]\nprint(l == m, l < m)\n"),
        );
        add(
            "runtime_tuple",
            format!("t = ()\nfor i in range({d}):\n    t = (t,)\nprint(hash(t) != 0, t == t)\n"),
        );
        add(
            "runtime_dict",
            format!(
                "d = {{}}\nfor i in range({d}):\n    d = {{'k': d}}\nprint(len(repr(d)), d == d)\n"
            ),
        );
        add(
            "runtime_iters",
            format!("it = iter([1, 2])\nfor i in range({d}):\n    it = map(abs, filter(None, zip(it)))\nprint(list(it))\n"),
        );
        add(
            "runtime_gen",
            format!("def g(n):\n    if n:\n        yield from g(n - 1)\n    else:\n        yield n\nprint(list(g({d})))\n"),
        );
        add(
            "eval",
            format!("print(eval('{}1{}'))", "(".repeat(d), ")".repeat(d)),
        );
        add(
            "recursion",
            format!("def f(n):\n    return f(n + 1) if n < {d} else n\nprint(f(0))\n"),
        );
    }
}

fn huge(out: &mut Vec<(String, String)>) {
    let mut add = |name: &str, src: String| out.push((format!("huge {name}"), src));
    add(
        "int",
        format!("x = {}\nprint(x % 7, str(x)[:3])", "9".repeat(100_000)),
    );
    add(
        "int_hex",
        format!("x = 0x{}\nprint(x & 255)", "f".repeat(100_000)),
    );
    add("float", format!("x = {}.5e3\nprint(x)", "1".repeat(5_000)));
    add("exp", String::from("print(1e99999, 1e-99999, 10**-400)"));
    add(
        "str",
        format!("x = '{}'\nprint(len(x))", "a".repeat(300_000)),
    );
    add(
        "bytes",
        format!("x = b'{}'\nprint(len(x))", "\\x00".repeat(50_000)),
    );
    add(
        "list",
        format!("x = [{}]\nprint(len(x))", "1,".repeat(50_000)),
    );
    add(
        "dict",
        format!(
            "x = {{{}}}",
            (0..20_000).map(|i| format!("{i}:{i},")).collect::<String>()
        ),
    );
    add(
        "names",
        (0..10_000).map(|i| format!("v{i} = {i}\n")).collect(),
    );
    add("args", format!("print({})", "1,".repeat(10_000)));
    add(
        "params",
        format!(
            "def f({}): pass",
            (0..5_000).map(|i| format!("a{i},")).collect::<String>()
        ),
    );
    add("identifier", format!("{} = 1", "x".repeat(100_000)));
    add("line", format!("x = 1{}", " + 1".repeat(100_000)));
    add("alloc", String::from("x = [0] * 10**12"));
    add("alloc_str", String::from("x = 'ab' * 10**12"));
    add("alloc_list", String::from("x = list(range(10**12))"));
    add("alloc_tuple", String::from("x = tuple(range(10**12))"));
    add("alloc_star", String::from("print(*range(10**12))"));
    add(
        "alloc_join",
        String::from("x = ''.join(str(i) for i in range(10**12))"),
    );
    add("alloc_sorted", String::from("x = sorted(range(10**12))"));
    add("alloc_pow", String::from("x = 7 ** 10**12"));
    add("alloc_shift", String::from("x = 1 << 10**10"));
    add("alloc_bytearray", String::from("x = bytearray(10**12)"));
    add(
        "alloc_grow",
        String::from("l = []\nwhile 1:\n    l.append([1, 2, 3])"),
    );
    add(
        "alloc_dict",
        String::from("d = {}\ni = 0\nwhile 1:\n    d[i] = str(i)\n    i += 1"),
    );
    add(
        "alloc_str_grow",
        String::from("s = 'x'\nwhile 1:\n    s = s + s"),
    );
    add("alloc_format", String::from("x = '%10000000000d' % 1"));
    add("alloc_fmt2", String::from("x = '{:10000000000}'.format(1)"));
    add("alloc_fstr", String::from("x = f'{1:>10000000000}'"));
    add("alloc_center", String::from("x = 'a'.center(10**12)"));
    add("alloc_zfill", String::from("x = '1'.zfill(10**12)"));
    add("alloc_ljust", String::from("x = b'a'.ljust(10**12)"));
    add(
        "alloc_expandtabs",
        String::from("x = '\\t'.expandtabs(10**12)"),
    );
    add(
        "alloc_replace",
        String::from("x = ('a' * 1000).replace('', 'b' * 1000)"),
    );
    add(
        "alloc_range_repr",
        String::from("x = range(10**30)\nprint(len(range(10**6)), x[10**20])"),
    );
}

/// Every generated input, named for the report.
fn inputs() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/py");
    let mut files: Vec<_> = std::fs::read_dir(&root)
        .expect("tests/py")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut out = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let src = std::fs::read_to_string(path).unwrap_or_default();
        for k in 1..4 {
            let cut = 1 + rng.below(99);
            out.push((
                format!("{name} truncated {cut}%"),
                truncate_at(&src, cut, 100),
            ));
            let _ = k;
        }
        for k in 0..3 {
            out.push((format!("{name} lines #{k}"), mutate_lines(&src, &mut rng)));
        }
        let nlines = src.lines().count();
        for _ in 0..3 {
            let n = rng.below(nlines + 1);
            out.push((format!("{name} first {n} lines"), first_lines(&src, n)));
        }
        for k in 0..6 {
            out.push((format!("{name} words #{k}"), mutate_words(&src, &mut rng)));
        }
        for k in 0..4 {
            out.push((format!("{name} tokens #{k}"), mutate_tokens(&src, &mut rng)));
        }
    }
    for k in 0..600 {
        out.push((format!("soup #{k}"), soup(&mut rng)));
    }
    nested(&mut out);
    huge(&mut out);
    out
}

thread_local! {
    static LAST_PANIC: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Runs one input; `Ok(outcome)` (`"ok"` or the exception's last line), or
/// `Err(message)` if it panicked.
fn run_one(src: &str) -> Result<String, String> {
    let res = catch_unwind(AssertUnwindSafe(|| {
        let mut outcome = String::from("ok");
        let port = FuzzPort {
            deadline: Instant::now() + SLICE,
            written: 0,
        };
        let mut vm = Vm::new(Box::new(port), HEAP);
        if let Err(e) = vm.run_main(src, "fuzz.py", None) {
            let text = vm.format_exception(e);
            let last = text.lines().last().unwrap_or("");
            outcome = last.split(':').next().unwrap_or("").to_string();
        }
        // The interpreter must stay usable afterwards.
        vm.collect_garbage();
        if let Err(e) = vm.run_main("print([i for i in range(10)])", "after.py", None) {
            let text = vm.format_exception(e);
            if !text.contains("Error") && !text.contains("KeyboardInterrupt") {
                panic!("unusable after input: {text}");
            }
        }
        outcome
    }));
    res.map_err(|_| LAST_PANIC.with(|p| p.borrow().clone()))
}

#[test]
fn generated_programs_never_panic() {
    let inputs = inputs();
    let started = Instant::now();
    std::panic::set_hook(Box::new(|info| {
        let msg = info.to_string();
        LAST_PANIC.with(|p| *p.borrow_mut() = msg);
    }));
    let next = AtomicUsize::new(0);
    let current: Vec<Mutex<Option<(usize, Instant)>>> = (0..2).map(|_| Mutex::new(None)).collect();
    let failures: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let outcomes: Mutex<std::collections::BTreeMap<String, usize>> = Mutex::default();
    let done = AtomicUsize::new(0);
    std::thread::scope(|s| {
        for slot in &current {
            let (inputs, next, failures, done) = (&inputs, &next, &failures, &done);
            let outcomes = &outcomes;
            std::thread::Builder::new()
                .stack_size(256 * 1024 * 1024)
                .spawn_scoped(s, move || {
                    loop {
                        let i = next.fetch_add(1, Ordering::SeqCst);
                        if i >= inputs.len() {
                            break;
                        }
                        *slot.lock().unwrap() = Some((i, Instant::now()));
                        match run_one(&inputs[i].1) {
                            Ok(o) => *outcomes.lock().unwrap().entry(o).or_default() += 1,
                            Err(msg) => failures
                                .lock()
                                .unwrap()
                                .push(format!("{}: {msg}", inputs[i].0)),
                        }
                    }
                    *slot.lock().unwrap() = None;
                    done.fetch_add(1, Ordering::SeqCst);
                })
                .expect("spawn fuzz worker");
        }
        // Watchdog: a hung input fails the test with its name.
        while done.load(Ordering::SeqCst) < current.len() {
            std::thread::sleep(Duration::from_millis(50));
            for slot in &current {
                if let Some((i, t)) = *slot.lock().unwrap() {
                    if t.elapsed() > HANG {
                        let _ = std::panic::take_hook();
                        let (name, src) = &inputs[i];
                        let head: String = src.chars().take(3000).collect();
                        eprintln!("hang: input {name:?} still running after {HANG:?}:\n{head}");
                        std::process::exit(1);
                    }
                }
            }
        }
    });
    let _ = std::panic::take_hook();
    let failures = failures.into_inner().unwrap();
    eprintln!(
        "no_panic: {} inputs in {:.1}s, {} panicked",
        inputs.len(),
        started.elapsed().as_secs_f64(),
        failures.len()
    );
    eprintln!("outcomes: {:?}", outcomes.into_inner().unwrap());
    if !failures.is_empty() {
        for f in &failures {
            eprintln!("PANIC {f}");
        }
        panic!("{} inputs panicked", failures.len());
    }
}
