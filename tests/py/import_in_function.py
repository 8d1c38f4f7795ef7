# imports inside functions and classes are local bindings
def f():
    import pkgs.simple as s
    from pkgs.simple import func
    return s.VALUE, func(3)
print(f())
try:
    s
except NameError:
    print("s not global")
class C:
    from pkgs import simple
    val = simple.VALUE
print(C.val, C.simple.__name__)
def g():
    global simple_mod
    import pkgs.simple as simple_mod
g()
print(simple_mod.VALUE)
import pkgs
print(hasattr(pkgs, "simple"))
