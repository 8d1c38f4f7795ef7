MOD_NAME = __name__
def get_global():
    return GLOBAL_IN_MOD
GLOBAL_IN_MOD = "module global"
def set_global(v):
    global GLOBAL_IN_MOD
    GLOBAL_IN_MOD = v
