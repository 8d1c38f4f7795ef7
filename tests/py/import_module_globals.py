# module globals and attributes
import pkgs.modattrs as m
print(m.MOD_NAME, m.get_global())
m.set_global("changed")
print(m.GLOBAL_IN_MOD, m.get_global())
m.GLOBAL_IN_MOD = "set from outside"
print(m.get_global())
m.new_attr = 5
print(m.new_attr, "new_attr" in dir(m))
del m.new_attr
print(hasattr(m, "new_attr"))
print(m.__name__, type(m).__name__)
import sys
print(sys.modules[__name__].__name__)
this = sys.modules[__name__]
X = 1
print(this.X)
