# reversed, iter, next
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())), list(Seq()), list(iter(Seq())))
class Rev:
    def __reversed__(self):
        return iter("custom")
print("".join(reversed(Rev())))
try:
    reversed({1, 2})
except TypeError:
    print("TypeError")
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
vals = [5, 4, 3, 0, 9]
pos = iter(vals)
print(list(iter(lambda: next(pos), 0)))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
it2 = iter("ab")
print(iter(it2) is it2)
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
try:
    next([1])
except TypeError:
    print("TypeError")
