# range
r = range(10)
print(r, range(1, 5), range(0, 10, 3), range(5, 0, -1))
print(list(r), list(range(2, 8, 2)), list(range(5, 0, -2)), list(range(0)), list(range(5, 2)))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 5)), len(range(-5)))
print(r[0], r[-1], r[5], range(0, 20, 5)[2], range(10, 0, -2)[-1])
print(r[2:5], r[::2], r[::-1], range(0, 20, 3)[1:4], list(r[::-3]))
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3.0 in r)
print(range(0, 10, 2).index(4), range(10).count(3), range(0, 10, 2).count(3))
print(range(3) == range(3), range(0) == range(5, 2), range(0, 3) == range(0, 4, 2), range(1) == [0])
print(r.start, r.stop, r.step, range(1, 9, 2).stop)
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError", e)
try:
    r[10]
except IndexError as e:
    print("IndexError", e)
try:
    range(1.5)
except TypeError:
    print("TypeError")
big = range(0, 10 ** 20, 10 ** 10)
print(len(big), big[-1], 10 ** 19 in big, (10 ** 19 + 1) in big)
print(list(reversed(range(4))), sum(range(101)), max(range(7)), min(range(3, 9)))
print(type(r).__name__, bool(range(0)), bool(range(1)), hash(range(3)) == hash(range(3)))
print(list(range(-3, 3)), list(range(-10, -20, -4)))
