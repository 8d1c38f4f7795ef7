import json, re, struct, collections, heapq, functools, itertools
print(json.dumps({"a": [1, 2.5, None, True], "b": {"c": "x"}}, sort_keys=True), json.loads('{"k": [1, {"z": null}]}'))
print(re.findall(r"\d+", "a1b22c333"), re.sub(r"(\w)(\d)", r"\2\1", "a1 b2"), re.match(r"(?P<w>\w+)@", "me@x").group("w"))
print(re.split(r"[,;]\s*", "a, b;c"), bool(re.search("^x", "yx", re.M)), re.compile("a+", re.I).fullmatch("AaA") is not None)
print(struct.pack("<hIf", -2, 7, 1.5), struct.unpack(">HH", b"\x00\x01\x00\x02"), struct.calcsize("<iqd"))
c = collections.Counter("abracadabra") if hasattr(collections, "Counter") else None
print(collections.OrderedDict(a=1, b=2), collections.deque([1, 2, 3], 5), collections.namedtuple("P", "x y")(1, 2))
h = [5, 1, 4]; heapq.heapify(h); heapq.heappush(h, 0); print(heapq.heappop(h), h)
print(functools.reduce(lambda a, b: a * b, range(1, 6)), list(itertools.islice(itertools.count(3), 4)))
print(list(itertools.permutations("abc", 2))[:3], list(itertools.product([0, 1], repeat=2)), list(itertools.chain("ab", [1])))
