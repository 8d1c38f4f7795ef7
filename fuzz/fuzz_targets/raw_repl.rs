#![no_main]
//! `cargo +nightly fuzz run raw_repl`: see fuzz/src/lib.rs.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| mica_fuzz::raw_repl(data));
