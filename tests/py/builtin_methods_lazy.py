# Built-in types' methods are looked up by name in a table and made into function
# objects on first use: every way of reaching them must agree.
names = ['append', 'extend', 'pop', 'sort', 'index', 'count', 'copy', 'clear']
for n in names:
    print(n, n in dir(list), n in list.__dict__, hasattr(list, n), hasattr([], n))

# The same object every time, whichever way it was reached first.
print(list.__dict__['append'] is list.append, dict.get is dict.__dict__['get'])
print(str.upper is getattr(str, 'upper'), vars(str)['lower'] is str.lower)

# dir() of a type, an instance and a subclass lists the table's names.
print(sorted(n for n in dir(dict) if not n.startswith('_')))
print(sorted(n for n in dir({}) if not n.startswith('_')) == sorted(n for n in dir(dict) if not n.startswith('_')))
print(sorted(n for n in vars(set) if not n.startswith('_')))

class L(list):
    def append(self, x):
        super().append(x * 10)
        list.append(self, -x)

l = L([1])
l.append(2)
l.extend([3])
print(l, isinstance(l, list), type(l).__name__, L.__mro__[1].__name__)
print(sorted(n for n in dir(L) if not n.startswith('_')) == sorted(n for n in dir(list) if not n.startswith('_')))

# Class and static methods keep their binding.
print(int.from_bytes(b'\x01\x02', 'big'), dict.fromkeys('ab', 0), bytes.fromhex('4142'))
class D(dict):
    pass
print(type(D.fromkeys('x')).__name__, D.fromkeys('xy', 1))
print(str.maketrans('ab', 'cd'), 'abc'.translate(str.maketrans('ab', 'cd')))

# Unbound calls through the type.
print(str.join('-', ['a', 'b']), list.__len__([1, 2]), int.__add__(2, 3), float.__neg__(1.5))

# Built-in types stay immutable.
for t, n in ((list, 'append'), (str, 'shiny'), (int, 'bit_length')):
    try:
        setattr(t, n, None)
    except TypeError:
        print('TypeError', t.__name__, n)
try:
    del list.append
except TypeError:
    print('TypeError del')

# __init_subclass__ of object refuses keywords.
try:
    class K(key=1):
        pass
except TypeError:
    print('TypeError init_subclass')

# A user class can have methods of the same names.
class M:
    def append(self):
        return 'mine'
    def __repr__(self):
        return 'M()'
print(M().append(), repr(M()), str(M()))
print(object.__repr__(M()).startswith('<'), object.__eq__(1, 1), object.__eq__(1, 2))

# Exceptions and their methods.
e = ValueError('x', 2)
print(e.args, BaseException.with_traceback(e, None) is e, 'with_traceback' in dir(e))
