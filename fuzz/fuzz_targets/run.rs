#![no_main]
//! `cargo +nightly fuzz run run`: see fuzz/src/lib.rs.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| mica_fuzz::run(data));
