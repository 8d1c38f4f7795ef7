//! Mica on QEMU's `mps2-an385` board (Cortex-M3): boot, then the REPL on UART0 for ever.
//!
//! Memory map (see `build.rs`): a fixed stack at the bottom of RAM, `.data`/`.bss`, then
//! the Python heap region. Every soft reset (Ctrl-D, `sys.exit()`, `machine.soft_reset()`)
//! drops the interpreter, which returns the whole region to the allocator, and makes a
//! fresh one.
#![no_std]
#![no_main]

mod bootopts;
mod clock;
mod heap;
mod port;
mod stack;
mod uart;

extern crate alloc;

use alloc::boxed::Box;
use alloc::format;

use cortex_m_rt::entry;
use mica_core::embed::{banner, Interpreter, Outcome, Repl, SOFT_REBOOT};

/// Bytes kept free below every charge, for what the heap budget does not see yet
/// (frames, the value stack, the compiler's working memory).
fn reserve(region: usize) -> usize {
    (region / 16).clamp(8 * 1024, 64 * 1024)
}

#[entry]
fn main() -> ! {
    stack::paint();
    let opts = bootopts::read();
    heap::init(opts.heap_limit.unwrap_or(usize::MAX));
    uart::init();
    let cp = cortex_m::Peripherals::take().unwrap();
    clock::init(cp.SYST);

    let mut repl = Repl::new(&banner(
        env!("MICA_BUILD_DATE"),
        "mps2-an385",
        &format!("Cortex-M3, {}K heap", heap::size() / 1024),
    ));
    let mut first = true;
    loop {
        if !first {
            uart::write_bytes(SOFT_REBOOT);
        }
        first = false;
        let outcome = {
            let mut py = Interpreter::new(Box::new(port::BoardPort::new()), heap::size());
            py.set_memory_probe(heap::usage, reserve(heap::size()));
            py.set_collect_hook(heap::collected);
            // boot.py and main.py when a filesystem provides them (none yet), then the
            // REPL until a soft reset.
            py.run_session(&mut repl)
        };
        if outcome == Outcome::Eof {
            cortex_m::peripheral::SCB::sys_reset();
        }
    }
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    // A bug in the firmware: say what happened and restart the board, so the REPL comes
    // back. Formatting needs no allocation (the heap may be what failed).
    let size = heap::size();
    let _ = core::fmt::write(
        &mut FaultUart,
        format_args!(
            "\r\nFATAL: {info}\r\n(heap: {} of {size} bytes in use, {} in the emergency pool)\r\n",
            heap::used(),
            heap::emergency_used(),
        ),
    );
    cortex_m::peripheral::SCB::sys_reset();
}

#[cortex_m_rt::exception]
unsafe fn HardFault(frame: &cortex_m_rt::ExceptionFrame) -> ! {
    // A fault (running off the bottom of the stack lands here: the stack sits at the
    // bottom of RAM, below it nothing is mapped). Report and restart the board.
    let _ = core::fmt::write(
        &mut FaultUart,
        format_args!("\r\nFATAL: HardFault at pc={:#010x}\r\n", frame.pc()),
    );
    cortex_m::peripheral::SCB::sys_reset();
}

struct FaultUart;

impl core::fmt::Write for FaultUart {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        uart::write_bytes(s.as_bytes());
        Ok(())
    }
}
