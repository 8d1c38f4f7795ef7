# an attribute missing from a module whose import is still running
from pkgs import probe5_circ_a
print(probe5_circ_a.from_b(), probe5_circ_a.A_VALUE)
try:
    probe5_circ_a.missing
except AttributeError as e:
    print('after import:', e)
