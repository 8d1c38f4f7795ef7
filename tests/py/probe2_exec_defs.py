# exec defining classes and functions; globals() modification
ns = {}
exec("""
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)
def double(p):
    return Point(p.x * 2, p.y * 2)
result = double(Point(1, 2))
""", ns)
print(ns["result"], sorted(k for k in ns if not k.startswith("__")))
print(ns["Point"].__name__, ns["double"](ns["Point"](3, 4)))
exec("def gfun():\n    return 'global func'")
print(gfun())
exec("counter = 10")
print(counter)
g = globals()
g["injected"] = 99
print(injected)
def reads_later():
    return later_name
globals()["later_name"] = "set via globals"
print(reads_later())
del g["injected"]
try:
    print(injected)
except NameError:
    print("NameError after del")
loc = {}
exec("a = 1\nb = a + 1", {"x": 5}, loc)
print(sorted(loc.items()))
print(eval("x * 2", {"x": 21}), eval("len(s)", {"s": "abc"}))
code = compile("y = 3 * 3", "<s>", "exec")
env = {}
exec(code, env)
print(env["y"])
exec("import math as _m\nval = _m.floor(2.5)", env)
print(env["val"])
try:
    exec("def broken(:\n pass")
except SyntaxError:
    print("SyntaxError")
exec("class WithClosure:\n    k = 5\n    vals = [k for _ in range(1)] if False else []\n", env)
print(env["WithClosure"].k)
