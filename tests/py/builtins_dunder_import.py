# __import__
m = __import__("math")
print(m.__name__, m.sqrt(16))
import sys
print(sys.modules["math"] is m)
j = __import__("json")
print(j.dumps([1, 2]))
p = __import__("pkgs.simple")
print(p.__name__, p.simple.VALUE)
try:
    __import__("definitely_not_a_module_xyz")
except ImportError as e:
    print(type(e).__name__, e.name)
