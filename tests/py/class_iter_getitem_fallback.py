# iteration via __getitem__ fallback and membership via __iter__
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Squares()), 16 in Squares(), 15 in Squares(), sum(Squares()))
print(list(enumerate(Squares()))[:2], sorted(Squares(), reverse=True))
class OnlyIter:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in OnlyIter(), 5 in OnlyIter(), list(OnlyIter()), max(OnlyIter()))
class KeyErrStops:
    def __getitem__(self, i):
        if i > 2:
            raise KeyError(i)
        return i
try:
    list(KeyErrStops())
except KeyError as e:
    print("KeyError propagates", e)
a, b, c = Squares()[1], Squares()[2], Squares()[3]
print(a, b, c)
x, y, *z = Squares()
print(x, y, z)
