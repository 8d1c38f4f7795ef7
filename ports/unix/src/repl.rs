//! The REPL in a terminal: line editing, history and tab completion through `rustyline`,
//! Ctrl-C/Ctrl-D/Ctrl-E like MicroPython's, and a plain line-by-line loop when standard
//! input is not a terminal. What the typed text means (is it complete? how far to indent?
//! what completes it?) is decided by `mica_core::repl`, shared with board ports.

use std::borrow::Cow;
use std::cell::RefCell;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use mica_core::error::ExcKind;
use mica_core::repl::{self as core_repl, InputState};
use mica_core::stackguard::StackGuard;
use mica_core::value::ObjRef;
use mica_core::vm::Vm;
use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::FileHistory;
use rustyline::validate::Validator;
use rustyline::{
    Cmd, CompletionType, ConditionalEventHandler, Config, Editor, Event, EventContext,
    EventHandler, KeyEvent, RepeatCount,
};

/// Run the REPL until Ctrl-D / end of input or `SystemExit`; returns the exit status.
/// `banner` is false for `-i` (inspect after a script), as in CPython.
pub fn run(vm: &mut Vm, banner: bool) -> i32 {
    let globals = match vm.main_module_dict("<stdin>") {
        Ok(g) => g,
        Err(e) => return crate::report(vm, e),
    };
    if banner {
        let text = core_repl::banner(
            env!("MICA_BUILD_DATE"),
            &format!("{} [host]", std::env::consts::OS),
            std::env::consts::ARCH,
        );
        vm.port.write_stdout(text.as_bytes());
    }
    vm.port.flush_stdout();
    if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
        // On an error (no usable terminal after all) fall back to plain lines.
        if let Ok(status) = terminal(vm, globals) {
            return status;
        }
    }
    plain(vm, globals)
}

/// What to do after executing one input.
enum Flow {
    Continue,
    Exit(i32),
}

/// Compile and run one input, printing any exception; `SystemExit` ends the REPL.
fn execute(vm: &mut Vm, globals: ObjRef, source: &str, paste: bool) -> Flow {
    crate::port::clear_interrupt();
    let result = core_repl::run_input(vm, globals, source, paste);
    vm.port.flush_stdout();
    crate::port::clear_interrupt();
    match result {
        Ok(()) => Flow::Continue,
        Err(e) if vm.err_matches(e, ExcKind::SystemExit) => Flow::Exit(crate::report(vm, e)),
        Err(e) => {
            crate::report(vm, e);
            Flow::Continue
        }
    }
}

/// Lines typed so far for one statement.
struct Statement {
    lines: Vec<String>,
    /// The VM's stack limit, for parsing what is typed.
    guard: StackGuard,
}

impl Statement {
    fn new(guard: StackGuard) -> Statement {
        Statement {
            lines: Vec::new(),
            guard,
        }
    }

    /// Add a line; `Some(source)` when the statement is ready to run.
    fn push(&mut self, line: &str) -> Option<String> {
        if self.lines.is_empty() && line.trim().is_empty() {
            return None;
        }
        self.lines.push(line.to_string());
        let source = self.lines.join("\n");
        match core_repl::input_state_with(&source, self.guard) {
            InputState::Incomplete => None,
            InputState::Complete | InputState::Error => {
                self.lines.clear();
                Some(source)
            }
        }
    }

    /// `sys.ps1` / `sys.ps2` when set (`>>> ` / `... ` otherwise).
    fn prompt(&self, vm: &mut Vm) -> String {
        mica_core::modules::repl_prompt(vm, !self.lines.is_empty())
    }

    /// The indentation to pre-fill on the next continuation line.
    fn indent(&self) -> usize {
        self.lines.last().map_or(0, |l| core_repl::auto_indent(l))
    }
}

/// Standard input is not a terminal: read lines, print prompts, no editing.
fn plain(vm: &mut Vm, globals: ObjRef) -> i32 {
    let mut stmt = Statement::new(vm.stack_guard);
    loop {
        let prompt = stmt.prompt(vm);
        vm.port.write_stdout(prompt.as_bytes());
        vm.port.flush_stdout();
        let line = match crate::stdin::read_line(false, usize::MAX) {
            crate::stdin::Line::Text(l) => String::from_utf8_lossy(&l).into_owned(),
            _ => String::new(),
        };
        if line.is_empty() {
            // End of input.
            vm.port.write_stdout(b"\n");
            // Run what is pending, like a final blank line would.
            if !stmt.lines.is_empty() {
                let source = stmt.lines.join("\n");
                if let Flow::Exit(s) = execute(vm, globals, &source, false) {
                    return s;
                }
            }
            return 0;
        }
        let line = line.trim_end_matches(['\n', '\r']);
        if let Some(source) = stmt.push(line) {
            if let Flow::Exit(s) = execute(vm, globals, &source, false) {
                return s;
            }
        }
    }
}

