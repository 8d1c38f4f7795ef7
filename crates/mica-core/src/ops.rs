//! Operators: arithmetic on the numeric tower (int with big-int overflow, float,
//! complex), sequence concatenation and repetition, comparisons, `in`, subscripts, and
//! the fallback to user-defined special methods (`__add__`/`__radd__`/`__iadd__`...).

use alloc::string::String;
use alloc::vec::Vec;
use core::cmp::Ordering;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::ast::BinOp;
use crate::bytecode::binop_from_u32;
use crate::error::{ExcKind, PyResult};
use crate::floatfmt;
use crate::object::Obj;
use crate::qstr::{q, QStr};
use crate::value::Value;
use crate::vm::Vm;

/// A number, widened for arithmetic.
#[derive(Clone, Debug)]
pub enum Num {
    Int(i64),
    Big(BigInt),
    Float(f64),
    Complex(f64, f64),
}

pub fn binop_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mult => "*",
        BinOp::MatMult => "@",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
    }
}

fn binop_methods(op: BinOp) -> (QStr, QStr, QStr) {
    match op {
        BinOp::Add => (q::__add__, q::__radd__, q::__iadd__),
        BinOp::Sub => (q::__sub__, q::__rsub__, q::__isub__),
        BinOp::Mult => (q::__mul__, q::__rmul__, q::__imul__),
        BinOp::MatMult => (q::__matmul__, q::__rmatmul__, q::__imatmul__),
        BinOp::Div => (q::__truediv__, q::__rtruediv__, q::__itruediv__),
        BinOp::FloorDiv => (q::__floordiv__, q::__rfloordiv__, q::__ifloordiv__),
        BinOp::Mod => (q::__mod__, q::__rmod__, q::__imod__),
        BinOp::Pow => (q::__pow__, q::__rpow__, q::__ipow__),
        BinOp::LShift => (q::__lshift__, q::__rlshift__, q::__ilshift__),
        BinOp::RShift => (q::__rshift__, q::__rrshift__, q::__irshift__),
        BinOp::BitOr => (q::__or__, q::__ror__, q::__ior__),
        BinOp::BitXor => (q::__xor__, q::__rxor__, q::__ixor__),
        BinOp::BitAnd => (q::__and__, q::__rand__, q::__iand__),
    }
}

impl Vm {
    /// The numeric view of a value (bools are ints).
    pub fn to_num(&self, v: Value) -> Option<Num> {
        match v {
            Value::Int(i) => Some(Num::Int(i)),
            Value::Bool(b) => Some(Num::Int(b as i64)),
            Value::Float(f) => Some(Num::Float(f)),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::BigInt(b) => Some(Num::Big((**b).clone())),
                Obj::Complex(re, im) => Some(Num::Complex(*re, *im)),
                Obj::Instance(i) if !i.base.is_null() => self.to_num(i.base),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn num_value(&mut self, n: Num) -> PyResult<Value> {
        match n {
            Num::Int(i) => Ok(Value::Int(i)),
            Num::Big(b) => self.new_bigint(b),
            Num::Float(f) => Ok(Value::Float(f)),
            Num::Complex(re, im) => Ok(Value::Obj(self.alloc(Obj::Complex(re, im))?)),
        }
    }

    pub fn is_int(&self, v: Value) -> bool {
        matches!(self.to_num(v), Some(Num::Int(_)) | Some(Num::Big(_)))
    }

    pub fn to_bigint(&self, v: Value) -> Option<BigInt> {
        match self.to_num(v)? {
            Num::Int(i) => Some(BigInt::from(i)),
            Num::Big(b) => Some(b),
            _ => None,
        }
    }

    /// An integer operand (`__index__`), as i64; OverflowError if too big.
    pub fn to_index(&mut self, v: Value) -> PyResult<i64> {
        match self.to_num(v) {
            Some(Num::Int(i)) => Ok(i),
            Some(Num::Big(_)) => Err(self.error(
                ExcKind::IndexError,
                "cannot fit 'int' into an index-sized integer",
            )),
            _ => {
                if let Some(m) = self.lookup_special(v, q::__index__) {
                    let r = self.call(m, &[v])?;
                    if let Some(Num::Int(i)) = self.to_num(r) {
                        return Ok(i);
                    }
                }
                let tn = self.type_name(v);
                Err(self.type_error(alloc::format!(
                    "'{tn}' object cannot be interpreted as an integer"
                )))
            }
        }
    }

    pub fn to_float(&mut self, v: Value) -> PyResult<f64> {
        match v {
            Value::Float(f) => return Ok(f),
            Value::Int(i) => return Ok(i as f64),
            _ => {}
        }
        match self.to_num(v) {
            Some(Num::Int(i)) => Ok(i as f64),
            Some(Num::Big(b)) => match floatfmt::bigint_to_float(&b) {
                Some(f) => Ok(f),
                None => Err(self.overflow_error("int too large to convert to float")),
            },
            Some(Num::Float(f)) => Ok(f),
            _ => {
                if let Some(m) = self.lookup_special(v, q::__float__) {
                    let r = self.call(m, &[v])?;
                    if let Value::Float(f) = r {
                        return Ok(f);
                    }
                    if let Value::Obj(_) = r {
                        if let Some(Num::Float(f)) = self.to_num(self.base_value(r)) {
                            return Ok(f);
                        }
                    }
                    let (tn, rn) = (self.type_name(v), self.type_name(r));
                    return Err(self.type_error(alloc::format!(
                        "{tn}.__float__ returned non-float (type {rn})"
                    )));
                }
                if self.is_instance_obj(v) {
                    if let Some(m) = self.lookup_special(v, q::__index__) {
                        let r = self.call(m, &[v])?;
                        if self.is_int(r) {
                            return self.to_float(r);
                        }
                    }
                }
                let tn = self.type_name(v);
                Err(self.type_error(alloc::format!("must be real number, not {tn}")))
            }
        }
    }

    // ------------------------------------------------------------ binary operators

    pub fn binary_op(&mut self, a: Value, b: Value, k: u32) -> PyResult<Value> {
        let op = binop_from_u32(k);
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::BitAnd => return Ok(Value::Bool(x & y)),
                BinOp::BitOr => return Ok(Value::Bool(x | y)),
                BinOp::BitXor => return Ok(Value::Bool(x ^ y)),
                _ => {}
            }
        }
        if let Some(r) = self.big_binop_borrowed(op, a, b) {
            return r;
        }
        if let (Some(x), Some(y)) = (self.to_num_plain(a), self.to_num_plain(b)) {
            return self.numeric_binop(op, x, y);
        }
        if let Some(v) = self.builtin_binop(op, a, b)? {
            return Ok(v);
        }
        self.user_binop(op, a, b, false)
    }

