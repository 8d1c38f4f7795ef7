# float misc: int(), comparisons, hashing, hex
print(float.fromhex("0x1.8p1"), (3.0).hex(), (0.5).hex(), float.fromhex("-0x1p-2"))
print((1.5).real, (1.5).imag, (1.5).conjugate())
print(1.5 == 1.5, 1.5 < 2, 2.0 == 2, hash(2.0) == hash(2), hash(0.5) == hash(0.5))
print(max(1.5, 2), min(1.5, 2), sum([0.5, 0.25, 0.125]))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
class MyFloat(float):
    pass
mf = MyFloat(2.5)
print(mf, mf * 2, type(mf).__name__, isinstance(mf, float))
print(float("  1.25e1  "), 1.0 .__class__.__name__)
print(abs(-0.0), -0.0 < 0.0, str(-0.0 + 0.0))
print(1 / 3 * 3 == 1.0, 10 / 3)
print([round(i * 0.1, 1) for i in range(5)])
