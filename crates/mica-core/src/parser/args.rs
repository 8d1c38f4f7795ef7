//! Parameter lists of `def` and `lambda`, and argument lists of calls and class
//! headers, with CPython's ordering rules.

use alloc::boxed::Box;
use alloc::format;
use alloc::vec::Vec;

use super::expr::expr;
use super::target::expr_name;
use super::{PResult, Parser};
use crate::ast::{Arg, Arguments, Expr, ExprKind, Keyword, SyntaxError};
use crate::lexer::{Op, Tok};

/// Where the parser is within a parameter list.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Section {
    Positional,
    KeywordOnly,
    AfterKwarg,
}

impl Parser<'_> {
    /// A parameter list up to and including its closing token: `)` for `def`
    /// (`annotated`), `:` for `lambda`.
    pub(super) fn parameters(&mut self, annotated: bool) -> PResult<Arguments> {
        let close = if annotated { Op::RPar } else { Op::Colon };
        let mut args = Arguments::default();
        let mut section = Section::Positional;
        let mut bare_star = false;
        let mut seen_slash = false;
        while !self.is_op(close) {
            if section == Section::AfterKwarg {
                return Err(self.error_here("arguments cannot follow var-keyword argument"));
            }
            if self.eat_op(Op::Slash) {
                self.slash(&mut args, section, seen_slash)?;
                seen_slash = true;
            } else if self.eat_op(Op::Star) {
                if section != Section::Positional {
                    return Err(self.error_here("* argument may appear only once"));
                }
                section = Section::KeywordOnly;
                if self.is_op(Op::Comma) || self.is_op(close) {
                    bare_star = true;
                } else {
                    args.vararg = Some(self.parameter(annotated)?);
                    if self.is_op(Op::Equal) {
                        return Err(
                            self.error_here("var-positional argument cannot have default value")
                        );
                    }
                }
            } else if self.eat_op(Op::DoubleStar) {
                args.kwarg = Some(self.parameter(annotated)?);
                if self.is_op(Op::Equal) {
                    return Err(self.error_here("var-keyword argument cannot have default value"));
                }
                section = Section::AfterKwarg;
            } else {
                self.plain_parameter(&mut args, section, annotated)?;
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        if bare_star && args.kwonlyargs.is_empty() {
            return Err(self.error_here("named arguments must follow bare *"));
        }
        self.expect_op(
            close,
            if annotated {
                "invalid syntax"
            } else {
                "expected ':'"
            },
        )?;
        self.check_duplicate_parameters(&args)?;
        Ok(args)
    }

    fn slash(&mut self, args: &mut Arguments, section: Section, seen: bool) -> PResult<()> {
        if seen {
            return Err(self.error_here("/ may appear only once"));
        }
        if section != Section::Positional {
            return Err(self.error_here("/ must be ahead of *"));
        }
        if args.args.is_empty() {
            return Err(self.error_here("at least one argument must precede /"));
        }
        args.posonlyargs = core::mem::take(&mut args.args);
        Ok(())
    }

    fn plain_parameter(
        &mut self,
        args: &mut Arguments,
        section: Section,
        annotated: bool,
    ) -> PResult<()> {
        let param = self.parameter(annotated)?;
        let default = if self.eat_op(Op::Equal) {
            Some(self.expression()?)
        } else {
            None
        };
        if section == Section::KeywordOnly {
            args.kwonlyargs.push(param);
            args.kw_defaults.push(default);
            return Ok(());
        }
        match default {
            Some(value) => args.defaults.push(value),
            None if !args.defaults.is_empty() => {
                return Err(
                    self.error_at("non-default argument follows default argument", param.line)
                );
            }
            None => {}
        }
        args.args.push(param);
        Ok(())
    }

    fn parameter(&mut self, annotated: bool) -> PResult<Arg> {
        let line = self.line();
        let name = self.expect_name()?;
        let annotation = if annotated && self.eat_op(Op::Colon) {
            Some(self.expression()?)
        } else {
            None
        };
        Ok(Arg {
            name: name.into(),
            annotation: annotation.map(Box::new),
            line,
        })
    }

    fn check_duplicate_parameters(&self, args: &Arguments) -> PResult<()> {
        let all: Vec<&Arg> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg)
            .collect();
        // A set, not a scan of the earlier names: 100,000 parameters stay linear.
        let mut seen = hashbrown::HashSet::with_capacity(all.len());
        for arg in &all {
            if !seen.insert(&*arg.name) {
                let msg = format!("duplicate argument '{}' in function definition", arg.name);
                return Err(self.error_at(msg, arg.line));
            }
        }
        Ok(())
    }

    /// Call arguments after `(`, through the closing `)`.
    pub(super) fn call_arguments(&mut self) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        self.enter()?;
        let result = self.arguments(true);
        self.leave();
        result
    }

    /// Class header arguments after `(`: like a call, minus the bare generator.
    pub(super) fn class_arguments(&mut self) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        self.enter()?;
        let result = self.arguments(false);
        self.leave();
        result
    }

    fn arguments(&mut self, allow_generator: bool) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen = Seen::default();
        let mut count = 0usize;
        let mut keyword_names: hashbrown::HashSet<alloc::string::String> =
            hashbrown::HashSet::new();
        while !self.is_op(Op::RPar) {
            count += 1;
            let special = matches!(self.tok(), Tok::Op(Op::DoubleStar | Op::Star))
                || (matches!(self.tok(), Tok::Name(_))
                    && matches!(self.peek_nth(1), Tok::Op(Op::Equal)));
            if special {
                self.special_argument(&mut args, &mut keywords, &mut keyword_names, &mut seen)?;
            } else {
                let value = self.positional_argument(count, allow_generator)?;
                if seen.double_star || seen.keyword {
                    return Err(self.positional_after_keyword(&value, seen));
                }
                args.push(value);
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        if !self.eat_op(Op::RPar) {
            return Err(self.missing_comma_error());
        }
        args.shrink_to_fit();
        keywords.shrink_to_fit();
        Ok((args, keywords))
    }

    /// `**mapping`, `*iterable` or `name=value` in a call.
    #[inline(never)]
    fn special_argument(
        &mut self,
        args: &mut Vec<Expr>,
        keywords: &mut Vec<Keyword>,
        keyword_names: &mut hashbrown::HashSet<alloc::string::String>,
        seen: &mut Seen,
    ) -> PResult<()> {
        let line = self.line();
        if self.eat_op(Op::DoubleStar) {
            seen.double_star = true;
            let value = self.expression()?;
            keywords.push(Keyword { name: None, value });
        } else if self.eat_op(Op::Star) {
            if seen.double_star {
                return Err(self.error_at(
                    "iterable argument unpacking follows keyword argument unpacking",
                    line,
                ));
            }
            let value = self.expression()?;
            args.push(expr(line, ExprKind::Starred(Box::new(value))));
        } else {
            let name = self.expect_name()?;
            self.bump();
            let value = self.expression()?;
            if !keyword_names.insert(name.clone()) {
                return Err(self.error_at(format!("keyword argument repeated: {name}"), line));
            }
            seen.keyword = true;
            keywords.push(Keyword {
                name: Some(name),
                value,
            });
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn positional_after_keyword(&self, value: &Expr, seen: Seen) -> SyntaxError {
        let msg = if seen.double_star {
            "positional argument follows keyword argument unpacking"
        } else {
            "positional argument follows keyword argument"
        };
        self.error_at(msg, value.line)
    }

    /// A positional argument; a bare generator expression only as the sole argument.
    fn positional_argument(&mut self, count: usize, allow_generator: bool) -> PResult<Expr> {
        match self.named_expression() {
            Ok(value) if self.is_op(Op::Equal) || self.starts_comprehension() => {
                self.positional_argument_rest(value, count, allow_generator)
            }
            result => result,
        }
    }

    /// A positional argument followed by `=` (an error) or a comprehension.
    #[inline(never)]
    fn positional_argument_rest(
        &mut self,
        value: Expr,
        count: usize,
        allow_generator: bool,
    ) -> PResult<Expr> {
        if self.is_op(Op::Equal) {
            let msg = match value.kind {
                ExprKind::Constant(_) | ExprKind::Name(_) => {
                    format!("cannot assign to {}", expr_name(&value))
                }
                _ => alloc::string::String::from(
                    "expression cannot contain assignment, perhaps you meant \"==\"?",
                ),
            };
            return Err(self.error_at(msg, value.line));
        }
        if !self.starts_comprehension() {
            return Ok(value);
        }
        if !allow_generator && count == 1 {
            return Err(self.invalid_syntax());
        }
        let generators = self.comprehension_clauses()?;
        if count != 1 || !self.is_op(Op::RPar) {
            return Err(self.error_at("Generator expression must be parenthesized", value.line));
        }
        Ok(expr(
            value.line,
            ExprKind::GeneratorExp {
                elt: Box::new(value),
                generators: generators.into(),
            },
        ))
    }
}

/// Which kinds of argument a call has had so far.
#[derive(Clone, Copy, Default)]
struct Seen {
    keyword: bool,
    double_star: bool,
}
