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
        let (mut classes, mut class_bytes) = (0, 0);
        let (mut natives, mut native_bytes) = (0, 0);
        let (mut dicts, mut dict_bytes) = (0, 0);
        let (mut modules, mut module_bytes) = (0, 0);
        let (mut others, mut other_bytes) = (0, 0);
        let (mut codes, mut code_bytes) = (0, 0);
        let (mut funcs, mut func_bytes) = (0, 0);
        for o in self.heap.objects() {
            // The slot itself is counted with the table; this is what the object owns.
            let own = o.heap_size().saturating_sub(slot);
            match o {
                Obj::Class(c) => {
                    classes += 1;
                    class_bytes += size_of::<crate::object::Class>()
                        + c.dict.heap_size()
                        + c.natives.capacity() * size_of::<crate::object::NativeEntry>()
                        + (c.mro.capacity() + c.bases.capacity())
                            * size_of::<crate::value::ObjRef>();
                }
                Obj::Native(_) => {
                    natives += 1;
                    native_bytes += own;
                }
                Obj::Dict(_) => {
                    dicts += 1;
                    dict_bytes += own;
                }
                Obj::Module(_) => {
                    modules += 1;
                    module_bytes += own;
                }
                Obj::Code(_) => {
                    codes += 1;
                    code_bytes += own;
                }
                Obj::Function(_) => {
                    funcs += 1;
                    func_bytes += own;
                }
                _ => {
                    others += 1;
                    other_bytes += own;
                }
            }
        }
        let (_, cap) = self.heap.slot_table();
        vec![
            ("slot table", cap, self.heap.table_bytes()),
            ("classes (dicts, MROs)", classes, class_bytes),
            ("native functions", natives, native_bytes),
            ("dicts (builtins, modules...)", dicts, dict_bytes),
            ("modules", modules, module_bytes),
            ("code objects", codes, code_bytes),
            ("functions", funcs, func_bytes),
            ("other objects", others, other_bytes),
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
        ]
    }
}
