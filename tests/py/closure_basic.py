# closures
def make_adder(n):
    def add(x):
        return x + n
    return add
a5, a10 = make_adder(5), make_adder(10)
print(a5(1), a10(1), a5(a10(0)))
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(); inc()
print(get())
def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late_binding())
def early_binding():
    fs = []
    for i in range(3):
        def mk(j):
            return lambda: j
        fs.append(mk(i))
    return [f() for f in fs]
print(early_binding())
def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    x = 2
    return middle()()
print(outer())
def cell_after_def():
    def f():
        return v
    v = "assigned later"
    return f()
print(cell_after_def())
def shared():
    items = []
    def add(v):
        items.append(v)
    def show():
        return list(items)
    return add, show
add, show = shared()
add(1); add(2)
print(show())
