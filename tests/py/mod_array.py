from array import array
import array as arraymod
a = array("i", [1, 2, 3])
print(a, len(a), a[0], a[-1], a[1:], list(a), a.typecode, a.itemsize)
a.append(4)
a.extend([5, 6])
a.extend(array("i", [7]))
print(a, a.tolist(), 3 in a, a.index(3), a.count(1))
a[0] = 10
del a[1]
print(a, a.pop(), a.pop(0), a)
print(bytes(array("h", [1, -2])), bytearray(array("B", [1, 2, 255])), array("H", [1, 2]).tobytes())
b = array("b")
print(b, repr(b))
b.frombytes(b"\x01\xff")
print(b)
f = array("f", [1.5, 0.1])
print(f, array("d", [0.1, 2]))
print(array("q", [-2**63, 2**63 - 1]), array("Q", [2**64 - 1]), array("L", [2**64 - 1]))
print(array("i", b"\x01\x00\x00\x00\x02\x00\x00\x00"))
print(a + array("i", [9]), a * 2, 2 * a)
c = array("i", [1, 2])
c += array("i", [3])
print(c, c == array("i", [1, 2, 3]), c == [1, 2, 3], c < array("i", [1, 3]))
c[0:2] = array("i", [8, 9, 10])
print(c)
for x in c:
    print(x, end=" ")
print()
c.reverse()
print(c)
print("bBhHiIlLqQfd" == arraymod.typecodes.replace("u", ""))
errs = [lambda: array("z"), lambda: array("b", [200]), lambda: array("B", [-1]), lambda: array("h", [40000]),
        lambda: array("i", [1.5]), lambda: array("f", ["x"]), lambda: array("i", "abc"),
        lambda: array("i", b"\x01"), lambda: array("i") + array("f"), lambda: array("i", [1])[5],
        lambda: array("i").pop(), lambda: array("i", [1]).remove(3), lambda: array("i", [1]).index(3)]
for e in errs:
    try:
        e()
        print("no error")
    except Exception as ex:
        print(type(ex).__name__)
