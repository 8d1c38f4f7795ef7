# string comparison and ordering
print("abc" == "abc", "abc" != "abd", "abc" < "abd", "abc" < "ab", "" < "a", "B" < "a")
print("a" * 3 == "aaa", "Z" < "a", "10" < "9", "abc" > "ABC")
print(sorted(["banana", "Apple", "cherry", "apple", "", "b"]))
print(max(["x", "yy", "z"]), min("hello"), sorted("hello"))
print(sorted(["b", "a", "c"], reverse=True), sorted(["aa", "b", "ccc"], key=len))
print("a" in ["a"], ("a" == "a") is True)
s1 = "hel" + "lo"
print(s1 == "hello")
try:
    "a" < 1
except TypeError:
    print("TypeError")
print("a" == 1, "1" == 1)
