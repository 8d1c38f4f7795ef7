# class-level data structures and methods calling each other
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        if self.is_empty():
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1]
    def is_empty(self):
        return not self._items
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return "Stack(%r)" % self._items
s = Stack().push(1).push(2).push(3)
print(s, len(s), s.peek(), s.pop(), s)
while not s.is_empty():
    print("popped", s.pop())
try:
    s.pop()
except IndexError as e:
    print("IndexError", e)
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def __iter__(self):
        n = self
        while n:
            yield n.v
            n = n.nxt
lst = Node(1, Node(2, Node(3)))
print(list(lst), sum(lst))
