# for/while with else, break and continue
for i in range(3):
    print("i", i)
else:
    print("for else ran")
for i in range(5):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("not printed")
print("n", n)
out = []
for i in range(10):
    if i % 3 == 0:
        continue
    if i > 7:
        break
    out.append(i)
print(out)
for x in []:
    print("never")
else:
    print("empty else")
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print(i, j)
    else:
        print("inner else")
k = 10
for k in range(2):
    pass
print("k", k)
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    print("even", i)
