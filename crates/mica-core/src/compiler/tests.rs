//! Unit tests for the symbol table and the emitted instruction sequences, on ASTs built
//! by hand (so they do not depend on the parser).

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::ToString;
use alloc::vec;
use alloc::vec::Vec;

use super::{compile, Mode};
use crate::ast;
use crate::ast::*;
use crate::bytecode::{CodeFlags, CodeObject, CompareKind, Const, Op};
use crate::symtable::{self, SymScope};

// ---- AST builders ----

fn ex(kind: ExprKind) -> Expr {
    Expr { line: 1, kind }
}

fn at(line: Line, mut expr: Expr) -> Expr {
    expr.line = line;
    expr
}

fn name(n: &str) -> Expr {
    ex(ExprKind::Name(n.to_string().into()))
}

fn int(i: i64) -> Expr {
    ex(ExprKind::Constant(Constant::Int(i)))
}

fn string(s: &str) -> Expr {
    ex(ExprKind::Constant(Constant::Str(s.to_string().into())))
}

fn call(func: Expr, args: Vec<Expr>) -> Expr {
    ex(ExprKind::Call(Box::new(ast::Call {
        func,
        args,
        keywords: vec![],
    })))
}

fn call_kw(func: Expr, args: Vec<Expr>, keywords: Vec<(Option<&str>, Expr)>) -> Expr {
    ex(ExprKind::Call(Box::new(ast::Call {
        func,
        args,
        keywords: keywords
            .into_iter()
            .map(|(n, value)| Keyword {
                name: n.map(|s| s.to_string()),
                value,
            })
            .collect(),
    })))
}

fn attr(value: Expr, a: &str) -> Expr {
    ex(ExprKind::Attribute {
        value: Box::new(value),
        attr: a.to_string().into(),
    })
}

fn starred(value: Expr) -> Expr {
    ex(ExprKind::Starred(Box::new(value)))
}

fn tuple(elts: Vec<Expr>) -> Expr {
    ex(ExprKind::Tuple(elts))
}

fn st(kind: StmtKind) -> Stmt {
    Stmt { line: 1, kind }
}

fn line(line: Line, mut stmt: Stmt) -> Stmt {
    stmt.line = line;
    stmt
}

fn expr_stmt(e: Expr) -> Stmt {
    st(StmtKind::Expr(e))
}

fn assign(target: Expr, value: Expr) -> Stmt {
    st(StmtKind::Assign {
        targets: vec![target],
        value,
    })
}

fn ret(value: Option<Expr>) -> Stmt {
    st(StmtKind::Return(value))
}

fn def(n: &str, params: &[&str], body: Vec<Stmt>) -> Stmt {
    def_full(n, params, body, false)
}

fn def_full(n: &str, params: &[&str], body: Vec<Stmt>, is_async: bool) -> Stmt {
    let args = Arguments {
        args: params
            .iter()
            .map(|p| Arg {
                name: (*p).into(),
                annotation: None,
                line: 1,
            })
            .collect(),
        ..Arguments::default()
    };
    st(StmtKind::FunctionDef(Box::new(FunctionDef {
        name: n.to_string(),
        args,
        body,
        decorators: vec![],
        returns: None,
        is_async,
    })))
}

fn class(n: &str, body: Vec<Stmt>) -> Stmt {
    st(StmtKind::ClassDef(Box::new(ClassDef {
        name: n.to_string(),
        bases: vec![],
        keywords: vec![],
        body,
        decorators: vec![],
    })))
}

fn module(body: Vec<Stmt>) -> Module {
    Module { body }
}

// ---- helpers ----

fn compile_ok(body: Vec<Stmt>) -> CodeObject {
    match compile(&module(body), "<test>", Mode::Exec, 0) {
        Ok(code) => code,
        Err(e) => panic!("unexpected SyntaxError: {:?}", e),
    }
}

fn compile_err(body: Vec<Stmt>) -> SyntaxError {
    match compile(&module(body), "<test>", Mode::Exec, 0) {
        Ok(code) => panic!("expected an error, got\n{}", super::disassemble(&code)),
        Err(e) => e,
    }
}

/// The `i`-th nested code object among `code`'s constants.
fn inner(code: &CodeObject, i: usize) -> Rc<CodeObject> {
    code.consts
        .iter()
        .filter_map(|c| match c {
            Const::Code(code) => Some(code.to_rc()),
            _ => None,
        })
        .nth(i)
        .expect("nested code object")
}

