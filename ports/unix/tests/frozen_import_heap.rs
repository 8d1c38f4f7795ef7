//! Importing a frozen module (`modules/frozen/*.py`, run from the static code objects of
//! `modules/frozen_code.rs`) costs the heap little more than the module's own objects:
//! loading its code copies only a small struct per code object and interns nothing (see
//! "Frozen modules" in `docs/architecture.md`). Each bound is what the import cost when
//! it was set (the region's real bytes, `gc.mem_alloc()` after `gc.collect()`, on a
//! 64-bit host, dependencies included) plus a margin, so that a regression fails here.

mod heap_common;

/// `(module, bytes measured on 12-08)`: the bound is the measure plus 10% or
/// 2 KiB, whichever is more. The measure includes the built-in names the module's code
/// is the first to look up (made from the static `builtins` table on first use, see
/// "Start-up memory" in `docs/architecture.md`), up to ~3 KB. Before the code objects' info
/// moved behind a static reference and their names became build-time strings, `json`
/// cost 46,144 B, `re` 77,792, `collections` 100,256 and `asyncio` 299,264; before loaded
/// code became `objcode::Code` (12-08), 28,544, 49,568, 65,024 and 182,592.
const BOUNDS: &[(&str, usize)] = &[
    ("abc", 10_336),
    ("array", 27_232),
    ("asyncio", 164_128),
    ("binascii", 6_912),
    ("collections", 58_272),
    ("contextlib", 21_664),
    ("copy", 7_712),
    ("deflate", 12_352),
    ("functools", 21_280),
    ("heapq", 9_568),
    ("io", 27_968),
    ("itertools", 20_192),
    ("json", 26_848),
    ("machine", 88_608),
    ("os", 24_640),
    ("random", 21_088),
    ("re", 45_088),
    ("select", 11_712),
    ("string", 5_568),
    ("struct", 10_912),
    ("typing", 27_488),
    ("uctypes", 16_768),
    ("zlib", 6_720),
];

fn bound(measured: usize) -> usize {
    measured + (measured / 10).max(2048)
}

/// The heap bytes `import module` leaves allocated, in a fresh interpreter.
fn import_cost(module: &str) -> usize {
    let code = format!(
        "import gc\ngc.collect()\na = gc.mem_alloc()\nimport {module}\ngc.collect()\n\
         print(gc.mem_alloc() - a)"
    );
    heap_common::printed_number(&code, &format!("import {module}"))
}

#[test]
fn importing_a_frozen_module_costs_its_own_objects() {
    let mut over = Vec::new();
    for &(module, measured) in BOUNDS {
        let cost = import_cost(module);
        if cost > bound(measured) {
            over.push(format!(
                "{module}: {cost} B (bound {}, measured {measured})",
                bound(measured)
            ));
        }
    }
    assert!(over.is_empty(), "imports over their bound: {over:?}");
}

/// The measure is the same from run to run, so a bound tighter than the margin means
/// something.
#[test]
fn the_measure_is_deterministic() {
    assert_eq!(import_cost("json"), import_cost("json"));
}
