# larger lists and algorithms on them
n = 5000
sq = [i * i for i in range(n)]
print(len(sq), sq[-1], sum(sq) % 1000003)
sq.reverse()
print(sq[:3])
sq.sort()
print(sq[:3], sq[-1])
import_lst = list(range(n, 0, -1))
import_lst.sort()
print(import_lst == list(range(1, n + 1)))
seed = 12345
rnd = []
for _ in range(2000):
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    rnd.append(seed % 1000)
s = sorted(rnd)
print(s[:5], s[-5:], len(set(rnd)) <= 1000)
print(sorted(rnd, key=lambda v: (-v % 7, v))[:6])
while len(rnd) > 10:
    rnd.pop()
print(rnd)
dels = list(range(20))
del dels[::3]
print(dels)
