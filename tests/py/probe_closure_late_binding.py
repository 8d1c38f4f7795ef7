fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make():
    acc = []
    for j in range(3):
        def g(x=j):
            return x * 10
        acc.append(g)
    return acc
print([g() for g in make()])
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(); c()
print(c())
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()()
print(outer())
def defaults_at_def():
    val = 5
    def f(a=val):
        return a
    val = 6
    return f()
print(defaults_at_def())
def mutable_default(a, l=[]):
    l.append(a)
    return l
print(mutable_default(1), mutable_default(2))
print(mutable_default.__defaults__)
