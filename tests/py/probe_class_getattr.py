class A:
    x = 1
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(name)
a = A()
print(a.x, a.dyn_hello, getattr(a, "dyn_q"), hasattr(a, "nope"))
a.y = 2
print(a.y)
class B:
    def __init__(self):
        self.real = 1
    def __getattribute__(self, name):
        if name == "fake":
            return "faked"
        return object.__getattribute__(self, name)
b = B()
print(b.real, b.fake)
try:
    b.missing
except AttributeError as e:
    print("AttributeError", e)
class C:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
c = C()
c.v = 5
print(c.v, c.__dict__)
del c.v
print(hasattr(c, 'v'))
class D:
    def __getattr__(self, name):
        return 42
d = D()
print(d.anything, d.__class__.__name__)
try:
    d.__len__
    print(len(d))
except TypeError as e:
    print("TypeError", e)
class E:
    pass
try:
    E().foo
except AttributeError as e:
    print("AttributeError", e)
try:
    E.foo
except AttributeError as e:
    print("AttributeError", e)
try:
    (1).foo
except AttributeError as e:
    print("AttributeError", e)
try:
    (1).real = 5
except AttributeError as e:
    print("AttributeError")
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError")
import sys
try:
    sys.nonexistent
except AttributeError as e:
    print("AttributeError", e)
