# framebuf: scroll, blit (clipping, transparent key, palette, other formats, tuple
# sources), other buffer kinds (memoryview, array), subclassing, bad arguments.
import framebuf
import array

W, H = 8, 6


def rows(fb, w=W, h=H):
    return "|".join("".join("%x" % fb.pixel(x, y) for x in range(w)) for y in range(h))


buf = bytearray(W * H)
fb = framebuf.FrameBuffer(buf, W, H, framebuf.GS8)
for steps in ((1, 0), (-2, 0), (0, 1), (0, -2), (2, 3), (-3, -1), (9, 0), (0, -7)):
    for i in range(W * H):
        buf[i] = i % 15 + 1
    fb.scroll(*steps)
    print("scroll", steps, rows(fb))

src_buf = bytearray(3 * 2)
src = framebuf.FrameBuffer(src_buf, 3, 2, framebuf.GS8)
src_buf[:] = bytes([1, 2, 3, 4, 0, 5])
for args in ((src, 0, 0), (src, 6, 5), (src, -1, -1), (src, 2, 2, 0), (src, 2, 2, 3),
             (src, 20, 1), ((src_buf, 3, 2, framebuf.GS8), 1, 1),
             ((bytes(src_buf), 3, 1, framebuf.GS8, 3), 4, 0)):
    fb.fill(9)
    fb.blit(*args)
    print("blit", rows(fb))

# A palette maps source colours: the palette's pixel (c, 0).
pal = framebuf.FrameBuffer(bytearray(6), 6, 1, framebuf.GS8)
for c in range(6):
    pal.pixel(c, 0, 10 + c)
fb.fill(0)
fb.blit(src, 1, 1, -1, pal)
print("palette", rows(fb))
fb.fill(0)
fb.blit(src, 1, 1, 2, pal)
print("palette+key", rows(fb))

# Between formats: a 1-bit icon into RGB565 through a two-colour palette.
icon = framebuf.FrameBuffer(bytearray([0b10100000, 0b01000000]), 3, 2, framebuf.MONO_HLSB)
rgb_buf = bytearray(4 * 3 * 2)
rgb = framebuf.FrameBuffer(rgb_buf, 4, 3, framebuf.RGB565)
pal2 = framebuf.FrameBuffer(bytearray(4), 2, 1, framebuf.RGB565)
pal2.pixel(0, 0, 0x0001)
pal2.pixel(1, 0, 0xF800)
rgb.blit(icon, 1, 1, -1, pal2)
print(rgb_buf.hex())
mono_buf = bytearray(8)
mono = framebuf.FrameBuffer(mono_buf, 8, 8, framebuf.MONO_VLSB)
mono.blit(src, 2, 3)
print(mono_buf.hex())

# Other writable buffers.
ba = bytearray(12)
mv = memoryview(ba)[2:10]
fb2 = framebuf.FrameBuffer(mv, 4, 2, framebuf.GS8)
fb2.fill(1)
fb2.pixel(3, 1, 7)
print(ba.hex(), fb2.pixel(3, 1))
arr = array.array("H", [0] * 6)
fb3 = framebuf.FrameBuffer(arr, 3, 2, framebuf.RGB565)
fb3.fill(0x1234)
fb3.pixel(2, 1, 0xABCD)
fb3.line(0, 0, 2, 1, 0x0102)
print(list(arr), fb3.pixel(1, 0), fb3.pixel(2, 1))


class Display(framebuf.FrameBuffer):
    def __init__(self, w, h):
        self.width = w
        self.height = h
        self.buffer = bytearray(w * h // 8)
        super().__init__(self.buffer, w, h, framebuf.MONO_HLSB)

    def show(self):
        return self.buffer.hex()


d = Display(16, 2)
d.fill(0)
d.hline(2, 0, 10, 1)
d.pixel(15, 1, 1)
print(d.width, d.height, d.show(), isinstance(d, framebuf.FrameBuffer))
fb.fill(0)
fb.blit(d, 0, 0)
print(rows(fb))


class Plain(framebuf.FrameBuffer):
    def total(self):
        return sum(self.pixel(x, 0) for x in range(3))


pb = bytearray(3)
p = Plain(pb, 3, 1, framebuf.GS8)
p.fill(2)
print(pb.hex(), p.total())

for f in (lambda: fb.pixel(1), lambda: fb.fill(), lambda: fb.line(1, 2, 3, 4),
          lambda: fb.blit(5, 0, 0), lambda: fb.blit((buf, 1), 0, 0),
          lambda: fb.poly(0, 0, 5, 1), lambda: fb.text(5, 0, 0),
          lambda: fb.pixel("a", 1), lambda: fb.ellipse(1, 2, 3, 4)):
    try:
        f()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
