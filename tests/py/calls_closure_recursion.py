# Closures called recursively, nonlocal updates seen by later calls, cells of
# arguments, closures made in loops and cells shared between sibling closures.


def count_paths(n):
    memo = {}
    calls = 0

    def walk(i):
        nonlocal calls
        calls += 1
        if i >= n:
            return 1 if i == n else 0
        if i in memo:
            return memo[i]
        r = walk(i + 1) + walk(i + 2)
        memo[i] = r
        return r

    return walk(0), calls


print(count_paths(10))
print(count_paths(30))


def counter():
    total = 0

    def add(k):
        nonlocal total
        total += k
        return total

    def get():
        return total

    return add, get


add, get = counter()
for k in range(5):
    add(k)
print(get(), add(100), get())


def arg_cell(x, y=5):
    # Parameters captured by an inner function live in cells.
    def show():
        return x * 10 + y

    x += 1
    return show()


print(arg_cell(1), arg_cell(2, 3), arg_cell(y=7, x=0))


def make_all():
    fs = []
    for i in range(4):
        def f(j=i):
            return j * j
        fs.append(f)
    shared = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]


print(make_all())


def deep_closure(depth):
    acc = [0]

    def rec(d):
        acc[0] += d
        if d > 0:
            rec(d - 1)
        return acc[0]

    return rec(depth)


print(deep_closure(500))


def nested_levels():
    a = 1

    def mid():
        b = 2

        def inner():
            nonlocal a
            a += b
            return a

        return inner

    f = mid()
    f()
    f()
    return a


print(nested_levels())


def gen_with_cells(n):
    seen = []

    def note(v):
        seen.append(v)

    for i in range(n):
        note(i)
        yield len(seen)


print(list(gen_with_cells(4)))


class Base:
    def who(self):
        return "base"


class Child(Base):
    def who(self):
        # `super()` with no arguments reads the `__class__` cell.
        return "child>" + super().who()

    def later(self):
        def inner():
            return __class__.__name__

        return inner()


print(Child().who(), Child().later())


def unbound_cell():
    def f():
        return v

    try:
        f()
    except NameError as e:
        print("NameError", "v" in str(e))
    v = 1
    return f()


print(unbound_cell())
