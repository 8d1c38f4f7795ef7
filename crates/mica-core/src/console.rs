//! The console: the port's standard output and input, plus the streams attached with
//! `os.dupterm`, which receive a copy of everything written to the console and may
//! supply input to it (MicroPython's terminal duplication).

use alloc::string::String;
use alloc::vec::Vec;

use crate::error::{PyErr, PyResult};
use crate::object::Obj;
use crate::qstr::q;
use crate::value::Value;
use crate::vm::Vm;

/// How many `os.dupterm` slots there are (the `index` argument).
pub const DUPTERM_SLOTS: usize = 2;

impl Vm {
    /// Write to the console: the port's standard output, then every dupterm stream.
    /// A stream whose `write` raises is detached, with a message, as MicroPython does.
    pub fn console_write(&mut self, data: &[u8]) {
        self.port.write_stdout(data);
        self.dupterm_write(data);
    }

    /// Write to the console without newline translation (`sys.stdout.buffer`).
    pub fn console_write_raw(&mut self, data: &[u8]) {
        self.port.write_stdout_raw(data);
        self.dupterm_write(data);
    }

    /// Copy console output to every dupterm stream.
    fn dupterm_write(&mut self, data: &[u8]) {
        for i in 0..DUPTERM_SLOTS {
            let stream = self.dupterm[i];
            if stream.is_none() || data.is_empty() {
                continue;
            }
            // Detach while the stream runs so that its own output cannot recurse.
            self.dupterm[i] = Value::None;
            self.temp_roots.push(stream);
            let r = match self.alloc(Obj::ByteArray(Vec::from(data))) {
                Ok(buf) => self.call_method(stream, q::write, &[Value::Obj(buf)]),
                Err(e) => Err(e),
            };
            self.temp_roots.pop();
            match r {
                Ok(_) => {
                    if self.dupterm[i].is_none() {
                        self.dupterm[i] = stream;
                    }
                }
                Err(e) => self.dupterm_fail(stream, "write", e),
            }
        }
    }

    /// One line of console input, without its newline (`None` at end of input), as
    /// `input()` and `sys.stdin.readline()` take it: Ctrl-C while waiting (or before the
    /// line came) is `KeyboardInterrupt`, a line that cannot fit in the heap
    /// `MemoryError`.
    pub fn console_input_line(&mut self) -> PyResult<Option<String>> {
        let max = self.heap.free_bytes();
        let line = self.console_read_line_max(max);
        if self.port.take_interrupt() {
            return Err(self.error_noargs(crate::error::ExcKind::KeyboardInterrupt));
        }
        match line {
            Some(l) if l.len() > max => Err(self.memory_error()),
            l => Ok(l),
        }
    }

    /// One line of console input, without its newline: from a dupterm stream when its
    /// `readinto` has data, else from the port. `None` at end of input.
    pub fn console_read_line(&mut self) -> Option<String> {
        self.console_read_line_max(usize::MAX)
    }

    fn console_read_line_max(&mut self, max: usize) -> Option<String> {
        for i in 0..DUPTERM_SLOTS {
            if self.dupterm[i].is_none() {
                continue;
            }
            let mut line = Vec::new();
            while let Some(b) = self.dupterm_read_byte(i) {
                if b == b'\n' {
                    return Some(String::from_utf8_lossy(&line).into_owned());
                }
                line.push(b);
                if line.len() > max {
                    // A stream without end of line: no more than the heap could hold
                    // (found by fuzzing: it grew without bound outside the heap).
                    return Some(String::from_utf8_lossy(&line).into_owned());
                }
            }
            if !line.is_empty() {
                return Some(String::from_utf8_lossy(&line).into_owned());
            }
        }
        self.port.read_line_max(max)
    }

    /// One byte of console input: from a dupterm stream when one has data, else from the
    /// port's byte-level console (`None` when the port has none or input ended).
    pub fn console_read_byte(&mut self) -> Option<u8> {
        for i in 0..DUPTERM_SLOTS {
            if let Some(b) = self.dupterm_read_byte(i) {
                return Some(b);
            }
        }
        self.port.read_byte()
    }

    /// One byte from dupterm slot `i` (`readinto` of a 1-byte buffer), if it has one.
    fn dupterm_read_byte(&mut self, i: usize) -> Option<u8> {
        let stream = self.dupterm[i];
        if stream.is_none() {
            return None;
        }
        let buf = match self.alloc(Obj::ByteArray(alloc::vec![0u8])) {
            Ok(b) => b,
            Err(_) => return None,
        };
        self.temp_roots.push(stream);
        self.temp_roots.push(Value::Obj(buf));
        let name = self.interner.intern_static("readinto");
        let r = self.call_method(stream, name, &[Value::Obj(buf)]);
        self.temp_roots.pop();
        self.temp_roots.pop();
        match r {
            Ok(Value::Int(n)) if n > 0 => match self.heap.get(buf) {
                Obj::ByteArray(b) => b.first().copied(),
                _ => None,
            },
            Ok(_) => None,
            Err(e) => {
                if same(self.dupterm[i], stream) {
                    self.dupterm[i] = Value::None;
                }
                self.dupterm_fail(stream, "read", e);
                None
            }
        }
    }

    /// Detach a failing stream: print why on the port's output and close it.
    fn dupterm_fail(&mut self, stream: Value, what: &str, e: PyErr) {
        self.temp_roots.push(stream);
        self.temp_roots.push(Value::Obj(e.0));
        let msg = alloc::format!("dupterm: Exception in {what}() method, deactivating: ");
        self.port.write_stdout(msg.as_bytes());
        let text = self.format_exception(e);
        self.port.write_stdout(text.as_bytes());
        let close = self.interner.intern_static("close");
        if let Ok(Some(f)) = self.get_attr_opt(stream, close) {
            let _ = self.call(f, &[]);
        }
        self.temp_roots.pop();
        self.temp_roots.pop();
    }
}

fn same(a: Value, b: Value) -> bool {
    matches!((a, b), (Value::Obj(x), Value::Obj(y)) if x == y)
}
