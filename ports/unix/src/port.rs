//! The host port's services: stdout/stderr, stdin, files, clocks and Ctrl-C.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, LazyLock};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use std::collections::HashMap;
use std::io::{Read, Seek, SeekFrom};

use mica_core::port::{FileStat, OpenMode, PathKind, Port};

use crate::sim::SimBoard;

/// Set by the SIGINT handler, polled by the VM.
pub static INTERRUPTED: LazyLock<Arc<AtomicBool>> =
    LazyLock::new(|| Arc::new(AtomicBool::new(false)));

/// Route Ctrl-C (SIGINT) to [`INTERRUPTED`], which the VM turns into `KeyboardInterrupt`.
/// A second Ctrl-C before the VM has taken the first (a long native operation that does
/// not poll) ends the process with status 130, so a runaway program can always be stopped.
pub fn install_interrupt_handler() {
    #[cfg(unix)]
    {
        use signal_hook::consts::SIGINT;
        let flag = Arc::clone(&INTERRUPTED);
        let _ = signal_hook::flag::register_conditional_shutdown(SIGINT, 130, Arc::clone(&flag));
        let _ = signal_hook::flag::register(SIGINT, flag);
    }
}

/// Whether the last byte written to stdout ended a line (the REPL starts its prompt on a
/// new line after output such as `print('x', end='')`).
pub static STDOUT_AT_LINE_START: AtomicBool = AtomicBool::new(true);

/// Forget a Ctrl-C that arrived while nothing was running.
pub fn clear_interrupt() {
    INTERRUPTED.store(false, Ordering::Relaxed);
}

pub struct HostPort {
    start: Instant,
    /// The simulated board behind `machine`; its clock is the port's monotonic clock.
    board: SimBoard,
    /// The wall clock when the port was made (the base of `time.time` in virtual time).
    wall_start_ns: u64,
    out: std::io::BufWriter<std::io::Stdout>,
    files: HashMap<u32, std::fs::File>,
    next_handle: u32,
}

fn errno_of(e: &std::io::Error) -> i32 {
    e.raw_os_error().unwrap_or(5)
}

fn wall_clock_ns() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0)
}

impl HostPort {
    /// A port on the default simulated board, in real time.
    #[allow(dead_code)] // for commands that take no board options
    pub fn new() -> HostPort {
        HostPort::with_board(SimBoard::default_board())
    }

    /// A port whose `machine` module drives `board`.
    pub fn with_board(board: SimBoard) -> HostPort {
        HostPort {
            start: Instant::now(),
            board,
            wall_start_ns: wall_clock_ns(),
            out: std::io::BufWriter::with_capacity(8192, std::io::stdout()),
            files: HashMap::new(),
            next_handle: 3,
        }
    }
}

