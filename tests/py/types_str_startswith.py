# startswith / endswith incl. tuples and ranges
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.endswith(".gz"), s.endswith(".zip"))
print(s.startswith(("x", "fi")), s.endswith((".zip", ".rar")), s.endswith((".zip", ".gz")))
print(s.startswith("name", 4), s.startswith("name", 4, 6), s.endswith("tar", 0, 12), s.endswith("", 3))
print("".startswith(""), "a".startswith(""), "".endswith("a"), s.startswith(()))
print(s.startswith("gz", -2), s.endswith("file", 0, 4), s.startswith("z", 100))
try:
    s.startswith(["file"])
except TypeError:
    print("TypeError")
try:
    s.endswith(1)
except TypeError:
    print("TypeError")