/// The history file: `$MICA_HISTORY`, else `~/.mica_history`; none without a home.
fn history_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("MICA_HISTORY") {
        return (!p.is_empty()).then(|| PathBuf::from(p));
    }
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
    Some(PathBuf::from(home).join(".mica_history"))
}

/// Completion, and the (empty) hint/highlight/validate hooks `rustyline` asks for.
struct Helper<'a> {
    vm: RefCell<&'a mut Vm>,
    globals: ObjRef,
    paste: Arc<AtomicBool>,
}

impl Completer for Helper<'_> {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &rustyline::Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let text = line.get(..pos).unwrap_or(line);
        if self.paste.load(Ordering::Relaxed) {
            return Ok((pos, vec![String::from("\t")]));
        }
        if text.trim().is_empty() {
            // Nothing to complete at the start of a line: indent instead.
            return Ok((pos, vec![String::from("    ")]));
        }
        let Ok(mut vm) = self.vm.try_borrow_mut() else {
            return Ok((pos, Vec::new()));
        };
        let c = core_repl::completions(&mut vm, self.globals, text);
        Ok((c.start, c.candidates))
    }
}

impl Hinter for Helper<'_> {
    type Hint = String;
}

impl Highlighter for Helper<'_> {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        Cow::Borrowed(line)
    }
}

impl Validator for Helper<'_> {}

impl rustyline::Helper for Helper<'_> {}

/// Ctrl-E at an empty prompt: leave `readline` (as an interrupt) with `paste` requested.
struct EnterPaste {
    paste: Arc<AtomicBool>,
    requested: Arc<AtomicBool>,
}

impl ConditionalEventHandler for EnterPaste {
    fn handle(&self, _: &Event, _: RepeatCount, _: bool, ctx: &EventContext) -> Option<Cmd> {
        if self.paste.load(Ordering::Relaxed) || !ctx.line().trim().is_empty() {
            return Some(Cmd::Noop);
        }
        self.requested.store(true, Ordering::Relaxed);
        Some(Cmd::Interrupt)
    }
}

/// Ctrl-D in paste mode: finish (the current line is kept), whatever is on the line.
struct FinishPaste {
    paste: Arc<AtomicBool>,
    finished: Arc<AtomicBool>,
}

impl ConditionalEventHandler for FinishPaste {
    fn handle(&self, _: &Event, _: RepeatCount, _: bool, _: &EventContext) -> Option<Cmd> {
        if !self.paste.load(Ordering::Relaxed) {
            return None;
        }
        self.finished.store(true, Ordering::Relaxed);
        Some(Cmd::AcceptLine)
    }
}

