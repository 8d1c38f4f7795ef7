# relative imports inside packages
from pkgs.mypkg.sub import describe, SUB_NAME, HELPER_NAME
print(SUB_NAME, HELPER_NAME)
print(describe())
from pkgs.mypkg.deep.leaf import leaf
print(leaf())
