//! `framebuf`: MicroPython's frame buffers. A `FrameBuffer` draws into a writable buffer
//! (bytearray, memoryview, `array.array`) in one of seven pixel formats; every drawing
//! operation clips to the frame, so any coordinates are safe. The buffer is the host
//! object's `refs[0]`; each call reaches its bytes through `with_buf_mut`.
//!
//! Lines are Bresenham's, computed per pixel in closed form (pixel `i` along the major
//! axis is `(2·i·minor + major) / (2·major)` along the minor one), so only the part
//! inside the frame is visited. Ellipses follow J. Kennedy's "A Fast Bresenham Type
//! Algorithm For Drawing Ellipses"; filled polygons are scan lines (even-odd rule, edge
//! crossings rounded to the nearest pixel, vertices and horizontal edges included).
//! `text` uses Mica's own 5x7 font in 8x8 cells (`FONT` below).

use alloc::boxed::Box;
use alloc::vec;
use alloc::vec::Vec;

use crate::error::PyResult;
use crate::object::{HostObj, Obj};
use crate::qstr::QStr;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

use super::{arg, def, max_args, method, native_class, set, static_method, with_buf_mut};

const MVLSB: u8 = 0;
const RGB565: u8 = 1;
const GS4_HMSB: u8 = 2;
const MONO_HLSB: u8 = 3;
const MONO_HMSB: u8 = 4;
const GS2_HMSB: u8 = 5;

/// Coordinates are clamped to this magnitude so the arithmetic cannot overflow.
const COORD_MAX: i64 = 1 << 31;

type Kw<'a> = &'a [(QStr, Value)];

/// A frame's geometry (its buffer is the host object's `refs[0]`); `w == 0` until
/// initialised (a subclass's instance before `super().__init__`).
#[derive(Clone, Copy, Default)]
struct Fb {
    w: i64,
    h: i64,
    stride: i64,
    fmt: u8,
}

impl Fb {
    /// Byte index, bit shift and mask of pixel (x, y) (in range).
    fn loc(&self, x: i64, y: i64) -> (usize, u32, u32) {
        let p = y * self.stride + x;
        let (i, s, m) = match self.fmt {
            MVLSB => ((y >> 3) * self.stride + x, y & 7, 1),
            RGB565 => (p * 2, 0, 0xffff),
            GS4_HMSB => (p >> 1, (1 - (p & 1)) * 4, 0xf),
            MONO_HLSB => (p >> 3, 7 - (p & 7), 1),
            MONO_HMSB => (p >> 3, p & 7, 1),
            GS2_HMSB => (p >> 2, (p & 3) * 2, 3),
            _ => (p, 0, 0xff), // GS8
        };
        (i as usize, s as u32, m)
    }

    fn inside(&self, x: i64, y: i64) -> bool {
        (0..self.w).contains(&x) && (0..self.h).contains(&y)
    }

    fn get(&self, b: &[u8], x: i64, y: i64) -> Option<u32> {
        if !self.inside(x, y) {
            return None;
        }
        let (i, s, m) = self.loc(x, y);
        if m == 0xffff {
            let d = b.get(i..i + 2)?;
            return Some(u16::from_le_bytes([d[0], d[1]]) as u32);
        }
        b.get(i).map(|&d| (d as u32 >> s) & m)
    }

    fn set(&self, b: &mut [u8], x: i64, y: i64, c: u32) {
        if !self.inside(x, y) {
            return;
        }
        let (i, s, m) = self.loc(x, y);
        // One-bit formats take any non-zero colour as 1.
        let c = if m == 1 { (c != 0) as u32 } else { c };
        if m == 0xffff {
            if let Some(d) = b.get_mut(i..i + 2) {
                d.copy_from_slice(&(c as u16).to_le_bytes());
            }
        } else if let Some(d) = b.get_mut(i) {
            *d = (*d & !((m << s) as u8)) | (((c & m) << s) as u8);
        }
    }

    fn fill_rect(&self, b: &mut [u8], x: i64, y: i64, w: i64, h: i64, c: u32) {
        for yy in y.max(0)..(y + h).min(self.h) {
            for xx in x.max(0)..(x + w).min(self.w) {
                self.set(b, xx, yy, c);
            }
        }
    }

