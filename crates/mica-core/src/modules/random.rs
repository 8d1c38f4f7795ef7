//! `random`: a deterministic xoshiro256** generator (same seed, same sequence) behind
//! the natives `_new`/`_seed`/`_bits`/`_random`; the frozen Python layer
//! (`frozen/random.py`) builds `Random`, `randrange`, `choice`, `shuffle`, `sample`...

use alloc::boxed::Box;
use alloc::vec::Vec;

use num_bigint::BigInt;

use crate::error::PyResult;
use crate::object::{HostObj, Obj};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::{arg, def, set};

struct Gen {
    s: [u64; 4],
}

impl Gen {
    fn seeded(seed: &[u8]) -> Gen {
        // Fold the seed bytes into one word, then expand it with splitmix64.
        let mut x: u64 = 0x243F_6A88_85A3_08D3 ^ seed.len() as u64;
        for chunk in seed.chunks(8) {
            let mut w = [0u8; 8];
            w[..chunk.len()].copy_from_slice(chunk);
            x = splitmix(&mut (x ^ u64::from_le_bytes(w)));
        }
        let mut sm = x;
        let mut s = [0u64; 4];
        for w in &mut s {
            *w = splitmix(&mut sm);
        }
        Gen { s }
    }

    fn next(&mut self) -> u64 {
        let s = &mut self.s;
        let r = s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        r
    }
}

fn splitmix(x: &mut u64) -> u64 {
    *x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *x;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    let class = super::native_class(vm, "_Generator")?;
    set(vm, d, "_Generator", Value::Obj(class))?;
    // `_new(_Generator)`: a generator seeded from the port's entropy.
    def(vm, d, "_new", |vm, a, _| {
        let cls = match arg(vm, a, 0, "_new")?.as_obj() {
            Some(c) if matches!(vm.heap.get(c), Obj::Class(_)) => c,
            _ => return Err(vm.type_error("_new() needs the generator class")),
        };
        let mut seed = [0u8; 32];
        vm.port.random_bytes(&mut seed);
        let r = vm.alloc(Obj::Host(Box::new(HostObj {
            class: cls,
            data: Box::new(Gen::seeded(&seed)),
            refs: Vec::new(),
        })))?;
        Ok(Value::Obj(r))
    })?;
    // `_seed(g, x)`: x is None (fresh entropy), an int, str, bytes or float.
    def(vm, d, "_seed", |vm, a, _| {
        let g = arg(vm, a, 0, "_seed")?;
        let x = arg(vm, a, 1, "_seed")?;
        let mut bytes: Vec<u8> = Vec::new();
        if x.is_none() {
            bytes.resize(32, 0);
            vm.port.random_bytes(&mut bytes);
        } else if let Some(b) = vm.to_bigint(x) {
            // Like CPython, the sign is ignored.
            bytes.extend_from_slice(&b.magnitude().to_bytes_le());
        } else if let Some(s) = vm.str_ref(x) {
            bytes.push(1);
            bytes.extend_from_slice(s.as_bytes());
        } else if vm.is_bytes_like(x) {
            bytes.push(2);
            bytes.extend(vm.bytes_like(x)?);
        } else if let Value::Float(f) = x {
            bytes.push(3);
            bytes.extend_from_slice(&f.to_bits().to_le_bytes());
        } else {
            let tn = vm.type_name(x);
            return Err(vm.type_error(alloc::format!(
                "The only supported seed types are: None, int, float, str, bytes, and bytearray (not {tn})"
            )));
        }
        with_gen(vm, g, |st| *st = Gen::seeded(&bytes))?;
        Ok(Value::None)
    })?;
    // `_bits(g, k)`: a non-negative int of k random bits.
    def(vm, d, "_bits", |vm, a, _| {
        let g = arg(vm, a, 0, "_bits")?;
        let kv = arg(vm, a, 1, "_bits")?;
        let k = vm.to_index(kv)?;
        if k < 0 {
            return Err(vm.value_error("number of bits must be non-negative"));
        }
        if k <= 62 {
            let w = with_gen(vm, g, |st| st.next())?;
            let v = if k == 0 { 0 } else { w >> (64 - k) };
            return Ok(Value::Int(v as i64));
        }
        let k = k as usize;
        if k / 8 > vm.heap.free_bytes() {
            return Err(vm.memory_error());
        }
        let nwords = k.div_ceil(64);
        let mut words = with_gen(vm, g, |st| {
            (0..nwords).map(|_| st.next()).collect::<Vec<_>>()
        })?;
        let extra = nwords * 64 - k;
        if extra > 0 {
            if let Some(last) = words.last_mut() {
                *last >>= extra;
            }
        }
        let mut bytes = Vec::with_capacity(nwords * 8);
        for w in words {
            bytes.extend_from_slice(&w.to_le_bytes());
        }
        vm.new_bigint(BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes))
    })?;
    // `_random(g)`: a float in [0, 1) with 53 random bits.
    def(vm, d, "_random", |vm, a, _| {
        let g = arg(vm, a, 0, "_random")?;
        let w = with_gen(vm, g, |st| st.next())?;
        Ok(Value::Float((w >> 11) as f64 * (1.0 / (1u64 << 53) as f64)))
    })?;
    super::exec_frozen(vm, d, super::frozen_code::RANDOM)
}

fn with_gen<T>(vm: &mut Vm, g: Value, f: impl FnOnce(&mut Gen) -> T) -> PyResult<T> {
    if let Some(r) = g.as_obj() {
        if let Obj::Host(h) = vm.heap.get_mut(r) {
            if let Some(st) = h.data.downcast_mut::<Gen>() {
                return Ok(f(st));
            }
        }
    }
    Err(vm.type_error("not a random generator"))
}
