# Module behaviour at the edges: random on empty input, namedtuple fields are read-only,
# BytesIO needs bytes, time.mktime returns a float.
import random
import io
import time
from collections import namedtuple


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: random.choices('', k=0))
t(lambda: random.choices([], k=2))
t(lambda: random.choice([]))
t(lambda: random.randrange(0))
t(lambda: len(random.choices([1, 2], k=5)))
P = namedtuple('P', 'x y')
p = P(1, 2)


def f():
    p.x = 5


t(f)
t(lambda: p)
t(lambda: io.BytesIO('x'))
t(lambda: io.BytesIO(b'ab').read())
t(lambda: type(time.mktime(time.localtime(1000))).__name__)
t(lambda: time.mktime(time.localtime(1000)))