    fn line(&self, b: &mut [u8], x1: i64, y1: i64, x2: i64, y2: i64, c: u32) {
        let (dx, dy) = ((x2 - x1).abs(), (y2 - y1).abs());
        let (sx, sy) = (if x2 > x1 { 1 } else { -1 }, if y2 > y1 { 1 } else { -1 });
        // Walk the major axis; only its steps that land inside the frame.
        let steep = dy > dx;
        let (major, minor, m0, n0, sm, sn, lim) = if steep {
            (dy, dx, y1, x1, sy, sx, self.h)
        } else {
            (dx, dy, x1, y1, sx, sy, self.w)
        };
        let (lo, hi) = if sm > 0 {
            (-m0, lim - 1 - m0)
        } else {
            (m0 - lim + 1, m0)
        };
        for i in lo.max(0)..=hi.min(major) {
            let n = if major == 0 {
                0
            } else {
                ((2 * i as i128 * minor as i128 + major as i128) / (2 * major as i128)) as i64
            };
            let (p, q) = (m0 + sm * i, n0 + sn * n);
            if steep {
                self.set(b, q, p, c);
            } else {
                self.set(b, p, q, c);
            }
        }
    }

    /// The points (x ± dx, y ± dy) of the quadrants in `mask` (1: +x -y, 2: -x -y,
    /// 4: -x +y, 8: +x +y), or the spans from the centre to them when filling.
    #[allow(clippy::too_many_arguments)]
    fn quads(&self, b: &mut [u8], x: i64, y: i64, dx: i64, dy: i64, c: u32, fill: bool, mask: u8) {
        for (bit, kx, ky) in [(1, 1, -1), (2, -1, -1), (4, -1, 1), (8, 1, 1)] {
            if mask & bit != 0 {
                let px = x + kx * dx;
                if fill {
                    let x0 = if kx > 0 { x } else { px };
                    self.fill_rect(b, x0, y + ky * dy, dx + 1, 1, c);
                } else {
                    self.set(b, px, y + ky * dy, c);
                }
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn ellipse(
        &self,
        b: &mut [u8],
        x: i64,
        y: i64,
        xr: i64,
        yr: i64,
        c: u32,
        fill: bool,
        mask: u8,
    ) {
        if xr == 0 && yr == 0 {
            // Both error terms stay 0: the loops below would never end.
            return self.quads(b, x, y, 0, 0, c, fill, mask);
        }
        let (a2, b2) = (2 * xr * xr, 2 * yr * yr);
        // First the part where the slope is above -1 (stepping y), then the rest
        // (stepping x), each with its own error term.
        let (mut px, mut py) = (xr, 0);
        let (mut chx, mut chy) = (yr * yr * (1 - 2 * xr), xr * xr);
        let (mut err, mut stop_x, mut stop_y) = (0, b2 * xr, 0);
        while stop_x >= stop_y {
            self.quads(b, x, y, px, py, c, fill, mask);
            py += 1;
            stop_y += a2;
            err += chy;
            chy += a2;
            if 2 * err + chx > 0 {
                px -= 1;
                stop_x -= b2;
                err += chx;
                chx += b2;
            }
        }
        let (mut px, mut py) = (0, yr);
        let (mut chx, mut chy) = (yr * yr, xr * xr * (1 - 2 * yr));
        let (mut err, mut stop_x, mut stop_y) = (0, 0, a2 * yr);
        while stop_x <= stop_y {
            self.quads(b, x, y, px, py, c, fill, mask);
            px += 1;
            stop_x += b2;
            err += chx;
            chx += b2;
            if 2 * err + chy > 0 {
                py -= 1;
                stop_y -= a2;
                err += chy;
                chy += a2;
            }
        }
    }

    fn poly(&self, b: &mut [u8], x: i64, y: i64, pts: &[(i64, i64)], c: u32, fill: bool) {
        let n = pts.len();
        let edge = |i: usize| (pts[i], pts[(i + 1) % n]);
        if !fill {
            for i in 0..n {
                let ((x1, y1), (x2, y2)) = edge(i);
                self.line(b, x + x1, y + y1, x + x2, y + y2, c);
            }
            return;
        }
        let lo = pts.iter().map(|p| p.1).min().unwrap_or(0).max(-y);
        let hi = pts
            .iter()
            .map(|p| p.1)
            .max()
            .unwrap_or(-1)
            .min(self.h - 1 - y);
        let mut nodes = Vec::new();
        for row in lo..=hi {
            nodes.clear();
            for i in 0..n {
                let ((x1, y1), (x2, y2)) = edge(i);
                if (y1 < row && row <= y2) || (y2 < row && row <= y1) {
                    // x1 + (row - y1)(x2 - x1)/(y2 - y1), rounded half up.
                    let (num, den) = ((row - y1) * (x2 - x1), y2 - y1);
                    let (num, den) = if den < 0 { (-num, -den) } else { (num, den) };
                    nodes.push(x1 + (2 * num + den).div_euclid(2 * den));
                } else if row == y1 {
                    let (a, z) = if y2 == y1 {
                        (x1.min(x2), x1.max(x2))
                    } else {
                        (x1, x1)
                    };
                    self.fill_rect(b, x + a, y + row, z - a + 1, 1, c);
                }
            }
            // Shell sort: compact (a generic sort costs ~5 KB of flash), fast enough
            // for the crossings of a row.
            let mut gap = nodes.len() / 2;
            while gap > 0 {
                for i in gap..nodes.len() {
                    let mut j = i;
                    while j >= gap && nodes[j - gap] > nodes[j] {
                        nodes.swap(j - gap, j);
                        j -= gap;
                    }
                }
                gap /= 2;
            }
            for pair in nodes.chunks_exact(2) {
                self.fill_rect(b, x + pair[0], y + row, pair[1] - pair[0] + 1, 1, c);
            }
        }
    }
}

pub fn init(vm: &mut Vm, d: ObjRef) -> PyResult<()> {
    let names = [
        "MONO_VLSB",
        "RGB565",
        "GS4_HMSB",
        "MONO_HLSB",
        "MONO_HMSB",
        "GS2_HMSB",
        "GS8",
    ];
    for (i, name) in names.into_iter().enumerate() {
        set(vm, d, name, Value::Int(i as i64))?;
    }
    set(vm, d, "MVLSB", Value::Int(0))?;
    let class = native_class(vm, "FrameBuffer")?;
    set(vm, d, "FrameBuffer", Value::Obj(class))?;
    static_method(vm, class, "__new__", fb_new)?;
    method(vm, class, "__init__", |vm, a, kw| {
        let fb = parse(vm, &a[1..], kw, None)?;
        let buf = a[1];
        let Value::Obj(r) = vm.base_value(a[0]) else {
            return Err(not_fb(vm));
        };
        match vm.heap.get_mut(r) {
            Obj::Host(h) if h.data.is::<Fb>() => {
                h.data = Box::new(fb);
                h.refs = vec![buf];
                Ok(Value::None)
            }
            _ => Err(not_fb(vm)),
        }
    })?;
    def(vm, d, "FrameBuffer1", |vm, a, kw| {
        let fb = parse(vm, a, kw, Some(MVLSB))?;
        let class = fb_class(vm)?;
        new_fb(vm, class, fb, a[0])
    })?;
    method(vm, class, "fill", |vm, a, kw| {
        let [c] = ints(vm, a, kw, 1, 0)?;
        draw(vm, a[0], |f, b| f.fill_rect(b, 0, 0, f.w, f.h, c as u32))
    })?;
    method(vm, class, "pixel", |vm, a, kw| {
        let [x, y, c] = ints(vm, a, kw, 2, 1)?;
        if a.len() > 3 {
            return draw(vm, a[0], |f, b| f.set(b, x, y, c as u32));
        }
        let (f, buf) = state(vm, a[0])?;
        match with_buf_mut(vm, buf, |b| f.get(b, x, y))? {
            Some(c) => Ok(Value::Int(c as i64)),
            None => Ok(Value::None),
        }
    })?;
    method(vm, class, "hline", |vm, a, kw| {
        let [x, y, w, c] = ints(vm, a, kw, 4, 0)?;
        draw(vm, a[0], |f, b| f.fill_rect(b, x, y, w, 1, c as u32))
    })?;
    method(vm, class, "vline", |vm, a, kw| {
        let [x, y, h, c] = ints(vm, a, kw, 4, 0)?;
        draw(vm, a[0], |f, b| f.fill_rect(b, x, y, 1, h, c as u32))
    })?;
    method(vm, class, "fill_rect", |vm, a, kw| {
        let [x, y, w, h, c] = ints(vm, a, kw, 5, 0)?;
        draw(vm, a[0], |f, b| f.fill_rect(b, x, y, w, h, c as u32))
    })?;
    method(vm, class, "rect", |vm, a, kw| {
        let [x, y, w, h, c, fill] = ints(vm, a, kw, 5, 1)?;
        let c = c as u32;
        draw(vm, a[0], |f, b| {
            if fill != 0 {
                f.fill_rect(b, x, y, w, h, c);
            } else {
                f.fill_rect(b, x, y, w, 1, c);
                f.fill_rect(b, x, y + h - 1, w, 1, c);
                f.fill_rect(b, x, y, 1, h, c);
                f.fill_rect(b, x + w - 1, y, 1, h, c);
            }
        })
    })?;
    method(vm, class, "line", |vm, a, kw| {
        let [x1, y1, x2, y2, c] = ints(vm, a, kw, 5, 0)?;
        draw(vm, a[0], |f, b| f.line(b, x1, y1, x2, y2, c as u32))
    })?;
    method(vm, class, "ellipse", |vm, a, kw| {
        let [x, y, xr, yr, c, fill, mask] = ints(vm, a, kw, 5, 2)?;
        let mask = if a.len() > 7 { mask as u8 & 15 } else { 15 };
        // Bounded radii keep the error terms in range and the loops short.
        let (xr, yr) = (xr.clamp(-1 << 20, 1 << 20), yr.clamp(-1 << 20, 1 << 20));
        draw(vm, a[0], |f, b| {
            f.ellipse(b, x, y, xr, yr, c as u32, fill != 0, mask)
        })
    })?;
    method(vm, class, "poly", |vm, a, kw| {
        max_args(vm, a, kw, 6, "poly")?;
        let [x, y] = ints(vm, &a[..3.min(a.len())], kw, 2, 0)?;
        let coords = arg(vm, a, 3, "poly")?;
        let c = arg(vm, a, 4, "poly")?;
        let c = vm.to_index(c)? as u32;
        let fill = match a.get(5) {
            Some(&v) => vm.truthy(v)?,
            None => false,
        };
        let items = vm.iterate_to_vec(coords)?;
        let mut pts = Vec::with_capacity(items.len() / 2);
        for p in items.chunks_exact(2) {
            let (px, py) = (coord(vm, p[0])?, coord(vm, p[1])?);
            pts.push((px, py));
        }
        if pts.is_empty() {
            return Ok(Value::None);
        }
        draw(vm, a[0], |f, b| f.poly(b, x, y, &pts, c, fill))
    })?;
    method(vm, class, "text", |vm, a, kw| {
        max_args(vm, a, kw, 5, "text")?;
        let s = arg(vm, a, 1, "text")?;
        let s = vm.expect_str(s, "text() argument 1")?;
        let [x, y, c] = ints(vm, &[&[a[0]], &a[2..]].concat(), kw, 2, 1)?;
        let c = if a.len() > 4 { c as u32 } else { 1 };
        draw(vm, a[0], |f, b| {
            for (k, ch) in s.chars().enumerate() {
                let g = match ch as u32 {
                    32..=126 => ch as usize - 32,
                    _ => 127 - 32,
                };
                for col in 0..5 {
                    let bits = FONT[g * 5 + col];
                    for row in 0..8 {
                        if bits >> row & 1 != 0 {
                            f.set(b, x + 8 * k as i64 + col as i64 + 1, y + row, c);
                        }
                    }
                }
            }
        })
    })?;
    method(vm, class, "scroll", |vm, a, kw| {
        let [dx, dy] = ints(vm, a, kw, 2, 0)?;
        draw(vm, a[0], |f, b| {
            // Visit the destination so that every source pixel is read before it is
            // overwritten; pixels nothing moves into keep their colour.
            let xs: Vec<i64> = if dx > 0 {
                (0..f.w).rev().collect()
            } else {
                (0..f.w).collect()
            };
            let rows: Vec<i64> = if dy > 0 {
                (0..f.h).rev().collect()
            } else {
                (0..f.h).collect()
            };
            for &y in &rows {
                for &x in &xs {
                    if let Some(c) = f.get(b, x - dx, y - dy) {
                        f.set(b, x, y, c);
                    }
                }
            }
        })
    })?;
    method(vm, class, "blit", |vm, a, kw| {
        max_args(vm, a, kw, 6, "blit")?;
        let src = arg(vm, a, 1, "blit")?;
        let [x, y, key] = ints(vm, &[&[a[0]], &a[2..a.len().min(5)]].concat(), kw, 2, 1)?;
        let key = if a.len() > 4 { key } else { -1 };
        let (sf, sbuf) = source(vm, src)?;
        let sbytes = read_buf(vm, sbuf)?;
        let pal = match a.get(5) {
            Some(&p) if !p.is_none() => {
                let (pf, pbuf) = source(vm, p)?;
                Some((pf, read_buf(vm, pbuf)?))
            }
            _ => None,
        };
        draw(vm, a[0], |f, b| {
            for sy in 0..sf.h {
                let ty = y + sy;
                if !(0..f.h).contains(&ty) {
                    continue;
                }
                for sx in 0..sf.w {
                    let tx = x + sx;
                    if !(0..f.w).contains(&tx) {
                        continue;
                    }
                    let Some(mut c) = sf.get(&sbytes, sx, sy) else {
                        continue;
                    };
                    // The key is compared with the colour after the palette.
                    if let Some((pf, pb)) = &pal {
                        c = pf.get(pb, c as i64, 0).unwrap_or(0);
                    }
                    if c as i64 == key {
                        continue;
                    }
                    f.set(b, tx, ty, c);
                }
            }
        })
    })?;
    Ok(())
}

fn not_fb(vm: &mut Vm) -> crate::error::PyErr {
    vm.type_error("FrameBuffer object required")
}

/// An int argument clamped to the coordinate range.
fn coord(vm: &mut Vm, v: Value) -> PyResult<i64> {
    Ok(vm.to_index(v)?.clamp(-COORD_MAX, COORD_MAX))
}

/// `need` required and `opt` optional int arguments after `self` (absent ones are 0).
fn ints<const N: usize>(
    vm: &mut Vm,
    a: &[Value],
    kw: Kw,
    need: usize,
    opt: usize,
) -> PyResult<[i64; N]> {
    max_args(vm, a, kw, need + opt + 1, "FrameBuffer method")?;
    let mut out = [0; N];
    for (i, o) in out.iter_mut().enumerate().take(need + opt) {
        let v = match a.get(i + 1) {
            Some(&v) => v,
            None if i < need => {
                return Err(vm.type_error(alloc::format!(
                    "function missing {} required positional arguments",
                    need - i
                )))
            }
            None => break,
        };
        *o = coord(vm, v)?;
    }
    Ok(out)
}

fn state(vm: &mut Vm, v: Value) -> PyResult<(Fb, Value)> {
    if let Value::Obj(r) = vm.base_value(v) {
        if let Obj::Host(h) = vm.heap.get(r) {
            if let Some(&f) = h.data.downcast_ref::<Fb>() {
                if f.w > 0 {
                    return Ok((f, h.refs[0]));
                }
                return Err(vm.value_error("FrameBuffer not initialised"));
            }
        }
    }
    Err(not_fb(vm))
}

fn draw(vm: &mut Vm, v: Value, f: impl FnOnce(&Fb, &mut [u8])) -> PyResult<Value> {
    let (fb, buf) = state(vm, v)?;
    with_buf_mut(vm, buf, |b| f(&fb, b))?;
    Ok(Value::None)
}

/// A copy of a buffer's bytes (read-only buffers too).
fn read_buf(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if vm.is_bytes_like(vm.base_value(v)) {
        return vm.bytes_like(vm.base_value(v));
    }
    with_buf_mut(vm, v, |b| b.to_vec())
}

/// A blit source or palette: a FrameBuffer, or `(buffer, width, height, format[, stride])`.
fn source(vm: &mut Vm, v: Value) -> PyResult<(Fb, Value)> {
    if let Some(Obj::Tuple(t)) = v.as_obj().map(|r| vm.heap.get(r)) {
        let t = t.to_vec();
        if !(4..=5).contains(&t.len()) {
            return Err(vm.value_error("blit source tuple must have 4 or 5 items"));
        }
        let len = read_buf(vm, t[0])?.len();
        let fb = geometry(vm, &t[1..], len)?;
        return Ok((fb, t[0]));
    }
    state(vm, v)
}

fn fb_class(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.intern_value("framebuf");
    let module = vm.dict_get_item(Value::Obj(vm.modules), m)?;
    if let Some(md) = module.and_then(|m| vm.module_dict(m)) {
        let q = vm.interner.intern_static("FrameBuffer");
        if let Some(Value::Obj(c)) = vm.dict_get_str(md, q) {
            return Ok(c);
        }
    }
    Err(vm.runtime_error("framebuf module state lost"))
}

fn new_fb(vm: &mut Vm, class: ObjRef, fb: Fb, buf: Value) -> PyResult<Value> {
    let r = vm.alloc(Obj::Host(Box::new(HostObj {
        class,
        data: Box::new(fb),
        refs: vec![buf],
    })))?;
    Ok(Value::Obj(r))
}

/// `FrameBuffer(buffer, width, height, format[, stride])` (`FrameBuffer1` passes its
/// fixed format): the checked geometry.
fn parse(vm: &mut Vm, a: &[Value], kw: Kw, fmt: Option<u8>) -> PyResult<Fb> {
    let most = if fmt.is_some() { 4 } else { 5 };
    max_args(vm, a, kw, most, "FrameBuffer")?;
    let buf = arg(vm, a, 0, "FrameBuffer")?;
    let len = with_buf_mut(vm, buf, |b| b.len())?;
    let mut rest = a[1..].to_vec();
    if let Some(f) = fmt {
        rest.insert(2.min(rest.len()), Value::Int(f as i64));
    }
    geometry(vm, &rest, len)
}

/// `width, height, format[, stride]` over a buffer of `len` bytes.
fn geometry(vm: &mut Vm, a: &[Value], len: usize) -> PyResult<Fb> {
    if a.len() < 3 {
        return Err(vm.type_error("FrameBuffer() needs width, height and format"));
    }
    let mut v = [0i64; 4];
    for (i, x) in a.iter().enumerate().take(4) {
        v[i] = vm.to_index(*x)?;
    }
    let [w, h, fmt, stride] = v;
    let stride = if a.len() > 3 { stride } else { w };
    if !(0..=6).contains(&fmt) {
        return Err(vm.value_error("invalid format"));
    }
    let fmt = fmt as u8;
    if w < 1 || h < 1 || stride < w || w > COORD_MAX || h > COORD_MAX || stride > COORD_MAX {
        return Err(vm.value_error("invalid FrameBuffer size"));
    }
    // Rows of sub-byte formats start on a byte.
    let (align, bpp) = match fmt {
        MVLSB => (1, 1),
        RGB565 => (1, 16),
        GS4_HMSB => (2, 4),
        MONO_HLSB | MONO_HMSB => (8, 1),
        GS2_HMSB => (4, 2),
        _ => (1, 8),
    };
    let stride = (stride + align - 1) / align * align;
    let need = if fmt == MVLSB {
        ((h + 7) / 8 - 1) * stride + w
    } else {
        (((h - 1) * stride + w) * bpp + 7) / 8
    };
    if need > len as i64 {
        return Err(vm.value_error("buffer too small"));
    }
    Ok(Fb { w, h, stride, fmt })
}

fn fb_new(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(&Value::Obj(class)) = a.first() else {
        return Err(vm.type_error("FrameBuffer.__new__ needs its class"));
    };
    let base = fb_class(vm)?;
    if base == class {
        let fb = parse(vm, &a[1..], kw, None)?;
        return new_fb(vm, class, fb, a[1]);
    }
    // A subclass: made from its arguments when they are a frame buffer's, else left
    // for its own `__init__` to set up with `super().__init__(buffer, ...)`.
    let obj = match a.get(1).map(|&b| (b, parse(vm, &a[1..], kw, None))) {
        Some((buf, Ok(fb))) => new_fb(vm, base, fb, buf)?,
        _ => new_fb(vm, base, Fb::default(), Value::None)?,
    };
    crate::builtin_types::wrap_subclass(vm, Value::Obj(class), obj)
}

/// Mica's own font: printable ASCII (32-126, then a box for anything else), 5 columns
/// of 7 pixels per glyph (bit 0 at the top), drawn at column 1 of an 8x8 cell.
/// Drawn by hand for Mica (see `tools/fontgen.py`).
#[rustfmt::skip]
const FONT: [u8; 96 * 5] = include!("framebuf_font.in");