fn contains_seq(code: &[Op], seq: &[Op]) -> bool {
    code.windows(seq.len()).any(|w| w == seq)
}

fn name_index(code: &CodeObject, n: &str) -> u32 {
    code.names.iter().position(|x| x == n).expect("name") as u32
}

// ---- symbol table ----

#[test]
fn symtable_classifies_locals_globals_cells_and_frees() {
    // x = 1
    // def f(a):
    //     global x
    //     b = a
    //     def g():
    //         return b + y
    //     return g
    let m = module(vec![
        assign(name("x"), int(1)),
        def(
            "f",
            &["a"],
            vec![
                st(StmtKind::Global(vec!["x".to_string()])),
                assign(name("b"), name("a")),
                def(
                    "g",
                    &[],
                    vec![ret(Some(ex(ExprKind::BinOp {
                        left: Box::new(name("b")),
                        op: BinOp::Add,
                        right: Box::new(name("y")),
                    })))],
                ),
                ret(Some(name("g"))),
            ],
        ),
    ]);
    let table = symtable::build(&m).unwrap();
    let f = &table.scopes[1];
    let g = &table.scopes[2];
    assert_eq!(f.name, "f");
    assert_eq!(f.lookup("x").unwrap().scope, SymScope::GlobalExplicit);
    assert_eq!(f.lookup("a").unwrap().scope, SymScope::Local);
    assert_eq!(f.lookup("b").unwrap().scope, SymScope::Cell);
    assert_eq!(f.lookup("g").unwrap().scope, SymScope::Local);
    assert_eq!(f.cellvars, vec!["b"]);
    assert_eq!(f.varnames, vec!["a", "g"]);
    assert_eq!(g.lookup("b").unwrap().scope, SymScope::Free);
    assert_eq!(g.lookup("y").unwrap().scope, SymScope::GlobalImplicit);
    assert_eq!(g.freevars, vec!["b"]);
}

#[test]
fn free_variables_pass_through_intermediate_scopes() {
    // def f():
    //     v = 1
    //     class C:
    //         def m(self): return v
    let m = module(vec![def(
        "f",
        &[],
        vec![
            assign(name("v"), int(1)),
            class("C", vec![def("m", &["self"], vec![ret(Some(name("v")))])]),
        ],
    )]);
    let table = symtable::build(&m).unwrap();
    assert_eq!(table.scopes[1].cellvars, vec!["v"]);
    assert_eq!(table.scopes[2].freevars, vec!["v"]);
    assert_eq!(table.scopes[3].freevars, vec!["v"]);
}

#[test]
fn nonlocal_errors() {
    let e = compile_err(vec![line(3, st(StmtKind::Nonlocal(vec!["x".into()])))]);
    assert_eq!(e.msg, "nonlocal declaration not allowed at module level");
    assert_eq!(e.line, 3);
    let e = compile_err(vec![def(
        "f",
        &[],
        vec![line(2, st(StmtKind::Nonlocal(vec!["x".into()])))],
    )]);
    assert_eq!(e.msg, "no binding for nonlocal 'x' found");
    assert_eq!(e.line, 2);
}

#[test]
fn global_declaration_errors() {
    let e = compile_err(vec![def(
        "f",
        &["a"],
        vec![st(StmtKind::Global(vec!["a".into()]))],
    )]);
    assert_eq!(e.msg, "name 'a' is parameter and global");
    let e = compile_err(vec![def(
        "f",
        &[],
        vec![
            assign(name("a"), int(1)),
            st(StmtKind::Global(vec!["a".into()])),
        ],
    )]);
    assert_eq!(e.msg, "name 'a' is assigned to before global declaration");
    let e = compile_err(vec![def(
        "f",
        &[],
        vec![expr_stmt(name("a")), st(StmtKind::Global(vec!["a".into()]))],
    )]);
    assert_eq!(e.msg, "name 'a' is used prior to global declaration");
}

