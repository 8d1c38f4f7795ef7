//! How much native stack the parser, the symbol table and the compiler need per level
//! of nesting (see "Native stack guard" in `docs/architecture.md`).
//!
//! ```sh
//! cargo run --release -p mica-core --example stack_depth
//! ```
//!
//! For each kind of nesting it finds the deepest source each phase accepts with 64 KiB
//! and with 128 KiB of stack (guards made with `StackGuard::below_here`), and prints
//! the bytes per level.

use mica_core::stackguard::{StackGuard, MARGIN};
use mica_core::{compiler, parser, symtable};

/// A kind of nesting: its name and the source nested `n` deep.
type Case = (&'static str, fn(usize) -> String);

const CASES: [Case; 7] = [
    ("brackets", |n| {
        format!("x = {}1{}\n", "(".repeat(n), ")".repeat(n))
    }),
    ("lists", |n| {
        format!("x = {}{}\n", "[".repeat(n), "]".repeat(n))
    }),
    ("calls", |n| {
        format!("x = {}1{}\n", "f(".repeat(n), ")".repeat(n))
    }),
    ("unary", |n| format!("x = {}1\n", "-".repeat(n))),
    ("lambdas", |n| format!("x = {}1\n", "lambda: ".repeat(n))),
    ("chain", |n| format!("x = 1{}\n", " + 1".repeat(n))),
    ("blocks", |n| {
        // The tokenizer stops at 100 indentation levels.
        let n = n.min(99);
        let mut s = String::new();
        for i in 0..n {
            s.push_str(&" ".repeat(i));
            s.push_str("if x:\n");
        }
        s.push_str(&" ".repeat(n));
        s.push_str("pass\n");
        s
    }),
];

/// Whether `src` gets through `phase` (0 parse, 1 symbol table, 2 compile) with
/// `budget` bytes of stack below here.
#[inline(never)]
fn fits(src: &str, phase: u8, budget: usize) -> bool {
    let guard = StackGuard::below_here(budget);
    let Ok(module) = parser::parse_with(src, parser::Mode::Exec, usize::MAX, guard) else {
        return false;
    };
    match phase {
        0 => true,
        1 => symtable::build_with(&module, guard).is_ok(),
        _ => compiler::compile_with(&module, "x", compiler::Mode::Exec, 0, guard).is_ok(),
    }
}

fn deepest(make: fn(usize) -> String, phase: u8, budget: usize) -> usize {
    let (mut lo, mut hi) = (0usize, 3000usize);
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if fits(&make(mid), phase, budget) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    lo
}

fn main() {
    let work = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(|| {
            for (name, make) in CASES {
                for (phase, what) in [(0, "parse"), (1, "symtable"), (2, "compile")] {
                    let a = deepest(make, phase, MARGIN + (64 << 10));
                    let b = deepest(make, phase, MARGIN + (128 << 10));
                    let per = match b.checked_sub(a) {
                        Some(d) if d > 0 => format!("{} bytes/level", (64 << 10) / d),
                        _ => String::from("not stack-bound"),
                    };
                    println!("{name:9} {what:8} 64K: {a:5} deep, 128K: {b:5} deep, {per}");
                }
            }
        })
        .expect("thread");
    work.join().expect("measurements");
}
