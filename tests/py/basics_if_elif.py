# if / elif / else
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(v) for v in (-5, 0, 3, 42, 1000)])
x = []
if x:
    print("nonempty")
elif x is not None:
    print("empty list")
if not x and len(x) == 0:
    print("both")
if 0:
    pass
elif "":
    pass
else:
    print("fell to else")
y = 5
if y > 3:
    if y > 4:
        print("nested true")
    else:
        print("nested false")
if (z := y * 2) > 8:
    print("walrus in if", z)
