# builtins consuming iterables: list/tuple/set/dict/sorted/sum/min/max/any/all/join/zip
def gen(n):
    for i in range(n):
        yield i
print(list(gen(3)), tuple(gen(3)), sorted(set(gen(3))), dict(zip(gen(3), gen(3))))
print(sum(gen(5)), min(gen(5)), max(gen(5)), any(gen(2)), all(gen(2)), sorted(gen(4), reverse=True))
print("".join(str(i) for i in gen(4)), list(map(str, gen(3))), list(filter(None, gen(4))))
print(list(enumerate(gen(2))), list(zip(gen(2), "ab")), list(reversed(list(gen(3)))))
it = gen(5)
print(list(zip(it, it)))
a, b, *c = gen(5)
print(a, b, c)
print(dict.fromkeys(gen(2)), bytes(gen(3)), bytearray(gen(2)), frozenset(gen(0)))
print(3 in gen(5), 7 in gen(5))
x = [*gen(2), *gen(2)]
print(x)
