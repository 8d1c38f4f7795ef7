# list.append / list.pop as method calls (the VM runs them directly on exact lists):
# results, errors, subclasses that override them, and other receivers.
l = []
print(l.append(1), l.append("x"), l)
print(l.pop(), l.pop(), l)
try:
    l.pop()
except IndexError as e:
    print("IndexError", e)
l = [1, 2, 3]
print(l.pop(0), l.pop(-1), l)
try:
    l.pop(5)
except IndexError as e:
    print("IndexError", e)


class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x * 2)

    def pop(self):
        v = super().pop()
        print("pop", v)
        return v


s = Logged()
s.append(3)
s.append(4)
print(s, s.pop(), s)


class Plain(list):
    pass


p = Plain([1])
p.append(2)
print(p, p.pop(), type(p).__name__)


class Stack:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x)
        return len(self.items)

    def pop(self):
        return self.items.pop() if self.items else None


st = Stack()
print(st.append(5), st.append(6), st.pop(), st.pop(), st.pop())

# bound methods taken off the list and called later
a = []
push = a.append
pop = a.pop
for i in range(5):
    push(i * i)
print(a, pop(), pop(), a)

# the list grows past its capacity many times
big = []
for i in range(1000):
    big.append(i)
total = 0
while big:
    total += big.pop()
print(total, big)
try:
    [].append()
except TypeError as e:
    print("TypeError")
try:
    [].append(1, 2)
except TypeError as e:
    print("TypeError")
d = {"k": []}
d["k"].append(1)
print(d)
