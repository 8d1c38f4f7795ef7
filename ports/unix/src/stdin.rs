//! Standard input of the host port: one buffer shared by `input()`/`sys.stdin`, the
//! REPL's pipe mode and `mica -`, so no reader loses bytes another one buffered. Reads
//! wait with `poll` rather than a blocking `read`, so that Ctrl-C ends a program
//! waiting for a line at once (`KeyboardInterrupt`) instead of being noticed only when
//! a line arrives.

use std::sync::atomic::Ordering;
use std::sync::Mutex;

use crate::port::INTERRUPTED;

/// Bytes read from the descriptor that no reader has taken yet.
static PENDING: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// How a line read ended.
pub enum Line {
    /// The line, with its newline (none at the end of input).
    Text(Vec<u8>),
    Eof,
    /// Ctrl-C came while waiting (the interrupt flag stays set for the VM).
    Interrupted,
}

/// How long one wait lasts before the interrupt flag is looked at again (a signal also
/// cuts a wait short; this covers one that lands just before the wait starts).
const WAIT_MS: i32 = 100;

/// Read more bytes into `buf`: false at end of input. With `interruptible`, `Err` when
/// Ctrl-C came first.
fn fill(buf: &mut Vec<u8>, interruptible: bool) -> Result<bool, ()> {
    use rustix::event::{poll, PollFd, PollFlags};
    let stdin = std::io::stdin();
    loop {
        if interruptible && INTERRUPTED.load(Ordering::Relaxed) {
            return Err(());
        }
        let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
        let timeout = if interruptible { WAIT_MS } else { -1 };
        match poll(&mut fds, timeout) {
            Ok(0) => continue,
            Ok(_) => {}
            Err(rustix::io::Errno::INTR) => continue,
            Err(_) => return Ok(false),
        }
        let mut chunk = [0u8; 16 * 1024];
        match rustix::io::read(&stdin, &mut chunk) {
            Ok(0) => return Ok(false),
            Ok(n) => {
                buf.extend_from_slice(&chunk[..n]);
                return Ok(true);
            }
            Err(rustix::io::Errno::INTR) | Err(rustix::io::Errno::AGAIN) => continue,
            Err(_) => return Ok(false),
        }
    }
}

/// One line of standard input; a line longer than `max` bytes ends after `max` (the
/// rest stays for the next read).
pub fn read_line(interruptible: bool, max: usize) -> Line {
    let mut buf = PENDING.lock().unwrap_or_else(|e| e.into_inner());
    let mut scanned = 0;
    loop {
        if let Some(i) = buf[scanned..].iter().position(|&b| b == b'\n') {
            let rest = buf.split_off(scanned + i + 1);
            let line = std::mem::replace(&mut *buf, rest);
            return Line::Text(line);
        }
        if buf.len() >= max {
            let rest = buf.split_off(max);
            return Line::Text(std::mem::replace(&mut *buf, rest));
        }
        scanned = buf.len();
        match fill(&mut buf, interruptible) {
            Ok(true) => {}
            Ok(false) if buf.is_empty() => return Line::Eof,
            Ok(false) => return Line::Text(std::mem::take(&mut *buf)),
            Err(()) => return Line::Interrupted,
        }
    }
}

/// Standard input to its end, or until more than `limit` bytes came (the rest is left
/// unread: a script `-` fed from an endless pipe is a MemoryError, not unbounded
/// memory).
pub fn read_to_end_limited(limit: usize) -> Vec<u8> {
    let mut buf = PENDING.lock().unwrap_or_else(|e| e.into_inner());
    while buf.len() <= limit {
        if !matches!(fill(&mut buf, false), Ok(true)) {
            break;
        }
    }
    std::mem::take(&mut *buf)
}

/// Whether bytes are already waiting in the buffer.
pub fn buffered() -> bool {
    !PENDING.lock().unwrap_or_else(|e| e.into_inner()).is_empty()
}
