# `sys.executable` is a str (the interpreter's path on a host); `sys.ps1`/`sys.ps2`
# default to the REPL's prompts where they exist and may be set.
import sys

print(type(sys.executable).__name__, bool(sys.executable))
print(repr(getattr(sys, "ps1", ">>> ")), repr(getattr(sys, "ps2", "... ")))
sys.ps1 = "A> "
sys.ps2 = 5
print(sys.ps1, sys.ps2)
