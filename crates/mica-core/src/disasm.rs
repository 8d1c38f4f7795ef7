//! A human-readable listing of code objects, for debugging the compiler and the VM.
//!
//! Each instruction is printed with its index, source line (when it changes), and its
//! operand resolved to a constant, name, variable or jump target. Nested code objects
//! (functions, classes, comprehensions) are listed after their parent.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use crate::bytecode::{binop_from_u32, unaryop_from_u32, CodeObject, CompareKind, Const, Op};

/// Disassemble `code` and every code object nested in its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    let mut pending: Vec<&CodeObject> = Vec::new();
    pending.push(code);
    let mut first = true;
    while let Some(code) = pending.pop() {
        if !first {
            out.push('\n');
        }
        first = false;
        write_code(&mut out, code);
        for c in code.consts.iter().rev() {
            if let Const::Code(inner) = c {
                pending.push(inner);
            }
        }
    }
    out
}

fn write_code(out: &mut String, code: &CodeObject) {
    let _ = writeln!(
        out,
        "code {} ({}) {}:{} flags={:#x} args={} posonly={} kwonly={}",
        code.qualname,
        code.name,
        code.filename,
        code.first_line,
        code.flags.0,
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount
    );
    let lists = [
        ("varnames", &code.varnames),
        ("cellvars", &code.cellvars),
        ("freevars", &code.freevars),
        ("names", &code.names),
    ];
    for (label, list) in lists {
        if !list.is_empty() {
            let _ = writeln!(out, "  {}: {}", label, list.join(", "));
        }
    }
    if let Some(doc) = &code.doc {
        let _ = writeln!(out, "  doc: {:?}", doc);
    }
    let mut last_line = None;
    for (pc, op) in code.code.iter().enumerate() {
        let line = code.line_for(pc);
        let line_text = if last_line != Some(line) {
            last_line = Some(line);
            format!("{:>4}", line)
        } else {
            String::from("    ")
        };
        let _ = writeln!(out, "{} {:>5} {}", line_text, pc, format_op(code, *op));
    }
}

fn name(list: &[crate::bytecode::Text], i: u32) -> &str {
    list.get(i as usize).map_or("?", |s| s)
}

fn deref_name(code: &CodeObject, i: u32) -> &str {
    let i = i as usize;
    if i < code.cellvars.len() {
        &code.cellvars[i]
    } else {
        code.freevars
            .get(i - code.cellvars.len())
            .map_or("?", |s| s)
    }
}

/// One instruction with its operand explained.
pub fn format_op(code: &CodeObject, op: Op) -> String {
    let base = format!("{:?}", op);
    let note = match op {
        Op::LoadConst(i) => code.consts.get(i as usize).map(format_const),
        Op::LoadFast(i) | Op::StoreFast(i) | Op::DeleteFast(i) => {
            Some(String::from(name(&code.varnames, i)))
        }
        Op::LoadDeref(i)
        | Op::StoreDeref(i)
        | Op::DeleteDeref(i)
        | Op::LoadClosure(i)
        | Op::LoadClassDeref(i) => Some(String::from(deref_name(code, i))),
        Op::LoadName(i)
        | Op::StoreName(i)
        | Op::DeleteName(i)
        | Op::LoadGlobal(i)
        | Op::StoreGlobal(i)
        | Op::DeleteGlobal(i)
        | Op::LoadAttr(i)
        | Op::StoreAttr(i)
        | Op::DeleteAttr(i)
        | Op::LoadMethod(i)
        | Op::ImportName(i)
        | Op::ImportFrom(i) => Some(String::from(name(&code.names, i))),
        Op::BinaryOp(i) | Op::InplaceOp(i) => Some(format!("{:?}", binop_from_u32(i))),
        Op::UnaryOp(i) => Some(format!("{:?}", unaryop_from_u32(i))),
        Op::CompareOp(i) => Some(format!("{:?}", CompareKind::from_u32(i))),
        Op::UnpackEx(i) => Some(format!("before={} after={}", i & 0xff, i >> 8)),
        _ => None,
    };
    match note {
        Some(note) => format!("{:<24} ({})", base, note),
        None => base,
    }
}

fn format_const(value: &Const) -> String {
    match value {
        Const::None => String::from("None"),
        Const::True => String::from("True"),
        Const::False => String::from("False"),
        Const::Ellipsis => String::from("Ellipsis"),
        Const::Int(i) => format!("{}", i),
        Const::BigInt(digits) => String::from(&**digits),
        Const::Float(f) => format!("{:?}", f),
        Const::Complex { real, imag } => format!("({:?}+{:?}j)", real, imag),
        Const::Str(s) => format!("{:?}", s),
        Const::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Const::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(format_const).collect();
            if items.len() == 1 {
                format!("({},)", inner[0])
            } else {
                format!("({})", inner.join(", "))
            }
        }
        Const::Code(code) => format!("<code {}>", code.qualname),
    }
}
