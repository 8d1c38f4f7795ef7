import select, sys, io
p = select.poll()
s = io.StringIO("x")
p.register(s, select.POLLIN)
print(p.poll(0) == [(s, select.POLLIN)])
p.modify(s, select.POLLOUT)
print(p.poll(0) == [(s, select.POLLOUT)])
p.unregister(s)
print(p.poll(0))
try:
    p.unregister(s)
except KeyError:
    print("KeyError")
print(select.select([s], [], [], 0) == ([s], [], []))
print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)
