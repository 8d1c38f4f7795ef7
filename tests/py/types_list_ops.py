# list operators and behaviour
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == [1, 2, 3, 4])
print(a + [5], a * 2, [0] * 0, 3 * [None])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 100], [] == [], [[1]] == [[1]])
print(1 in a, 5 in a, [1] in [[1]], len(a))
print(a[0], a[-1], a[1:3], a[::-1])
a[0] = "z"
print(a)
n = [[0] * 2 for _ in range(2)]
n[0][0] = 1
print(n)
shared = [[0] * 2] * 2
shared[0][0] = 1
print(shared)
try:
    a[10]
except IndexError as e:
    print("IndexError", e)
try:
    a[10] = 1
except IndexError as e:
    print("IndexError", e)
try:
    a + (1,)
except TypeError:
    print("TypeError")
try:
    a["x"]
except TypeError:
    print("TypeError")
c = [3, 1]
c *= 2
print(c)
self_ref = [1]
self_ref.append(self_ref)
print(self_ref)
print(list(reversed([1, 2, 3])), max([4, 8, 1]), min([4, 8, 1]), sum([1, 2, 3]))
print(repr([1, "a", 2.5, None, True, (1,)]), str([]))
print([1, 2, 3] != [1, 2, 3], hash((1, 2)) == hash((1, 2)))
try:
    hash([])
except TypeError as e:
    print("TypeError", e)
