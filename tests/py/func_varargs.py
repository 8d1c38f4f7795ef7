# *args and **kwargs handling
def total(*nums, start=0):
    return start + sum(nums)
print(total(), total(1, 2, 3), total(*range(5), start=100))
def describe(**info):
    return ", ".join("%s=%s" % (k, info[k]) for k in sorted(info))
print(describe(b=2, a=1), describe(), describe(**{"x": "y"}))
def passthrough(*a, **k):
    return target(*a, **k)
def target(x, y=0, *rest, z=None):
    return x, y, rest, z
print(passthrough(1), passthrough(1, 2, 3, z=4))
def mutate(**kw):
    kw["added"] = True
    return kw
d = {"orig": 1}
print(mutate(**d), d)
def args_type(*a, **k):
    return type(a).__name__, type(k).__name__
print(args_type())
def first_rest(first, *rest):
    return first, rest
print(first_rest(*"hello"))
def kw_names(**kw):
    return list(kw)
print(kw_names(z=1, a=2, m=3))
