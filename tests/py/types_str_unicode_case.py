# unicode-aware case mapping and whitespace
print("ÉCOLE".lower(), "école".upper(), "ñ".upper(), "Ω".lower())
print("straße".upper(), "ǅ".lower(), "ǆ".title())
print("hello".casefold(), "Straße".casefold())
print("é".isalpha(), "É".isupper(), "é".islower(), "٣".isdigit(), "½".isnumeric())
print("a\u3000b".split(), "x\u2028y\x1cz".splitlines())
print("\u00a0x\u2003".strip())
print("Ünïcödé".swapcase())
