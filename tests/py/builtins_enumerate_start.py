# enumerate's start: any int (by position or keyword), True counts from 1, an
# object with __index__ gives its int, a big int keeps counting; other types are
# refused before the iterable is looked at.

class Index:
    def __index__(self):
        return 7

class MyInt(int):
    pass

def show(src):
    try:
        print(src, "->", list(eval(src)))
    except TypeError as e:
        print(src, "-> TypeError", e)

for src in [
    "enumerate('ab', True)", "enumerate(iterable='ab', start=True)", "enumerate('ab', False)",
    "enumerate('ab', Index())", "enumerate('ab', start=Index())", "enumerate('ab', MyInt(4))",
    "enumerate('ab', 2**70)", "enumerate('ab', -3)", "enumerate('ab', start=1.5)",
    "enumerate('ab', '1')", "enumerate(5, 'x')", "enumerate(5, 0)", "enumerate('ab', None)",
    "enumerate([1], 2, start=3)",
]:
    show(src)

for i, c in enumerate("xyz", start=True):
    print(type(i).__name__, i, c)
