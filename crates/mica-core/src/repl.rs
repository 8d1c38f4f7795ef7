//! The OS-free half of the interactive prompt, shared by every port's REPL front end
//! (the host terminal, a board's serial line): deciding whether typed text is a whole
//! statement, automatic indentation, tab completion, the banner and running one input.
//!
//! A front end only moves bytes and keys; what the text means is decided here.

use alloc::string::String;
use alloc::vec::Vec;

use crate::error::PyResult;
use crate::lexer::{self, Kw, Op, Tok};
use crate::object::Obj;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// The prompt for a new statement.
pub const PROMPT: &str = ">>> ";
/// The prompt for a continuation line.
pub const PROMPT_MORE: &str = "... ";
/// The prompt in paste mode.
pub const PROMPT_PASTE: &str = "=== ";
/// What entering paste mode (Ctrl-E) prints, after a line break.
pub const PASTE_BANNER: &str = "paste mode; Ctrl-C to cancel, Ctrl-D to finish";

/// Whether the text typed so far can run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputState {
    /// A whole statement: compile and run it now.
    Complete,
    /// More lines are needed (an open block, bracket, string or `\` continuation).
    Incomplete,
    /// A syntax error no further input can fix: compile it to report the error.
    Error,
}

/// Classify the text typed at the prompt (lines joined with `\n`, without a final one).
///
/// The decision is made by compiling: an error caused only by reaching the end of the
/// text (an unclosed bracket or triple-quoted string, a trailing `\`, a block header
/// with no body yet) means "incomplete"; any other error is a real one. A compound
/// statement (`def`, `if`, `for`, a decorator...) also stays open until an empty or
/// whitespace-only line, as in MicroPython's and CPython's REPLs.
pub fn input_state(source: &str) -> InputState {
    let guard = crate::stackguard::StackGuard::below_here(crate::stackguard::DEFAULT_BUDGET);
    input_state_with(source, guard)
}

/// [`input_state`] for a VM: parsing and compiling stop at `guard` (the VM's
/// `stack_guard`), where nesting too deep for the stack counts as an error.
pub fn input_state_with(source: &str, guard: crate::stackguard::StackGuard) -> InputState {
    let last_blank = source
        .rsplit('\n')
        .next()
        .is_none_or(|l| l.trim().is_empty());
    let line_count = source.split('\n').count() as u32;
    let tokens = lexer::tokenize(source);
    if let Some(t) = tokens.last() {
        if let Tok::Error(e) = &t.tok {
            if lexically_unfinished(&e.msg) {
                return InputState::Incomplete;
            }
        }
    }
    let compound = starts_compound(&tokens);
    let text = if last_blank || !compound {
        String::from(source)
    } else {
        // A compound statement still being typed: it is whole once a blank line follows.
        let mut s = String::from(source);
        s.push('\n');
        s
    };
    let result = crate::parser::parse_with(&text, crate::parser::Mode::Single, usize::MAX, guard)
        .and_then(|m| {
            crate::compiler::compile_with(&m, "<stdin>", crate::compiler::Mode::Single, 0, guard)
        });
    match result {
        Ok(_) if compound && !last_blank => InputState::Incomplete,
        Ok(_) => InputState::Complete,
        Err(e) => {
            if compound && !last_blank && e.line + 1 >= line_count {
                // The error is on the line being typed (or at the end): a block header
                // waiting for its body, an `else:` still to come...
                InputState::Incomplete
            } else if !compound && !last_blank && e.msg.starts_with("expected an indented block") {
                InputState::Incomplete
            } else {
                InputState::Error
            }
        }
    }
}

/// Lexical errors that only mean "the text stops too early".
fn lexically_unfinished(msg: &str) -> bool {
    msg.starts_with("unterminated triple-quoted string")
        || msg.ends_with("was never closed")
        || msg == "unexpected EOF while parsing"
}

/// Does the first statement open a block (so it ends only at a blank line)?
fn starts_compound(tokens: &[lexer::Token]) -> bool {
    matches!(
        tokens.first().map(|t| &t.tok),
        Some(Tok::Kw(
            Kw::If | Kw::While | Kw::For | Kw::Try | Kw::With | Kw::Def | Kw::Class | Kw::Async,
        )) | Some(Tok::Op(Op::At))
    )
}

/// The indentation (in spaces) to pre-fill on the line after `line`: the same as
/// `line`'s, plus four when it ends with `:` (ignoring a trailing comment).
pub fn auto_indent(line: &str) -> usize {
    let indent = line
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum::<usize>();
    if code_part(line).trim_end().ends_with(':') {
        indent + 4
    } else {
        indent
    }
}

/// `line` without a trailing `#` comment (a `#` inside a string literal is kept).
fn code_part(line: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                '#' => return &line[..i],
                '\'' | '"' => quote = Some(c),
                _ => {}
            },
        }
    }
    line
}

