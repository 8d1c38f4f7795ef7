visible = "visible"
_underscore = "not exported"
def visible_func():
    return "vf"
