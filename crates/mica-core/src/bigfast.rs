//! Big-integer arithmetic and comparison on borrowed operands.
//!
//! The generic numeric path widens both operands into owned `Num`s, which copies every
//! big int it touches. These paths borrow the digits straight from the heap instead and
//! only allocate the result; anything unusual (errors, shifts, powers, true division)
//! falls back to the generic path by returning `None`.

use core::cmp::Ordering;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

use crate::ast::BinOp;
use crate::error::PyResult;
use crate::object::Obj;
use crate::value::Value;
use crate::vm::Vm;

/// An int operand: a borrowed big int or a machine int.
enum IntOperand<'a> {
    Small(i64),
    Big(&'a BigInt),
}

fn int_operand(vm: &Vm, v: Value) -> Option<IntOperand<'_>> {
    match v {
        Value::Int(i) => Some(IntOperand::Small(i)),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::BigInt(b) => Some(IntOperand::Big(b)),
            _ => None,
        },
        _ => None,
    }
}

/// Both operands as integers with at least one of them a heap big int.
fn big_pair(vm: &Vm, a: Value, b: Value) -> Option<(IntOperand<'_>, IntOperand<'_>)> {
    if !matches!(a, Value::Obj(_)) && !matches!(b, Value::Obj(_)) {
        return None;
    }
    Some((int_operand(vm, a)?, int_operand(vm, b)?))
}

fn cmp_small_big(x: i64, y: &BigInt) -> Ordering {
    // A heap big int never fits in an i64 (results are normalised), but stay exact anyway.
    match y.to_i64() {
        Some(y) => x.cmp(&y),
        None => {
            if y.sign() == Sign::Minus {
                Ordering::Greater
            } else {
                Ordering::Less
            }
        }
    }
}

fn operand_cmp(x: &IntOperand, y: &IntOperand) -> Ordering {
    match (x, y) {
        (IntOperand::Small(a), IntOperand::Small(b)) => a.cmp(b),
        (IntOperand::Small(a), IntOperand::Big(b)) => cmp_small_big(*a, b),
        (IntOperand::Big(a), IntOperand::Small(b)) => cmp_small_big(*b, a).reverse(),
        (IntOperand::Big(a), IntOperand::Big(b)) => a.cmp(b),
    }
}

/// Bits `s..s+128` of a non-negative magnitude (the caller keeps the value below 2^128).
fn bits_from(m: &BigUint, s: u64) -> u128 {
    let k = (s / 64) as usize;
    let r = (s % 64) as u32;
    let mut digits = m.iter_u64_digits().skip(k);
    let d0 = digits.next().unwrap_or(0);
    let d1 = digits.next().unwrap_or(0);
    let d2 = digits.next().unwrap_or(0);
    let lo = (d0 as u128) | ((d1 as u128) << 64);
    if r == 0 {
        lo
    } else {
        (lo >> r) | ((d2 as u128) << (128 - r))
    }
}

/// `a // b` for non-negative `a` and a `b` wider than one word when the quotient is
/// known to be small: estimate it from the leading bits, then correct with one
/// multiply-subtract. General long division copies its operands several times, which
/// dominates in spigot-style code where each quotient is a single digit.
pub fn small_quotient_divmod(a: &BigInt, b: &BigInt) -> Option<(BigInt, BigInt)> {
    if a.sign() == Sign::Minus || b.sign() != Sign::Plus {
        return None;
    }
    let (na, nb) = (a.bits(), b.bits());
    if nb <= 64 || na > nb + 60 {
        return None;
    }
    let s = nb - 64;
    let a_top = bits_from(a.magnitude(), s);
    let b_top = bits_from(b.magnitude(), s);
    if b_top == 0 {
        return None;
    }
    let mut q = (a_top / b_top) as u64;
    let mut r = a - b * q;
    // The estimate is off by at most a couple of units; bound the loops anyway.
    let mut steps = 0;
    while r.sign() == Sign::Minus {
        q = q.checked_sub(1)?;
        r += b;
        steps += 1;
        if steps > 4 {
            return None;
        }
    }
    while r >= *b {
        q = q.checked_add(1)?;
        r -= b;
        steps += 1;
        if steps > 4 {
            return None;
        }
    }
    Some((BigInt::from(q), r))
}

fn floor_div(x: &BigInt, y: &BigInt) -> BigInt {
    match small_quotient_divmod(x, y) {
        Some((q, _)) => q,
        None => x.div_floor(y),
    }
}

fn floor_mod(x: &BigInt, y: &BigInt) -> BigInt {
    match small_quotient_divmod(x, y) {
        Some((_, r)) => r,
        None => x.mod_floor(y),
    }
}

impl Vm {
    /// `a <op> b` when one operand is a big int and the other an int, without copying
    /// the operands; `None` leaves the operation to the generic path.
    pub fn big_binop_borrowed(&mut self, op: BinOp, a: Value, b: Value) -> Option<PyResult<Value>> {
        let r = {
            let (x, y) = big_pair(self, a, b)?;
            let small_x;
            let small_y;
            let x: &BigInt = match x {
                IntOperand::Big(v) => v,
                IntOperand::Small(i) => {
                    small_x = BigInt::from(i);
                    &small_x
                }
            };
            let y: &BigInt = match y {
                IntOperand::Big(v) => v,
                IntOperand::Small(i) => {
                    small_y = BigInt::from(i);
                    &small_y
                }
            };
            match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mult => {
                    let bytes = (x.bits() + y.bits()) / 8;
                    if !self.heap.can_charge(bytes as usize) {
                        return None;
                    }
                    x * y
                }
                BinOp::FloorDiv if !y.is_zero() => floor_div(x, y),
                BinOp::Mod if !y.is_zero() => floor_mod(x, y),
                BinOp::BitAnd => x & y,
                BinOp::BitOr => x | y,
                BinOp::BitXor => x ^ y,
                _ => return None,
            }
        };
        if !self.heap.can_charge((r.bits() / 8) as usize) {
            return Some(Err(self.memory_error()));
        }
        Some(self.new_bigint(r))
    }

    /// `a <k> b` (comparison kind as in `compare_op`) when one operand is a big int and
    /// the other an int.
    pub fn big_compare_borrowed(&self, a: Value, b: Value, k: u32) -> Option<bool> {
        let (x, y) = big_pair(self, a, b)?;
        Some(crate::ops::ordering_holds(operand_cmp(&x, &y), k))
    }
}
