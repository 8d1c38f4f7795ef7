//! The device side of the serial REPL protocol, as a board firmware runs it: the
//! friendly REPL (banner, `>>> `/`... ` prompts, auto-indent, history, completion),
//! paste mode (Ctrl-E), the raw REPL (Ctrl-A) and raw-paste mode with its flow control,
//! and soft-reset signalling. Byte-compatible with MicroPython's, so `mpremote` and
//! other host tools drive it unchanged.
//!
//! Everything goes through the VM's port: [`Port::read_byte`] for input,
//! [`Port::write_stdout_raw`] for protocol bytes, and [`Port::set_kbd_intr`] to make
//! Ctrl-C interrupt running code (and only running code). A port that wants this REPL
//! calls [`Repl::run`] after its start-up scripts; when it returns
//! [`Outcome::SoftReset`] the port drops the VM, makes a fresh one (a clean heap, same
//! filesystem) and calls [`Repl::run`] again with the same [`Repl`].
//!
//! `SystemExit` escaping code run at the REPL asks for a soft reset, as on MicroPython,
//! and so do `machine.soft_reset()` and `machine.reset()` (through the VM's reset
//! requests, even if the program caught the `SystemExit` they raise): see
//! [`reset_requested`].

use alloc::string::String;
use alloc::vec::Vec;

use crate::compiler::Mode;
use crate::error::{ExcKind, PyErr};
use crate::port::{NullPort, Port};
use crate::readline::{Console, Edited, LineEditor, CTRL_A, CTRL_B, CTRL_C, CTRL_D, CTRL_E};
use crate::repl::{self, InputState};
use crate::value::Value;
use crate::vm::Vm;

/// Which REPL the line is in; kept across soft resets.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ReplMode {
    Friendly,
    Raw,
}

/// Why [`Repl::run`] returned.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Outcome {
    /// Ctrl-D on an empty line, or `SystemExit` (`sys.exit()`, `machine.soft_reset()`).
    SoftReset,
    /// The console's input ended for good.
    Eof,
}

/// The raw-paste window: bytes the host may send per `\x01` credit.
pub const RAW_PASTE_WINDOW: u16 = 128;

/// What the raw REPL prints on entry (after `\r\n` when coming from the friendly REPL).
pub const RAW_BANNER: &[u8] = b"raw REPL; CTRL-B to exit\r\n";
/// What a soft reset prints before the start-up scripts run again (hosts wait for it).
pub const SOFT_REBOOT: &[u8] = b"MPY: soft reboot\r\n";

/// The REPL's state that survives soft resets.
pub struct Repl {
    pub mode: ReplMode,
    /// The friendly REPL's banner (see `repl::banner`), `\n` line ends.
    pub banner: String,
    editor: LineEditor,
    show_banner: bool,
    /// True while raw-REPL code runs: a crash must still close the two output sections.
    raw_running: bool,
}

/// The VM's port as a [`Console`].
struct PortConsole<'a>(&'a mut dyn Port);

impl Console for PortConsole<'_> {
    fn read_byte(&mut self) -> Option<u8> {
        self.0.read_byte()
    }
    fn write(&mut self, data: &[u8]) {
        self.0.write_stdout_raw(data);
    }
}

/// Protocol bytes straight to the line.
fn put(vm: &mut Vm, data: &[u8]) {
    vm.port.write_stdout_raw(data);
}

/// Text with `\n` line ends as it goes on a serial line (`\r\n`).
pub fn cooked(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() + 8);
    for (i, &b) in text.iter().enumerate() {
        if b == b'\n' && (i == 0 || text[i - 1] != b'\r') {
            out.push(b'\r');
        }
        out.push(b);
    }
    out
}

impl Repl {
    pub fn new(banner: &str) -> Repl {
        Repl {
            mode: ReplMode::Friendly,
            banner: String::from(banner),
            editor: LineEditor::new(),
            show_banner: true,
            raw_running: false,
        }
    }

    /// Run the REPL on `vm`'s console until a soft reset or the end of input.
    pub fn run(&mut self, vm: &mut Vm) -> Outcome {
        vm.port.set_kbd_intr(-1);
        // After every (soft) reset the friendly REPL greets again.
        self.show_banner = true;
        loop {
            let r = match self.mode {
                ReplMode::Raw => self.raw(vm),
                ReplMode::Friendly => self.friendly(vm),
            };
            if let Some(outcome) = r {
                return outcome;
            }
        }
    }

