//! Expression code generation: operators, displays, calls, comprehensions, f-strings,
//! conditional jumps, and constant folding.

use alloc::format;
use alloc::string::ToString;
use alloc::vec::Vec;
use hashbrown::HashSet;

use super::unit::Label;
use super::{CResult, Compiler, NameCtx};
use crate::ast;
use crate::ast::*;
use crate::bytecode::{CompareKind, Const, Op};
use crate::symtable::CompKind;

/// The three kinds of container display built with `Build*` instructions.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Display {
    Tuple,
    List,
    Set,
}

/// A `Constant` literal as a code-object constant.
fn literal(value: &Constant) -> Const {
    match value {
        Constant::None => Const::None,
        Constant::True => Const::True,
        Constant::False => Const::False,
        Constant::Ellipsis => Const::Ellipsis,
        Constant::Int(i) => Const::Int(*i),
        Constant::BigInt(digits) => Const::BigInt(alloc::string::String::from(&**digits).into()),
        Constant::Float(f) => Const::Float(*f),
        Constant::Imag(f) => Const::Complex {
            real: 0.0,
            imag: *f,
        },
        Constant::Str(s) => Const::Str(alloc::string::String::from(&**s).into()),
        Constant::Bytes(b) => Const::Bytes(b.to_vec().into()),
    }
}

/// `-c` for a numeric constant.
fn negate(value: Const) -> Option<Const> {
    const MIN_DIGITS: &str = "9223372036854775808";
    Some(match value {
        Const::Int(i) => match i.checked_neg() {
            Some(n) => Const::Int(n),
            None => Const::BigInt(MIN_DIGITS.into()),
        },
        Const::BigInt(digits) => match digits.strip_prefix('-') {
            Some(positive) => Const::BigInt(positive.to_string().into()),
            None if digits == MIN_DIGITS => Const::Int(i64::MIN),
            None => Const::BigInt(format!("-{}", digits).into()),
        },
        Const::Float(f) => Const::Float(-f),
        Const::Complex { real, imag } => Const::Complex {
            real: -real,
            imag: -imag,
        },
        _ => return None,
    })
}

fn is_starred(expr: &Expr) -> bool {
    matches!(expr.kind, ExprKind::Starred(_))
}

fn compare_op(op: CmpOp) -> Op {
    match op {
        CmpOp::Eq => Op::CompareOp(CompareKind::Eq as u32),
        CmpOp::NotEq => Op::CompareOp(CompareKind::Ne as u32),
        CmpOp::Lt => Op::CompareOp(CompareKind::Lt as u32),
        CmpOp::LtE => Op::CompareOp(CompareKind::Le as u32),
        CmpOp::Gt => Op::CompareOp(CompareKind::Gt as u32),
        CmpOp::GtE => Op::CompareOp(CompareKind::Ge as u32),
        CmpOp::Is => Op::IsOp(0),
        CmpOp::IsNot => Op::IsOp(1),
        CmpOp::In => Op::ContainsOp(0),
        CmpOp::NotIn => Op::ContainsOp(1),
    }
}

impl<'a> Compiler<'a> {
    pub(super) fn attr_name(&mut self, attr: &str) -> u32 {
        let name = self.mangle(attr);
        self.unit().add_name(&name)
    }

    // ---- constant folding ----

