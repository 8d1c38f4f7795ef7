//! Mica's core: a compact Python 3 implementation that needs no operating system.
//!
//! The data path reads top to bottom: [`lexer`] -> [`parser`] -> [`ast`] -> [`compiler`]
//! -> [`bytecode`] -> [`vm`]. Values, the heap and the garbage collector live in
//! [`value`] and [`gc`]; every OS-facing service comes from the port through [`port`].
//!
//! To embed Mica in a Rust program or firmware, use the facade in [`embed`], re-exported
//! here: [`Interpreter`] (run code, call Python functions, serve the REPL), [`PyVal`]
//! (values crossing the boundary), [`NativeModule`] (modules written in Rust) and
//! [`Error`] (exceptions as Rust values). The other modules are the core's internals.
#![no_std]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

pub mod ast;
pub mod bytecode;
pub mod compiler;
pub mod disasm;
pub mod lexer;
pub mod linetable;
pub mod parser;
pub mod symtable;

pub mod floatfmt;
pub mod fmath;
pub mod formatspec;
pub mod intparse;
pub mod numhash;

pub mod asyncgen;
pub mod attr;
pub mod attrcache;
pub mod bigfast;
pub mod builtin_types;
pub mod builtins;
pub mod builtins_table;
pub mod bytearraytype;
pub mod bytesalgo;
pub mod bytesfmt;
pub mod bytestype;
pub mod caches;
pub mod compare;
pub mod console;
pub mod dicttype;
pub mod embed;
pub mod errnomod;
pub mod error;
pub mod exctype;
pub mod fileio;
pub mod gc;
pub mod gentype;
pub mod hal;
pub mod help;
pub mod import;
pub mod listsort;
pub mod listtype;
pub mod memoryview;
pub mod memreport;
pub mod modules;
pub mod native_arity;
pub mod num_methods;
pub mod objbytes;
pub mod objcode;
pub mod objdict;
pub mod objdict_methods;
pub mod object;
pub mod objiter;
pub mod objrange;
pub mod objset;
pub mod objstr;
pub mod ops;
pub mod peephole;
pub mod percentfmt;
pub mod port;
pub mod pyexec;
pub mod qstr;
pub mod readline;
pub mod repl;
pub mod repr;
pub mod runtime;
pub mod seq_methods;
pub mod setorder;
pub mod settype;
pub mod slottable;
pub mod stackguard;
pub mod stdio;
pub mod strformat;
pub mod strmethods;
pub mod strtype;
pub mod subscr;
pub mod textcodec;
pub mod types;
pub mod value;
pub mod vm;

pub use embed::{
    Const, Context, Error, Interpreter, NativeFunction, NativeModule, PyVal, ScriptOutcome,
};
pub use port::Port;