    pub fn inplace_op(&mut self, a: Value, b: Value, k: u32) -> PyResult<Value> {
        let op = binop_from_u32(k);
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::BitAnd => return Ok(Value::Bool(x & y)),
                BinOp::BitOr => return Ok(Value::Bool(x | y)),
                BinOp::BitXor => return Ok(Value::Bool(x ^ y)),
                _ => {}
            }
        }
        if let Some(r) = self.big_binop_borrowed(op, a, b) {
            return r;
        }
        if let (Some(x), Some(y)) = (self.to_num_plain(a), self.to_num_plain(b)) {
            return self.numeric_binop(op, x, y);
        }
        // `d |= x` takes whatever `d.update(x)` takes.
        if op == BinOp::BitOr
            && matches!(a, Value::Obj(r) if matches!(self.heap.get(r), Obj::Dict(_)))
        {
            self.dict_update(a, b, false)?;
            return Ok(a);
        }
        // In-place list ops mutate.
        if let Value::Obj(r) = a {
            if matches!(self.heap.get(r), Obj::List(_)) {
                match op {
                    BinOp::Add => {
                        self.list_extend(a, b)?;
                        return Ok(a);
                    }
                    BinOp::Mult => {
                        let n = self.to_index(b)?;
                        let items = match self.heap.get(r) {
                            Obj::List(l) => l.clone(),
                            _ => Vec::new(),
                        };
                        let rep = self.repeat_vec(&items, n)?;
                        self.heap
                            .replace(r, Obj::List(rep))
                            .map_err(|_| self.memory_error())?;
                        return Ok(a);
                    }
                    _ => {}
                }
            }
            if matches!(self.heap.get(r), Obj::Set(s) if !s.frozen) {
                if let Some(v) = crate::objset::set_inplace(self, op, a, b)? {
                    return Ok(v);
                }
            }
            if matches!(self.heap.get(r), Obj::ByteArray(_)) && op == BinOp::Mult {
                if let Some(Value::Obj(nr)) = self.builtin_binop(op, a, b)? {
                    let data = match self.heap.get(nr) {
                        Obj::ByteArray(v) => v.clone(),
                        _ => Vec::new(),
                    };
                    self.heap
                        .replace(r, Obj::ByteArray(data))
                        .map_err(|_| self.memory_error())?;
                    return Ok(a);
                }
            }
            if matches!(self.heap.get(r), Obj::ByteArray(_)) && op == BinOp::Add {
                let extra = self.bytes_like(b)?;
                crate::bytearraytype::check_room(self, extra.len())?;
                crate::bytearraytype::with(self, r, |v| v.extend_from_slice(&extra));
                return Ok(a);
            }
            if matches!(self.heap.get(r), Obj::Instance(_)) {
                let (_, _, imeth) = binop_methods(op);
                if let Some(m) = self.lookup_special(a, imeth) {
                    let v = self.call(m, &[a, b])?;
                    if !matches!(v, Value::NotImplemented) {
                        return Ok(v);
                    }
                }
            }
        }
        if let Some(v) = self.builtin_binop(op, a, b)? {
            return Ok(v);
        }
        self.user_binop(op, a, b, true)
    }

    /// Numbers that are not instances of user subclasses (those go through methods).
    fn to_num_plain(&self, v: Value) -> Option<Num> {
        match v {
            Value::Int(i) => Some(Num::Int(i)),
            Value::Bool(b) => Some(Num::Int(b as i64)),
            Value::Float(f) => Some(Num::Float(f)),
            Value::Obj(r) => match self.heap.get(r) {
                Obj::BigInt(b) => Some(Num::Big((**b).clone())),
                Obj::Complex(re, im) => Some(Num::Complex(*re, *im)),
                _ => None,
            },
            _ => None,
        }
    }

    fn user_binop(&mut self, op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
        let (meth, rmeth, _) = binop_methods(op);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        // A subclass's reflected method goes first.
        let b_first = tb != ta && self.is_subclass(tb, ta);
        if b_first {
            if let Some(m) = self.lookup_special(b, rmeth) {
                let v = self.call(m, &[b, a])?;
                if !matches!(v, Value::NotImplemented) {
                    return Ok(v);
                }
            }
        }
        if let Some(m) = self.lookup_special(a, meth) {
            if !self.is_native_method(m) || self.is_instance_obj(a) {
                let v = self.call(m, &[a, b])?;
                if !matches!(v, Value::NotImplemented) {
                    return Ok(v);
                }
            }
        }
        if !b_first && ta != tb {
            if let Some(m) = self.lookup_special(b, rmeth) {
                let v = self.call(m, &[b, a])?;
                if !matches!(v, Value::NotImplemented) {
                    return Ok(v);
                }
            }
        }
        // Instances of built-in subclasses fall back to their base value.
        let (ba, bb) = (self.base_value(a), self.base_value(b));
        if !ba.is(a) || !bb.is(b) {
            return self.binary_op(ba, bb, op as u32);
        }
        if inplace {
            let sym = match op {
                BinOp::Pow => alloc::string::String::from("**="),
                _ => alloc::format!("{}=", binop_symbol(op)),
            };
            return Err(self.binop_type_error(&sym, a, b));
        }
        Err(self.binop_type_error(binop_symbol(op), a, b))
    }

    fn is_native_method(&self, m: Value) -> bool {
        matches!(m, Value::Obj(r) if matches!(self.heap.get(r), Obj::Native(_)))
    }

    fn is_instance_obj(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_)))
    }

    /// The built-in value inside an instance of a subclass of a built-in type.
    pub fn base_value(&self, v: Value) -> Value {
        if let Value::Obj(r) = v {
            if let Obj::Instance(i) = self.heap.get(r) {
                if !i.base.is_null() {
                    return i.base;
                }
            }
        }
        v
    }

    pub fn numeric_binop(&mut self, op: BinOp, x: Num, y: Num) -> PyResult<Value> {
        use Num::*;
        let kind = |n: &Num| match n {
            Int(_) | Big(_) => 0,
            Float(_) => 1,
            Complex(..) => 2,
        };
        let widest = kind(&x).max(kind(&y));
        let int_only = matches!(
            op,
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift
        );
        if widest > 0 && (int_only || widest == 2 && matches!(op, BinOp::FloorDiv | BinOp::Mod)) {
            let name = |k| ["int", "float", "complex"][k];
            let (ta, tb) = (name(kind(&x)), name(kind(&y)));
            return Err(self.type_error(alloc::format!(
                "unsupported operand type(s) for {}: '{ta}' and '{tb}'",
                binop_symbol(op)
            )));
        }
        match (x, y) {
            (Int(a), Int(b)) => self.int_binop(op, a, b),
            (Complex(a, b), y) => {
                let (c, d) = num_complex(&y);
                self.complex_binop(op, (a, b), (c, d))
            }
            (x, Complex(c, d)) => {
                let (a, b) = num_complex(&x);
                self.complex_binop(op, (a, b), (c, d))
            }
            (Float(a), y) => {
                let b = self.num_to_f64(&y)?;
                self.float_binop(op, a, b)
            }
            (x, Float(b)) => {
                let a = self.num_to_f64(&x)?;
                self.float_binop(op, a, b)
            }
            (x, y) => {
                let a = num_big(x);
                let b = num_big(y);
                self.big_binop(op, a, b)
            }
        }
    }

    fn num_to_f64(&mut self, n: &Num) -> PyResult<f64> {
        match n {
            Num::Int(i) => Ok(*i as f64),
            Num::Big(b) => match floatfmt::bigint_to_float(b) {
                Some(f) => Ok(f),
                None => Err(self.overflow_error("int too large to convert to float")),
            },
            Num::Float(f) => Ok(*f),
            Num::Complex(re, _) => Ok(*re),
        }
    }

    fn int_binop(&mut self, op: BinOp, a: i64, b: i64) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => a.checked_add(b),
            BinOp::Sub => a.checked_sub(b),
            BinOp::Mult => a.checked_mul(b),
            BinOp::Div => {
                if b == 0 {
                    return Err(self.zero_division("division by zero"));
                }
                return self.true_divide_ints(BigInt::from(a), BigInt::from(b));
            }
            BinOp::FloorDiv => {
                if b == 0 {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                a.checked_div_euclid(b).map(|_| Integer::div_floor(&a, &b))
            }
            BinOp::Mod => {
                if b == 0 {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                a.checked_rem(b).map(|_| a.mod_floor(&b))
            }
            BinOp::Pow => {
                if b < 0 {
                    if a == 0 {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    return match floatfmt::float_pow(a as f64, b as f64) {
                        Ok(v) => Ok(Value::Float(v)),
                        Err(_) => Ok(Value::Float(crate::fmath::pow(a as f64, b as f64))),
                    };
                }
                match u32::try_from(b).ok().and_then(|e| a.checked_pow(e)) {
                    Some(v) => Some(v),
                    None => return self.big_binop(op, BigInt::from(a), BigInt::from(b)),
                }
            }
            BinOp::LShift => {
                if b < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                if a == 0 {
                    Some(0)
                } else if b < 63 && (a.abs() < (1i64 << (62 - b))) {
                    Some(a << b)
                } else {
                    None
                }
            }
            BinOp::RShift => {
                if b < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                Some(if b >= 64 {
                    if a < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    a >> b
                })
            }
            BinOp::BitOr => Some(a | b),
            BinOp::BitXor => Some(a ^ b),
            BinOp::BitAnd => Some(a & b),
            BinOp::MatMult => {
                return Err(self.binop_type_error("@", Value::Int(a), Value::Int(b)));
            }
        };
        match r {
            Some(v) => Ok(Value::Int(v)),
            None => self.big_binop(op, BigInt::from(a), BigInt::from(b)),
        }
    }

    fn true_divide_ints(&mut self, a: BigInt, b: BigInt) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
            if x.unsigned_abs() < (1u64 << 53) && y.unsigned_abs() < (1u64 << 53) {
                return Ok(Value::Float(x as f64 / y as f64));
            }
        }
        // Correctly rounded big division: scale so the quotient has 64+ bits.
        let neg = a.is_negative() != b.is_negative();
        let (a, b) = (a.abs(), b.abs());
        let shift = (b.bits() as i64 - a.bits() as i64 + 66).max(0);
        let (qt, rem) = (a << shift as usize).div_rem(&b);
        let mut qf = match floatfmt::bigint_to_float(
            &(qt.clone() * 2u32 + if rem.is_zero() { 0u32 } else { 1u32 }),
        ) {
            Some(f) => f / 2.0,
            None => {
                return Err(self.overflow_error("integer division result too large for a float"))
            }
        };
        qf = libm::ldexp(qf, -(shift as i32));
        if qf.is_infinite() {
            return Err(self.overflow_error("integer division result too large for a float"));
        }
        Ok(Value::Float(if neg { -qf } else { qf }))
    }

    fn big_binop(&mut self, op: BinOp, a: BigInt, b: BigInt) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mult => {
                let bytes = (a.bits() + b.bits()) / 8;
                if !self.heap.can_charge(bytes as usize) {
                    return Err(self.memory_error());
                }
                a * b
            }
            BinOp::Div => {
                if b.is_zero() {
                    return Err(self.zero_division("division by zero"));
                }
                return self.true_divide_ints(a, b);
            }
            BinOp::FloorDiv => {
                if b.is_zero() {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                a.div_floor(&b)
            }
            BinOp::Mod => {
                if b.is_zero() {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                a.mod_floor(&b)
            }
            BinOp::Pow => {
                if b.is_negative() {
                    let (x, y) = (
                        self.num_to_f64(&Num::Big(a))?,
                        self.num_to_f64(&Num::Big(b))?,
                    );
                    return self.float_binop(BinOp::Pow, x, y);
                }
                let e = match b.to_u32() {
                    Some(e) => e,
                    None => {
                        if a.is_zero() || a == BigInt::from(1) {
                            return self.new_bigint(a);
                        }
                        if a == BigInt::from(-1) {
                            return Ok(Value::Int(if b.is_even() { 1 } else { -1 }));
                        }
                        return Err(self.memory_error());
                    }
                };
                let bits = a.bits().saturating_mul(e as u64);
                if !self.heap.can_charge((bits / 8) as usize) {
                    return Err(self.memory_error());
                }
                num_traits::pow::Pow::pow(&a, e)
            }
            BinOp::LShift => {
                if b.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let s = match b.to_usize() {
                    Some(s) if (s / 8) < self.heap.free_bytes() || a.is_zero() => s,
                    _ => {
                        if a.is_zero() {
                            return Ok(Value::Int(0));
                        }
                        return Err(self.overflow_error("too many digits in integer"));
                    }
                };
                a << s
            }
            BinOp::RShift => {
                if b.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                match b.to_usize() {
                    // Every bit shifted out: only the sign is left (no huge divisor).
                    Some(s) if s as u64 >= a.bits() => {
                        BigInt::from(if a.is_negative() { -1 } else { 0 })
                    }
                    Some(s) => {
                        if a.is_negative() {
                            // Floor semantics for negatives.
                            let d = BigInt::from(1) << s;
                            a.div_floor(&d)
                        } else {
                            a >> s
                        }
                    }
                    None => BigInt::from(if a.is_negative() { -1 } else { 0 }),
                }
            }
            BinOp::BitOr => a | b,
            BinOp::BitXor => a ^ b,
            BinOp::BitAnd => a & b,
            BinOp::MatMult => {
                let (x, y) = (self.new_bigint(a)?, self.new_bigint(b)?);
                return Err(self.binop_type_error("@", x, y));
            }
        };
        if !self.heap.can_charge((r.bits() / 8) as usize) {
            return Err(self.memory_error());
        }
        self.new_bigint(r)
    }

    fn float_binop(&mut self, op: BinOp, a: f64, b: f64) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mult => a * b,
            BinOp::Div => {
                if b == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                a / b
            }
            BinOp::FloorDiv => match floatfmt::float_floordiv(a, b) {
                Some(v) => v,
                None => return Err(self.zero_division("float floor division by zero")),
            },
            BinOp::Mod => match floatfmt::float_mod(a, b) {
                Some(v) => v,
                None => return Err(self.zero_division("float modulo")),
            },
            BinOp::Pow => match floatfmt::float_pow(a, b) {
                Ok(v) => v,
                Err(floatfmt::PowError::ZeroToNegative) => {
                    return Err(self.zero_division("0.0 cannot be raised to a negative power"))
                }
                Err(floatfmt::PowError::NeedsComplex) => {
                    return self.complex_binop(BinOp::Pow, (a, 0.0), (b, 0.0));
                }
                Err(floatfmt::PowError::Overflow) => {
                    return Err(self.overflow_error("(34, 'Numerical result out of range')"))
                }
            },
            _ => {
                return Err(self.binop_type_error(
                    binop_symbol(op),
                    Value::Float(a),
                    Value::Float(b),
                ))
            }
        };
        Ok(Value::Float(r))
    }

    fn complex_binop(
        &mut self,
        op: BinOp,
        (a, b): (f64, f64),
        (c, d): (f64, f64),
    ) -> PyResult<Value> {
        let (re, im) = match op {
            BinOp::Add => (a + c, b + d),
            BinOp::Sub => (a - c, b - d),
            BinOp::Mult => (a * c - b * d, a * d + b * c),
            BinOp::Div => {
                if c == 0.0 && d == 0.0 {
                    return Err(self.zero_division("complex division by zero"));
                }
                complex_div((a, b), (c, d))
            }
            BinOp::Pow => {
                if c == 0.0 && d == 0.0 {
                    (1.0, 0.0)
                } else if a == 0.0 && b == 0.0 {
                    if d != 0.0 || c < 0.0 {
                        return Err(self.zero_division("0.0 to a negative or complex power"));
                    }
                    (0.0, 0.0)
                } else if d == 0.0 && c == libm::round(c) && c.abs() < 100.0 {
                    // Integer powers by repeated multiplication, as CPython does.
                    let mut n = c as i64;
                    let inv = n < 0;
                    n = n.abs();
                    let (mut rr, mut ri) = (1.0, 0.0);
                    let (mut br, mut bi) = (a, b);
                    while n > 0 {
                        if n & 1 == 1 {
                            let t = rr * br - ri * bi;
                            ri = rr * bi + ri * br;
                            rr = t;
                        }
                        let t = br * br - bi * bi;
                        bi *= 2.0 * br;
                        br = t;
                        n >>= 1;
                    }
                    if inv {
                        complex_div((1.0, 0.0), (rr, ri))
                    } else {
                        (rr, ri)
                    }
                } else {
                    let vabs = crate::fmath::hypot(a, b);
                    let len = crate::fmath::pow(vabs, c);
                    let at = crate::fmath::atan2(b, a);
                    let mut phase = at * c;
                    let mut len = len;
                    if d != 0.0 {
                        len /= crate::fmath::exp(at * d);
                        phase += d * crate::fmath::log(vabs);
                    }
                    (
                        len * crate::fmath::cos(phase),
                        len * crate::fmath::sin(phase),
                    )
                }
            }
            _ => {
                let x = self.num_value(Num::Complex(a, b))?;
                let y = self.num_value(Num::Complex(c, d))?;
                return Err(self.binop_type_error(binop_symbol(op), x, y));
            }
        };
        Ok(Value::Obj(self.alloc(Obj::Complex(re, im))?))
    }

    /// Concatenation, repetition, set algebra, `str % x` and friends.
    fn builtin_binop(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        // str
        if self.str_ref(a).is_some() && self.is_instance_obj(a) && self.user_overrides(a, op) {
            return Ok(None);
        }
        if let Some(sa) = self.str_ref(a) {
            match op {
                BinOp::Add => {
                    if let Some(sb) = self.str_ref(b) {
                        let mut s = String::with_capacity(sa.len() + sb.len());
                        s.push_str(sa);
                        s.push_str(sb);
                        if !self.heap.can_charge(s.len()) {
                            return Err(self.memory_error());
                        }
                        return self.new_str(s).map(Some);
                    }
                    return Ok(None);
                }
                BinOp::Mult => {
                    let s = String::from(sa);
                    if let Some(n) = self.repeat_count(b, q::__rmul__)? {
                        return self.repeat_str(&s, n).map(Some);
                    }
                    return Ok(None);
                }
                BinOp::Mod => {
                    let fmt = String::from(sa);
                    return crate::objstr::percent_format_str(self, &fmt, b).map(Some);
                }
                _ => return Ok(None),
            }
        }
        if op == BinOp::Mult && self.str_ref(b).is_some() {
            if let Some(n) = self.repeat_count(a, q::__mul__)? {
                let s = String::from(self.str_ref(b).unwrap_or_default());
                return self.repeat_str(&s, n).map(Some);
            }
        }
        let (ra, rb) = match (a, b) {
            (Value::Obj(x), Value::Obj(y)) => (Some(x), Some(y)),
            (Value::Obj(x), _) => (Some(x), None),
            (_, Value::Obj(y)) => (None, Some(y)),
            _ => (None, None),
        };
        if let Some(x) = ra {
            match (self.heap.get(x), op) {
                (Obj::List(la), BinOp::Add) => {
                    if let Some(Obj::List(lb)) = rb.map(|y| self.heap.get(y)) {
                        let mut v = Vec::with_capacity(la.len() + lb.len());
                        v.extend_from_slice(la);
                        v.extend_from_slice(lb);
                        return self.new_list(v).map(Some);
                    }
                    if matches!(rb.map(|y| self.heap.get(y)), Some(Obj::Instance(_))) {
                        return Ok(None);
                    }
                    let tb = self.type_name(b);
                    return Err(self.type_error(alloc::format!(
                        "can only concatenate list (not \"{tb}\") to list"
                    )));
                }
                (Obj::Tuple(ta), BinOp::Add) => {
                    if let Some(Obj::Tuple(tb)) = rb.map(|y| self.heap.get(y)) {
                        let mut v = Vec::with_capacity(ta.len() + tb.len());
                        v.extend_from_slice(ta);
                        v.extend_from_slice(tb);
                        return self.new_tuple(v).map(Some);
                    }
                    if matches!(rb.map(|y| self.heap.get(y)), Some(Obj::Instance(_))) {
                        return Ok(None);
                    }
                    let tb = self.type_name(b);
                    return Err(self.type_error(alloc::format!(
                        "can only concatenate tuple (not \"{tb}\") to tuple"
                    )));
                }
                (Obj::List(la), BinOp::Mult) => {
                    let items = la.clone();
                    if let Some(n) = self.repeat_count(b, q::__rmul__)? {
                        let v = self.repeat_vec(&items, n)?;
                        return self.new_list(v).map(Some);
                    }
                    return Ok(None);
                }
                (Obj::Tuple(ta), BinOp::Mult) => {
                    let items = ta.to_vec();
                    if let Some(n) = self.repeat_count(b, q::__rmul__)? {
                        let v = self.repeat_vec(&items, n)?;
                        return self.new_tuple(v).map(Some);
                    }
                    return Ok(None);
                }
                (Obj::Bytes(_), _) | (Obj::ByteArray(_), _) => {
                    return crate::objbytes::bytes_binop(self, op, a, b);
                }
                (Obj::Set(_), _) => return crate::objset::set_binop(self, op, a, b),
                (Obj::Dict(_), BinOp::BitOr) => {
                    if self.dict_ref(b).is_some() {
                        let d = crate::objdict_methods::dict_copy(self, a)?;
                        self.dict_update(d, b, false)?;
                        return Ok(Some(d));
                    }
                    return Ok(None);
                }
                (Obj::DictView(..), _) => return crate::objset::set_binop(self, op, a, b),
                _ => {}
            }
        }
        if let Some(y) = rb {
            match (self.heap.get(y), op) {
                (Obj::DictView(..), _) => {
                    if let Some(v) = crate::objset::set_binop(self, op, a, b)? {
                        return Ok(Some(v));
                    }
                }
                (Obj::List(lb), BinOp::Mult) => {
                    let items = lb.clone();
                    if let Some(n) = self.repeat_count(a, q::__mul__)? {
                        let v = self.repeat_vec(&items, n)?;
                        return self.new_list(v).map(Some);
                    }
                }
                (Obj::Tuple(tb), BinOp::Mult) => {
                    let items = tb.to_vec();
                    if let Some(n) = self.repeat_count(a, q::__mul__)? {
                        let v = self.repeat_vec(&items, n)?;
                        return self.new_tuple(v).map(Some);
                    }
                }
                (Obj::Bytes(_), BinOp::Mult) | (Obj::ByteArray(_), BinOp::Mult) => {
                    return crate::objbytes::bytes_binop(self, op, b, a);
                }
                _ => {}
            }
        }
        Ok(None)
    }

    fn user_overrides(&mut self, v: Value, op: BinOp) -> bool {
        let (m, _, _) = binop_methods(op);
        match self.lookup_special(v, m) {
            Some(f) => !self.is_native_method(f),
            None => false,
        }
    }

    /// An int (or bool) operand for repetition.
    /// The count for `seq * v`: an int, or an object with `__index__` that does not
    /// handle the multiplication itself (`other` is its `__mul__`/`__rmul__`).
    pub(crate) fn repeat_count(&mut self, v: Value, other: QStr) -> PyResult<Option<i64>> {
        if let Some(n) = self.int_operand(v) {
            return Ok(Some(n));
        }
        let is_instance =
            matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Instance(_)));
        if is_instance
            && self.lookup_special(v, other).is_none()
            && self.lookup_special(v, q::__index__).is_some()
        {
            return self.to_index(v).map(Some);
        }
        Ok(None)
    }

    fn int_operand(&self, v: Value) -> Option<i64> {
        match self.to_num_plain(v) {
            Some(Num::Int(i)) => Some(i),
            Some(Num::Big(b)) => Some(if b.is_negative() { 0 } else { i64::MAX }),
            _ => None,
        }
    }

    pub fn repeat_vec(&mut self, items: &[Value], n: i64) -> PyResult<Vec<Value>> {
        if n <= 0 || items.is_empty() {
            return Ok(Vec::new());
        }
        let total = (items.len() as u128) * (n as u128) * (core::mem::size_of::<Value>() as u128);
        if total > self.heap.free_bytes() as u128 {
            return Err(self.memory_error());
        }
        let mut v = Vec::with_capacity(items.len() * n as usize);
        for _ in 0..n {
            v.extend_from_slice(items);
        }
        Ok(v)
    }

    fn repeat_str(&mut self, s: &str, n: i64) -> PyResult<Value> {
        if n <= 0 || s.is_empty() {
            return Ok(Value::Str(q::EMPTY));
        }
        let total = (s.len() as u128) * (n as u128);
        if total > self.heap.free_bytes() as u128 {
            return Err(self.memory_error());
        }
        self.new_str(s.repeat(n as usize))
    }

    // ------------------------------------------------------------ unary

    pub fn unary_op(&mut self, a: Value, k: u32) -> PyResult<Value> {
        use crate::ast::UnaryOp;
        let op = crate::bytecode::unaryop_from_u32(k);
        if let (UnaryOp::USub, Value::Int(i)) = (op, a) {
            if let Some(v) = i.checked_neg() {
                return Ok(Value::Int(v));
            }
        }
        if op == UnaryOp::Not {
            return Ok(Value::Bool(!self.truthy(a)?));
        }
        if let Some(n) = self.to_num_plain(a) {
            let r = match (op, n) {
                (UnaryOp::USub, Num::Int(i)) => match i.checked_neg() {
                    Some(v) => Num::Int(v),
                    None => Num::Big(-BigInt::from(i)),
                },
                (UnaryOp::USub, Num::Big(b)) => Num::Big(-b),
                (UnaryOp::USub, Num::Float(f)) => Num::Float(-f),
                (UnaryOp::USub, Num::Complex(re, im)) => Num::Complex(-re, -im),
                (UnaryOp::UAdd, n) => n,
                (UnaryOp::Invert, Num::Int(i)) => Num::Int(!i),
                (UnaryOp::Invert, Num::Big(b)) => Num::Big(-b - 1),
                _ => {
                    let tn = self.type_name(a);
                    return Err(
                        self.type_error(alloc::format!("bad operand type for unary ~: '{tn}'"))
                    );
                }
            };
            return self.num_value(r);
        }
        let (meth, sym) = match op {
            UnaryOp::USub => (q::__neg__, "-"),
            UnaryOp::UAdd => (q::__pos__, "+"),
            _ => (q::__invert__, "~"),
        };
        if let Some(m) = self.lookup_special(a, meth) {
            return self.call(m, &[a]);
        }
        let b = self.base_value(a);
        if !b.is(a) {
            return self.unary_op(b, k);
        }
        let tn = self.type_name(a);
        Err(self.type_error(alloc::format!("bad operand type for unary {sym}: '{tn}'")))
    }

    // ------------------------------------------------------------ comparisons

    /// `a <op> b` for `<, <=, ==, !=, >, >=` (operand as in `CompareKind`).
    pub fn compare_op(&mut self, a: Value, b: Value, k: u32) -> PyResult<Value> {
        if let Some(r) = crate::objstr::str_compare_fast(self, a, b, k) {
            return Ok(Value::Bool(r));
        }
        if let Some(r) = self.big_compare_borrowed(a, b, k) {
            return Ok(Value::Bool(r));
        }
        if let (Some(x), Some(y)) = (self.to_num_plain(a), self.to_num_plain(b)) {
            if let Some(r) = num_compare(&x, &y, k) {
                return Ok(Value::Bool(r));
            }
            if k == 2 || k == 3 {
                let eq = num_eq(&x, &y);
                return Ok(Value::Bool(if k == 2 { eq } else { !eq }));
            }
        }
        // User-defined comparisons (reflected when the right operand is a subclass).
        let (meth, refl) = match k {
            0 => (q::__lt__, q::__gt__),
            1 => (q::__le__, q::__ge__),
            2 => (q::__eq__, q::__eq__),
            3 => (q::__ne__, q::__ne__),
            4 => (q::__gt__, q::__lt__),
            _ => (q::__ge__, q::__le__),
        };
        let user_a = self.is_instance_obj(a) || self.is_host(a);
        let user_b = self.is_instance_obj(b) || self.is_host(b);
        if user_a || user_b {
            let ta = self.type_of(a);
            let tb = self.type_of(b);
            let b_first = user_b && tb != ta && self.is_subclass(tb, ta);
            if b_first {
                let v = self.user_compare_side(b, a, refl, k)?;
                if !matches!(v, Value::NotImplemented) {
                    return Ok(v);
                }
            }
            if user_a {
                let v = self.user_compare_side(a, b, meth, k)?;
                if !matches!(v, Value::NotImplemented) {
                    return Ok(v);
                }
            }
            if user_b && !b_first {
                let v = self.user_compare_side(b, a, refl, k)?;
                if !matches!(v, Value::NotImplemented) {
                    return Ok(v);
                }
            }
            let (ba, bb) = (self.base_value(a), self.base_value(b));
            if !ba.is(a) || !bb.is(b) {
                return self.compare_op(ba, bb, k);
            }
            if k == 2 || k == 3 {
                let same = a.is(b);
                return Ok(Value::Bool(if k == 2 { same } else { !same }));
            }
            return Err(self.compare_type_error(a, b, k));
        }
        match crate::compare::builtin_compare(self, a, b, k)? {
            Some(r) => Ok(Value::Bool(r)),
            None => {
                if k == 2 || k == 3 {
                    let eq = match self.fast_eq(a, b) {
                        Some(e) => e,
                        None => a.is(b),
                    };
                    Ok(Value::Bool(if k == 2 { eq } else { !eq }))
                } else {
                    Err(self.compare_type_error(a, b, k))
                }
            }
        }
    }

    /// One side of a user comparison: `x.meth(y)` when `x`'s class defines it in
    /// Python; for `!=` without a Python `__ne__`, the inverse of a Python `__eq__`
    /// (what `object.__ne__` does). `NotImplemented` when the side has nothing to say.
    fn user_compare_side(&mut self, x: Value, y: Value, meth: QStr, k: u32) -> PyResult<Value> {
        if let Some(m) = self.lookup_special(x, meth) {
            if !self.is_native_method(m) {
                return self.call(m, &[x, y]);
            }
        }
        if k == 3 {
            if let Some(m) = self.lookup_special(x, q::__eq__) {
                if !self.is_native_method(m) {
                    let v = self.call(m, &[x, y])?;
                    if !matches!(v, Value::NotImplemented) {
                        let t = self.truthy(v)?;
                        return Ok(Value::Bool(!t));
                    }
                }
            }
        }
        Ok(Value::NotImplemented)
    }

    fn is_host(&self, v: Value) -> bool {
        matches!(v, Value::Obj(r) if matches!(self.heap.get(r), Obj::Host(_) | Obj::Exception(_)))
    }

    pub fn compare_type_error(&mut self, a: Value, b: Value, k: u32) -> crate::error::PyErr {
        let sym = match k {
            0 => "<",
            1 => "<=",
            4 => ">",
            _ => ">=",
        };
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        self.type_error(alloc::format!(
            "'{sym}' not supported between instances of '{ta}' and '{tb}'"
        ))
    }

    /// `a < b` as a Rust bool (for sorting, min/max).
    pub fn less_than(&mut self, a: Value, b: Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x < y),
            (Value::Float(x), Value::Float(y)) => return Ok(x < y),
            _ => {}
        }
        let v = self.compare_op(a, b, 0)?;
        self.truthy(v)
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if let Some(s) = self.str_ref(container) {
            if !self.is_instance_obj(container) {
                return match self.str_ref(item) {
                    Some(sub) => Ok(s.contains(sub)),
                    None => {
                        let tn = self.type_name(item);
                        Err(self.type_error(alloc::format!(
                            "'in <string>' requires string as left operand, not {tn}"
                        )))
                    }
                };
            }
        }
        if let Value::Obj(r) = container {
            match self.heap.get(r) {
                Obj::Dict(_) | Obj::Set(_) => {
                    let h = self.hash(item)?;
                    return Ok(self.dict_find(r, item, h)?.is_some());
                }
                Obj::DictView(d, kind) => {
                    let (d, kind) = (*d, *kind);
                    return crate::objdict_methods::view_contains(self, d, kind, item);
                }
                Obj::List(_) | Obj::Tuple(_) => {
                    let mut i = 0;
                    loop {
                        let x = match self.heap.get(r) {
                            Obj::List(l) => l.get(i).copied(),
                            Obj::Tuple(t) => t.get(i).copied(),
                            _ => None,
                        };
                        match x {
                            Some(x) => {
                                if x.is(item) || self.eq(x, item)? {
                                    return Ok(true);
                                }
                            }
                            None => return Ok(false),
                        }
                        i += 1;
                    }
                }
                Obj::Range(rg) => {
                    let rg = **rg;
                    if let Some(found) = crate::objrange::contains_int(self, &rg, item) {
                        return Ok(found);
                    }
                    // Other types: compare item by item, like CPython.
                    let n = crate::objrange::range_len(self, r).unwrap_or(usize::MAX);
                    for j in 0..n.min(1 << 20) {
                        let x = crate::objrange::range_getitem(self, r, Value::Int(j as i64))?;
                        if self.eq(x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Obj::Bytes(_) | Obj::ByteArray(_) => {
                    return crate::objbytes::bytes_contains(self, container, item);
                }
                _ => {}
            }
        }
        if let Some(m) = self.lookup_special(container, q::__contains__) {
            if !self.is_native_method(m) {
                let v = self.call(m, &[container, item])?;
                return self.truthy(v);
            }
        }
        let b = self.base_value(container);
        if !b.is(container) {
            return self.contains(b, item);
        }
        if !self.is_iterable(container) {
            let tn = self.type_name(container);
            return Err(self.type_error(alloc::format!("argument of type '{tn}' is not iterable")));
        }
        let it = self.get_iter(container)?;
        self.temp_roots.push(it);
        let res = loop {
            match self.iter_next(it) {
                Ok(Some(x)) => match self.eq(x, item) {
                    Ok(true) => break Ok(true),
                    Ok(false) => {}
                    Err(e) => break Err(e),
                },
                Ok(None) => break Ok(false),
                Err(e) => break Err(e),
            }
        };
        self.temp_roots.pop();
        res
    }
}

fn num_big(n: Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(i),
        Num::Big(b) => b,
        _ => BigInt::zero(),
    }
}

