# case methods
s = "hello World 123"
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
print("ALL CAPS".capitalize(), "mIxEd".swapcase(), "they're bill's".title(), "a1b2c3".title())
print("".upper(), "123".lower())
print("abc".upper().lower() == "abc", "x".isupper(), "X".isupper())
print("hello world".title(), "HELLO WORLD".title(), "o'neil mc-donald".title())
