# globals, locals
gv = 10
print(globals()["gv"], "gv" in globals(), "print" in globals())
globals()["made"] = "via globals"
print(made)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g():
    return globals() is globals()
print(g())
def h():
    x = 1
    l = locals()
    return "x" in l, "gv" in l
print(h())
print(locals() is globals() or locals() == globals())
class K:
    a = 1
    b = sorted(k for k in locals() if not k.startswith("__"))
print(K.b)
