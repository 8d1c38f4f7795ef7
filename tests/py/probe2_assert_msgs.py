# assert with complex messages
def check(v):
    try:
        assert v > 0, "value %d must be positive (got %r)" % (v, v)
        return "ok"
    except AssertionError as e:
        return "AssertionError: " + str(e)
print(check(1), check(-2))
try:
    assert False, ["list", "msg", 1]
except AssertionError as e:
    print(e.args, type(e.args[0]).__name__)
try:
    assert 0
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], f"empty {'list'!r}"
except AssertionError as e:
    print(e)
calls = []
def msg():
    calls.append(1)
    return "lazy"
assert True, msg()
print(calls)
try:
    assert None, msg()
except AssertionError as e:
    print(e, calls)
try:
    assert 1 == 2, {"k": (1, 2)}
except AssertionError as e:
    print(e.args[0]["k"])
try:
    assert (1 == 1) and not "x", None
except AssertionError as e:
    print(repr(e), e.args)
class E(Exception):
    pass
try:
    assert False, E("inner")
except AssertionError as e:
    print(type(e.args[0]).__name__, e)
