s = "ｆｕｌｌ ẞ ǅ Σσς ﬃ 𝔘 naïve café ☃ \u2028 \x00"
print(len(s), s.upper(), s.lower(), s.casefold()[:10], s.split()[:3], s.isprintable())
print(s.encode("utf-8")[:20], s.encode("utf-8", "ignore").decode()[:5], repr(s)[:30])
for bad in (b"\xff\xfe", b"\xc3(", b"\xe2\x82", b"ok"):
    try:
        print(bad.decode("utf-8"))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e.start)
print("straße".upper(), "İ".lower(), sorted("bäa"), "é" > "e", "\N{SNOWMAN}" if True else "")
