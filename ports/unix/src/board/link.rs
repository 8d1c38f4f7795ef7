//! The board's serial line, shared between the transport threads and the VM thread:
//! a queue of received bytes, the Ctrl-C interrupt flag, and the current writer.
//!
//! A transport's reader thread calls [`Link::receive`]; while code runs, the interrupt
//! byte (Ctrl-C unless `micropython.kbd_intr` changed it) raises the interrupt instead
//! of being queued, as on a device. Output goes to whichever client is connected; with
//! none it is dropped, like a UART nobody listens to.

use std::collections::VecDeque;
use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::Duration;

/// Input bytes kept at most while nobody reads them (a device's receive buffer).
const MAX_QUEUED: usize = 1 << 20;

pub type Writer = Box<dyn Write + Send>;

#[derive(Default)]
pub struct Link {
    input: Mutex<VecDeque<u8>>,
    arrived: Condvar,
    interrupt: AtomicBool,
    /// The interrupt byte, or -1 when interruption is off (also while the REPL reads).
    intr_byte: AtomicI32,
    out: Mutex<Option<Writer>>,
}

impl Link {
    pub fn new() -> Link {
        Link {
            intr_byte: AtomicI32::new(-1),
            ..Link::default()
        }
    }

    /// Bytes from the host.
    pub fn receive(&self, data: &[u8]) {
        let intr = self.intr_byte.load(Ordering::Relaxed);
        let mut q = lock(&self.input);
        for &b in data {
            if i32::from(b) == intr {
                self.interrupt.store(true, Ordering::Relaxed);
                // Input typed before the interrupt is for the program being stopped.
                q.clear();
            } else if q.len() < MAX_QUEUED {
                q.push_back(b);
            }
        }
        drop(q);
        self.arrived.notify_all();
    }

    /// Wait for the next byte; `None` if an interrupt arrives while waiting.
    pub fn read_byte(&self) -> Option<u8> {
        let mut q = lock(&self.input);
        loop {
            if let Some(b) = q.pop_front() {
                return Some(b);
            }
            if self.interrupt.load(Ordering::Relaxed) {
                return None;
            }
            q = match self.arrived.wait_timeout(q, Duration::from_millis(100)) {
                Ok((g, _)) => g,
                Err(p) => p.into_inner().0,
            };
        }
    }

    /// Wait up to `timeout` for input; true when a byte is ready.
    pub fn wait_readable(&self, timeout: Option<Duration>) -> bool {
        let deadline = timeout.map(|t| std::time::Instant::now() + t);
        let mut q = lock(&self.input);
        loop {
            if !q.is_empty() {
                return true;
            }
            let step = match deadline {
                Some(d) => {
                    let now = std::time::Instant::now();
                    if now >= d || self.interrupt.load(Ordering::Relaxed) {
                        return false;
                    }
                    (d - now).min(Duration::from_millis(100))
                }
                None => Duration::from_millis(100),
            };
            q = match self.arrived.wait_timeout(q, step) {
                Ok((g, _)) => g,
                Err(p) => p.into_inner().0,
            };
        }
    }

    pub fn clear_input(&self) {
        lock(&self.input).clear();
    }

    pub fn set_intr_byte(&self, byte: i32) {
        self.intr_byte.store(byte, Ordering::Relaxed);
    }

    pub fn take_interrupt(&self) -> bool {
        self.interrupt.swap(false, Ordering::Relaxed)
    }

    pub fn interrupted(&self) -> bool {
        self.interrupt.load(Ordering::Relaxed)
    }

    /// A new client's writer (`None` when it went away).
    pub fn set_writer(&self, w: Option<Writer>) {
        *lock(&self.out) = w;
    }

    /// Send bytes to the host; a failing client is dropped.
    pub fn send(&self, data: &[u8]) {
        let mut out = lock(&self.out);
        if let Some(w) = out.as_mut() {
            if w.write_all(data).and_then(|_| w.flush()).is_err() {
                *out = None;
            }
        }
    }
}

/// Lock a mutex, ignoring poisoning (a panicking thread leaves plain bytes behind).
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}
