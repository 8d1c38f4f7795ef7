# framebuf: pixel layout of every format (printed as the buffer's bytes), fill,
# hline/vline/rect/fill_rect with clipping, pixel reads, strides and size checks.
import framebuf

FORMATS = (
    ("MONO_VLSB", framebuf.MONO_VLSB), ("MONO_HLSB", framebuf.MONO_HLSB),
    ("MONO_HMSB", framebuf.MONO_HMSB), ("RGB565", framebuf.RGB565),
    ("GS2_HMSB", framebuf.GS2_HMSB), ("GS4_HMSB", framebuf.GS4_HMSB),
    ("GS8", framebuf.GS8),
)
print(framebuf.MVLSB == framebuf.MONO_VLSB, [f for _, f in FORMATS])
W, H = 10, 9
for name, fmt in FORMATS:
    buf = bytearray(W * H * 2)
    fb = framebuf.FrameBuffer(buf, W, H, fmt)
    fb.fill(0)
    fb.pixel(0, 0, 1)
    fb.pixel(3, 1, 0xF2F3)
    fb.pixel(9, 8, 0xFFFF)
    fb.pixel(10, 0, 1)
    fb.pixel(-1, 2, 1)
    print(name, buf.hex())
    print(fb.pixel(0, 0), fb.pixel(3, 1), fb.pixel(9, 8), fb.pixel(1, 1), fb.pixel(10, 0), fb.pixel(0, -1))
    fb.fill(0)
    fb.hline(-2, 2, 6, 1)
    fb.vline(8, -3, 20, 3)
    fb.rect(1, 4, 5, 4, 2)
    fb.rect(7, 6, 12, 12, 1, True)
    fb.fill_rect(-5, 8, 7, 9, 0xFF)
    fb.hline(0, 0, 0, 1)
    fb.vline(0, 0, -3, 1)
    fb.rect(0, 0, 0, 5, 1)
    print(name, buf.hex())
    fb.fill(0x1234)
    print(name, buf.hex())

# Stride: rows further apart than the width; the padding is left alone.
buf = bytearray(b"\xaa" * 12)
fb = framebuf.FrameBuffer(buf, 3, 3, framebuf.GS8, 4)
fb.fill(1)
print(buf.hex())
buf = bytearray(8)
fb = framebuf.FrameBuffer(buf, 3, 2, framebuf.GS4_HMSB, 3)
fb.fill(7)
print(buf.hex())
buf = bytearray(6)
fb = framebuf.FrameBuffer1(buf, 3, 9)
fb.fill(1)
print(buf.hex())
fb = framebuf.FrameBuffer1(bytearray(12), 3, 9, 6)
fb.pixel(2, 8, 1)
print(fb.pixel(2, 8))

def attempt(*args):
    try:
        framebuf.FrameBuffer(*args)
        return "ok"
    except (ValueError, TypeError) as e:
        return type(e).__name__

print(attempt(bytearray(19), 4, 4, framebuf.GS8, 5), attempt(bytearray(18), 4, 4, framebuf.GS8, 5))
print(attempt(bytearray(3), 3, 2, framebuf.GS4_HMSB), attempt(bytearray(4), 3, 2, framebuf.GS4_HMSB))
print(attempt(bytearray(3), 5, 2, framebuf.GS2_HMSB), attempt(bytearray(4), 5, 2, framebuf.GS2_HMSB))
print(attempt(bytearray(3), 9, 2, framebuf.MONO_HLSB), attempt(bytearray(4), 9, 2, framebuf.MONO_HMSB))
print(attempt(bytearray(23), 3, 4, framebuf.RGB565), attempt(bytearray(24), 3, 4, framebuf.RGB565))
print(attempt(bytearray(5), 3, 9, framebuf.MONO_VLSB), attempt(bytearray(6), 3, 9, framebuf.MONO_VLSB))
print(attempt(bytearray(16), 4, 4, 99), attempt(bytearray(16), 4, 4, -1))
print(attempt(bytearray(16), 0, 4, framebuf.GS8), attempt(bytearray(16), 4, 0, framebuf.GS8))
print(attempt(bytearray(16), -1, 4, framebuf.GS8), attempt(bytearray(16), 4, 4, framebuf.GS8, 3))
print(attempt(b"1234", 2, 2, framebuf.GS8), attempt("abcd", 2, 2, framebuf.GS8))
print(attempt(bytearray(4), 2, 2), attempt(bytearray(4), 2.0, 2, framebuf.GS8))
