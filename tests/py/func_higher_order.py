# functions as values
def apply(f, *args, **kw):
    return f(*args, **kw)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True), apply(lambda: "none"))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
def calc(expr):
    a, op, b = expr.split()
    return ops[op](int(a), int(b))
print([calc(e) for e in ["1 + 2", "7 - 10", "6 * 7"]])
def pipeline(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run
p = pipeline(str.strip, str.upper, lambda s: s + "!")
print(p("  hi  "))
def partial(f, *pre, **kpre):
    def g(*a, **k):
        kw = dict(kpre)
        kw.update(k)
        return f(*(pre + a), **kw)
    return g
pow2 = partial(pow, 2)
print(pow2(10), partial(int, base=16)("ff"))
print(list(map(partial(max, 5), [1, 7, 3])))
print(sorted(["b10", "a2", "c1"], key=lambda s: int(s[1:])))
import functools
print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(lambda a, b: a + b, [], 0))
