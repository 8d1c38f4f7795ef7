# a module's own __getattr__ and __dir__ (PEP 562)
from pkgs import probe5_dynmod
print(probe5_dynmod.dyn, probe5_dynmod.real)
try:
    probe5_dynmod.nope
except AttributeError as e:
    print(e)
from pkgs.probe5_dynmod import dyn
print(dyn)
print(dir(probe5_dynmod))
print(getattr(probe5_dynmod, 'zz', 'default'), hasattr(probe5_dynmod, 'dyn'))
