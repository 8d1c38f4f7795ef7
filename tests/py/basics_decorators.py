# decorators
def trace(fn):
    def wrapper(*a, **k):
        print("call", fn.__name__, a, sorted(k.items()))
        r = fn(*a, **k)
        print("ret", r)
        return r
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hello(x):
    return "hi " + x
print(hello("bob"))
order = []
def d1(f):
    order.append("d1")
    return lambda: "d1(" + f() + ")"
def d2(f):
    order.append("d2")
    return lambda: "d2(" + f() + ")"
@d1
@d2
def base():
    return "base"
print(base(), order)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha():
    return 1
@register
def beta():
    return 2
print(sorted(registry), registry["beta"]())
def class_deco(cls):
    cls.tag = "decorated"
    return cls
@class_deco
class K:
    pass
print(K.tag)
@(lambda f: f() * 2)
def val():
    return 21
print(val)
class Holder:
    dec = staticmethod(lambda f: (lambda: f().upper()))
@Holder.dec
def shout():
    return "quiet"
print(shout())
