//! The terminal REPL driven like a user would: the real `mica` binary in a tmux pane
//! (keys sent with `send-keys`, the screen read with `capture-pane`). Each test has its
//! own tmux server socket and a private HOME / MICA_HISTORY.

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(20);

struct Repl {
    socket: String,
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

fn tmux_available() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

impl Repl {
    /// A private directory (HOME and the history file) for one test.
    fn home(name: &str) -> PathBuf {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("mica-repl-{}-{}-{}", std::process::id(), name, n));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        dir
    }

    /// Start `mica` in a new tmux server; after it exits the pane shows its status.
    fn start(name: &str, dir: &std::path::Path) -> Repl {
        assert!(
            tmux_available(),
            "tmux is needed for the REPL tests (.ci/run installs it)"
        );
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let socket = format!("mica-test-{}-{}-{}", std::process::id(), name, n);
        let bin = env!("CARGO_BIN_EXE_mica");
        let hist = dir.join("history");
        let script = format!(
            "env HOME='{}' MICA_HISTORY='{}' '{}'; echo \"[exit status $?]\"; sleep 60",
            dir.display(),
            hist.display(),
            bin
        );
        let ok = Command::new("tmux")
            .args(["-L", &socket, "-f", "/dev/null", "new-session", "-d"])
            .args(["-x", "120", "-y", "40", "-s", "repl", "sh", "-c", &script])
            .status()
            .expect("run tmux")
            .success();
        assert!(ok, "tmux new-session failed");
        let r = Repl { socket };
        r.wait_for(|s| s.lines().any(|l| l.starts_with(">>>")), "first prompt");
        r
    }

