# find / rfind / index / rindex / count
s = "hello world, hello"
print(s.find("hello"), s.rfind("hello"), s.find("z"), s.rfind("z"), s.find(""), s.rfind(""))
print(s.find("o", 5), s.find("o", 5, 7), s.find("o", -5), s.rfind("o", 0, 6), s.find("l", -100, 100))
print(s.index("world"), s.rindex("l"), s.index("h", 1))
print(s.count("l"), s.count("hello"), s.count(""), s.count("l", 3, 10), "aaaa".count("aa"))
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError", e)
try:
    s.rindex("zzz")
except ValueError as e:
    print("ValueError", e)
print("abc".find("c", 10), "abc".find("", 3), "abc".find("", 4))
print("héllo".find("l"), "日本語テキスト".find("テ"), "日本語".index("語"))
print("x" in "xyz", "yz" in "xyz", "" in "abc", "q" not in "abc")
try:
    1 in "abc"
except TypeError as e:
    print("TypeError")