/// The result of tab completion.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Completion {
    /// Byte offset in the text where the word being completed starts.
    pub start: usize,
    /// The longest text every candidate starts with (replaces `text[start..]`).
    pub common: String,
    /// The full candidate words, sorted, without duplicates.
    pub candidates: Vec<String>,
}

/// The Python keywords, for completing the first word of a statement or an expression.
pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Complete the word that ends `text` (the line up to the cursor): a name (globals,
/// builtins, keywords) or, after dots, an attribute of the object the dotted chain names.
/// Objects along the chain are only looked up, never called; names starting with `_` are
/// offered only when the typed word starts with `_`.
pub fn completions(vm: &mut Vm, globals: ObjRef, text: &str) -> Completion {
    let start = text
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '.')
        .last()
        .map_or(text.len(), |(i, _)| i);
    let word = &text[start..];
    let (chain, prefix, prefix_start) = match word.rfind('.') {
        Some(dot) => (Some(&word[..dot]), &word[dot + 1..], start + dot + 1),
        None => (None, word, start),
    };
    let mut names: Vec<String> = Vec::new();
    match chain {
        None => {
            if prefix.is_empty() || prefix.starts_with(|c: char| c.is_ascii_digit()) {
                return Completion {
                    start: prefix_start,
                    ..Completion::default()
                };
            }
            names.extend(dict_names(vm, globals));
            names.extend(builtin_names(vm));
            names.extend(KEYWORDS.iter().map(|k| String::from(*k)));
        }
        Some(chain) => {
            let base = vm.temp_roots.len();
            if let Some(obj) = resolve_chain(vm, globals, chain) {
                names = member_names(vm, obj);
            }
            vm.temp_roots.truncate(base);
        }
    }
    let mut candidates: Vec<String> = names
        .into_iter()
        .filter(|n| n.starts_with(prefix) && (prefix.starts_with('_') || !n.starts_with('_')))
        .collect();
    candidates.sort();
    candidates.dedup();
    let common = common_prefix(&candidates).unwrap_or_else(|| String::from(prefix));
    Completion {
        start: prefix_start,
        common,
        candidates,
    }
}

/// The longest common prefix of `words` (`None` when there are none).
fn common_prefix(words: &[String]) -> Option<String> {
    let first = words.first()?;
    let mut len = first.len();
    for w in &words[1..] {
        len = first
            .char_indices()
            .zip(w.chars())
            .take_while(|((_, a), b)| a == b)
            .last()
            .map_or(0, |((i, a), _)| i + a.len_utf8())
            .min(len);
    }
    Some(String::from(&first[..len]))
}

/// Follow `a.b.c` from the globals (then builtins) by attribute lookup only. Values met
/// on the way are kept on `vm.temp_roots` (the caller truncates it).
fn resolve_chain(vm: &mut Vm, globals: ObjRef, chain: &str) -> Option<Value> {
    let mut parts = chain.split('.');
    let head = vm.interner.lookup(parts.next()?)?;
    let mut v = match vm.dict_get_str(globals, head) {
        Some(v) => v,
        None => vm.builtin_get(head).ok()??,
    };
    for part in parts {
        // A name that was never interned cannot be any object's attribute.
        let q = vm.interner.lookup(part)?;
        vm.temp_roots.push(v);
        v = match vm.get_attr_opt(v, q) {
            Ok(Some(x)) => x,
            _ => return None,
        };
    }
    vm.temp_roots.push(v);
    Some(v)
}

/// The names in `builtins` (the overlay's and the static table's).
fn builtin_names(vm: &Vm) -> Vec<String> {
    vm.builtin_names()
        .into_iter()
        .filter_map(|k| vm.str_ref(k).map(String::from))
        .collect()
}

/// The string keys of a dict object.
fn dict_names(vm: &Vm, d: ObjRef) -> Vec<String> {
    match vm.heap.get(d) {
        Obj::Dict(d) => d
            .iter()
            .filter_map(|e| vm.str_ref(e.key).map(String::from))
            .collect(),
        _ => Vec::new(),
    }
}

/// What `dir(obj)` would list, without calling a user `__dir__`: the instance or module
/// dict, then the dicts of the class and its bases.
pub fn member_names(vm: &Vm, v: Value) -> Vec<String> {
    let mut names = Vec::new();
    let class = match v {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Instance(i) => {
                names.extend(dict_names(vm, i.dict));
                Some(i.class)
            }
            Obj::Module(m) if m.dict == vm.builtins => {
                names.extend(builtin_names(vm));
                None
            }
            Obj::Module(m) => {
                names.extend(dict_names(vm, m.dict));
                None
            }
            Obj::Class(_) => Some(r),
            _ => Some(vm.type_of(v)),
        },
        _ => Some(vm.type_of(v)),
    };
    if let Some(c) = class {
        for &m in vm.mro(c) {
            if let Obj::Class(cl) = vm.heap.get(m) {
                names.extend(
                    cl.own_names()
                        .filter_map(|k| vm.str_ref(k).map(String::from)),
                );
            }
        }
    }
    names
}

