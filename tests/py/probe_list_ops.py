pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'c')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
l = [3, 1, 2]
l.sort(reverse=True)
print(l)
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len)
print(words)
l = [1, 2, 3, 2, 1]
print(l.index(2), l.index(2, 2), l.index(1, 1, 5), l.index(3, -3))
try:
    l.index(3, 0, 2)
except ValueError as e:
    print("ValueError", e)
try:
    l.remove(9)
except ValueError as e:
    print("ValueError", e)
print(l.count(1), l.pop(), l.pop(0), l)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError", e)
l.insert(-1, 'i'); l.insert(100, 'end'); l.insert(-100, 'start')
print(l)
l.extend(x for x in range(2)); l.reverse(); print(l)
c = l.copy(); c.clear(); print(c, len(l))
print([1, 2] + [3], [[]] * 2, list("ab"), list(range(3)) == [0, 1, 2])
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
x = [1, 2, 3]
x[1:2] = []
print(x, x * 2, max(x), min(x), sum(x))
a = [1]; a.append(a); print(a)
print([1, 2, 3][-1], [1, 2][True])
try:
    i = 1.0; [1][i]
except TypeError as e:
    print("TypeError", e)
try:
    x[5] = 1
except IndexError as e:
    print("IndexError", e)
m = [[0] * 2 for _ in range(2)]; m[0][0] = 1; print(m)
print(list.__name__, [].__class__ is list, [3, 1, 2].sort() is None)
