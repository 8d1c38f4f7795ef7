//! Writes the board's memory map (`memory.x`) with the sizes chosen at build time.
//!
//! `mps2-an385` (ARM's AN385 FPGA image for the MPS2 board, as QEMU models it): 4 MiB of
//! SSRAM for code at 0x0000_0000 (the "flash") and 4 MiB of SSRAM for data at
//! 0x2000_0000. The data RAM is laid out, bottom up: the stack (fixed size, so running
//! past its bottom faults in unmapped memory rather than overwriting data), then
//! `.data`/`.bss`, then the Python heap region (a static array in `.uninit`, so start-up
//! does not spend time zeroing it).
//!
//! `MICA_HEAP_KB` sets the heap region (default 2048) and `MICA_STACK_KB` the stack
//! (default 64).
use std::env;
use std::fs;
use std::path::PathBuf;

fn main() {
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap());
    let kb = |name: &str, default: usize| -> usize {
        println!("cargo:rerun-if-env-changed={name}");
        env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let heap_kb = kb("MICA_HEAP_KB", 2048);
    let stack_kb = kb("MICA_STACK_KB", 64);
    assert!(
        heap_kb + stack_kb < 4000,
        "heap and stack must fit in 4 MiB of RAM"
    );
    let memory = format!(
        "MEMORY
{{
  FLASH : ORIGIN = 0x00000000, LENGTH = 4M
  STACK : ORIGIN = 0x20000000, LENGTH = {stack_kb}K
  RAM   : ORIGIN = 0x20000000 + {stack_kb}K, LENGTH = 4M - {stack_kb}K - 64
  BOOTOPTS : ORIGIN = 0x203FFFC0, LENGTH = 64
}}
_stack_start = ORIGIN(STACK) + LENGTH(STACK);
_stack_end = ORIGIN(STACK);
"
    );
    fs::write(out.join("memory.x"), memory).unwrap();
    fs::write(
        out.join("config.rs"),
        format!(
            "/// Bytes in the Python heap region.\npub const HEAP_BYTES: usize = {};\n\
             /// Bytes of stack.\npub const STACK_BYTES: usize = {};\n\
             /// Lowest stack address (the stack grows down towards it).\npub const STACK_BOTTOM: usize = 0x2000_0000;\n",
            heap_kb * 1024,
            stack_kb * 1024
        ),
    )
    .unwrap();
    println!("cargo:rustc-link-search={}", out.display());
    println!("cargo:rerun-if-changed=build.rs");
    // The build date for the banner (`SOURCE_DATE_EPOCH` for reproducible builds).
    let mut date = std::process::Command::new("date");
    date.arg("-u").arg("+%Y-%m-%d");
    if let Ok(epoch) = env::var("SOURCE_DATE_EPOCH") {
        date.arg("-d").arg(format!("@{epoch}"));
    }
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    let date = date
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "unknown date".into());
    println!("cargo:rustc-env=MICA_BUILD_DATE={date}");
}
