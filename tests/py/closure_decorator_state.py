# decorators with state held in closures
def count_calls(fn):
    count = 0
    def wrapper(*a, **k):
        nonlocal count
        count += 1
        wrapper.calls = count
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@count_calls
def hello(name):
    return "hello " + name
print(hello("a"), hello("b"), hello.calls)
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def once(fn):
    done = []
    def wrapper():
        if not done:
            done.append(fn())
        return done[0]
    return wrapper
calls = []
@once
def init():
    calls.append(1)
    return "initialised"
print(init(), init(), calls)
