# eval, exec with globals/locals dicts
print(eval("1 + 2 * 3"), eval("[x * 2 for x in range(3)]"), eval("'a' * 3"))
x = 10
print(eval("x + 1"), eval("x + y", {"x": 1, "y": 2}), eval("x", {"x": 5}, {"x": 6}))
g = {}
exec("a = 1\nb = a + 1\ndef f(v):\n    return v * b\n", g)
print(g["a"], g["b"], g["f"](21), "__builtins__" in g)
ns = {"val": 3}
exec("val *= 2\nresult = [val] * 2", ns)
print(ns["val"], ns["result"])
exec("print('printed from exec')")
exec("z_created = 99")
print(z_created)
code = "for i in range(3):\n    out.append(i * i)"
lst = []
exec(code, {"out": lst})
print(lst)
print(eval("  42  "), eval("(1,\n 2)"))
try:
    eval("1 +")
except SyntaxError:
    print("SyntaxError")
try:
    exec("def")
except SyntaxError:
    print("SyntaxError")
try:
    eval("undefined_thing")
except NameError as e:
    print("NameError", e)
try:
    eval("x = 1")
except SyntaxError:
    print("SyntaxError assignment in eval")
print(eval("len")([1, 2]), eval("__name__"), eval("__name__", {"__name__": "custom"}))
loc = {}
exec("p = 7", None, loc)
print(loc)
print(exec("1 + 1"))
