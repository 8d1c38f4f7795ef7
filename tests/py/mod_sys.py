# sys module basics
import sys
print(type(sys.argv).__name__, sys.argv[0].endswith("mod_sys.py"), isinstance(sys.path, list))
print(sys.maxsize > 2 ** 30, sys.byteorder in ("little", "big"))
print(sys.version_info[0], sys.version_info >= (3, 0), type(sys.implementation.name).__name__)
print(sys.stdout is not None, hasattr(sys.stderr, "write"), hasattr(sys.stdin, "read"))
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["sys"] is sys)
print(type(sys.modules).__name__, callable(sys.exit))
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
