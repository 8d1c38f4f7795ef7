# User streams subclassing io.IOBase: print(file=...), default capability answers,
# closing; and print() following a reassigned sys.stdout.
import io
import sys


class Collect(io.IOBase):
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)
        return len(data)


c = Collect()
print("a", 1, [2], sep="|", end="!\n", file=c)
print(file=c)
print(c.parts)
print(c.readable(), c.writable(), c.seekable(), c.closed, c.isatty())
with c as same:
    print(same is c, c.closed)
print(c.closed)
try:
    c.flush()
except ValueError as e:
    print("ValueError", e)
print(isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.IOBase))
s = io.StringIO()
print(s.readable(), s.writable(), s.seekable())

old = sys.stdout
cap = io.StringIO()
sys.stdout = cap
print("captured", 42)
print("more", end="")
sys.stdout = Collect()
print("to collect")
got = sys.stdout.parts
sys.stdout = old
print(repr(cap.getvalue()), got)
print("back")
