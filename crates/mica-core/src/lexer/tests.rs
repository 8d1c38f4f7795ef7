//! Tokenizer tests: token kinds, positions, indentation and lexical errors.

use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::*;

fn toks(src: &str) -> Vec<Tok> {
    tokenize(src).into_iter().map(|t| t.tok).collect()
}

fn name(s: &str) -> Tok {
    Tok::Name(String::from(s))
}

fn lex_error(src: &str) -> SyntaxError {
    match tokenize(src).pop().map(|t| t.tok) {
        Some(Tok::Error(e)) => e,
        other => panic!("{src:?}: expected an error, got {other:?}"),
    }
}

#[test]
fn simple_line() {
    assert_eq!(
        toks("x = 1\n"),
        vec![
            name("x"),
            Tok::Op(Op::Equal),
            Tok::Int(1),
            Tok::Newline,
            Tok::EndMarker
        ]
    );
    // A missing final newline is supplied.
    assert_eq!(toks("x"), vec![name("x"), Tok::Newline, Tok::EndMarker]);
    assert_eq!(toks(""), vec![Tok::EndMarker]);
}

#[test]
fn operators_longest_match() {
    let ops: Vec<Tok> = toks("**= //= >>= <<= ... := -> ** // != == <= >= @= @ ->")
        .into_iter()
        .filter(|t| matches!(t, Tok::Op(_)))
        .collect();
    assert_eq!(
        ops,
        vec![
            Tok::Op(Op::DoubleStarEqual),
            Tok::Op(Op::DoubleSlashEqual),
            Tok::Op(Op::RightShiftEqual),
            Tok::Op(Op::LeftShiftEqual),
            Tok::Op(Op::Ellipsis),
            Tok::Op(Op::ColonEqual),
            Tok::Op(Op::RArrow),
            Tok::Op(Op::DoubleStar),
            Tok::Op(Op::DoubleSlash),
            Tok::Op(Op::NotEqual),
            Tok::Op(Op::EqEqual),
            Tok::Op(Op::LessEqual),
            Tok::Op(Op::GreaterEqual),
            Tok::Op(Op::AtEqual),
            Tok::Op(Op::At),
            Tok::Op(Op::RArrow),
        ]
    );
}

#[test]
fn keywords_and_names() {
    assert_eq!(
        toks("if x_1 émoji None"),
        vec![
            Tok::Kw(Kw::If),
            name("x_1"),
            name("émoji"),
            Tok::Kw(Kw::None),
            Tok::Newline,
            Tok::EndMarker
        ]
    );
}

#[test]
fn indentation_tokens() {
    let t = toks("if a:\n    b\n    if c:\n\n        # note\n        d\ne\n");
    assert_eq!(
        t,
        vec![
            Tok::Kw(Kw::If),
            name("a"),
            Tok::Op(Op::Colon),
            Tok::Newline,
            Tok::Indent,
            name("b"),
            Tok::Newline,
            Tok::Kw(Kw::If),
            name("c"),
            Tok::Op(Op::Colon),
            Tok::Newline,
            Tok::Indent,
            name("d"),
            Tok::Newline,
            Tok::Dedent,
            Tok::Dedent,
            name("e"),
            Tok::Newline,
            Tok::EndMarker
        ]
    );
    // Dedents are closed at end of input.
    let t = toks("if a:\n  b");
    assert_eq!(
        &t[t.len() - 3..],
        &[Tok::Newline, Tok::Dedent, Tok::EndMarker]
    );
}

#[test]
fn brackets_join_lines_and_continuations() {
    assert_eq!(
        toks("(a,\n   b)\n"),
        vec![
            Tok::Op(Op::LPar),
            name("a"),
            Tok::Op(Op::Comma),
            name("b"),
            Tok::Op(Op::RPar),
            Tok::Newline,
            Tok::EndMarker
        ]
    );
    assert_eq!(
        toks("a + \\\n  b\n"),
        vec![
            name("a"),
            Tok::Op(Op::Plus),
            name("b"),
            Tok::Newline,
            Tok::EndMarker
        ]
    );
}

#[test]
fn positions() {
    let t = tokenize("x = 1\n  \nif y:\n    zé = 'a\\\nb' + 2\n");
    let pos: Vec<(u32, u32)> = t.iter().map(|t| (t.line, t.col)).collect();
    assert_eq!(pos[0], (1, 1));
    assert_eq!(pos[2], (1, 5));
    assert_eq!(pos[4], (3, 1));
    let z = t.iter().position(|t| t.tok == name("zé")).unwrap();
    assert_eq!((t[z].line, t[z].col), (4, 5));
    assert_eq!((t[z + 2].line, t[z + 2].col), (4, 10));
    assert_eq!((t[z + 3].line, t[z + 3].col), (5, 4));
}

