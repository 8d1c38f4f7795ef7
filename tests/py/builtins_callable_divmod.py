# callable, divmod
class C:
    def __call__(self):
        return "called"
    def m(self):
        pass
class D:
    pass
print(callable(len), callable(lambda: 0), callable(C), callable(C()), callable(D()), callable(C().m), callable(5), callable("s"), callable(None))
print(C()())
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(2 ** 70, 3), divmod(7.5, 2), divmod(-7.5, 2), divmod(True, 2))
class Dm:
    def __divmod__(self, o):
        return ("dm", o)
    def __rdivmod__(self, o):
        return ("rdm", o)
print(divmod(Dm(), 3), divmod(3, Dm()))
try:
    divmod(1, 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    divmod("a", 1)
except TypeError:
    print("TypeError")
