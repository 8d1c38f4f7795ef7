# select.poll on user streams: MicroPython asks ioctl(3 = MP_STREAM_POLL, mask) for the
# ready events; ipoll(timeout, 1) is one-shot until modify() re-arms the object.
import io
import select

if not hasattr(select.poll(), "ipoll"):
    raise SystemExit


class Dev(io.IOBase):
    def __init__(self, name, ready):
        self.name = name
        self.ready = ready
        self.asked = []

    def ioctl(self, req, arg):
        self.asked.append((req, arg))
        if req == 3:
            return self.ready & arg | (self.ready & select.POLLHUP)
        return 0

    def __repr__(self):
        return "Dev(%s)" % self.name


a = Dev("a", select.POLLIN)
b = Dev("b", select.POLLOUT)
c = Dev("c", 0)
p = select.poll()
p.register(a, select.POLLIN)
p.register(b, select.POLLIN | select.POLLOUT)
p.register(c)
print(sorted(p.poll(0), key=repr))
print(a.asked, b.asked)
c.ready = select.POLLHUP
print(sorted(p.poll(0), key=repr))
c.ready = 0

p.modify(b, select.POLLIN)
print(p.poll(0))
print([(o, e) for o, e in p.ipoll(0, 1)])
print([(o, e) for o, e in p.ipoll(0, 1)])
p.modify(a, select.POLLIN)
print([(o, e) for o, e in p.ipoll(0)])
p.unregister(a)
print(p.poll(0))

# Becomes ready while poll waits (a timer would do this on a board).
class Later(io.IOBase):
    def __init__(self):
        self.n = 0

    def ioctl(self, req, arg):
        self.n += 1
        return arg & select.POLLIN if self.n >= 3 else 0


l = Later()
q = select.poll()
q.register(l, select.POLLIN)
r = q.poll(1000)
print(len(r), r[0][0] is l, r[0][1], l.n)
