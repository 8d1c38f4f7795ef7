//! What compiled code costs the heap once loaded (`objcode::Code`, see "Frozen modules"
//! in `docs/architecture.md`): `compile()` of fifty small functions, measured with
//! `gc.mem_alloc()` after `gc.collect()` on a 64-bit host (the region's real bytes).
//! The bound is the measure when it was set plus 10%, so that a regression fails here.
//! MicroPython's unix port takes 4,576 B for the same source.

mod heap_common;

/// Measured on 12-08: 26,432 B. (A script doing the same `compile()` measured 48,000 B
/// before loaded code dropped its text and its boxed compiler struct, 23,648 B after.)
const FIFTY_FUNCTIONS: usize = 26_432;

fn compile_cost(source: &str) -> usize {
    let code = format!(
        "import gc\nsrc = {source:?}\ngc.collect()\na = gc.mem_alloc()\n\
         c = compile(src, 'x', 'exec')\ngc.collect()\nprint(gc.mem_alloc() - a)"
    );
    heap_common::printed_number(&code, "compile()")
}

#[test]
fn fifty_small_functions_stay_within_their_bound() {
    let source: String = (0..50)
        .map(|i| format!("def f{i}(a, b):\n    return a\n"))
        .collect();
    let cost = compile_cost(&source);
    assert!(
        cost <= FIFTY_FUNCTIONS + FIFTY_FUNCTIONS / 10,
        "50 functions: {cost} B, measured {FIFTY_FUNCTIONS}"
    );
    // The code is really there: each function costs something.
    assert!(cost >= 50 * 64, "50 functions: only {cost} B");
}

/// Running a module's code with fresh globals (`exec(code, {})`) costs the functions it
/// defines, not the whole of `builtins` made into objects (measured on 12-08: 7,968 B
/// for fifty `def`s; 36,160 B when `exec` added the complete builtins dict).
#[test]
fn exec_with_fresh_globals_costs_what_it_defines() {
    const MEASURED: usize = 7_968;
    let code = "import gc\nS = ''.join('def f%d():\\n    pass\\n' % i for i in range(50))\n\
                c = compile(S, 'p', 'exec')\ng = {}\ngc.collect()\na = gc.mem_alloc()\n\
                exec(c, g)\ngc.collect()\nprint(gc.mem_alloc() - a, len(g))";
    let printed = heap_common::printed_numbers(code, "exec of 50 defs");
    let &[cost, names] = printed.as_slice() else {
        panic!("exec of 50 defs: a cost and a count expected, got {printed:?}");
    };
    assert_eq!(names, 51, "fifty functions and __builtins__");
    assert!(
        cost <= MEASURED + MEASURED / 10,
        "exec of 50 defs: {cost} B, measured {MEASURED}"
    );
}
