# FFT: an iterative radix-2 complex FFT over separate lists of real and
# imaginary parts, used to multiply two N-digit decimal numbers (forward
# transforms, pointwise product, inverse transform, rounding and carries),
# checked against big-integer multiplication; then the spectrum of an
# integer square wave, whose peak bins and magnitudes are rounded.
# Rounded results have a wide margin, so float32 and float64 agree.
#
# usage: bm_fft.py [N [M]]   N = digits per factor, M = runs
# default args: 512 36
# device args: 128 16
import sys
import math
try:
    from time import perf_counter as clock

    def ms_since(t0):
        return (clock() - t0) * 1000.0
except ImportError:
    from time import ticks_us as clock, ticks_diff

    def ms_since(t0):
        return ticks_diff(clock(), t0) / 1000.0


def twiddles(n):
    cos_t = []
    sin_t = []
    step = 2.0 * math.pi / n
    for k in range(n // 2):
        cos_t.append(math.cos(step * k))
        sin_t.append(math.sin(step * k))
    return cos_t, sin_t


def fft(re, im, tw, inverse):
    n = len(re)
    j = 0
    for i in range(1, n):
        bit = n >> 1
        while j & bit:
            j ^= bit
            bit >>= 1
        j ^= bit
        if i < j:
            re[i], re[j] = re[j], re[i]
            im[i], im[j] = im[j], im[i]
    cos_t, sin_t = tw
    sign = 1.0 if inverse else -1.0
    size = 2
    while size <= n:
        half = size >> 1
        stride = n // size
        for start in range(0, n, size):
            k = 0
            for a in range(start, start + half):
                b = a + half
                wr = cos_t[k]
                wi = sign * sin_t[k]
                xr = re[b]
                xi = im[b]
                tr = xr * wr - xi * wi
                ti = xr * wi + xi * wr
                re[b] = re[a] - tr
                im[b] = im[a] - ti
                re[a] += tr
                im[a] += ti
                k += stride
        size <<= 1
    if inverse:
        scale = 1.0 / n
        for i in range(n):
            re[i] *= scale
            im[i] *= scale


def lcg_digits(count, seed):
    out = []
    x = seed
    for i in range(count):
        x = (x * 421 + 54773) % 259200
        out.append(x * 10 // 259200)
    return out


def multiply(da, db, tw, n):
    # digits are little-endian
    ar = [float(d) for d in da] + [0.0] * (n - len(da))
    ai = [0.0] * n
    br = [float(d) for d in db] + [0.0] * (n - len(db))
    bi = [0.0] * n
    fft(ar, ai, tw, False)
    fft(br, bi, tw, False)
    for i in range(n):
        r = ar[i] * br[i] - ai[i] * bi[i]
        ai[i] = ar[i] * bi[i] + ai[i] * br[i]
        ar[i] = r
    fft(ar, ai, tw, True)
    out = []
    carry = 0
    for i in range(n):
        v = int(ar[i] + 0.5) + carry
        out.append(v % 10)
        carry = v // 10
    while carry:
        out.append(carry % 10)
        carry //= 10
    while len(out) > 1 and out[-1] == 0:
        out.pop()
    return out


def digits_to_str(d):
    return "".join([str(d[i]) for i in range(len(d) - 1, -1, -1)])


def square_wave_peaks(n, tw):
    period = 16
    re = []
    for t in range(n):
        re.append(44.0 if (t % period) < period // 2 else -44.0)
    im = [0.0] * n
    fft(re, im, tw, False)
    mags = []
    for k in range(n // 2):
        mags.append((re[k] * re[k] + im[k] * im[k]) ** 0.5)
    order = sorted(range(n // 2), key=lambda k: -mags[k])
    peaks = order[:4]
    peaks.sort()
    return [(k, int(mags[k] / n * 10.0 + 0.5)) for k in peaks]


def main():
    ndig = int(sys.argv[1]) if len(sys.argv) > 1 else 512
    m = int(sys.argv[2]) if len(sys.argv) > 2 else 36
    n = 2
    while n < 2 * ndig:
        n *= 2
    t0 = clock()
    for rep in range(m):
        tw = twiddles(n)
        da = lcg_digits(ndig, 7 + rep)
        db = lcg_digits(ndig, 1000 + rep)
        prod = multiply(da, db, tw, n)
        peaks = square_wave_peaks(n, tw)
    elapsed = ms_since(t0)
    sa = digits_to_str(da)
    sb = digits_to_str(db)
    sp = digits_to_str(prod)
    h = 0
    for d in prod:
        h = (h * 10 + d) % 1000003
    print("size", n, "digits", len(prod), "hash", h)
    print("product", sp[:12], sp[-12:])
    print("agrees", sp == str(int(sa) * int(sb)))
    print("peaks", " ".join(["%d:%d" % p for p in peaks]))
    print("elapsed_ms %.3f" % elapsed)


main()
