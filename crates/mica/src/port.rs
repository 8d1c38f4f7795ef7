//! The host port's services: stdout/stderr, stdin, files, clocks and Ctrl-C.

use std::io::{BufRead, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use mica_core::port::{PathKind, Port};

/// Set by the SIGINT handler, polled by the VM.
pub static INTERRUPTED: AtomicBool = AtomicBool::new(false);

pub struct HostPort {
    start: Instant,
    out: std::io::BufWriter<std::io::Stdout>,
}

impl HostPort {
    pub fn new() -> HostPort {
        HostPort {
            start: Instant::now(),
            out: std::io::BufWriter::with_capacity(8192, std::io::stdout()),
        }
    }
}

impl Port for HostPort {
    fn write_stdout(&mut self, data: &[u8]) {
        let _ = self.out.write_all(data);
        if data.contains(&b'\n') && data.len() < 256 {
            // Line-buffered like a terminal so interleaving with stderr stays sane.
            let _ = self.out.flush();
        }
    }
    fn write_stderr(&mut self, data: &[u8]) {
        let _ = self.out.flush();
        let _ = std::io::stderr().write_all(data);
    }
    fn flush_stdout(&mut self) {
        let _ = self.out.flush();
    }
    fn read_line(&mut self) -> Option<String> {
        let _ = self.out.flush();
        let mut line = String::new();
        match std::io::stdin().lock().read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => {
                if line.ends_with('\n') {
                    line.pop();
                    if line.ends_with('\r') {
                        line.pop();
                    }
                }
                Some(line)
            }
        }
    }
    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, i32> {
        std::fs::read(path).map_err(|e| e.raw_os_error().unwrap_or(2))
    }
    fn path_kind(&mut self, path: &str) -> PathKind {
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => PathKind::Dir,
            Ok(_) => PathKind::File,
            Err(_) => PathKind::Missing,
        }
    }
    fn time_ns(&mut self) -> u64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0)
    }
    fn monotonic_ns(&mut self) -> u64 {
        self.start.elapsed().as_nanos() as u64
    }
    fn sleep_ns(&mut self, ns: u64) {
        let _ = self.out.flush();
        std::thread::sleep(std::time::Duration::from_nanos(ns));
    }
    fn take_interrupt(&mut self) -> bool {
        INTERRUPTED.swap(false, Ordering::Relaxed)
    }
    fn getenv(&mut self, name: &str) -> Option<String> {
        std::env::var(name).ok()
    }
}

impl Drop for HostPort {
    fn drop(&mut self) {
        let _ = self.out.flush();
    }
}
