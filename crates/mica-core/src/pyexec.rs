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
//! `SystemExit` escaping code run at the REPL asks for a soft reset, as on MicroPython;
//! that is also the hook for `machine.soft_reset()`, which raises `SystemExit`.

use alloc::string::String;
use alloc::vec::Vec;

use crate::compiler::Mode;
use crate::error::{ExcKind, PyErr};
use crate::port::Port;
use crate::readline::{Console, Edited, LineEditor, CTRL_A, CTRL_B, CTRL_C, CTRL_D, CTRL_E};
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
    /// First line of the friendly banner (the second says how to get help).
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
        let reset = match r {
            Ok(()) => false,
            Err(e) => {
                let reset = vm.err_matches(e, ExcKind::SystemExit);
                if !reset {
                    print_exception(vm, e);
                }
                reset
            }
        };
        put(vm, b"\x04");
        self.raw_running = false;
        reset
    }

    // ------------------------------------------------------------- friendly REPL

    fn friendly(&mut self, vm: &mut Vm) -> Option<Outcome> {
        if core::mem::take(&mut self.show_banner) {
            let banner = cooked(
                alloc::format!("{}\nType \"help()\" for more information.\n", self.banner)
                    .as_bytes(),
            );
            put(vm, &banner);
        }
        loop {
            let first = match self.edit(vm, ">>> ", "") {
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
            src.push('\n');
            let mut last = first;
            let mut cancelled = false;
            while needs_more(&src, &last) {
                let indent = next_indent(&last);
                match self.edit(vm, "... ", &indent) {
                    Edited::Line(l) => {
                        self.editor.add_history(&l);
                        src.push_str(&l);
                        src.push('\n');
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
            if self.friendly_exec(vm, src.as_bytes(), Mode::Single) {
                return Some(Outcome::SoftReset);
            }
        }
    }

    /// Paste mode: lines are echoed after `=== ` and run as one block on Ctrl-D.
    fn paste_mode(&mut self, vm: &mut Vm) -> Option<Outcome> {
        put(
            vm,
            b"\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ",
        );
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
                    put(vm, b"\r\n=== ");
                }
                _ => {
                    src.push(b);
                    put(vm, &[b]);
                }
            }
        }
        if self.friendly_exec(vm, &src, Mode::Exec) {
            return Some(Outcome::SoftReset);
        }
        None
    }

    /// Run friendly-REPL code, printing any exception; true when it asked for a reset.
    fn friendly_exec(&mut self, vm: &mut Vm, src: &[u8], mode: Mode) -> bool {
        match execute(vm, src, mode, "<stdin>") {
            Ok(()) => false,
            Err(e) if vm.err_matches(e, ExcKind::SystemExit) => true,
            Err(e) => {
                print_exception(vm, e);
                false
            }
        }
    }

    fn edit(&mut self, vm: &mut Vm, prompt: &str, initial: &str) -> Edited {
        // Completion needs the VM while the editor holds the port: collect the names
        // the line could complete against first, lazily, from a snapshot.
        let names = completion_names(vm);
        let mut complete = |before: &str| complete_from(&names, before);
        let mut con = PortConsole(&mut *vm.port);
        self.editor
            .read_line(&mut con, prompt, initial, &mut complete)
    }
}

/// Compile and run `src` in `__main__` with Ctrl-C armed.
pub fn execute(vm: &mut Vm, src: &[u8], mode: Mode, filename: &str) -> Result<(), PyErr> {
    let text = String::from_utf8_lossy(src).into_owned();
    vm.port.set_kbd_intr(i32::from(CTRL_C));
    let r = (|| {
        let g = vm.main_module_dict("__main__")?;
        let code = vm.compile_source(&text, filename, mode)?;
        vm.temp_roots.push(Value::Obj(code));
        let r = vm.exec_code(code, g, Value::Obj(g));
        vm.temp_roots.pop();
        r.map(|_| ())
    })();
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

/// Does the source typed so far need more lines? (A compound statement is open.)
fn needs_more(src: &str, last: &str) -> bool {
    let multi = src.trim_end_matches('\n').contains('\n');
    last.trim_end().ends_with(':')
        || last.trim_end().ends_with('\\')
        || (multi && !last.trim().is_empty())
        || open_brackets(src)
}

/// Whether brackets (outside strings and comments) are still open.
fn open_brackets(src: &str) -> bool {
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut chars = src.chars().peekable();
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                if c == '\\' {
                    chars.next();
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                '#' => {
                    for c in chars.by_ref() {
                        if c == '\n' {
                            break;
                        }
                    }
                }
                '\'' | '"' => quote = Some(c),
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth -= 1,
                _ => {}
            },
        }
    }
    depth > 0
}

/// Auto-indent for the next continuation line.
fn next_indent(last: &str) -> String {
    let cur = last.len() - last.trim_start_matches(' ').len();
    let n = if last.trim_end().ends_with(':') {
        cur + 4
    } else {
        cur
    };
    " ".repeat(n)
}

/// The names Tab can complete to: globals of `__main__` and the built-ins.
fn completion_names(vm: &mut Vm) -> Vec<String> {
    let mut out = Vec::new();
    let dicts = [vm.main_module_dict("__main__").ok(), Some(vm.builtins)];
    for d in dicts.into_iter().flatten() {
        let keys = match vm.heap.get(d) {
            crate::object::Obj::Dict(dict) => dict.keys(),
            _ => Vec::new(),
        };
        for k in keys {
            if let Some(name) = vm.str_ref(k) {
                if !out.iter().any(|o| o == name) {
                    out.push(String::from(name));
                }
            }
        }
    }
    out
}

/// Complete the identifier before the cursor against `names`.
fn complete_from(names: &[String], before: &str) -> (usize, Vec<String>) {
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[start..];
    if word.is_empty() || before[..start].ends_with('.') {
        return (start, Vec::new());
    }
    let mut c: Vec<String> = names
        .iter()
        .filter(|n| n.starts_with(word) && !n.starts_with("__"))
        .cloned()
        .collect();
    c.sort();
    (start, c)
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
    fn completion_handles_multibyte_text() {
        let names = [String::from("print")];
        assert_eq!(complete_from(&names, "\u{fffd}\"pr").1, names.to_vec());
        assert_eq!(complete_from(&names, "\u{fffd}").1, Vec::<String>::new());
    }

    #[test]
    fn cooked_newlines() {
        assert_eq!(cooked(b"a\nb\r\nc"), b"a\r\nb\r\nc");
    }

    #[test]
    fn continuation() {
        assert!(needs_more("if x:\n", "if x:"));
        assert!(needs_more("f(1,\n", "f(1,"));
        assert!(!needs_more("x = 1\n", "x = 1"));
        assert!(needs_more("if x:\n    y\n", "    y"));
        assert!(!needs_more("if x:\n    y\n\n", ""));
        assert_eq!(next_indent("    if y:"), "        ");
    }
}
