# exception objects: __traceback__ presence, with_traceback, args mutation
try:
    raise ValueError("x")
except ValueError as e:
    print(e.__traceback__ is not None)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__ is None)
e = KeyError("a")
print(e.__traceback__)
def make():
    return IndexError("made")
exc = make()
try:
    raise exc
except IndexError as caught:
    print(caught is exc, caught)
class Payload(Exception):
    def __init__(self, data):
        super().__init__(data)
        self.data = data
try:
    raise Payload({"k": [1, 2]})
except Payload as p:
    print(p.data, p.args[0] is p.data)
