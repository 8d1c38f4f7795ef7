# bytearray mutation
ba = bytearray(b"hello")
ba[0] = 72
print(ba, len(ba))
ba.append(33)
ba.extend(b"??")
ba.extend([65, 66])
print(ba)
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("?"))
print(ba)
ba.reverse()
print(ba)
del ba[0]
del ba[1:3]
print(ba)
ba[1:2] = b"XYZ"
print(ba)
ba += b"++"
print(ba, ba * 2)
print(bytearray(3), bytearray([1, 2]), bytearray(b"x") == b"x", bytes(ba) == ba)
c = ba.copy()
c.clear()
print(c, ba.count(b"+"), ba.find(b"Z"), ba.index(b"X"))
for bad in [lambda: ba.__setitem__(0, 256), lambda: ba.append(-1), lambda: ba.remove(200)]:
    try:
        bad()
    except ValueError:
        print("ValueError")
try:
    bytearray().pop()
except IndexError:
    print("IndexError")
print(ba.upper(), ba.decode(), type(ba[0:2]).__name__, ba[0])
print(bytearray(b"abc") < bytearray(b"abd"), bytearray(b"ab") + b"cd", b"cd" + bytearray(b"ab"))
print(list(bytearray(b"\x00\xff")), bytearray.fromhex("ff00"), bytearray(b"ab").hex())
