# json module
import json
print(json.dumps({"a": [1, 2.5, None, True, False], "s": "x\"y"}))
print(json.dumps([]), json.dumps("é"), json.dumps(1e20), json.dumps("tab\t"))
print(json.loads('{"x": [1, "y", null, true, 1.5, {"n": -3}]}'))
print(json.loads("[]"), json.loads('"\\u00e9"'), json.loads("  42 "))
try:
    json.loads("{bad")
except ValueError:
    print("ValueError")
print(json.loads(json.dumps({"round": [1, [2, [3]]]})))
