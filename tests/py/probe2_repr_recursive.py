# repr of recursive structures
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {"k": 1}
d["self"] = d
print(d)
b = [a, d]
print(b)
l1 = []
l2 = [l1]
l1.append(l2)
print(l1, l2)
t = ([],)
t[0].append(t)
print(t)
dd = {}
dd[1] = [dd]
print(dd)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return "Node(%r)" % self.children
n = Node()
n.children.append(1)
print(n)
s = [1]
s.append([s, s])
print(s)
