//! The peephole pass: fuses frequent groups of two to four instructions into
//! superinstructions when a code object is loaded, so the dispatch loop runs fewer,
//! fatter steps.
//!
//! A fused instruction replaces the first instruction of its group and makes the VM
//! skip the others, which are left in place: jump targets, line numbers and exception
//! handler positions all stay valid, and a jump straight into the group still runs the
//! remaining instructions alone. Groups containing a jump target after their first
//! instruction are left alone anyway, so a group is never split by control flow
//! entering in the middle. At each position the longest matching group wins.

use alloc::vec;

use crate::bytecode::{CodeObject, Op};

/// Fuse instruction groups in `code`.
pub fn fuse(code: &mut CodeObject) {
    let n = code.code.len();
    let mut is_target = vec![false; n + 1];
    for op in code.code.iter() {
        if let Some(t) = jump_target(*op) {
            if let Some(slot) = is_target.get_mut(t as usize) {
                *slot = true;
            }
        }
    }
    let mut i = 0;
    while i + 1 < n {
        let Some((op, len)) = group_at(&code.code, &is_target, i) else {
            i += 1;
            continue;
        };
        // A store followed by a local's load pairs up only when that load does not start
        // a longer group (`x = ..; y = x[0] - ..` keeps `x[0]` fused).
        if len == 2 && matches!(op, Op::StoreFastLoadFast(_)) {
            if let Some((_, next_len)) = group_at(&code.code, &is_target, i + 1) {
                if next_len > 2 {
                    i += 1;
                    continue;
                }
            }
        }
        code.code.to_mut()[i] = op;
        i += len;
    }
    code.flags.0 |= crate::bytecode::CodeFlags::FUSED;
}

/// The superinstruction starting at `i` and how many instructions it covers, if any.
/// Groups never continue past a jump target.
fn group_at(code: &[Op], is_target: &[bool], i: usize) -> Option<(Op, usize)> {
    let n = code.len();
    if i + 1 >= n || is_target[i + 1] {
        return None;
    }
    if i + 2 < n && !is_target[i + 2] {
        if i + 3 < n && !is_target[i + 3] {
            if let Some(op) = quad(code[i], code[i + 1], code[i + 2], code[i + 3]) {
                return Some((op, 4));
            }
        }
        if let Some(op) = triple(code[i], code[i + 1], code[i + 2]) {
            return Some((op, 3));
        }
    }
    pair(code[i], code[i + 1]).map(|op| (op, 2))
}

/// The superinstruction for three instructions in a row, if any.
fn triple(a: Op, b: Op, c: Op) -> Option<Op> {
    match (a, b, c) {
        (Op::LoadFast(a), Op::LoadFast(b), Op::BinarySubscr) if a < 0x1_0000 && b < 0x1_0000 => {
            Some(Op::BinarySubscrFast2(a | b << 16))
        }
        (Op::LoadFast(a), Op::LoadFast(b), Op::StoreSubscr) if a < 0x1_0000 && b < 0x1_0000 => {
            Some(Op::StoreSubscrFast2(a | b << 16))
        }
        (Op::LoadFast(a), Op::LoadInt(m), Op::BinaryOp(k))
            if a < 0x100 && k < 16 && fits_i19(m) =>
        {
            Some(Op::BinaryOpFastInt(k | a << 5 | (m as u32) << 13))
        }
        (Op::LoadFast(a), Op::LoadInt(m), Op::InplaceOp(k))
            if a < 0x100 && k < 16 && fits_i19(m) =>
        {
            Some(Op::BinaryOpFastInt(k | 1 << 4 | a << 5 | (m as u32) << 13))
        }
        (Op::LoadFast(a), Op::LoadFast(b), Op::BinaryOp(k))
            if a < 0x1000 && b < 0x1000 && k < 16 =>
        {
            Some(Op::BinaryOpFast2(k | a << 8 | b << 20))
        }
        (Op::LoadFast(a), Op::LoadFast(b), Op::InplaceOp(k))
            if a < 0x1000 && b < 0x1000 && k < 16 =>
        {
            Some(Op::BinaryOpFast2(k | 1 << 4 | a << 8 | b << 20))
        }
        (Op::LoadFast(a), Op::LoadInt(m), Op::BinarySubscr) if a < 0x1_0000 && fits_i16(m) => {
            Some(Op::BinarySubscrFastInt(a | (m as u16 as u32) << 16))
        }
        (Op::InplaceOp(k), Op::RotThree, Op::StoreSubscr) => Some(Op::InplaceStoreSubscr(k)),
        (Op::LoadFast(b), Op::BinaryOp(k), Op::StoreFast(c))
            if b < 0x1000 && c < 0x1000 && k < 16 =>
        {
            Some(Op::BinaryOpFastStore(k | b << 8 | c << 20))
        }
        (Op::LoadFast(b), Op::InplaceOp(k), Op::StoreFast(c))
            if b < 0x1000 && c < 0x1000 && k < 16 =>
        {
            Some(Op::BinaryOpFastStore(k | 1 << 4 | b << 8 | c << 20))
        }
        (Op::LoadConst(c), Op::LoadFast(a), Op::BinaryOp(k))
            if c < 0x800 && a < 0x1_0000 && k < 16 =>
        {
            Some(Op::BinaryOpConstFast(k | c << 5 | a << 16))
        }
        (Op::LoadConst(c), Op::LoadFast(a), Op::InplaceOp(k))
            if c < 0x800 && a < 0x1_0000 && k < 16 =>
        {
            Some(Op::BinaryOpConstFast(k | 1 << 4 | c << 5 | a << 16))
        }
        (Op::LoadConst(c), Op::CompareOp(k), Op::PopJumpIfFalse(t))
            if c < 0x400 && k < 8 && t < (1 << 19) =>
        {
            Some(Op::CompareConstJumpIfFalse(k | c << 3 | t << 13))
        }
        (Op::UnpackSequence(2), Op::StoreFast(x), Op::StoreFast(y))
            if x < 0x1_0000 && y < 0x1_0000 =>
        {
            Some(Op::UnpackStore2(x | y << 16))
        }
        _ => None,
    }
}