#[test]
fn misplaced_statement_errors() {
    let e = compile_err(vec![line(4, ret(None))]);
    assert_eq!((e.msg.as_str(), e.line), ("'return' outside function", 4));
    let e = compile_err(vec![expr_stmt(ex(ExprKind::Yield(None)))]);
    assert_eq!(e.msg, "'yield' outside function");
    let e = compile_err(vec![line(2, st(StmtKind::Break))]);
    assert_eq!((e.msg.as_str(), e.line), ("'break' outside loop", 2));
    let e = compile_err(vec![st(StmtKind::Continue)]);
    assert_eq!(e.msg, "'continue' not properly in loop");
    let e = compile_err(vec![def(
        "f",
        &[],
        vec![expr_stmt(ex(ExprKind::Await(Box::new(name("x")))))],
    )]);
    assert_eq!(e.msg, "'await' outside async function");
    let e = compile_err(vec![assign(name("__debug__"), int(1))]);
    assert_eq!(e.msg, "cannot assign to __debug__");
    let e = compile_err(vec![def_full(
        "f",
        &[],
        vec![
            expr_stmt(ex(ExprKind::Yield(None))),
            line(3, ret(Some(int(1)))),
        ],
        true,
    )]);
    assert_eq!(
        (e.msg.as_str(), e.line),
        ("'return' with value in async generator", 3)
    );
}

#[test]
fn starred_assignment_errors() {
    let e = compile_err(vec![assign(starred(name("a")), name("b"))]);
    assert_eq!(
        e.msg,
        "starred assignment target must be in a list or tuple"
    );
    let e = compile_err(vec![assign(
        tuple(vec![starred(name("a")), starred(name("b"))]),
        name("c"),
    )]);
    assert_eq!(e.msg, "multiple starred expressions in assignment");
    let e = compile_err(vec![expr_stmt(starred(name("a")))]);
    assert_eq!(e.msg, "can't use starred expression here");
}

// ---- code generation ----

#[test]
fn closure_uses_cells_and_free_variables() {
    // def f(x):
    //     def g(): return x
    //     return g
    let code = compile_ok(vec![def(
        "f",
        &["x"],
        vec![
            def("g", &[], vec![ret(Some(name("x")))]),
            ret(Some(name("g"))),
        ],
    )]);
    let f = inner(&code, 0);
    assert_eq!(f.varnames, vec!["x", "g"]);
    assert_eq!(f.cellvars, vec!["x"]);
    assert_eq!(&f.code[..2], &[Op::LoadFast(0), Op::StoreDeref(0)]);
    assert!(contains_seq(
        &f.code,
        &[
            Op::LoadClosure(0),
            Op::BuildTuple(1),
            Op::LoadConst(0),
            Op::MakeFunction(8)
        ]
    ));
    let g = inner(&f, 0);
    assert_eq!(g.freevars, vec!["x"]);
    assert_eq!(g.qualname, "f.<locals>.g");
    assert_eq!(g.code, vec![Op::LoadDeref(0), Op::ReturnValue]);
}

#[test]
fn nonlocal_stores_through_the_cell() {
    // def f():
    //     n = 0
    //     def g():
    //         nonlocal n
    //         n += 1
    let code = compile_ok(vec![def(
        "f",
        &[],
        vec![
            assign(name("n"), int(0)),
            def(
                "g",
                &[],
                vec![
                    st(StmtKind::Nonlocal(vec!["n".into()])),
                    st(StmtKind::AugAssign(Box::new(ast::AugAssign {
                        target: name("n"),
                        op: BinOp::Add,
                        value: int(1),
                    }))),
                ],
            ),
        ],
    )]);
    let f = inner(&code, 0);
    assert_eq!(&f.code[..2], &[Op::LoadInt(0), Op::StoreDeref(0)]);
    let g = inner(&f, 0);
    assert_eq!(
        &g.code[..4],
        &[
            Op::LoadDeref(0),
            Op::LoadInt(1),
            Op::InplaceOp(BinOp::Add as u32),
            Op::StoreDeref(0)
        ]
    );
}

