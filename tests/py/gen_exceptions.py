# exceptions raised inside generators
def bad():
    yield 1
    raise ValueError("inside gen")
g = bad()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError", e)
try:
    next(g)
except StopIteration:
    print("after error: StopIteration")
def guarded():
    for i in range(3):
        try:
            yield 10 // (1 - i)
        except ZeroDivisionError:
            yield "div0"
print(list(guarded()) if False else None)
def gen_div():
    for i in [1, 0, 2]:
        try:
            yield 10 // i
        except ZeroDivisionError:
            yield "div0"
print(list(gen_div()))
def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("finally in generator")
print(list(with_finally()))
def gen_ret():
    try:
        yield 1
    finally:
        return "from finally"
gr = gen_ret()
next(gr)
try:
    next(gr)
except StopIteration as e:
    print(e.value)
