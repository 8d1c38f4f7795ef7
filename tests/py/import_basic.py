# import forms with a helper package
import pkgs.simple
print(pkgs.simple.VALUE, pkgs.simple.func(4))
import pkgs.simple as s
print(s is pkgs.simple, s.Klass.attr)
from pkgs.simple import func, VALUE as V
print(func(5), V)
from pkgs import simple
print(simple is s, simple.__name__)
import math, sys
print(math.floor(2.5), "pkgs.simple" in sys.modules, type(s).__name__)
from pkgs.simple import (
    func as f2,
    Klass,
)
print(f2(1), Klass.__name__)
def local_import():
    import pkgs.simple as inner
    return inner.VALUE
print(local_import())
