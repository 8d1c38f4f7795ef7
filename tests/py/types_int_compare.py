# int comparisons, hashing, mixing with float and bool
print(1 == 1.0, 1 < 1.5, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(10 ** 30 < 1e31, 10 ** 30 > 1e29, 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(1 == True, 0 == False, 2 == True)
print(hash(1) == 1, hash(0) == 0, hash(-1) == hash(-2), hash(1.0) == hash(1), hash(True) == hash(1))
print(hash(2 ** 100) == hash(2 ** 100), hash(5.0) == hash(5))
print(max(3, 10 ** 20, -5), min(3, 10 ** 20, -5))
print(sorted([10 ** 20, -3, 0, 2 ** 64, -(2 ** 70), 1.5]))
print({1: "a", 1.0: "b", True: "c"})
print(1 != 2, 3 >= 3, 3 <= 2)
try:
    1 < None
except TypeError:
    print("TypeError")
print(1 == "1", 1 == None, [1] == [1.0])