impl Port for HostPort {
    fn stack_limit(&self) -> Option<usize> {
        crate::stack::limit()
    }
    fn platform(&self) -> &'static str {
        std::env::consts::OS
    }
    fn write_stdout(&mut self, data: &[u8]) {
        let _ = self.out.write_all(data);
        if let Some(&last) = data.last() {
            STDOUT_AT_LINE_START.store(last == b'\n', Ordering::Relaxed);
        }
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
        self.read_line_max(usize::MAX)
    }
    fn read_line_max(&mut self, max: usize) -> Option<String> {
        let _ = self.out.flush();
        match crate::stdin::read_line(true, max.saturating_add(1)) {
            crate::stdin::Line::Text(mut line) => {
                if line.ends_with(b"\n") {
                    line.pop();
                    if line.ends_with(b"\r") {
                        line.pop();
                    }
                }
                Some(String::from_utf8_lossy(&line).into_owned())
            }
            // Ctrl-C leaves the interrupt flag set: the VM raises KeyboardInterrupt.
            crate::stdin::Line::Eof | crate::stdin::Line::Interrupted => None,
        }
    }
    fn read_file(&mut self, path: &str) -> Result<Vec<u8>, i32> {
        std::fs::read(path).map_err(|e| e.raw_os_error().unwrap_or(2))
    }
    fn read_file_limited(&mut self, path: &str, limit: usize) -> Result<Vec<u8>, i32> {
        crate::read_limited(path, limit).map_err(|e| e.raw_os_error().unwrap_or(2))
    }
    fn path_kind(&mut self, path: &str) -> PathKind {
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => PathKind::Dir,
            Ok(_) => PathKind::File,
            Err(_) => PathKind::Missing,
        }
    }
    fn time_ns(&mut self) -> u64 {
        if self.board.is_virtual() {
            // Virtual time: the wall clock starts at the real time and moves with sleeps.
            self.wall_start_ns.saturating_add(self.board.now_ns())
        } else {
            wall_clock_ns()
        }
    }
    fn monotonic_ns(&mut self) -> u64 {
        self.board.now_ns()
    }
    fn sleep_ns(&mut self, ns: u64) {
        let _ = self.out.flush();
        self.board.sleep_ns(ns);
    }
    fn hal(&mut self) -> Option<&mut dyn mica_core::hal::Hal> {
        Some(&mut self.board)
    }
    fn take_interrupt(&mut self) -> bool {
        INTERRUPTED.swap(false, Ordering::Relaxed)
    }
    fn local_offset_secs(&mut self, _utc_secs: i64) -> i64 {
        std::env::var("TZ")
            .ok()
            .and_then(|tz| posix_tz_offset(&tz))
            .unwrap_or(0)
    }
    fn executable(&mut self) -> Option<String> {
        std::env::current_exe()
            .ok()
            .map(|p| p.to_string_lossy().into_owned())
    }
    fn getenv(&mut self, name: &str) -> Option<String> {
        std::env::var(name).ok()
    }
    fn file_open(&mut self, path: &str, mode: OpenMode) -> Result<u32, i32> {
        if std::fs::metadata(path).map(|m| m.is_dir()).unwrap_or(false) {
            return Err(21);
        }
        let file = std::fs::OpenOptions::new()
            .read(mode.read)
            .write(mode.write && !mode.append)
            .append(mode.append)
            .create(mode.create && !mode.exclusive)
            .create_new(mode.exclusive)
            .truncate(mode.truncate)
            .open(path)
            .map_err(|e| errno_of(&e))?;
        let h = self.next_handle;
        self.next_handle += 1;
        self.files.insert(h, file);
        Ok(h)
    }
    fn file_read(&mut self, handle: u32, max: Option<usize>) -> Result<Vec<u8>, i32> {
        let f = self.files.get_mut(&handle).ok_or(9)?;
        let mut buf = Vec::new();
        match max {
            None => {
                f.read_to_end(&mut buf).map_err(|e| errno_of(&e))?;
            }
            Some(n) => {
                // The core reads in chunks; a huge `n` is no reason for a huge buffer.
                buf.resize(n.min(1 << 20), 0);
                let got = f.read(&mut buf).map_err(|e| errno_of(&e))?;
                buf.truncate(got);
            }
        }
        Ok(buf)
    }
    fn file_write(&mut self, handle: u32, data: &[u8]) -> Result<usize, i32> {
        let f = self.files.get_mut(&handle).ok_or(9)?;
        f.write_all(data).map_err(|e| errno_of(&e))?;
        Ok(data.len())
    }
    fn file_seek(&mut self, handle: u32, offset: i64, whence: u8) -> Result<u64, i32> {
        let f = self.files.get_mut(&handle).ok_or(9)?;
        let pos = match whence {
            0 => SeekFrom::Start(offset.max(0) as u64),
            1 => SeekFrom::Current(offset),
            _ => SeekFrom::End(offset),
        };
        f.seek(pos).map_err(|e| errno_of(&e))
    }
    fn file_flush(&mut self, handle: u32) -> Result<(), i32> {
        let f = self.files.get_mut(&handle).ok_or(9)?;
        f.flush().map_err(|e| errno_of(&e))
    }
    fn file_close(&mut self, handle: u32) {
        self.files.remove(&handle);
    }
    fn stat(&mut self, path: &str) -> Result<FileStat, i32> {
        let m = std::fs::metadata(path).map_err(|e| errno_of(&e))?;
        Ok(stat_of(&m))
    }
    #[cfg(unix)]
    fn statvfs(&mut self, path: &str) -> Result<[u64; 10], i32> {
        let s = rustix::fs::statvfs(path).map_err(|e| e.raw_os_error())?;
        Ok([
            s.f_bsize,
            s.f_frsize,
            s.f_blocks,
            s.f_bfree,
            s.f_bavail,
            s.f_files,
            s.f_ffree,
            s.f_favail,
            s.f_flag.bits(),
            s.f_namemax,
        ])
    }
    fn listdir(&mut self, path: &str) -> Result<Vec<(String, PathKind)>, i32> {
        let rd = std::fs::read_dir(path).map_err(|e| errno_of(&e))?;
        let mut out = Vec::new();
        for entry in rd {
            let entry = entry.map_err(|e| errno_of(&e))?;
            let kind = match entry.file_type() {
                Ok(t) if t.is_dir() => PathKind::Dir,
                _ => PathKind::File,
            };
            out.push((entry.file_name().to_string_lossy().into_owned(), kind));
        }
        Ok(out)
    }
    fn mkdir(&mut self, path: &str) -> Result<(), i32> {
        std::fs::create_dir(path).map_err(|e| errno_of(&e))
    }
    fn rmdir(&mut self, path: &str) -> Result<(), i32> {
        std::fs::remove_dir(path).map_err(|e| errno_of(&e))
    }
    fn remove(&mut self, path: &str) -> Result<(), i32> {
        std::fs::remove_file(path).map_err(|e| errno_of(&e))
    }
    fn rename(&mut self, from: &str, to: &str) -> Result<(), i32> {
        std::fs::rename(from, to).map_err(|e| errno_of(&e))
    }
    fn getcwd(&mut self) -> Result<String, i32> {
        std::env::current_dir()
            .map(|p| p.to_string_lossy().into_owned())
            .map_err(|e| errno_of(&e))
    }
    fn chdir(&mut self, path: &str) -> Result<(), i32> {
        std::env::set_current_dir(path).map_err(|e| errno_of(&e))
    }
    fn random_bytes(&mut self, buf: &mut [u8]) {
        let ok = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| f.read_exact(buf))
            .is_ok();
        if !ok {
            // Fall back to a clock-seeded generator.
            let mut x = (self.start.elapsed().as_nanos() as u64) ^ 0x9E37_79B9_7F4A_7C15 | 1;
            for b in buf {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                *b = x as u8;
            }
        }
    }
    #[cfg(unix)]
    fn poll_stdin(&mut self, timeout_ms: Option<u64>) -> bool {
        use rustix::event::{poll, PollFd, PollFlags};
        let _ = self.out.flush();
        if crate::stdin::buffered() {
            return true;
        }
        let stdin = std::io::stdin();
        let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
        let t = match timeout_ms {
            Some(ms) => ms.min(i32::MAX as u64) as i32,
            None => -1,
        };
        matches!(poll(&mut fds, t), Ok(n) if n > 0)
    }
}

