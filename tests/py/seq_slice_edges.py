# Slicing of lists, tuples and strs (ASCII and not) with every step sign, clamped and
# empty ranges; slice assignment of other lengths; slice deletion; str iteration.
L = list(range(10))
T = tuple(L)
S = "abcdefghij"
U = "aé€😀bçd ñx"
steps = [None, 1, 2, 3, -1, -2, -3, 10, -10]
bounds = [None, 0, 1, 3, -1, -3, 9, 10, 15, -15]
acc = []
for st in steps:
    for a in bounds:
        for b in bounds:
            sl = slice(a, b, st)
            acc.append((L[sl], T[sl], S[sl], U[sl]))
print(len(acc), acc[::37])
print(S[3:4], S[-1:], U[1:2], U[::-1], S[::-1], S[5:2], S[2:5:-1], repr(S[100:]))
try:
    L[::0]
except ValueError as e:
    print("ValueError", e)
# Slice assignment of different lengths.
for a, b, new in [(0, 3, []), (2, 2, [7, 8, 9]), (1, 4, "xy"), (-2, None, (5,)), (8, 3, [0]),
                  (None, None, range(3)), (5, 100, [1, 2])]:
    x = list(range(8))
    x[a:b] = new
    print(x)
x = list(range(8))
x[::2] = "abcd"
print(x)
x[::-3] = [0, 0, 0]
print(x)
try:
    x[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
k = 5
perm = list(range(8))
perm[:k] = perm[k - 1::-1]
print(perm)
y = list(range(6))
y[1:3] = y
print(y)
# Slice deletion.
for sl in [slice(1, 4), slice(None, None, 2), slice(None, None, -2), slice(-1, 2, -3),
           slice(5, 1), slice(0, 100, 7), slice(None), slice(3, None, -1)]:
    z = list(range(12))
    del z[sl]
    print(z)
# Iterating strs, including non-ASCII text built at run time.
for s in [S, U, U * 3 + S, "", "ü"]:
    out = []
    for ch in s:
        out.append(ch)
    print(len(out), "".join(out) == s, out[:4])
it = iter(U)
print(next(it), next(it), list(it))
