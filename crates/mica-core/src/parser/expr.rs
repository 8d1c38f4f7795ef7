//! Expressions: from tuples and lambdas down through operator precedence to atoms,
//! trailers (calls, subscripts, attributes), displays and comprehensions.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::target::{check_store_target, expr_name, TargetCtx};
use super::{PResult, Parser};
use crate::ast::{
    self, BinOp, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, Line, UnaryOp,
};
use crate::lexer::{Kw, Op, StrLit, Tok};

pub(super) fn expr(line: Line, kind: ExprKind) -> Expr {
    Expr { line, kind }
}

/// Binding power of a binary operator token (higher binds tighter).
fn binary_op(tok: &Tok) -> Option<(u8, BinOp)> {
    let Tok::Op(op) = tok else {
        return None;
    };
    Some(match op {
        Op::VBar => (1, BinOp::BitOr),
        Op::Circumflex => (2, BinOp::BitXor),
        Op::Amper => (3, BinOp::BitAnd),
        Op::LeftShift => (4, BinOp::LShift),
        Op::RightShift => (4, BinOp::RShift),
        Op::Plus => (5, BinOp::Add),
        Op::Minus => (5, BinOp::Sub),
        Op::Star => (6, BinOp::Mult),
        Op::Slash => (6, BinOp::Div),
        Op::DoubleSlash => (6, BinOp::FloorDiv),
        Op::Percent => (6, BinOp::Mod),
        Op::At => (6, BinOp::MatMult),
        _ => return None,
    })
}

