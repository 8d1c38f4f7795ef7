# list/tuple/dict/set __eq__/__ne__ (and set ordering dunders) called directly or via super()
print([1].__eq__([1]), [1].__eq__([2]), [1].__ne__([1]), [1].__eq__((1,)), (1,).__eq__((1,)), (1,).__ne__([1]))
print({1: 2}.__eq__({1: 2}), {1: 2}.__ne__({1: 3}), {1: 2}.__eq__([1]), {1}.__eq__({1}), {1}.__eq__(frozenset({1})), frozenset({1}).__eq__({1}))
print({1}.__le__({1, 2}), {1}.__lt__({1}), {1, 2}.__ge__({1}), {1, 2}.__gt__({1, 2}), {1}.__eq__([1]), {1}.__lt__([1]))
class L(list):
    def __eq__(self, o): return super().__eq__(o)
class D(dict):
    def __eq__(self, o):
        r = super().__eq__(o)
        return r
class S(set):
    def __eq__(self, o): return super().__eq__(o)
    __hash__ = None
print(L([1]) == [1], L([1]) == L([2]), L([1]) != [1], [1] == L([1]), L([1]) == (1,))
print(D(a=1) == {'a': 1}, D(a=1) != {'a': 2}, {'a': 1} == D(a=1), D() == [])
print(S([1]) == {1}, S([1]) == frozenset([1]), S([1]) != {2}, S() == [])
class Pt(tuple):
    def __eq__(self, o): return tuple.__eq__(self, o)
    __hash__ = tuple.__hash__
print(Pt((1, 2)) == (1, 2), Pt((1, 2)) == Pt((1, 3)), hash(Pt((1, 2))) == hash((1, 2)))
print(list.__eq__([1], [1]), dict.__eq__({}, {}), set.__ne__(set(), {1}), object.__eq__(1, 1), object.__eq__(1, 2))
print(sorted([[2], [1]]), [[1]] == [[1]], {(1, 2): [1]} == {(1, 2): [1]}, [{1}] == [{1}])
