# while loops
i = 0
total = 0
while i < 10:
    total += i
    i += 1
print(total)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
a, b = 0, 1
fib = []
while len(fib) < 15:
    fib.append(a)
    a, b = b, a + b
print(fib)
stack = [1, [2, [3, [4]]]]
flat = []
while stack:
    top = stack.pop()
    if isinstance(top, list):
        stack.extend(top)
    else:
        flat.append(top)
print(flat)
x = 5
while x:
    x -= 1
    if x == 2:
        continue
    print(x, end=" ")
print()
