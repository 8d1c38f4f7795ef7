//! A code object's line table, packed: which source line each instruction comes from,
//! for tracebacks.
//!
//! The compiler records `(first instruction index, line)` pairs in instruction order;
//! [`pack`] stores each as the distance from the previous pair's instruction (unsigned)
//! and from its line (signed, zigzag), both as LEB128 varints, starting from instruction
//! 0 at the code's first line. A statement usually takes two bytes instead of the eight
//! of a `(u32, u32)` pair. [`line_at`] decodes from the start: it only runs when a
//! traceback is made. A truncated table (which the compiler never writes) ends the walk
//! at the last whole pair.

use alloc::vec::Vec;

/// Pack `(first instruction index, line)` pairs sorted by instruction index, for code
/// starting at `first_line`.
pub fn pack(pairs: &[(u32, u32)], first_line: u32) -> Vec<u8> {
    let mut out = Vec::with_capacity(pairs.len() * 2);
    let (mut pc, mut line) = (0u32, first_line);
    for &(start, l) in pairs {
        push_varint(&mut out, start.wrapping_sub(pc));
        let delta = l.wrapping_sub(line) as i32;
        push_varint(&mut out, ((delta << 1) ^ (delta >> 31)) as u32);
        (pc, line) = (start, l);
    }
    out
}

/// The source line of instruction `pc` in a table made by [`pack`].
pub fn line_at(table: &[u8], first_line: u32, pc: usize) -> u32 {
    let pc = pc as u32;
    let (mut at, mut line) = (0u32, first_line);
    let mut bytes = table.iter().copied();
    while let (Some(dpc), Some(dline)) = (read_varint(&mut bytes), read_varint(&mut bytes)) {
        at = at.wrapping_add(dpc);
        if at > pc {
            break;
        }
        let delta = ((dline >> 1) as i32) ^ -((dline & 1) as i32);
        line = line.wrapping_add(delta as u32);
    }
    line
}

fn push_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push(v as u8 | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn read_varint(bytes: &mut impl Iterator<Item = u8>) -> Option<u32> {
    let mut v = 0u32;
    for shift in (0..35).step_by(7) {
        let b = bytes.next()?;
        v |= ((b & 0x7f) as u32).checked_shl(shift).unwrap_or(0);
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The line of `pc` as the unpacked pairs give it.
    fn reference(pairs: &[(u32, u32)], first_line: u32, pc: u32) -> u32 {
        pairs
            .iter()
            .take_while(|&&(start, _)| start <= pc)
            .last()
            .map_or(first_line, |&(_, l)| l)
    }

    #[test]
    fn packs_to_two_bytes_a_statement_and_decodes_every_instruction() {
        let pairs = [(0, 3), (4, 4), (9, 2), (9, 7), (200, 70_000), (100_000, 1)];
        let table = pack(&pairs, 3);
        assert!(table.len() < pairs.len() * 4, "{} bytes", table.len());
        for pc in 0..100_010 {
            assert_eq!(
                line_at(&table, 3, pc as usize),
                reference(&pairs, 3, pc),
                "pc {pc}"
            );
        }
        assert_eq!(pack(&[(0, 1), (3, 2)], 1), [0, 0, 3, 2]);
    }

    #[test]
    fn an_empty_or_truncated_table_gives_what_it_has() {
        assert_eq!(line_at(&[], 12, 5), 12);
        let table = pack(&[(2, 5), (300, 9)], 1);
        for cut in 0..table.len() {
            let line = line_at(&table[..cut], 1, 1000);
            assert!(line == 1 || line == 5, "cut {cut}: {line}");
        }
        // A varint that never ends.
        assert_eq!(line_at(&[0xff; 16], 4, 0), 4);
    }
}
