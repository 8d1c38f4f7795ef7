//! The REPL with standard input that is not a terminal (a pipe, with `-i`: without it
//! piped input is run as a script): lines are read one by
//! one, with the same statement logic as the terminal REPL but no line editing.

use std::io::Write;
use std::process::{Command, Stdio};

fn run_repl(input: &str, extra: &[&str]) -> (String, String, i32) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mica"))
        .args(extra)
        .env("MICA_HISTORY", "")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start mica");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(input.as_bytes()).expect("write input");
    drop(stdin);
    let out = child.wait_with_output().expect("mica output");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn piped_lines_run_as_statements() {
    let input = "x = 6\nx * 7\n_ + 1\ndef f(a):\n    if a:\n        return 'yes'\n    return 'no'\n\nf(1), f(0)\nfor i in range(2):\n    print('i =', i)\n\nt = (1,\n     2)\nt\nx = = 1\n1/0\nprint('still here')\n";
    let (out, err, status) = run_repl(input, &["-i"]);
    assert_eq!(status, 0, "stderr: {err}");
    assert!(out.starts_with("Mica 0.1.0 on "), "{out}");
    assert!(!out.contains('\x1b'), "no escape sequences: {out:?}");
    assert!(out.contains(">>> 42\n>>> 43\n"), "{out}");
    assert!(out.contains("('yes', 'no')\n"), "{out}");
    assert!(out.contains("i = 0\ni = 1\n"), "{out}");
    assert!(out.contains(">>> ... >>> (1, 2)\n"), "{out}");
    assert!(out.contains("still here\n"), "{out}");
    assert!(err.contains("SyntaxError: invalid syntax"), "{err}");
    assert!(err.contains("ZeroDivisionError: division by zero"), "{err}");
}

#[test]
fn piped_input_ends_an_open_block_and_sys_exit_sets_the_status() {
    let (out, _, status) = run_repl("for c in 'ab':\n    print(c)", &["-i"]);
    assert_eq!(status, 0);
    assert!(out.contains("a\nb\n"), "{out}");
    let (_, _, status) = run_repl("import sys\nsys.exit(3)\nprint('not reached')\n", &["-i"]);
    assert_eq!(status, 3);
}

#[test]
fn inspect_after_a_command_uses_the_repl() {
    let (out, err, status) = run_repl("y * 2\n", &["-i", "-c", "y = 21"]);
    assert_eq!(status, 0, "{err}");
    assert!(!out.contains("Mica 0.1.0 on"), "no banner with -i: {out}");
    assert!(out.contains(">>> 42\n"), "{out}");
}

/// The prompts are `sys.ps1` and `sys.ps2` when a program sets them (as in CPython and
/// MicroPython's unix port); `sys.executable` names this binary.
#[test]
fn prompts_follow_sys_ps1_and_ps2() {
    let input = "import sys\nsys.ps1 = 'A> '\nsys.ps2 = 'B: '\nif 1:\n    2\n\nsys.ps1 = 7\nprint(sys.executable == r'MICA')\n";
    let input = input.replace("MICA", env!("CARGO_BIN_EXE_mica"));
    let (out, err, status) = run_repl(&input, &["-i"]);
    assert_eq!(status, 0, "stderr: {err}");
    assert!(
        out.contains(">>> >>> A> A> B: B: 2\nA> 7True\n7"),
        "{out:?}"
    );
}