impl Drop for HostPort {
    fn drop(&mut self) {
        let _ = self.out.flush();
    }
}

fn stat_of(m: &std::fs::Metadata) -> FileStat {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        FileStat {
            mode: m.mode(),
            ino: m.ino(),
            dev: m.dev(),
            nlink: m.nlink(),
            uid: m.uid(),
            gid: m.gid(),
            size: m.size(),
            atime: m.atime(),
            mtime: m.mtime(),
            ctime: m.ctime(),
        }
    }
    #[cfg(not(unix))]
    {
        let secs = |t: std::io::Result<SystemTime>| {
            t.ok()
                .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_secs() as i64)
        };
        FileStat {
            mode: if m.is_dir() { 0o040755 } else { 0o100644 },
            nlink: 1,
            size: m.len(),
            atime: secs(m.accessed()),
            mtime: secs(m.modified()),
            ctime: secs(m.created()),
            ..FileStat::default()
        }
    }
}

/// The UTC offset (east positive) of a fixed POSIX `TZ` such as `UTC0`, `JST-9` or
/// `<+0530>-5:30`. Zones with daylight-saving rules (or a zone file name) are not
/// interpreted: `None`, and the caller falls back to UTC.
fn posix_tz_offset(tz: &str) -> Option<i64> {
    let tz = tz.strip_prefix(':').unwrap_or(tz);
    let rest = if let Some(r) = tz.strip_prefix('<') {
        &r[r.find('>')? + 1..]
    } else {
        let n = tz.find(|c: char| !c.is_ascii_alphabetic())?;
        if n < 3 {
            return None;
        }
        &tz[n..]
    };
    let (sign, rest) = match rest.as_bytes().first()? {
        b'-' => (1, &rest[1..]),
        b'+' => (-1, &rest[1..]),
        _ => (-1, rest),
    };
    let mut secs = 0i64;
    for (i, part) in rest.split(':').enumerate() {
        if i > 2 || part.is_empty() || part.len() > 2 || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        secs += part.parse::<i64>().ok()? * [3600, 60, 1][i];
    }
    Some(sign * secs)
}
