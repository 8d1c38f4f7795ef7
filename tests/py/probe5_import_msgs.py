# import error messages for a dotted name under a non-package, and namedtuple fields
import sys
try:
    import pkgs.simple.nothing
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import sys.nothing
except ImportError as e:
    print(type(e).__name__, e)
try:
    from pkgs import nothing_here
except ImportError as e:
    print(type(e).__name__, e)
import collections
P = collections.namedtuple('P', 'x y')
p = P(1, 2)
for action in (lambda: setattr(p, 'x', 5), lambda: delattr(p, 'y')):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
print(p, P.x.__doc__, p.x, p.y)
