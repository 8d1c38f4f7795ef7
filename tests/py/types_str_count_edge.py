# count/find/replace edge cases with empty strings and overlaps
print("".count(""), "abc".count(""), "aaa".count("a", 1), "aaa".count("aa", 1), "abab".count("ab", 1, 3))
print("".find(""), "".find("a"), "abc".find("", 1), "abc".rfind("", 1), "aaaa".rfind("aa"))
print("aaaa".replace("aa", "b"), "aaa".replace("a", "", 2), "abc".replace("abc", ""), "".replace("a", "b"))
print("a".join(""), "a".join("b"), "xyz".split("xyz"), "xyz".partition("xyz"))
print("abcabc".rindex("abc"), "abcabc".index("c", 3), "abc".startswith("abc", 0, 3), "abc".endswith("abc", 0, 2))
print("%s" % "", repr("".upper()), "".isalpha(), "".zfill(3), "".center(3, "*"))
print("ab" * 3 == "ababab", "abc"[1:1] == "", "abc"[2:1] == "")
