# re module basics
import re
m = re.match(r"(\d+)-(\w+)", "42-abc rest")
print(m.group(0), m.group(1), m.group(2), m.groups())
print(re.search(r"b+", "aabbbcc").group(), re.search("z", "abc"))
print(re.sub(r"\s+", " ", "a   b \n c"), re.sub("a", "x", "banana", count=2))
print(re.split(r",\s*", "a, b,c,  d"), re.findall(r"\d+", "a1b22c333"))
p = re.compile(r"^[a-z]+$")
print(bool(p.match("hello")), bool(p.match("Hello")), p.match("") is None)
print(re.match(r"(?P<k>\w+)=(?P<v>\w+)", "key=val").group("v"))
