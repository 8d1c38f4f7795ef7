//! Peak memory of compiling source files (see "Compiler" in `docs/architecture.md`):
//! the whole-module pipeline (tokens, syntax tree, symbol table, code of the whole
//! source at once) beside `compiler::compile_source` (one top-level statement at a
//! time), measured with a counting global allocator.
//!
//! ```sh
//! cargo run --release -p mica-core --example compile_memory -- bench/bm_*.py
//! ```

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use mica_core::stackguard::{StackGuard, DEFAULT_BUDGET};
use mica_core::{compiler, parser};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded to the system allocator unchanged; only counters are
// updated beside it.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(now, Relaxed);
        // SAFETY: the caller's contract is passed on.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        // SAFETY: the caller's contract is passed on.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Peak bytes allocated (beyond what was live before) while `f` runs.
fn peak_of<T>(f: impl FnOnce() -> T) -> (usize, T) {
    let base = LIVE.load(Relaxed);
    PEAK.store(base, Relaxed);
    let out = f();
    (PEAK.load(Relaxed) - base, out)
}

fn main() {
    println!(
        "{:<24} {:>7} {:>10} {:>10}",
        "file", "bytes", "whole", "statement"
    );
    for path in std::env::args().skip(1) {
        let source = std::fs::read_to_string(&path).expect("readable source");
        let guard = StackGuard::below_here(DEFAULT_BUDGET);
        let (whole, a) = peak_of(|| {
            parser::parse_with(&source, parser::Mode::Exec, usize::MAX, guard)
                .and_then(|m| compiler::compile_with(&m, "x", compiler::Mode::Exec, 0, guard))
        });
        let (stmt, b) = peak_of(|| {
            compiler::compile_source(&source, "x", compiler::Mode::Exec, 0, usize::MAX, guard)
        });
        assert_eq!(a.is_ok(), b.is_ok());
        let name = path.rsplit('/').next().unwrap_or(&path);
        println!(
            "{:<24} {:>7} {:>10} {:>10}",
            name,
            source.len(),
            whole,
            stmt
        );
    }
}
