//! The heap's slot table: one slot per object, indexed by [`ObjRef`], stored in chunks
//! of a fixed number of slots that never move.
//!
//! A table that grew by reallocating one array would need its old and its new copy
//! at once: on a device's fixed region (and the host's `-X heapsize=` region) that
//! doubling is the biggest single allocation of a full heap, and it fails long before
//! the heap is really full. Chunks grow the table a few hundred bytes at a time, and a
//! chunk whose slots are all past the end of the table is given back.
//!
//! [`ObjRef`]: crate::value::ObjRef

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::object::Obj;

/// One entry of the slot table: an object, or a free slot holding the index of the
/// next free one (the free list is threaded through the table, so freeing needs no
/// allocation). The same size as `Obj` (the free index fits beside `Obj`'s tag).
pub enum Slot {
    Live(Obj),
    Free(u32),
}

/// The end of the free list.
pub const NO_FREE: u32 = u32::MAX;

/// Slots per chunk (a power of two): 1-2 KiB chunks on 32-bit targets, 2.5 KiB on 64-bit.
const CHUNK_SHIFT: u32 = if cfg!(target_pointer_width = "64") {
    6
} else {
    5
};
const CHUNK: usize = 1 << CHUNK_SHIFT;
const MASK: usize = CHUNK - 1;

#[derive(Default)]
pub struct SlotTable {
    /// Fixed-size chunks (indexing one needs no bounds check), each its own block:
    /// growing the table never moves a slot.
    #[allow(clippy::vec_box)]
    chunks: Vec<Box<[Slot; CHUNK]>>,
    /// Slots in use or free below the end of the table.
    len: usize,
}

/// The table could not grow.
pub struct Full;

impl SlotTable {
    pub const fn new() -> SlotTable {
        SlotTable {
            chunks: Vec::new(),
            len: 0,
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Slots the chunks hold (used or not).
    pub fn capacity(&self) -> usize {
        self.chunks.len() * CHUNK
    }

    /// Bytes the table takes: its chunks and the chunk list.
    pub fn bytes(&self) -> usize {
        self.chunks.len() * CHUNK * core::mem::size_of::<Slot>()
            + self.chunks.capacity() * core::mem::size_of::<Box<[Slot; CHUNK]>>()
    }

    /// Slot `i`; `None` past the chunks. (Slots past the end of the table but inside
    /// its last chunk are free ones.)
    #[inline]
    pub fn get(&self, i: usize) -> Option<&Slot> {
        Some(&self.chunks.get(i >> CHUNK_SHIFT)?[i & MASK])
    }

    #[inline]
    pub fn get_mut(&mut self, i: usize) -> Option<&mut Slot> {
        Some(&mut self.chunks.get_mut(i >> CHUNK_SHIFT)?[i & MASK])
    }

    /// Append a slot at index `len()`, growing by a chunk (fallibly) when needed.
    pub fn push(&mut self, slot: Slot) -> Result<(), (Full, Slot)> {
        if self.len == self.capacity() {
            if let Err(Full) = self.grow() {
                return Err((Full, slot));
            }
        }
        let i = self.len;
        self.chunks[i >> CHUNK_SHIFT][i & MASK] = slot;
        self.len += 1;
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn grow(&mut self) -> Result<(), Full> {
        if self.chunks.try_reserve(1).is_err() {
            return Err(Full);
        }
        let mut chunk = Vec::new();
        if chunk.try_reserve_exact(CHUNK).is_err() {
            return Err(Full);
        }
        chunk.extend((0..CHUNK).map(|_| Slot::Free(NO_FREE)));
        match chunk.into_boxed_slice().try_into() {
            Ok(chunk) => self.chunks.push(chunk),
            Err(_) => return Err(Full),
        }
        Ok(())
    }

    /// Drop the last slot (a free one at the end of the table: slots past the end stay
    /// free ones), and its chunk once the chunk holds nothing below the end.
    pub fn pop(&mut self) {
        if self.len == 0 {
            return;
        }
        self.len -= 1;
        if self.len & MASK == 0 {
            self.chunks.truncate(self.len >> CHUNK_SHIFT);
        }
    }

    /// Every slot below the end, in index order.
    pub fn iter(&self) -> impl Iterator<Item = &Slot> {
        self.chunks.iter().flat_map(|c| c.iter()).take(self.len)
    }

    /// Every slot below the end, in index order.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut Slot> {
        let len = self.len;
        self.chunks.iter_mut().flat_map(|c| c.iter_mut()).take(len)
    }
}

/// The collector's mark bits, one per slot of the table's chunks.
#[derive(Default)]
pub struct Marks {
    words: Vec<u64>,
}

impl Marks {
    pub const fn new() -> Marks {
        Marks { words: Vec::new() }
    }

    /// Room for `slots` bits, allocated fallibly.
    pub fn cover(&mut self, slots: usize) -> Result<(), Full> {
        let words = slots.div_ceil(64);
        if words > self.words.len() {
            if self
                .words
                .try_reserve_exact(words - self.words.len())
                .is_err()
            {
                return Err(Full);
            }
            self.words.resize(words, 0);
        } else {
            self.words.truncate(words);
        }
        Ok(())
    }

    /// Set bit `i`; whether it was clear (`false` also when `i` is out of range).
    #[inline]
    pub fn set(&mut self, i: usize) -> bool {
        match self.words.get_mut(i >> 6) {
            Some(w) => {
                let bit = 1u64 << (i & 63);
                let was_clear = *w & bit == 0;
                *w |= bit;
                was_clear
            }
            None => false,
        }
    }

    #[inline]
    pub fn get(&self, i: usize) -> bool {
        self.words
            .get(i >> 6)
            .is_some_and(|w| w & (1u64 << (i & 63)) != 0)
    }

    /// Clear every bit.
    pub fn clear(&mut self) {
        self.words.fill(0);
    }

    pub fn bytes(&self) -> usize {
        self.words.capacity() * 8
    }
}
