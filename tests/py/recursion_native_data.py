# Native recursion through nested data ends in RecursionError
# (a RuntimeError), never a crash; the interpreter keeps working afterwards.
import copy
import gc
import json


def check(name, f):
    try:
        r = f()
        print(name, "ok", r)
    except RecursionError as e:
        print(name, type(e).__name__, isinstance(e, RuntimeError), str(e).startswith("maximum recursion depth exceeded"))


def nested_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


def nested_dict(n):
    d = {}
    for _ in range(n):
        d = {"k": d}
    return d


# The default 8 MiB heap holds one list nested 100,000 deep, or two of 50,000.
a = nested_list(100000)
check("list repr", lambda: len(repr(a)))
check("list str", lambda: len(str(a)))
check("list print", lambda: print(a))
check("json list", lambda: len(json.dumps(a)))
check("deepcopy", lambda: len(copy.deepcopy(a)))
a = None
gc.collect()
a = nested_list(50000)
b = nested_list(50000)
check("list ==", lambda: a == b)
check("list <", lambda: a < b)
check("list in", lambda: a in [b])
a = b = None
gc.collect()
d = nested_dict(20000)
e = nested_dict(20000)
check("dict repr", lambda: len(repr(d)))
check("dict ==", lambda: d == e)
check("json dict", lambda: len(json.dumps(d)))
d = e = None
gc.collect()
# (CPython does not bound tuple hashing: see recursion_native_iterators.py.)
t = ()
for _ in range(10000):
    t = (t,)
check("tuple hash", lambda: hash(t) == hash(t))
t = None
gc.collect()


# Everything still works, including the same operations on shallow data.
print(repr(nested_list(5)), nested_list(50) == nested_list(50), hash(((1,), 2)) == hash(((1,), 2)))
print(json.dumps(nested_list(20)).count("["), copy.deepcopy(nested_dict(3)))
print(sorted([3, 1, 2], key=lambda x: -x), sum(x * x for x in range(10)))

