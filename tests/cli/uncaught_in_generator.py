def g():
    yield 1
    raise TypeError("from generator")
for v in g():
    print(v)
