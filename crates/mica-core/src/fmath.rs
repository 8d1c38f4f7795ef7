//! Floating-point functions for `math`, `cmath` and the float operators.
//!
//! With the `std` feature these are the platform's C library functions (what CPython
//! calls, so results agree to the last bit with CPython on the same machine); without
//! it, the pure-Rust `libm` ports, which can differ from the platform in the last unit.

macro_rules! unary {
    ($($name:ident => $std:ident),* $(,)?) => {$(
        #[cfg(feature = "std")]
        #[inline]
        pub fn $name(x: f64) -> f64 {
            x.$std()
        }
        #[cfg(not(feature = "std"))]
        #[inline]
        pub fn $name(x: f64) -> f64 {
            libm::$name(x)
        }
    )*};
}

unary! {
    exp => exp,
    expm1 => exp_m1,
    log => ln,
    log2 => log2,
    log10 => log10,
    log1p => ln_1p,
    sqrt => sqrt,
    cbrt => cbrt,
    sin => sin,
    cos => cos,
    tan => tan,
    asin => asin,
    acos => acos,
    atan => atan,
    sinh => sinh,
    cosh => cosh,
    tanh => tanh,
}

#[cfg(feature = "std")]
#[inline]
pub fn pow(x: f64, y: f64) -> f64 {
    x.powf(y)
}

#[cfg(not(feature = "std"))]
#[inline]
pub fn pow(x: f64, y: f64) -> f64 {
    libm::pow(x, y)
}

#[cfg(feature = "std")]
#[inline]
pub fn atan2(y: f64, x: f64) -> f64 {
    y.atan2(x)
}

#[cfg(not(feature = "std"))]
#[inline]
pub fn atan2(y: f64, x: f64) -> f64 {
    libm::atan2(y, x)
}

#[cfg(feature = "std")]
#[inline]
pub fn hypot(x: f64, y: f64) -> f64 {
    x.hypot(y)
}

#[cfg(not(feature = "std"))]
#[inline]
pub fn hypot(x: f64, y: f64) -> f64 {
    libm::hypot(x, y)
}
