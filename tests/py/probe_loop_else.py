for i in range(3):
    if i == 5:
        break
else:
    print("for else ran", i)
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print("broke at", i)
for i in []:
    pass
else:
    print("empty for else")
n = 0
while n < 3:
    n += 1
    if n == 2:
        continue
    print("while body", n)
else:
    print("while else", n)
while True:
    break
else:
    print("never")
def search(items, t):
    for idx, v in enumerate(items):
        if v == t:
            return idx
    else:
        return -1
print(search([5, 6], 6), search([5, 6], 7))
for i in range(2):
    for j in range(3):
        if j == 1:
            break
    else:
        print("inner else")
    print("outer", i, j)
count = 0
for i in range(5):
    try:
        if i % 2:
            continue
        count += 1
    finally:
        count += 10
else:
    print("count", count)
i = 0
while i < 10:
    i += 1
    if i < 8:
        continue
    break
print(i)
for x in range(3):
    pass
print(x)
