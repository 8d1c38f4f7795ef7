//! The `mica` command line: `--version`, `-h`, what a bad command line says, `-X`
//! options, `-v`, and standard input as the program when no program is named.

use std::io::Write;
use std::process::{Command, Stdio};

struct Out {
    status: i32,
    stdout: String,
    stderr: String,
}

/// Run `mica args...` with `input` on a piped standard input (none: `/dev/null`).
fn mica(args: &[&str], input: Option<&str>) -> Out {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mica"))
        .args(args)
        .env("MICA_HISTORY", "")
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start mica");
    if let Some(text) = input {
        let mut stdin = child.stdin.take().expect("stdin");
        stdin.write_all(text.as_bytes()).expect("write input");
    }
    let out = child.wait_with_output().expect("mica output");
    Out {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn version_and_help_go_to_stdout_with_status_0() {
    let r = mica(&["--version"], None);
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("Mica 0.1.0 on "), "{}", r.stdout);
    assert_eq!(r.stdout.lines().count(), 1, "{}", r.stdout);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    for flag in ["-h", "--help"] {
        let r = mica(&[flag], None);
        assert_eq!(r.status, 0, "{flag}: {}", r.stderr);
        assert!(r.stdout.starts_with("usage: mica "), "{flag}: {}", r.stdout);
        for opt in ["-c cmd", "--version", "heapsize=", "compile-only"] {
            assert!(r.stdout.contains(opt), "{flag} lacks {opt}: {}", r.stdout);
        }
        assert!(r.stderr.is_empty(), "{flag}: {}", r.stderr);
    }
}

#[test]
fn a_bad_command_line_says_what_is_wrong_with_status_2() {
    let cases: &[(&[&str], &str)] = &[
        (&["-q"], "unknown option -q"),
        (&["--nope"], "unknown option --nope"),
        (&["-c"], "argument expected for the -c option"),
        (&["-m"], "argument expected for the -m option"),
        (&["-X"], "argument expected for the -X option"),
        (
            &["-X", "heapsize=abc", "-c", "pass"],
            "invalid size \"abc\"",
        ),
        (&["-Xheapsize=", "-c", "pass"], "invalid size \"\""),
        (&["-X", "stack=12Q", "-c", "pass"], "invalid size \"12Q\""),
        (
            &["-X", "nosuchoption", "-c", "pass"],
            "unknown -X option \"nosuchoption\"",
        ),
    ];
    for (args, want) in cases {
        let r = mica(args, None);
        assert_eq!(r.status, 2, "{args:?}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{args:?}: {}", r.stdout);
        assert!(r.stderr.contains(want), "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("usage: mica"), "{args:?}: {}", r.stderr);
    }
    // Options after the program belong to it.
    let r = mica(
        &["-c", "import sys; print(sys.argv)", "-q", "-X", "foo"],
        None,
    );
    assert_eq!(r.stdout, "['-c', '-q', '-X', 'foo']\n", "{}", r.stderr);
}

#[test]
fn good_x_options_are_taken() {
    let r = mica(
        &["-X", "heapsize=256K", "-Xstack=1M", "-c", "print(40 + 2)"],
        None,
    );
    assert_eq!((r.status, r.stdout.as_str()), (0, "42\n"), "{}", r.stderr);
}

#[test]
fn compile_only_reports_syntax_errors_and_runs_nothing() {
    let r = mica(&["-X", "compile-only", "-c", "print('ran')\n1/0"], None);
    assert_eq!((r.status, r.stdout.as_str()), (0, ""), "{}", r.stderr);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    let r = mica(&["-X", "compile-only", "-c", "x = (1,"], None);
    assert_eq!(r.status, 1);
    assert!(r.stderr.contains("SyntaxError"), "{}", r.stderr);
    let r = mica(&["-X", "compile-only", "-"], Some("print('ran')\n"));
    assert_eq!((r.status, r.stdout.as_str()), (0, ""), "{}", r.stderr);
}

#[test]
fn verbose_prints_the_memory_summary_and_bytecode() {
    let r = mica(&["-v", "-c", "print('out')"], None);
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("out\n"), "{}", r.stdout);
    assert!(r.stdout.contains("\nGC: total: "), "{}", r.stdout);
    // After an uncaught exception too, keeping its status.
    let r = mica(&["-v", "-c", "1/0"], None);
    assert_eq!(r.status, 1);
    assert!(r.stdout.contains("GC: total: "), "{}", r.stdout);
    assert!(r.stderr.contains("ZeroDivisionError"), "{}", r.stderr);
    for args in [&["-v", "-v"][..], &["-vv"][..]] {
        let r = mica(&[args, &["-c", "print('out')"]].concat(), None);
        assert_eq!(r.status, 0, "{}", r.stderr);
        let listing = r.stdout.find("LoadName").expect("a bytecode listing");
        assert!(listing < r.stdout.find("out\n").unwrap(), "{}", r.stdout);
    }
    // Nested code objects are listed too, with their names resolved.
    let r = mica(&["-vv", "-c", "def f():\n    return len\nprint(f())"], None);
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(r.stdout.contains("code f (f) <string>:1"), "{}", r.stdout);
    assert!(
        r.stdout.contains("LoadGlobal(0)            (len)"),
        "{}",
        r.stdout
    );
    let r = mica(&["-c", "print('out')"], None);
    assert_eq!(r.stdout, "out\n");
}

#[test]
fn piped_standard_input_without_arguments_is_a_script() {
    let program =
        "import sys\nprint(sys.argv)\nif True:\n    print('block')\n\nx = 5\nprint(x * 2)\n";
    let r = mica(&[], Some(program));
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "['']\nblock\n10\n");
    // A script stops at its first uncaught exception, with status 1.
    let r = mica(&[], Some("print(1)\n1/0\nprint(2)\n"));
    assert_eq!((r.status, r.stdout.as_str()), (1, "1\n"));
    assert!(
        r.stderr.contains("File \"<stdin>\", line 2"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("ZeroDivisionError"), "{}", r.stderr);
    // `-` names it explicitly.
    let r = mica(&["-", "a"], Some("import sys; print(sys.argv)"));
    assert_eq!(r.stdout, "['-', 'a']\n", "{}", r.stderr);
    // Options without a program also read it.
    let r = mica(&["-X", "heapsize=1M"], Some("print('small heap')"));
    assert_eq!(r.stdout, "small heap\n", "{}", r.stderr);
    // `-i`: the REPL reads standard input instead.
    let r = mica(&["-i"], Some("6 * 7\n"));
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(r.stdout.contains(">>> 42\n"), "{}", r.stdout);
}
