import random
random.seed(42)
a = [random.random() for _ in range(5)]
random.seed(42)
b = [random.random() for _ in range(5)]
print(a == b, all(0 <= x < 1 for x in a))
random.seed("abc")
x = random.getrandbits(100)
random.seed("abc")
print(x == random.getrandbits(100), 0 <= x < 2**100, random.getrandbits(0))
for k in (1, 8, 32, 64, 65):
    print(all(0 <= random.getrandbits(k) < 2**k for _ in range(50)))
print(all(1 <= random.randint(1, 6) <= 6 for _ in range(200)), set(random.randint(1, 3) for _ in range(200)) == {1, 2, 3})
print(all(random.randrange(10) < 10 for _ in range(100)), all(random.randrange(5, 10, 2) in (5, 7, 9) for _ in range(100)))
print(all(random.randrange(10, 0, -3) in (10, 7, 4, 1) for _ in range(100)))
print(random.choice([7]), random.choice("z"), all(random.uniform(2, 3) >= 2 for _ in range(10)))
l = list(range(20))
random.shuffle(l)
print(sorted(l) == list(range(20)))
s = random.sample(range(100), 10)
print(len(s), len(set(s)), all(0 <= v < 100 for v in s))
print(sorted(random.sample([1, 2, 3], 3)))
r = random.Random(5)
r2 = random.Random(5)
print([r.randint(0, 100) for _ in range(5)] == [r2.randint(0, 100) for _ in range(5)])
print(random.randrange(2**70) < 2**70)
for f, args, exc in [(random.randrange, (0,), ValueError), (random.randrange, (5, 5), ValueError),
                     (random.randrange, (1, 5, 0), ValueError), (random.choice, ([],), IndexError),
                     (random.sample, ([1, 2], 3), ValueError), (random.getrandbits, (-1,), ValueError),
                     (random.randint, (5, 1), ValueError)]:
    try:
        f(*args)
        print("no error")
    except exc:
        print(exc.__name__)
c = random.choices(["a", "b"], weights=[0, 1], k=5)
print(c)
