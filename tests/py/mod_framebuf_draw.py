# framebuf: lines (every octant, clipped, far outside the frame), ellipses (outline,
# filled, quadrant masks, zero radii) and polygons (outline and filled), shown as
# rows of '#' and '.'.
import framebuf
import array

W, H = 16, 12
buf = bytearray(W * H)
fb = framebuf.FrameBuffer(buf, W, H, framebuf.GS8)


def show(label):
    print(label)
    for y in range(H):
        print("".join("#" if fb.pixel(x, y) else "." for x in range(W)))


for args in ((0, 0, 15, 4), (0, 0, 4, 11), (15, 0, 0, 5), (2, 11, 10, 0), (0, 0, 6, 3),
             (6, 3, 0, 0), (0, 1, 2, 0), (5, 5, 5, 5), (-3, -2, 18, 14), (0, 6, 15, 6),
             (3, -5, 3, 20), (-1000, -1000, 1000, 1000), (-100000, 3, 100000, 9),
             (7, -10**9, 8, 10**9)):
    fb.fill(0)
    fb.line(*args, 1)
    show("line %r" % (args,))

for args in ((7, 5, 6, 4, 1), (7, 5, 6, 4, 1, True), (7, 5, 3, 3, 1), (7, 5, 3, 3, 1, 1),
             (7, 5, 6, 4, 1, 0, 1), (7, 5, 6, 4, 1, 0, 2), (7, 5, 6, 4, 1, 1, 4),
             (7, 5, 6, 4, 1, 1, 8), (7, 5, 6, 4, 1, 1, 5), (7, 5, 0, 0, 1), (7, 5, 0, 3, 1),
             (7, 5, 4, 0, 1, 1), (2, 2, 8, 6, 1), (7, 5, 1, 2, 1, 1), (7, 5, 20, 2, 1),
             (7, 5, 5, 9, 1, 1), (-3, 14, 9, 9, 1, 1), (7, 5, 30, 30, 1)):
    fb.fill(0)
    fb.ellipse(*args)
    show("ellipse %r" % (args,))

for pts, fill in (((0, 0, 10, 2, 4, 9), False), ((0, 0, 10, 2, 4, 9), True),
                  ((2, 1, 13, 1, 13, 10, 2, 10), True), ((7, 0, 14, 5, 11, 11, 3, 11, 0, 5), True),
                  ((0, 0, 15, 0, 0, 11, 15, 11), True), ((0, 0, 8, 5, 15, 0, 15, 11, 8, 6, 0, 11), True),
                  ((3, 3), True), ((3, 3, 8, 3), True), ((5, 0, 10, 10, 0, 10, 5, 0), True),
                  ((0, 0, 6, 6, 12, 0, 12, 11, 0, 11), True), ((-5, -5, 30, 2, 2, 30), True)):
    for ox, oy in ((0, 0), (1, -1)):
        fb.fill(0)
        fb.poly(ox, oy, array.array("h", pts), 1, fill)
        show("poly %r %r %d %d" % (pts, fill, ox, oy))
