# loop variables persist after loops; nested loop interactions
for i in range(3):
    pass
print(i)
for j in []:
    pass
try:
    j
except NameError:
    print("j unbound")
k = "before"
for k in "xy":
    pass
print(k)
result = []
for a in range(3):
    for b in range(a, 3):
        result.append((a, b))
print(result, a, b)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
print(lst)
d = {"a": 1}
for key in list(d):
    d[key + key] = 2
print(sorted(d))
for idx, item in enumerate(["p", "q"]):
    pass
print(idx, item)
for (p, q), r in [((1, 2), 3)]:
    print(p, q, r)
total = 0
for n in range(1, 6):
    total += n
else:
    total *= 10
print(total)
