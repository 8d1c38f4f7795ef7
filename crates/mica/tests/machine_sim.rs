//! Runs the `machine` programs in `tests/machine` on the simulated board.
//!
//! For each `NAME.py` with a `NAME.exp` (other `.py` files there are drivers the tests
//! import), the harness runs
//! `mica --board NAME.toml --virtual-time --trace TMP [--vcd TMP] NAME.py` in
//! `tests/machine` (without `--board` when there is no `NAME.toml`: the default board)
//! and compares stdout with `NAME.exp`, the trace with `NAME.trace` and, when a
//! `NAME.vcd` exists, the VCD with it. The `machine` module has no CPython equivalent,
//! so the expected files are written by hand. `MICA_TEST_FILTER` selects tests by name.

use std::path::{Path, PathBuf};
use std::process::Command;

fn machine_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/machine")
}

fn diff(what: &str, expected: &str, actual: &str) -> Option<String> {
    if expected == actual {
        return None;
    }
    let mut out = format!("{what} differs (- expected, + actual):\n");
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    for i in 0..e.len().max(a.len()) {
        match (e.get(i), a.get(i)) {
            (Some(x), Some(y)) if x == y => out.push_str(&format!("  {x}\n")),
            (x, y) => {
                if let Some(x) = x {
                    out.push_str(&format!("- {x}\n"));
                }
                if let Some(y) = y {
                    out.push_str(&format!("+ {y}\n"));
                }
            }
        }
    }
    Some(out)
}

fn run_one(name: &str, tmp: &Path) -> Result<(), String> {
    let dir = machine_dir();
    let trace = tmp.join(format!("{name}.trace"));
    let vcd = tmp.join(format!("{name}.vcd"));
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mica"));
    cmd.current_dir(&dir);
    if dir.join(format!("{name}.toml")).exists() {
        cmd.arg("--board").arg(format!("{name}.toml"));
    }
    cmd.arg("--virtual-time").arg("--trace").arg(&trace);
    let want_vcd = dir.join(format!("{name}.vcd"));
    if want_vcd.exists() {
        cmd.arg("--vcd").arg(&vcd);
    }
    cmd.arg(format!("{name}.py"));
    let out = cmd.output().map_err(|e| format!("can't run mica: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let mut problems = Vec::new();
    if !out.status.success() {
        problems.push(format!(
            "exit status {:?}; stderr:\n{stderr}",
            out.status.code()
        ));
    }
    let read = |p: PathBuf| std::fs::read_to_string(&p).unwrap_or_default();
    problems.extend(diff(
        "stdout",
        &read(dir.join(format!("{name}.exp"))),
        &stdout,
    ));
    let want_trace = dir.join(format!("{name}.trace"));
    if want_trace.exists() {
        problems.extend(diff("trace", &read(want_trace), &read(trace)));
    }
    if want_vcd.exists() {
        problems.extend(diff("vcd", &read(want_vcd), &read(vcd)));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

#[test]
fn machine_programs_on_the_simulated_board() {
    let dir = machine_dir();
    let filter = std::env::var("MICA_TEST_FILTER").unwrap_or_default();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/machine")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let stem = name.strip_suffix(".py")?.to_string();
            dir.join(format!("{stem}.exp")).exists().then_some(stem)
        })
        .filter(|n| n.contains(&filter))
        .collect();
    names.sort();
    let tmp = std::env::temp_dir().join(format!("mica-machine-sim-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("temp dir");
    let mut failed = Vec::new();
    for name in &names {
        match run_one(name, &tmp) {
            Ok(()) => println!("ok   {name}"),
            Err(e) => {
                println!("FAIL {name}\n{e}");
                failed.push(name.clone());
            }
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
    println!(
        "{} passed, {} failed",
        names.len() - failed.len(),
        failed.len()
    );
    assert!(failed.is_empty(), "failed: {failed:?}");
}