impl Parser<'_> {
    // ----- tuples and starred items -----

    /// `a, *b, c` as in an expression statement or `return`: a bare tuple when a
    /// comma is present.
    pub(super) fn star_expressions(&mut self) -> PResult<Expr> {
        let first = self.star_expression()?;
        if !self.is_op(Op::Comma) {
            // A lone `*x` is only meaningful as an (invalid) assignment target,
            // which the assignment check reports.
            if matches!(first.kind, ExprKind::Starred(_)) && !self.is_op(Op::Equal) {
                return Err(self.error_at("can't use starred expression here", first.line));
            }
            return Ok(first);
        }
        let line = first.line;
        let mut elts = alloc::vec![first];
        while self.eat_op(Op::Comma) {
            if !self.starts_expression() {
                break;
            }
            elts.push(self.star_expression()?);
        }
        elts.shrink_to_fit();
        Ok(expr(line, ExprKind::Tuple(elts)))
    }

    pub(super) fn yield_or_star_expressions(&mut self) -> PResult<Expr> {
        if self.is_kw(Kw::Yield) {
            self.yield_expression()
        } else {
            self.star_expressions()
        }
    }

    pub(super) fn star_expression(&mut self) -> PResult<Expr> {
        if self.is_op(Op::Star) {
            let line = self.line();
            self.bump();
            let value = self.bitwise_or()?;
            return Ok(expr(line, ExprKind::Starred(Box::new(value))));
        }
        self.expression()
    }

    /// An element of a list/set/tuple display or a positional call argument.
    fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.is_op(Op::Star) {
            return self.star_expression();
        }
        self.named_expression()
    }

    /// Can the current token begin an expression?
    pub(super) fn starts_expression(&self) -> bool {
        match self.tok() {
            Tok::Name(_)
            | Tok::Int(_)
            | Tok::BigInt(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::Str(_) => true,
            Tok::Kw(kw) => matches!(
                kw,
                Kw::None | Kw::True | Kw::False | Kw::Not | Kw::Lambda | Kw::Await
            ),
            Tok::Op(op) => matches!(
                op,
                Op::LPar
                    | Op::LSqb
                    | Op::LBrace
                    | Op::Minus
                    | Op::Plus
                    | Op::Tilde
                    | Op::Star
                    | Op::Ellipsis
            ),
            _ => false,
        }
    }

    // ----- targets -----

    /// Comma-separated assignment targets as after `for`: `a, (b, c), *d`.
    pub(super) fn target_list(&mut self) -> PResult<Expr> {
        let first = self.star_target()?;
        if !self.is_op(Op::Comma) {
            return Ok(first);
        }
        let line = first.line;
        let mut elts = alloc::vec![first];
        while self.eat_op(Op::Comma) {
            if !self.starts_expression() {
                break;
            }
            elts.push(self.star_target()?);
        }
        elts.shrink_to_fit();
        Ok(expr(line, ExprKind::Tuple(elts)))
    }

    fn star_target(&mut self) -> PResult<Expr> {
        if self.is_op(Op::Star) {
            let line = self.line();
            self.bump();
            let value = self.single_target()?;
            return Ok(expr(line, ExprKind::Starred(Box::new(value))));
        }
        self.single_target()
    }

    /// One target without a top-level comma, such as after `with ... as`.
    pub(super) fn single_target(&mut self) -> PResult<Expr> {
        self.bitwise_or()
    }

    // ----- expressions -----
    //
    // The functions on the path from one nesting level to the next (through brackets,
    // unary operators, `not`, lambdas...) keep only what they need across the
    // recursive call: the rarer continuations (an operator after the first operand, a
    // trailer after an atom, error messages) are separate functions that are not
    // inlined, so the native stack needed per level stays small (see
    // `stackguard.rs`).

    /// `name := value` or an ordinary expression.
    pub(super) fn named_expression(&mut self) -> PResult<Expr> {
        if matches!(self.tok(), Tok::Name(_)) && matches!(self.peek_nth(1), Tok::Op(Op::ColonEqual))
        {
            return self.walrus();
        }
        // (Matching on the whole result lets the common case return it in place.)
        match self.expression() {
            Ok(value) if self.is_op(Op::ColonEqual) => Err(self.walrus_target_error(&value)),
            result => result,
        }
    }

    #[inline(never)]
    fn walrus(&mut self) -> PResult<Expr> {
        let line = self.line();
        let name = self.expect_name()?;
        self.bump();
        let value = self.expression()?;
        let target = expr(line, ExprKind::Name(name.into()));
        Ok(expr(
            line,
            ExprKind::NamedExpr {
                target: Box::new(target),
                value: Box::new(value),
            },
        ))
    }

    #[cold]
    #[inline(never)]
    fn walrus_target_error(&self, value: &Expr) -> crate::ast::SyntaxError {
        let msg = format!(
            "cannot use assignment expressions with {}",
            expr_name(value)
        );
        self.error_at(msg, value.line)
    }

    /// A full expression: lambda or conditional expression.
    pub(super) fn expression(&mut self) -> PResult<Expr> {
        self.enter()?;
        let result = self.expression_inner();
        self.leave();
        result
    }

    fn expression_inner(&mut self) -> PResult<Expr> {
        if self.is_kw(Kw::Lambda) {
            return self.lambda();
        }
        match self.disjunction() {
            Ok(body) if self.is_kw(Kw::If) => self.if_expression(body),
            result => result,
        }
    }

    /// `body if test else orelse`, after `body`.
    #[inline(never)]
    fn if_expression(&mut self, body: Expr) -> PResult<Expr> {
        self.bump();
        let test = self.disjunction()?;
        self.expect_kw(Kw::Else, "expected 'else' after 'if' expression")?;
        let orelse = self.expression()?;
        Ok(expr(
            body.line,
            ExprKind::IfExp {
                test: Box::new(test),
                body: Box::new(body),
                orelse: Box::new(orelse),
            },
        ))
    }

    #[inline(never)]
    fn lambda(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.bump();
        let args = self.parameters(false)?;
        let body = self.expression()?;
        Ok(expr(
            line,
            ExprKind::Lambda {
                args: Box::new(args),
                body: Box::new(body),
            },
        ))
    }

    /// An expression without conditional or lambda at the top (as after `in` in a
    /// comprehension): `or` and `and` chains of inversions.
    pub(super) fn disjunction(&mut self) -> PResult<Expr> {
        match self.inversion() {
            Ok(first) if matches!(self.tok(), Tok::Kw(Kw::And | Kw::Or)) => self.bool_chains(first),
            result => result,
        }
    }

    /// The `and`/`or` operators after a first inversion: `and` binds tighter.
    #[inline(never)]
    fn bool_chains(&mut self, first: Expr) -> PResult<Expr> {
        let mut ors = Vec::new();
        let mut cur = first;
        loop {
            if self.is_kw(Kw::And) {
                let line = cur.line;
                let mut values = alloc::vec![cur];
                while self.eat_kw(Kw::And) {
                    values.push(self.inversion()?);
                }
                let op = BoolOp::And;
                cur = expr(
                    line,
                    ExprKind::BoolOp {
                        op,
                        values: values.into(),
                    },
                );
            }
            if !self.eat_kw(Kw::Or) {
                break;
            }
            ors.push(cur);
            cur = self.inversion()?;
        }
        if ors.is_empty() {
            return Ok(cur);
        }
        ors.push(cur);
        let line = ors[0].line;
        let op = BoolOp::Or;
        Ok(expr(
            line,
            ExprKind::BoolOp {
                op,
                values: ors.into(),
            },
        ))
    }

    /// `not x`, or a comparison chain.
    fn inversion(&mut self) -> PResult<Expr> {
        if self.is_kw(Kw::Not) {
            return self.not_expression();
        }
        match self.bitwise_or() {
            Ok(left) if self.at_comparison_op() => self.comparison_rest(left),
            result => result,
        }
    }

    #[inline(never)]
    fn not_expression(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.bump();
        self.enter()?;
        let operand = self.inversion();
        self.leave();
        Ok(expr(
            line,
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand: Box::new(operand?),
            },
        ))
    }

    fn at_comparison_op(&self) -> bool {
        match self.tok() {
            Tok::Op(op) => matches!(
                op,
                Op::EqEqual
                    | Op::NotEqual
                    | Op::Less
                    | Op::LessEqual
                    | Op::Greater
                    | Op::GreaterEqual
            ),
            Tok::Kw(Kw::In | Kw::Is) => true,
            Tok::Kw(Kw::Not) => matches!(self.peek_nth(1), Tok::Kw(Kw::In)),
            _ => false,
        }
    }

    fn comparison_op(&mut self) -> Option<CmpOp> {
        let op = match self.tok() {
            Tok::Op(Op::EqEqual) => CmpOp::Eq,
            Tok::Op(Op::NotEqual) => CmpOp::NotEq,
            Tok::Op(Op::Less) => CmpOp::Lt,
            Tok::Op(Op::LessEqual) => CmpOp::LtE,
            Tok::Op(Op::Greater) => CmpOp::Gt,
            Tok::Op(Op::GreaterEqual) => CmpOp::GtE,
            Tok::Kw(Kw::In) => CmpOp::In,
            Tok::Kw(Kw::Is) => {
                if matches!(self.peek_nth(1), Tok::Kw(Kw::Not)) {
                    self.bump();
                    CmpOp::IsNot
                } else {
                    CmpOp::Is
                }
            }
            Tok::Kw(Kw::Not) if matches!(self.peek_nth(1), Tok::Kw(Kw::In)) => {
                self.bump();
                CmpOp::NotIn
            }
            _ => return None,
        };
        self.bump();
        Some(op)
    }

    /// The comparison operators and operands after the first operand `left`.
    #[inline(never)]
    fn comparison_rest(&mut self, left: Expr) -> PResult<Expr> {
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some(op) = self.comparison_op() {
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        Ok(expr(
            left.line,
            ExprKind::Compare(Box::new(ast::Compare {
                left,
                ops,
                comparators,
            })),
        ))
    }

    /// Binary operators from `|` down to `*`, by precedence climbing.
    pub(super) fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary(1)
    }

    fn binary(&mut self, min_power: u8) -> PResult<Expr> {
        match self.factor() {
            Ok(left) if binary_op(self.tok()).is_some_and(|(power, _)| power >= min_power) => {
                self.binary_rest(left, min_power)
            }
            result => result,
        }
    }

    /// The operators at or above `min_power` after the first operand `left`.
    #[inline(never)]
    fn binary_rest(&mut self, mut left: Expr, min_power: u8) -> PResult<Expr> {
        let mut chain = 0;
        while let Some((power, op)) = binary_op(self.tok()) {
            if power < min_power {
                break;
            }
            self.bump();
            let right = if power < 6 {
                self.binary(power + 1)?
            } else {
                self.factor()?
            };
            chain += 1;
            self.grow(1)?;
            left = expr(
                left.line,
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                },
            );
        }
        self.shrink(chain);
        Ok(left)
    }

    /// Unary `-`/`+`/`~`, or a power: `[await] primary [** factor]`.
    fn factor(&mut self) -> PResult<Expr> {
        let left = match self.tok() {
            Tok::Op(Op::Minus | Op::Plus | Op::Tilde) => return self.unary(),
            Tok::Kw(Kw::Await) => self.await_expression(),
            _ => self.primary(),
        };
        match left {
            Ok(left) if self.is_op(Op::DoubleStar) => self.power_rest(left),
            result => result,
        }
    }

    #[inline(never)]
    fn unary(&mut self) -> PResult<Expr> {
        let op = match self.tok() {
            Tok::Op(Op::Minus) => UnaryOp::USub,
            Tok::Op(Op::Plus) => UnaryOp::UAdd,
            _ => UnaryOp::Invert,
        };
        let line = self.line();
        self.bump();
        self.enter()?;
        let operand = self.factor();
        self.leave();
        Ok(expr(
            line,
            ExprKind::UnaryOp {
                op,
                operand: Box::new(operand?),
            },
        ))
    }

    /// `left ** factor` (right-associative), after `left`.
    #[inline(never)]
    fn power_rest(&mut self, left: Expr) -> PResult<Expr> {
        self.bump();
        self.enter()?;
        let right = self.factor();
        self.leave();
        Ok(expr(
            left.line,
            ExprKind::BinOp {
                left: Box::new(left),
                op: BinOp::Pow,
                right: Box::new(right?),
            },
        ))
    }

    /// `await primary` (awaits nest: `await await x`).
    #[inline(never)]
    fn await_expression(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.bump();
        self.enter()?;
        let value = if self.is_kw(Kw::Await) {
            self.await_expression()
        } else {
            self.primary()
        };
        self.leave();
        Ok(expr(line, ExprKind::Await(Box::new(value?))))
    }

    /// An atom followed by any number of `.name`, `(args)` and `[slice]` trailers.
    fn primary(&mut self) -> PResult<Expr> {
        match self.atom() {
            Ok(value) if matches!(self.tok(), Tok::Op(Op::Dot | Op::LPar | Op::LSqb)) => {
                self.trailers(value)
            }
            result => result,
        }
    }

    #[inline(never)]
    fn trailers(&mut self, mut value: Expr) -> PResult<Expr> {
        let mut chain = 0;
        loop {
            value = match self.tok() {
                Tok::Op(Op::Dot) => self.attribute_trailer(value)?,
                Tok::Op(Op::LPar) => self.call_trailer(value)?,
                Tok::Op(Op::LSqb) => self.subscript_trailer(value)?,
                _ => break,
            };
            chain += 1;
            self.grow(1)?;
        }
        self.shrink(chain);
        Ok(value)
    }

    #[inline(never)]
    fn attribute_trailer(&mut self, value: Expr) -> PResult<Expr> {
        self.bump();
        let attr = self.expect_name()?;
        let line = value.line;
        let value = Box::new(value);
        Ok(expr(
            line,
            ExprKind::Attribute {
                value,
                attr: attr.into(),
            },
        ))
    }

    #[inline(never)]
    fn call_trailer(&mut self, func: Expr) -> PResult<Expr> {
        self.bump();
        let (args, keywords) = self.call_arguments()?;
        let line = func.line;
        Ok(expr(
            line,
            ExprKind::Call(Box::new(ast::Call {
                func,
                args,
                keywords,
            })),
        ))
    }

    #[inline(never)]
    fn subscript_trailer(&mut self, value: Expr) -> PResult<Expr> {
        self.bump();
        let slice = Box::new(self.slices()?);
        let line = value.line;
        let value = Box::new(value);
        Ok(expr(line, ExprKind::Subscript { value, slice }))
    }

    /// The inside of `[...]` after a primary; consumes the closing bracket.
    fn slices(&mut self) -> PResult<Expr> {
        self.enter()?;
        let result = self.slices_inner();
        self.leave();
        result
    }

    fn slices_inner(&mut self) -> PResult<Expr> {
        let line = self.line();
        let first = self.slice()?;
        if self.eat_op(Op::RSqb) {
            return Ok(first);
        }
        let mut elts = alloc::vec![first];
        while self.eat_op(Op::Comma) {
            if self.is_op(Op::RSqb) {
                break;
            }
            elts.push(self.slice()?);
        }
        self.expect_op(Op::RSqb, "invalid syntax")?;
        elts.shrink_to_fit();
        Ok(expr(line, ExprKind::Tuple(elts)))
    }

    fn slice(&mut self) -> PResult<Expr> {
        let line = self.line();
        let lower = if self.is_op(Op::Colon) {
            None
        } else {
            let value = self.star_named_expression()?;
            if !self.is_op(Op::Colon) {
                return Ok(value);
            }
            Some(Box::new(value))
        };
        self.bump();
        let upper = self.optional_slice_part()?;
        let step = if self.eat_op(Op::Colon) {
            self.optional_slice_part()?
        } else {
            None
        };
        Ok(expr(line, ExprKind::Slice { lower, upper, step }))
    }

    fn optional_slice_part(&mut self) -> PResult<Option<Box<Expr>>> {
        if matches!(self.tok(), Tok::Op(Op::Colon | Op::Comma | Op::RSqb)) {
            Ok(None)
        } else {
            Ok(Some(Box::new(self.expression()?)))
        }
    }

    // ----- atoms -----

    fn atom(&mut self) -> PResult<Expr> {
        let line = self.line();
        let kind = match self.tok() {
            Tok::Name(name) => ExprKind::Name(name.clone().into()),
            Tok::Int(v) => ExprKind::Constant(Constant::Int(*v)),
            Tok::BigInt(s) => ExprKind::Constant(Constant::BigInt(s.clone().into())),
            Tok::Float(f) => ExprKind::Constant(Constant::Float(*f)),
            Tok::Imag(f) => ExprKind::Constant(Constant::Imag(*f)),
            Tok::Kw(Kw::None) => ExprKind::Constant(Constant::None),
            Tok::Kw(Kw::True) => ExprKind::Constant(Constant::True),
            Tok::Kw(Kw::False) => ExprKind::Constant(Constant::False),
            Tok::Op(Op::Ellipsis) => ExprKind::Constant(Constant::Ellipsis),
            Tok::Str(_) => return self.strings(),
            Tok::Op(Op::LPar) => return self.nested(Self::paren_atom),
            Tok::Op(Op::LSqb) => return self.nested(Self::list_atom),
            Tok::Op(Op::LBrace) => return self.nested(Self::brace_atom),
            _ => return Err(self.invalid_syntax()),
        };
        self.bump();
        Ok(expr(line, kind))
    }

    fn nested(&mut self, parse: fn(&mut Self) -> PResult<Expr>) -> PResult<Expr> {
        self.enter()?;
        let result = parse(self);
        self.leave();
        result
    }

    /// Adjacent string literals, concatenated.
    #[inline(never)]
    fn strings(&mut self) -> PResult<Expr> {
        let line = self.line();
        let mut text = String::new();
        let mut bytes: Option<Vec<u8>> = None;
        let mut saw_str = false;
        let mut parts: Option<Vec<Expr>> = None;
        while let Tok::Str(lit) = self.tok() {
            let lit = lit.clone();
            let tok_line = self.line();
            match lit {
                StrLit::Bytes(b) => {
                    if saw_str {
                        return Err(self.error_here("cannot mix bytes and nonbytes literals"));
                    }
                    bytes.get_or_insert_with(Vec::new).extend_from_slice(&b);
                }
                _ if bytes.is_some() => {
                    return Err(self.error_here("cannot mix bytes and nonbytes literals"));
                }
                StrLit::Str(s) => {
                    saw_str = true;
                    text.push_str(&s);
                }
                StrLit::FString(body) => {
                    saw_str = true;
                    let parts = parts.get_or_insert_with(Vec::new);
                    flush_text(parts, &mut text, tok_line);
                    self.fstring(&body, parts)?;
                }
            }
            self.bump();
        }
        if let Some(b) = bytes {
            return Ok(expr(line, ExprKind::Constant(Constant::Bytes(b.into()))));
        }
        match parts {
            Some(mut parts) => {
                flush_text(&mut parts, &mut text, line);
                Ok(expr(line, ExprKind::JoinedStr(parts)))
            }
            None => Ok(expr(line, ExprKind::Constant(Constant::Str(text.into())))),
        }
    }

    /// `( ... )`: empty tuple, parenthesized expression, tuple, yield or generator.
    #[inline(never)]
    fn paren_atom(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.bump();
        if self.eat_op(Op::RPar) {
            return Ok(expr(line, ExprKind::Tuple(Vec::new())));
        }
        if self.is_kw(Kw::Yield) {
            return self.paren_yield();
        }
        match self.star_named_expression() {
            Ok(first) if self.is_op(Op::RPar) && !matches!(first.kind, ExprKind::Starred(_)) => {
                self.bump();
                Ok(first)
            }
            Ok(first) => self.paren_rest(line, first),
            Err(e) => Err(e),
        }
    }

    #[inline(never)]
    fn paren_yield(&mut self) -> PResult<Expr> {
        let value = self.yield_expression()?;
        self.expect_op(Op::RPar, "invalid syntax")?;
        Ok(value)
    }

    /// A parenthesized generator expression or tuple, after its first element.
    #[inline(never)]
    fn paren_rest(&mut self, line: Line, first: Expr) -> PResult<Expr> {
        if self.starts_comprehension() {
            let generators = self.comprehension_clauses()?;
            self.expect_op(Op::RPar, "invalid syntax")?;
            return Ok(expr(
                line,
                ExprKind::GeneratorExp {
                    elt: Box::new(self.check_element(first)?),
                    generators: generators.into(),
                },
            ));
        }
        if self.eat_op(Op::RPar) {
            if let ExprKind::Starred(_) = first.kind {
                return Err(self.error_at("cannot use starred expression here", first.line));
            }
            return Ok(first);
        }
        let elts = self.display_rest(first, Op::RPar)?;
        Ok(expr(line, ExprKind::Tuple(elts)))
    }

    /// After the first element of a display: `, elt, elt [,]` and the closing bracket.
    fn display_rest(&mut self, first: Expr, close: Op) -> PResult<Vec<Expr>> {
        let mut elts = alloc::vec![first];
        while self.eat_op(Op::Comma) {
            if self.is_op(close) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        if !self.eat_op(close) {
            return Err(self.missing_comma_error());
        }
        elts.shrink_to_fit();
        Ok(elts)
    }

    pub(super) fn missing_comma_error(&self) -> crate::ast::SyntaxError {
        if self.starts_expression()
            && !matches!(
                self.tok(),
                Tok::Op(Op::Star | Op::Minus | Op::Plus | Op::LPar | Op::LSqb)
            )
        {
            return self.error_here("invalid syntax. Perhaps you forgot a comma?");
        }
        self.invalid_syntax()
    }

    #[inline(never)]
    fn list_atom(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.bump();
        if self.eat_op(Op::RSqb) {
            return Ok(expr(line, ExprKind::List(Vec::new())));
        }
        match self.star_named_expression() {
            Ok(first) => self.list_rest(line, first),
            Err(e) => Err(e),
        }
    }

    /// A list display or comprehension, after its first element.
    #[inline(never)]
    fn list_rest(&mut self, line: Line, first: Expr) -> PResult<Expr> {
        if self.starts_comprehension() {
            let generators = self.comprehension_clauses()?;
            self.expect_op(Op::RSqb, "invalid syntax")?;
            return Ok(expr(
                line,
                ExprKind::ListComp {
                    elt: Box::new(self.check_element(first)?),
                    generators: generators.into(),
                },
            ));
        }
        let elts = self.display_rest(first, Op::RSqb)?;
        Ok(expr(line, ExprKind::List(elts)))
    }

    #[inline(never)]
    fn brace_atom(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.bump();
        if self.eat_op(Op::RBrace) {
            return Ok(expr(
                line,
                ExprKind::Dict(Box::new(ast::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                })),
            ));
        }
        if self.eat_op(Op::DoubleStar) {
            let value = self.bitwise_or()?;
            return self.dict_rest(line, None, value);
        }
        let first = self.star_named_expression()?;
        if self.eat_op(Op::Colon) {
            if let ExprKind::Starred(_) = first.kind {
                return Err(self.error_at(
                    "cannot use a starred expression in a dictionary key",
                    first.line,
                ));
            }
            let value = self.expression()?;
            if self.starts_comprehension() {
                let generators = self.comprehension_clauses()?;
                self.expect_op(Op::RBrace, "invalid syntax")?;
                return Ok(expr(
                    line,
                    ExprKind::DictComp(Box::new(ast::DictComp {
                        key: first,
                        value,
                        generators,
                    })),
                ));
            }
            return self.dict_rest(line, Some(first), value);
        }
        if self.starts_comprehension() {
            let generators = self.comprehension_clauses()?;
            self.expect_op(Op::RBrace, "invalid syntax")?;
            return Ok(expr(
                line,
                ExprKind::SetComp {
                    elt: Box::new(self.check_element(first)?),
                    generators: generators.into(),
                },
            ));
        }
        let elts = self.display_rest(first, Op::RBrace)?;
        Ok(expr(line, ExprKind::Set(elts)))
    }

    fn dict_rest(&mut self, line: Line, key: Option<Expr>, value: Expr) -> PResult<Expr> {
        let mut keys = alloc::vec![key];
        let mut values = alloc::vec![value];
        while self.eat_op(Op::Comma) {
            if self.is_op(Op::RBrace) {
                break;
            }
            if self.eat_op(Op::DoubleStar) {
                keys.push(None);
                values.push(self.bitwise_or()?);
                continue;
            }
            keys.push(Some(self.expression()?));
            self.expect_op(Op::Colon, "':' expected after dictionary key")?;
            values.push(self.expression()?);
        }
        if !self.eat_op(Op::RBrace) {
            return Err(self.missing_comma_error());
        }
        Ok(expr(
            line,
            ExprKind::Dict(Box::new(ast::Dict { keys, values })),
        ))
    }

    /// A comprehension element may not be starred.
    fn check_element(&self, elt: Expr) -> PResult<Expr> {
        if let ExprKind::Starred(_) = elt.kind {
            return Err(self.error_at(
                "iterable unpacking cannot be used in comprehension",
                elt.line,
            ));
        }
        Ok(elt)
    }

    pub(super) fn starts_comprehension(&self) -> bool {
        self.is_kw(Kw::For)
            || (self.is_kw(Kw::Async) && matches!(self.peek_nth(1), Tok::Kw(Kw::For)))
    }

    /// One or more `[async] for target in iter [if cond]*` clauses.
    pub(super) fn comprehension_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while self.starts_comprehension() {
            let is_async = self.eat_kw(Kw::Async);
            self.bump();
            let target = self.target_list()?;
            check_store_target(&target, TargetCtx::Comprehension)
                .map_err(|e| self.target_error(e))?;
            self.expect_kw(Kw::In, "invalid syntax")?;
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat_kw(Kw::If) {
                ifs.push(self.disjunction()?);
            }
            generators.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Ok(generators)
    }

    /// `yield`, `yield value(s)` or `yield from value`.
    pub(super) fn yield_expression(&mut self) -> PResult<Expr> {
        let line = self.line();
        self.bump();
        if self.eat_kw(Kw::From) {
            let value = self.expression()?;
            return Ok(expr(line, ExprKind::YieldFrom(Box::new(value))));
        }
        if !self.starts_expression() {
            return Ok(expr(line, ExprKind::Yield(None)));
        }
        let value = self.star_expressions()?;
        Ok(expr(line, ExprKind::Yield(Some(Box::new(value)))))
    }
}

fn flush_text(parts: &mut Vec<Expr>, text: &mut String, line: Line) {
    if text.is_empty() {
        return;
    }
    let s = core::mem::take(text);
    if let Some(Expr {
        kind: ExprKind::Constant(Constant::Str(prev)),
        ..
    }) = parts.last_mut()
    {
        let mut joined = String::from(core::mem::take(prev));
        joined.push_str(&s);
        *prev = joined.into_boxed_str();
        return;
    }
    parts.push(expr(line, ExprKind::Constant(Constant::Str(s.into()))));
}

pub(super) fn push_literal(parts: &mut Vec<Expr>, text: &str, line: Line) {
    let mut owned = String::from(text);
    flush_text(parts, &mut owned, line);
}
