//! `bytes % args`: the VM side of the `percentfmt` engine in bytes mode.

use alloc::string::String;
use alloc::vec::Vec;

use crate::error::{PyErr, PyResult};
use crate::intparse::IntValue;
use crate::object::Obj;
use crate::ops::Num;
use crate::percentfmt::{percent_format_bytes, PctArg, PctError, PctSource};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::Vm;

struct Source<'a> {
    vm: &'a mut Vm,
    args: Value,
    items: Vec<Value>,
    next: usize,
    mapping: bool,
    /// An exception raised by Python code during a conversion.
    raised: Option<PyErr>,
}

impl Source<'_> {
    fn fail(&mut self, e: PyErr) -> PctError {
        self.raised = Some(e);
        PctError::Raised
    }

    fn type_name(&mut self, v: Value) -> String {
        self.vm.type_name(v)
    }

    fn int_of(&mut self, v: Value) -> Result<Option<IntValue>, PctError> {
        Ok(match self.vm.to_num(v) {
            Some(Num::Int(i)) => Some(IntValue::Small(i)),
            Some(Num::Big(b)) => Some(IntValue::Big(b)),
            _ => {
                if self.vm.lookup_special(v, q::__index__).is_some() {
                    let r = self.vm.call_method_index(v).map_err(|e| self.fail(e))?;
                    self.vm.to_bigint(r).map(IntValue::from_bigint)
                } else {
                    None
                }
            }
        })
    }
}

impl Vm {
    /// `operator.index(v)` for an object with `__index__`.
    fn call_method_index(&mut self, v: Value) -> PyResult<Value> {
        match self.lookup_special(v, q::__index__) {
            Some(m) => self.call(m, &[v]),
            None => Ok(v),
        }
    }
}

impl PctSource for Source<'_> {
    type Value = Value;

    fn is_mapping(&self) -> bool {
        self.mapping
    }

    fn remaining(&self) -> usize {
        self.items.len().saturating_sub(self.next)
    }

    fn next_positional(&mut self) -> Option<Value> {
        let v = self.items.get(self.next).copied();
        self.next += 1;
        v
    }

    fn lookup(&mut self, key: &str) -> Result<Value, PctError> {
        let k: Vec<u8> = key.chars().map(|c| c as u32 as u8).collect();
        let k = self.vm.new_bytes(k).map_err(|e| self.fail(e))?;
        self.vm.temp_roots.push(k);
        let r = self.vm.get_item(self.args, k);
        self.vm.temp_roots.pop();
        r.map_err(|e| self.fail(e))
    }

    fn convert(&mut self, v: Value, conv: char) -> Result<PctArg, PctError> {
        match conv {
            's' | 'b' => {
                if self.vm.is_bytes_like(v) || self.vm.is_bytes_like(self.vm.base_value(v)) {
                    return self
                        .vm
                        .bytes_like(v)
                        .map(PctArg::Bytes)
                        .map_err(|e| self.fail(e));
                }
                let bytes_q = self.vm.interner.intern_static("__bytes__");
                if let Some(m) = self.vm.lookup_special(v, bytes_q) {
                    let r = self.vm.call(m, &[v]).map_err(|e| self.fail(e))?;
                    return self
                        .vm
                        .bytes_like(r)
                        .map(PctArg::Bytes)
                        .map_err(|e| self.fail(e));
                }
                let tn = self.type_name(v);
                Err(PctError::Type(alloc::format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{tn}'"
                )))
            }
            'r' | 'a' => {
                let s = self.vm.ascii_of(v).map_err(|e| self.fail(e))?;
                Ok(PctArg::Str(String::from(self.vm.str_ref(s).unwrap_or(""))))
            }
            'c' => {
                if self.vm.is_bytes_like(v) {
                    let b = self.vm.bytes_like(v).map_err(|e| self.fail(e))?;
                    if b.len() == 1 {
                        return Ok(PctArg::Bytes(b));
                    }
                } else if let Some(i) = self.int_of(v)? {
                    return match i.to_i64() {
                        Some(n) if (0..256).contains(&n) => Ok(PctArg::Int(i)),
                        _ => Err(PctError::Overflow(String::from("%c arg not in range(256)"))),
                    };
                }
                Err(PctError::Type(String::from(
                    "%c requires an integer in range(256) or a single byte",
                )))
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' | '*' => {
                if let Some(Num::Float(f)) = self.vm.to_num(v) {
                    if conv == 'd' || conv == 'i' || conv == 'u' {
                        return Ok(PctArg::Float(f));
                    }
                }
                match self.int_of(v)? {
                    Some(i) => Ok(PctArg::Int(i)),
                    None => {
                        let tn = self.type_name(v);
                        Err(PctError::Type(match conv {
                            '*' => String::from("* wants int"),
                            'd' | 'i' | 'u' => {
                                alloc::format!(
                                    "%{conv} format: a real number is required, not {tn}"
                                )
                            }
                            _ => alloc::format!("%{conv} format: an integer is required, not {tn}"),
                        }))
                    }
                }
            }
            _ => match self.vm.to_num(v) {
                Some(Num::Float(f)) => Ok(PctArg::Float(f)),
                Some(Num::Int(i)) => Ok(PctArg::Int(IntValue::Small(i))),
                Some(Num::Big(b)) => Ok(PctArg::Int(IntValue::Big(b))),
                _ => {
                    let fq = self.vm.interner.intern_static("__float__");
                    if let Some(m) = self.vm.lookup_special(v, fq) {
                        let r = self.vm.call(m, &[v]).map_err(|e| self.fail(e))?;
                        if let Value::Float(f) = r {
                            return Ok(PctArg::Float(f));
                        }
                    }
                    let tn = self.type_name(v);
                    Err(PctError::Type(alloc::format!(
                        "must be real number, not {tn}"
                    )))
                }
            },
        }
    }
}

/// Formats `fmt % args` for bytes.
pub fn format(vm: &mut Vm, fmt: &[u8], args: Value) -> PyResult<Vec<u8>> {
    let is_tuple = matches!(args, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Tuple(_)));
    let mapping = !is_tuple
        && !vm.is_str(args)
        && !vm.is_bytes_like(args)
        && (vm.dict_ref(args).is_some()
            || vm.lookup_special(args, q::__getitem__).is_some()
                && !matches!(args, Value::Obj(r) if matches!(vm.heap.get(r), Obj::List(_) | Obj::Range(_))));
    let items = if is_tuple {
        vm.iterate_to_vec(args)?
    } else {
        alloc::vec![args]
    };
    vm.temp_roots.push(args);
    let mut src = Source {
        vm,
        args,
        items,
        next: 0,
        mapping,
        raised: None,
    };
    let r = percent_format_bytes(fmt, &mut src);
    let raised = src.raised.take();
    vm.temp_roots.pop();
    match r {
        Ok(out) => {
            if !vm.heap.can_charge(out.len()) {
                return Err(vm.memory_error());
            }
            Ok(out)
        }
        Err(PctError::Raised) => Err(raised.unwrap_or_else(|| vm.type_error("format failed"))),
        Err(PctError::Type(m)) => Err(vm.type_error(m)),
        Err(PctError::Value(m)) => Err(vm.value_error(m)),
        Err(PctError::Overflow(m)) => Err(vm.overflow_error(m)),
        Err(PctError::Key(m)) => {
            let k = vm.new_str(m)?;
            Err(vm.key_error(k))
        }
    }
}