/// The interactive loop on a terminal.
fn terminal(vm: &mut Vm, globals: ObjRef) -> rustyline::Result<i32> {
    let config = Config::builder()
        .completion_type(CompletionType::List)
        .completion_show_all_if_ambiguous(true)
        .max_history_size(1000)?
        .history_ignore_dups(true)?
        .auto_add_history(false)
        .build();
    let mut rl: Editor<Helper<'_>, FileHistory> = Editor::with_config(config)?;
    let paste = Arc::new(AtomicBool::new(false));
    let paste_requested = Arc::new(AtomicBool::new(false));
    let paste_finished = Arc::new(AtomicBool::new(false));
    rl.bind_sequence(
        KeyEvent::ctrl('E'),
        EventHandler::Conditional(Box::new(EnterPaste {
            paste: paste.clone(),
            requested: paste_requested.clone(),
        })),
    );
    rl.bind_sequence(
        KeyEvent::ctrl('D'),
        EventHandler::Conditional(Box::new(FinishPaste {
            paste: paste.clone(),
            finished: paste_finished.clone(),
        })),
    );
    let history = history_path();
    if let Some(p) = &history {
        let _ = rl.load_history(p);
    }
    let guard = vm.stack_guard;
    rl.set_helper(Some(Helper {
        vm: RefCell::new(vm),
        globals,
        paste: paste.clone(),
    }));

    let mut stmt = Statement::new(guard);
    let status = loop {
        let indent = " ".repeat(stmt.indent());
        with_vm(&mut rl, |vm| {
            // Keep output that did not end its line: the prompt goes below it.
            if !crate::port::STDOUT_AT_LINE_START.load(Ordering::Relaxed) {
                vm.port.write_stdout(b"\n");
            }
            vm.port.flush_stdout();
        });
        let prompt = with_vm(&mut rl, |vm| stmt.prompt(vm)).unwrap_or_default();
        let read = rl.readline_with_initial(&prompt, (&indent, ""));
        let line = match read {
            Ok(line) => line,
            Err(ReadlineError::Interrupted) if paste_requested.swap(false, Ordering::Relaxed) => {
                println!("{}", core_repl::PASTE_BANNER);
                stmt = Statement::new(guard);
                // `None`: cancelled (rustyline has already moved to a new line).
                if let Some(source) = paste_mode(&mut rl, &paste, &paste_finished, &history)? {
                    let flow = with_vm(&mut rl, |vm| execute(vm, globals, &source, true));
                    if let Flow::Exit(s) = flow.unwrap_or(Flow::Exit(1)) {
                        break s;
                    }
                }
                continue;
            }
            Err(ReadlineError::Interrupted) => {
                // Ctrl-C at the prompt: drop what was typed, start afresh (rustyline
                // has already moved to a new line).
                stmt = Statement::new(guard);
                continue;
            }
            Err(ReadlineError::Eof) => break 0,
            Err(e) => return Err(e),
        };
        // A bracketed paste may bring several lines at once.
        for part in line.split('\n') {
            let part = part.trim_end_matches('\r');
            if !part.trim().is_empty() {
                let _ = rl.add_history_entry(part);
            }
            if let Some(source) = stmt.push(part) {
                if let Some(p) = &history {
                    let _ = rl.append_history(p);
                }
                if let Flow::Exit(s) = with_vm(&mut rl, |vm| execute(vm, globals, &source, false))
                    .unwrap_or(Flow::Exit(1))
                {
                    return finish(&mut rl, &history, s);
                }
            }
        }
    };
    finish(&mut rl, &history, status)
}

/// Save the history and hand back the status.
fn finish(
    rl: &mut Editor<Helper<'_>, FileHistory>,
    history: &Option<PathBuf>,
    status: i32,
) -> rustyline::Result<i32> {
    if let Some(p) = history {
        let _ = rl.append_history(p);
    }
    Ok(status)
}

/// Lines after Ctrl-E, each with the `=== ` prompt and no auto-indent, until Ctrl-D
/// (`Some(text)`) or Ctrl-C (`None`).
fn paste_mode(
    rl: &mut Editor<Helper<'_>, FileHistory>,
    paste: &AtomicBool,
    finished: &AtomicBool,
    history: &Option<PathBuf>,
) -> rustyline::Result<Option<String>> {
    paste.store(true, Ordering::Relaxed);
    finished.store(false, Ordering::Relaxed);
    let mut text = String::new();
    let result = loop {
        match rl.readline(core_repl::PROMPT_PASTE) {
            Ok(line) => {
                text.push_str(&line);
                text.push('\n');
                if finished.swap(false, Ordering::Relaxed) {
                    break Ok(Some(text));
                }
            }
            Err(ReadlineError::Interrupted) => break Ok(None),
            Err(ReadlineError::Eof) => break Ok(Some(text)),
            Err(e) => break Err(e),
        }
    };
    paste.store(false, Ordering::Relaxed);
    if let Ok(Some(t)) = &result {
        for line in t.lines().filter(|l| !l.trim().is_empty()) {
            let _ = rl.add_history_entry(line);
        }
        if let Some(p) = history {
            let _ = rl.append_history(p);
        }
    }
    result
}

/// Run `f` on the VM the completer holds between reads (the helper is set before the
/// loop starts and never removed, so this is `None` only in theory).
fn with_vm<R>(rl: &mut Editor<Helper<'_>, FileHistory>, f: impl FnOnce(&mut Vm) -> R) -> Option<R> {
    rl.helper_mut().map(|h| f(h.vm.get_mut()))
}
