# center / ljust / rjust / zfill
print("[" + "ab".center(7) + "]", "[" + "ab".center(6, "*") + "]", "[" + "abc".center(6) + "]")
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5, "-") + "]", "[" + "abcdef".ljust(3) + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3), "".zfill(2))
print("[" + "x".center(4) + "]", "[" + "x".center(3) + "]", "[" + "xy".center(5) + "]")
print("é".center(5, "é"))
try:
    "a".center(5, "ab")
except TypeError:
    print("TypeError")
print("ab".rjust(0), "ab".ljust(-1))