#[test]
fn try_except_follows_the_documented_pattern() {
    // try: a()
    // except E as n: b()
    // else: c()
    let code = compile_ok(vec![st(StmtKind::Try(Box::new(ast::Try {
        body: vec![expr_stmt(call(name("a"), vec![]))],
        handlers: vec![ExceptHandler {
            line: 2,
            typ: Some(name("E")),
            name: Some("n".into()),
            body: vec![expr_stmt(call(name("b"), vec![]))],
        }],
        orelse: vec![expr_stmt(call(name("c"), vec![]))],
        finalbody: vec![],
    })))]);
    let (a, b, c, e, n) = (
        name_index(&code, "a"),
        name_index(&code, "b"),
        name_index(&code, "c"),
        name_index(&code, "E"),
        name_index(&code, "n"),
    );
    let expected = vec![
        Op::SetupFinally(9),
        Op::LoadName(a),
        Op::CallFunction(0),
        Op::Pop,
        Op::PopBlock,
        Op::LoadName(c),
        Op::CallFunction(0),
        Op::Pop,
        Op::Jump(22),
        Op::DupTop, // 9: the handler
        Op::LoadName(e),
        Op::JumpIfNotExcMatch(21),
        Op::StoreName(n),
        Op::LoadName(b),
        Op::CallFunction(0),
        Op::Pop,
        Op::PopExcept,
        Op::LoadConst(0),
        Op::StoreName(n),
        Op::DeleteName(n),
        Op::Jump(22),
        Op::Reraise, // 21: no clause matched
        Op::LoadConst(0),
        Op::ReturnValue,
    ];
    assert_eq!(code.code, expected);
    assert_eq!(code.consts, vec![Const::None]);
}

#[test]
fn break_inside_try_finally_inlines_the_finally_body() {
    // while x:
    //     try:
    //         break
    //     finally:
    //         f()
    let code = compile_ok(vec![st(StmtKind::While(Box::new(ast::While {
        test: name("x"),
        body: vec![st(StmtKind::Try(Box::new(ast::Try {
            body: vec![st(StmtKind::Break)],
            handlers: vec![],
            orelse: vec![],
            finalbody: vec![expr_stmt(call(name("f"), vec![]))],
        })))],
        orelse: vec![],
    })))]);
    let (x, f) = (name_index(&code, "x"), name_index(&code, "f"));
    assert_eq!(
        code.code,
        vec![
            Op::LoadName(x), // 0: loop top
            Op::PopJumpIfFalse(18),
            Op::SetupFinally(13),
            Op::PopBlock, // `break` leaves the try body...
            Op::LoadName(f),
            Op::CallFunction(0),
            Op::Pop,
            Op::Jump(18), // ...and the loop
            Op::PopBlock, // normal end of the try body
            Op::LoadName(f),
            Op::CallFunction(0),
            Op::Pop,
            Op::Jump(17),
            Op::LoadName(f), // 13: exceptional path
            Op::CallFunction(0),
            Op::Pop,
            Op::Reraise,
            Op::Jump(0),      // 17: next iteration
            Op::LoadConst(0), // 18
            Op::ReturnValue,
        ]
    );
}

#[test]
fn return_inside_for_pops_the_iterator_via_a_hidden_local() {
    // def f():
    //     for i in x:
    //         return i
    let code = compile_ok(vec![def(
        "f",
        &[],
        vec![st(StmtKind::For(Box::new(ast::For {
            target: name("i"),
            iter: name("x"),
            body: vec![ret(Some(name("i")))],
            orelse: vec![],
            is_async: false,
        })))],
    )]);
    let f = inner(&code, 0);
    assert_eq!(f.varnames, vec!["i", ".retval"]);
    assert!(contains_seq(
        &f.code,
        &[
            Op::LoadFast(0),
            Op::StoreFast(1),
            Op::Pop,
            Op::LoadFast(1),
            Op::ReturnValue
        ]
    ));
}

#[test]
fn with_statement_pattern() {
    // with m as t: b()
    let code = compile_ok(vec![st(StmtKind::With(Box::new(ast::With {
        items: vec![WithItem {
            context_expr: name("m"),
            optional_vars: Some(name("t")),
        }],
        body: vec![expr_stmt(call(name("b"), vec![]))],
        is_async: false,
    })))]);
    let (m, t, b) = (
        name_index(&code, "m"),
        name_index(&code, "t"),
        name_index(&code, "b"),
    );
    assert_eq!(
        code.code,
        vec![
            Op::LoadName(m),
            Op::BeforeWith,
            Op::SetupFinally(14),
            Op::StoreName(t),
            Op::LoadName(b),
            Op::CallFunction(0),
            Op::Pop,
            Op::PopBlock,
            Op::LoadConst(0),
            Op::LoadConst(0),
            Op::LoadConst(0),
            Op::CallFunction(3),
            Op::Pop,
            Op::Jump(20),
            Op::WithExceptStart, // 14
            Op::PopJumpIfTrue(17),
            Op::Reraise,
            Op::PopExcept, // 17
            Op::Pop,
            Op::Pop,
            Op::LoadConst(0), // 20
            Op::ReturnValue,
        ]
    );
}

