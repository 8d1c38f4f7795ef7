# packages, __init__ execution, submodule attributes
import pkgs.mypkg
print(pkgs.mypkg.PKG_CONST, pkgs.mypkg.helper_func())
print(hasattr(pkgs.mypkg, "sub"), hasattr(pkgs.mypkg, "helper"))
import pkgs.mypkg.sub as sub
print(sub.describe())
import pkgs.mypkg.deep.leaf
print(pkgs.mypkg.deep.leaf.leaf())
from pkgs.mypkg.deep import leaf as lf, DEEP
print(lf.leaf() == pkgs.mypkg.deep.leaf.leaf(), DEEP)
print(pkgs.mypkg.__name__, sub.__name__)