    /// The value of a constant expression: literals, `-literal`, `__debug__`, and
    /// tuples of those.
    pub(super) fn const_value(&self, expr: &Expr) -> Option<Const> {
        if self.guard.exhausted() {
            // Too deep to fold: compiling it normally reports the error.
            return None;
        }
        match &expr.kind {
            ExprKind::Constant(value) => Some(literal(value)),
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand,
            } => negate(self.const_value(operand)?),
            ExprKind::Name(name) if &**name == "__debug__" => Some(if self.optimize > 0 {
                Const::False
            } else {
                Const::True
            }),
            ExprKind::Tuple(elts) => {
                let mut items = Vec::with_capacity(elts.len());
                for elt in elts {
                    items.push(self.const_value(elt)?);
                }
                Some(Const::Tuple(items.into()))
            }
            _ => None,
        }
    }

    /// The truth value of a constant test, if known at compile time.
    pub(super) fn const_truth(&self, expr: &Expr) -> Option<bool> {
        Some(match self.const_value(expr)? {
            Const::None | Const::False => false,
            Const::True | Const::Ellipsis => true,
            Const::Int(i) => i != 0,
            Const::BigInt(_) => true,
            Const::Float(f) => f != 0.0,
            Const::Complex { real, imag } => real != 0.0 || imag != 0.0,
            Const::Str(s) => !s.is_empty(),
            Const::Bytes(b) => !b.is_empty(),
            Const::Tuple(t) => !t.is_empty(),
            Const::Code(_) => true,
        })
    }

    // ---- expressions ----

    pub(super) fn compile_expr(&mut self, expr: &'a Expr) -> CResult {
        self.enter_nested(expr.line)?;
        self.unit().set_line(expr.line);
        let result = self.compile_expr_inner(expr);
        self.leave_nested();
        result
    }

    fn compile_expr_inner(&mut self, expr: &'a Expr) -> CResult {
        let line = expr.line;
        match &expr.kind {
            ExprKind::BoolOp { op, values } => self.compile_bool_op(*op, values),
            ExprKind::NamedExpr { target, value } => {
                self.compile_expr(value)?;
                self.emit(Op::DupTop);
                self.compile_store(target)
            }
            ExprKind::BinOp { .. } => self.compile_bin_op(expr),
            ExprKind::UnaryOp { op, operand } => {
                if let Some(value) = self.const_value(expr) {
                    self.load_const(value);
                    return Ok(());
                }
                self.compile_expr(operand)?;
                self.emit(Op::UnaryOp(*op as u8 as u32));
                Ok(())
            }
            ExprKind::Lambda { args, body } => self.compile_lambda(expr, args, body),
            ExprKind::IfExp { test, body, orelse } => self.compile_if_exp(test, body, orelse),
            ExprKind::Dict(node) => {
                let ast::Dict { keys, values } = &**node;
                self.compile_dict(keys, values)
            }
            ExprKind::Set(elts) => self.compile_display(elts, Display::Set),
            ExprKind::List(elts) => self.compile_display(elts, Display::List),
            ExprKind::Tuple(elts) => match self.const_value(expr) {
                Some(value) => {
                    self.load_const(value);
                    Ok(())
                }
                None => self.compile_display(elts, Display::Tuple),
            },
            ExprKind::ListComp { elt, generators } => {
                self.compile_comprehension(expr, CompKind::List, elt, None, generators)
            }
            ExprKind::SetComp { elt, generators } => {
                self.compile_comprehension(expr, CompKind::Set, elt, None, generators)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.compile_comprehension(expr, CompKind::Generator, elt, None, generators)
            }
            ExprKind::DictComp(node) => {
                let ast::DictComp {
                    key,
                    value,
                    generators,
                } = &**node;
                self.compile_comprehension(expr, CompKind::Dict, key, Some(value), generators)
            }
            ExprKind::Await(value) => {
                self.compile_expr(value)?;
                self.emit(Op::GetAwaitable);
                self.emit_await_tail();
                Ok(())
            }
            ExprKind::Yield(value) => {
                match value {
                    Some(value) => self.compile_expr(value)?,
                    None => self.load_none(),
                }
                self.emit(Op::YieldValue);
                Ok(())
            }
            ExprKind::YieldFrom(value) => {
                self.compile_expr(value)?;
                self.emit(Op::GetYieldFromIter);
                self.emit_await_tail();
                Ok(())
            }
            ExprKind::Compare(node) => {
                let ast::Compare {
                    left,
                    ops,
                    comparators,
                } = &**node;
                self.compile_compare(left, ops, comparators)
            }
            ExprKind::Call(node) => {
                let ast::Call {
                    func,
                    args,
                    keywords,
                } = &**node;
                self.compile_call(func, args, keywords, line)
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => self.compile_formatted_value(value, *conversion, format_spec.as_deref()),
            ExprKind::JoinedStr(parts) => self.compile_joined_str(parts),
            ExprKind::Constant(value) => {
                self.load_const(literal(value));
                Ok(())
            }
            ExprKind::Attribute { value, attr } => {
                self.compile_expr(value)?;
                let name = self.attr_name(attr);
                self.unit().set_line(line);
                self.emit(Op::LoadAttr(name));
                Ok(())
            }
            ExprKind::Subscript { value, slice } => {
                self.compile_expr(value)?;
                self.compile_expr(slice)?;
                self.unit().set_line(line);
                self.emit(Op::BinarySubscr);
                Ok(())
            }
            ExprKind::Starred(_) => {
                Err(SyntaxError::new("can't use starred expression here", line))
            }
            ExprKind::Name(name) => {
                self.name_op(name, NameCtx::Load);
                Ok(())
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(part) => self.compile_expr(part)?,
                        None => self.load_none(),
                    }
                }
                match step {
                    Some(step) => {
                        self.compile_expr(step)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => self.emit(Op::BuildSlice(2)),
                }
                Ok(())
            }
        }
    }

    #[inline(never)]
    fn compile_if_exp(&mut self, test: &'a Expr, body: &'a Expr, orelse: &'a Expr) -> CResult {
        let otherwise = self.unit().new_label();
        let end = self.unit().new_label();
        self.compile_jump_if(test, false, otherwise)?;
        self.compile_expr(body)?;
        self.unit().emit_jump(Op::Jump, end);
        self.unit().bind(otherwise);
        self.compile_expr(orelse)?;
        self.unit().bind(end);
        Ok(())
    }

    #[inline(never)]
    fn compile_bool_op(&mut self, op: BoolOp, values: &'a [Expr]) -> CResult {
        let Some((last, rest)) = values.split_last() else {
            self.load_none();
            return Ok(());
        };
        let end = self.unit().new_label();
        let jump = match op {
            BoolOp::And => Op::JumpIfFalseOrPop,
            BoolOp::Or => Op::JumpIfTrueOrPop,
        };
        for value in rest {
            self.compile_expr(value)?;
            self.unit().emit_jump(jump, end);
        }
        self.compile_expr(last)?;
        self.unit().bind(end);
        Ok(())
    }

    /// `a + b + c + ...` nests to the left; walk that spine without recursing.
    #[inline(never)]
    fn compile_bin_op(&mut self, expr: &'a Expr) -> CResult {
        let mut spine: Vec<(&'a Expr, BinOp, Line)> = Vec::new();
        let mut node = expr;
        while let ExprKind::BinOp { left, op, right } = &node.kind {
            spine.push((right, *op, node.line));
            node = left;
        }
        self.compile_expr(node)?;
        for (right, op, line) in spine.into_iter().rev() {
            self.compile_expr(right)?;
            self.unit().set_line(line);
            self.emit(Op::BinaryOp(op as u8 as u32));
        }
        Ok(())
    }

    /// Jump to `target` when `expr` is truthy (`jump_if`) or falsy, consuming it.
    pub(super) fn compile_jump_if(
        &mut self,
        expr: &'a Expr,
        jump_if: bool,
        target: Label,
    ) -> CResult {
        if let Some(truth) = self.const_truth(expr) {
            if truth == jump_if {
                self.unit().emit_jump(Op::Jump, target);
            }
            return Ok(());
        }
        self.enter_nested(expr.line)?;
        let result = self.compile_jump_if_inner(expr, jump_if, target);
        self.leave_nested();
        result
    }

    fn compile_jump_if_inner(&mut self, expr: &'a Expr, jump_if: bool, target: Label) -> CResult {
        match &expr.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => self.compile_jump_if(operand, !jump_if, target),
            ExprKind::BoolOp { op, values } if !values.is_empty() => {
                // `and` jumps away on the first falsy value, `or` on the first truthy one.
                let short_circuit_on = *op == BoolOp::Or;
                let (last, rest) = values.split_last().unwrap_or((&values[0], &[]));
                if short_circuit_on == jump_if {
                    for value in rest {
                        self.compile_jump_if(value, jump_if, target)?;
                    }
                    self.compile_jump_if(last, jump_if, target)
                } else {
                    let skip = self.unit().new_label();
                    for value in rest {
                        self.compile_jump_if(value, !jump_if, skip)?;
                    }
                    self.compile_jump_if(last, jump_if, target)?;
                    self.unit().bind(skip);
                    Ok(())
                }
            }
            _ => {
                self.compile_expr(expr)?;
                let jump = if jump_if {
                    Op::PopJumpIfTrue
                } else {
                    Op::PopJumpIfFalse
                };
                self.unit().emit_jump(jump, target);
                Ok(())
            }
        }
    }

    #[inline(never)]
    fn compile_compare(
        &mut self,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
    ) -> CResult {
        self.compile_expr(left)?;
        let n = ops.len().min(comparators.len());
        if n == 0 {
            return Ok(());
        }
        if n == 1 {
            self.compile_expr(&comparators[0])?;
            self.emit(compare_op(ops[0]));
            return Ok(());
        }
        let cleanup = self.unit().new_label();
        let end = self.unit().new_label();
        for i in 0..n - 1 {
            self.compile_expr(&comparators[i])?;
            self.emit(Op::DupTop);
            self.emit(Op::RotThree);
            self.emit(compare_op(ops[i]));
            self.unit().emit_jump(Op::JumpIfFalseOrPop, cleanup);
        }
        self.compile_expr(&comparators[n - 1])?;
        self.emit(compare_op(ops[n - 1]));
        self.unit().emit_jump(Op::Jump, end);
        self.unit().bind(cleanup);
        self.emit(Op::RotTwo);
        self.emit(Op::Pop);
        self.unit().bind(end);
        Ok(())
    }

    // ---- displays ----

    #[inline(never)]
    fn compile_display(&mut self, elts: &'a [Expr], kind: Display) -> CResult {
        let plain = elts.iter().take_while(|e| !is_starred(e)).count();
        for elt in &elts[..plain] {
            self.compile_expr(elt)?;
        }
        let n = plain as u32;
        if plain == elts.len() {
            self.emit(match kind {
                Display::Tuple => Op::BuildTuple(n),
                Display::List => Op::BuildList(n),
                Display::Set if n >= 3 && elts.iter().all(is_constant) => {
                    Op::BuildSet(n | crate::bytecode::CONST_SET)
                }
                Display::Set => Op::BuildSet(n),
            });
            return Ok(());
        }
        let is_set = kind == Display::Set;
        self.emit(if is_set {
            Op::BuildSet(n)
        } else {
            Op::BuildList(n)
        });
        for elt in &elts[plain..] {
            match &elt.kind {
                ExprKind::Starred(inner) => {
                    self.compile_expr(inner)?;
                    self.emit(if is_set {
                        Op::SetUpdate(1)
                    } else {
                        Op::ListExtend(1)
                    });
                }
                _ => {
                    self.compile_expr(elt)?;
                    self.emit(if is_set {
                        Op::SetAdd(1)
                    } else {
                        Op::ListAppend(1)
                    });
                }
            }
        }
        if kind == Display::Tuple {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    #[inline(never)]
    fn compile_dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let n = keys.len().min(values.len());
        let plain = keys[..n].iter().take_while(|k| k.is_some()).count();
        for (key, value) in keys[..plain].iter().zip(values) {
            if let Some(key) = key {
                self.compile_expr(key)?;
            }
            self.compile_expr(value)?;
        }
        self.emit(Op::BuildMap(plain as u32));
        for (key, value) in keys[plain..n].iter().zip(&values[plain..n]) {
            match key {
                Some(key) => {
                    self.compile_expr(key)?;
                    self.compile_expr(value)?;
                    self.emit(Op::MapAdd(1));
                }
                None => {
                    self.compile_expr(value)?;
                    self.emit(Op::DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    // ---- calls ----

    fn check_keywords(&self, keywords: &[Keyword], line: Line) -> CResult {
        let mut seen = HashSet::new();
        for keyword in keywords {
            if let Some(name) = &keyword.name {
                if !seen.insert(name.as_str()) {
                    return Err(SyntaxError::new(
                        format!("keyword argument repeated: {}", name),
                        keyword.value.line.max(line),
                    ));
                }
            }
        }
        Ok(())
    }

    fn keyword_names(&mut self, keywords: &[Keyword]) -> u32 {
        let names = keywords
            .iter()
            .map(|k| Const::Str(k.name.clone().unwrap_or_default().into()))
            .collect::<Vec<_>>();
        self.unit().add_const(Const::Tuple(names.into()))
    }

    #[inline(never)]
    fn compile_call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        line: Line,
    ) -> CResult {
        self.check_keywords(keywords, line)?;
        let has_star = args.iter().any(is_starred) || keywords.iter().any(|k| k.name.is_none());
        if let (ExprKind::Attribute { value, attr }, false) = (&func.kind, has_star) {
            self.compile_expr(value)?;
            let name = self.attr_name(attr);
            self.unit().set_line(func.line);
            self.emit(Op::LoadMethod(name));
            for arg in args {
                self.compile_expr(arg)?;
            }
            for keyword in keywords {
                self.compile_expr(&keyword.value)?;
            }
            self.unit().set_line(line);
            let n = (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.emit(Op::CallMethod(n));
            } else {
                let names = self.keyword_names(keywords);
                self.emit(Op::LoadConst(names));
                self.emit(Op::CallMethodKw(n));
            }
            return Ok(());
        }
        self.compile_expr(func)?;
        self.compile_call_tail(0, args, keywords, line)
    }

    /// Arguments and the call itself, with `prefix` positional arguments already pushed
    /// above the callable.
    pub(super) fn compile_call_tail(
        &mut self,
        prefix: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        line: Line,
    ) -> CResult {
        self.check_keywords(keywords, line)?;
        let has_star = args.iter().any(is_starred) || keywords.iter().any(|k| k.name.is_none());
        if !has_star {
            for arg in args {
                self.compile_expr(arg)?;
            }
            for keyword in keywords {
                self.compile_expr(&keyword.value)?;
            }
            self.unit().set_line(line);
            let n = prefix + (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.emit(Op::CallFunction(n));
            } else {
                let names = self.keyword_names(keywords);
                self.emit(Op::LoadConst(names));
                self.emit(Op::CallFunctionKw(n));
            }
            return Ok(());
        }
        self.compile_star_args(prefix, args)?;
        if !keywords.is_empty() {
            self.compile_kwargs_dict(keywords)?;
        }
        self.unit().set_line(line);
        self.emit(Op::CallFunctionEx(u32::from(!keywords.is_empty())));
        Ok(())
    }

    /// The positional-argument tuple of a `CallFunctionEx`.
    fn compile_star_args(&mut self, prefix: u32, args: &'a [Expr]) -> CResult {
        let mut pending = prefix;
        let mut built = false;
        for arg in args {
            match &arg.kind {
                ExprKind::Starred(inner) => {
                    if !built {
                        self.emit(Op::BuildList(pending));
                        built = true;
                    }
                    self.compile_expr(inner)?;
                    self.emit(Op::ListExtendCall);
                }
                _ => {
                    self.compile_expr(arg)?;
                    if built {
                        self.emit(Op::ListAppend(1));
                    } else {
                        pending += 1;
                    }
                }
            }
        }
        if built {
            self.emit(Op::ListToTuple);
        } else {
            self.emit(Op::BuildTuple(pending));
        }
        Ok(())
    }

    /// The keyword-argument dict of a `CallFunctionEx`: groups of plain keywords become
    /// `BuildMap`s, and everything after the first group merges with `DictMerge(1)`.
    fn compile_kwargs_dict(&mut self, keywords: &'a [Keyword]) -> CResult {
        let mut started = false;
        let mut i = 0;
        while i < keywords.len() {
            if keywords[i].name.is_none() {
                if !started {
                    self.emit(Op::BuildMap(0));
                    started = true;
                }
                self.compile_expr(&keywords[i].value)?;
                self.emit(Op::DictMerge(1));
                i += 1;
                continue;
            }
            let run = keywords[i..]
                .iter()
                .take_while(|k| k.name.is_some())
                .count();
            for keyword in &keywords[i..i + run] {
                self.load_const(Const::Str(keyword.name.clone().unwrap_or_default().into()));
                self.compile_expr(&keyword.value)?;
            }
            self.emit(Op::BuildMap(run as u32));
            if started {
                self.emit(Op::DictMerge(1));
            }
            started = true;
            i += run;
        }
        Ok(())
    }

    // ---- f-strings ----

    #[inline(never)]
    fn compile_formatted_value(
        &mut self,
        value: &'a Expr,
        conversion: Option<char>,
        spec: Option<&'a Expr>,
    ) -> CResult {
        self.compile_expr(value)?;
        let mut flags = match conversion {
            Some('s') => 1,
            Some('r') => 2,
            Some('a') => 3,
            _ => 0,
        };
        if let Some(spec) = spec {
            self.compile_expr(spec)?;
            flags |= 4;
        }
        self.emit(Op::FormatValue(flags));
        Ok(())
    }

    #[inline(never)]
    fn compile_joined_str(&mut self, parts: &'a [Expr]) -> CResult {
        match parts {
            [] => self.load_const(Const::Str("".into())),
            [single] => {
                self.compile_expr(single)?;
                if !matches!(
                    single.kind,
                    ExprKind::FormattedValue { .. } | ExprKind::Constant(Constant::Str(_))
                ) {
                    self.emit(Op::BuildString(1));
                }
            }
            _ => {
                for part in parts {
                    self.compile_expr(part)?;
                }
                self.emit(Op::BuildString(parts.len() as u32));
            }
        }
        Ok(())
    }

    // ---- comprehensions ----

    #[inline(never)]
    fn compile_comprehension(
        &mut self,
        expr: &'a Expr,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        generators: &'a [Comprehension],
    ) -> CResult {
        let Some(first) = generators.first() else {
            return Err(SyntaxError::new(
                "comprehension without a 'for' clause",
                expr.line,
            ));
        };
        let scope = self.scope_for(expr, expr.line)?;
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        };
        self.push_unit(scope, name, expr.line);
        let flags = self.generator_flags(scope);
        self.unit().code.flags.0 = flags;
        self.unit().code.argcount = 1;
        self.copy_params_to_cells(scope);
        match kind {
            CompKind::List => self.emit(Op::BuildList(0)),
            CompKind::Set => self.emit(Op::BuildSet(0)),
            CompKind::Dict => self.emit(Op::BuildMap(0)),
            CompKind::Generator => {}
        }
        self.compile_comp_loop(generators, 0, kind, elt, value)?;
        if kind == CompKind::Generator {
            self.load_none();
        }
        self.emit(Op::ReturnValue);
        let code = self.pop_unit();
        self.unit().set_line(expr.line);
        self.make_function(code, 0, expr.line)?;
        self.compile_expr(&first.iter)?;
        self.emit(if first.is_async {
            Op::GetAIter
        } else {
            Op::GetIter
        });
        self.unit().set_line(expr.line);
        self.emit(Op::CallFunction(1));
        let is_async = self.table.scopes[scope].is_async;
        if is_async && kind != CompKind::Generator {
            self.emit(Op::GetAwaitable);
            self.emit_await_tail();
        }
        Ok(())
    }

    /// One `for` clause of a comprehension, with the remaining clauses nested inside.
    fn compile_comp_loop(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        let generator = &generators[index];
        self.enter_nested(generator.iter.line)?;
        if index == 0 {
            self.emit(Op::LoadFast(0));
        } else {
            self.compile_expr(&generator.iter)?;
            self.emit(if generator.is_async {
                Op::GetAIter
            } else {
                Op::GetIter
            });
        }
        let top = self.unit().new_label();
        let end = self.unit().new_label();
        self.unit().bind(top);
        if generator.is_async {
            self.unit().emit_jump(Op::SetupFinally, end);
            self.emit(Op::GetANext);
            self.emit_await_tail();
            self.emit(Op::PopBlock);
        } else {
            self.unit().emit_jump(Op::ForIter, end);
        }
        self.compile_store(&generator.target)?;
        for cond in &generator.ifs {
            self.compile_jump_if(cond, false, top)?;
        }
        if index + 1 < generators.len() {
            self.compile_comp_loop(generators, index + 1, kind, elt, value)?;
        } else {
            self.compile_comp_element(generators.len() as u32 + 1, kind, elt, value)?;
        }
        self.unit().emit_jump(Op::Jump, top);
        self.unit().bind(end);
        if generator.is_async {
            self.emit(Op::EndAsyncFor);
        }
        self.leave_nested();
        Ok(())
    }

    /// Add one element to the result (or yield it); `depth` locates the result below
    /// the loop iterators.
    fn compile_comp_element(
        &mut self,
        depth: u32,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        self.compile_expr(elt)?;
        match kind {
            CompKind::List => self.emit(Op::ListAppend(depth)),
            CompKind::Set => self.emit(Op::SetAdd(depth)),
            CompKind::Dict => {
                if let Some(value) = value {
                    self.compile_expr(value)?;
                }
                self.emit(Op::MapAdd(depth));
            }
            CompKind::Generator => {
                self.emit(Op::YieldValue);
                self.emit(Op::Pop);
            }
        }
        Ok(())
    }
}

/// A literal constant (a negated number and a tuple of constants count, as CPython
/// folds them).
fn is_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(_) => true,
        ExprKind::Tuple(items) => items.iter().all(is_constant),
        ExprKind::UnaryOp { operand, .. } => {
            matches!(operand.kind, ExprKind::Constant(ref c) if !matches!(c, Constant::Str(_) | Constant::Bytes(_)))
        }
        _ => false,
    }
}
