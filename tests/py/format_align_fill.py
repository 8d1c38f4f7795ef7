# alignment, fill characters and widths across types
for v in ["s", 12, -3.5, True, None]:
    print("[%s] [%s] [%s] [%s]" % (format(str(v), "<6"), format(str(v), ">6"), format(str(v), "^6"), format(str(v), "#^7")))
print("[{:<6d}] [{:>6d}] [{:^6d}] [{:=6d}]".format(-42, -42, -42, -42))
print("[{:.>10.3f}] [{:_<9.1f}] [{:0>8}] [{:0<8}]".format(3.14159, 2.5, 7, 7))
print("[{:10}] [{:<10}] [{:>10}]".format(1.5, "str", "str"))
print("[{:3}] [{:1}]".format(12345, "long string"))
print("[%8.3s] [%-8.3s]" % ("abcdef", "abcdef"))
print("[{:\u2605^9}]".format("star"))
table = [("apple", 3, 0.5), ("banana", 12, 0.25), ("kiwi", 100, 1.0)]
for name, qty, price in table:
    print(f"{name:<8}{qty:>5}{price:>8.2f}")
