# pow, round, sum
print(pow(2, 8), pow(2, -1), pow(2.0, 3), pow(3, 200, 13), pow(-3, 3, 10), pow(base=2, exp=5), pow(2, 5, mod=7))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(1234, -2), round(7.0), round(1.23456, 3))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 2)).__name__)
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
print(sum([]), sum([1, 2, 3]), sum(range(10), 100), sum([0.5, 0.5]), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([1, 2.5]), sum([True, True]), sum(x * x for x in range(4)), sum([10 ** 20, 10 ** 20]), sum([], start=5))
try:
    sum(["a", "b"], "")
except TypeError:
    print("TypeError")
try:
    sum([1, "a"])
except TypeError:
    print("TypeError")
