# exec/eval with fresh globals: '__builtins__' is added (the builtins module in Mica,
# CPython's builtins dict; MicroPython adds nothing), built-in names resolve, and a
# '__builtins__' already there is kept.
g = {}
exec("x = len([1, 2]) + abs(-3)\ny = ValueError.__name__", g)
print(sorted(g), g["x"], g["y"])
print(type(g["__builtins__"]).__name__)
print(eval("max(x, 10)", g))
mine = {"__builtins__": {"marker": 1}}
exec("z = 1", mine)
print(mine["__builtins__"], mine["z"])
import builtins
print(eval("min(4, 2)", {}), builtins.len is len)
