//! CPython-compatible hashing of numbers and tuples (64-bit build).
//!
//! Numeric hashes reduce values modulo the Mersenne prime `P = 2**61 - 1`, so that equal
//! numbers of different types (`1`, `1.0`, `1+0j`, `Fraction(1)`) hash alike:
//! `hash(x) = sign(x) * (|x| mod P)`, with rationals `m / 2**k` using the inverse of `2**k`
//! modulo `P`. A result of `-1` is reserved (it signals errors in CPython) and becomes `-2`.
//!
//! [`hash_tuple`] reproduces CPython 3.8+'s tuple hash, which is built on the xxHash64
//! mixing round applied to the item hashes.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use crate::floatfmt::float_decompose;

/// The hash modulus `2**61 - 1`.
pub const HASH_MODULUS: u64 = (1u64 << 61) - 1;
/// Number of bits in the modulus.
pub const HASH_BITS: u32 = 61;
/// `hash(float('inf'))`.
pub const HASH_INF: i64 = 314_159;
/// `hash(float('nan'))` used here (CPython 3.10+ hashes NaN by identity).
pub const HASH_NAN: i64 = 0;
/// Multiplier for the imaginary part of complex hashes.
pub const HASH_IMAG: u64 = 1_000_003;

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

fn signed(mag_mod: u64, negative: bool) -> i64 {
    // mag_mod < 2**61, so the conversion is lossless.
    let v = mag_mod as i64;
    fix_minus_one(if negative { -v } else { v })
}

/// `hash(i)` for an int that fits in `i64`.
pub fn hash_i64(i: i64) -> i64 {
    signed(i.unsigned_abs() % HASH_MODULUS, i < 0)
}

/// `hash(i)` for an arbitrary int.
pub fn hash_bigint(i: &BigInt) -> i64 {
    if let Some(v) = i.to_i64() {
        return hash_i64(v);
    }
    let m = i.magnitude() % num_bigint::BigUint::from(HASH_MODULUS);
    signed(m.to_u64().unwrap_or(0), i.sign() == Sign::Minus)
}

/// `2**e mod P` for any `e` (negative exponents give modular inverses, since
/// `2**61 == 1 (mod P)`).
fn pow2_mod(e: i64) -> u64 {
    let r = e.rem_euclid(HASH_BITS as i64) as u32;
    1u64 << r
}

