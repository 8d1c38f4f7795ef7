# MicroPython's deflate.DeflateIO: decompressing streams made by CPython's zlib
# (zlib, raw, gzip, auto-detected), read/readinto/readline, and compression round trips.
import deflate
import io

TEXT = b"The quick brown fox jumps over the lazy dog. " * 3
Z = b'x\x9c\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x84\xd0L1\x00\xf9<0v'
RAW = b'\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x84\xd0L1\x00'
GZ = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03K\xaf\xca,PHI,I\xe4J\xc7\xcb\x02\x00\x0c\x97(D(\x00\x00\x00'

print(deflate.AUTO, deflate.RAW, deflate.ZLIB, deflate.GZIP)
print(deflate.DeflateIO(io.BytesIO(Z)).read() == TEXT)
print(deflate.DeflateIO(io.BytesIO(Z), deflate.ZLIB).read() == TEXT)
print(deflate.DeflateIO(io.BytesIO(RAW), deflate.RAW).read() == TEXT)
print(deflate.DeflateIO(io.BytesIO(GZ), deflate.GZIP, 15).read())

f = deflate.DeflateIO(io.BytesIO(GZ))
print(f.readline(), f.read(4), f.readline(), f.read(1))
buf = bytearray(6)
print(f.readinto(buf), buf)
print(f.read(), f.read())
print(list(deflate.DeflateIO(io.BytesIO(GZ))))

# Compression: AUTO writes a raw stream; the result decompresses again.
data = b"".join(b"line %d\n" % i for i in range(200))
for fmt in (deflate.AUTO, deflate.RAW, deflate.ZLIB, deflate.GZIP):
    out = io.BytesIO()
    with deflate.DeflateIO(out, fmt) as d:
        print(d.write(data[:100]), d.write(data[100:]))
    c = out.getvalue()
    print(fmt, len(c) < len(data), deflate.DeflateIO(io.BytesIO(c), fmt or deflate.RAW).read() == data)

# close=True closes the underlying stream.
s = io.BytesIO(Z)
d = deflate.DeflateIO(s, deflate.ZLIB, 0, True)
d.read(3)
d.close()
print(s.closed)
try:
    d.read()
except OSError:
    print("closed: OSError")

for bad, fmt in ((b"garbage!", deflate.ZLIB), (Z[:10], deflate.ZLIB), (RAW, deflate.GZIP)):
    try:
        deflate.DeflateIO(io.BytesIO(bad), fmt).read()
        print("no error")
    except (OSError, EOFError) as e:
        print(type(e).__name__)
try:
    deflate.DeflateIO(io.BytesIO(Z), 7)
except ValueError:
    print("ValueError")
