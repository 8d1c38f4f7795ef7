# deep recursion raises RecursionError
def deep(n):
    return deep(n + 1) + 1
try:
    deep(0)
except RecursionError as e:
    print(type(e).__name__)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(50))
def countdown(n):
    if n == 0:
        return 0
    return countdown(n - 1)
try:
    countdown(100000)
except RecursionError as e:
    print(type(e).__name__)
print(countdown(100))
print(issubclass(RecursionError, RuntimeError))
