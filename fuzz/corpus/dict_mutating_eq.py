# issue 16: __eq__ mutating the dict being looked up
d = {}
class K:
    def __init__(s, h): s.h = h
    def __hash__(s): return s.h
    def __eq__(s, o):
        d.pop(next(iter(d)))
        return True
for i in range(5):
    d[K(0)] = i
print(len(d))
