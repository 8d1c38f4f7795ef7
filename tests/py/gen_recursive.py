# recursive generators
def tree_walk(node, depth=0):
    name, children = node
    yield "  " * depth + name
    for c in children:
        yield from tree_walk(c, depth + 1)
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
for line in tree_walk(tree):
    print(line)
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for p in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + p
print(list(permutations([1, 2, 3])))
def subsets(s):
    if not s:
        yield []
        return
    for rest in subsets(s[1:]):
        yield rest
        yield [s[0]] + rest
print(sorted(subsets([1, 2, 3])))
def countdown(n):
    if n < 0:
        return
    yield n
    yield from countdown(n - 1)
print(list(countdown(5)))
