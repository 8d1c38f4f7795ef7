import json
print(json.dumps({"b": [1, {"c": None}], "a": 1.5}, indent=2, sort_keys=True))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("\U0001f600\x7f"), json.dumps("é", ensure_ascii=False))
print(json.dumps({1: 2, True: 3, None: 4, 2.5: 1}))
for bad in ['{"a" 1}', '[1,]', '{"a":1,}', '"abc', '[1 2]', '1 2', '"\\x"', '', '{1:2}', '"a\nb"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos, isinstance(e, ValueError))
for bad in [{1, 2}, {(1,): 2}, float("nan")]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
print(json.loads('[1e5, -0, 0.5, -1.5E-2, "\\ud83d\\ude00", NaN, Infinity]'))
print(json.loads(b'{"k": {"x": []}}', object_hook=lambda d: sorted(d)))
print(json.dumps([[]], indent=0), json.dumps({}, indent=4))
print(json.dumps({"a": set()}, default=list))
