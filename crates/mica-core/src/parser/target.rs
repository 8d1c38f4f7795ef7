//! Checks that an expression parsed in target position (assignment, `for`, `with`,
//! comprehension, `del`, augmented assignment) is a valid target.

use alloc::format;
use alloc::string::String;

use crate::ast::{Constant, Expr, ExprKind, Line};

/// A target error: message and line.
pub(super) type TargetError = (String, Line);

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum TargetCtx {
    /// `single` is true for a plain `target = value` (one `=`).
    Assign {
        single: bool,
    },
    For,
    With,
    Comprehension,
}

/// CPython's name for a kind of expression, used in error messages.
pub(super) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call(_) => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp(_) => "dict comprehension",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare(_) => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Would CPython's "Maybe you meant '=='" hint apply to this invalid `x = y` target?
fn gets_equality_hint(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Tuple(_)
            | ExprKind::List(_)
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Constant(Constant::None | Constant::True | Constant::False)
            | ExprKind::BoolOp { .. }
            | ExprKind::Compare { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::UnaryOp {
                op: crate::ast::UnaryOp::Not,
                ..
            }
    )
}

pub(super) fn check_store_target(e: &Expr, ctx: TargetCtx) -> Result<(), TargetError> {
    if let ExprKind::Starred(_) = e.kind {
        return Err((
            String::from("starred assignment target must be in a list or tuple"),
            e.line,
        ));
    }
    match store_target(e) {
        Err((msg, line)) if ctx == (TargetCtx::Assign { single: true }) => {
            if store_target_is_top_error(e) && gets_equality_hint(e) {
                Err((
                    format!("{msg} here. Maybe you meant '==' instead of '='?"),
                    line,
                ))
            } else {
                Err((msg, line))
            }
        }
        other => other,
    }
}

/// Is `e` itself (rather than something nested in it) the invalid target?
fn store_target_is_top_error(e: &Expr) -> bool {
    !matches!(e.kind, ExprKind::Tuple(_) | ExprKind::List(_))
}

fn store_target(e: &Expr) -> Result<(), TargetError> {
    match &e.kind {
        ExprKind::Name(name) if &**name == "__debug__" => {
            Err((String::from("cannot assign to __debug__"), e.line))
        }
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple(elts) | ExprKind::List(elts) => {
            let mut starred = 0;
            for elt in elts {
                if let ExprKind::Starred(inner) = &elt.kind {
                    starred += 1;
                    if starred > 1 {
                        return Err((
                            String::from("multiple starred expressions in assignment"),
                            elt.line,
                        ));
                    }
                    if let ExprKind::Starred(_) = inner.kind {
                        return Err((String::from("cannot assign to starred"), inner.line));
                    }
                    store_target(inner)?;
                } else {
                    store_target(elt)?;
                }
            }
            Ok(())
        }
        ExprKind::Starred(inner) => store_target(inner),
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => Err((
            String::from("assignment to yield expression not possible"),
            e.line,
        )),
        _ => Err((format!("cannot assign to {}", expr_name(e)), e.line)),
    }
}

pub(super) fn check_del_target(e: &Expr) -> Result<(), TargetError> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple(elts) | ExprKind::List(elts) => elts.iter().try_for_each(check_del_target),
        _ => Err((format!("cannot delete {}", expr_name(e)), e.line)),
    }
}

pub(super) fn check_aug_target(e: &Expr) -> Result<(), TargetError> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        _ => Err((
            format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(e)
            ),
            e.line,
        )),
    }
}
