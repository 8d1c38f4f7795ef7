# list comprehensions
print([x for x in range(5)], [x * 2 for x in "ab"], [x for x in range(10) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([x for x in range(20) if x % 2 if x % 3])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([c.upper() for c in "hello" if c not in "l"])
print([y for x in [[1, 2], [3], []] for y in x])
x = "outer"
r = [x for x in range(3)]
print(x, r)
print([i for i in []], [0 for _ in range(3)])
print([(lambda v: v * 2)(i) for i in range(3)])
print([a + b for a, b in zip("abc", "xyz")])
print([k for k, v in sorted({"b": 2, "a": 1}.items()) if v > 0])
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
def scope_test():
    factor = 3
    return [factor * i for i in range(4)]
print(scope_test())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
