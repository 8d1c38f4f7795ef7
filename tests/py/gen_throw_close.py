# generator throw and close
def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught in gen", e)
        yield "recovered"
    finally:
        print("gen cleanup")
it = g()
print(next(it))
print(it.throw(ValueError("injected")))
try:
    next(it)
except StopIteration:
    print("stopped")
it2 = g()
next(it2)
try:
    it2.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", e)
it3 = g()
next(it3)
it3.close()
print("closed")
it3.close()
try:
    next(it3)
except StopIteration:
    print("closed gen raises StopIteration")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("exit handled")
        raise
r = returns_on_exit()
next(r)
print(r.close())
fresh = g()
try:
    fresh.throw(TypeError("before start"))
except TypeError:
    print("throw before start propagates")
print(list(fresh))
def catch_and_return():
    try:
        yield 1
    except ValueError:
        return "returned value"
c = catch_and_return()
next(c)
try:
    c.throw(ValueError)
except StopIteration as e:
    print("StopIteration", e.value)