    fn tmux(&self, args: &[&str]) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .status();
    }

    /// Type literal text (no key names interpreted).
    fn type_text(&self, text: &str) {
        self.tmux(&["send-keys", "-t", "repl", "-l", text]);
    }

    /// Press keys by tmux name (`Enter`, `Tab`, `Up`, `C-c`...).
    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "repl"];
        args.extend_from_slice(keys);
        self.tmux(&args);
    }

    /// Type a line and press Enter.
    fn line(&self, text: &str) {
        self.type_text(text);
        self.keys(&["Enter"]);
    }

    fn screen(&self) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "capture-pane", "-p", "-t", "repl"])
            .output()
            .expect("capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Poll the screen until `pred` holds; fail with the screen after the timeout.
    fn wait_for(&self, pred: impl Fn(&str) -> bool, what: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if pred(&s) {
                return s;
            }
            if start.elapsed() > TIMEOUT {
                panic!("timed out waiting for {what}; screen:\n{s}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Wait until some screen line equals `line` (trailing spaces ignored).
    fn wait_line(&self, line: &str) -> String {
        self.wait_for(
            |s| s.lines().any(|l| l.trim_end() == line.trim_end()),
            &format!("the line {line:?}"),
        )
    }

    /// Wait until the last non-empty line (the cursor's line) is `line`.
    fn wait_last(&self, line: &str) -> String {
        self.wait_for(
            |s| last_line(s) == line.trim_end(),
            &format!("the last line to be {line:?}"),
        )
    }

    /// Lines of the screen equal to `line`.
    fn count_lines(&self, line: &str) -> usize {
        self.screen()
            .lines()
            .filter(|l| l.trim_end() == line)
            .count()
    }
}

fn last_line(s: &str) -> &str {
    s.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim_end()
}

impl Drop for Repl {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
    }
}

fn cleanup(dir: &std::path::Path) {
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn banner_prompt_repr_and_underscore() {
    let dir = Repl::home("banner");
    let r = Repl::start("banner", &dir);
    let s = r.screen();
    let first = s.lines().next().unwrap_or("");
    assert!(first.starts_with("Mica 0.1.0 on "), "{s}");
    assert!(first.contains("; linux [host] with "), "{s}");
    assert_eq!(
        s.lines().nth(1).unwrap_or(""),
        "Type \"help()\" for more information."
    );
    assert_eq!(s.lines().nth(2).unwrap_or("").trim_end(), ">>>");
    r.line("6 * 7");
    r.wait_line("42");
    r.line("'ab' * 2");
    r.wait_line("'abab'");
    r.line("None");
    r.line("_ + 'c'");
    r.wait_line("'ababc'");
    r.line("[1, 2][_ == 'ababc']");
    r.wait_line("2");
    // Output without a final newline is kept; the prompt starts below it.
    r.line("print('no newline', end='')");
    r.wait_line("no newline");
    r.wait_last(">>>");
    drop(r);
    cleanup(&dir);
}

#[test]
fn multiline_def_with_auto_indent_and_for_loop() {
    let dir = Repl::home("multi");
    let r = Repl::start("multi", &dir);
    r.line("def double(a):");
    // The continuation line is pre-filled with four spaces: the body is typed bare.
    r.wait_last("...");
    r.line("if a < 0:");
    r.wait_line("...     if a < 0:");
    r.line("return 0");
    r.wait_line("...         return 0");
    // Eight spaces are pre-filled; delete four to go back to the function's level.
    r.keys(&["BSpace", "BSpace", "BSpace", "BSpace"]);
    r.line("return a * 2");
    r.wait_line("...     return a * 2");
    // A whitespace-only line (the pre-filled indentation) ends the definition.
    r.keys(&["Enter"]);
    r.wait_last(">>>");
    r.line("double(21), double(-5)");
    r.wait_line("(42, 0)");
    r.line("for i in range(3):");
    r.line("print('row', i * 100)");
    r.wait_line("...     print('row', i * 100)");
    r.keys(&["Enter"]);
    r.wait_line("row 200");
    let s = r.screen();
    assert!(s.contains("row 0\nrow 100\nrow 200\n>>>"), "{s}");
    // Open brackets and triple-quoted strings continue without a ':'.
    r.line("total = (1 +");
    r.wait_last("...");
    r.line("2)");
    r.line("total");
    r.wait_line("3");
    r.line("s = '''a");
    r.line("b'''");
    r.line("s");
    r.wait_line("'a\\nb'");
    // A real syntax error is reported at once, without asking for more lines.
    r.line("x = = 1");
    r.wait_line("SyntaxError: invalid syntax");
    drop(r);
    cleanup(&dir);
}

#[test]
fn history_recall_and_persistence() {
    let dir = Repl::home("history");
    let r = Repl::start("history", &dir);
    r.line("1234 + 1");
    r.wait_line("1235");
    r.line("'second'");
    r.wait_line("'second'");
    r.keys(&["Up", "Up"]);
    r.wait_last(">>> 1234 + 1");
    r.keys(&["Enter"]);
    r.wait_for(
        |s| s.matches("1235").count() == 2,
        "the recalled line's result",
    );
    r.keys(&["C-d"]);
    r.wait_line("[exit status 0]");
    drop(r);
    let hist = std::fs::read_to_string(dir.join("history")).expect("history file written");
    let lines: Vec<&str> = hist.lines().collect();
    assert!(lines.contains(&"1234 + 1"), "{hist}");
    assert!(lines.contains(&"'second'"), "{hist}");

    // A new session starts with the saved history.
    let r = Repl::start("history2", &dir);
    r.keys(&["Up"]);
    r.wait_last(">>> 1234 + 1");
    r.keys(&["Up"]);
    r.wait_last(">>> 'second'");
    drop(r);
    cleanup(&dir);
}

#[test]
fn tab_completion() {
    let dir = Repl::home("complete");
    let r = Repl::start("complete", &dir);
    r.line("unique_name_xyz = 5");
    r.wait_last(">>>");
    // A unique name completes in place.
    r.type_text("unique_na");
    r.keys(&["Tab"]);
    r.wait_last(">>> unique_name_xyz");
    r.keys(&["Enter"]);
    r.wait_line("5");
    // An attribute of an object.
    r.line("word = 'mica'");
    r.type_text("word.upp");
    r.keys(&["Tab"]);
    r.wait_last(">>> word.upper");
    r.line("()");
    r.wait_line("'MICA'");
    // Several module members: the list is shown and the line kept.
    r.line("import sys");
    r.type_text("sys.std");
    r.keys(&["Tab"]);
    let s = r.wait_for(
        |s| {
            s.lines()
                .any(|l| l.split_whitespace().eq(["stderr", "stdin", "stdout"]))
        },
        "the list of sys.std* members",
    );
    assert_eq!(last_line(&s), ">>> sys.std", "{s}");
    r.type_text("out.write('done\\n')");
    r.keys(&["Enter"]);
    r.wait_line("done");
    drop(r);
    cleanup(&dir);
}

#[test]
fn ctrl_c_interrupts_running_code_and_clears_the_line() {
    let dir = Repl::home("ctrlc");
    let r = Repl::start("ctrlc", &dir);
    r.line("while True: pass");
    r.wait_last("...");
    r.keys(&["Enter"]);
    std::thread::sleep(Duration::from_millis(300));
    r.keys(&["C-c"]);
    r.wait_line("KeyboardInterrupt");
    r.wait_last(">>>");
    // Also while sleeping.
    r.line("import time");
    r.line("time.sleep(30)");
    std::thread::sleep(Duration::from_millis(300));
    r.keys(&["C-c"]);
    r.wait_for(
        |s| s.matches("KeyboardInterrupt").count() == 2 && last_line(s) == ">>>",
        "a second KeyboardInterrupt and the prompt",
    );
    // At the prompt Ctrl-C drops the typed text.
    r.type_text("never_defined_name");
    r.wait_last(">>> never_defined_name");
    r.keys(&["C-c"]);
    r.wait_last(">>>");
    r.line("3 * 3");
    r.wait_line("9");
    assert!(!r.screen().contains("NameError"));
    drop(r);
    cleanup(&dir);
}

#[test]
fn paste_mode_runs_and_cancels() {
    let dir = Repl::home("paste");
    let r = Repl::start("paste", &dir);
    r.keys(&["C-e"]);
    r.wait_line("paste mode; Ctrl-C to cancel, Ctrl-D to finish");
    r.wait_last("===");
    r.line("for i in range(2):");
    r.line("    print('pasted', i)");
    r.line("'not echoed'");
    r.keys(&["C-d"]);
    r.wait_line("pasted 1");
    let s = r.wait_last(">>>");
    // No auto-indent in paste mode, and a block does not print expression values.
    assert!(
        s.contains("=== for i in range(2):\n===     print('pasted', i)\n"),
        "{s}"
    );
    assert!(s.contains("pasted 0\npasted 1\n>>>"), "{s}");
    assert_eq!(r.count_lines("'not echoed'"), 0, "{s}");
    // Ctrl-C cancels without running anything.
    r.keys(&["C-e"]);
    r.wait_last("===");
    r.line("print('never' + 'run')");
    r.keys(&["C-c"]);
    r.wait_last(">>>");
    r.line("print('after' + 'wards')");
    r.wait_line("afterwards");
    assert_eq!(r.count_lines("neverrun"), 0);
    drop(r);
    cleanup(&dir);
}

#[test]
fn help_and_ctrl_d_exit() {
    let dir = Repl::home("help");
    let r = Repl::start("help", &dir);
    r.line("help()");
    r.wait_line("Welcome to Mica!");
    r.wait_line("For a list of the built-in modules type help('modules').");
    r.line("help('modules')");
    r.wait_line("Plus any modules on the filesystem");
    let s = r.screen();
    assert!(s.split_whitespace().any(|w| w == "micropython"), "{s}");
    r.line("help(1)");
    r.wait_line("object 1 is of type int");
    r.wait_line("  to_bytes -- <built-in function to_bytes>");
    r.keys(&["C-d"]);
    r.wait_line("[exit status 0]");
    drop(r);
    cleanup(&dir);
}
