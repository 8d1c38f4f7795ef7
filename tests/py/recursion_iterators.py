# Deeply stacked iterators and deeply nested source end in a Python exception.
def check(name, f):
    try:
        r = f()
        print(name, "ok", r)
    except (RecursionError, MemoryError, SyntaxError) as e:
        print(name, "error")


def stack(make, depth):
    it = iter([1, 2, 3])
    for _ in range(depth):
        it = make(it)
    return it


print(list(stack(lambda it: map(lambda x: x + 1, it), 50)))
print(list(stack(lambda it: filter(None, it), 50)))
print(list(stack(lambda it: (x for x in it), 50)))
check("map chain", lambda: list(stack(lambda it: map(abs, it), 10000)))
check("filter chain", lambda: list(stack(lambda it: filter(None, it), 10000)))
check("zip chain", lambda: list(stack(lambda it: zip(it), 10000)))
check("genexpr chain", lambda: list(stack(lambda it: (x for x in it), 10000)))
check("eval parens", lambda: eval("(" * 100000 + "1" + ")" * 100000))
check("eval unary", lambda: eval("-" * 100000 + "1"))
check("eval lists", lambda: eval("[" * 100000 + "]" * 100000))
check("compile blocks", lambda: compile("".join(" " * i + "if 1:\n" for i in range(200)) + " " * 200 + "pass\n", "s", "exec"))
check("exec calls", lambda: exec("f = lambda: f\nf" + "()" * 100000))
print(eval("(" * 20 + "1" + ")" * 20), eval("-" * 20 + "1"))
