def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in g():
    print(v)
it = g()
print(next(it))
it.close()
print("closed")
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return False
def gw():
    with CM():
        yield "a"
        yield "b"
print(list(gw()))
it = gw()
next(it)
it.close()
def gret():
    yield 1
    return "done"
it = gret()
next(it)
try:
    next(it)
except StopIteration as e:
    print("stop value", e.value, e.args)
def gcatch():
    try:
        yield 1
    except GeneratorExit:
        print("got exit")
        raise
it = gcatch()
next(it)
it.close()
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
it = bad()
next(it)
try:
    it.close()
except RuntimeError as e:
    print("RuntimeError", e)
