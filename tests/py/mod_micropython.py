import micropython
from micropython import const
X = const(5)
print(X, micropython.const("s"))
print(micropython.opt_level())
micropython.opt_level(1)
print(micropython.opt_level())
micropython.opt_level(0)
print(isinstance(micropython.stack_use(), int))
micropython.alloc_emergency_exception_buf(100)
micropython.kbd_intr(3)
micropython.heap_lock()
try:
    x = [1, 2, 3]
    print("allocated!")
except MemoryError:
    pass
print(micropython.heap_unlock())
print("after lock", [1, 2])
micropython.heap_lock()
micropython.heap_lock()
print(micropython.heap_unlock(), micropython.heap_unlock())
res = []
def cb(arg):
    res.append(arg)
micropython.schedule(cb, 1)
micropython.schedule(cb, 2)
for i in range(3):
    pass
print(res)
def cb2(arg):
    res.append(("nested", arg))
    micropython.schedule(cb, 99)
res.clear()
micropython.schedule(cb2, 0)
i = 0
while i < 5:
    i += 1
print(res)
try:
    for i in range(20):
        micropython.schedule(cb, i)
except RuntimeError as e:
    print("RuntimeError", e)
x = 0
print(len(res) > 2)
def cb3(arg):
    try:
        for i in range(20):
            micropython.schedule(cb, i)
    except RuntimeError as e:
        print("RuntimeError", e)
micropython.schedule(cb3, 0)
x = 1
x = 2
def boom(arg):
    raise ValueError("from callback")
try:
    micropython.schedule(boom, 0)
    x = 3
    x = 4
except ValueError as e:
    print("caught", e)
