# Right shifts of big ints by huge counts keep only the sign (no giant temporaries)
big = 2 ** 65
for a in (big, -big, 3 ** 40, -(3 ** 40), -1, 0, 5, -5):
    for s in (1, 64, 65, 66, 200, 3 ** 40, 2 ** 64, 10 ** 30):
        print(a, s, a >> s)
print((-(2 ** 65)) >> 64, (-(2 ** 65) - 1) >> 65, -(2 ** 65) >> 65)
x = -(10 ** 40)
x >>= 10 ** 20
print(x)
print("{a}-{b}".format_map({"a": 1, "b": [2]}), "{x[0]:>4}".format_map({"x": "yz"}))
try:
    "{zz}".format_map({})
except KeyError as e:
    print(repr(e))
