//! The host port: the `mica` command (scripts, `-c`, `-m`, the REPL, `-X heapsize=`).

mod board;
#[allow(dead_code)] // used by `mica board`
mod flashfs;
mod heap;
mod port;
mod repl;
mod sim;
mod stack;
mod stdin;

use std::io::Write;

use mica_core::error::{ExcKind, PyErr};
use mica_core::value::Value;
use mica_core::vm::Vm;

struct Options {
    heap: usize,
    optimize: u8,
    inspect: bool,
    /// `-v` given this many times: 1 prints the memory summary after the program, 2 also
    /// the bytecode listing of the main program before it runs (as MicroPython).
    verbose: u8,
    /// `-X compile-only`: compile the program, report syntax errors, run nothing.
    compile_only: bool,
    command: Option<String>,
    module: Option<String>,
    script: Option<String>,
    /// The program is standard input because no program was named (`sys.argv` is
    /// `['']`, as in CPython).
    implicit_stdin: bool,
    args: Vec<String>,
    gc_stress: bool,
    /// `-X stack=N`: the native stack the VM may use (see `stack.rs`).
    stack: usize,
    /// `--board FILE`: the simulated board's description (the default board without it).
    board: Option<String>,
    /// `--virtual-time`, `--trace FILE`, `--vcd FILE`.
    sim: sim::SimOptions,
}

fn parse_size(s: &str) -> Option<usize> {
    let s = s.trim();
    let (num, mult) = match s.chars().last()? {
        'k' | 'K' => (&s[..s.len() - 1], 1024),
        'm' | 'M' => (&s[..s.len() - 1], 1024 * 1024),
        'g' | 'G' => (&s[..s.len() - 1], 1024 * 1024 * 1024),
        _ => (s, 1),
    };
    num.parse::<usize>().ok()?.checked_mul(mult)
}

const USAGE: &str = "usage: mica [option] ... [-c cmd | -m mod | file | -] [args...]";

/// `-h`: the options, on standard output (exit status 0).
fn help() -> ! {
    println!(
        "{USAGE}\n\
         \x20      mica board [--pty | --listen HOST:PORT] [--flash FILE] [--heap N] [--board FILE.toml]\n\
         Options:\n\
         -c cmd   : run the program passed as a string (terminates the option list)\n\
         -m mod   : run a module as a script (terminates the option list)\n\
         file     : run the program in a file; - (or no argument with standard input\n\
         \x20          not a terminal): read the program from standard input\n\
         -h       : print this help message and exit (also --help)\n\
         -i       : enter the REPL after running the program (or with input not a terminal)\n\
         -O       : optimize (assert statements are removed); -OO the same\n\
         -v       : verbose: print a memory summary after the program; -v -v also lists\n\
         \x20          the main program's bytecode\n\
         --version: print the version and exit\n\
         Implementation-specific options (-X):\n\
         \x20 compile-only       -- compile the program only (report syntax errors)\n\
         \x20 heapsize=<n>[K|M|G] -- the heap size (default 64M)\n\
         \x20 stack=<n>[K|M|G]    -- the native stack the interpreter may use\n\
         \x20 gcstress           -- collect at every allocation check (for testing)\n\
         Simulated board: [--board FILE.toml] [--virtual-time] [--trace FILE] [--vcd FILE]"
    );
    std::process::exit(0);
}

/// A command line that cannot be run: what is wrong, on standard error, exit status 2
/// (as CPython).
fn bad_usage(what: &str) -> ! {
    eprintln!("mica: {what}\n{USAGE}\nTry `mica -h' for more information.");
    std::process::exit(2);
}

/// `--version`: the version line, as MicroPython's `micropython --version`.
fn version() -> ! {
    println!(
        "Mica {} on {}; {} [host] version",
        env!("CARGO_PKG_VERSION"),
        env!("MICA_BUILD_DATE"),
        std::env::consts::OS
    );
    std::process::exit(0);
}