#[test]
fn for_loop_pattern() {
    // for i in x: f(i)
    // else: g()
    let code = compile_ok(vec![st(StmtKind::For(Box::new(ast::For {
        target: name("i"),
        iter: name("x"),
        body: vec![expr_stmt(call(name("f"), vec![name("i")]))],
        orelse: vec![expr_stmt(call(name("g"), vec![]))],
        is_async: false,
    })))]);
    let (x, i, f, g) = (
        name_index(&code, "x"),
        name_index(&code, "i"),
        name_index(&code, "f"),
        name_index(&code, "g"),
    );
    assert_eq!(
        code.code,
        vec![
            Op::LoadName(x),
            Op::GetIter,
            Op::ForIter(9),
            Op::StoreName(i),
            Op::LoadName(f),
            Op::LoadName(i),
            Op::CallFunction(1),
            Op::Pop,
            Op::Jump(2),
            Op::LoadName(g), // 9
            Op::CallFunction(0),
            Op::Pop,
            Op::LoadConst(0),
            Op::ReturnValue,
        ]
    );
}

#[test]
fn call_forms() {
    // f(a, b=1); o.m(1); o.m(k=2); f(*a, **k)
    let code = compile_ok(vec![
        expr_stmt(call_kw(
            name("f"),
            vec![name("a")],
            vec![(Some("b"), int(1))],
        )),
        expr_stmt(call(attr(name("o"), "m"), vec![int(1)])),
        expr_stmt(call_kw(
            attr(name("o"), "m"),
            vec![],
            vec![(Some("k"), int(2))],
        )),
        expr_stmt(call_kw(
            name("f"),
            vec![starred(name("a"))],
            vec![(None, name("k"))],
        )),
    ]);
    let (f, a, o, m, k) = (
        name_index(&code, "f"),
        name_index(&code, "a"),
        name_index(&code, "o"),
        name_index(&code, "m"),
        name_index(&code, "k"),
    );
    let names_b = code
        .consts
        .iter()
        .position(|c| *c == Const::Tuple(vec![Const::Str("b".into())].into()))
        .unwrap() as u32;
    let names_k = code
        .consts
        .iter()
        .position(|c| *c == Const::Tuple(vec![Const::Str("k".into())].into()))
        .unwrap() as u32;
    let none = code.consts.iter().position(|c| *c == Const::None).unwrap() as u32;
    assert_eq!(
        code.code,
        vec![
            Op::LoadName(f),
            Op::LoadName(a),
            Op::LoadInt(1),
            Op::LoadConst(names_b),
            Op::CallFunctionKw(2),
            Op::Pop,
            Op::LoadName(o),
            Op::LoadMethod(m),
            Op::LoadInt(1),
            Op::CallMethod(1),
            Op::Pop,
            Op::LoadName(o),
            Op::LoadMethod(m),
            Op::LoadInt(2),
            Op::LoadConst(names_k),
            Op::CallMethodKw(1),
            Op::Pop,
            Op::LoadName(f),
            Op::BuildList(0),
            Op::LoadName(a),
            Op::ListExtendCall,
            Op::ListToTuple,
            Op::BuildMap(0),
            Op::LoadName(k),
            Op::DictMerge(1),
            Op::CallFunctionEx(1),
            Op::Pop,
            Op::LoadConst(none),
            Op::ReturnValue,
        ]
    );
}

#[test]
fn constants_fold_and_deduplicate() {
    // x = -5; y = -2.5; z = (1, 2); w = 2**40; v = 2**40
    let neg = |e: Expr| {
        ex(ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand: Box::new(e),
        })
    };
    let code = compile_ok(vec![
        assign(name("x"), neg(int(5))),
        assign(name("y"), neg(ex(ExprKind::Constant(Constant::Float(2.5))))),
        assign(name("z"), tuple(vec![int(1), int(2)])),
        assign(name("w"), int(1 << 40)),
        assign(name("v"), int(1 << 40)),
        assign(name("u"), name("__debug__")),
    ]);
    assert_eq!(code.code[0], Op::LoadInt(-5));
    assert_eq!(
        code.consts,
        vec![
            Const::Float(-2.5),
            Const::Tuple(vec![Const::Int(1), Const::Int(2)].into()),
            Const::Int(1 << 40),
            Const::True,
            Const::None
        ]
    );
    assert_eq!(code.code[6], Op::LoadConst(2));
    assert_eq!(code.code[8], Op::LoadConst(2));
}

