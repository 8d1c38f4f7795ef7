# nested function definitions and calls
def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(2)(3))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1))
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def recursive_inner(n):
    def helper(k):
        return 1 if k <= 1 else k * helper(k - 1)
    return helper(n)
print(recursive_inner(10))
def redefine():
    def f():
        return 1
    first = f()
    def f():
        return 2
    return first, f()
print(redefine())
def conditional_def(flag):
    if flag:
        def g():
            return "yes"
    else:
        def g():
            return "no"
    return g()
print(conditional_def(True), conditional_def(False))
