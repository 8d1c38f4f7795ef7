//! The native stack guard: running out of Rust stack becomes a Python
//! `RecursionError` ("maximum recursion depth exceeded"), never an overflow.
//!
//! Python-to-Python calls do not recurse natively (they push a `Frame` in the running
//! dispatch loop), but some work does: native code calling Python (`Vm::call` and the
//! nested dispatch loop it runs), `repr`/`==`/`hash` of nested containers, `next()`
//! through chained `map`/`zip`/`filter`/`enumerate` objects, the parser, the symbol
//! table and the compiler on deeply nested source, the regular-expression compiler.
//! Each such recursion point compares the address of one of its locals (the stack
//! grows down) with a limit: one compare against a field, no `unsafe`.
//!
//! The limit comes from the port ([`crate::port::Port::stack_limit`], read when the
//! `Vm` is created) or from the embedder ([`crate::vm::Vm::set_stack_limit`]). It is the
//! lowest usable stack address plus [`MARGIN`], the room left for the native code that
//! runs between two checks (including raising the exception itself). Without one the
//! VM allows itself [`DEFAULT_BUDGET`] bytes below the point where it was created.
//!
//! Code that has no `Vm` at hand (the parser, the compiler) is handed a [`StackGuard`],
//! a copy of the VM's limit.

/// Bytes kept free below the limit: the deepest stretch of native code that runs
/// between two checks (a native method called from a check point, formatting and
/// raising the `RecursionError`, dropping what unwinding releases). Measured on the
/// host (see `docs/architecture.md`), with room to spare; unoptimised builds have
/// much bigger frames.
pub const MARGIN: usize = if cfg!(debug_assertions) {
    24 * 1024
} else {
    8 * 1024
};

/// The stack a `Vm` allows itself below the point where it was created when the
/// port gives no limit ([`crate::port::Port::stack_limit`] returns `None`) and the
/// embedder sets none; also what the parser and the compiler allow themselves when
/// called without a guard. With `std` (a hosted build) a quarter of the 2 MiB that
/// Rust gives a thread; without it, a small device's stack (a firmware should set
/// its real limit, see `Vm::set_stack_limit`).
pub const DEFAULT_BUDGET: usize = if cfg!(feature = "std") {
    512 * 1024
} else {
    32 * 1024
};

/// The current stack pointer, approximately: the address of a local of the caller
/// (this function is always inlined).
#[inline(always)]
pub fn stack_pointer() -> usize {
    let marker = 0u8;
    core::hint::black_box(&marker) as *const u8 as usize
}

/// The limit for a stack whose lowest usable address is `lowest`: `lowest + MARGIN`.
pub const fn limit_from_lowest(lowest: usize) -> usize {
    lowest.saturating_add(MARGIN)
}

/// The limit for a stack of `size` bytes whose highest address is about `top`
/// (`top` may be [`stack_pointer`] read where the stack starts, at the top of the
/// thread or of `main`).
pub const fn limit_from_size(top: usize, size: usize) -> usize {
    limit_from_lowest(top.saturating_sub(size))
}

/// A stack limit: native recursion stops (with `RecursionError`) once the stack
/// pointer reaches it. `Copy`, so the parser and the compiler carry the VM's limit.
///
/// For the parser and the compiler it may also carry a memory floor
/// ([`StackGuard::with_memory_floor`]): their syntax trees and tables are not charged to
/// the heap as they are built, so on a fixed heap region they check, at the same
/// recursion points, that the region still has the floor free.
#[derive(Clone, Copy, Debug)]
pub struct StackGuard {
    limit: usize,
    memory: Option<(crate::gc::MemoryProbe, usize)>,
}

impl StackGuard {
    /// A guard that stops at `limit` (an address; see [`limit_from_lowest`]).
    pub const fn with_limit(limit: usize) -> StackGuard {
        StackGuard {
            limit,
            memory: None,
        }
    }

    /// This guard, also reporting [`StackGuard::memory_low`] once `probe` says fewer
    /// than `floor` bytes are free.
    pub const fn with_memory_floor(self, probe: crate::gc::MemoryProbe, floor: usize) -> Self {
        StackGuard {
            limit: self.limit,
            memory: Some((probe, floor)),
        }
    }

    /// Whether the memory floor is reached (never without one).
    #[inline]
    pub fn memory_low(&self) -> bool {
        match self.memory {
            Some((probe, floor)) => {
                let (used, size) = probe();
                size.saturating_sub(used) < floor
            }
            None => false,
        }
    }

    /// A guard allowing `budget` bytes below the current stack pointer (the margin
    /// included: checks fail `budget - MARGIN` bytes below here).
    #[inline(never)]
    pub fn below_here(budget: usize) -> StackGuard {
        StackGuard::with_limit(limit_from_size(stack_pointer(), budget))
    }

    /// A guard that never fails (for tools that run on a big stack of their own).
    pub const fn unlimited() -> StackGuard {
        StackGuard::with_limit(0)
    }

    /// The limit address.
    pub const fn limit(&self) -> usize {
        self.limit
    }

    /// Bytes of stack left above the limit at the caller.
    #[inline(always)]
    pub fn remaining(&self) -> usize {
        stack_pointer().saturating_sub(self.limit)
    }

    /// Whether the caller has reached the limit.
    #[inline(always)]
    pub fn exhausted(&self) -> bool {
        stack_pointer() <= self.limit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stack_pointer_goes_down_in_callees() {
        #[inline(never)]
        fn deeper(depth: u32) -> usize {
            let pad = core::hint::black_box([0u8; 64]);
            if depth == 0 {
                stack_pointer() + pad[0] as usize
            } else {
                deeper(depth - 1)
            }
        }
        let here = stack_pointer();
        assert!(deeper(10) < here);
    }

    #[test]
    fn guard_fails_below_its_limit() {
        let g = StackGuard::below_here(MARGIN + 4096);
        assert!(!g.exhausted());
        assert!(g.remaining() > 0 && g.remaining() <= 4096 + 256);
        #[inline(never)]
        fn recurse(g: &StackGuard, n: u32) -> u32 {
            let pad = core::hint::black_box([0u8; 128]);
            if g.exhausted() {
                return n;
            }
            recurse(g, n + 1) + pad[0] as u32
        }
        let n = recurse(&g, 0);
        assert!(n > 0 && n < 4096 / 128 + 2, "{n}");
        assert!(StackGuard::with_limit(usize::MAX).exhausted());
        assert!(!StackGuard::unlimited().exhausted());
    }
}
