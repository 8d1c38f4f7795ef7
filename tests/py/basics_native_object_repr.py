# The default repr of instances names the class's module, or only the class for native
# classes that have none.
class A:
    pass


r = repr(A())
print(r.startswith("<__main__.A object at 0x"), r.endswith(">"))
f = open(__file__)
r = repr(f)
print("__main__" in r)
f.close()
