# importing a submodule binds it as an attribute of the parent package
import sys
import pkgs
before = hasattr(pkgs, "modattrs")
import pkgs.modattrs
print(before, hasattr(pkgs, "modattrs"), pkgs.modattrs is sys.modules["pkgs.modattrs"])
from pkgs import modattrs as ma
print(ma is pkgs.modattrs)
import pkgs.mypkg.deep
print(hasattr(pkgs.mypkg, "deep"), pkgs.mypkg.deep.DEEP)
print("pkgs.mypkg" in sys.modules, "pkgs.mypkg.deep" in sys.modules)
