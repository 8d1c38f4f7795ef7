//! Where the interpreter's RAM goes: a breakdown by table, for `micropython.mem_info(2)`
//! and the start-up figures in `docs/architecture.md`.
//!
//! Bytes are what each table owns (capacities times element sizes on this target), not
//! counting the allocator's own per-block overhead.

use alloc::vec;
use alloc::vec::Vec;
use core::mem::size_of;

use crate::object::Obj;
use crate::value::Value;
use crate::vm::{Frame, Vm};

/// One line of the report: what, how many objects (0 when not counted), bytes.
pub type Line = (&'static str, usize, usize);

impl Vm {
    /// The RAM the interpreter holds now, by table.
    pub fn memory_report(&self) -> Vec<Line> {
        let slot = size_of::<Obj>();
        // Objects by kind, in the report's order: (what, how many, bytes).
        let mut kinds = [
            ("classes (dicts, MROs)", 0, 0),
            ("native functions", 0, 0),
            ("dicts (builtins, modules...)", 0, 0),
            ("modules", 0, 0),
            ("code objects", 0, 0),
            ("functions", 0, 0),
            ("other objects", 0, 0),
        ];
        for o in self.heap.objects() {
            // The slot itself is counted with the table; this is what the object owns.
            let own = o.heap_size().saturating_sub(slot);
            let (kind, bytes) = match o {
                Obj::Class(c) => (
                    0,
                    size_of::<crate::object::Class>()
                        + c.dict.heap_size()
                        + c.natives.capacity() * size_of::<crate::object::NativeEntry>()
                        + (c.mro.capacity() + c.bases.capacity())
                            * size_of::<crate::value::ObjRef>(),
                ),
                Obj::Native(_) => (1, own),
                Obj::Dict(_) => (2, own),
                Obj::Module(_) => (3, own),
                Obj::Code(_) => (4, own),
                Obj::Function(_) => (5, own),
                _ => (6, own),
            };
            kinds[kind].1 += 1;
            kinds[kind].2 += bytes;
        }
        let (_, cap) = self.heap.slot_table();
        let mut lines = vec![("slot table", cap, self.heap.table_bytes())];
        lines.extend(kinds);
        lines.extend([
            (
                "interned strings",
                self.interner.len(),
                self.interner.ram_bytes(),
            ),
            ("lookup caches", 0, self.cache_bytes()),
            (
                "value stack and frames",
                self.frames.len(),
                self.stack.capacity() * size_of::<Value>()
                    + self.frames.capacity() * size_of::<Frame>(),
            ),
            ("interpreter state (Vm)", 0, size_of::<Vm>()),
            (
                "exception classes made (table)",
                self.types
                    .exceptions
                    .iter()
                    .filter(|e| e.0 & crate::types::Types::UNMADE == 0)
                    .count(),
                self.types.exceptions.capacity() * 4,
            ),
        ]);
        lines
    }
}