/// `hash(x)` for a float: integral values hash like the equal int; `inf` is 314159,
/// `-inf` is -314159, NaN is 0.
pub fn hash_f64(x: f64) -> i64 {
    if x.is_nan() {
        return HASH_NAN;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (m, e) = float_decompose(x);
    let mag = m.unsigned_abs() % HASH_MODULUS;
    let prod = (mag as u128 * pow2_mod(e as i64) as u128) % HASH_MODULUS as u128;
    signed(prod as u64, m < 0)
}

/// `hash(complex(re, im))`.
pub fn hash_complex(re: f64, im: f64) -> i64 {
    let hr = hash_f64(re) as u64;
    let hi = hash_f64(im) as u64;
    fix_minus_one(hr.wrapping_add(HASH_IMAG.wrapping_mul(hi)) as i64)
}

/// `hash(frozenset)` given the hashes of the elements (CPython's algorithm: an
/// order-independent mix of each hash, then of the size).
pub fn hash_frozenset(items: &[i64]) -> i64 {
    let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
    let mut h: u64 = 0;
    for &x in items {
        h ^= shuffle(x as u64);
    }
    h ^= (items.len() as u64 + 1).wrapping_mul(1_927_868_237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
    if h == u64::MAX {
        h = 590_923_713;
    }
    h as i64
}

const XX_PRIME_1: u64 = 11_400_714_785_074_694_791;
const XX_PRIME_2: u64 = 14_029_467_366_897_019_727;
const XX_PRIME_5: u64 = 2_870_177_450_012_600_261;

/// `hash(tuple)` given the hashes of the items (CPython 3.8+ algorithm).
pub fn hash_tuple(items: &[i64]) -> i64 {
    let mut t = TupleHash::new();
    items.iter().for_each(|&h| t.add(h));
    t.finish()
}

/// [`hash_tuple`] one item at a time, so hashing nested tuples needs no buffer per level.
pub struct TupleHash {
    acc: u64,
    len: u64,
}

impl TupleHash {
    pub fn new() -> TupleHash {
        TupleHash {
            acc: XX_PRIME_5,
            len: 0,
        }
    }

    pub fn add(&mut self, h: i64) {
        let acc = self.acc.wrapping_add((h as u64).wrapping_mul(XX_PRIME_2));
        self.acc = acc.rotate_left(31).wrapping_mul(XX_PRIME_1);
        self.len += 1;
    }

    pub fn finish(self) -> i64 {
        let acc = self.acc.wrapping_add(self.len ^ (XX_PRIME_5 ^ 3_527_539));
        if acc == u64::MAX {
            return 1_546_275_796;
        }
        acc as i64
    }
}

impl Default for TupleHash {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints() {
        let p = (1i64 << 61) - 1;
        let cases: &[(i64, i64)] = &[
            (0, 0),
            (1, 1),
            (-1, -2),
            (-2, -2),
            (p, 0),
            (p + 1, 1),
            (p - 1, p - 1),
            (-(p + 1), -2),
            (i64::MAX, 3),
            (i64::MIN, -4),
        ];
        for &(v, h) in cases {
            assert_eq!(hash_i64(v), h, "{}", v);
            assert_eq!(hash_bigint(&BigInt::from(v)), h);
        }
        let b: BigInt = "18446744073709551621".parse().unwrap();
        assert_eq!(hash_bigint(&b), 13);
        let b: BigInt = "-1267650600228229401496703205376".parse().unwrap();
        assert_eq!(hash_bigint(&b), -549755813888);
        let b: BigInt = "1000000000000000000000000000000".parse().unwrap();
        assert_eq!(hash_bigint(&b), 465258685558744706);
    }

    #[test]
    fn floats() {
        let cases: &[(f64, i64)] = &[
            (0.0, 0),
            (-0.0, 0),
            (0.5, 1152921504606846976),
            (-0.5, -1152921504606846976),
            (1.5, 1152921504606846977),
            (1e300, 1224995262755759164),
            (5e-324, 16777216),
            (-2.5, -1152921504606846978),
            (0.1, 230584300921369408),
            (1e-300, 482449582752280463),
            (3.0, 3),
            (-1.0, -2),
            (f64::INFINITY, 314159),
            (f64::NEG_INFINITY, -314159),
            (1e22, 1864712049423028464),
            (2305843009213693952.0, 1),
            (4611686018427387904.0, 2),
        ];
        for &(x, h) in cases {
            assert_eq!(hash_f64(x), h, "{}", x);
        }
        assert_eq!(hash_f64(f64::NAN), 0);
    }

    #[test]
    fn complex() {
        assert_eq!(hash_complex(1.0, 2.0), 2000007);
        assert_eq!(hash_complex(0.0, 1.0), 1000003);
        assert_eq!(hash_complex(-1.0, 0.0), -2);
        assert_eq!(hash_complex(0.5, -3.25), -576460752306423497);
        assert_eq!(hash_complex(1e300, 1e300), 7229033979992872944);
    }

    #[test]
    fn tuples() {
        assert_eq!(hash_tuple(&[]), 5740354900026072187);
        assert_eq!(hash_tuple(&[1]), -6644214454873602895);
        assert_eq!(hash_tuple(&[1, 2]), -3550055125485641917);
        assert_eq!(hash_tuple(&[hash_i64(-1)]), 8078679518589016365);
        let inner = hash_tuple(&[2, 3]);
        assert_eq!(hash_tuple(&[1, inner]), 7267574591690527098);
        // hash('') == 0
        assert_eq!(hash_tuple(&[hash_f64(0.5), 0]), 3366644390208482625);
        let e = hash_tuple(&[]);
        assert_eq!(hash_tuple(&[e, e]), 9028247024705308198);
        let ten: [i64; 10] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        assert_eq!(hash_tuple(&ten), 9109727825473806502);
    }
}
