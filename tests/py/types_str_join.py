# str.join and concatenation
print(",".join(["a", "b", "c"]), "".join("xyz"), "-".join(("1",)), "+".join([]))
print(" ".join(str(i) for i in range(5)))
print("ab".join(["1", "2", "3"]), "\n".join(["l1", "l2"]))
print(", ".join(sorted({"z": 1, "a": 2})))
print("".join(map(str.upper, ["a", "b"])))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError")
try:
    ",".join(5)
except TypeError:
    print("TypeError")
s = ""
for i in range(5):
    s += str(i)
print(s)
print("a" + "b" * 3 + "c", 3 * "ab", "x" * 0, "x" * -2, "".join(["é", "ü"]))
try:
    "a" + 1
except TypeError:
    print("TypeError")
try:
    "a" * 1.5
except TypeError:
    print("TypeError")
