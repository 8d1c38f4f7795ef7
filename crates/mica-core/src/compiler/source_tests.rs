//! End-to-end tests from Python source (through the parser) to code objects: error
//! messages with their lines, and the deepest programs the parser accepts.

use alloc::format;
use alloc::string::String;

use super::{compile, disassemble, Mode};
use crate::bytecode::{CodeObject, Op};
use crate::parser;

fn compile_src(source: &str) -> Result<CodeObject, crate::ast::SyntaxError> {
    let module = parser::parse(source, parser::Mode::Exec)?;
    compile(&module, "<test>", Mode::Exec, 0)
}

fn ok(source: &str) -> CodeObject {
    match compile_src(source) {
        Ok(code) => code,
        Err(e) => panic!("SyntaxError {:?} for\n{}", e, source),
    }
}

fn error(source: &str) -> (String, u32) {
    match compile_src(source) {
        Ok(code) => panic!(
            "expected an error for\n{}\ngot\n{}",
            source,
            disassemble(&code)
        ),
        Err(e) => (e.msg, e.line),
    }
}

#[test]
fn scope_errors_carry_their_line() {
    let cases: &[(&str, &str, u32)] = &[
        ("x = 1\nreturn x\n", "'return' outside function", 2),
        ("class C:\n    yield 1\n", "'yield' outside function", 2),
        (
            "def f():\n    await x\n",
            "'await' outside async function",
            2,
        ),
        ("for x in y:\n    pass\nbreak\n", "'break' outside loop", 3),
        (
            "def f():\n    continue\n",
            "'continue' not properly in loop",
            2,
        ),
        (
            "nonlocal x\n",
            "nonlocal declaration not allowed at module level",
            1,
        ),
        (
            "def f():\n    def g():\n        nonlocal x\n",
            "no binding for nonlocal 'x' found",
            3,
        ),
        (
            "def f(a):\n    global a\n",
            "name 'a' is parameter and global",
            2,
        ),
        (
            "def f():\n    a = 1\n    global a\n",
            "name 'a' is assigned to before global declaration",
            3,
        ),
        (
            "def f():\n    print(a)\n    global a\n",
            "name 'a' is used prior to global declaration",
            3,
        ),
        (
            "async def f():\n    yield 1\n    return 2\n",
            "'return' with value in async generator",
            3,
        ),
        ("def f(__debug__): pass\n", "cannot assign to __debug__", 1),
        (
            "def f():\n    x = [(yield) for y in z]\n",
            "'yield' inside list comprehension",
            2,
        ),
        (
            "def f():\n    return [x async for x in y]\n",
            "asynchronous comprehension outside of an asynchronous function",
            2,
        ),
    ];
    for (source, msg, line) in cases {
        let (got_msg, got_line) = error(source);
        assert_eq!(
            (got_msg.as_str(), got_line),
            (*msg, *line),
            "for {:?}",
            source
        );
    }
}

#[test]
fn break_in_finally_handler_and_loops_compile() {
    ok("for i in x:\n    try:\n        pass\n    finally:\n        break\n");
    ok("while 1:\n    try:\n        continue\n    except E as e:\n        break\n    else:\n        return_ = 1\n");
    ok("def f():\n    with a as b, c:\n        for i in d:\n            try:\n                return i\n            finally:\n                return 2\n");
}

#[test]
fn walrus_in_comprehension_binds_in_the_function() {
    let code = ok("def f(xs):\n    ys = [last := x for x in xs]\n    return last\n");
    let f = match &code.consts[0] {
        crate::bytecode::Const::Code(f) => f.clone(),
        other => panic!("{:?}", other),
    };
    assert_eq!(f.cellvars, ["last"]);
    assert!(f.code.contains(&Op::LoadDeref(0)));
}

#[test]
fn the_deepest_parsable_programs_compile() {
    let depth = parser::MAX_AST_DEPTH - 10;
    let mut sources = alloc::vec::Vec::new();
    sources.push(format!("x = a{}\n", ".b".repeat(depth)));
    sources.push(format!("x = 1{}\n", " + 1".repeat(depth)));
    sources.push(format!("x = 2{}\n", " ** 2".repeat(depth)));
    let mut elif = String::from("if a:\n    pass\n");
    for _ in 0..depth {
        elif.push_str("elif a:\n    pass\n");
    }
    sources.push(elif);
    let nesting = parser::MAX_NESTING - 10;
    sources.push(format!(
        "x = {}1{}\n",
        "(".repeat(nesting),
        ")".repeat(nesting)
    ));
    sources.push(format!(
        "x = {}1{}\n",
        "[".repeat(nesting),
        "]".repeat(nesting)
    ));
    sources.push(format!("x = {}1\n", "lambda: ".repeat(nesting)));
    sources.push(format!("x = {}1\n", "not ".repeat(nesting)));
    let mut nested_defs = String::new();
    for level in 0..nesting / 2 {
        nested_defs.push_str(&"  ".repeat(level));
        nested_defs.push_str("def f():\n");
    }
    nested_defs.push_str(&"  ".repeat(nesting / 2));
    nested_defs.push_str("return x\n");
    sources.push(nested_defs);
    for source in &sources {
        if parser::parse(source, parser::Mode::Exec).is_ok() {
            ok(source);
        }
    }
}
