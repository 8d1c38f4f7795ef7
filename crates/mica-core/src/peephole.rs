//! The peephole pass: fuses frequent instruction pairs into superinstructions when a
//! code object is loaded, so the dispatch loop runs fewer, fatter steps.
//!
//! A fused instruction replaces the first instruction of its pair and makes the VM skip
//! the second, which is left in place: jump targets, line numbers and exception handler
//! positions all stay valid, and a jump straight to the second instruction still runs
//! it alone. Pairs whose second instruction is a jump target are left alone anyway, so
//! the pair is never split by control flow entering in the middle. A few triples are
//! fused the same way (the VM skips the two instructions after the fused one).

use alloc::vec;

use crate::bytecode::{CodeObject, Op};

/// Fuse instruction pairs in `code`.
pub fn fuse(code: &mut CodeObject) {
    let n = code.code.len();
    let mut is_target = vec![false; n + 1];
    for op in &code.code {
        if let Some(t) = jump_target(*op) {
            if let Some(slot) = is_target.get_mut(t as usize) {
                *slot = true;
            }
        }
    }
    let mut i = 0;
    while i + 1 < n {
        if is_target[i + 1] {
            i += 1;
            continue;
        }
        if i + 3 < n && !is_target[i + 2] && !is_target[i + 3] {
            if let (Op::LoadFast(a), Op::LoadFast(b), Op::CompareOp(k), Op::PopJumpIfFalse(t)) = (
                code.code[i],
                code.code[i + 1],
                code.code[i + 2],
                code.code[i + 3],
            ) {
                if a < 0x100 && b < 0x100 && k < 8 && t < (1 << 13) {
                    code.code[i] = Op::CompareFast2JumpIfFalse(k | a << 3 | b << 11 | t << 19);
                    i += 4;
                    continue;
                }
            }
        }
        if i + 2 < n && !is_target[i + 2] {
            let triple = match (code.code[i], code.code[i + 1], code.code[i + 2]) {
                (Op::LoadFast(a), Op::LoadFast(b), Op::BinarySubscr)
                    if a < 0x1_0000 && b < 0x1_0000 =>
                {
                    Some(Op::BinarySubscrFast2(a | b << 16))
                }
                (Op::LoadFast(a), Op::LoadFast(b), Op::StoreSubscr)
                    if a < 0x1_0000 && b < 0x1_0000 =>
                {
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
                _ => None,
            };
            if let Some(op) = triple {
                code.code[i] = op;
                i += 3;
                continue;
            }
        }
        let fused = match (code.code[i], code.code[i + 1]) {
            (Op::LoadFast(a), Op::LoadFast(b)) if a < 0x1_0000 && b < 0x1_0000 => {
                Some(Op::LoadFast2(a | b << 16))
            }
            (Op::LoadFast(a), Op::LoadAttr(m)) if a < 0x1_0000 && m < 0x1_0000 => {
                Some(Op::LoadFastAttr(a | m << 16))
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
        };
        match fused {
            Some(op) => {
                code.code[i] = op;
                i += 2;
            }
            None => i += 1,
        }
    }
}

fn fits_i19(n: i32) -> bool {
    (-(1 << 18)..(1 << 18)).contains(&n)
}

fn fits_i24(n: i32) -> bool {
    (-(1 << 23)..(1 << 23)).contains(&n)
}

fn jump_target(op: Op) -> Option<u32> {
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
            code: ops,
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
    fn leaves_pairs_split_by_a_jump_target() {
        let mut c = code_of(vec![Op::LoadFast(1), Op::LoadFast(2), Op::Jump(1)]);
        fuse(&mut c);
        assert_eq!(c.code[0], Op::LoadFast(1));
    }
}
