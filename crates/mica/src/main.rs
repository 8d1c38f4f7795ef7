//! The host port: the `mica` command (scripts, `-c`, `-m`, a basic REPL, `-X heapsize=`).

#[allow(dead_code)] // used by `mica board`
mod flashfs;
mod port;

use std::io::Write;

use mica_core::compiler::Mode;
use mica_core::error::{ExcKind, PyErr};
use mica_core::value::Value;
use mica_core::vm::Vm;

struct Options {
    heap: usize,
    optimize: u8,
    inspect: bool,
    command: Option<String>,
    module: Option<String>,
    script: Option<String>,
    args: Vec<String>,
    gc_stress: bool,
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

fn usage() -> ! {
    eprintln!(
        "usage: mica [-c cmd | -m mod | file | -] [-i] [-O] [-v] [-X heapsize=N[K|M]] [args...]"
    );
    std::process::exit(2);
}

fn parse_args() -> Options {
    let mut o = Options {
        heap: 8 * 1024 * 1024,
        optimize: 0,
        inspect: false,
        command: None,
        module: None,
        script: None,
        args: Vec::new(),
        gc_stress: false,
    };
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < argv.len() {
        let a = &argv[i];
        match a.as_str() {
            "-c" => {
                o.command = Some(argv.get(i + 1).cloned().unwrap_or_else(|| usage()));
                o.args = argv[i + 2..].to_vec();
                return o;
            }
            "-m" => {
                o.module = Some(argv.get(i + 1).cloned().unwrap_or_else(|| usage()));
                o.args = argv[i + 2..].to_vec();
                return o;
            }
            "-i" => o.inspect = true,
            "-O" | "-OO" => o.optimize += 1,
            "-v" => {}
            "-h" | "--help" => usage(),
            "-X" => {
                i += 1;
                let x = argv.get(i).cloned().unwrap_or_else(|| usage());
                if let Some(v) = x.strip_prefix("heapsize=") {
                    o.heap = parse_size(v).unwrap_or_else(|| usage());
                } else if x == "gcstress" {
                    o.gc_stress = true;
                }
            }
            s if s.starts_with("-X") => {
                let x = &s[2..];
                if let Some(v) = x.strip_prefix("heapsize=") {
                    o.heap = parse_size(v).unwrap_or_else(|| usage());
                }
            }
            "-" => {
                o.script = Some(String::from("-"));
                o.args = argv[i + 1..].to_vec();
                return o;
            }
            s if s.starts_with('-') && s.len() > 1 => usage(),
            _ => {
                o.script = Some(a.clone());
                o.args = argv[i + 1..].to_vec();
                return o;
            }
        }
        i += 1;
    }
    o
}

/// Print an uncaught exception (or honour SystemExit); returns the exit status.
fn report(vm: &mut Vm, err: PyErr) -> i32 {
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

fn repl(vm: &mut Vm) -> i32 {
    let g = match vm.main_module_dict("<stdin>") {
        Ok(g) => g,
        Err(e) => return report(vm, e),
    };
    let stdin = std::io::stdin();
    let mut buf = String::new();
    loop {
        let prompt = if buf.is_empty() { ">>> " } else { "... " };
        vm.port.write_stdout(prompt.as_bytes());
        vm.port.flush_stdout();
        let mut line = String::new();
        match stdin.read_line(&mut line) {
            Ok(0) | Err(_) => {
                vm.port.write_stdout(b"\n");
                return 0;
            }
            Ok(_) => {}
        }
        let line = line.trim_end_matches(['\n', '\r']).to_string();
        if buf.is_empty() && line.trim().is_empty() {
            continue;
        }
        buf.push_str(&line);
        buf.push('\n');
        // A line ending in ':' opens a block, which an empty line closes.
        let needs_more = line.trim_end().ends_with(':');
        if needs_more || (buf.lines().count() > 1 && !line.trim().is_empty()) {
            continue;
        }
        let src = std::mem::take(&mut buf);
        let r = vm
            .compile_source(&src, "<stdin>", Mode::Single)
            .and_then(|code| vm.exec_code(code, g, Value::Obj(g)));
        if let Err(e) = r {
            if vm.err_matches(e, ExcKind::SystemExit) {
                return report(vm, e);
            }
            report(vm, e);
        }
        vm.port.flush_stdout();
    }
}

/// Smallest heap accepted: the runtime's own objects live outside the program's budget,
/// but a program needs a little room for its first objects.
const MIN_HEAP: usize = 2 * 1024;

fn run(o: Options) -> i32 {
    if o.heap < MIN_HEAP {
        eprintln!("mica: heap size too small (minimum {}K)", MIN_HEAP / 1024);
        return 2;
    }
    let mut vm = Vm::new(Box::new(port::HostPort::new()), o.heap);
    vm.optimize = o.optimize;
    vm.heap.stress = o.gc_stress;
    vm.heap.gc_pending = o.gc_stress;
    let status = if let Some(cmd) = &o.command {
        set_argv(&mut vm, "-c", &o.args);
        set_path(&mut vm, "");
        match vm.run_main(cmd, "<string>", None) {
            Ok(_) => 0,
            Err(e) => report(&mut vm, e),
        }
    } else if let Some(m) = &o.module {
        set_argv(&mut vm, m, &o.args);
        set_path(&mut vm, "");
        let path = format!("{}.py", m.replace('.', "/"));
        match std::fs::read_to_string(&path) {
            Ok(src) => match vm.run_main(&src, &path, None) {
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
        set_argv(&mut vm, script, &o.args);
        let (src, dir) = if script == "-" {
            let mut s = String::new();
            let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut s);
            (Ok(s), String::new())
        } else {
            let dir = std::path::Path::new(script)
                .parent()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            (std::fs::read_to_string(script), dir)
        };
        set_path(&mut vm, &dir);
        match src {
            Ok(src) => {
                match vm.run_main(&src, if script == "-" { "<stdin>" } else { script }, None) {
                    Ok(_) => 0,
                    Err(e) => report(&mut vm, e),
                }
            }
            Err(e) => {
                eprintln!(
                    "mica: can't open file '{script}': [Errno {}] {}",
                    e.raw_os_error().unwrap_or(2),
                    e
                );
                2
            }
        }
    } else {
        set_argv(&mut vm, "", &[]);
        set_path(&mut vm, "");
        vm.port
            .write_stdout(b"Mica 0.1.0; Python 3 on the host port\nUse Ctrl-D to exit\n");
        repl(&mut vm)
    };
    let status = if o.inspect && (o.command.is_some() || o.script.is_some()) {
        repl(&mut vm)
    } else {
        status
    };
    // MicroPython's `sys.atexit` function runs after the main script and the REPL.
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

fn main() {
    let o = parse_args();
    // A big native stack: nested native calls (sorting keys, __eq__, imports) recurse in Rust.
    let child = std::thread::Builder::new()
        .stack_size(256 * 1024 * 1024)
        .spawn(move || std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(o))));
    let status = match child.map(|h| h.join()) {
        Ok(Ok(Ok(s))) => s,
        _ => {
            let _ = std::io::stdout().flush();
            eprintln!("mica: internal error");
            70
        }
    };
    let _ = std::io::stdout().flush();
    std::process::exit(status);
}