fn num_complex(n: &Num) -> (f64, f64) {
    match n {
        Num::Int(i) => (*i as f64, 0.0),
        Num::Big(b) => (floatfmt::bigint_to_float(b).unwrap_or(f64::INFINITY), 0.0),
        Num::Float(f) => (*f, 0.0),
        Num::Complex(a, b) => (*a, *b),
    }
}

fn complex_div((a, b): (f64, f64), (c, d): (f64, f64)) -> (f64, f64) {
    let abs_c = c.abs();
    let abs_d = d.abs();
    if abs_c >= abs_d {
        let ratio = d / c;
        let denom = c + d * ratio;
        ((a + b * ratio) / denom, (b - a * ratio) / denom)
    } else {
        let ratio = c / d;
        let denom = c * ratio + d;
        ((a * ratio + b) / denom, (b * ratio - a) / denom)
    }
}

/// Ordered comparison of two real numbers; `None` for complex operands.
fn num_compare(x: &Num, y: &Num, k: u32) -> Option<bool> {
    let ord: Option<Ordering> = match (x, y) {
        (Num::Int(a), Num::Int(b)) => Some(a.cmp(b)),
        (Num::Complex(..), _) | (_, Num::Complex(..)) => return None,
        (Num::Float(a), Num::Float(b)) => a.partial_cmp(b),
        (Num::Float(a), other) | (other, Num::Float(a)) => {
            let flip = matches!(y, Num::Float(_)) && !matches!(x, Num::Float(_));
            let o = float_int_cmp(*a, other);
            if flip {
                o.map(|o| o.reverse())
            } else {
                o
            }
        }
        (a, b) => Some(num_big(a.clone()).cmp(&num_big(b.clone()))),
    };
    Some(match ord {
        None => k == 3,
        Some(o) => ordering_holds(o, k),
    })
}

