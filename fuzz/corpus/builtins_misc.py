print(len(dir(object)) > 0, isinstance(True, int), issubclass(bool, int), callable(len), id(1) == id(1))
print(list(range(10, 0, -3)), range(5)[1:3], 3 in range(5), reversed([1, 2]), list(reversed((1, 2))))
print(getattr(1, "real"), hasattr([], "append"), type(3.0).__name__, repr(None), ascii("é"), hash(1) == hash(1.0))
print(sorted({"b": 1, "a": 2}), list(zip(*[(1, 2), (3, 4)])), divmod(7.5, 2), round(-0.5), eval("1 + 2 * 3"))
g = {}
exec("def f(a):\n    return a * 2\nr = f(21)", g)
print(g["r"], compile("x + 1", "<s>", "eval").co_name if hasattr(compile("1", "s", "eval"), "co_name") else "code")
print(min("bca"), max([], default="empty"), sum([[1], [2]], []), list(enumerate("ab", 1)), any([]), all([]))
print(int.__name__, str(b"x", "ascii"), bytes("é", "utf-8"), bytearray(3), list(map(int, "123")))
