//! Shared by the board tests: start a `mica board` process on a fresh flash image, talk
//! to it over TCP with timeouts everywhere (a protocol bug fails, never hangs).

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

pub const TIMEOUT: Duration = Duration::from_secs(20);

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A fresh scratch directory for one test.
pub fn scratch(name: &str) -> PathBuf {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let d = std::env::temp_dir().join(format!("mica-board-{}-{}-{}", name, std::process::id(), n));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("scratch dir");
    d
}

/// A running `mica board`, killed when dropped.
pub struct Board {
    pub child: Child,
    /// `127.0.0.1:PORT` for `--listen`, the terminal path for `--pty`.
    pub addr: String,
}

impl Board {
    /// `mica board --listen 127.0.0.1:0 --flash FLASH` (plus `extra` arguments).
    pub fn tcp(flash: &std::path::Path, extra: &[&str]) -> Board {
        Board::start(&["--listen", "127.0.0.1:0"], flash, extra)
    }

    pub fn pty(flash: &std::path::Path) -> Board {
        Board::start(&["--pty"], flash, &[])
    }

    fn start(transport: &[&str], flash: &std::path::Path, extra: &[&str]) -> Board {
        let mut child = Command::new(env!("CARGO_BIN_EXE_mica"))
            .arg("board")
            .args(transport)
            .arg("--flash")
            .arg(flash)
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start mica board");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = match rx.recv_timeout(TIMEOUT) {
            Ok(l) => l,
            Err(_) => {
                let _ = child.kill();
                panic!("mica board did not announce its line");
            }
        };
        let addr = line.split_whitespace().last().unwrap_or("").to_string();
        assert!(!addr.is_empty(), "no address in {line:?}");
        Board { child, addr }
    }

    pub fn connect(&self) -> Line {
        let s = TcpStream::connect(&self.addr).expect("connect to board");
        s.set_read_timeout(Some(Duration::from_millis(50))).unwrap();
        s.set_nodelay(true).unwrap();
        Line { s, buf: Vec::new() }
    }

    pub fn alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }
}

impl Drop for Board {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A TCP connection to the board's line with an input buffer.
pub struct Line {
    pub s: TcpStream,
    pub buf: Vec<u8>,
}

impl Line {
    pub fn send(&mut self, data: &[u8]) {
        self.s.write_all(data).expect("send to board");
    }

    /// Read whatever arrives within `d`.
    fn pump(&mut self, d: Duration) {
        let end = Instant::now() + d;
        let mut tmp = [0u8; 4096];
        while Instant::now() < end {
            match self.s.read(&mut tmp) {
                Ok(0) => panic!("board closed the connection; got {:?}", show(&self.buf)),
                Ok(n) => {
                    self.buf.extend_from_slice(&tmp[..n]);
                    return;
                }
                Err(_) => {}
            }
        }
    }

    /// Wait until the received bytes contain `pat`; return everything up to and
    /// including it (the rest stays buffered).
    pub fn until(&mut self, pat: &[u8]) -> Vec<u8> {
        self.until_within(pat, TIMEOUT)
    }

    pub fn until_within(&mut self, pat: &[u8], t: Duration) -> Vec<u8> {
        let end = Instant::now() + t;
        loop {
            if let Some(i) = find(&self.buf, pat) {
                let rest = self.buf.split_off(i + pat.len());
                return std::mem::replace(&mut self.buf, rest);
            }
            if Instant::now() > end {
                panic!(
                    "timed out waiting for {:?}; got {:?}",
                    show(pat),
                    show(&self.buf)
                );
            }
            self.pump(Duration::from_millis(100));
        }
    }

    /// Read exactly `n` bytes.
    pub fn take(&mut self, n: usize) -> Vec<u8> {
        let end = Instant::now() + TIMEOUT;
        while self.buf.len() < n {
            assert!(Instant::now() < end, "timed out; got {:?}", show(&self.buf));
            self.pump(Duration::from_millis(100));
        }
        let rest = self.buf.split_off(n);
        std::mem::replace(&mut self.buf, rest)
    }

    /// Everything that arrives within `d`.
    pub fn drain(&mut self, d: Duration) -> Vec<u8> {
        let end = Instant::now() + d;
        while Instant::now() < end {
            self.pump(Duration::from_millis(50));
        }
        std::mem::take(&mut self.buf)
    }

    /// Wait for the friendly prompt (the start-up banner may still be on its way).
    pub fn sync_friendly(&mut self) {
        self.send(b"\x03");
        self.until(b">>> ");
        self.drain(Duration::from_millis(200));
    }

    /// Get into the raw REPL from wherever the line is, as host tools do.
    pub fn enter_raw(&mut self) {
        self.send(b"\r\x03\r\x03");
        std::thread::sleep(Duration::from_millis(100));
        self.drain(Duration::from_millis(100));
        self.send(b"\r\x01");
        self.until(b"raw REPL; CTRL-B to exit\r\n>");
        self.drain(Duration::from_millis(50));
    }

    /// Run code in the raw REPL; returns (output, error text).
    pub fn raw_exec(&mut self, code: &str) -> (String, String) {
        self.send(code.as_bytes());
        self.send(b"\x04");
        assert_eq!(self.take(2), b"OK");
        let out = self.until(b"\x04");
        let err = self.until(b"\x04");
        assert_eq!(self.take(1), b">");
        (
            String::from_utf8_lossy(&out[..out.len() - 1]).into_owned(),
            String::from_utf8_lossy(&err[..err.len() - 1]).into_owned(),
        )
    }
}

pub fn find(hay: &[u8], pat: &[u8]) -> Option<usize> {
    if pat.is_empty() {
        return Some(0);
    }
    hay.windows(pat.len()).position(|w| w == pat)
}

pub fn show(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}
