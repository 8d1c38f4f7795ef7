def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def ack(m, n):
    if m == 0: return n + 1
    if n == 0: return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(fact(50), ack(2, 3))
def deep(n):
    return n if n == 0 else deep(n - 1)
try:
    deep(100000)
except RecursionError:
    print("RecursionError")
nested = [1, [2, [3, [4, [5]]]]]
def flat(x):
    return [y for e in x for y in (flat(e) if isinstance(e, list) else [e])]
print(flat(nested))
