def t(fn):
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def a():
    x, y = [1, 2, 3]
def b():
    x, y, z = (1, 2)
def c():
    x, y = 5
def d():
    x, *y, z = [1]
def e():
    x, y = "abc"
def f():
    (x, y), z = (1, 2), 3
    print(x, y, z)
    (x, y), z = 1, 2
def g():
    x, y = {'a': 1, 'b': 2}
    print(x, y)
def h():
    x, y = iter([1])
def i():
    [x] = []
def j():
    x, y = None
for fn in [a, b, c, d, e, f, g, h, i, j]:
    t(fn)
x, = [7]
print(x)
(y,) = "z"
print(y)
[] = []
print("empty ok")
*rest, = range(3)
print(rest)
first, *_, last = range(10)
print(first, last, _)
k = [1, 2]
k[0], k[1] = k[1], k[0]
print(k)
a1 = b1 = c1 = [0]
print(a1 is c1)
i = 0
l = [10, 20]
i, l[i] = 1, 99
print(i, l)
