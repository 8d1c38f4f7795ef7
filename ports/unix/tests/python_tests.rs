//! Runs the Python-level test suite in `tests/py` and the command-line
//! tests in `tests/cli` against the `mica` binary, comparing with CPython.
//!
//! See `tests/README.md` for the conventions. Environment variables:
//!
//! * `MICA_BIN` — binary to test instead of the freshly built `mica`
//!   (e.g. `MICA_BIN=python3` to check that the tests are deterministic).
//! * `MICA_PYTHON` — reference interpreter (default `python3`).
//! * `MICA_TEST_FILTER` — only run tests whose name contains this substring.
//! * `MICA_IGNORE_KNOWN_FAILURES=1` — treat every test as expected to pass.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(30);
const MAX_DIFF_LINES: usize = 40;
const STDERR_TAIL_LINES: usize = 15;

/// What one process run produced.
struct RunOutput {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// Exit code; `None` if killed by a signal.
    code: Option<i32>,
    timed_out: bool,
}

impl RunOutput {
    fn status_text(&self) -> String {
        if self.timed_out {
            format!("timed out after {}s", TIMEOUT.as_secs())
        } else {
            match self.code {
                Some(c) => format!("exit status {c}"),
                None => "killed by a signal".to_string(),
            }
        }
    }
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repository root")
}

fn mica_bin() -> String {
    match std::env::var("MICA_BIN") {
        Ok(b) if !b.is_empty() => b,
        _ => env!("CARGO_BIN_EXE_mica").to_string(),
    }
}

fn python_bin() -> String {
    match std::env::var("MICA_PYTHON") {
        Ok(b) if !b.is_empty() => b,
        _ => "python3".to_string(),
    }
}

fn filter() -> Option<String> {
    std::env::var("MICA_TEST_FILTER")
        .ok()
        .filter(|f| !f.is_empty())
}

/// Reads `tests/known_failures.txt`: one test name per line, `#` comments.
fn known_failures(root: &Path) -> BTreeSet<String> {
    if std::env::var("MICA_IGNORE_KNOWN_FAILURES").is_ok_and(|v| !v.is_empty() && v != "0") {
        return BTreeSet::new();
    }
    let path = root.join("tests/known_failures.txt");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

fn drain<R: Read + Send + 'static>(r: Option<R>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut r) = r {
            let _ = r.read_to_end(&mut buf);
        }
        buf
    })
}

/// Runs `program args...` in `cwd` with the suite's environment, killing it
/// after `TIMEOUT`.
fn run(program: &str, args: &[&str], cwd: &Path) -> RunOutput {
    let mut child = match Command::new(program)
        .args(args)
        .current_dir(cwd)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => {
            return RunOutput {
                stdout: Vec::new(),
                stderr: format!("failed to start {program}: {e}").into_bytes(),
                code: None,
                timed_out: false,
            }
        }
    };
    let out = drain(child.stdout.take());
    let err = drain(child.stderr.take());
    let deadline = Instant::now() + TIMEOUT;
    let mut timed_out = false;
    let status: Option<ExitStatus> = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Some(s),
            Ok(None) => {
                if Instant::now() >= deadline {
                    timed_out = true;
                    let _ = child.kill();
                    break child.wait().ok();
                }
                thread::sleep(Duration::from_millis(5));
            }
            Err(_) => break None,
        }
    };
    RunOutput {
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
        code: status.and_then(|s| s.code()),
        timed_out,
    }
}

/// Runs `job` over `items` on all available cores and returns the results
/// in the order of `items`.
fn parallel_map<T: Sync, R: Send>(items: &[T], job: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .min(items.len().max(1));
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, R)>> = Mutex::new(Vec::with_capacity(items.len()));
    thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= items.len() {
                    break;
                }
                let r = job(&items[i]);
                results.lock().unwrap().push((i, r));
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

fn lines(b: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(b)
        .split_inclusive('\n')
        .map(|l| l.strip_suffix('\n').unwrap_or(l).to_string())
        .collect()
}

