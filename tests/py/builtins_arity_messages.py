# Built-ins called with the wrong number of arguments raise TypeError.
cases = [
    "abs(1, 2)", "abs()", "len()", "len([], [])", "chr()", "chr(65, 66)",
    "ord('a', 'b')", "hex(1, 2)", "oct()", "bin(1, 2)", "id()", "hash(1, 2)",
    "callable()", "repr()", "any()", "all([], [])", "ascii()",
    "isinstance(1)", "divmod(1)", "sorted()", "hasattr(1)", "setattr(1)",
    "min()", "iter()", "next()",
]
for c in cases:
    try:
        eval(c)
        print(c, "no error")
    except TypeError as e:
        print(c, "TypeError", e)
print(abs(-3), len([1, 2]), chr(65), ord("a"), hex(255), oct(8), bin(5))
print(callable(len), any([0, 1]), all([]), ascii("é"), repr("x"), sorted([3, 1]))
