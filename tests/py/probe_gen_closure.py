def make_gens():
    gens = []
    for i in range(3):
        def g(i=i):
            yield i
            yield i * 10
        gens.append(g())
    return gens
print([list(g) for g in make_gens()])
def outer():
    x = 1
    def gen():
        nonlocal x
        while x < 4:
            yield x
            x += 1
    return gen
print(list(outer()()))
def counter_gen():
    count = 0
    def inc():
        nonlocal count
        count += 1
    for _ in range(3):
        inc()
        yield count
print(list(counter_gen()))
gens = [(x * k for x in range(3)) for k in range(1, 3)]
print([list(g) for g in gens])
def gen_lambda():
    fs = [lambda: n for n in range(3)]
    for f in fs:
        yield f()
print(list(gen_lambda()))
def gen_in_class():
    class C:
        def __iter__(self):
            yield from range(3)
    return list(C())
print(gen_in_class())
class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t))
it = iter([1, 2, 3, 4])
print(list(zip(it, it)))
it2 = iter(iter(iter([5, 6])))
print(list(it2))
print(list(map(lambda p: p[0] * p[1], zip(range(3), range(3, 6)))))
