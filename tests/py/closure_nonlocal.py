# nonlocal edge cases
def level1():
    a = "l1"
    def level2():
        def level3():
            nonlocal a
            a = "set by l3"
        level3()
        return a
    r = level2()
    return r, a
print(level1())
def multiple():
    x, y = 1, 2
    def swap():
        nonlocal x, y
        x, y = y, x
    swap()
    return x, y
print(multiple())
def loop_closure():
    total = 0
    def add(n):
        nonlocal total
        for i in range(n):
            total += i
    add(5)
    add(3)
    return total
print(loop_closure())
def gen_closure():
    state = 0
    def g():
        nonlocal state
        while state < 3:
            state += 1
            yield state
    return list(g()), state
print(gen_closure())
def del_nonlocal():
    v = 1
    def d():
        nonlocal v
        del v
    d()
    try:
        return v
    except NameError as e:
        return type(e).__name__
print(del_nonlocal())