#[test]
fn numbers() {
    assert_eq!(
        toks("0x1F 0o17 0b11 1_000 1.5 1e3 2j .5 1. 99999999999999999999"),
        vec![
            Tok::Int(31),
            Tok::Int(15),
            Tok::Int(3),
            Tok::Int(1000),
            Tok::Float(1.5),
            Tok::Float(1000.0),
            Tok::Imag(2.0),
            Tok::Float(0.5),
            Tok::Float(1.0),
            Tok::BigInt(String::from("99999999999999999999")),
            Tok::Newline,
            Tok::EndMarker
        ]
    );
    assert!(matches!(toks("1.real")[0], Tok::Error(_)));
    assert_eq!(toks("1..real")[1], Tok::Op(Op::Dot));
    assert_eq!(toks("1 .real")[0], Tok::Int(1));
    assert_eq!(toks("1if x else 2")[1], Tok::Kw(Kw::If));
}

#[test]
fn strings_and_prefixes() {
    let t = toks(
        r#"'a' "b" '''c
d''' """e""" r'\n' b'x' Rb'\x' BR"y" u'z' f'{a}' rf'{b}' F"c""#,
    );
    let strs: Vec<&StrLit> = t
        .iter()
        .filter_map(|t| match t {
            Tok::Str(s) => Some(s),
            _ => None,
        })
        .collect();
    assert_eq!(strs.len(), 12);
    assert_eq!(*strs[0], StrLit::Str(String::from("a")));
    assert_eq!(*strs[2], StrLit::Str(String::from("c\nd")));
    assert_eq!(*strs[4], StrLit::Str(String::from("\\n")));
    assert_eq!(*strs[5], StrLit::Bytes(vec![b'x']));
    assert_eq!(*strs[6], StrLit::Bytes(vec![b'\\', b'x']));
    assert!(matches!(strs[9], StrLit::FString(b) if b.raw == "{a}" && !b.is_raw));
    assert!(matches!(strs[10], StrLit::FString(b) if b.is_raw));
    assert_eq!(toks("'it''s'")[1], Tok::Str(StrLit::Str(String::from("s"))));
    assert_eq!(
        toks(r"'a\'b'")[0],
        Tok::Str(StrLit::Str(String::from("a'b")))
    );
    assert_eq!(
        toks("'''a''b'''")[0],
        Tok::Str(StrLit::Str(String::from("a''b")))
    );
}

#[test]
fn crlf_is_normalized() {
    assert_eq!(
        toks("x\r\n'''a\r\nb'''\r\n"),
        vec![
            name("x"),
            Tok::Newline,
            Tok::Str(StrLit::Str(String::from("a\nb"))),
            Tok::Newline,
            Tok::EndMarker
        ]
    );
}

#[test]
fn embedded_expressions_ignore_newlines() {
    let t = tokenize_embedded("a +\n b", 3, 7);
    assert_eq!(
        t.iter().map(|t| &t.tok).collect::<Vec<_>>(),
        vec![&name("a"), &Tok::Op(Op::Plus), &name("b"), &Tok::EndMarker]
    );
    assert_eq!((t[0].line, t[0].col), (3, 7));
    assert_eq!((t[2].line, t[2].col), (4, 2));
}

#[test]
fn lexical_errors() {
    let cases: &[(&str, &str, u32, bool)] = &[
        (
            "'abc",
            "unterminated string literal (detected at line 1)",
            1,
            false,
        ),
        (
            "x = 1\n'abc\ny",
            "unterminated string literal (detected at line 2)",
            2,
            false,
        ),
        (
            "'''abc\n\n",
            "unterminated triple-quoted string literal (detected at line 2)",
            1,
            false,
        ),
        (
            "if x:\n    a\n  b\n",
            "unindent does not match any outer indentation level",
            3,
            true,
        ),
        ("(", "'(' was never closed", 1, false),
        ("x = [\n1,\n", "'[' was never closed", 1, false),
        ("}", "unmatched '}'", 1, false),
        (
            "(]",
            "closing parenthesis ']' does not match opening parenthesis '('",
            1,
            false,
        ),
        (
            "(\n]",
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
            2,
            false,
        ),
        ("1abc", "invalid decimal literal", 1, false),
        ("0b102", "invalid digit '2' in binary literal", 1, false),
        (
            "a \\ b",
            "unexpected character after line continuation character",
            1,
            false,
        ),
        ("a \\", "unexpected EOF while parsing", 1, false),
        ("?", "invalid syntax", 1, false),
        ("\u{a0}", "invalid non-printable character U+00A0", 1, false),
        (
            "b'\u{e9}'",
            "bytes can only contain ASCII literal characters",
            1,
            false,
        ),
    ];
    for &(src, msg, line, indentation) in cases {
        let e = lex_error(src);
        assert_eq!(e.msg, msg, "{src:?}");
        assert_eq!(e.line, line, "{src:?}");
        assert_eq!(e.indentation, indentation, "{src:?}");
    }
    let deep = "(".repeat(MAX_BRACKET_DEPTH + 1);
    assert_eq!(lex_error(&deep).msg, "too many nested parentheses");
}

#[test]
fn error_token_is_last_and_earlier_tokens_survive() {
    let t = toks("x = 1\ny = 'abc\n");
    assert_eq!(t[0], name("x"));
    assert!(matches!(t.last(), Some(Tok::Error(_))));
}
