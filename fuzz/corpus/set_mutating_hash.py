s = set(range(5))
class K:
    def __hash__(self):
        s.discard(1)
        return 0
    def __eq__(self, o):
        s.clear()
        return True
for i in range(5):
    s.add(K())
print(len(s), K() in s)
t = {K(), 1, 2}
print(len(t - s), len(t ^ s), t <= s)
