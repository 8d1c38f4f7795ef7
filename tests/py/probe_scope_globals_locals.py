a = 1
def f(x, y=2):
    z = 3
    return sorted(locals().items())
print(f(1))
print('a' in globals(), globals()['a'], '__name__' in globals(), __name__)
globals()['dyn'] = 99
print(dyn)
ns = {}
exec("p = 5\nq = p * 2", ns)
print(ns['p'], ns['q'], '__builtins__' in ns)
g = {'v': 10}
l = {}
exec("w = v + 1", g, l)
print(l, 'w' in g)
print(eval("1 + 2"), eval("v * 2", g), eval("v + k", g, {'k': 5}), eval("a"))
try:
    eval("undefined_xyz")
except NameError as e:
    print("NameError", e)
try:
    eval("1 +")
except SyntaxError:
    print("SyntaxError")
code = compile("r = 3 * 3", "<s>", "exec")
d = {}
exec(code, d)
print(d['r'])
print(eval(compile("2 ** 10", "<e>", "eval")))
def uses_exec():
    exec("import math; res = math.floor(2.5)", globals())
uses_exec()
print(res)
class C:
    a = 1
    print(sorted(k for k in locals() if not k.startswith('__')))
print(eval("[i * i for i in range(3)]"), eval("(lambda q: q + 1)(1)"))
exec("def fn(): return 'from exec'", globals())
print(fn())
print(type(globals()).__name__, type(locals()).__name__)
