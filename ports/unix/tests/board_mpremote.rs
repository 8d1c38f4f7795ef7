//! The real client: MicroPython's `mpremote` (pinned in `.ci/run`) drives a
//! `mica board` over TCP and over a pseudo-terminal: exec, eval, run with streamed
//! output, the filesystem commands (a 120 KB binary checked by SHA-256 both ways, a
//! tree copied recursively), soft-reset/resume, a REPL session, and files surviving a
//! restart of the board process.

mod board_common;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use board_common::{scratch, Board};

/// The mpremote version `.ci/run` installs.
const MPREMOTE: &str = "1.27.0";

fn require_mpremote() {
    let ok = Command::new("python3")
        .args(["-m", "mpremote", "version"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .output()
        .map(|o| o.status.success() && String::from_utf8_lossy(&o.stdout).contains(MPREMOTE))
        .unwrap_or(false);
    assert!(
        ok,
        "mpremote {MPREMOTE} is not installed: run `python3 -m pip install mpremote=={MPREMOTE}` \
         (.ci/run does this)"
    );
}

/// Run `python3 -m mpremote connect DEV args...` in `cwd`; (status ok, stdout, stderr).
fn mp(dev: &str, cwd: &Path, args: &[&str]) -> (bool, String, String) {
    let mut child = Command::new("python3")
        .args(["-m", "mpremote", "connect", dev])
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run mpremote");
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let t_out = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out.read_to_end(&mut s);
        s
    });
    let t_err = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err.read_to_end(&mut s);
        s
    });
    let end = Instant::now() + Duration::from_secs(120);
    let status = loop {
        if let Ok(Some(st)) = child.try_wait() {
            break st;
        }
        if Instant::now() > end {
            let _ = child.kill();
            let _ = child.wait();
            panic!("mpremote {args:?} timed out");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let out = String::from_utf8_lossy(&t_out.join().unwrap()).into_owned();
    let err = String::from_utf8_lossy(&t_err.join().unwrap()).into_owned();
    (status.success(), out, err)
}

/// Run mpremote and insist on success; its stdout.
fn ok(dev: &str, cwd: &Path, args: &[&str]) -> String {
    let (good, out, err) = mp(dev, cwd, args);
    assert!(
        good,
        "mpremote {args:?} failed:\nstdout: {out}\nstderr: {err}"
    );
    out
}

fn sha256(path: &Path) -> String {
    let o = Command::new("python3")
        .args([
            "-c",
            "import hashlib,sys;print(hashlib.sha256(open(sys.argv[1],'rb').read()).hexdigest())",
        ])
        .arg(path)
        .output()
        .expect("python3");
    String::from_utf8_lossy(&o.stdout).trim().to_string()
}

/// Deterministic pseudo-random bytes.
fn noise(n: usize, mut x: u64) -> Vec<u8> {
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

fn write(path: PathBuf, data: &[u8]) {
    if let Some(p) = path.parent() {
        std::fs::create_dir_all(p).unwrap();
    }
    std::fs::write(path, data).unwrap();
}

fn socket(b: &Board) -> String {
    format!("socket://{}", b.addr)
}

#[test]
fn mpremote_over_tcp_and_files_survive_restart() {
    require_mpremote();
    let d = scratch("mpremote-tcp");
    let flash = d.join("board.img");
    let host = d.join("host");
    std::fs::create_dir_all(&host).unwrap();
    let b = Board::tcp(&flash, &[]);
    let dev = socket(&b);

    // exec and eval.
    assert_eq!(
        ok(&dev, &host, &["exec", "print('hello', 1 + 1)"]),
        "hello 2\r\n"
    );
    assert_eq!(ok(&dev, &host, &["eval", "6 * 7"]), "42\r\n");
    // An exception is reported and fails the command.
    let (good, out, _) = mp(&dev, &host, &["exec", "raise ValueError('boom')"]);
    assert!(!good && out.contains("ValueError: boom"), "{out}");

    // run: output streams while the script runs.
    write(
        host.join("script.py"),
        b"import time\nprint('first')\ntime.sleep(1.5)\nprint('second')\n",
    );
    let mut child = Command::new("python3")
        .args(["-m", "mpremote", "connect", &dev, "run", "script.py"])
        .current_dir(&host)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let start = Instant::now();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 256];
        let mut seen = Vec::new();
        loop {
            match out.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    seen.extend_from_slice(&buf[..n]);
                    let _ = tx.send((String::from_utf8_lossy(&seen).into_owned(), Instant::now()));
                }
            }
        }
    });
    let mut first_at = None;
    let mut second_at = None;
    while second_at.is_none() {
        let (text, at) = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("mpremote run output");
        if first_at.is_none() && text.contains("first") {
            first_at = Some(at);
        }
        if text.contains("second") {
            second_at = Some(at);
        }
    }
    let _ = child.wait();
    let (first_at, second_at) = (first_at.unwrap(), second_at.unwrap());
    assert!(
        second_at.duration_since(first_at) >= Duration::from_millis(1000),
        "output was buffered: first at {:?}, second at {:?}",
        first_at - start,
        second_at - start
    );

    // The filesystem: mkdir, cp both ways, ls, cat, sha256sum, rm, rmdir.
    ok(&dev, &host, &["fs", "mkdir", ":proj"]);
    write(host.join("main.py"), b"print('project main')\n");
    ok(&dev, &host, &["fs", "cp", "main.py", ":proj/main.py"]);
    let ls = ok(&dev, &host, &["fs", "ls", ":proj"]);
    assert!(ls.contains("22 main.py"), "{ls}");
    // Printed on the line, so with the device's \r\n.
    assert_eq!(
        ok(&dev, &host, &["fs", "cat", ":proj/main.py"]),
        "print('project main')\r\n"
    );
    let big = noise(120_000, 0x9E37_79B9_7F4A_7C15);
    write(host.join("big.bin"), &big);
    let want = sha256(&host.join("big.bin"));
    ok(&dev, &host, &["fs", "cp", "big.bin", ":big.bin"]);
    let sum = ok(&dev, &host, &["fs", "sha256sum", ":big.bin"]);
    assert!(sum.contains(&want), "{sum} vs {want}");
    ok(&dev, &host, &["fs", "cp", ":big.bin", "back.bin"]);
    assert_eq!(std::fs::read(host.join("back.bin")).unwrap(), big);
    // Copying an identical file again is skipped by hash.
    let again = ok(&dev, &host, &["fs", "cp", "big.bin", ":big.bin"]);
    assert!(again.contains("Up to date"), "{again}");
    let ls = ok(&dev, &host, &["fs", "ls"]);
    assert!(
        ls.contains("120000 big.bin") && ls.contains("proj/"),
        "{ls}"
    );

    // A tree, recursively, both ways.
    write(host.join("tree/a.py"), b"A = 1\n");
    write(host.join("tree/sub/b.txt"), b"bee\n");
    write(host.join("tree/sub/deeper/c.bin"), &noise(3000, 7));
    ok(&dev, &host, &["fs", "cp", "-r", "tree", ":"]);
    let ls = ok(&dev, &host, &["fs", "ls", ":tree/sub"]);
    assert!(ls.contains("4 b.txt") && ls.contains("deeper/"), "{ls}");
    ok(&dev, &host, &["fs", "cp", "-r", ":tree", "copy"]);
    for f in ["a.py", "sub/b.txt", "sub/deeper/c.bin"] {
        assert_eq!(
            std::fs::read(host.join("copy").join(f)).unwrap(),
            std::fs::read(host.join("tree").join(f)).unwrap(),
            "{f}"
        );
    }
    // The copied module imports from the board's flash.
    assert_eq!(
        ok(
            &dev,
            &host,
            &[
                "exec",
                "import sys; sys.path.append('/tree'); import a; print(a.A)"
            ]
        ),
        "1\r\n"
    );

    ok(&dev, &host, &["fs", "rm", ":proj/main.py"]);
    ok(&dev, &host, &["fs", "rmdir", ":proj"]);
    let ls = ok(&dev, &host, &["fs", "ls"]);
    assert!(!ls.contains("proj"), "{ls}");
    let (good, _, err) = mp(&dev, &host, &["fs", "cat", ":proj/main.py"]);
    assert!(!good && err.contains("No such file"), "{err}");

    // os.statvfs reports the real flash figures (2 MiB, partly used).
    let v = ok(
        &dev,
        &host,
        &[
            "exec",
            "import os; s = os.statvfs('/'); print(s[0] * s[2], s[0] * s[3] < s[0] * s[2])",
        ],
    );
    assert_eq!(v, "2097152 True\r\n");

    // soft-reset and resume: mpremote soft-resets before its first command unless told
    // to resume, which keeps the heap.
    ok(&dev, &host, &["exec", "kept = 'yes'"]);
    assert_eq!(ok(&dev, &host, &["resume", "eval", "kept"]), "yes\r\n");
    ok(&dev, &host, &["soft-reset"]);
    assert_eq!(
        ok(&dev, &host, &["resume", "eval", "'kept' in globals()"]),
        "False\r\n"
    );

    // Files survive a restart of the board process.
    drop(b);
    let b = Board::tcp(&flash, &[]);
    let dev = socket(&b);
    let sum = ok(&dev, &host, &["fs", "sha256sum", ":big.bin"]);
    assert!(sum.contains(&want), "{sum} vs {want}");
    assert_eq!(
        ok(&dev, &host, &["fs", "cat", ":tree/sub/b.txt"]),
        "bee\r\n"
    );
}