    /// After the port caught a crash (a Rust panic) inside [`Repl::run`]: finish the raw
    /// REPL's answer so the host is not left waiting; returns the bytes to send.
    pub fn crash_epilogue(&mut self) -> &'static [u8] {
        if core::mem::take(&mut self.raw_running) {
            b"\x04internal error\r\n\x04"
        } else {
            b"\r\ninternal error\r\n"
        }
    }

    /// Whether the board should run `main.py` at start-up (only in the friendly REPL).
    pub fn runs_main(&self) -> bool {
        self.mode == ReplMode::Friendly
    }

    // ------------------------------------------------------------------ raw REPL

    fn raw(&mut self, vm: &mut Vm) -> Option<Outcome> {
        put(vm, RAW_BANNER);
        let mut line: Vec<u8> = Vec::new();
        put(vm, b">");
        loop {
            let Some(b) = vm.port.read_byte() else {
                return Some(Outcome::Eof);
            };
            match b {
                CTRL_A => {
                    if line == [CTRL_E, b'A'] {
                        line.clear();
                        match self.raw_paste(vm) {
                            Some(out) => return Some(out),
                            None => {
                                put(vm, b">");
                                continue;
                            }
                        }
                    }
                    // Ctrl-A again: start the raw REPL over.
                    return None;
                }
                CTRL_B => {
                    put(vm, b"\r\n");
                    self.mode = ReplMode::Friendly;
                    self.show_banner = true;
                    return None;
                }
                CTRL_C => line.clear(),
                CTRL_D if line.is_empty() => {
                    put(vm, b"\r\n");
                    return Some(Outcome::SoftReset);
                }
                CTRL_D => {
                    put(vm, b"OK");
                    let src = core::mem::take(&mut line);
                    if self.raw_exec(vm, &src) {
                        return Some(Outcome::SoftReset);
                    }
                    put(vm, b">");
                }
                _ => line.push(b),
            }
        }
    }

    /// Raw-paste mode (entered by `\x05A\x01`): `R\x01`, the window size (u16 LE), then
    /// a `\x01` credit whenever the host may send another window; `\x04` ends the data
    /// and is answered with `\x04`, then the code runs as in the raw REPL.
    fn raw_paste(&mut self, vm: &mut Vm) -> Option<Outcome> {
        let w = RAW_PASTE_WINDOW;
        put(vm, b"R\x01");
        put(vm, &w.to_le_bytes());
        // One window may be in flight while we hold another: grant the second now.
        put(vm, b"\x01");
        let mut src: Vec<u8> = Vec::new();
        let mut in_window = 0u16;
        loop {
            let Some(b) = vm.port.read_byte() else {
                return Some(Outcome::Eof);
            };
            if b == CTRL_D {
                put(vm, b"\x04");
                break;
            }
            // A host that lost track (it went away mid-paste, and the next one starts
            // with Ctrl-C as every host does) abandons the paste: back to the raw prompt.
            if b == CTRL_C {
                return None;
            }
            src.push(b);
            in_window += 1;
            if in_window == w {
                in_window = 0;
                put(vm, b"\x01");
            }
        }
        if self.raw_exec_body(vm, &src) {
            return Some(Outcome::SoftReset);
        }
        None
    }

    /// Run raw-REPL code (after `OK`): output, `\x04`, exception text, `\x04`.
    /// True when the code asked for a soft reset.
    fn raw_exec(&mut self, vm: &mut Vm, src: &[u8]) -> bool {
        self.raw_exec_body(vm, src)
    }

    fn raw_exec_body(&mut self, vm: &mut Vm, src: &[u8]) -> bool {
        self.raw_running = true;
        let r = execute(vm, src, Mode::Exec, "<stdin>");
        put(vm, b"\x04");
        let reset = reset_requested(vm, &r);
        if let Err(e) = r {
            if !vm.err_matches(e, ExcKind::SystemExit) {
                print_exception(vm, e);
            }
        }
        put(vm, b"\x04");
        self.raw_running = false;
        reset
    }

    // ------------------------------------------------------------- friendly REPL

    fn friendly(&mut self, vm: &mut Vm) -> Option<Outcome> {
        if core::mem::take(&mut self.show_banner) {
            let banner = cooked(self.banner.as_bytes());
            put(vm, &banner);
        }
        loop {
            let ps1 = crate::modules::repl_prompt(vm, false);
            let first = match self.edit(vm, &ps1, "") {
                Edited::Line(l) => l,
                Edited::Control(CTRL_A) => {
                    put(vm, b"\r\n");
                    self.mode = ReplMode::Raw;
                    return None;
                }
                Edited::Control(CTRL_B) => {
                    put(vm, b"\r\n");
                    self.show_banner = true;
                    return None;
                }
                Edited::Control(CTRL_D) => {
                    put(vm, b"\r\n");
                    return Some(Outcome::SoftReset);
                }
                Edited::Control(CTRL_E) => match self.paste_mode(vm) {
                    Some(out) => return Some(out),
                    None => continue,
                },
                Edited::Control(_) => {
                    put(vm, b"\r\n");
                    continue;
                }
                Edited::Eof => return Some(Outcome::Eof),
            };
            if first.trim().is_empty() {
                continue;
            }
            self.editor.add_history(&first);
            let mut src = first.clone();
            let mut last = first;
            let mut cancelled = false;
            while repl::input_state_with(&src, vm.stack_guard) == InputState::Incomplete {
                let indent = " ".repeat(repl::auto_indent(&last));
                let ps2 = crate::modules::repl_prompt(vm, true);
                match self.edit(vm, &ps2, &indent) {
                    Edited::Line(l) => {
                        self.editor.add_history(&l);
                        src.push('\n');
                        src.push_str(&l);
                        last = l;
                    }
                    Edited::Control(CTRL_D) => break,
                    Edited::Eof => return Some(Outcome::Eof),
                    Edited::Control(_) => {
                        put(vm, b"\r\n");
                        cancelled = true;
                        break;
                    }
                }
            }
            if cancelled {
                continue;
            }
            src.push('\n');
            if self.friendly_exec(vm, &src, false) {
                return Some(Outcome::SoftReset);
            }
        }
    }

    /// Paste mode: lines are echoed after `=== ` and run as one block on Ctrl-D.
    fn paste_mode(&mut self, vm: &mut Vm) -> Option<Outcome> {
        put(vm, b"\r\n");
        put(vm, repl::PASTE_BANNER.as_bytes());
        put(vm, b"\r\n");
        put(vm, repl::PROMPT_PASTE.as_bytes());
        let mut src: Vec<u8> = Vec::new();
        let mut last_cr = false;
        loop {
            let Some(b) = vm.port.read_byte() else {
                return Some(Outcome::Eof);
            };
            let was_cr = core::mem::replace(&mut last_cr, b == b'\r');
            match b {
                CTRL_C => {
                    put(vm, b"\r\n");
                    return None;
                }
                CTRL_D => {
                    put(vm, b"\r\n");
                    break;
                }
                b'\n' if was_cr => {}
                b'\r' | b'\n' => {
                    src.push(b'\n');
                    put(vm, b"\r\n");
                    put(vm, repl::PROMPT_PASTE.as_bytes());
                }
                _ => {
                    src.push(b);
                    put(vm, &[b]);
                }
            }
        }
        let src = String::from_utf8_lossy(&src).into_owned();
        if self.friendly_exec(vm, &src, true) {
            return Some(Outcome::SoftReset);
        }
        None
    }

    /// Run friendly-REPL code, printing any exception; true when it asked for a reset.
    fn friendly_exec(&mut self, vm: &mut Vm, src: &str, paste: bool) -> bool {
        let r = armed(vm, |vm| {
            let g = vm.main_module_dict("__main__")?;
            repl::run_input(vm, g, src, paste)
        });
        let reset = reset_requested(vm, &r);
        if let Err(e) = r {
            if !vm.err_matches(e, ExcKind::SystemExit) {
                print_exception(vm, e);
            }
        }
        reset
    }

    fn edit(&mut self, vm: &mut Vm, prompt: &str, initial: &str) -> Edited {
        // Tab completion needs the VM while the editor reads the port: lend the editor
        // the port and leave a placeholder in the VM meanwhile (completion only looks
        // names up, it never prints).
        let mut port =
            core::mem::replace(&mut vm.port, alloc::boxed::Box::new(NullPort::default()));
        let mut complete = |before: &str| match vm.main_module_dict("__main__") {
            Ok(g) => {
                let c = repl::completions(vm, g, before);
                (c.start, c.candidates)
            }
            Err(_) => (0, Vec::new()),
        };
        let r = self
            .editor
            .read_line(&mut PortConsole(&mut *port), prompt, initial, &mut complete);
        vm.port = port;
        r
    }
}

