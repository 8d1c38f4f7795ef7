//! What the `cargo fuzz` targets share: a port with no operating system behind it
//! (output dropped, a virtual clock, console input from the fuzz data) that also stops
//! runaway programs, and the three harness bodies (kept here, out of the
//! `fuzz_target!` macros, so they are ordinary functions).

use std::cell::RefCell;
use std::rc::Rc;

use mica_core::port::Port;
use mica_core::vm::Vm;

/// Console input shared by the successive VMs of one board session.
pub struct Feed {
    data: Vec<u8>,
    pos: usize,
}

/// A port for fuzzing: output is dropped, time is virtual, the console reads the fuzz
/// input byte by byte, and a Ctrl-C is delivered after a fixed number of interrupt
/// polls so that an endless Python loop ends in `KeyboardInterrupt` instead of a
/// libFuzzer timeout.
pub struct FuzzPort {
    feed: Rc<RefCell<Feed>>,
    clock_ns: u64,
    polls: u32,
    max_polls: u32,
    kbd_intr: i32,
}

impl FuzzPort {
    pub fn new(feed: Rc<RefCell<Feed>>, max_polls: u32) -> FuzzPort {
        FuzzPort {
            feed,
            clock_ns: 0,
            polls: 0,
            max_polls,
            kbd_intr: -1,
        }
    }
}

pub fn feed(data: &[u8]) -> Rc<RefCell<Feed>> {
    Rc::new(RefCell::new(Feed {
        data: data.to_vec(),
        pos: 0,
    }))
}

impl Port for FuzzPort {
    fn write_stdout(&mut self, _data: &[u8]) {}
    fn write_stderr(&mut self, _data: &[u8]) {}
    fn monotonic_ns(&mut self) -> u64 {
        self.clock_ns += 1000;
        self.clock_ns
    }
    fn time_ns(&mut self) -> u64 {
        self.monotonic_ns()
    }
    fn sleep_ns(&mut self, ns: u64) {
        self.clock_ns = self.clock_ns.saturating_add(ns);
    }
    fn take_interrupt(&mut self) -> bool {
        self.polls = self.polls.saturating_add(1);
        self.polls > self.max_polls
    }
    fn read_byte(&mut self) -> Option<u8> {
        let mut f = self.feed.borrow_mut();
        let b = *f.data.get(f.pos)?;
        f.pos += 1;
        if self.kbd_intr >= 0 && b as i32 == self.kbd_intr {
            // While code runs the interrupt byte interrupts it instead of being read.
            self.polls = self.max_polls;
        }
        Some(b)
    }
    fn set_kbd_intr(&mut self, byte: i32) {
        self.kbd_intr = byte;
    }
}

/// Heap sizes the VM targets pick from (the first input byte chooses).
pub const HEAPS: [usize; 8] = [
    16 << 10,
    24 << 10,
    32 << 10,
    64 << 10,
    128 << 10,
    256 << 10,
    512 << 10,
    1 << 20,
];

/// Source text through the lexer, parser and compiler in each mode (no VM).
pub fn compile(data: &[u8]) {
    use mica_core::{compiler, parser};
    let Ok(src) = core::str::from_utf8(data) else {
        return;
    };
    let _ = mica_core::lexer::tokenize(src);
    for (pmode, cmode) in [
        (parser::Mode::Exec, compiler::Mode::Exec),
        (parser::Mode::Eval, compiler::Mode::Eval),
        (parser::Mode::Single, compiler::Mode::Single),
    ] {
        if let Ok(module) = parser::parse(src, pmode) {
            let _ = compiler::compile(&module, "<fuzz>", cmode, 0);
        }
    }
    let _ = mica_core::repl::input_state(src);
}

/// Source text run on a fresh VM with a small heap (first byte: heap size). Any
/// Python exception is fine; a panic, an abort or a hang is a finding.
pub fn run(data: &[u8]) {
    let Some((&h, rest)) = data.split_first() else {
        return;
    };
    let port = FuzzPort::new(feed(&[]), 20_000);
    let mut vm = Vm::new(Box::new(port), HEAPS[h as usize % HEAPS.len()]);
    // Bytes that are not UTF-8 go through the same path as a file's.
    if let Ok(src) = vm.decode_source(rest.to_vec(), "<fuzz>") {
        let _ = vm.run_main(&src, "<fuzz>", None);
    }
}

/// Bytes fed to the board's REPL protocol engine (friendly REPL, paste mode, raw REPL,
/// raw paste) as if they came over the serial line, until they run out; every soft
/// reset starts a fresh VM on the same line, as the board does.
pub fn raw_repl(data: &[u8]) {
    let line = feed(data);
    let mut repl = mica_core::pyexec::Repl::new("MicroPython-compatible fuzz board\n");
    for _ in 0..64 {
        let port = FuzzPort::new(line.clone(), 20_000);
        let mut vm = Vm::new(Box::new(port), 64 << 10);
        if repl.run(&mut vm) == mica_core::pyexec::Outcome::Eof {
            return;
        }
    }
}
