# format specs for strings
s = "text"
for spec in ["", "10", "<10", ">10", "^10", "*<10", "-^11", ".2", "10.2", "^3", ".0", "0>6"]:
    print(repr(spec), "[" + format(s, spec) + "]")
print("[" + "{:10}".format("x") + "]", "[" + "{:>{w}}".format("x", w=4) + "]")
try:
    format("s", "d")
except ValueError:
    print("ValueError")
try:
    format("s", "+")
except ValueError:
    print("ValueError")
print("[%-6s][%6s][%.1s]" % ("ab", "ab", "ab"))
