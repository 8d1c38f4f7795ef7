//! The port interface: every service the core needs from the world outside the heap.
//!
//! A port (the host `mica` command, a board firmware) implements [`Port`] and hands it to
//! [`crate::vm::Vm::new`]. The core never touches an operating system or hardware
//! directly; without a filesystem a port simply reports every path as missing.

use alloc::string::String;
use alloc::vec::Vec;

/// What a path names, for the importer.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PathKind {
    Missing,
    File,
    Dir,
}

pub trait Port {
    /// Write to standard output (or the REPL's serial line).
    fn write_stdout(&mut self, data: &[u8]);
    /// Write to standard error.
    fn write_stderr(&mut self, data: &[u8]);
    fn flush_stdout(&mut self) {}
    /// Read one line for `input()`, without its newline; `None` at end of input, or
    /// when Ctrl-C came while waiting (the port's interrupt is then pending, and the
    /// caller raises `KeyboardInterrupt`).
    fn read_line(&mut self) -> Option<String> {
        None
    }
    /// [`Port::read_line`] for a line that may take at most `max` bytes (the free heap):
    /// a port may stop reading a longer line after `max + 1` bytes and return them,
    /// which the caller reports as `MemoryError`.
    fn read_line_max(&mut self, max: usize) -> Option<String> {
        let _ = max;
        self.read_line()
    }
    /// Read a whole file (for imports and `open`). `Err(errno)` on failure.
    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, i32> {
        let _ = path;
        Err(2)
    }
    /// Like [`Port::read_file`], but a port that can should stop reading after
    /// `limit + 1` bytes (the caller raises `MemoryError` for a longer file), so that
    /// importing a huge file takes no more memory than that.
    fn read_file_limited(&mut self, path: &str, limit: usize) -> Result<Vec<u8>, i32> {
        let _ = limit;
        self.read_file(path)
    }
    fn path_kind(&mut self, path: &str) -> PathKind {
        let _ = path;
        PathKind::Missing
    }
    /// Nanoseconds since the Unix epoch (wall clock), for `time.time`.
    fn time_ns(&mut self) -> u64 {
        0
    }
    /// The local time zone's offset from UTC in seconds (east positive) at the moment
    /// `utc_secs`, for `time.localtime`/`mktime`. Ports without a time zone keep UTC.
    fn local_offset_secs(&mut self, utc_secs: i64) -> i64 {
        let _ = utc_secs;
        0
    }
    /// A monotonic clock in nanoseconds, for `time.ticks_*` and `perf_counter`.
    fn monotonic_ns(&mut self) -> u64 {
        0
    }
    /// Sleep (or advance virtual time).
    fn sleep_ns(&mut self, ns: u64) {
        let _ = ns;
    }
    /// Has the user asked to interrupt the running program (Ctrl-C)? Polled by the VM.
    fn take_interrupt(&mut self) -> bool {
        false
    }
    /// Fill `buf` with random bytes (for `os.urandom` and seeding `random`).
    fn random_bytes(&mut self, buf: &mut [u8]) {
        let mut x = self.time_ns() | 1;
        for b in buf {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            *b = x as u8;
        }
    }
    /// The path of the running interpreter's executable, for `sys.executable` (`None`:
    /// there is none, as on a device).
    fn executable(&mut self) -> Option<String> {
        None
    }
    /// Environment variable lookup, for `os.getenv`.
    fn getenv(&mut self, name: &str) -> Option<String> {
        let _ = name;
        None
    }
    /// Open a file; returns a port-chosen handle or an errno.
    fn file_open(&mut self, path: &str, mode: OpenMode) -> Result<u32, i32> {
        let _ = (path, mode);
        Err(2)
    }
    /// Read up to `max` bytes (all remaining when `None`); empty at end of file.
    fn file_read(&mut self, handle: u32, max: Option<usize>) -> Result<Vec<u8>, i32> {
        let _ = (handle, max);
        Err(9)
    }
    fn file_write(&mut self, handle: u32, data: &[u8]) -> Result<usize, i32> {
        let _ = (handle, data);
        Err(9)
    }
    /// Seek (`whence` 0 start, 1 current, 2 end); returns the new position.
    fn file_seek(&mut self, handle: u32, offset: i64, whence: u8) -> Result<u64, i32> {
        let _ = (handle, offset, whence);
        Err(9)
    }
    fn file_flush(&mut self, handle: u32) -> Result<(), i32> {
        let _ = handle;
        Ok(())
    }
    fn file_close(&mut self, handle: u32) {
        let _ = handle;
    }
    /// File metadata, for `os.stat`.
    fn stat(&mut self, path: &str) -> Result<FileStat, i32> {
        let _ = path;
        Err(2)
    }
    /// Filesystem statistics for `os.statvfs`: `(bsize, frsize, blocks, bfree, bavail,
    /// files, ffree, favail, flag, namemax)`.
    fn statvfs(&mut self, path: &str) -> Result<[u64; 10], i32> {
        let _ = path;
        Err(38)
    }
    /// The entries of a directory (without `.` and `..`).
    fn listdir(&mut self, path: &str) -> Result<Vec<(String, PathKind)>, i32> {
        let _ = path;
        Err(2)
    }
    fn mkdir(&mut self, path: &str) -> Result<(), i32> {
        let _ = path;
        Err(1)
    }
    fn rmdir(&mut self, path: &str) -> Result<(), i32> {
        let _ = path;
        Err(2)
    }
    fn remove(&mut self, path: &str) -> Result<(), i32> {
        let _ = path;
        Err(2)
    }
    fn rename(&mut self, from: &str, to: &str) -> Result<(), i32> {
        let _ = (from, to);
        Err(2)
    }
    fn getcwd(&mut self) -> Result<String, i32> {
        Ok(String::from("/"))
    }
    fn chdir(&mut self, path: &str) -> Result<(), i32> {
        let _ = path;
        Err(2)
    }
    /// Wait up to `timeout_ms` (forever when `None`) for standard input to become
    /// readable, for `select`; true when it is.
    fn poll_stdin(&mut self, timeout_ms: Option<u64>) -> bool {
        let _ = timeout_ms;
        false
    }
    /// Read one byte from a byte-level console (a board's serial line), waiting for it;
    /// `None` at end of input, or when the port only has a line-level console (then
    /// `sys.stdin` falls back to `read_line`). The REPL engine (`pyexec`) reads with this.
    fn read_byte(&mut self) -> Option<u8> {
        None
    }
    /// Write to the console without newline translation (`sys.stdout.buffer`). Ports
    /// whose `write_stdout` turns `\n` into `\r\n` (a serial line) override this.
    fn write_stdout_raw(&mut self, data: &[u8]) {
        self.write_stdout(data)
    }
    /// The console byte that interrupts running code (`micropython.kbd_intr`; -1 turns
    /// interruption off). The REPL engine sets 3 (Ctrl-C) while code runs and -1 while
    /// it reads input itself.
    fn set_kbd_intr(&mut self, byte: i32) {
        let _ = byte;
    }
    /// `sys.platform`: the operating system or board family ("linux" on a Linux host,
    /// "qemu" for the QEMU boards, as MicroPython names its ports).
    fn platform(&self) -> &'static str {
        "mica"
    }
    /// The native (Rust) stack the interpreter runs on, when the port knows it: for
    /// `micropython.mem_info()`/`stack_use()` and the device report.
    fn stack_info(&mut self) -> Option<StackInfo> {
        None
    }
    /// The board's hardware, for the `machine` module; `None` on a port without any.
    fn hal(&mut self) -> Option<&mut dyn crate::hal::Hal> {
        None
    }
    /// The native stack limit for a `Vm` made on this port (read once, by `Vm::new`):
    /// the lowest usable stack address plus [`crate::stackguard::MARGIN`] (the stack
    /// grows down; see [`crate::stackguard::limit_from_lowest`]). Native recursion
    /// raises `RecursionError` there. `None`: the limit comes from
    /// [`Port::stack_info`] (`top - size + MARGIN`) when the port reports its stack,
    /// else the VM allows itself [`crate::stackguard::DEFAULT_BUDGET`] bytes below the
    /// point where it is created.
    fn stack_limit(&self) -> Option<usize> {
        None
    }
}

/// A port's native stack: it grows down from `top` and holds `size` bytes; `peak` is
/// the most of it ever used (a port measures it, e.g. by filling the stack with a
/// pattern at boot and finding the deepest overwritten word).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct StackInfo {
    pub top: usize,
    pub size: usize,
    pub peak: usize,
}

/// What `os.stat` reports about a file.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub struct FileStat {
    pub mode: u32,
    pub ino: u64,
    pub dev: u64,
    pub nlink: u64,
    pub uid: u32,
    pub gid: u32,
    pub size: u64,
    pub atime: i64,
    pub mtime: i64,
    pub ctime: i64,
}

/// How `open()` asked for a file.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct OpenMode {
    pub read: bool,
    pub write: bool,
    pub append: bool,
    pub create: bool,
    pub truncate: bool,
    /// `x`: fail if the file exists.
    pub exclusive: bool,
}

/// A port that discards output and has no filesystem (for tests and embedding).
#[derive(Default)]
pub struct NullPort {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

impl Port for NullPort {
    fn write_stdout(&mut self, data: &[u8]) {
        self.stdout.extend_from_slice(data);
    }
    fn write_stderr(&mut self, data: &[u8]) {
        self.stderr.extend_from_slice(data);
    }
}
