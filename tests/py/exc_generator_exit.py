# GeneratorExit handling
def g():
    try:
        yield 1
    except GeneratorExit as e:
        print("GeneratorExit", type(e).__name__, isinstance(e, Exception))
        raise
it = g()
next(it)
it.close()
def swallow_with_return():
    try:
        yield 1
    except GeneratorExit:
        return
s = swallow_with_return()
next(s)
print(s.close())
def except_exception_doesnt_catch():
    try:
        yield 1
    except Exception:
        print("should not print")
    finally:
        print("finally on close")
e = except_exception_doesnt_catch()
next(e)
e.close()
def throws_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("instead")
t = throws_other()
next(t)
try:
    t.close()
except ValueError as err:
    print("ValueError", err)
