# An empty format spec formats a built-in subclass instance as str(self).
class I(int):
    def __str__(self): return "I-str"
class F(float):
    def __str__(self): return "F-str"
class S(str):
    def __str__(self): return "S-str"
class R(int):
    def __repr__(self): return "R-repr"
class Plain(int):
    pass
for v in (I(5), F(1.5), S("x"), R(7), Plain(8)):
    print(f"{v}", "{}".format(v), format(v), str(v), f"{v!s}", f"{v:>6}", "%s" % (v,))

# super() with no arguments in a plain function.
def f():
    super().x
try:
    f()
except RuntimeError as e:
    print(e)
