class A:
    def __repr__(self):
        return "A()"
a = A()
print(a, str(a), repr(a), [a], f"{a}", "%s %r" % (a, a))
class B:
    def __str__(self):
        return "B-str"
b = B()
print(b, str(b), repr(b).startswith("<__main__.B object"), [b][0] is b)
print(repr([b])[:20])
class C(A):
    def __str__(self):
        return "C-str"
print(C(), repr(C()), [C()])
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError", e)
class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
print(format(F(), "xyz"), f"{F():abc}", "{:q}".format(F()))
class G:
    pass
try:
    format(G(), "d")
except TypeError as e:
    print("TypeError", e)
g = G(); print(format(g, "") == str(g))
class E(Exception):
    def __str__(self):
        return "custom E"
print(E(), repr(E(1)), str(E(1)))
try:
    raise E("x")
except E as e:
    print(e, e.args)