fn parse_args() -> Options {
    let mut o = Options {
        heap: 64 * 1024 * 1024,
        optimize: 0,
        inspect: false,
        verbose: 0,
        compile_only: false,
        command: None,
        module: None,
        script: None,
        implicit_stdin: false,
        args: Vec::new(),
        gc_stress: false,
        stack: stack::DEFAULT_SIZE,
        board: None,
        sim: sim::SimOptions::default(),
    };
    let argv = args();
    let mut i = 0;
    while i < argv.len() {
        let a = &argv[i];
        match a.as_str() {
            "-c" => {
                let cmd = argv.get(i + 1).cloned();
                o.command =
                    Some(cmd.unwrap_or_else(|| bad_usage("argument expected for the -c option")));
                o.args = argv[i + 2..].to_vec();
                return o;
            }
            "-m" => {
                let m = argv.get(i + 1).cloned();
                o.module =
                    Some(m.unwrap_or_else(|| bad_usage("argument expected for the -m option")));
                o.args = argv[i + 2..].to_vec();
                return o;
            }
            "-i" => o.inspect = true,
            "-O" | "-OO" => o.optimize += 1,
            "-v" => o.verbose = o.verbose.saturating_add(1),
            s if s.len() > 2 && s.starts_with("-v") && s[1..].bytes().all(|b| b == b'v') => {
                o.verbose = o.verbose.saturating_add(s.len() as u8 - 1)
            }
            "-h" | "--help" => help(),
            "--version" => version(),
            "--virtual-time" => o.sim.virtual_time = true,
            "--board" | "--trace" | "--vcd" => {
                i += 1;
                let v = argv.get(i).cloned();
                let v = v.unwrap_or_else(|| bad_usage(&format!("argument expected for {a}")));
                sim_option(&mut o, a, v);
            }
            s if s.starts_with("--") && s.contains('=') => {
                let (k, v) = s.split_once('=').unwrap_or((s, ""));
                if !matches!(k, "--board" | "--trace" | "--vcd") {
                    bad_usage(&format!("unknown option {k}"));
                }
                sim_option(&mut o, k, v.to_string());
            }
            "-X" => {
                i += 1;
                let x = argv.get(i).cloned();
                let x = x.unwrap_or_else(|| bad_usage("argument expected for the -X option"));
                x_option(&mut o, &x);
            }
            s if s.starts_with("-X") => x_option(&mut o, &s[2..]),
            "-" => {
                o.script = Some(String::from("-"));
                o.args = argv[i + 1..].to_vec();
                return o;
            }
            s if s.starts_with('-') && s.len() > 1 => bad_usage(&format!("unknown option {s}")),
            _ => {
                o.script = Some(a.clone());
                o.args = argv[i + 1..].to_vec();
                return o;
            }
        }
        i += 1;
    }
    // No program: standard input is the program when it is not a terminal (as CPython
    // and MicroPython), the REPL's input otherwise or with `-i`.
    if !o.inspect && !std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        o.script = Some(String::from("-"));
        o.implicit_stdin = true;
    }
    o
}

/// `-X heapsize=N`, `-X stack=N`, `-X gcstress`, `-X compile-only`; any other `-X`
/// option is an error, as in MicroPython.
fn x_option(o: &mut Options, x: &str) {
    let size = |key: &str, v: &str| {
        parse_size(v).unwrap_or_else(|| {
            bad_usage(&format!(
                "-X {key}: invalid size {v:?} (a number of bytes, optionally followed by K, M or G)"
            ))
        })
    };
    if let Some(v) = x.strip_prefix("heapsize=") {
        o.heap = size("heapsize", v);
    } else if let Some(v) = x.strip_prefix("stack=") {
        o.stack = size("stack", v);
    } else if x == "gcstress" {
        o.gc_stress = true;
    } else if x == "compile-only" {
        o.compile_only = true;
    } else {
        bad_usage(&format!("unknown -X option {x:?}"));
    }
}

fn sim_option(o: &mut Options, key: &str, value: String) {
    match key {
        "--board" => o.board = Some(value),
        "--trace" => o.sim.trace = Some(value.into()),
        _ => o.sim.vcd = Some(value.into()),
    }
}

/// Print an uncaught exception (or honour SystemExit); returns the exit status.
/// Take a reset the program asked for (`machine.reset()`, the watchdog, `soft_reset`);
/// true if there was one. The core already told the board of a hard reset; a soft one
/// is told here. The VM's handlers work again afterwards.
fn take_reset(vm: &mut Vm) -> bool {
    let hard = vm.take_reset_request().is_some();
    let soft = vm.take_soft_reset_request();
    if soft {
        if let Some(h) = vm.port.hal() {
            h.reset(mica_core::hal::ResetCause::Soft);
        }
    }
    hard || soft
}

