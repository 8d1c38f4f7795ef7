# string literal forms and escapes
print('single', "double", '''triple
single''', """triple
double""")
print("tab\there", "nl\\n", 'q\'s', "q\"d")
print("\x41\x42", "\101\102", "\u00e9", "\U0001F600" == "\U0001f600", "\N{LATIN SMALL LETTER A}")
print(r"raw\n\t", R"raw\\", len(r"\n"))
print("con" "cat" 'enated')
print(b"bytes\x00\xff", rb"\x00", br"\n")
print(len("\u00e9"), len("\x00"), ord("\0"))
print("a\
b")
s = """line1
line2\
continued"""
print(s)
print(repr("\n\t\r\\"), repr('\x07'), repr("'"), repr('"'), repr("'\""))
print(repr("\x7f"), repr("\xe9"), repr("\u2603"))
print(ascii("\xe9\u2603"), ascii("x"))
