results = []
for i in range(5):
    try:
        if i % 2:
            raise ValueError(i)
        results.append(i)
    except ValueError as e:
        results.append(-e.args[0])
        continue
    finally:
        results.append("f")
print(results)
def retry(n):
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < n:
                raise RuntimeError("fail")
            return attempts
        except RuntimeError:
            pass
print(retry(3))
def gen_errors():
    for x in [1, 0, 2]:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "div0"
print(list(gen_errors()))
count = 0
for a in range(3):
    for b in range(3):
        try:
            if b == 1:
                break
        finally:
            count += 1
print(count)
def deep(n):
    try:
        if n == 0:
            raise KeyError("bottom")
        deep(n - 1)
    finally:
        pass
try:
    deep(20)
except KeyError as e:
    print("KeyError", e)
errs = []
for exc in (ValueError, TypeError, KeyError, IndexError):
    try:
        raise exc("x")
    except (ValueError, TypeError):
        errs.append("VT")
    except LookupError:
        errs.append("L")
print(errs)
