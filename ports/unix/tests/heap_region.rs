//! The host's heap is one region of `-X heapsize=` real bytes (`src/heap.rs`): what
//! the program allocates comes from it, `gc.mem_alloc() + gc.mem_free()` is its size,
//! running out is a `MemoryError` at every size, and the process's peak memory stays
//! within the region plus a fixed overhead whatever the program does.

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

const MICA: &str = env!("CARGO_BIN_EXE_mica");

struct Run {
    status: i32,
    /// Peak RSS in KiB (`MICA_PEAK_RSS`), -1 when not reported.
    peak_kib: i64,
    stdout: String,
    stderr: String,
}

fn run(heap: &str, code: &str) -> Run {
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::SeqCst);
    let peak: PathBuf =
        std::env::temp_dir().join(format!("mica-region-{}-{n}", std::process::id()));
    let _ = std::fs::remove_file(&peak);
    let out = Command::new(MICA)
        .args(["-X", &format!("heapsize={heap}"), "-c", code])
        .env("MICA_PEAK_RSS", &peak)
        .output()
        .expect("run mica");
    let peak_kib = std::fs::read_to_string(&peak)
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(-1);
    let _ = std::fs::remove_file(&peak);
    Run {
        status: out.status.code().unwrap_or(128),
        peak_kib,
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Peak RSS of an idle interpreter under `heap`: the highest of three runs, since the
/// pages the loader and the C library touch vary by a few hundred KiB from run to run
/// (6,100-6,650 KiB for `pass` on one machine; the CI run of 12-08 saw 5,964 KiB once).
fn idle_peak(heap: &str) -> i64 {
    (0..3).map(|_| run(heap, "pass").peak_kib).max().unwrap()
}

/// Runs `code`, and once more when its peak is over `limit`, keeping the lower peak:
/// a program whose memory grows with its input is over the limit both times, one that
/// met run-to-run noise is not.
fn run_within(heap: &str, code: &str, limit: i64) -> Run {
    let r = run(heap, code);
    if r.peak_kib <= limit {
        return r;
    }
    let again = run(heap, code);
    if again.peak_kib < r.peak_kib {
        again
    } else {
        r
    }
}

fn kib(heap: &str) -> i64 {
    let (n, unit) = heap.split_at(heap.len() - 1);
    n.parse::<i64>().unwrap() * if unit == "M" { 1024 } else { 1 }
}

/// The region's emergency pool (`heap::emergency_size`), in KiB.
fn emergency_kib(heap_kib: i64) -> i64 {
    (heap_kib / 8).clamp(32, 256)
}

/// Pages the process may touch besides the region: the interpreter's stack, the
/// allocator's and the C library's own bookkeeping, and the binary's own pages a
/// program touches that `pass` does not (frozen modules, the error path). Measured for
/// `struct.pack('2147483648x')` at 64K: 330-930 KiB over `pass` from run to run (the
/// CI run of 12-07 saw 928 KiB against a slack of 768).
const SLACK_KIB: i64 = 1024;

#[test]
fn alloc_plus_free_is_the_region_size() {
    let code = "import gc\n\
                s = set()\n\
                def note():\n    s.add(gc.mem_alloc() + gc.mem_free())\n\
                note()\n\
                x = [str(i) for i in range(2000)]\n\
                note()\n\
                d = {i: bytearray(i) for i in range(200)}\n\
                note()\n\
                del x, d\n\
                gc.collect()\n\
                note()\n\
                print(sorted(s))";
    for heap in ["256K", "1M", "8M"] {
        let r = run(heap, code);
        assert_eq!(r.status, 0, "{heap}: {}", r.stderr);
        assert_eq!(
            r.stdout.trim(),
            format!("[{}]", kib(heap) * 1024),
            "under {heap}"
        );
    }
}

/// A program that fills the heap gets `MemoryError` at every size, catches it, and
/// goes on; below what the program itself needs to compile, the `MemoryError` is the
/// uncaught one. Never a crash, and never memory beyond the region.
#[test]
fn filling_the_heap_is_a_memory_error_at_every_size() {
    let code = "l = []\n\
                n = 0\n\
                try:\n    while True:\n        l.append([n] * 8)\n        n += 1\n\
                except MemoryError:\n    l = None\n    print('MemoryError', n > 0)\n\
                print('after', sum(range(10)))";
    let mut sizes: Vec<String> = vec!["2K".into(), "4K".into(), "8K".into()];
    sizes.extend((16..=1024).step_by(48).map(|k| format!("{k}K")));
    sizes.push("1M".into());
    let base = idle_peak("1M");
    let mut caught = 0;
    for heap in &sizes {
        let limit = base + kib(heap) + emergency_kib(kib(heap)) + SLACK_KIB;
        let r = run_within(heap, code, limit);
        let ok = match r.status {
            0 => {
                caught += 1;
                r.stdout == "MemoryError True\nafter 45\n"
            }
            1 => r.stderr.contains("MemoryError"),
            _ => false,
        };
        assert!(
            ok && (0..=limit).contains(&r.peak_kib),
            "heap {heap}: status {}, peak {} KiB (limit {limit}), stdout {:?}, stderr {:?}",
            r.status,
            r.peak_kib,
            r.stdout,
            r.stderr
        );
    }
    assert!(caught >= sizes.len() - 4, "only {caught} sizes caught it");
}

/// Programs that ask for memory depending on their input stay within a 64 KiB region
/// (plus the fixed overhead of an idle interpreter).
#[test]
fn a_small_region_bounds_the_process() {
    let base = idle_peak("64K");
    let limit = base + 64 + emergency_kib(64) + SLACK_KIB;
    let cases = [
        "open('/dev/zero', 'rb').read()",
        "import struct; struct.pack('2147483648x')",
        "s = 'a' * 10**6",
        "s = 'a' * 10**4; s.split('a')",
        "l = []\nwhile True: l.append(l[:])",
        "b = bytearray(b'a')\nfor i in range(40): b += b",
        "d = {}\nwhile True: d = {'k': d, 'v': [d]}",
        "exec('x = [' + '1,' * 100000 + ']')",
        "import json; json.loads('[' * 1000 + ']' * 1000)",
    ];
    let mut failures = Vec::new();
    for code in cases {
        let r = run_within("64K", code, limit);
        let last = r.stderr.lines().last().unwrap_or("");
        if r.status >= 70 || r.peak_kib < 0 || r.peak_kib > limit || !last.contains("Error") {
            failures.push(format!(
                "{code:?}: status {}, peak {} KiB (limit {limit}), last line {last:?}",
                r.status, r.peak_kib
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `sum`, `min`, `max`, `math.fsum`, `math.prod`, `any`, `all` and `sorted` take their input one item
/// at a time: millions of items from a range or a generator pass through a 64 KiB heap.
#[test]
fn reductions_stream_their_input_in_a_small_heap() {
    let cases = [
        ("print(sum(range(10**7)))", "49999995000000"),
        ("print(sum(x for x in range(2 * 10**6)))", "1999999000000"),
        ("print(sum(range(10**6), 0.5))", "499999500000.5"),
        (
            "print(min(range(5, 3 * 10**6)), max(range(3 * 10**6)))",
            "5 2999999",
        ),
        (
            "print(min((x for x in range(10**6)), key=lambda x: -x))",
            "999999",
        ),
        (
            "print(max((x % 1000 for x in range(10**6)), default=None))",
            "999",
        ),
        (
            "import math\nprint(math.fsum(0.1 for _ in range(10**6)))",
            "100000.0",
        ),
        ("print(any(x < 0 for x in range(2 * 10**6)))", "False"),
        ("print(all(x >= 0 for x in range(2 * 10**6)))", "True"),
        ("print(any(x == 10**6 for x in range(10**18)))", "True"),
        (
            "print(sorted(x for x in range(10**6) if x % 20000 == 0)[-3:])",
            "[940000, 960000, 980000]",
        ),
        (
            "import math\nprint(math.prod(range(1, 3 * 10**6), start=0), math.prod(1.0 for _ in range(10**6)))",
            "0 1.0",
        ),
        // Native iterators over native functions run no bytecode: the reductions
        // collect between items, or their garbage would fill the heap.
        ("print(sum(map(len, map(str, range(10**5)))))", "488890"),
        (
            "print(min(map(str, range(10**5))), max(map(str, range(10**5)), key=len))",
            "0 10000",
        ),
        (
            "print(any(map(str.isalpha, map(str, range(10**5)))), all(map(str, range(10**5))))",
            "False True",
        ),
        (
            "import math\nprint(math.fsum(map(float, map(str, range(10**5)))))",
            "4999950000.0",
        ),
        (
            "print(sum(map(lambda b: b - 2**70, map(lambda i: 2**70 + i, range(10**5)))))",
            "4999950000",
        ),
        (
            "print(sorted(map(str, filter(lambda i: i % 10**4 == 0, range(10**5))))[-2:])",
            "['80000', '90000']",
        ),
    ];
    let mut failures = Vec::new();
    for (code, want) in cases {
        let r = run("64K", code);
        if r.status != 0 || r.stdout.trim_end() != want {
            failures.push(format!(
                "{code:?}: status {}, stdout {:?}, stderr {:?}",
                r.status, r.stdout, r.stderr
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A MemoryError's handler runs with the region usable again at every heap size (it
/// once found the region still marked full at 1 MiB: its first print failed).
#[test]
fn a_handler_after_a_fill_can_allocate() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/heap/");
    let code = std::fs::read_to_string(format!("{root}memory_handler_after_fill.py")).unwrap();
    let expected =
        std::fs::read_to_string(format!("{root}memory_handler_after_fill.py.exp")).unwrap();
    for heap in ["1M", "4M"] {
        let r = run(heap, &code);
        assert_eq!(r.stdout, expected, "heap {heap}: {}", r.stderr);
        assert_eq!(r.status, 0, "heap {heap}: {}", r.stderr);
    }
}

/// A module compiles one top-level statement at a time: the compiler's working memory
/// is that of its largest statement plus the module code object, not tokens, syntax
/// tree and symbol tables of the whole source. 3,000 small top-level statements (66 KB
/// of source) needed a 5,888 KiB heap when the whole source was tokenized, parsed and
/// analysed at once; statement by statement they compile and run in 1,482 KiB (most
/// of it the module's own code, names and the globals it makes). 3 MiB is between the
/// two with margin on both sides.
#[test]
fn a_long_module_compiles_in_the_memory_of_its_largest_statement() {
    let mut src = String::new();
    for i in 0..3000 {
        if i % 10 == 9 {
            src.push_str(&format!("def f{i}(a, b={i}):\n    return a + b * 2\n"));
        } else {
            src.push_str(&format!("x{i} = {i} * 2 + 1\n"));
        }
    }
    src.push_str(
        "total = 0\nfor i in range(3000):\n    if i % 10 == 9:\n        \
         total += globals()['f%d' % i](1)\n    else:\n        \
         total += globals()['x%d' % i]\nprint(total, x2998, f2999(0))\n",
    );
    // The same sums in Rust: x_i = 2i + 1, f_i(1) = 1 + 2i.
    let total: u64 = (0..3000u64).map(|i| 2 * i + 1).sum();
    let dir = std::env::temp_dir().join(format!("mica-long-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("long.py");
    std::fs::write(&path, &src).unwrap();
    let out = Command::new(MICA)
        .args(["-X", "heapsize=3M", path.to_str().unwrap()])
        .output()
        .expect("run mica");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("{total} 5997 5998\n"),
        "stderr {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success());
}

/// The lookup caches take at most a sixteenth of the region, and a collection that
/// leaves less than an eighth of it free shrinks them to their starting size for good
/// (`Vm::give_back_when_tight`): a program short of memory gets theirs. The program's
/// results do not change. The same collection gives back the value stack and frame list
/// that a deep recursion left behind.
#[test]
fn lookup_caches_give_way_to_the_program() {
    let code = "import gc, micropython\n\
                class P:\n    def __init__(self, i):\n        self.a = i; self.b = i + 1; self.c = i + 2\n    \
                def s(self):\n        return self.a + self.b + self.c\n\
                def work():\n    t = 0\n    for i in range(300):\n        p = P(i)\n        \
                t += p.s() + p.a + p.b + p.c + len(str(i)) + abs(i) + min(i, 3) + max(i, 2)\n    \
                return t\n\
                print(work())\n\
                def down(n):\n    return n if n == 0 else down(n - 1) + 1\n\
                print(down(200))\n\
                micropython.mem_info(2)\n\
                keep = []\n\
                try:\n    while True:\n        keep.append([0] * 64)\nexcept MemoryError:\n    pass\n\
                keep.pop()\n\
                gc.collect()\n\
                micropython.mem_info(2)\n\
                del keep[len(keep) // 2:]\n\
                gc.collect()\n\
                print(work())\n\
                micropython.mem_info(2)\n";
    let r = run("256K", code);
    assert_eq!(r.status, 0, "{}", r.stderr);
    let caches: Vec<usize> = r
        .stdout
        .lines()
        .filter_map(|l| l.trim().strip_prefix("lookup caches: 0 / "))
        .map(|l| l.trim_end_matches(" B").parse().unwrap())
        .collect();
    let results: Vec<&str> = r
        .stdout
        .lines()
        .filter(|l| l.parse::<u64>().is_ok())
        .collect();
    assert_eq!(results, ["362287", "200", "362287"], "{}", r.stdout);
    let stacks: Vec<usize> = r
        .stdout
        .lines()
        .filter_map(|l| l.trim().strip_prefix("value stack and frames: "))
        .map(|l| {
            l.split(" / ")
                .nth(1)
                .unwrap()
                .trim_end_matches(" B")
                .parse()
                .unwrap()
        })
        .collect();
    // The recursion's stack is given back by the collection that found the heap full.
    assert!(stacks[1] * 4 < stacks[0], "{stacks:?}");
    assert_eq!(caches.len(), 3, "{}", r.stdout);
    // 16 attribute sites, class-lookup and global-lookup entries on a 64-bit host.
    let start = 16 * 40 + 16 * 24 + 16 * 20;
    assert!(
        caches[0] > start && caches[0] <= 256 * 1024 / 16,
        "{caches:?}"
    );
    assert!(caches[1] <= start && caches[2] <= start, "{caches:?}");
}