/// Whether ordering `o` of two operands satisfies comparison kind `k` (as in
/// `compare_op`: `<`, `<=`, `==`, `!=`, `>`, `>=`).
pub(crate) fn ordering_holds(o: Ordering, k: u32) -> bool {
    match k {
        0 => o == Ordering::Less,
        1 => o != Ordering::Greater,
        2 => o == Ordering::Equal,
        3 => o != Ordering::Equal,
        4 => o == Ordering::Greater,
        _ => o != Ordering::Less,
    }
}

/// Whether comparison kind `k` (`<`, `<=`, `==`, `!=`, `>`, `>=`) holds between `x` and
/// `y` (for floats, any comparison with NaN but `!=` is false).
#[inline(always)]
pub(crate) fn compare_holds<T: PartialOrd>(x: T, y: T, k: u32) -> bool {
    match k {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    }
}

/// Compare float `a` with an integer exactly.
fn float_int_cmp(a: f64, other: &Num) -> Option<core::cmp::Ordering> {
    if a.is_nan() {
        return None;
    }
    if let Num::Int(i) = other {
        return Some(crate::listsort::int_float_cmp(*i, a).reverse());
    }
    if a.is_infinite() {
        return Some(if a > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    let i = num_big(other.clone());
    let fl = libm::floor(a);
    let fb = floatfmt::float_to_bigint(fl)?;
    match fb.cmp(&i) {
        Ordering::Equal => {
            if a > fl {
                Some(Ordering::Greater)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

fn num_eq(x: &Num, y: &Num) -> bool {
    let (a, b) = num_complex(x);
    let (c, d) = num_complex(y);
    a == c && b == d
}
