# KeyError/IndexError variants and repr of args
for key in ["s", 1, (1, 2), None, 1.5, ""]:
    try:
        {}[key]
    except KeyError as e:
        print(repr(e), str(e), e.args)
for idx in [5, -5]:
    try:
        [1, 2][idx]
    except IndexError as e:
        print("IndexError", e)
try:
    "ab"[3]
except IndexError as e:
    print("IndexError", e)
try:
    (1,)[1]
except IndexError as e:
    print("IndexError", e)
try:
    range(3)[3]
except IndexError as e:
    print("IndexError", e)
try:
    {"a": 1}.pop("b")
except KeyError as e:
    print("KeyError", e)
try:
    set().remove(1)
except KeyError as e:
    print("KeyError", e)