#[test]
fn chained_comparison_evaluates_middle_once() {
    let code = compile_ok(vec![expr_stmt(ex(ExprKind::Compare(Box::new(
        ast::Compare {
            left: name("a"),
            ops: vec![CmpOp::Lt, CmpOp::Lt],
            comparators: vec![name("b"), name("c")],
        },
    ))))]);
    assert_eq!(
        &code.code[..11],
        &[
            Op::LoadName(0),
            Op::LoadName(1),
            Op::DupTop,
            Op::RotThree,
            Op::CompareOp(CompareKind::Lt as u32),
            Op::JumpIfFalseOrPop(9),
            Op::LoadName(2),
            Op::CompareOp(CompareKind::Lt as u32),
            Op::Jump(11),
            Op::RotTwo,
            Op::Pop,
        ]
    );
}

#[test]
fn augmented_subscript_evaluates_target_once() {
    let code = compile_ok(vec![st(StmtKind::AugAssign(Box::new(ast::AugAssign {
        target: ex(ExprKind::Subscript {
            value: Box::new(name("a")),
            slice: Box::new(name("i")),
        }),
        op: BinOp::Mult,
        value: int(2),
    })))]);
    assert_eq!(
        &code.code[..8],
        &[
            Op::LoadName(0),
            Op::LoadName(1),
            Op::DupTop2,
            Op::BinarySubscr,
            Op::LoadInt(2),
            Op::InplaceOp(BinOp::Mult as u32),
            Op::RotThree,
            Op::StoreSubscr,
        ]
    );
}

#[test]
fn list_comprehension_is_a_nested_function() {
    // def f(y): return [x for x in y if x]
    let comp = ex(ExprKind::ListComp {
        elt: Box::new(name("x")),
        generators: vec![Comprehension {
            target: name("x"),
            iter: name("y"),
            ifs: vec![name("x")],
            is_async: false,
        }]
        .into(),
    });
    let code = compile_ok(vec![def("f", &["y"], vec![ret(Some(comp))])]);
    let f = inner(&code, 0);
    assert_eq!(
        &f.code[..6],
        &[
            Op::LoadConst(0),
            Op::MakeFunction(0),
            Op::LoadFast(0),
            Op::GetIter,
            Op::CallFunction(1),
            Op::ReturnValue
        ]
    );
    let c = inner(&f, 0);
    assert_eq!(c.name, "<listcomp>");
    assert_eq!(c.qualname, "f.<locals>.<listcomp>");
    assert_eq!(c.argcount, 1);
    assert_eq!(c.varnames, vec![".0", "x"]);
    assert_eq!(
        c.code,
        vec![
            Op::BuildList(0),
            Op::LoadFast(0),
            Op::ForIter(9),
            Op::StoreFast(1),
            Op::LoadFast(1),
            Op::PopJumpIfFalse(2),
            Op::LoadFast(1),
            Op::ListAppend(2),
            Op::Jump(2),
            Op::ReturnValue,
        ]
    );
}

#[test]
fn generator_expression_flags() {
    let genexp = ex(ExprKind::GeneratorExp {
        elt: Box::new(name("x")),
        generators: vec![Comprehension {
            target: name("x"),
            iter: name("y"),
            ifs: vec![],
            is_async: false,
        }]
        .into(),
    });
    let code = compile_ok(vec![expr_stmt(genexp)]);
    let g = inner(&code, 0);
    assert_eq!(g.name, "<genexpr>");
    assert!(g.flags.has(CodeFlags::GENERATOR));
    assert!(contains_seq(&g.code, &[Op::YieldValue, Op::Pop]));
}

#[test]
fn super_gives_the_class_a_class_cell() {
    // class C:
    //     def m(self): return super().m()
    let body = vec![def(
        "m",
        &["self"],
        vec![ret(Some(call(
            attr(call(name("super"), vec![]), "m"),
            vec![],
        )))],
    )];
    let code = compile_ok(vec![class("C", body)]);
    assert_eq!(
        &code.code[..4],
        &[
            Op::LoadBuildClass,
            Op::LoadConst(0),
            Op::MakeFunction(0),
            Op::LoadConst(1)
        ]
    );
    let c = inner(&code, 0);
    assert!(c.flags.has(CodeFlags::CLASS_BODY));
    assert_eq!(c.cellvars, vec!["__class__"]);
    assert_eq!(&c.names[..3], &["__name__", "__module__", "__qualname__"]);
    assert_eq!(
        &c.code[c.code.len() - 2..],
        &[Op::LoadClosure(0), Op::ReturnValue]
    );
    let m = inner(&c, 0);
    assert_eq!(m.qualname, "C.m");
    assert_eq!(m.freevars, vec!["__class__"]);
}

