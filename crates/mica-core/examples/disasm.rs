//! Print the bytecode of a Python file: `cargo run -p mica-core --example disasm -- FILE [-O]`.

use mica_core::{compiler, parser};

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
        Ok(code) => print!("{}", compiler::disassemble(&code)),
        Err(err) => {
            eprintln!("{}:{}: SyntaxError: {}", path, err.line, err.msg);
            std::process::exit(1);
        }
    }
}
