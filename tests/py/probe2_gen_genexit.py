# generator catching GeneratorExit; close() behaviours
def g1():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("g1 GeneratorExit")
        raise

g = g1()
print(next(g))
g.close()
print("closed g1")
g.close()
print("closed again")

def g2():
    try:
        yield 1
    except GeneratorExit:
        print("g2 swallowing")
    yield "bad"

g = g2()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)

def g3():
    try:
        yield 1
    except GeneratorExit:
        return "ret"

g = g3()
next(g)
print(g.close())

def g4():
    print("started")
    yield 1

g = g4()
g.close()
print("unstarted closed")
try:
    next(g)
except StopIteration:
    print("StopIteration after close")

def g5():
    try:
        yield 1
    finally:
        print("g5 finally")
g = g5()
next(g)
g.close()

def g6():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")
g = g6()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError", e)
