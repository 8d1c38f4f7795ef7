# del inside loops
items = list(range(10))
for i in range(len(items) - 1, -1, -1):
    if items[i] % 3 == 0:
        del items[i]
print(items)
d = {i: i * i for i in range(6)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
for x in range(3):
    tmp = x * 2
    del tmp
try:
    tmp
except NameError:
    print("NameError tmp")
def f():
    for j in range(2):
        v = j
        del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError"
print(f())
lst = [1, 2, 3, 4, 5, 6]
i = 0
while i < len(lst):
    if lst[i] % 2 == 0:
        del lst[i]
    else:
        i += 1
print(lst)
m = [[1, 2], [3, 4]]
for row in m:
    del row[0]
print(m)
a = list(range(10))
del a[::3]
print(a)
del a[:]
print(a)
class O:
    pass
o = O()
for n in "abc":
    setattr(o, n, n)
for n in "ab":
    delattr(o, n)
print(sorted(o.__dict__))
x, y = 1, 2
del x, y
print("x" in dir(), "y" in dir())
