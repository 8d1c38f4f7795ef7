# chained assignment evaluation order and shared objects
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
lst = [0, 0, 0]
i = 0
i = lst[i] = 2
print(i, lst)
d = {}
d["a"] = d["b"] = "same"
print(d)
class O:
    pass
o = O()
o.x = o.y = (1, 2)
print(o.x, o.y is o.x)
p, q = r = 1, 2
print(p, q, r)
first, *rest = whole = [1, 2, 3]
print(first, rest, whole)
