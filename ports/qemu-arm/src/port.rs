//! The board's services for the core: the UART console (with Ctrl-C detection while
//! code runs), SysTick time, and no filesystem.

use mica_core::port::Port;

use crate::{clock, stack, uart};

/// Bytes that arrived while code ran (read to look for Ctrl-C), kept for the REPL.
const PENDING: usize = 256;

pub struct BoardPort {
    /// The byte that interrupts running code (`micropython.kbd_intr`), -1 for none.
    intr_byte: i32,
    interrupted: bool,
    pending: [u8; PENDING],
    head: usize,
    len: usize,
}

impl BoardPort {
    pub fn new() -> BoardPort {
        BoardPort {
            intr_byte: -1,
            interrupted: false,
            pending: [0; PENDING],
            head: 0,
            len: 0,
        }
    }

    /// Move waiting console bytes into `pending`, noting an interrupt byte.
    fn drain_uart(&mut self) {
        while self.len < PENDING {
            let Some(b) = uart::try_read() else { return };
            if self.intr_byte >= 0 && b as i32 == self.intr_byte {
                // Ctrl-C while code runs: what was typed before it is discarded, as
                // MicroPython does.
                self.interrupted = true;
                self.len = 0;
                continue;
            }
            self.pending[(self.head + self.len) % PENDING] = b;
            self.len += 1;
        }
    }
}

impl Port for BoardPort {
    fn write_stdout(&mut self, data: &[u8]) {
        // A serial line wants `\r\n`.
        let mut prev = 0u8;
        for &b in data {
            if b == b'\n' && prev != b'\r' {
                uart::write_byte(b'\r');
            }
            uart::write_byte(b);
            prev = b;
        }
    }
    fn write_stderr(&mut self, data: &[u8]) {
        self.write_stdout(data);
    }
    fn write_stdout_raw(&mut self, data: &[u8]) {
        uart::write_bytes(data);
    }
    fn read_byte(&mut self) -> Option<u8> {
        loop {
            self.drain_uart();
            if self.len > 0 {
                let b = self.pending[self.head];
                self.head = (self.head + 1) % PENDING;
                self.len -= 1;
                return Some(b);
            }
            clock::idle();
        }
    }
    fn set_kbd_intr(&mut self, byte: i32) {
        self.intr_byte = byte;
        if byte < 0 {
            self.interrupted = false;
        }
    }
    fn take_interrupt(&mut self) -> bool {
        self.drain_uart();
        core::mem::take(&mut self.interrupted)
    }
    fn poll_stdin(&mut self, timeout_ms: Option<u64>) -> bool {
        let start = clock::micros();
        loop {
            self.drain_uart();
            if self.len > 0 {
                return true;
            }
            if let Some(ms) = timeout_ms {
                if clock::micros() - start >= ms * 1000 {
                    return false;
                }
            }
            clock::idle();
        }
    }
    fn time_ns(&mut self) -> u64 {
        clock::micros() * 1000
    }
    fn monotonic_ns(&mut self) -> u64 {
        clock::micros() * 1000
    }
    fn platform(&self) -> &'static str {
        "qemu"
    }
    fn stack_info(&mut self) -> Option<mica_core::port::StackInfo> {
        Some(stack::info())
    }
    fn sleep_ns(&mut self, ns: u64) {
        let end = clock::micros() + ns / 1000;
        while clock::micros() < end {
            self.drain_uart();
            if self.interrupted {
                return;
            }
            clock::idle();
        }
    }
}
