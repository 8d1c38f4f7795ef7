try:
    assert 1 == 2, "mismatch %d" % 3
except AssertionError as e:
    print("AssertionError", e, e.args)
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print(e.args)
assert True, never_evaluated
def f(x):
    assert x > 0, f"bad {x}"
    return x
print(f(1))
try:
    f(-1)
except AssertionError as e:
    print(e)
class Weird(Exception):
    pass
try:
    raise Weird() from Weird("cause")
except Weird as w:
    print(w.__cause__.args)
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError", e)
try:
    raise int
except TypeError as e:
    print("TypeError", e)
class NotExc:
    pass
try:
    try:
        raise ValueError
    except NotExc:
        pass
except TypeError as e:
    print("TypeError", e)
