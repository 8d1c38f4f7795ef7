# sys: binary std streams, getsizeof, print_exception-free basics, exit, implementation
# and version_info.
import sys

n = sys.stdout.buffer.write(b"binary line\n")
print(n)
sys.stdout.buffer.write(bytearray(b"from a bytearray\n"))
sys.stdout.buffer.write(memoryview(b"from a memoryview\n"))
sys.stdout.flush()
sys.stdout.buffer.flush()
print(sys.stderr.buffer.write(b""))
try:
    sys.stdout.buffer.write("text")
except TypeError:
    print("buffer.write(str): TypeError")
try:
    sys.stdout.write(b"bytes")
except TypeError:
    print("write(bytes): TypeError")
print(hasattr(sys.stdin.buffer, "read"), hasattr(sys.stdin.buffer, "readline"))

print(isinstance(sys.getsizeof(1), int), sys.getsizeof("abc") > 0)
print(sys.getsizeof(list(range(1000))) > sys.getsizeof([]))
print(sys.getsizeof(b"x" * 5000) > sys.getsizeof(b"x"))
print(sys.getsizeof({i: i for i in range(100)}) > sys.getsizeof({}))

print(type(sys.version_info) is tuple or hasattr(sys.version_info, "major"))
print(sys.version_info[0], len(sys.version_info) >= 3, sys.version_info >= (3, 4))
print(isinstance(sys.implementation.name, str), len(sys.implementation.version) >= 3)
print(isinstance(sys.version, str), sys.maxsize > 2**31, sys.byteorder)

try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.args, e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.args, e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", e.code)
