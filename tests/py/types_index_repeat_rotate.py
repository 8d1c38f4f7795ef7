# Objects with __index__ as repeat counts for bytes and bytearray, and as deque.rotate's
# step (found while probing index re-entrancy); a bytearray resized by the count's
# __index__ repeats what it holds afterwards, as in CPython.
import collections


class I:
    def __index__(s):
        return 2


for f in (
    lambda: b"ab" * I(),
    lambda: bytearray(b"ab") * I(),
    lambda: I() * b"xy",
    lambda: "ab" * I(),
    lambda: [1] * I(),
):
    print(f())
b = bytearray(b"abc")


class Shrink:
    def __index__(s):
        del b[1:]
        return 3


print(b * Shrink())
d = collections.deque([1, 2, 3])
for v in (I(), 1.5, "1", None, True, -1):
    try:
        d.rotate(v)
        print(d)
    except TypeError as e:
        print("TypeError", e)
