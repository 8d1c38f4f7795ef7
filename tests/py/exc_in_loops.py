# exceptions inside loops with break/continue and else
results = []
for v in ["1", "x", "3", "", "5"]:
    try:
        n = int(v)
    except ValueError:
        results.append("bad")
        continue
    else:
        results.append(n * 2)
    finally:
        results.append("|")
print(results)
i = 0
while True:
    try:
        i += 1
        if i == 3:
            raise StopIteration
    except StopIteration:
        break
print(i)
def first_positive(items):
    for x in items:
        try:
            if x > 0:
                return x
        except TypeError:
            continue
    return None
print(first_positive(["a", None, -1, 4, 5]), first_positive([]))
errors = 0
for d in [1, 0, 2, 0]:
    try:
        10 / d
    except ZeroDivisionError:
        errors += 1
print(errors)