fn report(vm: &mut Vm, err: PyErr) -> i32 {
    if take_reset(vm) {
        // The board is resetting: not an error.
        return 0;
    }
    if vm.err_matches(err, ExcKind::SystemExit) {
        let args = vm.exception_args(err.0);
        return match args.first() {
            None | Some(Value::None) => 0,
            Some(Value::Int(i)) => *i as i32,
            Some(Value::Bool(b)) => *b as i32,
            Some(&v) => {
                let s = vm.to_str_string(v).unwrap_or_default();
                vm.port.write_stderr(format!("{s}\n").as_bytes());
                1
            }
        };
    }
    let text = vm.format_exception(err);
    vm.port.write_stderr(text.as_bytes());
    // CPython exits as if killed by SIGINT (128 + 2) on an uncaught KeyboardInterrupt.
    if vm.err_matches(err, ExcKind::KeyboardInterrupt) {
        return 130;
    }
    1
}

fn set_argv(vm: &mut Vm, first: &str, rest: &[String]) {
    let mut items = Vec::new();
    for s in std::iter::once(first).chain(rest.iter().map(|s| s.as_str())) {
        if let Ok(v) = vm.new_str_from(s) {
            vm.temp_roots.push(v);
            items.push(v);
        }
    }
    if let Some(r) = vm.sys_argv.as_obj() {
        if let mica_core::object::Obj::List(l) = vm.heap.get_mut(r) {
            *l = items;
        }
    }
    vm.temp_roots.clear();
}

