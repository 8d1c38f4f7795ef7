//! `mica board`: Mica as if it were a microcontroller behind a serial line, so host
//! tools (`mpremote`, terminal programs) can be used without hardware.
//!
//! One concern per file: `link.rs` (the shared line: input queue, Ctrl-C, output),
//! `pty.rs` and `tcp.rs` (the two transports), `port.rs` (the board's `Port`: the line
//! as console, the flash image as filesystem) and `runner.rs` (start-up scripts, the
//! REPL engine from `mica_core::pyexec`, soft resets, crash containment).

mod link;
mod port;
mod pty;
mod runner;
mod tcp;

use std::io::Write;
use std::sync::Arc;

use link::Link;

/// Where the line is served.
enum Transport {
    Pty,
    Listen(String),
}

pub struct Options {
    transport: Transport,
    pub flash: String,
    pub flash_size: u64,
    pub heap: usize,
    /// `--board FILE`: the simulated hardware behind `machine` (the default board without it).
    pub board: Option<String>,
    /// `--trace FILE`, `--vcd FILE` (the board runs in real time).
    pub sim: crate::sim::SimOptions,
}

/// The smallest heap a board accepts.
const MIN_HEAP: usize = 8 * 1024;

fn usage() -> i32 {
    eprintln!(
        "usage: mica board [--pty | --listen HOST:PORT] [--flash FILE] [--flash-size N[K|M]] \
         [--heap N[K|M]] [--board FILE.toml] [--trace FILE] [--vcd FILE]\n\
         \x20 --pty               serve the REPL on a new pseudo-terminal (default)\n\
         \x20 --listen HOST:PORT  serve it over TCP, one client at a time (port 0: any)\n\
         \x20 --flash FILE        the flash image holding the filesystem (default board.img,\n\
         \x20                     created and formatted on first use)\n\
         \x20 --flash-size N      its size when created (default 2M)\n\
         \x20 --heap N            the Python heap (default 1M)\n\
         \x20 --board FILE.toml   the simulated hardware `machine` drives (docs/board.md)\n\
         \x20 --trace FILE        write pin levels and bus transactions, one line each\n\
         \x20 --vcd FILE          write pin levels as a VCD file for GTKWave"
    );
    2
}

fn parse(args: &[String]) -> Option<Options> {
    let mut o = Options {
        transport: Transport::Pty,
        flash: String::from("board.img"),
        flash_size: crate::flashfs::DEFAULT_SIZE,
        heap: 1024 * 1024,
        board: None,
        sim: crate::sim::SimOptions::default(),
    };
    let mut i = 0;
    while i < args.len() {
        let value = |i: usize| args.get(i + 1).cloned();
        match args[i].as_str() {
            "--pty" => o.transport = Transport::Pty,
            "--listen" => {
                o.transport = Transport::Listen(value(i)?);
                i += 1;
            }
            "--flash" => {
                o.flash = value(i)?;
                i += 1;
            }
            "--flash-size" => {
                o.flash_size = crate::parse_size(&value(i)?)? as u64;
                i += 1;
            }
            "--heap" => {
                o.heap = crate::parse_size(&value(i)?)?;
                i += 1;
            }
            "--board" => {
                o.board = Some(value(i)?);
                i += 1;
            }
            "--trace" => {
                o.sim.trace = Some(value(i)?.into());
                i += 1;
            }
            "--vcd" => {
                o.sim.vcd = Some(value(i)?.into());
                i += 1;
            }
            _ => return None,
        }
        i += 1;
    }
    Some(o)
}

/// Run a board until the process is killed; returns the exit status on failure.
pub fn main(args: &[String]) -> i32 {
    let Some(o) = parse(args) else {
        return usage();
    };
    if o.heap < MIN_HEAP {
        eprintln!("mica board: heap too small (minimum {}K)", MIN_HEAP / 1024);
        return 2;
    }
    let board = match &o.board {
        Some(path) => crate::sim::SimBoard::from_toml_file(path, &o.sim),
        None => crate::sim::SimBoard::default_with(&o.sim),
    };
    let board = match board {
        Ok(b) => b,
        Err(e) => {
            eprintln!("mica board: {e}");
            return 2;
        }
    };
    let link = Arc::new(Link::new());
    // The VM thread opens the flash image (the filesystem is not Send) and reports
    // back before the line is announced.
    let (tx, rx) = std::sync::mpsc::channel::<Result<(), String>>();
    let vm_link = link.clone();
    let (flash, flash_size, heap) = (o.flash.clone(), o.flash_size, o.heap);
    let vm_thread = crate::stack::spawn("board-vm", crate::stack::DEFAULT_SIZE, move || {
        runner::run(vm_link, &flash, flash_size, heap, board, tx)
    });
    let vm_thread = match vm_thread {
        Ok(t) => t,
        Err(e) => {
            eprintln!("mica board: {e}");
            return 1;
        }
    };
    match rx.recv() {
        Ok(Ok(())) => {}
        Ok(Err(e)) => {
            eprintln!("mica board: {e}");
            return 1;
        }
        Err(_) => return 1,
    }
    let announced = match &o.transport {
        Transport::Pty => pty::open(link).map(|p| format!("mica board: pty {p}")),
        Transport::Listen(addr) => {
            tcp::listen(addr, link).map(|a| format!("mica board: listening on {a}"))
        }
    };
    match announced {
        Ok(line) => {
            println!("{line}");
            let _ = std::io::stdout().flush();
        }
        Err(e) => {
            eprintln!("mica board: {e}");
            return 1;
        }
    }
    let _ = vm_thread.join();
    0
}
