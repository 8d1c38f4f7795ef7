print("mypkg init, __name__ =", __name__)
PKG_CONST = 7
from .helper import helper_func
from . import sub as _sub_alias