/// The banner printed when the REPL starts, MicroPython style:
/// `Mica 0.1.0 on 2026-11-25; linux [host] with x86_64` and a hint line.
pub fn banner(build_date: &str, platform: &str, machine: &str) -> String {
    alloc::format!(
        "Mica {} on {}; {} with {}\nType \"help()\" for more information.\n",
        env!("CARGO_PKG_VERSION"),
        build_date,
        platform,
        machine
    )
}

/// Compile and run one REPL input in `globals`: a statement whose expression results are
/// printed (and bound to `_`), or with `paste` a whole block run like a module body.
pub fn run_input(vm: &mut Vm, globals: ObjRef, source: &str, paste: bool) -> PyResult<()> {
    let mode = if paste {
        crate::compiler::Mode::Exec
    } else {
        crate::compiler::Mode::Single
    };
    let code = vm.compile_source(source, "<stdin>", mode)?;
    vm.exec_code(code, globals, Value::Obj(globals))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn complete_and_incomplete_input() {
        use InputState::*;
        assert_eq!(input_state("1 + 2"), Complete);
        assert_eq!(input_state("x = 1"), Complete);
        assert_eq!(input_state("def f():"), Incomplete);
        assert_eq!(input_state("def f():\n    return 1"), Incomplete);
        assert_eq!(input_state("def f():\n    return 1\n"), Complete);
        assert_eq!(input_state("def f():\n    return 1\n    "), Complete);
        assert_eq!(input_state("for i in range(3):\n    print(i)\n"), Complete);
        assert_eq!(input_state("if x:\n    pass\nelse:"), Incomplete);
        assert_eq!(input_state("try:\n    pass"), Incomplete);
        assert_eq!(input_state("if 1: print(1)"), Incomplete);
        assert_eq!(input_state("@dec"), Incomplete);
        assert_eq!(input_state("x = (1,"), Incomplete);
        assert_eq!(input_state("x = [1,\n2,\n"), Incomplete);
        assert_eq!(input_state("x = [1,\n2]"), Complete);
        assert_eq!(input_state("s = '''abc"), Incomplete);
        assert_eq!(input_state("s = '''abc\n\n"), Incomplete);
        assert_eq!(input_state("s = '''abc\n'''"), Complete);
        assert_eq!(input_state("x = 1 + \\"), Incomplete);
        assert_eq!(input_state("x = 1 + \\\n 2"), Complete);
    }

    #[test]
    fn real_errors_are_not_incomplete() {
        use InputState::*;
        assert_eq!(input_state("x = = 1"), Error);
        assert_eq!(input_state("1 +"), Error);
        assert_eq!(input_state("x = )"), Error);
        assert_eq!(input_state("'abc"), Error);
        assert_eq!(input_state("def f():\n\n"), Error);
        assert_eq!(input_state("def f(x)):\n    pass\n"), Error);
        assert_eq!(input_state("return 5"), Error);
        assert_eq!(input_state("  x = 1"), Error);
        assert_eq!(input_state("else:"), Error);
    }

    #[test]
    fn indentation_after_colon() {
        assert_eq!(auto_indent("def f():"), 4);
        assert_eq!(auto_indent("    if x:  # comment"), 8);
        assert_eq!(auto_indent("    x = 1"), 4);
        assert_eq!(auto_indent("x = 'a:'"), 0);
        assert_eq!(auto_indent("d = {1:"), 4);
        assert_eq!(auto_indent("s = '#':"), 4);
        assert_eq!(auto_indent(""), 0);
    }

    #[test]
    fn common_prefixes() {
        let w = |v: &[&str]| v.iter().map(|s| String::from(*s)).collect::<Vec<_>>();
        assert_eq!(common_prefix(&w(&["print", "property"])), Some("pr".into()));
        assert_eq!(common_prefix(&w(&["abc"])), Some("abc".into()));
        assert_eq!(common_prefix(&w(&["é1", "é2"])), Some("é".into()));
        assert_eq!(common_prefix(&[]), None);
    }

    fn vm_with(src: &str) -> (Vm, ObjRef) {
        let mut vm = Vm::new(
            alloc::boxed::Box::new(crate::port::NullPort::default()),
            1 << 20,
        );
        let g = vm.main_module_dict("<stdin>").expect("globals");
        run_input(&mut vm, g, src, true).expect("setup runs");
        (vm, g)
    }

    #[test]
    fn completes_names_attributes_and_module_members() {
        let (mut vm, g) = vm_with(
            "import sys\nclass Point:\n    def __init__(self):\n        self.xcoord = 1\n        self.ycoord = 2\n    def norm(self): pass\np = Point()\nunique_thing = 5\n",
        );
        let c = completions(&mut vm, g, "x = uniq");
        assert_eq!(c.start, 4);
        assert_eq!(c.candidates, ["unique_thing"]);
        assert_eq!(c.common, "unique_thing");
        let c = completions(&mut vm, g, "pri");
        assert_eq!(c.candidates, ["print"]);
        let c = completions(&mut vm, g, "whi");
        assert_eq!(c.candidates, ["while"]);
        let c = completions(&mut vm, g, "p.xc");
        assert_eq!(
            (c.start, c.candidates.clone()),
            (2, alloc::vec!["xcoord".into()])
        );
        let c = completions(&mut vm, g, "p.");
        assert_eq!(c.candidates, ["norm", "xcoord", "ycoord"]);
        let c = completions(&mut vm, g, "p.__ini");
        assert_eq!(c.candidates, ["__init__", "__init_subclass__"]);
        assert_eq!(c.common, "__init_");
        let c = completions(&mut vm, g, "sys.std");
        assert_eq!(c.candidates, ["stderr", "stdin", "stdout"]);
        assert_eq!(c.common, "std");
        let c = completions(&mut vm, g, "sys.implementation.na");
        assert_eq!(c.candidates, ["name"]);
        assert!(completions(&mut vm, g, "nosuch.x").candidates.is_empty());
        assert!(completions(&mut vm, g, "p.nosuch.x").candidates.is_empty());
        assert!(completions(&mut vm, g, "zzzq").candidates.is_empty());
        assert!(completions(&mut vm, g, "").candidates.is_empty());
    }

    #[test]
    fn completes_builtins_of_the_static_table() {
        // Nothing has looked these names up: they are only in the static table.
        let (mut vm, g) = vm_with("import builtins\nbuiltins.zzz_added = 1\n");
        let c = completions(&mut vm, g, "ValueE");
        assert_eq!(c.candidates, ["ValueError"]);
        let c = completions(&mut vm, g, "zzz_");
        assert_eq!(c.candidates, ["zzz_added"]);
        let c = completions(&mut vm, g, "builtins.isi");
        assert_eq!(c.candidates, ["isinstance"]);
        let c = completions(&mut vm, g, "builtins.zzz");
        assert_eq!(c.candidates, ["zzz_added"]);
        let c = completions(&mut vm, g, "int.from_b");
        assert_eq!(c.candidates, ["from_bytes"]);
        // Listing names makes nothing: the table is still looked at.
        assert!(!vm.builtins_full);
    }

    #[test]
    fn completion_never_calls_methods() {
        let (mut vm, g) = vm_with(
            "calls = []\nclass A:\n    def __dir__(self):\n        calls.append(1)\n        return []\na = A()\n",
        );
        let c = completions(&mut vm, g, "a.");
        assert!(c.candidates.is_empty());
        run_input(&mut vm, g, "assert calls == []", false).expect("no call");
    }

    #[test]
    fn underscore_holds_last_result() {
        let (mut vm, g) = vm_with("");
        run_input(&mut vm, g, "6 * 7", false).expect("runs");
        run_input(&mut vm, g, "None", false).expect("runs");
        run_input(&mut vm, g, "assert _ == 42", false).expect("_ kept");
    }

    /// A port whose stdout the test can read after the run.
    struct Capture(alloc::rc::Rc<core::cell::RefCell<Vec<u8>>>);

    impl crate::port::Port for Capture {
        fn write_stdout(&mut self, data: &[u8]) {
            self.0.borrow_mut().extend_from_slice(data);
        }
        fn write_stderr(&mut self, _: &[u8]) {}
    }

    #[test]
    fn help_texts() {
        let out = alloc::rc::Rc::new(core::cell::RefCell::new(Vec::new()));
        let mut vm = Vm::new(alloc::boxed::Box::new(Capture(out.clone())), 1 << 20);
        let g = vm.main_module_dict("<stdin>").expect("globals");
        run_input(&mut vm, g, "help()\nhelp('modules')\nhelp(1)\n", true).expect("help runs");
        let text = String::from_utf8(out.borrow().clone()).expect("utf-8");
        assert!(text.starts_with(crate::help::WELCOME), "{text}");
        assert!(text.split_whitespace().any(|w| w == "sys"), "{text}");
        assert!(
            text.contains("Plus any modules on the filesystem\n"),
            "{text}"
        );
        assert!(text.contains("object 1 is of type int\n"), "{text}");
        assert!(
            text.contains("  to_bytes -- <built-in function to_bytes>\n"),
            "{text}"
        );
        assert!(text.contains("  from_bytes -- <classmethod>\n"), "{text}");
        assert!(!text.contains("__add__"), "{text}");
    }
}
