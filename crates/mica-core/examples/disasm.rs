//! Print the bytecode of a Python file: `cargo run -p mica-core --example disasm -- FILE [-O] [-P]`
//! (`-P`: after the peephole pass, as the VM runs it).

use mica_core::bytecode::{CodeObject, CodeRef, Const};
use mica_core::{compiler, parser, peephole};

/// Apply the peephole pass to `code` and every code object nested in its constants.
fn fuse_all(code: &mut CodeObject) {
    peephole::fuse(code);
    for c in code.consts.to_mut().iter_mut() {
        if let Const::Code(CodeRef::Owned(inner)) = c {
            fuse_all(std::rc::Rc::make_mut(inner));
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: disasm FILE [-O]");
        std::process::exit(2);
    };
    let optimize = u8::from(args.iter().any(|a| a == "-O"));
    let source = std::fs::read_to_string(path).expect("readable file");
    let result = parser::parse(&source, parser::Mode::Exec)
        .and_then(|module| compiler::compile(&module, path, compiler::Mode::Exec, optimize));
    match result {
        Ok(mut code) => {
            if args.iter().any(|a| a == "-P") {
                fuse_all(&mut code);
            }
            print!("{}", compiler::disassemble(&code))
        }
        Err(err) => {
            eprintln!("{}:{}: SyntaxError: {}", path, err.line, err.msg);
            std::process::exit(1);
        }
    }
}
