# StopIteration value and generator return
def g():
    yield 1
    return "retval"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
e = StopIteration(5)
print(e.value, StopIteration().value)
def inner():
    yield "a"
    return "inner-result"
def outer():
    r = yield from inner()
    print("got", r)
    yield "b"
print(list(outer()))
def leak():
    yield 1
    raise StopIteration("inside")
try:
    list(leak())
except RuntimeError as e:
    print("RuntimeError", type(e.__cause__).__name__)
