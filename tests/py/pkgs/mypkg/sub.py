print("mypkg.sub loaded")
from . import helper
from .helper import HELPER_NAME
from .. import simple
SUB_NAME = __name__
def describe():
    return (SUB_NAME, HELPER_NAME, helper.helper_func(), simple.VALUE)
