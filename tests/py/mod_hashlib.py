import hashlib
for name in ["sha256", "sha1", "md5", "sha224", "sha384", "sha512"]:
    h = getattr(hashlib, name)()
    h.update(b"hello ")
    h.update(bytearray(b"world"))
    c = h.copy()
    c.update(b"!")
    print(name, h.hexdigest(), h.digest()[:4], c.hexdigest()[:16], h.digest_size, h.block_size, h.name)
print(hashlib.sha256(b"abc").hexdigest())
print(hashlib.md5(b"").hexdigest(), hashlib.sha1(b"abc").digest())
print(hashlib.new("sha256", b"abc").hexdigest() == hashlib.sha256(b"abc").hexdigest(), hashlib.new("MD5").name)
for bad in [lambda: hashlib.sha256("str"), lambda: hashlib.new("nope"), lambda: hashlib.md5().update(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
