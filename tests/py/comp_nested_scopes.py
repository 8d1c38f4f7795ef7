# comprehension scoping details
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
def outer():
    y = 10
    return [x + y for x in range(3)]
print(outer())
data = [[1, 2], [3, 4]]
print([[c * 10 for c in row] for row in data])
i = "unchanged"
[i for i in range(5)]
print(i)
g = [(yield_val := v) for v in range(3)]
print(yield_val)
print([x for x in range(3) for x in range(x)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print([[r[i] for r in matrix] for i in range(3)])
first = [x for x in range(10)][0:3]
print(first)
