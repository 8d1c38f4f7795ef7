print("mypkg.helper loaded")
def helper_func():
    return "helper_func result"
HELPER_NAME = __name__
