# micropython.mem_total/mem_current/mem_peak: heap bytes allocated in all, in use now,
# and the most in use at once. Checked by their relations, not their values.
import micropython

t0, c0, p0 = micropython.mem_total(), micropython.mem_current(), micropython.mem_peak()
print(type(t0), type(c0), type(p0))
print(t0 >= c0 > 0, p0 >= c0)
a = bytearray(20000)
t1, c1, p1 = micropython.mem_total(), micropython.mem_current(), micropython.mem_peak()
print(t1 - t0 >= 20000, c1 - c0 >= 20000, p1 >= c1, p1 - p0 >= 20000 - (p0 - c0))
del a
b = [bytes(100) for i in range(50)]
t2 = micropython.mem_total()
print(t2 - t1 >= 5000, micropython.mem_peak() >= p1, micropython.mem_peak() >= micropython.mem_current())
for f in (micropython.mem_total, micropython.mem_current, micropython.mem_peak):
    print(f() >= 0)
