//! The board's life: open the flash image, then forever make a fresh VM (a clean
//! heap), run `boot.py` and (in the friendly REPL) `main.py`, and serve the REPL until
//! it asks for a soft reset. A Rust panic inside the VM is caught here and turned into
//! a soft reset, so a crashing program never takes the board process down.
//!
//! Soft reset: `Repl::run` returns `Outcome::SoftReset` for Ctrl-D on an empty line, for
//! any `SystemExit` escaping REPL code, and after `machine.soft_reset()` or
//! `machine.reset()` (`pyexec::reset_requested`); `boot.py` and `main.py` likewise. A
//! hard reset of the simulated board is a soft reset: the process, the line and the
//! flash stay.

use std::cell::RefCell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::rc::Rc;
use std::sync::mpsc::Sender;
use std::sync::Arc;

use mica_core::compiler::Mode;
use mica_core::error::ExcKind;
use mica_core::hal::ResetCause;
use mica_core::port::PathKind;
use mica_core::pyexec::{self, Outcome, Repl, SOFT_REBOOT};
use mica_core::vm::Vm;

use super::link::Link;
use super::port::BoardPort;
use crate::flashfs::FlashFs;
use crate::sim::SimBoard;

pub fn run(
    link: Arc<Link>,
    flash: &str,
    flash_size: u64,
    heap: usize,
    board: SimBoard,
    ready: Sender<Result<(), String>>,
) {
    let fs = match FlashFs::open_or_format(std::path::Path::new(flash), flash_size) {
        Ok(fs) => Rc::new(RefCell::new(fs)),
        Err(e) => {
            let _ = ready.send(Err(e.to_string()));
            return;
        }
    };
    let _ = ready.send(Ok(()));
    let mut repl = Repl::new(&mica_core::repl::banner(
        env!("MICA_BUILD_DATE"),
        "mica-board [simulated]",
        &format!("{}K flash, {}K heap", flash_size / 1024, heap / 1024),
    ));
    let mut first = true;
    loop {
        if !first {
            link.send(SOFT_REBOOT);
        }
        first = false;
        fs.borrow_mut().close_all();
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            let port = BoardPort::new(link.clone(), fs.clone(), board.clone());
            crate::heap::leave();
            let mut vm = Vm::new(Box::new(port), heap);
            let _region = crate::heap::run_in_region(&mut vm, heap);
            set_paths(&mut vm);
            if run_script(&mut vm, "boot.py") {
                return Outcome::SoftReset;
            }
            if repl.runs_main() && run_script(&mut vm, "main.py") {
                return Outcome::SoftReset;
            }
            repl.run(&mut vm)
        }));
        match outcome {
            Ok(Outcome::SoftReset) => {}
            Ok(Outcome::Eof) => {
                if let Err(e) = board.finish() {
                    eprintln!("mica board: {e}");
                }
                return;
            }
            Err(_) => link.send(repl.crash_epilogue()),
        }
        // The hardware restarts too; `machine.reset_cause()` tells the next run why.
        board.restart(board.take_reset_request().unwrap_or(ResetCause::Soft));
        link.set_intr_byte(-1);
        link.take_interrupt();
    }
}

/// `sys.path` as on a device: the current directory, then `/lib`.
fn set_paths(vm: &mut Vm) {
    let mut items = Vec::new();
    for d in ["", "/lib"] {
        if let Ok(v) = vm.new_str_from(d) {
            vm.temp_roots.push(v);
            items.push(v);
        }
    }
    if let Some(r) = vm.sys_path.as_obj() {
        if let mica_core::object::Obj::List(l) = vm.heap.get_mut(r) {
            *l = items;
        }
    }
    vm.temp_roots.clear();
}

/// Run a start-up script from the flash if it exists; true when it asked for a reset.
fn run_script(vm: &mut Vm, name: &str) -> bool {
    if vm.port.path_kind(name) != PathKind::File {
        return false;
    }
    let Ok(src) = vm.port.read_file(name) else {
        return false;
    };
    let r = pyexec::execute(vm, &src, Mode::Exec, name);
    let reset = pyexec::reset_requested(vm, &r);
    if let Err(e) = r {
        if !vm.err_matches(e, ExcKind::SystemExit) {
            pyexec::print_exception(vm, e);
        }
    }
    reset
}
