# deque iteration: forwards and reversed, and changing its size while iterating.
from collections import deque

d = deque([1, 2, 3], 5)
print(list(d), list(reversed(d)), [x * 2 for x in d], sum(d), max(d))
it = iter(d)
print(next(it), next(it))
d[0] = 10
print(next(it), list(it), list(d))
for x in d:
    d[1] = x
print(list(d))
d.extend(d)
print(list(d), d.maxlen)

for what in ("append", "popleft", "appendleft", "clear"):
    d = deque([1, 2, 3])
    seen = []
    try:
        for x in d:
            seen.append(x)
            if what == "append":
                d.append(0)
            elif what == "popleft":
                d.popleft()
            elif what == "appendleft":
                d.appendleft(0)
            else:
                d.clear()
    except RuntimeError as e:
        print(what, "RuntimeError", e, seen)
d = deque([1, 2, 3])
try:
    for x in reversed(d):
        d.pop()
except RuntimeError as e:
    print("reversed RuntimeError", e)
d = deque("abc")
try:
    for i, x in enumerate(d):
        if i == 2:
            d.append("z")
        print(i, x)
except RuntimeError:
    print("RuntimeError after", list(d))
