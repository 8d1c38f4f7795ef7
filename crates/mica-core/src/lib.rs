//! Mica's core: a compact Python 3 implementation that needs no operating system.
//!
//! The data path reads top to bottom: [`lexer`] -> [`parser`] -> [`ast`] -> [`compiler`]
//! -> [`bytecode`] -> [`vm`]. Values, the heap and the garbage collector live in
//! [`value`] and [`gc`]; every OS-facing service comes from the port through [`port`].
#![no_std]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

pub mod ast;
pub mod bytecode;
pub mod floatfmt;
pub mod formatspec;
pub mod intparse;
pub mod numhash;
pub mod percentfmt;
pub mod strmethods;
