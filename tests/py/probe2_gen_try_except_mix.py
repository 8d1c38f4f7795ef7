# try/finally inside loops and generators with break/continue/return mixes
def f1():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(f1())

def f2():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"
print(f2())

def f3():
    try:
        return "try"
    finally:
        return "finally"
print(f3())

def f4():
    i = 0
    while i < 5:
        i += 1
        try:
            try:
                if i % 2:
                    continue
                raise ValueError(i)
            finally:
                print("inner fin", i)
        except ValueError as e:
            print("caught", e)
            if i == 4:
                break
    return i
print(f4())

def g():
    for i in range(4):
        try:
            yield i
            if i == 2:
                return
        finally:
            print("gen fin", i)
print(list(g()))

def f5():
    for i in range(2):
        try:
            raise KeyError(i)
        except KeyError:
            try:
                break
            finally:
                print("break in except finally")
    return "f5"
print(f5())
