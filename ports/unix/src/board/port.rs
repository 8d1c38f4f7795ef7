//! `BoardPort`: the services a board gives the core. The console is the serial line
//! (`\n` goes out as `\r\n`, input is byte by byte, Ctrl-C interrupts running code),
//! files live in the flash image, and nothing of the host leaks in (no environment,
//! no host files).

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use mica_core::port::{FileStat, OpenMode, PathKind, Port};
use mica_core::pyexec::cooked;
use mica_core::readline::{Console, Edited, LineEditor};

use super::link::Link;
use crate::flashfs::FlashFs;
use crate::sim::SimBoard;

pub struct BoardPort {
    link: Arc<Link>,
    fs: Rc<RefCell<FlashFs>>,
    /// The simulated hardware behind `machine`; its clock is the board's monotonic clock.
    board: SimBoard,
    editor: LineEditor,
}

impl BoardPort {
    pub fn new(link: Arc<Link>, fs: Rc<RefCell<FlashFs>>, board: SimBoard) -> BoardPort {
        BoardPort {
            link,
            fs,
            board,
            editor: LineEditor::new(),
        }
    }
}

/// An empty path names the current directory for `stat` and `listdir`, as on
/// MicroPython (`mpremote fs cp -r dir :` stats `''` to see whether `:` exists).
fn here(path: &str) -> &str {
    if path.is_empty() {
        "."
    } else {
        path
    }
}

/// The line as a console for `input()`'s editor.
struct LineConsole<'a>(&'a Link);

impl Console for LineConsole<'_> {
    fn read_byte(&mut self) -> Option<u8> {
        self.0.read_byte()
    }
    fn write(&mut self, data: &[u8]) {
        self.0.send(data);
    }
}

impl Port for BoardPort {
    fn stack_limit(&self) -> Option<usize> {
        crate::stack::limit()
    }
    fn platform(&self) -> &'static str {
        std::env::consts::OS
    }
    fn write_stdout(&mut self, data: &[u8]) {
        self.link.send(&cooked(data));
    }
    fn write_stderr(&mut self, data: &[u8]) {
        self.link.send(&cooked(data));
    }
    fn write_stdout_raw(&mut self, data: &[u8]) {
        self.link.send(data);
    }
    fn read_byte(&mut self) -> Option<u8> {
        self.link.read_byte()
    }
    fn set_kbd_intr(&mut self, byte: i32) {
        self.link.set_intr_byte(byte);
    }
    fn take_interrupt(&mut self) -> bool {
        self.link.take_interrupt()
    }
    fn read_line(&mut self) -> Option<String> {
        // `input()` edits with echo, as on a device; Ctrl-C and Ctrl-D end it.
        let mut none = |_: &str| (0, Vec::new());
        let mut con = LineConsole(&self.link);
        match self.editor.read_line(&mut con, "", "", &mut none) {
            Edited::Line(l) => {
                self.editor.add_history(&l);
                Some(l)
            }
            _ => None,
        }
    }
    fn poll_stdin(&mut self, timeout_ms: Option<u64>) -> bool {
        self.link
            .wait_readable(timeout_ms.map(Duration::from_millis))
    }
    fn time_ns(&mut self) -> u64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0)
    }
    fn monotonic_ns(&mut self) -> u64 {
        self.board.now_ns()
    }
    fn hal(&mut self) -> Option<&mut dyn mica_core::hal::Hal> {
        Some(&mut self.board)
    }
    fn sleep_ns(&mut self, ns: u64) {
        // Sleep in slices so Ctrl-C cuts it short (the VM raises right after).
        let end = Instant::now() + Duration::from_nanos(ns);
        loop {
            let now = Instant::now();
            if now >= end || self.link.interrupted() {
                return;
            }
            std::thread::sleep((end - now).min(Duration::from_millis(10)));
        }
    }
    fn random_bytes(&mut self, buf: &mut [u8]) {
        use std::io::Read;
        let ok = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| f.read_exact(buf))
            .is_ok();
        if !ok {
            let mut x = self.time_ns() | 1;
            for b in buf {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                *b = x as u8;
            }
        }
    }
    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, i32> {
        self.fs.borrow_mut().read_file(path)
    }
    fn path_kind(&mut self, path: &str) -> PathKind {
        self.fs.borrow_mut().path_kind(path)
    }
    fn file_open(&mut self, path: &str, mode: OpenMode) -> Result<u32, i32> {
        self.fs.borrow_mut().file_open(path, mode)
    }
    fn file_read(&mut self, handle: u32, max: Option<usize>) -> Result<Vec<u8>, i32> {
        self.fs.borrow_mut().file_read(handle, max)
    }
    fn file_write(&mut self, handle: u32, data: &[u8]) -> Result<usize, i32> {
        self.fs.borrow_mut().file_write(handle, data)
    }
    fn file_seek(&mut self, handle: u32, offset: i64, whence: u8) -> Result<u64, i32> {
        self.fs.borrow_mut().file_seek(handle, offset, whence)
    }
    fn file_flush(&mut self, handle: u32) -> Result<(), i32> {
        self.fs.borrow_mut().file_flush(handle)
    }
    fn file_close(&mut self, handle: u32) {
        self.fs.borrow_mut().file_close(handle)
    }
    fn stat(&mut self, path: &str) -> Result<FileStat, i32> {
        self.fs.borrow_mut().stat(here(path))
    }
    fn statvfs(&mut self, path: &str) -> Result<[u64; 10], i32> {
        self.fs.borrow_mut().statvfs(path)
    }
    fn listdir(&mut self, path: &str) -> Result<Vec<(String, PathKind)>, i32> {
        self.fs.borrow_mut().listdir(here(path))
    }
    fn mkdir(&mut self, path: &str) -> Result<(), i32> {
        self.fs.borrow_mut().mkdir(path)
    }
    fn rmdir(&mut self, path: &str) -> Result<(), i32> {
        self.fs.borrow_mut().rmdir(path)
    }
    fn remove(&mut self, path: &str) -> Result<(), i32> {
        self.fs.borrow_mut().remove(path)
    }
    fn rename(&mut self, from: &str, to: &str) -> Result<(), i32> {
        self.fs.borrow_mut().rename(from, to)
    }
    fn getcwd(&mut self) -> Result<String, i32> {
        self.fs.borrow_mut().getcwd()
    }
    fn chdir(&mut self, path: &str) -> Result<(), i32> {
        self.fs.borrow_mut().chdir(path)
    }
}