/// Compile and run `src` in `__main__` with Ctrl-C armed.
pub fn execute(vm: &mut Vm, src: &[u8], mode: Mode, filename: &str) -> Result<(), PyErr> {
    let text = String::from_utf8_lossy(src).into_owned();
    armed(vm, |vm| {
        let g = vm.main_module_dict("__main__")?;
        let code = vm.compile_source(&text, filename, mode)?;
        vm.temp_roots.push(Value::Obj(code));
        let r = vm.exec_code(code, g, Value::Obj(g));
        vm.temp_roots.pop();
        r.map(|_| ())
    })
}

/// Did the code just run ask for a reset? `SystemExit` escaping it (`sys.exit()`), or a
/// request left by `machine.soft_reset()` / `machine.reset()` (also when the program
/// caught the `SystemExit` they raise). Both requests are taken.
pub fn reset_requested(vm: &mut Vm, r: &Result<(), PyErr>) -> bool {
    let soft = vm.take_soft_reset_request();
    let hard = vm.take_reset_request().is_some();
    soft || hard || matches!(r, Err(e) if vm.err_matches(*e, ExcKind::SystemExit))
}

/// Run `f` with the interrupt byte armed (Ctrl-C raises `KeyboardInterrupt` only while
/// code runs; at the prompt it is an editing key).
pub(crate) fn armed(
    vm: &mut Vm,
    f: impl FnOnce(&mut Vm) -> Result<(), PyErr>,
) -> Result<(), PyErr> {
    vm.port.set_kbd_intr(i32::from(CTRL_C));
    let r = f(vm);
    vm.port.set_kbd_intr(-1);
    // A Ctrl-C that arrived as the code finished must not hit the next command.
    vm.port.take_interrupt();
    vm.port.flush_stdout();
    r
}

