//! `mica board --pty`: the serial line as a pseudo-terminal. Host tools open the
//! printed `/dev/pts/N` exactly as they would a USB serial device.
//!
//! The board keeps the terminal side open itself (in raw mode, so the line discipline
//! neither echoes nor translates), which keeps the line usable between clients. The
//! controller side is non-blocking: output nobody reads is dropped after a short wait
//! instead of stalling the program, as a UART with no listener would.

use std::io::Write;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rustix::event::{poll, PollFd, PollFlags};
use rustix::fd::OwnedFd;
use rustix::fs::OFlags;
use rustix::io::Errno;
use rustix::pty::OpenptFlags;

use super::link::Link;

/// How long a write waits for a slow reader before output is dropped.
const STALL: Duration = Duration::from_millis(1000);

/// Create the pseudo-terminal and its reader thread; returns the terminal's path.
pub fn open(link: Arc<Link>) -> std::io::Result<String> {
    let master = rustix::pty::openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY)?;
    rustix::pty::grantpt(&master)?;
    rustix::pty::unlockpt(&master)?;
    let name = rustix::pty::ptsname(&master, Vec::new())?;
    let path = name.to_string_lossy().into_owned();
    let term = rustix::fs::open(
        name.as_c_str(),
        OFlags::RDWR | OFlags::NOCTTY | OFlags::CLOEXEC,
        rustix::fs::Mode::empty(),
    )?;
    let mut t = rustix::termios::tcgetattr(&term)?;
    t.make_raw();
    rustix::termios::tcsetattr(&term, rustix::termios::OptionalActions::Now, &t)?;
    let flags = rustix::fs::fcntl_getfl(&master)?;
    rustix::fs::fcntl_setfl(&master, flags | OFlags::NONBLOCK)?;
    let master = Arc::new(master);
    link.set_writer(Some(Box::new(PtyWriter {
        fd: master.clone(),
        stalled: false,
    })));
    std::thread::Builder::new()
        .name("board-pty".into())
        .spawn(move || {
            // The terminal side lives as long as the reader.
            let _term = term;
            read_loop(&master, &link);
        })?;
    Ok(path)
}

fn read_loop(master: &OwnedFd, link: &Link) {
    let mut buf = [0u8; 4096];
    loop {
        let mut fds = [PollFd::new(master, PollFlags::IN)];
        let _ = poll(&mut fds, 200);
        match rustix::io::read(master, &mut buf) {
            Ok(0) => std::thread::sleep(Duration::from_millis(20)),
            Ok(n) => link.receive(&buf[..n]),
            Err(Errno::AGAIN) | Err(Errno::INTR) => {}
            // No client has the terminal open (or it is being reopened).
            Err(_) => std::thread::sleep(Duration::from_millis(20)),
        }
    }
}

struct PtyWriter {
    fd: Arc<OwnedFd>,
    /// The last write timed out: drop output at once until the reader catches up.
    stalled: bool,
}

impl Write for PtyWriter {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        let start = Instant::now();
        let mut done = 0;
        while done < data.len() {
            match rustix::io::write(&*self.fd, &data[done..]) {
                Ok(n) => {
                    done += n;
                    self.stalled = false;
                }
                Err(Errno::INTR) => {}
                Err(Errno::AGAIN) => {
                    if self.stalled || start.elapsed() > STALL {
                        self.stalled = true;
                        break;
                    }
                    let mut fds = [PollFd::new(&*self.fd, PollFlags::OUT)];
                    let _ = poll(&mut fds, 20);
                }
                Err(_) => break,
            }
        }
        Ok(data.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
