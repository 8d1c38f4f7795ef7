# yield from delegation
def sub():
    x = yield "sub1"
    print("sub received", x)
    y = yield "sub2"
    print("sub received", y)
    return "subresult"
def main():
    r = yield from sub()
    print("main got", r)
    yield "main-end"
m = main()
print(m.send(None))
print(m.send("A"))
print(m.send("B"))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x * x for x in range(3)))))
def thrower():
    try:
        yield 1
    except KeyError:
        yield "sub handled KeyError"
def outer():
    yield from thrower()
    yield "after"
o = outer()
next(o)
print(o.throw(KeyError()))
print(next(o))
def closer():
    try:
        yield 1
    finally:
        print("inner finally on close")
def outer2():
    yield from closer()
o2 = outer2()
next(o2)
o2.close()
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def ret_only():
    return 5
    yield
def use():
    v = yield from ret_only()
    yield v
print(list(use()))
