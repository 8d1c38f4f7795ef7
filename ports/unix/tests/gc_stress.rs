//! Runs the passing `tests/py` programs under `-X gcstress` (a collection at every safe
//! point) and the heap-limited programs in `tests/heap` under `-X heapsize=256K`,
//! comparing stdout with CPython (or the `.exp` file beside the test).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Too slow when collecting at every safe point (deep recursion, big strings).
const GCSTRESS_SKIP: &[&str] = &[
    "memory_fill_recover.py",
    "memory_string_building.py",
    // Their output order follows sleep durations of tasks started one after another;
    // at a collection per safe point starting them takes longer than the gaps.
    "mod_asyncio_gather.py",
    "mod_asyncio_micropython.py",
    "recursion_iterators.py",
    "recursion_limits.py",
    // They build structures 10,000-100,000 deep: a full collection per safe point
    // makes that quadratic (over 20 minutes each).
    "recursion_native_data.py",
    "recursion_native_iterators.py",
    // Millions of loop iterations, or filling the default 64 MiB heap: each collection
    // retraces the runtime's objects, so a collection per safe point takes 15+ minutes.
    "builtins_streaming.py",
    "memory_big_alloc.py",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

fn stdout_of(program: &str, args: &[&str], cwd: &Path) -> (Vec<u8>, Option<i32>) {
    let out = Command::new(program)
        .args(args)
        .current_dir(cwd)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .expect("run");
    (out.stdout, out.status.code())
}

fn expected(dir: &Path, name: &str) -> Vec<u8> {
    match std::fs::read(dir.join(format!("{name}.exp"))) {
        Ok(b) => b,
        Err(_) => stdout_of("python3", &[name], dir).0,
    }
}

fn run_all(dir: &Path, names: &[String], flags: &[&str]) -> Vec<String> {
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(name) = names.get(i) else { break };
                let mut args: Vec<&str> = flags.to_vec();
                args.push(name);
                let (out, code) = stdout_of(env!("CARGO_BIN_EXE_mica"), &args, dir);
                if out != expected(dir, name) || code == Some(70) || code.is_none() {
                    failures
                        .lock()
                        .unwrap()
                        .push(format!("{name} ({flags:?}, status {code:?})"));
                }
            });
        }
    });
    failures.into_inner().unwrap()
}

fn py_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".py"))
        .collect();
    names.sort();
    names
}

#[test]
fn passing_tests_under_gcstress() {
    let root = root();
    let known = std::fs::read_to_string(root.join("tests/known_failures.txt")).unwrap_or_default();
    let known: Vec<&str> = known
        .lines()
        .map(|l| l.split('#').next().unwrap().trim())
        .collect();
    let dir = root.join("tests/py");
    let names: Vec<String> = py_files(&dir)
        .into_iter()
        .filter(|n| !known.contains(&n.as_str()) && !GCSTRESS_SKIP.contains(&n.as_str()))
        .collect();
    let failures = run_all(&dir, &names, &["-X", "gcstress"]);
    assert!(failures.is_empty(), "differ under gcstress: {failures:?}");
}

#[test]
fn heap_limited_programs() {
    let dir = root().join("tests/heap");
    let names = py_files(&dir);
    let mut failures = run_all(&dir, &names, &["-X", "heapsize=256K"]);
    failures.extend(run_all(
        &dir,
        &names,
        &["-X", "heapsize=256K", "-X", "gcstress"],
    ));
    assert!(
        failures.is_empty(),
        "heap-limited runs differ: {failures:?}"
    );
}
