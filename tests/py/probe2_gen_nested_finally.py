# yield inside nested finally blocks
def g():
    try:
        try:
            yield "a"
        finally:
            yield "inner-finally"
            print("inner done")
    finally:
        yield "outer-finally"
        print("outer done")

print(list(g()))

def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            yield i
        finally:
            yield "f%d" % i
print(list(h()))

def k():
    try:
        yield 1
        return
    finally:
        yield "fin"
print(list(k()))

def m():
    while True:
        try:
            yield "x"
            break
        finally:
            print("m finally")
    yield "after"
print(list(m()))

def thrown():
    try:
        yield 1
    finally:
        try:
            yield 2
        except ValueError:
            print("inner caught")
            yield 3
x = thrown()
print(next(x))
print(next(x))
print(x.throw(ValueError))
try:
    next(x)
except StopIteration:
    print("stop")
