from ...simple import func
from .. import PKG_CONST
from . import DEEP
def leaf():
    return (__name__, func(21), PKG_CONST, DEEP)
