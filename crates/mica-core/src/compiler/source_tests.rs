//! End-to-end tests from Python source (through the parser) to code objects: error
//! messages with their lines, and the deepest programs the parser accepts.

use alloc::format;
use alloc::string::String;

use super::{compile, disassemble, Mode};
use crate::bytecode::{CodeObject, Op};
use crate::parser;

/// Compile `source` the whole-module way, checking that compiling it one top-level
/// statement at a time ([`super::compile_source`]) gives the same code or error.
fn compile_src(source: &str) -> Result<CodeObject, crate::ast::SyntaxError> {
    let whole = parser::parse(source, parser::Mode::Exec)
        .and_then(|module| compile(&module, "<test>", Mode::Exec, 0));
    let guard = crate::stackguard::StackGuard::below_here(crate::stackguard::DEFAULT_BUDGET);
    let streamed = super::compile_source(source, "<test>", Mode::Exec, 0, usize::MAX, guard);
    same_result(&whole, &streamed, source);
    whole
}

fn same_result(
    whole: &Result<CodeObject, crate::ast::SyntaxError>,
    streamed: &Result<CodeObject, crate::ast::SyntaxError>,
    source: &str,
) {
    match (whole, streamed) {
        (Ok(a), Ok(b)) => assert!(a == b, "different code for\n{source}"),
        (Err(a), Err(b)) => assert_eq!(
            (&a.msg, a.line, a.col, a.indentation, a.too_deep),
            (&b.msg, b.line, b.col, b.indentation, b.too_deep),
            "different errors for\n{source}"
        ),
        _ => panic!("whole {whole:?}\nstatement by statement {streamed:?}\nfor\n{source}"),
    }
}

/// Every Python file of the repository's tests, benchmarks and frozen modules compiles
/// to the same code (or error) statement by statement as whole.
#[test]
fn statement_by_statement_compiles_as_whole() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let mut files = std::vec::Vec::new();
    let mut dirs = std::vec![
        format!("{root}/tests"),
        format!("{root}/bench"),
        format!("{root}/crates/mica-core/src/modules/frozen"),
        format!("{root}/examples"),
    ];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path.to_string_lossy().into_owned());
            } else if path.extension().is_some_and(|e| e == "py") {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 100, "{} files", files.len());
    for path in files {
        let Ok(source) = std::fs::read_to_string(&path) else {
            continue;
        };
        if let Ok(code) = compile_src(&source) {
            assert_stays_inside(&code, &path.to_string_lossy());
        }
        // Each file also with CRLF line ends.
        let _ = compile_src(&source.replace('\n', "\r\n"));
    }
}

/// Running `code` (and its nested code objects) cannot leave its instructions: every
/// jump lands inside, and the last instruction does not go on to a next one (the
/// implicit `return None` is left out only where the body cannot reach it).
fn assert_stays_inside(code: &CodeObject, what: &str) {
    let n = code.code.len() as u32;
    for &op in code.code.iter() {
        if let Some(t) = crate::peephole::jump_target(op) {
            assert!(t < n, "{what}: {} jumps to {t} of {n}", code.qualname);
        }
    }
    assert!(
        matches!(
            code.code.last(),
            Some(Op::ReturnValue | Op::RaiseVarargs(_) | Op::Jump(_))
        ),
        "{what}: {} ends with {:?}",
        code.qualname,
        code.code.last()
    );
    for c in code.consts.iter() {
        if let crate::bytecode::Const::Code(inner) = c {
            assert_stays_inside(inner, what);
        }
    }
}

/// Bodies whose end is unreachable get no implicit `return None`; the others keep it.
#[test]
fn the_implicit_return_is_left_out_only_when_unreachable() {
    let cases = [
        ("def f(x):\n    return x\n", false),
        ("def f(x):\n    raise ValueError\n", false),
        ("def f(x):\n    if x:\n        return 1\n", true),
        (
            "def f(x):\n    if x:\n        return 1\n    else:\n        return 2\n",
            true,
        ),
        ("def f(x):\n    while True:\n        return 1\n", true),
        ("def f(x):\n    while x:\n        x -= 1\n", true),
        (
            "def f(x):\n    try:\n        return 1\n    finally:\n        x = 2\n",
            true,
        ),
        ("def f(x):\n    for i in x:\n        return i\n", true),
        ("def f(x):\n    pass\n", true),
    ];
    for (source, implicit) in cases {
        let module = compile_src(source).expect("compiles");
        let f = module
            .consts
            .iter()
            .find_map(|c| match c {
                crate::bytecode::Const::Code(f) => Some(f.clone()),
                _ => None,
            })
            .expect("a function");
        assert_stays_inside(&module, source);
        let tail = &f.code[f.code.len().saturating_sub(2)..];
        let has_implicit = matches!(tail, [Op::LoadConst(_), Op::ReturnValue])
            && f.consts.get(match tail[0] {
                Op::LoadConst(i) => i as usize,
                _ => usize::MAX,
            }) == Some(&crate::bytecode::Const::None);
        assert_eq!(has_implicit, implicit, "{source}: {:?}", f.code);
    }
}

