# format specs for ints
n = 1234
for spec in ["", "d", "8d", "<8", ">8", "^8", "08", "+", "-", " ", ",", "_", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "#010b", "=+8", "e", ".2f", "%", "c", "*^9,", "+,", "_b", "#_x"]:
    print(repr(spec), "[" + format(n, spec) + "]")
for spec in ["", "+", "08", "x", "#x", ","]:
    print(repr(spec), "[" + format(-n, spec) + "]")
print(format(0, "#x"), format(0, "08b"), format(10 ** 20, ","), format(-(2 ** 70), "x"))
try:
    format(5, ".2")
except ValueError:
    print("ValueError precision with int")
try:
    format(5, "s")
except ValueError:
    print("ValueError")