/// The superinstruction for two instructions in a row, if any.
fn pair(a: Op, b: Op) -> Option<Op> {
    match (a, b) {
        (Op::BinaryOp(k), Op::StoreFast(c)) if k < 16 && c < (1 << 24) => {
            Some(Op::BinaryOpStore(k | c << 8))
        }
        (Op::InplaceOp(k), Op::StoreFast(c)) if k < 16 && c < (1 << 24) => {
            Some(Op::BinaryOpStore(k | 1 << 4 | c << 8))
        }
        (Op::LoadFast(a), Op::LoadFast(b)) if a < 0x1_0000 && b < 0x1_0000 => {
            Some(Op::LoadFast2(a | b << 16))
        }
        (Op::LoadFast(a), Op::LoadAttr(m)) if a < 0x1_0000 && m < 0x1_0000 => {
            Some(Op::LoadFastAttr(a | m << 16))
        }
        (Op::LoadFast(a), Op::StoreAttr(m)) if a < 0x1_0000 && m < 0x1_0000 => {
            Some(Op::StoreFastAttr(a | m << 16))
        }
        (Op::CompareOp(k), Op::PopJumpIfFalse(t)) if t < (1 << 29) => {
            Some(Op::CompareJumpIfFalse(k | t << 3))
        }
        (Op::StoreFast(a), Op::LoadFast(b)) if a < 0x1_0000 && b < 0x1_0000 => {
            Some(Op::StoreFastLoadFast(a | b << 16))
        }
        (Op::LoadInt(n), Op::BinaryOp(k)) if fits_i24(n) => {
            Some(Op::BinaryOpInt(k | ((n as u32) << 8)))
        }
        (Op::LoadInt(n), Op::InplaceOp(k)) if fits_i24(n) => {
            Some(Op::BinaryOpInt(k | 1 << 4 | ((n as u32) << 8)))
        }
        (Op::ForIter(t), Op::StoreFast(a)) if t < (1 << 20) && a < (1 << 12) => {
            Some(Op::ForIterStore(t | a << 20))
        }
        (Op::LoadFast(a), Op::BinaryOp(k)) if a < (1 << 24) && k < 16 => {
            Some(Op::BinaryOpFast(k | a << 8))
        }
        (Op::LoadFast(a), Op::InplaceOp(k)) if a < (1 << 24) && k < 16 => {
            Some(Op::BinaryOpFast(k | 1 << 4 | a << 8))
        }
        (Op::LoadConst(c), Op::BinaryOp(k)) if c < (1 << 24) && k < 16 => {
            Some(Op::BinaryOpConst(k | c << 8))
        }
        (Op::LoadConst(c), Op::InplaceOp(k)) if c < (1 << 24) && k < 16 => {
            Some(Op::BinaryOpConst(k | 1 << 4 | c << 8))
        }
        (Op::LoadFast(a), Op::BinarySubscr) => Some(Op::BinarySubscrFast(a)),
        (Op::LoadInt(n), Op::BinarySubscr) => Some(Op::BinarySubscrInt(n)),
        (Op::BuildSlice(2), Op::BinarySubscr) => Some(Op::SliceSubscr),
        _ => None,
    }
}

