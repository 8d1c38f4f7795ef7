# from m import * with and without __all__
from pkgs.star_all import *
print(public_a, _listed_private)
try:
    public_b
except NameError:
    print("public_b not imported")
try:
    _hidden
except NameError:
    print("_hidden not imported")
from pkgs.star_noall import *
print(visible, visible_func())
try:
    _underscore
except NameError:
    print("_underscore not imported")
import pkgs.star_all
print(pkgs.star_all.public_b, pkgs.star_all._hidden)