#[test]
fn async_function_flags_and_await() {
    let code = compile_ok(vec![def_full(
        "f",
        &[],
        vec![ret(Some(ex(ExprKind::Await(Box::new(name("x"))))))],
        true,
    )]);
    let f = inner(&code, 0);
    assert!(f.flags.has(CodeFlags::COROUTINE));
    assert_eq!(
        &f.code[..5],
        &[
            Op::LoadGlobal(0),
            Op::GetAwaitable,
            Op::LoadConst(0),
            Op::YieldFrom,
            Op::ReturnValue
        ]
    );
}

#[test]
fn modes() {
    let m = module(vec![expr_stmt(name("x"))]);
    let single = compile(&m, "<stdin>", Mode::Single, 0).unwrap();
    assert_eq!(
        single.code,
        vec![
            Op::LoadName(0),
            Op::PrintExpr,
            Op::LoadConst(0),
            Op::ReturnValue
        ]
    );
    let eval = compile(&m, "<string>", Mode::Eval, 0).unwrap();
    assert_eq!(eval.code, vec![Op::LoadName(0), Op::ReturnValue]);
    assert!(eval.flags.has(CodeFlags::MODULE));
}

#[test]
fn optimize_drops_asserts() {
    let m = module(vec![st(StmtKind::Assert(Box::new(ast::Assert {
        test: name("x"),
        msg: None,
    })))]);
    let plain = compile(&m, "<t>", Mode::Exec, 0).unwrap();
    assert!(plain.code.contains(&Op::LoadAssertionError));
    let optimized = compile(&m, "<t>", Mode::Exec, 1).unwrap();
    assert_eq!(optimized.code, vec![Op::LoadConst(0), Op::ReturnValue]);
}

#[test]
fn docstrings() {
    let code = compile_ok(vec![
        expr_stmt(string("module doc")),
        def("f", &[], vec![expr_stmt(string("f doc")), ret(None)]),
    ]);
    assert_eq!(&code.code[..2], &[Op::LoadConst(0), Op::StoreName(0)]);
    assert_eq!(code.names[0], "__doc__");
    assert_eq!(inner(&code, 0).doc.as_deref(), Some("f doc"));
}

#[test]
fn line_table_tracks_statements() {
    let code = compile_ok(vec![
        line(1, assign(name("a"), at(1, int(1)))),
        line(3, expr_stmt(at(3, call(at(3, name("f")), vec![])))),
    ]);
    assert_eq!(code.line_for(0), 1);
    assert_eq!(code.line_for(2), 3);
    assert_eq!(code.line_for(3), 3);
}

#[test]
fn unpacking_with_a_star() {
    let code = compile_ok(vec![assign(
        tuple(vec![name("a"), starred(name("b")), name("c")]),
        name("x"),
    )]);
    assert_eq!(code.code[1], Op::UnpackEx(1 | (1 << 8)));
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let mut e = int(1);
    for _ in 0..5000 {
        e = ex(ExprKind::UnaryOp {
            op: UnaryOp::Invert,
            operand: Box::new(e),
        });
    }
    let err = compile_err(vec![expr_stmt(e)]);
    assert!(err.too_deep, "{err:?}");
    // A long left-nested chain is compiled iteratively.
    let mut sum = name("a");
    for _ in 0..2000 {
        sum = ex(ExprKind::BinOp {
            left: Box::new(sum),
            op: BinOp::Add,
            right: Box::new(int(1)),
        });
    }
    compile_ok(vec![expr_stmt(sum)]);
}

#[test]
fn disassembler_lists_nested_code() {
    let code = compile_ok(vec![def("f", &["a"], vec![ret(Some(name("a")))])]);
    let text = super::disassemble(&code);
    assert!(text.contains("code <module>"));
    assert!(text.contains("code f (f)"));
    assert!(text.contains("LoadFast(0)"));
}
