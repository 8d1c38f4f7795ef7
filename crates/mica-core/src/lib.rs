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
pub mod lexer;
pub mod parser;
pub mod symtable;
pub mod compiler;
pub mod disasm;

pub mod floatfmt;
pub mod formatspec;
pub mod intparse;
pub mod numhash;

pub mod error;
pub mod gc;
pub mod object;
pub mod objdict;
pub mod port;
pub mod qstr;
pub mod runtime;
pub mod types;
pub mod value;
pub mod vm;
pub mod percentfmt;
pub mod strmethods;
pub mod builtins;
pub mod compare;
pub mod import;
pub mod modules;
pub mod objbytes;
pub mod objdict_methods;
pub mod objiter;
pub mod objrange;
pub mod objset;
pub mod objstr;
pub mod ops;
pub mod repr;
pub mod subscr;
pub mod builtin_types;
pub mod bytestype;
pub mod dicttype;
pub mod exctype;
pub mod gentype;
pub mod listtype;
pub mod settype;
pub mod strformat;
pub mod strtype;
