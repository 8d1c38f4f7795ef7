# framebuf.FrameBuffer.text: checked by properties that hold for any 8x8 font (Mica's
# own font differs from MicroPython's, see docs/differences.md): each character is
# drawn inside its own 8x8 cell, 8 pixels apart, only in the given colour, over an
# untouched background, clipped at the edges.
import framebuf

W, H = 24, 10
buf = bytearray(W * H)
fb = framebuf.FrameBuffer(buf, W, H, framebuf.GS8)


def cells(s, x=0, y=0, c=1, bg=0):
    fb.fill(bg)
    if c is None:
        fb.text(s, x, y)
    else:
        fb.text(s, x, y, c)
    return bytes(buf)


def n(data, v):
    return sum(1 for x in data if x == v)


glyphs = {}
outside = 0
for code in range(32, 127):
    out = cells(chr(code), 1, 1, 5)
    on = [(i % W, i // W) for i in range(W * H) if out[i]]
    if any(not (1 <= x < 9 and 1 <= y < 9) for x, y in on):
        outside += 1
    if any(out[i] not in (0, 5) for i in range(W * H)):
        outside += 1
    glyphs[code] = out
print("pixels outside the cell or in another colour:", outside)
print("space is blank:", not any(glyphs[32]), "others drawn:", all(any(glyphs[c]) for c in range(33, 127)))
print("distinct glyphs:", len(set(glyphs[c] for c in range(33, 127))))
# Two characters are the two glyphs side by side.
ab = cells("AB", 0, 0)
a = cells("A", 0, 0)
b = cells("B", 8, 0)
print("advance 8:", ab == bytes(x | y for x, y in zip(a, b)))
# Default colour 1; the background is left as it was.
print("default colour:", cells("x", 0, 0, None) == cells("x", 0, 0, 1))
bg = cells("x", 0, 0, 3, 7)
print("background kept:", set(bg) == {3, 7}, n(bg, 3) == n(cells("x", 0, 0, 3), 3))
# Clipped at the edges without errors.
print(n(cells("W", -4, -3), 1) <= n(cells("W", 0, 0), 1), n(cells("W", 100, 100), 1))
print(n(cells("", 0, 0), 1), n(cells("Hello", 0, 0), 1) > 0)
# Characters outside ASCII are drawn as one substitute glyph.
print(cells("\x01", 0, 0) == cells("\x7f", 0, 0), any(cells("\x7f", 0, 0)))
mono = bytearray(16)
m = framebuf.FrameBuffer(mono, 16, 8, framebuf.MONO_VLSB)
m.text("ii", 0, 0)
print(any(mono[:8]), mono[:8] == mono[8:])
for bad in ((1, 0, 0), ("a",), ("a", 0)):
    try:
        fb.text(*bad)
        print("no error")
    except TypeError:
        print("TypeError")
