VALUE = "simple value"
def func(x):
    return x * 2
class Klass:
    attr = "class attr"