/// The superinstruction for four instructions in a row, if any.
fn quad(a: Op, b: Op, c: Op, d: Op) -> Option<Op> {
    match (a, b, c, d) {
        (Op::LoadFast(x), Op::LoadFast(y), Op::CompareOp(k), Op::PopJumpIfFalse(t))
            if x < 0x100 && y < 0x100 && k < 8 && t < (1 << 13) =>
        {
            Some(Op::CompareFast2JumpIfFalse(k | x << 3 | y << 11 | t << 19))
        }
        (Op::LoadFast(x), Op::LoadInt(m), Op::DupTop2, Op::BinarySubscr)
            if x < 0x1_0000 && fits_i16(m) =>
        {
            Some(Op::SubscrFastIntDup(x | (m as u16 as u32) << 16))
        }
        (
            Op::LoadFast(x),
            Op::LoadFast(y),
            Op::BinaryOp(k) | Op::InplaceOp(k),
            Op::StoreFast(z),
        ) if x < 0x200 && y < 0x200 && z < 0x200 && k < 16 => {
            let inplace = u32::from(matches!(c, Op::InplaceOp(_)));
            Some(Op::BinaryOpFast2Store(
                k | inplace << 4 | x << 5 | y << 14 | z << 23,
            ))
        }
        (Op::LoadFast(x), Op::LoadInt(m), Op::BinaryOp(k) | Op::InplaceOp(k), Op::StoreFast(z))
            if x < 0x100 && z < 0x100 && k < 16 && (-(1 << 10)..(1 << 10)).contains(&m) =>
        {
            let inplace = u32::from(matches!(c, Op::InplaceOp(_)));
            Some(Op::BinaryOpFastIntStore(
                k | inplace << 4 | x << 5 | z << 13 | (m as u32) << 21,
            ))
        }
        _ => None,
    }
}

fn fits_i16(n: i32) -> bool {
    i16::try_from(n).is_ok()
}

fn fits_i19(n: i32) -> bool {
    (-(1 << 18)..(1 << 18)).contains(&n)
}

fn fits_i24(n: i32) -> bool {
    (-(1 << 23)..(1 << 23)).contains(&n)
}