/// Print an uncaught exception on the line (tracebacks use `\r\n` like all output).
pub fn print_exception(vm: &mut Vm, e: PyErr) {
    let text = device_traceback(&vm.format_exception(e));
    vm.port.write_stdout(text.as_bytes());
}

/// The errno subclasses of `OSError` that Mica raises (as CPython does).
const OS_ERROR_SUBCLASSES: &[&str] = &[
    "FileNotFoundError",
    "FileExistsError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "TimeoutError",
];

/// A traceback as a device reports it: MicroPython has no `OSError` subclasses, and host
/// tools (mpremote) recognise filesystem errors by `OSError: [Errno N] ENAME` lines, so
/// an uncaught `FileNotFoundError: [Errno 2] ...` is reported under the base name.
/// (Code on the board still catches the subclasses.)
pub fn device_traceback(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let renamed = OS_ERROR_SUBCLASSES.iter().find_map(|name| {
            line.strip_prefix(name)
                .filter(|rest| rest.starts_with(": [Errno "))
        });
        match renamed {
            Some(rest) => {
                out.push_str("OSError");
                out.push_str(rest);
            }
            None => out.push_str(line),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_error_subclasses_reported_as_os_error() {
        let t = "Traceback (most recent call last):\nFileNotFoundError: [Errno 2] ENOENT\n";
        assert_eq!(
            device_traceback(t),
            "Traceback (most recent call last):\nOSError: [Errno 2] ENOENT\n"
        );
        assert_eq!(device_traceback("ValueError: x\n"), "ValueError: x\n");
    }

    #[test]
    fn cooked_newlines() {
        assert_eq!(cooked(b"a\nb\r\nc"), b"a\r\nb\r\nc");
    }
}
