class It:
    def __iter__(self):
        print("iter called")
        return iter([1, 2, 3])
print(2 in It(), 5 in It(), 5 not in It())
class GI:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(GI()), 20 in GI(), 25 in GI())
for v in GI():
    print(v)
print(sorted(GI(), reverse=True), tuple(GI()))
a, b, c = GI()
print(a, b, c)
class Cont:
    def __contains__(self, x):
        return x == "yes"
print("yes" in Cont(), "no" in Cont(), "no" not in Cont())
class ContTruthy:
    def __contains__(self, x):
        return 5
print(1 in ContTruthy())
class NoIter:
    pass
try:
    1 in NoIter()
except TypeError as e:
    print("TypeError", e)
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
class Stop:
    def __getitem__(self, i):
        if i > 1:
            raise StopIteration
        return i
print(list(Stop()))
