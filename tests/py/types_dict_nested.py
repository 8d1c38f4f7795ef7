# nested dicts and dict-of-lists patterns
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
def depth(d):
    return 1 + max((depth(v) for v in d.values() if isinstance(v, dict)), default=0)
print(depth(tree))
matrix = {(r, c): r * c for r in range(3) for c in range(3)}
print(matrix[(2, 2)], sum(matrix.values()), len(matrix))
inv = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
