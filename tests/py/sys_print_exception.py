# MicroPython's sys.print_exception(exc, file=sys.stdout) and sys.implementation fields.
import io
import sys

if not hasattr(sys, "print_exception"):
    raise SystemExit


def fail(n):
    if n == 0:
        raise ValueError("bad value", n)
    fail(n - 1)


try:
    fail(2)
except ValueError as e:
    err = e

s = io.StringIO()
sys.print_exception(err, s)
lines = s.getvalue().splitlines()
print(len(lines), lines[0], lines[-1])
print(sum(1 for l in lines if "in fail" in l))


class Sink(io.IOBase):
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)
        return len(data)


k = Sink()
sys.print_exception(ValueError("v"), k)
print(k.parts)
sys.print_exception(TypeError())
sys.print_exception(err, sys.stdout)

impl = sys.implementation
print(impl.name, type(impl.version).__name__, len(impl.version) >= 3)
print(type(impl._mpy).__name__, impl._mpy & 0xFF, type(impl._machine).__name__)
