# MicroPython-only sys functions: sys.atexit (one function, run after the main script)
# and sys.print_exception.
import sys
import io


def first():
    print("first (replaced, never runs)")


def last():
    print("atexit function runs after the script")


print(sys.atexit(first))
print(sys.atexit(last) is first)

try:
    raise ValueError("bad value")
except ValueError as e:
    s = io.StringIO()
    sys.print_exception(e, s)
    lines = s.getvalue().splitlines()
    print(lines[0], lines[-1])
    sys.print_exception(KeyError("k"), s)
    print(s.getvalue().splitlines()[-1])
print("end of script")