#[test]
fn mpremote_over_pty() {
    require_mpremote();
    let d = scratch("mpremote-pty");
    let host = d.join("host");
    std::fs::create_dir_all(&host).unwrap();
    let b = Board::pty(&d.join("board.img"));
    let dev = b.addr.clone();
    assert!(dev.starts_with("/dev/"), "{dev}");
    assert_eq!(
        ok(&dev, &host, &["exec", "print('over pty')"]),
        "over pty\r\n"
    );
    assert_eq!(ok(&dev, &host, &["eval", "2 ** 10"]), "1024\r\n");
    let data = noise(20_000, 3);
    write(host.join("blob.bin"), &data);
    ok(&dev, &host, &["fs", "cp", "blob.bin", ":blob.bin"]);
    ok(&dev, &host, &["fs", "cp", ":blob.bin", "blob2.bin"]);
    assert_eq!(std::fs::read(host.join("blob2.bin")).unwrap(), data);
    let ls = ok(&dev, &host, &["fs", "ls"]);
    assert!(ls.contains("20000 blob.bin"), "{ls}");
    let sum = ok(&dev, &host, &["fs", "sha256sum", ":blob.bin"]);
    assert!(sum.contains(&sha256(&host.join("blob.bin"))), "{sum}");
    ok(&dev, &host, &["soft-reset"]);
    assert_eq!(ok(&dev, &host, &["resume", "eval", "1 + 1"]), "2\r\n");
}