/// One line of a diff.
enum Op<'a> {
    Same(&'a str),
    Del(&'a str),
    Add(&'a str),
}

/// Line-level edit script between `e` and `a` (longest common subsequence;
/// falls back to "delete all, add all" for very large inputs).
fn edit_script<'a>(e: &'a [String], a: &'a [String]) -> Vec<Op<'a>> {
    let (n, m) = (e.len(), a.len());
    if n * m > 4_000_000 {
        let mut ops: Vec<Op> = e.iter().map(|l| Op::Del(l)).collect();
        ops.extend(a.iter().map(|l| Op::Add(l)));
        return ops;
    }
    // lcs[i][j] = LCS length of e[i..] and a[j..].
    let mut lcs = vec![0u32; (n + 1) * (m + 1)];
    let idx = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[idx(i, j)] = if e[i] == a[j] {
                lcs[idx(i + 1, j + 1)] + 1
            } else {
                lcs[idx(i + 1, j)].max(lcs[idx(i, j + 1)])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut ops = Vec::new();
    while i < n || j < m {
        if i < n && j < m && e[i] == a[j] {
            ops.push(Op::Same(&e[i]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[idx(i + 1, j)] >= lcs[idx(i, j + 1)]) {
            ops.push(Op::Del(&e[i]));
            i += 1;
        } else {
            ops.push(Op::Add(&a[j]));
            j += 1;
        }
    }
    ops
}

/// A unified-style line diff of expected (`-`) and actual (`+`) output with
/// two lines of context, showing at most `MAX_DIFF_LINES` changed lines.
fn diff(expected: &[u8], actual: &[u8]) -> String {
    let e = lines(expected);
    let a = lines(actual);
    if e == a {
        return "  (outputs differ only in a trailing newline)\n".to_string();
    }
    let ops = edit_script(&e, &a);
    let changed: Vec<bool> = ops.iter().map(|o| !matches!(o, Op::Same(_))).collect();
    let near_change = |k: usize| {
        let lo = k.saturating_sub(2);
        let hi = (k + 3).min(ops.len());
        changed[lo..hi].iter().any(|&c| c)
    };
    let mut out = String::new();
    let (mut line_e, mut line_a) = (1usize, 1usize);
    let mut shown = 0;
    let mut gap = true;
    for (k, op) in ops.iter().enumerate() {
        if shown >= MAX_DIFF_LINES {
            let rest = changed[k..].iter().filter(|&&c| c).count();
            if rest > 0 {
                out.push_str(&format!("  ... {rest} more changed lines\n"));
            }
            break;
        }
        if near_change(k) {
            if gap {
                out.push_str(&format!(
                    "  @@ expected line {line_e}, actual line {line_a} @@\n"
                ));
                gap = false;
            }
            match op {
                Op::Same(l) => out.push_str(&format!("   {l}\n")),
                Op::Del(l) => {
                    out.push_str(&format!("  -{l}\n"));
                    shown += 1;
                }
                Op::Add(l) => {
                    out.push_str(&format!("  +{l}\n"));
                    shown += 1;
                }
            }
        } else {
            gap = true;
        }
        match op {
            Op::Same(_) => {
                line_e += 1;
                line_a += 1;
            }
            Op::Del(_) => line_e += 1,
            Op::Add(_) => line_a += 1,
        }
    }
    out
}

fn stderr_tail(stderr: &[u8]) -> String {
    let ls = lines(stderr);
    let start = ls.len().saturating_sub(STDERR_TAIL_LINES);
    let mut out = String::new();
    for l in &ls[start..] {
        out.push_str(&format!("  | {l}\n"));
    }
    out
}

fn last_line(b: &[u8]) -> String {
    lines(b)
        .into_iter()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default()
}

fn first_line(b: &[u8]) -> String {
    lines(b).into_iter().next().unwrap_or_default()
}

/// Outcome of one test: `None` if it passed, else a failure report.
struct Outcome {
    name: String,
    failure: Option<String>,
}

/// Prints the failures, notes known failures that now pass, and panics if
/// any unexpected failure remains.
fn report(kind: &str, outcomes: Vec<Outcome>, known: &BTreeSet<String>) {
    let total = outcomes.len();
    let mut unexpected = Vec::new();
    let mut expected_failures = 0;
    for o in outcomes {
        let is_known = known.contains(&o.name);
        match (&o.failure, is_known) {
            (None, true) => println!(
                "note: {} now passes: remove from known_failures.txt",
                o.name
            ),
            (Some(_), true) => expected_failures += 1,
            (Some(f), false) => unexpected.push((o.name, f.clone())),
            (None, false) => {}
        }
    }
    for (name, f) in &unexpected {
        println!("FAIL {name}\n{f}");
    }
    println!(
        "{kind}: {total} run, {} passed, {expected_failures} known failures, {} unexpected failures",
        total - expected_failures - unexpected.len(),
        unexpected.len()
    );
    if !unexpected.is_empty() {
        let names: Vec<&str> = unexpected.iter().map(|(n, _)| n.as_str()).collect();
        panic!("{} {kind} failed: {}", unexpected.len(), names.join(", "));
    }
}

#[test]
fn python_tests() {
    let root = repo_root();
    let dir = root.join("tests/py");
    let filter = filter();
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/py")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".py"))
        .filter(|n| filter.as_ref().is_none_or(|f| n.contains(f.as_str())))
        .collect();
    files.sort();
    let known = known_failures(&root);
    let mica = mica_bin();
    let python = python_bin();

    let outcomes = parallel_map(&files, |name| {
        let exp_path = dir.join(format!("{name}.exp"));
        let expected = match std::fs::read(&exp_path) {
            Ok(bytes) => RunOutput {
                stdout: bytes,
                stderr: Vec::new(),
                code: Some(0),
                timed_out: false,
            },
            Err(_) => run(&python, &[name], &dir),
        };
        if expected.timed_out {
            return Outcome {
                name: name.clone(),
                failure: Some(format!("  {python} timed out\n")),
            };
        }
        let actual = run(&mica, &[name], &dir);
        let mut failure = String::new();
        if actual.timed_out || actual.code != expected.code {
            failure.push_str(&format!(
                "  status: expected {}, got {}\n",
                expected.status_text(),
                actual.status_text()
            ));
        }
        if actual.stdout != expected.stdout {
            failure.push_str(&diff(&expected.stdout, &actual.stdout));
        }
        if !failure.is_empty() && !actual.stderr.is_empty() {
            failure.push_str("  mica stderr (tail):\n");
            failure.push_str(&stderr_tail(&actual.stderr));
        }
        Outcome {
            name: name.clone(),
            failure: (!failure.is_empty()).then_some(failure),
        }
    });
    report("python tests", outcomes, &known);
}

/// One entry of `tests/cli/manifest.txt`: a script and its arguments.
struct CliCase {
    /// The manifest line; the case is named `cli/<line>`.
    line: String,
    args: Vec<String>,
}

#[test]
fn cli_tests() {
    let root = repo_root();
    let dir = root.join("tests/cli");
    let manifest =
        std::fs::read_to_string(dir.join("manifest.txt")).expect("tests/cli/manifest.txt");
    let filter = filter();
    let cases: Vec<CliCase> = manifest
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .filter(|l| filter.as_ref().is_none_or(|f| l.contains(f.as_str())))
        .map(|l| CliCase {
            line: l.to_string(),
            args: l.split_whitespace().map(str::to_string).collect(),
        })
        .collect();
    let known = known_failures(&root);
    let mica = mica_bin();
    let python = python_bin();

    let outcomes = parallel_map(&cases, |case| {
        let args: Vec<&str> = case.args.iter().map(String::as_str).collect();
        let expected = run(&python, &args, &dir);
        let actual = run(&mica, &args, &dir);
        let mut failure = String::new();
        if actual.timed_out || actual.code != expected.code {
            failure.push_str(&format!(
                "  status: expected {}, got {}\n",
                expected.status_text(),
                actual.status_text()
            ));
        }
        if actual.stdout != expected.stdout {
            failure.push_str("  stdout differs:\n");
            failure.push_str(&diff(&expected.stdout, &actual.stdout));
        }
        let (el, al) = (last_line(&expected.stderr), last_line(&actual.stderr));
        if el != al {
            failure.push_str(&format!(
                "  last stderr line: expected {el:?}, got {al:?}\n"
            ));
        }
        let tb = "Traceback (most recent call last):";
        if first_line(&expected.stderr) == tb && first_line(&actual.stderr) != tb {
            failure.push_str(&format!(
                "  first stderr line: expected {tb:?}, got {:?}\n",
                first_line(&actual.stderr)
            ));
        }
        if !failure.is_empty() && !actual.stderr.is_empty() {
            failure.push_str("  mica stderr (tail):\n");
            failure.push_str(&stderr_tail(&actual.stderr));
        }
        Outcome {
            name: format!("cli/{}", case.line),
            failure: (!failure.is_empty()).then_some(failure),
        }
    });
    report("cli tests", outcomes, &known);
}
