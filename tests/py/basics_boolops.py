# and/or/not returning operands
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print(None or "x", "" or 0, [] or {} or "last")
print("a" and "b" and "c", "a" and "" and "c")
print(not 0, not 1, not "", not "x", not [], not [0], not None)
calls = []
def t(x):
    calls.append(x)
    return x
t(0) and t(1)
t(1) or t(2)
t(0) or t(3) and t(4)
print(calls)
print(True and False or True)
print(False or False and True)
print(bool(0), bool(0.0), bool(""), bool(()), bool({}), bool(set()), bool(range(0)))
print(bool(1), bool(-1), bool(0.1), bool("0"), bool((0,)), bool({0: 0}), bool(range(1)))
x = 3
y = x > 2 and "big" or "small"
print(y)
print(True is True, True == 1, False == 0, (True is not False) == True)
print(int(True), float(False), str(True), repr(False))
print(True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True + 0).__name__)