pub(crate) fn jump_target(op: Op) -> Option<u32> {
    match op {
        Op::Jump(t)
        | Op::PopJumpIfFalse(t)
        | Op::PopJumpIfTrue(t)
        | Op::JumpIfFalseOrPop(t)
        | Op::JumpIfTrueOrPop(t)
        | Op::ForIter(t)
        | Op::SetupFinally(t)
        | Op::JumpIfNotExcMatch(t) => Some(t),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    fn code_of(ops: Vec<Op>) -> CodeObject {
        CodeObject {
            code: ops.into(),
            ..CodeObject::default()
        }
    }

    #[test]
    fn fuses_pairs_and_keeps_the_second_instruction() {
        let mut c = code_of(vec![
            Op::LoadFast(300),
            Op::LoadFast(2),
            Op::CompareOp(0),
            Op::PopJumpIfFalse(6),
            Op::LoadFast(0),
            Op::LoadAttr(3),
            Op::ReturnValue,
        ]);
        fuse(&mut c);
        assert_eq!(c.code[0], Op::LoadFast2(300 | 2 << 16));
        assert_eq!(c.code[1], Op::LoadFast(2));
        assert_eq!(c.code[2], Op::CompareJumpIfFalse(6 << 3));
        assert_eq!(c.code[4], Op::LoadFastAttr(3 << 16));
    }

    #[test]
    fn fuses_int_operands_and_loop_stores() {
        let mut c = code_of(vec![
            Op::LoadInt(-3),
            Op::InplaceOp(0),
            Op::ForIter(9),
            Op::StoreFast(4),
        ]);
        fuse(&mut c);
        assert_eq!(c.code[0], Op::BinaryOpInt(1 << 4 | ((-3i32 as u32) << 8)));
        assert_eq!(c.code[2], Op::ForIterStore(9 | 4 << 20));
    }

    #[test]
    fn fuses_arithmetic_on_locals_and_constants() {
        let mut c = code_of(vec![
            Op::LoadFast(1),
            Op::LoadFast(2),
            Op::BinaryOp(2),
            Op::LoadFast(3),
            Op::InplaceOp(0),
            Op::LoadConst(4),
            Op::BinaryOp(1),
            Op::LoadFast(5),
            Op::BinarySubscr,
            Op::LoadInt(-1),
            Op::BinarySubscr,
        ]);
        fuse(&mut c);
        assert_eq!(c.code[0], Op::BinaryOpFast2(2 | 1 << 8 | 2 << 20));
        assert_eq!(c.code[1], Op::LoadFast(2));
        assert_eq!(c.code[3], Op::BinaryOpFast(1 << 4 | 3 << 8));
        assert_eq!(c.code[5], Op::BinaryOpConst(1 | 4 << 8));
        assert_eq!(c.code[7], Op::BinarySubscrFast(5));
        assert_eq!(c.code[9], Op::BinarySubscrInt(-1));
    }

    #[test]
    fn fuses_subscripts_int_operands_and_compare_jumps_on_locals() {
        let mut c = code_of(vec![
            Op::LoadFast(1),
            Op::LoadFast(2),
            Op::CompareOp(0),
            Op::PopJumpIfFalse(13),
            Op::LoadFast(3),
            Op::LoadFast(1),
            Op::BinarySubscr,
            Op::LoadFast(3),
            Op::LoadFast(2),
            Op::StoreSubscr,
            Op::LoadFast(1),
            Op::LoadInt(-1),
            Op::InplaceOp(0),
        ]);
        fuse(&mut c);
        assert_eq!(
            c.code[0],
            Op::CompareFast2JumpIfFalse(1 << 3 | 2 << 11 | 13 << 19)
        );
        assert_eq!(c.code[4], Op::BinarySubscrFast2(3 | 1 << 16));
        assert_eq!(c.code[7], Op::StoreSubscrFast2(3 | 2 << 16));
        assert_eq!(
            c.code[10],
            Op::BinaryOpFastInt(1 << 4 | 1 << 5 | ((-1i32 as u32) << 13))
        );
    }

    #[test]
    fn fuses_float_kernel_groups() {
        let mut c = code_of(vec![
            // b[3] -= x * m
            Op::LoadFast(1),
            Op::LoadInt(3),
            Op::DupTop2,
            Op::BinarySubscr,
            Op::LoadFast(2),
            Op::LoadFast(3),
            Op::BinaryOp(2),
            Op::InplaceOp(1),
            Op::RotThree,
            Op::StoreSubscr,
            // d = a + b; e = d[-2]
            Op::LoadFast(4),
            Op::LoadFast(5),
            Op::BinaryOp(0),
            Op::StoreFast(6),
            Op::LoadFast(6),
            Op::LoadInt(-2),
            Op::BinarySubscr,
            Op::StoreFast(7),
            // p, q = t
            Op::LoadFast(8),
            Op::UnpackSequence(2),
            Op::StoreFast(9),
            Op::StoreFast(10),
            // if 2.0 * a > c: ...
            Op::LoadConst(1),
            Op::LoadFast(4),
            Op::BinaryOp(2),
            Op::LoadConst(2),
            Op::CompareOp(4),
            Op::PopJumpIfFalse(0),
        ]);
        fuse(&mut c);
        assert_eq!(c.code[0], Op::SubscrFastIntDup(1 | 3 << 16));
        assert_eq!(c.code[4], Op::BinaryOpFast2(2 | 2 << 8 | 3 << 20));
        assert_eq!(c.code[7], Op::InplaceStoreSubscr(1));
        assert_eq!(
            c.code[10],
            Op::BinaryOpFast2Store(4 << 5 | 5 << 14 | 6 << 23)
        );
        assert_eq!(c.code[14], Op::BinarySubscrFastInt(6 | 0xfffe << 16));
        assert_eq!(c.code[17], Op::StoreFastLoadFast(7 | 8 << 16));
        assert_eq!(c.code[19], Op::UnpackStore2(9 | 10 << 16));
        assert_eq!(c.code[22], Op::BinaryOpConstFast(2 | 1 << 5 | 4 << 16));
        assert_eq!(c.code[25], Op::CompareConstJumpIfFalse(4 | 2 << 3));
    }

    #[test]
    fn a_store_leaves_its_load_to_a_longer_group() {
        let mut c = code_of(vec![
            Op::StoreFast(1),
            Op::LoadFast(2),
            Op::LoadInt(0),
            Op::BinarySubscr,
            Op::StoreFast(3),
            Op::LoadFast(4),
            Op::ReturnValue,
        ]);
        fuse(&mut c);
        assert_eq!(c.code[0], Op::StoreFast(1));
        assert_eq!(c.code[1], Op::BinarySubscrFastInt(2));
        assert_eq!(c.code[4], Op::StoreFastLoadFast(3 | 4 << 16));
    }

    #[test]
    fn leaves_pairs_split_by_a_jump_target() {
        let mut c = code_of(vec![Op::LoadFast(1), Op::LoadFast(2), Op::Jump(1)]);
        fuse(&mut c);
        assert_eq!(c.code[0], Op::LoadFast(1));
    }
}
