# recursive algorithms
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10, "A", "B", "C", [])), hanoi(2, "A", "B", "C", []))
def perms(s):
    if len(s) <= 1:
        return [s]
    return [s[i] + p for i in range(len(s)) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(90))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
def qsort(xs):
    if not xs:
        return []
    p, rest = xs[0], xs[1:]
    return qsort([x for x in rest if x < p]) + [p] + qsort([x for x in rest if x >= p])
print(qsort([5, 3, 8, 1, 9, 2, 7, 3]))
