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

fn mica(args: &[&str], dir: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_mica"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run mica")
}

#[test]
fn resets_rerun_the_program_a_bounded_number_of_times() {
    let tmp = std::env::temp_dir().join(format!("mica-sim-resets-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    std::fs::write(
        tmp.join("always_reset.py"),
        "import machine\nprint('run', machine.reset_cause())\nmachine.reset()\nprint('not reached')\n",
    )
    .unwrap();
    let out = mica(
        &["--virtual-time", "--trace", "t.txt", "always_reset.py"],
        &tmp,
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    // The first run after power-on, then ten reruns after a hard reset.
    let hard = machine_hard_reset_code(&tmp);
    let mut expected = String::from("run 1\n");
    for _ in 0..10 {
        expected.push_str(&format!("run {hard}\n"));
    }
    assert_eq!(stdout, expected);
    assert!(stderr.contains("reset 10 times in a row"), "{stderr}");
    assert_eq!(out.status.code(), Some(1));
    let trace = std::fs::read_to_string(tmp.join("t.txt")).unwrap();
    assert_eq!(trace.matches("reset hard").count(), 11, "{trace}");
    let _ = std::fs::remove_dir_all(&tmp);
}

fn machine_hard_reset_code(dir: &Path) -> String {
    let out = mica(&["-c", "import machine; print(machine.HARD_RESET)"], dir);
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[test]
fn bad_board_files_are_reported_with_their_line() {
    let tmp = std::env::temp_dir().join(format!("mica-sim-badtoml-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let cases = [
        (
            "[[led]]\npin = 2\n\n[[led]]\npin = 77\n",
            "b.toml:4: led: pin 77 is not a pin",
        ),
        (
            "[[button]]\npin = 0\npresses = 3\n",
            "b.toml:3: bad board description",
        ),
        (
            "[[eeprom]]\nbus = 0\n[[eeprom]]\nbus = 0\n",
            "b.toml:3: eeprom: I2C bus 0 already has a device at 0x50",
        ),
        (
            "[board]\npins = \"many\"\n",
            "b.toml:2: bad board description",
        ),
        (
            "[[tmp102]]\nbus = 0\naddress = 0x148\n",
            "b.toml:1: tmp102: address 0x148 is not a 7-bit I2C address",
        ),
        ("\u{0}\u{1}garbage ===\n", "b.toml:1: bad board description"),
    ];
    for (src, want) in cases {
        std::fs::write(tmp.join("b.toml"), src).unwrap();
        let out = mica(&["--board", "b.toml", "-c", "print('ran')"], &tmp);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{src:?}: {stderr}");
        assert!(
            stderr.starts_with(&format!("mica: {want}")),
            "{src:?}: {stderr}"
        );
        assert!(out.stdout.is_empty());
    }
    let out = mica(&["--board", "missing.toml", "-c", "print('ran')"], &tmp);
    assert_eq!(out.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&tmp);
}

#[test]
fn example_boards_load_and_real_time_works() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let boards = std::fs::read_dir(root.join("examples/boards")).expect("examples/boards");
    for b in boards.filter_map(|e| e.ok()) {
        let path = b.path();
        let out = mica(
            &[
                "--board",
                path.to_str().unwrap(),
                "-c",
                "import machine, time\nt = time.ticks_ms()\ntime.sleep_ms(20)\nprint(machine.Pin(2, machine.Pin.OUT).value(), time.ticks_diff(time.ticks_ms(), t) >= 20)",
            ],
            &root,
        );
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(
            stdout,
            "0 True\n",
            "{}: {}",
            path.display(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
