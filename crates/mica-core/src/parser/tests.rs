//! Parser tests: valid constructs and their AST shapes, CPython-style errors, and
//! a no-panic fuzz pass.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;

use super::{parse, Mode};
use crate::ast;
use crate::ast::*;
use crate::stackguard::StackGuard;

fn ok(src: &str) -> Vec<Stmt> {
    match parse(src, Mode::Exec) {
        Ok(m) => m.body,
        Err(e) => panic!("{src:?} failed: {e:?}"),
    }
}

fn err(src: &str) -> SyntaxError {
    match parse(src, Mode::Exec) {
        Ok(m) => panic!("{src:?} parsed: {m:?}"),
        Err(e) => e,
    }
}

fn eval(src: &str) -> ExprKind {
    match parse(src, Mode::Eval) {
        Ok(m) => match m.body.into_iter().next().map(|s| s.into_kind()) {
            Some(StmtKind::Expr(e)) => e.into_kind(),
            other => panic!("{src:?}: {other:?}"),
        },
        Err(e) => panic!("{src:?} failed: {e:?}"),
    }
}

fn name(s: &str) -> ExprKind {
    ExprKind::Name(s.to_string().into())
}

fn kinds(exprs: &[Expr]) -> Vec<&ExprKind> {
    exprs.iter().map(|e| &e.kind).collect()
}

fn int(v: i64) -> ExprKind {
    ExprKind::Constant(Constant::Int(v))
}

fn s(v: &str) -> ExprKind {
    ExprKind::Constant(Constant::Str(v.to_string().into()))
}

/// Programs that must parse; also the corpus for the fuzz test.
const VALID: &[&str] = &[
    "x = 1\n",
    "a = b = c\n",
    "a, *b = 1, 2, 3\n",
    "[a, b] = c\n",
    "(a, b), c = d\n",
    "x += 1\ny -= 2\nz **= 3\nw //= 4\nv @= m\nu >>= 1\nt <<= 2\ns %= 3\nr |= 1\nq &= 2\np ^= 3\n",
    "x: int = 3\n",
    "x: int\n",
    "a.b: str = 'x'\n",
    "a[0]: int = 1\n",
    "def f(a: int, b: str = 'x') -> str:\n    return a\n",
    "def f(a, b=1, *args, c, d=2, **kw): pass\n",
    "def f(a, /, b, *, c): pass\n",
    "def f(*, a=1, b): pass\n",
    "def f(a, b, /): pass\n",
    "async def f():\n    await x\n    async for a in b:\n        pass\n    async with a as b:\n        pass\n",
    "@dec\n@dec2(1)\ndef f(): pass\n",
    "@a.b.c\nclass A: pass\n",
    "@x[0]\nasync def f(): pass\n",
    "class A(B, metaclass=M):\n    x = 1\n    def m(self): return self\n",
    "class A(): pass\n",
    "class A: pass\n",
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass\n",
    "if x: y = 1; z = 2\n",
    "while x:\n    break\nelse:\n    continue\n",
    "for i in range(10):\n    pass\nelse:\n    pass\n",
    "for a, *b in c: pass\n",
    "for x in 1, 2, 3: pass\n",
    "try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nfinally:\n    pass\n",
    "with a as b, c as d:\n    pass\n",
    "with (a as b):\n    pass\n",
    "with (a as b, c as d,):\n    pass\n",
    "with (a, b) as c:\n    pass\n",
    "with (a):\n    pass\n",
    "with a, b: pass\n",
    "with a as (b, c): pass\n",
    "import a.b.c as d\n",
    "import a, b as c\n",
    "from . import x\n",
    "from ..a import (b, c,)\n",
    "from m import *\n",
    "from .a.b import c as d, e\n",
    "from ... import x\n",
    "from .... import x\n",
    "global a, b\n",
    "def f():\n    nonlocal a\n",
    "del a, b[1], c.d\n",
    "del (a, b), [c]\n",
    "assert x, 'msg'\n",
    "assert x\n",
    "raise X from Y\n",
    "raise\n",
    "raise X\n",
    "return\n",
    "return 1, *x\n",
    "yield\n",
    "x = yield y\n",
    "x = yield from y\n",
    "yield 1, *x\n",
    "f(*a, b, *c, k=1, **d)\n",
    "f(a, k=1, *b, **c, j=2)\n",
    "f(x for x in y)\n",
    "f(a)(b)(c)\n",
    "print(*args, sep='')\n",
    "lambda: 0\n",
    "lambda x, y=1, *a, z, w=2, **k: x\n",
    "lambda *, a: a\n",
    "lambda a, /, b: a\n",
    "x = a if b else c\n",
    "x = a < b <= c != d == e > f >= g\n",
    "x = a not in b\n",
    "x = a is not b\n",
    "x = not a and b or c\n",
    "if (n := len(a)) > 10: pass\n",
    "while (line := f()):\n    pass\n",
    "[y for x in a if (y := f(x))]\n",
    "[a, *b, c]\n",
    "{*a, *b}\n",
    "(*a, b)\n",
    "{'a': 1, **d, 'b': 2}\n",
    "{**a}\n",
    "[x for x in y for z in x if z if not x]\n",
    "{x for x in y}\n",
    "{k: v for k, v in items}\n",
    "(x for x in y)\n",
    "[[x for x in y] for y in z]\n",
    "[x async for x in y]\n",
    "a[1:2:3]\n",
    "a[::2]\n",
    "a[1:2, 3]\n",
    "a[...]\n",
    "a[:]\n",
    "a[1:]\n",
    "a[:, 1]\n",
    "a[1,]\n",
    "a[*b]\n",
    "x = 1,\n",
    "x = ()\n",
    "x = (1,)\n",
    "x = [1, 2,]\n",
    "x = {1: 2,}\n",
    "x = {1, 2,}\n",
    "x = 1; y = 2;\n",
    "pass\n",
    "x = -1 ** -2\n",
    "x = ~a + +b - -c\n",
    "x = a @ b | c ^ d & e << f >> g + h - i * j / k // l % m ** n\n",
    "x = await y\n",
    "x = a.b.c[d](e).f\n",
    "x = 'a' 'b' \"c\"\n",
    "x = b'a' b'b'\n",
    "x = f'a{b}c' 'd'\n",
    "x = f'{a!r:>{w}}'\n",
    "x = f'{x=}'\n",
    "x = f'{{}}{a}'\n",
    "x = f'''{\na\n}'''\n",
    "x = rf'\\{a}'\n",
    "x = 0x10 + 0o7 + 0b1 + 1_000 + 1.5e-3 + 2j + .5 + 1.\n",
    "x = ...\n",
    "x = None, True, False\n",
    "if x:\n    # comment\n\n    pass\n",
    "x = (1 +\n     2)\n",
    "x = 1 + \\\n    2\n",
    "def f():\n\tif x:\n\t\treturn 1\n\treturn 2\n",
    "class A:\n    @property\n    def x(self): return 1\n\n    @x.setter\n    def x(self, v): pass\n",
    "x = [\n    1,\n    2,\n]\n",
    "for x, in y: pass\n",
    "x = a[b][c]\n",
    "x = f(a)[b].c(d=e)\n",
    "print(f'{a}' f'{b}')\n",
    "x = lambda: (yield)\n",
    "def g():\n    x = yield\n    y = (yield 1)\n    await z\n",
    "x = [i for i in range(3)][0]\n",
    "a = b if c else lambda: d\n",
    "x = {**a, 'b': 1}\n",
    "x = not not a\n",
    "x = (a for b in c if d if e for f in g)\n",
    "é = 1\n",
    "_ = 0\n",
    "x = 'ünïcode'\n",
    "@dec\nclass C(A, B, **kw): pass\n",
    "if True:\n    pass\n# trailing comment",
    "x = 1",
    "",
    "\n\n\n",
    "# only a comment\n",
    "x = 1\r\ny = 2\r\n",
];

