# truth value testing in various positions
vals = [0, 1, -1, 0.0, 0.5, 0j, "", "0", " ", [], [0], (), ((),), {}, {0: 0}, set(), {0}, None, range(0), range(2), b"", b"\x00", bytearray()]
for v in vals:
    print(repr(v), bool(v), "T" if v else "F", not v)
n = 0
while [n] and n < 3:
    n += 1
print(n)
print([x for x in vals if x].__len__())
print(1 if [] else 2, 1 if [[]] else 2)
