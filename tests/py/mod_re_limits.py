# Deeply nested groups: CPython's parser runs out of recursion (RecursionError);
# moderately nested ones still work.
import re

for n in (10, 250):
    p = re.compile("(" * n + "a" + ")" * n)
    print(n, p.match("a").group(0), len(p.match("a").groups()))
for n in (1000, 100000):
    try:
        re.compile("(" * n + "a" + ")" * n)
        print("compiled")
    except RecursionError:
        print(n, "RecursionError")
try:
    re.compile("(" * 100000)
except RecursionError:
    print("RecursionError")
print(re.match("(?:a|b)*c", "ab" * 2000 + "c") is not None)
print(len(re.findall("(a|b)*c", "ab" * 1000)))
