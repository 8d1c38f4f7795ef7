# replace, expandtabs, translate
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("zzz", "y"), s.replace("one", "1", 0))
print("aaa".replace("a", "bb"), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("abc".replace("b", ""), "a.b.c".replace(".", "", -1))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), "\t".expandtabs(2) + "|")
t = str.maketrans("abc", "xyz")
print("aabbcc".translate(t))
t2 = str.maketrans({"a": "1", "b": None})
print("abcab".translate(t2))
t3 = str.maketrans("ab", "AB", "c")
print("abcabc".translate(t3))
print("héllo".replace("é", "e"))
