//! `cargo run -p mica-freeze`: regenerate `crates/mica-core/src/modules/frozen_code.rs`
//! from `crates/mica-core/src/modules/frozen/*.py` (or check it with `--check`).

use std::process::ExitCode;

fn main() -> ExitCode {
    let check = std::env::args().any(|a| a == "--check");
    let out = mica_freeze::output_path();
    let text = match mica_freeze::generate(&mica_freeze::frozen_dir()) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("mica-freeze: {e}");
            return ExitCode::FAILURE;
        }
    };
    if check {
        let old = std::fs::read_to_string(&out).unwrap_or_default();
        if old != text {
            eprintln!("mica-freeze: {} is stale", out.display());
            return ExitCode::FAILURE;
        }
        return ExitCode::SUCCESS;
    }
    if let Err(e) = std::fs::write(&out, text) {
        eprintln!("mica-freeze: {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    println!("wrote {}", out.display());
    ExitCode::SUCCESS
}
