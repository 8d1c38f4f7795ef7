# mutable defaults, default expressions, None-sentinel pattern
def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(safe_append(1), safe_append(2))
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def with_id(obj, ident=next_id()):
    return obj, ident
print(with_id("a"), with_id("b"), counter)
def dict_default(k, v, d={}):
    d[k] = v
    return d
dict_default("x", 1)
print(dict_default("y", 2))
print(append_to.__defaults__)
