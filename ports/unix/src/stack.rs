//! The VM thread and its native stack limit.
//!
//! The interpreter runs on a thread of a known size (`-X stack=N`, [`DEFAULT_SIZE`]
//! without it) and tells the core where that stack ends, so running out of native
//! stack is a Python `RecursionError` (see `mica_core::stackguard`). The thread is
//! given [`SLACK`] more bytes than the VM may use, for the thread's own bookkeeping
//! (glibc carves the thread's TLS block and descriptor out of the requested size)
//! and the frames above the VM. The limit is `N` bytes below the stack pointer at
//! the top of the thread (raised to the lowest address actually mapped for the
//! thread, read from `/proc/self/maps` where there is one), plus the core's margin.
//! Every VM made on the thread reads the limit through `Port::stack_limit`.

use std::cell::Cell;
use std::thread::JoinHandle;

use mica_core::stackguard;

/// The VM thread's stack when no `-X stack=` is given. Only the pages the program
/// touches are ever committed.
pub const DEFAULT_SIZE: usize = 16 * 1024 * 1024;

/// Smallest `-X stack=` accepted: the margin plus room for the first few levels.
pub const MIN_SIZE: usize = stackguard::MARGIN + 8 * 1024;

/// What the thread gets beyond the VM's size (TLS block, thread descriptor, guard).
const SLACK: usize = 16 * 1024;

thread_local! {
    static LIMIT: Cell<Option<usize>> = const { Cell::new(None) };
}

/// The native stack limit of the current thread, if it was made by [`spawn`].
pub fn limit() -> Option<usize> {
    LIMIT.with(|l| l.get())
}

/// Run `f` on a new thread whose VMs may use `size` bytes of native stack.
pub fn spawn<F, T>(name: &str, size: usize, f: F) -> std::io::Result<JoinHandle<T>>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    std::thread::Builder::new()
        .name(name.into())
        .stack_size(size + SLACK)
        .spawn(move || {
            LIMIT.with(|l| l.set(Some(limit_below_here(size))));
            f()
        })
}

/// The limit for `size` bytes of stack below the caller.
#[inline(never)]
fn limit_below_here(size: usize) -> usize {
    let top = stackguard::stack_pointer();
    let lowest = top.saturating_sub(size);
    let lowest = match mapped_stack_bottom(top) {
        Some(mapped) => lowest.max(mapped),
        None => lowest,
    };
    stackguard::limit_from_lowest(lowest)
}

/// The start of the memory mapping holding address `sp` (the thread's stack), from
/// `/proc/self/maps`; `None` where that file does not exist.
fn mapped_stack_bottom(sp: usize) -> Option<usize> {
    let maps = std::fs::read_to_string("/proc/self/maps").ok()?;
    maps.lines().find_map(|line| {
        let range = line.split_whitespace().next()?;
        let (lo, hi) = range.split_once('-')?;
        let lo = usize::from_str_radix(lo, 16).ok()?;
        let hi = usize::from_str_radix(hi, 16).ok()?;
        (lo <= sp && sp < hi).then_some(lo)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thread_limit_is_within_the_thread_stack() {
        let size = 256 * 1024;
        let (top, lim) = spawn("t", size, move || (stackguard::stack_pointer(), limit()))
            .unwrap()
            .join()
            .unwrap();
        let lim = lim.unwrap();
        assert!(lim < top);
        assert!(top - lim <= size - stackguard::MARGIN + 4096);
        assert!(top - lim >= size / 2);
        assert_eq!(limit(), None);
    }
}