#[test]
fn valid_programs_parse() {
    for src in VALID {
        ok(src);
    }
}

#[test]
fn assignment_shapes() {
    let body = ok("a = b = 1\n");
    assert_eq!(body.len(), 1);
    match &body[0].kind {
        StmtKind::Assign { targets, value } => {
            assert_eq!(kinds(targets), vec![&name("a"), &name("b")]);
            assert_eq!(value.kind, int(1));
        }
        other => panic!("{other:?}"),
    }
    match &ok("a, *b = c\n")[0].kind {
        StmtKind::Assign { targets, .. } => match &targets[0].kind {
            ExprKind::Tuple(elts) => {
                assert_eq!(elts[0].kind, name("a"));
                assert!(matches!(elts[1].kind, ExprKind::Starred(_)));
            }
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
    match &ok("x: int = 3\n(y): int\n")[..] {
        [a, b] => {
            assert!(matches!(
                &a.kind,
                StmtKind::AnnAssign(x) if x.simple && x.value.is_some()
            ));
            assert!(matches!(
                &b.kind,
                StmtKind::AnnAssign(x) if !x.simple && x.value.is_none()
            ));
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        &ok("x //= 2\n")[0].kind,
        StmtKind::AugAssign(x) if x.op == BinOp::FloorDiv
    ));
}

#[test]
fn line_numbers() {
    let body = ok("x = 1\n\n# c\ny = (1,\n 2)\nif a:\n    z = 3\n");
    let lines: Vec<Line> = body.iter().map(|s| s.line).collect();
    assert_eq!(lines, vec![1, 4, 6]);
    match &body[2].kind {
        StmtKind::If(i) => assert_eq!(i.body[0].line, 7),
        other => panic!("{other:?}"),
    }
}

#[test]
fn operator_precedence() {
    // 1 + 2 * 3 ** -4
    match eval("1 + 2 * 3 ** -4") {
        ExprKind::BinOp {
            op: BinOp::Add,
            right,
            ..
        } => match right.into_kind() {
            ExprKind::BinOp {
                op: BinOp::Mult,
                right,
                ..
            } => match right.into_kind() {
                ExprKind::BinOp {
                    op: BinOp::Pow,
                    right,
                    ..
                } => assert!(matches!(
                    right.kind,
                    ExprKind::UnaryOp {
                        op: UnaryOp::USub,
                        ..
                    }
                )),
                other => panic!("{other:?}"),
            },
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
    // -x ** 2 is -(x ** 2)
    assert!(matches!(
        eval("-x ** 2"),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            ..
        }
    ));
    // a - b - c is (a - b) - c
    match eval("a - b - c") {
        ExprKind::BinOp { left, right, .. } => {
            assert!(matches!(left.kind, ExprKind::BinOp { .. }));
            assert_eq!(right.kind, name("c"));
        }
        other => panic!("{other:?}"),
    }
    // 2 ** 3 ** 2 is 2 ** (3 ** 2)
    match eval("2 ** 3 ** 2") {
        ExprKind::BinOp { left, right, .. } => {
            assert_eq!(left.kind, int(2));
            assert!(matches!(right.kind, ExprKind::BinOp { op: BinOp::Pow, .. }));
        }
        other => panic!("{other:?}"),
    }
    match eval("a | b ^ c & d << e") {
        ExprKind::BinOp { op, right, .. } => {
            assert_eq!(op, BinOp::BitOr);
            assert!(matches!(
                right.kind,
                ExprKind::BinOp {
                    op: BinOp::BitXor,
                    ..
                }
            ));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn comparisons_and_bool_ops() {
    match eval("a < b not in c is not d") {
        ExprKind::Compare(c) => {
            assert_eq!(c.ops, vec![CmpOp::Lt, CmpOp::NotIn, CmpOp::IsNot]);
            assert_eq!(c.comparators.len(), 3);
        }
        other => panic!("{other:?}"),
    }
    match eval("a or b and c or d") {
        ExprKind::BoolOp { op, values } => {
            assert_eq!(op, BoolOp::Or);
            assert_eq!(values.len(), 3);
            assert!(matches!(
                values[1].kind,
                ExprKind::BoolOp {
                    op: BoolOp::And,
                    ..
                }
            ));
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(eval("a if b else c"), ExprKind::IfExp { .. }));
    assert!(matches!(
        eval("not a"),
        ExprKind::UnaryOp {
            op: UnaryOp::Not,
            ..
        }
    ));
}

#[test]
fn calls() {
    match eval("f(*a, b, *c, k=1, **d)") {
        ExprKind::Call(c) => {
            let ast::Call { args, keywords, .. } = &*c;
            assert_eq!(args.len(), 3);
            assert!(matches!(args[0].kind, ExprKind::Starred(_)));
            assert_eq!(args[1].kind, name("b"));
            assert_eq!(keywords.len(), 2);
            assert_eq!(keywords[0].name.as_deref(), Some("k"));
            assert_eq!(keywords[1].name, None);
        }
        other => panic!("{other:?}"),
    }
    match eval("f(x for x in y)") {
        ExprKind::Call(c) => {
            assert!(matches!(c.args[0].kind, ExprKind::GeneratorExp { .. }))
        }
        other => panic!("{other:?}"),
    }
    match eval("f()") {
        ExprKind::Call(c) => assert!(c.args.is_empty() && c.keywords.is_empty()),
        other => panic!("{other:?}"),
    }
}

#[test]
fn subscripts() {
    match eval("a[1:2:3]") {
        ExprKind::Subscript { slice, .. } => assert!(matches!(
            slice.kind,
            ExprKind::Slice {
                lower: Some(_),
                upper: Some(_),
                step: Some(_)
            }
        )),
        other => panic!("{other:?}"),
    }
    match eval("a[::2]") {
        ExprKind::Subscript { slice, .. } => assert!(matches!(
            slice.kind,
            ExprKind::Slice {
                lower: None,
                upper: None,
                step: Some(_)
            }
        )),
        other => panic!("{other:?}"),
    }
    match eval("a[1:2, 3]") {
        ExprKind::Subscript { slice, .. } => match slice.into_kind() {
            ExprKind::Tuple(elts) => {
                assert!(matches!(elts[0].kind, ExprKind::Slice { .. }));
                assert_eq!(elts[1].kind, int(3));
            }
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
    match eval("a[...]") {
        ExprKind::Subscript { slice, .. } => {
            assert_eq!(slice.kind, ExprKind::Constant(Constant::Ellipsis))
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn displays_and_comprehensions() {
    assert_eq!(eval("()"), ExprKind::Tuple(vec![]));
    assert_eq!(eval("(1)"), int(1));
    assert!(matches!(eval("(1,)"), ExprKind::Tuple(v) if v.len() == 1));
    assert!(matches!(eval("1, 2"), ExprKind::Tuple(v) if v.len() == 2));
    assert!(matches!(eval("[]"), ExprKind::List(v) if v.is_empty()));
    assert!(matches!(eval("{}"), ExprKind::Dict(d) if d.keys.is_empty()));
    assert!(matches!(eval("{1}"), ExprKind::Set(v) if v.len() == 1));
    match eval("{'a': 1, **b}") {
        ExprKind::Dict(d) => {
            let ast::Dict { keys, values } = &*d;
            assert!(keys[0].is_some() && keys[1].is_none());
            assert_eq!(values.len(), 2);
        }
        other => panic!("{other:?}"),
    }
    match eval("[x for x in y if x for z in x]") {
        ExprKind::ListComp { generators, .. } => {
            assert_eq!(generators.len(), 2);
            assert_eq!(generators[0].ifs.len(), 1);
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        eval("{k: v for k, v in x}"),
        ExprKind::DictComp { .. }
    ));
    assert!(matches!(eval("{k for k in x}"), ExprKind::SetComp { .. }));
    assert!(matches!(
        eval("(k for k in x)"),
        ExprKind::GeneratorExp { .. }
    ));
    match eval("[y := 1, y]") {
        ExprKind::List(elts) => assert!(matches!(elts[0].kind, ExprKind::NamedExpr { .. })),
        other => panic!("{other:?}"),
    }
}

#[test]
fn literals() {
    assert_eq!(eval("'a' \"b\" '''c'''"), s("abc"));
    assert_eq!(
        eval("b'a' b'\\x00'"),
        ExprKind::Constant(Constant::Bytes(vec![b'a', 0].into()))
    );
    assert_eq!(
        eval("123456789012345678901234567890"),
        ExprKind::Constant(Constant::BigInt("123456789012345678901234567890".into()))
    );
    assert_eq!(eval("1.5"), ExprKind::Constant(Constant::Float(1.5)));
    assert_eq!(eval("3j"), ExprKind::Constant(Constant::Imag(3.0)));
    assert_eq!(eval("None"), ExprKind::Constant(Constant::None));
    assert_eq!(eval("..."), ExprKind::Constant(Constant::Ellipsis));
    assert_eq!(eval("r'\\n' u'x'"), s("\\nx"));
    assert_eq!(eval("'a\\\nb'"), s("ab"));
}

#[test]
fn fstrings() {
    match eval("f'a{b!r:>{w}}c'") {
        ExprKind::JoinedStr(parts) => {
            assert_eq!(parts.len(), 3);
            assert_eq!(parts[0].kind, s("a"));
            match &parts[1].kind {
                ExprKind::FormattedValue {
                    value,
                    conversion,
                    format_spec,
                } => {
                    assert_eq!(value.kind, name("b"));
                    assert_eq!(*conversion, Some('r'));
                    match &format_spec.as_ref().unwrap().kind {
                        ExprKind::JoinedStr(spec) => {
                            assert_eq!(spec[0].kind, s(">"));
                            assert!(matches!(spec[1].kind, ExprKind::FormattedValue { .. }));
                        }
                        other => panic!("{other:?}"),
                    }
                }
                other => panic!("{other:?}"),
            }
            assert_eq!(parts[2].kind, s("c"));
        }
        other => panic!("{other:?}"),
    }
    match eval("f'{x = }'") {
        ExprKind::JoinedStr(parts) => {
            assert_eq!(parts[0].kind, s("x = "));
            assert!(matches!(
                parts[1].kind,
                ExprKind::FormattedValue {
                    conversion: Some('r'),
                    format_spec: None,
                    ..
                }
            ));
        }
        other => panic!("{other:?}"),
    }
    match eval("f'{x=:.2f}'") {
        ExprKind::JoinedStr(parts) => {
            assert_eq!(parts[0].kind, s("x="));
            assert!(matches!(
                parts[1].kind,
                ExprKind::FormattedValue {
                    conversion: None,
                    format_spec: Some(_),
                    ..
                }
            ));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        eval("f'{{}}'"),
        ExprKind::JoinedStr(vec![Expr {
            line: 1,
            kind: s("{}")
        }])
    );
    match eval("'a' f'b{c}' 'd\\n'") {
        ExprKind::JoinedStr(parts) => {
            assert_eq!(parts[0].kind, s("ab"));
            assert_eq!(parts[2].kind, s("d\n"));
        }
        other => panic!("{other:?}"),
    }
    match eval("f'{a!=b}{c:=d}{e<=f}'") {
        ExprKind::JoinedStr(parts) => {
            assert_eq!(parts.len(), 3);
            assert!(
                matches!(&parts[0].kind, ExprKind::FormattedValue { value, .. } if matches!(value.kind, ExprKind::Compare { .. }))
            );
            assert!(
                matches!(&parts[1].kind, ExprKind::FormattedValue { value, format_spec: Some(_), .. } if value.kind == name("c"))
            );
        }
        other => panic!("{other:?}"),
    }
    match eval("f'{\"}\"}{ {1: 2}[1] }{(lambda: 1)()}{a, b}'") {
        ExprKind::JoinedStr(parts) => assert_eq!(parts.len(), 4),
        other => panic!("{other:?}"),
    }
    assert_eq!(eval("f''"), ExprKind::JoinedStr(vec![]));
    // Line numbers of f-string expressions inside triple-quoted strings.
    let e = err("x = 1\ny = f'''\n{\n a b}'''\n");
    assert_eq!(e.line, 4);
    assert!(e.msg.starts_with("f-string: "), "{e:?}");
}

#[test]
fn functions_and_params() {
    match &ok("def f(a, b=1, /, c=2, *d, e, f=3, **g) -> int: pass\n")[0].kind {
        StmtKind::FunctionDef(def) => {
            let args = &def.args;
            assert_eq!(args.posonlyargs.len(), 2);
            assert_eq!(args.args.len(), 1);
            assert_eq!(args.defaults.len(), 2);
            assert_eq!(&*args.vararg.as_ref().unwrap().name, "d");
            assert_eq!(args.kwonlyargs.len(), 2);
            assert_eq!(args.kw_defaults.len(), 2);
            assert!(args.kw_defaults[0].is_none() && args.kw_defaults[1].is_some());
            assert_eq!(&*args.kwarg.as_ref().unwrap().name, "g");
            assert!(def.returns.is_some());
        }
        other => panic!("{other:?}"),
    }
    match &ok("@a\n@b\nasync def f(): pass\n")[0] {
        Stmt {
            line,
            kind: StmtKind::FunctionDef(def),
        } => {
            assert_eq!(def.decorators.len(), 2);
            assert!(def.is_async);
            assert_eq!(*line, 3);
        }
        other => panic!("{other:?}"),
    }
    match eval("lambda x, *y, z=1, **w: x") {
        ExprKind::Lambda { args, .. } => {
            assert_eq!(args.args.len(), 1);
            assert!(args.vararg.is_some() && args.kwarg.is_some());
            assert_eq!(args.kwonlyargs.len(), 1);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn compound_statements() {
    match &ok("if a:\n    pass\nelif b:\n    pass\nelse:\n    x = 1\n")[0].kind {
        StmtKind::If(i) => match &i.orelse[0] {
            Stmt {
                line: 3,
                kind: StmtKind::If(i),
            } => assert_eq!(i.orelse.len(), 1),
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
    match &ok("try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept:\n    pass\n")[0].kind {
        StmtKind::Try(t) => {
            let handlers = &t.handlers;
            assert_eq!(handlers.len(), 2);
            assert_eq!(handlers[0].name.as_deref(), Some("e"));
            assert_eq!(handlers[0].line, 3);
            assert!(handlers[1].typ.is_none());
        }
        other => panic!("{other:?}"),
    }
    match &ok("with (a as b, c):\n    pass\n")[0].kind {
        StmtKind::With(w) => {
            let items = &w.items;
            assert_eq!(items.len(), 2);
            assert!(items[0].optional_vars.is_some());
        }
        other => panic!("{other:?}"),
    }
    match &ok("with (a, b) as c:\n    pass\n")[0].kind {
        StmtKind::With(w) => {
            let items = &w.items;
            assert_eq!(items.len(), 1);
            assert!(matches!(items[0].context_expr.kind, ExprKind::Tuple(_)));
        }
        other => panic!("{other:?}"),
    }
    match &ok("from ..a.b import (c as d, e,)\n")[0].kind {
        StmtKind::ImportFrom {
            module,
            names,
            level,
        } => {
            assert_eq!(module.as_deref(), Some("a.b"));
            assert_eq!(*level, 2);
            assert_eq!(names.len(), 2);
            assert_eq!(names[0].asname.as_deref(), Some("d"));
        }
        other => panic!("{other:?}"),
    }
    match &ok("from . import x\n")[0].kind {
        StmtKind::ImportFrom { module, level, .. } => {
            assert!(module.is_none());
            assert_eq!(*level, 1);
        }
        other => panic!("{other:?}"),
    }
    match &ok("import a.b.c as d\n")[0].kind {
        StmtKind::Import(names) => {
            assert_eq!(names[0].name, "a.b.c");
            assert_eq!(names[0].asname.as_deref(), Some("d"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(ok("if x: y = 1; z = 2\n").len(), 1);
    match &ok("if x: y = 1; z = 2\n")[0].kind {
        StmtKind::If(i) => assert_eq!(i.body.len(), 2),
        other => panic!("{other:?}"),
    }
    match &ok("class A(B, metaclass=M): pass\n")[0].kind {
        StmtKind::ClassDef(c) => {
            assert_eq!(c.bases.len(), 1);
            assert_eq!(c.keywords[0].name.as_deref(), Some("metaclass"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn modes() {
    assert_eq!(parse("  1 + 2\n\n", Mode::Eval).unwrap().body.len(), 1);
    assert!(parse("x = 1", Mode::Eval).is_err());
    assert_eq!(parse("if x:\n    y\n", Mode::Single).unwrap().body.len(), 1);
    assert_eq!(parse("x = 1; y = 2\n", Mode::Single).unwrap().body.len(), 2);
    assert!(parse("x = 1\ny = 2\n", Mode::Single).is_err());
    assert!(parse("", Mode::Single).unwrap().body.is_empty());
}

/// (source, expected message prefix, expected line)
const ERRORS: &[(&str, &str, Line)] = &[
    ("1 = x\n", "cannot assign to literal here", 1),
    ("x = 1\nf() = 1\n", "cannot assign to function call here", 2),
    ("(a, 1) = x\n", "cannot assign to literal", 1),
    ("None = 1\n", "cannot assign to None", 1),
    ("a = 1 = b\n", "cannot assign to literal", 1),
    (
        "x + 1 += 1\n",
        "'expression' is an illegal expression for augmented assignment",
        1,
    ),
    (
        "a, b += 1\n",
        "'tuple' is an illegal expression for augmented assignment",
        1,
    ),
    ("del 1\n", "cannot delete literal", 1),
    ("del f()\n", "cannot delete function call", 1),
    ("for 1 in x: pass\n", "cannot assign to literal", 1),
    ("with a as 1: pass\n", "cannot assign to literal", 1),
    ("[x for 1 in y]\n", "cannot assign to literal", 1),
    (
        "*a = x\n",
        "starred assignment target must be in a list or tuple",
        1,
    ),
    (
        "a, *b, *c = x\n",
        "multiple starred expressions in assignment",
        1,
    ),
    (
        "f(a=1, b)\n",
        "positional argument follows keyword argument",
        1,
    ),
    (
        "f(**a, b)\n",
        "positional argument follows keyword argument unpacking",
        1,
    ),
    (
        "f(**a, *b)\n",
        "iterable argument unpacking follows keyword argument unpacking",
        1,
    ),
    (
        "f(x for x in y, 1)\n",
        "Generator expression must be parenthesized",
        1,
    ),
    ("f(a.b=1)\n", "expression cannot contain assignment", 1),
    ("f(True=1)\n", "cannot assign to True", 1),
    ("f(a=1, a=2)\n", "keyword argument repeated: a", 1),
    (
        "def f(x, x): pass\n",
        "duplicate argument 'x' in function definition",
        1,
    ),
    (
        "def f(a=1, b): pass\n",
        "non-default argument follows default argument",
        1,
    ),
    (
        "lambda a=1, b: 0\n",
        "non-default argument follows default argument",
        1,
    ),
    ("def f(*): pass\n", "named arguments must follow bare *", 1),
    (
        "def f(**k, a): pass\n",
        "arguments cannot follow var-keyword argument",
        1,
    ),
    (
        "def f(/): pass\n",
        "at least one argument must precede /",
        1,
    ),
    ("def f(a, /, b, /): pass\n", "/ may appear only once", 1),
    (
        "def f(*a, *b): pass\n",
        "* argument may appear only once",
        1,
    ),
    ("def f(*, a, /): pass\n", "/ must be ahead of *", 1),
    ("x = (1,\n2\n", "'(' was never closed", 1),
    ("x = [1, 2\ny = 3\n", "'[' was never closed", 1),
    ("x = 1)\n", "unmatched ')'", 1),
    (
        "x = (1]\n",
        "closing parenthesis ']' does not match opening parenthesis '('",
        1,
    ),
    (
        "if x:\npass\n",
        "expected an indented block after 'if' statement on line 1",
        2,
    ),
    (
        "def f():\n    pass\n  x = 1\n",
        "unindent does not match any outer indentation level",
        3,
    ),
    ("x = 1\n    y = 2\n", "unexpected indent", 2),
    (
        "x = 'abc\n",
        "unterminated string literal (detected at line 1)",
        1,
    ),
    (
        "x = 1\ny = '''abc\n\n",
        "unterminated triple-quoted string literal (detected at line 3)",
        2,
    ),
    ("x = 1abc\n", "invalid decimal literal", 1),
    ("x = 0777\n", "leading zeros in decimal integer literals", 1),
    (
        "x = b'a' 'b'\n",
        "cannot mix bytes and nonbytes literals",
        1,
    ),
    (
        "x = 'a' b'b'\n",
        "cannot mix bytes and nonbytes literals",
        1,
    ),
    ("x = \n", "invalid syntax", 1),
    ("x = 1 +\n", "invalid syntax", 1),
    ("if x\n    pass\n", "expected ':'", 1),
    ("x := 1\n", "invalid syntax", 1),
    (
        "if x = 1: pass\n",
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        1,
    ),
    ("a.b := 1\n", "invalid syntax", 1),
    (
        "(a.b := 1)\n",
        "cannot use assignment expressions with attribute",
        1,
    ),
    ("x = f'{}'\n", "f-string: empty expression not allowed", 1),
    ("x = f'{a b}'\n", "f-string: invalid syntax", 1),
    ("x = f'}'\n", "f-string: single '}' is not allowed", 1),
    ("x = f'{a'\n", "f-string: expecting '}'", 1),
    (
        "x = f'{a!x}'\n",
        "f-string: invalid conversion character",
        1,
    ),
    (
        "x = f'{a:{b:{c:{d}}}}'\n",
        "f-string: expressions nested too deeply",
        1,
    ),
    (
        "try:\n    pass\nx = 1\n",
        "expected 'except' or 'finally' block",
        3,
    ),
    (
        "try:\n    pass\nexcept:\n    pass\nexcept A:\n    pass\n",
        "default 'except:' must be last",
        5,
    ),
    ("except A, B: pass\n", "invalid syntax", 1),
    (
        "try:\n    pass\nexcept A, B:\n    pass\n",
        "multiple exception types must be parenthesized",
        3,
    ),
    (
        "from m import a,\n",
        "trailing comma not allowed without surrounding parentheses",
        1,
    ),
    ("x = $\n", "invalid syntax", 1),
    (
        "x = 1 \\ 2\n",
        "unexpected character after line continuation character",
        1,
    ),
    ("x = '\\N{DASH}'\n", "(unicode error)", 1),
    ("x = (*a)\n", "cannot use starred expression here", 1),
    ("*a\n", "can't use starred expression here", 1),
    ("x = *a\n", "can't use starred expression here", 1),
    (
        "def f():\n    return *a\n",
        "can't use starred expression here",
        2,
    ),
    (
        "[*a for a in b]\n",
        "iterable unpacking cannot be used in comprehension",
        1,
    ),
    ("x = 1\ny = 2 3\n", "invalid syntax", 2),
    (
        "print(1 2)\n",
        "invalid syntax. Perhaps you forgot a comma?",
        1,
    ),
    (
        "a, b: int\n",
        "only single target (not tuple) can be annotated",
        1,
    ),
    (
        "x = b'é'\n",
        "bytes can only contain ASCII literal characters",
        1,
    ),
    (
        "x = 1\0\n",
        "source code string cannot contain null bytes",
        1,
    ),
    ("x = 1 if 2\n", "expected 'else' after 'if' expression", 1),
    (
        "if x:\n\tpass\n        pass\n",
        "inconsistent use of tabs and spaces in indentation",
        3,
    ),
    ("x = ¤\n", "invalid character '¤' (U+00A4)", 1),
];

/// More cases, checked against CPython 3.11.
const MORE_ERRORS: &[(&str, &str, Line)] = &[
    (
        "try:\n    pass\n",
        "expected 'except' or 'finally' block",
        2,
    ),
    (
        "if x:\n",
        "expected an indented block after 'if' statement on line 1",
        1,
    ),
    (
        "if x:\n\n\n",
        "expected an indented block after 'if' statement on line 1",
        3,
    ),
    ("del *a\n", "cannot delete starred", 1),
    ("del (*a,)\n", "cannot delete starred", 1),
    (
        "x = yield = 1\n",
        "assignment to yield expression not possible",
        1,
    ),
    (
        "x = f'{a 1}'\n",
        "f-string: invalid syntax. Perhaps you forgot a comma?",
        1,
    ),
    ("class A(x for x in y): pass\n", "invalid syntax", 1),
    (
        "print 'hello'\n",
        "Missing parentheses in call to 'print'. Did you mean print(...)?",
        1,
    ),
    (
        "exec 'x'\n",
        "Missing parentheses in call to 'exec'. Did you mean exec(...)?",
        1,
    ),
    (
        "x = '''abc\n\n\n",
        "unterminated triple-quoted string literal (detected at line 3)",
        1,
    ),
    ("x = 1\ny = 2 3\n", "invalid syntax", 2),
];

#[test]
fn errors_have_cpython_messages_and_lines() {
    for &(src, msg, line) in ERRORS.iter().chain(MORE_ERRORS) {
        let e = err(src);
        assert!(
            e.msg.starts_with(msg),
            "{src:?}: got {:?}, want {msg:?}",
            e.msg
        );
        assert_eq!(e.line, line, "{src:?}: {e:?}");
    }
}

#[test]
fn indentation_errors_are_flagged() {
    assert!(err("if x:\npass\n").indentation);
    assert!(err("x = 1\n    y = 2\n").indentation);
    assert!(err("if x:\n    a\n  b\n").indentation);
    assert!(!err("1 = x\n").indentation);
}

#[test]
fn nesting_within_a_tiny_stack_is_an_error_not_a_crash() {
    // 24 KiB of stack for the parser (the margin comes on top): whatever does not
    // fit is a `too_deep` error, and a plain program still parses.
    std::thread::Builder::new()
        .stack_size(512 * 1024)
        .spawn(|| {
            let guard = StackGuard::below_here(crate::stackguard::MARGIN + 24 * 1024);
            let parse_small = |src: &str| super::parse_with(src, Mode::Exec, usize::MAX, guard);
            assert!(parse_small(
                "x = (1 + 2) * 3
if x:
    print(x)
"
            )
            .is_ok());
            for (open, close) in [
                ("(", ")"),
                ("[", "]"),
                ("-", ""),
                ("lambda: ", ""),
                ("not ", ""),
            ] {
                let src = nested(open, "1", close, 190);
                let e = parse_small(&src).expect_err(open);
                assert!(e.too_deep, "{open}: {e:?}");
            }
            let mut blocks = String::new();
            for depth in 0..99 {
                blocks.push_str(&" ".repeat(depth));
                blocks.push_str("if x:\n");
            }
            blocks.push_str(&" ".repeat(99));
            blocks.push_str("pass\n");
            assert!(parse_small(&blocks).expect_err("blocks").too_deep);
        })
        .unwrap()
        .join()
        .unwrap();
}

/// Run `f` on a thread with the 2 MiB stack cargo test uses by default.
fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap();
}

fn nested(open: &str, middle: &str, close: &str, n: usize) -> String {
    let mut s = String::new();
    for _ in 0..n {
        s.push_str(open);
    }
    s.push_str(middle);
    for _ in 0..n {
        s.push_str(close);
    }
    s
}

/// Parse with a guard allowing `budget` bytes of stack below the caller.
fn parse_in(src: &str, budget: usize) -> Result<Module, SyntaxError> {
    super::parse_with(src, Mode::Exec, usize::MAX, StackGuard::below_here(budget))
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    on_small_stack(|| {
        for (open, mid, close) in [
            ("(", "1", ")"),
            ("[", "1", "]"),
            ("{", "1", "}"),
            ("f(", "1", ")"),
            ("-", "1", ""),
            ("not ", "1", ""),
            ("await ", "1", ""),
            ("lambda: ", "1", ""),
            ("1 if 1 else ", "1", ""),
            ("a[", "1", "]"),
            ("2**", "1", ""),
            ("(1, ", "1", ")"),
            ("{1: ", "1", "}"),
            ("[x for x in ", "1", "]"),
        ] {
            for n in [50, 10_000] {
                let src = nested(open, mid, close, n);
                // Most of the 2 MiB: unoptimised builds have big frames.
                let result = parse_in(&src, 1536 * 1024);
                if n == 50 {
                    assert!(result.is_ok(), "{open}x{n}: {result:?}");
                } else {
                    let e = result.expect_err(open);
                    // Too deep for the stack (RecursionError), or the tokenizer's
                    // limit of 200 open brackets (SyntaxError).
                    assert!(
                        e.too_deep || e.msg == "too many nested parentheses",
                        "{e:?}"
                    );
                }
            }
        }
        assert!(parse(&"[".repeat(5000), Mode::Exec).is_err());
        assert!(parse(&"(".repeat(100_000), Mode::Exec).is_err());
        let long_chain = "1+".repeat(100_000) + "1";
        assert!(parse(&long_chain, Mode::Exec).is_err());
        assert!(parse(&"a.".repeat(100_000).add_str("a"), Mode::Exec).is_err());
        assert!(parse(&"1+".repeat(500).add_str("1"), Mode::Exec).is_ok());
        let mut elifs = String::from("if a: pass\n");
        for _ in 0..300 {
            elifs.push_str("elif a: pass\n");
        }
        assert!(parse(&elifs, Mode::Exec).is_ok());
        let mut blocks = String::new();
        for depth in 0..99 {
            blocks.push_str(&" ".repeat(depth));
            blocks.push_str("if x:\n");
        }
        blocks.push_str(&" ".repeat(99));
        blocks.push_str("pass\n");
        assert!(parse(&blocks, Mode::Exec).is_ok());
        let mut too_deep = String::new();
        for depth in 0..150 {
            too_deep.push_str(&" ".repeat(depth));
            too_deep.push_str("if x:\n");
        }
        too_deep.push_str(&" ".repeat(150));
        too_deep.push_str("pass\n");
        assert!(parse(&too_deep, Mode::Exec).is_err());
    });
}

trait AddStr {
    fn add_str(self, s: &str) -> String;
}

impl AddStr for String {
    fn add_str(mut self, s: &str) -> String {
        self.push_str(s);
        self
    }
}

/// A small deterministic PRNG (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const SOUP: &[&str] = &[
    "x",
    "y",
    "1",
    "0x",
    "1.5e",
    "'a'",
    "f'{",
    "}",
    "'",
    "\"\"\"",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ";",
    "=",
    ":=",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "@",
    "->",
    ".",
    "...",
    "\n",
    "\n    ",
    "\n\t",
    " ",
    "\\",
    "#",
    "if",
    "else",
    "elif",
    "for",
    "in",
    "not",
    "is",
    "lambda",
    "def",
    "class",
    "return",
    "yield",
    "from",
    "import",
    "as",
    "with",
    "try",
    "except",
    "finally",
    "async",
    "await",
    "del",
    "global",
    "pass",
    "and",
    "or",
    "<",
    ">=",
    "!=",
    "!",
    "$",
    "é",
    "b'",
    "rb'",
    "f\"",
    "{x!r:>{w}}",
    "0777",
    "1_",
    "9999999999999999999999",
    "j",
];

#[test]
fn fuzz_never_panics() {
    on_small_stack(|| {
        let mut count = 0;
        // Every prefix of every valid program.
        for src in VALID {
            for (i, _) in src.char_indices() {
                let _ = parse(&src[..i], Mode::Exec);
                let _ = parse(&src[..i], Mode::Eval);
                count += 1;
            }
        }
        // Token soup.
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..3000 {
            let mut src = String::new();
            for _ in 0..rng.below(40) {
                src.push_str(SOUP[rng.below(SOUP.len())]);
                if rng.below(3) == 0 {
                    src.push(' ');
                }
            }
            let _ = parse(&src, Mode::Exec);
            let _ = parse(&src, Mode::Single);
            count += 1;
        }
        // Random characters.
        for _ in 0..1000 {
            let src: String = (0..rng.below(60))
                .map(|_| char::from_u32(rng.below(0x2FF) as u32).unwrap_or('?'))
                .collect();
            let _ = parse(&src, Mode::Exec);
            count += 1;
        }
        // Random bytes, made valid UTF-8.
        for _ in 0..1000 {
            let bytes: Vec<u8> = (0..rng.below(80)).map(|_| rng.next() as u8).collect();
            let src = String::from_utf8_lossy(&bytes);
            let _ = parse(&src, Mode::Exec);
            count += 1;
        }
        // Huge literals.
        for lit in ["1", "0x1", "'a", "f'{a", "1.", "1e"] {
            let _ = parse(&lit.repeat(20_000), Mode::Exec);
        }
        let _ = parse(&"9".repeat(100_000), Mode::Exec);
        let big = format!("0x{}", "f".repeat(10_000));
        match parse(&big, Mode::Eval) {
            Ok(_) => {}
            Err(e) => panic!("{e:?}"),
        }
        assert!(count > 3000);
    });
}

#[test]
fn no_panic_on_box_shapes() {
    // Regression shapes: odd f-string bodies and bracket mixes.
    for src in [
        "f'{'",
        "f'{}'",
        "f'{!r}'",
        "f'{a!'",
        "f'{a:'",
        "f'{a:{'",
        "f'{a=!r:{b}}'",
        "f'{a'b'}'",
        "f'{\"'",
        "f'''{\n'''",
        "f'{(}'",
        "f'{)}'",
        "f'{]}'",
        "f'\\{a}'",
        "f'{a!r=}'",
    ] {
        let _ = parse(src, Mode::Exec);
    }
    let _ = Box::new(0);
}

#[test]
fn large_input_is_fast_enough() {
    let mut src = String::new();
    for i in 0..5_000 {
        src.push_str(&format!(
            "def f{i}(a, b=1, *c, **d):\n    x = [y * 2 for y in range(a) if y % 3]\n    return f'{{x!r}}' + str(a.b[1:2])\n"
        ));
    }
    let start = std::time::Instant::now();
    let module = parse(&src, Mode::Exec).unwrap();
    assert_eq!(module.body.len(), 5_000);
    std::println!("parsed {} bytes in {:?}", src.len(), start.elapsed());
}