/// `mpremote repl` needs a terminal: a small Python driver runs it in a pseudo-terminal
/// and types into it. (Over the pty transport: mpremote 1.27's `repl` cannot wait on a
/// `socket://` connection, which has no file descriptor to select on.)
const REPL_DRIVER: &str = r#"
import os, pty, select, sys, time
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.executable, [sys.executable, "-m", "mpremote", "connect", sys.argv[1], "repl"])
buf = b""
def until(pat, t=20):
    global buf
    end = time.time() + t
    while pat not in buf:
        if time.time() > end:
            print("TIMEOUT waiting for %r; got %r" % (pat, buf))
            os.kill(pid, 9)
            sys.exit(1)
        r, _, _ = select.select([fd], [], [], 0.1)
        if r:
            try:
                buf += os.read(fd, 4096)
            except OSError:
                print("mpremote ended; got %r" % buf)
                sys.exit(1)
    i = buf.index(pat) + len(pat)
    seen, buf = buf[:i], buf[i:]
    return seen
until(b"Ctrl-x to exit this shell")
os.write(fd, b"\r")
until(b">>> ")
os.write(fd, b"print(6 * 7)\r")
until(b"42\r\n>>> ")
os.write(fd, b"for i in range(3):\r")
until(b"...     ")
os.write(fd, b"print(i * i)\r\r")
until(b"4\r\n>>> ")
os.write(fd, b"\x05")
until(b"=== ")
os.write(fd, b"x = 'pasted'\rprint(x)\r\x04")
until(b"pasted\r\n>>> ")
os.write(fd, b"\x04")
until(b"soft reboot")
until(b">>> ")
os.write(fd, b"\x1d")
os.waitpid(pid, 0)
print("REPL-OK")
"#;

#[test]
fn mpremote_repl_session() {
    require_mpremote();
    let d = scratch("mpremote-repl");
    let b = Board::pty(&d.join("board.img"));
    let mut child = Command::new("python3")
        .args(["-c", REPL_DRIVER, &b.addr])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let end = Instant::now() + Duration::from_secs(90);
    while child.try_wait().ok().flatten().is_none() {
        if Instant::now() > end {
            let _ = child.kill();
            panic!("REPL session timed out");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let o = child.wait_with_output().unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("REPL-OK"),
        "{out}\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
}
