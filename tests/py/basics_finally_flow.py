# return/break/continue interacting with finally
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally"
print(f2())
def f3():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(f3())
def f4():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return i
print(f4())
def f5():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f5())
def f6():
    out = []
    for i in range(3):
        try:
            try:
                out.append(i)
                if i == 1:
                    raise KeyError
            finally:
                out.append("f")
        except KeyError:
            out.append("k")
    return out
print(f6())
def f7():
    while True:
        try:
            return "from loop"
        finally:
            print("f7 finally")
print(f7())
def f8():
    for i in range(3):
        try:
            pass
        finally:
            if i == 1:
                break
    return i
print(f8())
def f9():
    try:
        try:
            return 1
        finally:
            print("inner fin")
    finally:
        print("outer fin")
print(f9())
def f10():
    try:
        raise ValueError("v")
    except ValueError:
        return "handled"
    finally:
        print("f10 fin")
print(f10())