/// Errors found by different passes in different statements: the whole-module
/// pipeline's (lexing, then parsing, then each symbol-table pass, then code
/// generation) is the one reported.
#[test]
fn statement_by_statement_reports_the_whole_module_error() {
    let cases = [
        "x = 1\nreturn 2\nx = (\n",
        "return 1\nx = )\n",
        "break\nreturn 1\n",
        "def f():\n    nonlocal q\nreturn 1\n",
        "break\ndef f():\n    nonlocal q\n",
        "x = 1\n  y = 2\n",
        "if x:\n    pass\n  else:\n    pass\n",
        "x = [1,\ny = 2\n",
        "x = 1\ny = 'abc\n",
        "x = $\ny = 'abc\n",
        "x = $\n\ty = 1\n        z = 2\n",
        "global x\nx = 1\nglobal x\n",
        "x = 1\nglobal x\n",
        "\"doc\"; x = 1\ndef f(): return __doc__\n",
        "\"doc\"\n\"not doc\"\n",
        "@dec\n\ndef f(): pass\nclass C:\n  x = 1\nelse: pass\n",
        "try:\n  pass\nexcept E:\n  pass\nx = 1\nfinally:\n  pass\n",
        "with (a as b, c):\n  pass\nwith (a, b) as c:\n  pass\nwith (yield):\n  pass\n",
        "x = 1\\\n+ 2\nif x:\n  y = 1\n\n# c\n    \nz = 3",
        "for x in y:\n  break\nelse:\n  continue\n",
        "x = f'{1 +}'\ny = 1\n",
        "x = 1\n\0",
        "",
        "\n\n# only a comment",
    ];
    for source in cases {
        let _ = compile_src(source);
    }
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
    assert_eq!(*f.cellvars, ["last"]);
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
    // On a stack big enough for the deepest of them (unoptimised frames are big),
    // everything the parser accepts compiles.
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let guard = crate::stackguard::StackGuard::below_here(250 << 20);
            for source in &sources {
                if let Ok(module) =
                    parser::parse_with(source, parser::Mode::Exec, usize::MAX, guard)
                {
                    let code = super::compile_with(&module, "<test>", Mode::Exec, 0, guard);
                    assert!(code.is_ok(), "{:?} for {source:.40}", code.err());
                }
            }
        })
        .unwrap()
        .join()
        .unwrap();
}

fn nested(code: &CodeObject, i: usize) -> alloc::rc::Rc<CodeObject> {
    code.consts
        .iter()
        .filter_map(|c| match c {
            crate::bytecode::Const::Code(code) => Some(code.to_rc()),
            _ => None,
        })
        .nth(i)
        .expect("nested code object")
}

#[test]
fn class_bodies_read_enclosing_function_variables_with_load_class_deref() {
    let code = ok("def f():\n    v = 1\n    class C:\n        w = v\n        def m(self): return v\n    return C\n");
    let f = nested(&code, 0);
    assert_eq!(*f.cellvars, ["v"]);
    let c = nested(&f, 0);
    assert_eq!(*c.freevars, ["v"]);
    assert!(c.code.contains(&Op::LoadClassDeref(0)));
    assert!(c.code.contains(&Op::LoadClosure(0)));
    let m = nested(&c, 0);
    assert_eq!(m.qualname, "f.<locals>.C.m");
    assert_eq!(m.code[0], Op::LoadDeref(0));
}

#[test]
fn try_finally_follows_the_documented_pattern() {
    let code = ok("try:\n    a\nfinally:\n    b\n");
    assert_eq!(
        *code.code,
        [
            Op::SetupFinally(7),
            Op::LoadName(0),
            Op::Pop,
            Op::PopBlock,
            Op::LoadName(1), // normal path: inline finally body
            Op::Pop,
            Op::Jump(10),
            Op::LoadName(1), // 7: exceptional path
            Op::Pop,
            Op::Reraise,
            Op::LoadConst(0), // 10
            Op::ReturnValue,
        ]
    );
}

#[test]
fn return_in_a_finally_handler_pops_the_exception() {
    let code = ok("def f():\n    try:\n        pass\n    finally:\n        return x\n");
    let f = nested(&code, 0);
    let text = disassemble(&f);
    assert!(
        f.code.windows(5).any(|w| w
            == [
                Op::StoreFast(0),
                Op::Pop,
                Op::PopExcept,
                Op::LoadFast(0),
                Op::ReturnValue
            ]),
        "{}",
        text
    );
}

#[test]
fn imports() {
    let code = ok("import a.b.c as d\nfrom .. import e as f\nfrom g import *\n");
    assert_eq!(
        code.code[..9],
        [
            Op::LoadInt(0),
            Op::LoadConst(0),
            Op::ImportName(0),
            Op::ImportFrom(1),
            Op::RotTwo,
            Op::Pop,
            Op::ImportFrom(2),
            Op::RotTwo,
            Op::Pop,
        ]
    );
    assert_eq!(code.names[..3], ["a.b.c", "b", "c"]);
    assert!(code.code.contains(&Op::ImportStar));
    assert!(code.code.contains(&Op::LoadInt(2)));
}

#[test]
fn single_mode_prints_nested_expression_statements() {
    let module = parser::parse("for i in x:\n    i\n\n", parser::Mode::Single).unwrap();
    let code = compile(&module, "<stdin>", Mode::Single, 0).unwrap();
    assert!(code.code.contains(&Op::PrintExpr));
}

#[test]
fn walrus_in_module_level_comprehension_is_global() {
    let code = ok("[y := x for x in z]\nprint(y)\n");
    let comp = nested(&code, 0);
    assert!(comp.code.iter().any(|op| matches!(op, Op::StoreGlobal(_))));
}