fn set_path(vm: &mut Vm, first: &str) {
    let mut dirs = vec![first.to_string()];
    if let Ok(p) = std::env::var("MICROPYPATH") {
        dirs.extend(p.split(':').filter(|s| !s.is_empty()).map(String::from));
    } else {
        dirs.push(String::from(".frozen"));
    }
    let mut items = Vec::new();
    for d in dirs {
        if let Ok(v) = vm.new_str_from(&d) {
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

/// Smallest heap accepted: the runtime's own objects live outside the program's budget,
/// but a program needs a little room for its first objects.
const MIN_HEAP: usize = 2 * 1024;

/// How many resets in a row (watchdog, `machine.reset()`) rerun the program before
/// `mica` gives up, so a program that always resets cannot loop forever.
const MAX_RESETS: u32 = 10;

fn run(o: Options) -> i32 {
    if o.heap < MIN_HEAP {
        eprintln!("mica: heap size too small (minimum {}K)", MIN_HEAP / 1024);
        return 2;
    }
    let board = match &o.board {
        Some(path) => sim::SimBoard::from_toml_file(path, &o.sim),
        None => sim::SimBoard::default_with(&o.sim),
    };
    let board = match board {
        Ok(b) => b,
        Err(e) => {
            eprintln!("mica: {e}");
            return 2;
        }
    };
    // A reset reruns the program from the start on a fresh VM and the same board, as a
    // device reruns main.py.
    let mut stdin_src = None;
    let mut resets = 0;
    let status = loop {
        let status = run_once(&o, board.clone(), &mut stdin_src);
        let Some(cause) = board.take_reset_request() else {
            break status;
        };
        if o.command.is_none() && o.module.is_none() && o.script.is_none() {
            break status;
        }
        resets += 1;
        if resets > MAX_RESETS {
            eprintln!("mica: the board reset {MAX_RESETS} times in a row; stopping");
            board.note("stopped after too many resets");
            break 1;
        }
        board.restart(cause);
    };
    if let Err(e) = board.finish() {
        eprintln!("mica: {e}");
    }
    status
}

/// Run the main program `src` (or with `-X compile-only` only compile it; with `-v -v`
/// list its bytecode first).
fn run_source(vm: &mut Vm, o: &Options, src: &str, filename: &str) -> Result<(), PyErr> {
    if o.compile_only || o.verbose >= 2 {
        if o.verbose >= 2 {
            // The compiler's own code object, nested ones included (loading moves the
            // constants and names into the runtime's tables).
            let compiled =
                mica_core::parser::parse(src, mica_core::parser::Mode::Exec).and_then(|m| {
                    mica_core::compiler::compile(
                        &m,
                        filename,
                        mica_core::compiler::Mode::Exec,
                        o.optimize,
                    )
                });
            if let Ok(code) = compiled {
                let listing = mica_core::disasm::disassemble(&code);
                vm.port.write_stdout(listing.as_bytes());
            }
        }
        vm.compile_source(src, filename, mica_core::compiler::Mode::Exec)?;
        if o.compile_only {
            return Ok(());
        }
    }
    vm.run_main(src, filename, None).map(|_| ())
}

/// `-v`: the memory summary after the program (`micropython.mem_info()`).
fn memory_summary(vm: &mut Vm) {
    let name = vm.interner.intern("micropython");
    let g = vm.main_module_dict("__main__").unwrap_or(vm.builtins);
    let r = vm
        .import_name(name, Value::None, Value::Int(0), g)
        .and_then(|m| {
            let f = vm.interner.intern("mem_info");
            vm.get_attr(m, f)
        })
        .and_then(|f| vm.call(f, &[]));
    if let Err(e) = r {
        report(vm, e);
    }
}

/// One run of the program (or REPL) on `board`, from a fresh VM.
fn run_once(o: &Options, board: sim::SimBoard, stdin_src: &mut Option<Vec<u8>>) -> i32 {
    let reset_board = board.clone();
    heap::leave();
    let mut vm = Vm::new(Box::new(port::HostPort::with_board(board)), o.heap);
    // Until this is dropped the thread allocates from the region (blocks are freed by
    // address, so the order of the drops does not matter).
    let _region = heap::run_in_region(&mut vm, o.heap);
    vm.optimize = o.optimize;
    vm.heap.stress = o.gc_stress;
    vm.heap.gc_pending = o.gc_stress;
    let status = if let Some(cmd) = &o.command {
        set_argv(&mut vm, "-c", &o.args);
        set_path(&mut vm, "");
        match run_source(&mut vm, o, cmd, "<string>") {
            Ok(_) => 0,
            Err(e) => report(&mut vm, e),
        }
    } else if let Some(m) = &o.module {
        set_argv(&mut vm, m, &o.args);
        set_path(&mut vm, "");
        let path = format!("{}.py", m.replace('.', "/"));
        match std::fs::read_to_string(&path) {
            Ok(src) => match run_source(&mut vm, o, &src, &path) {
                Ok(_) => 0,
                Err(e) => report(&mut vm, e),
            },
            Err(_) => {
                let mq = vm.interner.intern(m);
                let g = vm.main_module_dict("__main__").unwrap_or(vm.builtins);
                match vm.import_name(mq, Value::None, Value::Int(0), g) {
                    Ok(_) => 0,
                    Err(e) => report(&mut vm, e),
                }
            }
        }
    } else if let Some(script) = &o.script {
        set_argv(&mut vm, if o.implicit_stdin { "" } else { script }, &o.args);
        let (src, dir) = if script == "-" {
            let limit = vm.source_limit();
            let s = stdin_src.get_or_insert_with(|| stdin::read_to_end_limited(limit));
            (Ok((s.clone(), String::new())), String::new())
        } else {
            // As CPython, the script's directory goes on `sys.path` as an absolute path
            // (so imported modules' `__file__` is absolute); the script keeps its name as
            // given, as MicroPython shows it in tracebacks.
            let full = std::path::absolute(script)
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_else(|_| script.clone());
            let dir = std::path::Path::new(&full)
                .parent()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            // At most one byte past what may compile (see `Vm::source_limit`): a huge
            // file, or one without end, is a MemoryError, not memory outside the heap.
            let limit = vm.source_limit();
            (
                read_limited(script, limit).map(|s| (s, script.clone())),
                dir,
            )
        };
        set_path(&mut vm, &dir);
        match src {
            Ok((src, name)) => {
                let name = if script == "-" { "<stdin>" } else { &name };
                let full = match script.as_str() {
                    "-" => String::from("<stdin>"),
                    _ => std::path::absolute(script)
                        .map(|p| p.to_string_lossy().into_owned())
                        .unwrap_or_else(|_| script.clone()),
                };
                match script_text(&mut vm, src, name, &full) {
                    Ok(src) => match run_source(&mut vm, o, &src, name) {
                        Ok(_) => 0,
                        Err(e) => report(&mut vm, e),
                    },
                    Err(status) => status,
                }
            }
            Err(e) => {
                let full = std::path::absolute(script)
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_else(|_| script.clone());
                let text = e.to_string();
                let text = text.split(" (os error").next().unwrap_or("");
                eprintln!(
                    "mica: can't open file '{full}': [Errno {}] {text}",
                    e.raw_os_error().unwrap_or(2),
                );
                2
            }
        }
    } else {
        set_argv(&mut vm, "", &[]);
        set_path(&mut vm, "");
        repl::run(&mut vm, true)
    };
    take_reset(&mut vm);
    if reset_board.reset_pending() {
        // The board is resetting: no REPL, no atexit; the caller reruns the program.
        vm.port.flush_stdout();
        return status;
    }
    let status = if o.inspect && (o.command.is_some() || o.script.is_some()) {
        repl::run(&mut vm, false)
    } else {
        status
    };
    // MicroPython's `sys.atexit` function runs after the main script and the REPL.
    if o.verbose > 0 {
        memory_summary(&mut vm);
    }
    let status = match mica_core::modules::run_atexit(&mut vm) {
        Ok(()) => status,
        Err(e) => {
            let s = report(&mut vm, e);
            if status == 0 {
                s
            } else {
                status
            }
        }
    };
    vm.port.flush_stdout();
    status
}

/// The command line; arguments that are not UTF-8 are taken lossily rather than
/// aborting.
fn args() -> Vec<String> {
    std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect()
}

/// Whether one of the first two lines declares the source encoding (PEP 263).
fn declares_coding(src: &[u8]) -> bool {
    src.split(|&b| b == b'\n').take(2).any(|line| {
        let line = String::from_utf8_lossy(line);
        let Some(comment) = line.trim_start().strip_prefix('#') else {
            return false;
        };
        comment.contains("coding:") || comment.contains("coding=")
    })
}

/// The first `limit + 1` bytes of the file at `path` (more than `limit` means "too
/// big").
pub(crate) fn read_limited(path: &str, limit: usize) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut buf = Vec::new();
    std::fs::File::open(path)?
        .take(limit as u64 + 1)
        .read_to_end(&mut buf)?;
    Ok(buf)
}

/// The main script's text. Bytes that are not UTF-8 are CPython's `SyntaxError`: with
/// no encoding declared its "Non-UTF-8 code" line, otherwise the codec's complaint.
fn script_text(vm: &mut Vm, src: Vec<u8>, name: &str, full: &str) -> Result<String, i32> {
    if src.len() > vm.source_limit() {
        let e = vm.memory_error();
        return Err(report(vm, e));
    }
    let bad = mica_core::builtins::first_invalid_utf8(&src);
    if let (Some((line, at)), false) = (bad, declares_coding(&src)) {
        vm.port.flush_stdout();
        eprintln!(
            "SyntaxError: Non-UTF-8 code starting with '\\x{at:02x}' in file {full} on line \
             {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details"
        );
        return Err(1);
    }
    vm.decode_source(src, name).map_err(|e| report(vm, e))
}

fn main() {
    let argv = args();
    if argv.first().map(|s| s.as_str()) == Some("board") {
        std::process::exit(board::main(&argv[1..]));
    }
    let o = parse_args();
    if o.stack < stack::MIN_SIZE {
        eprintln!(
            "mica: stack size too small (minimum {}K)",
            stack::MIN_SIZE / 1024
        );
        std::process::exit(2);
    }
    port::install_interrupt_handler();
    // The VM runs on a thread of a known stack size, whose end it is told (`stack.rs`):
    // native recursion (nested containers, natives calling Python) deeper than that
    // stack allows raises RecursionError.
    let child = stack::spawn("mica", o.stack, move || {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(o)))
    });
    let status = match child.map(|h| h.join()) {
        Ok(Ok(Ok(s))) => s,
        _ => {
            let _ = std::io::stdout().flush();
            eprintln!("mica: internal error");
            70
        }
    };
    let _ = std::io::stdout().flush();
    report_peak_rss();
    std::process::exit(status);
}

/// With `MICA_HEAP_PEAK=<file>` set, append the heap region's peak use (bytes) to that
/// file at exit. With `MICA_PEAK_RSS=<file>` set, append this process's peak resident
/// memory (KiB, `VmHWM` on Linux) to that file at exit. For the reliability tests and the fuzzer:
/// `getrusage` of a child also counts its parent's memory from before `exec`.
fn report_peak_rss() {
    if let Some(path) = std::env::var_os("MICA_HEAP_PEAK") {
        if let Ok(mut f) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
        {
            let _ = writeln!(f, "{}", heap::peak());
        }
    }
    let Some(path) = std::env::var_os("MICA_PEAK_RSS") else {
        return;
    };
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kib = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok());
    if let Some(kib) = kib {
        if let Ok(mut f) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
        {
            let _ = writeln!(f, "{kib}");
        }
    }
}
