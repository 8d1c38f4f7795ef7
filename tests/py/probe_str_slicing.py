s = "abcdefghij"
print(s[::-1], s[::-2], s[8:2:-1], s[-1:-4:-1], s[2::-1], s[:2:-1], s[100:], s[-100:3], s[3:1], s[::3])
print(s[-3:], s[:-3], s[1:-1:2], s[::-100], s[5:5])
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
l = list(range(10))
print(l[::-3], l[7:2:-2], l[-2::-4])
l[1:3] = "xy"
print(l)
l[::2] = [0] * 5
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
del l[::3]
print(l)
l[2:2] = [9, 9]
print(l)
l[:] = []
print(l)
t = tuple(range(6))
print(t[::-1], t[1:4], t[-2:])
print("abc" * 0, "abc" * -1, "ab" * 3, [1] * 0, [1, 2] * -5, 3 * "x")
print("b" in "abc", "" in "abc", "abc" in "abc", "x" not in "abc", "" in "")
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
print(s[slice(1, 5, 2)], slice(1, 5).indices(3), slice(None, None, -1).indices(4))
print(len("é"), "é".upper(), "ß".upper(), "İ".lower() == "i̇", ord("€"), chr(8364), "\u00e9" == "é")
print("tab\there", "nl\\n", "quote\"s", 'single\'s', "\x41\101\u0041", r"raw\n", len("\0"))
