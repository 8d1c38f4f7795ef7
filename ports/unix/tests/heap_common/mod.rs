//! Shared by the heap cost tests: run a measuring program in a fresh `mica` with a 2 MiB
//! heap and read the numbers it prints (`gc.mem_alloc()` differences, the region's real
//! bytes).

use std::process::Command;

const MICA: &str = env!("CARGO_BIN_EXE_mica");

/// The whole numbers `program` prints, space- or line-separated. `what` names the
/// measure in failures: the program must succeed and print only numbers.
pub fn printed_numbers(program: &str, what: &str) -> Vec<usize> {
    let out = Command::new(MICA)
        .args(["-X", "heapsize=2M", "-c", program])
        .output()
        .expect("run mica");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{what}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let numbers: Option<Vec<usize>> = stdout.split_whitespace().map(|w| w.parse().ok()).collect();
    match numbers {
        Some(n) if !n.is_empty() => n,
        _ => panic!("{what}: unexpected output {stdout:?}"),
    }
}

/// The one whole number `program` prints (see [`printed_numbers`]).
pub fn printed_number(program: &str, what: &str) -> usize {
    match printed_numbers(program, what).as_slice() {
        &[n] => n,
        other => panic!("{what}: one number expected, got {other:?}"),
    }
}
