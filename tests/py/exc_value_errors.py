# ValueError from conversions and methods
def show(f):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
show(lambda: int("abc"))
show(lambda: int("1.5"))
show(lambda: int("z", 16))
show(lambda: float("x"))
show(lambda: [1].index(2))
show(lambda: "abc".index("z"))
show(lambda: [].remove(0))
show(lambda: "a,b".split(""))
show(lambda: range(1, 2, 0))
show(lambda: (1, 2).index(3))
a, b = 1, 2
def unpack():
    x, y = [1, 2, 3]
show(unpack)
def unpack2():
    x, y, z = [1, 2]
show(unpack2)
