# chained comparisons and short circuit
def f(v, log):
    log.append(v)
    return v

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 <= 2 < 3 >= 3 > 0)
log = []
r = f(1, log) < f(0, log) < f(5, log)
print(r, log)
log = []
r = f(1, log) < f(2, log) < f(3, log)
print(r, log)
print(1 in [1, 2] in [[1, 2]])
print(None is None is not False)
a = [1]
b = [1]
print(a == b, a is b, a is not b)
print("a" < "b" < "c", "b" < "a")
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9))
print([1, 2] < [1, 2, 3], [] < [0])
print(1 < 2.5 < 3, 1.0 == 1 == True)
x = 5
print(0 < x < 10, 0 < x < 3)
print(not 1 < 2, not (1 > 2))
print(2 < 3 and 3 < 4 or 1 / 0)
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError")
