# partition / rpartition
s = "key=value=more"
print(s.partition("="), s.rpartition("="))
print(s.partition("#"), s.rpartition("#"))
print("".partition("x"), "abc".partition("abc"), "aXbXc".partition("X"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError", e)
k, sep, v = "name: bob".partition(": ")
print(k, repr(sep), v)
print("a.b.c".rpartition(".")[0])
