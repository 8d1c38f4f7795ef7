# is* methods
tests = ["", "abc", "ABC", "Abc", "abc123", "123", " ", " \t\n", "Hello World", "hello world",
         "a_b", "_x", "x1", "1x", "-5", "1.5", "Title Case Here", "ABC DEF"]
for s in tests:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.istitle(), s.isidentifier(), s.isdecimal(), s.isnumeric(), s.isascii(), s.isprintable())
print("for".isidentifier(), "\t".isprintable(), "\x7f".isprintable())
