# range iteration, negative steps, edge cases
print(list(range(10, 0, -3)), list(range(-1, -10, -2)), list(range(0, -5)), list(range(-5, 0)))
r = range(-10, 10, 3)
print(len(r), r[0], r[-1], list(r), r.index(-1), -1 in r, 0 in r)
print(list(range(5))[::-1] == list(range(4, -1, -1)))
print(range(0, 10, 3)[::-1], list(range(0, 10, 3)[::-1]))
print(range(10)[-3:], range(10)[:-3], range(10)[100:200], range(10)[-100:3])
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "end"))
total = 0
for i in range(1, 1001, 7):
    total += i
print(total)
print(range(2, 12, 3) == range(2, 13, 3), range(0) == range(1, 1), range(3) != range(4))
try:
    range(5).index(7)
except ValueError as e:
    print("ValueError")
print(list(range(True, 3)), range(2 ** 65, 2 ** 65 + 3)[1])
