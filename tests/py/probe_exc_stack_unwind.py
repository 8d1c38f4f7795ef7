def a():
    b()
def b():
    raise ValueError("deep")
try:
    a()
except ValueError as e:
    print("caught", e)
def gen():
    try:
        yield 1
        raise KeyError("g")
    except KeyError:
        yield "handled"
print(list(gen()))
def with_ret():
    for i in range(5):
        try:
            return i
        finally:
            if i == 0:
                continue
print(with_ret())
def nested_finally():
    out = []
    try:
        try:
            out.append(1)
            return out
        finally:
            out.append(2)
    finally:
        out.append(3)
print(nested_finally())
def exc_in_except():
    try:
        raise ValueError
    except ValueError:
        try:
            raise TypeError
        except TypeError:
            pass
        return "ok"
print(exc_in_except())
import sys
def exc_info_test():
    try:
        raise IndexError("i")
    except IndexError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v)
    print(sys.exc_info()[0])
exc_info_test()
count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        print("w fin", count)
try:
    try:
        raise ValueError("v")
    finally:
        print("finally runs")
except ValueError:
    print("then caught")
