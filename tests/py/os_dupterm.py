# os.dupterm (MicroPython): a stream that gets a copy of console output and can feed input.
import io
import os
import sys

if not hasattr(os, "dupterm"):
    raise SystemExit


class Term(io.IOBase):
    def __init__(self, data=b""):
        self.out = bytearray()
        self.data = bytearray(data)

    def write(self, buf):
        self.out += buf
        return len(buf)

    def readinto(self, buf):
        if not self.data:
            return None
        n = min(len(buf), len(self.data))
        buf[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


t = Term(b"typed line\nsecond\n")
print(os.dupterm(t))
print("hello", 42)
sys.stdout.write("direct\n")
line = input("prompt> ")
print("got", repr(line))
print("got", repr(sys.stdin.readline()))
prev = os.dupterm(None)
print("detached", prev is t, os.dupterm(None))
print(bytes(t.out))

# index argument: slot 1 is separate from slot 0
t1 = Term()
print(os.dupterm(t1, 1))
print("one")
print(os.dupterm(None, 1) is t1, bytes(t1.out))


class Bad(io.IOBase):
    def write(self, buf):
        raise OSError(5)

    def close(self):
        print("closed")


os.dupterm(Bad())
print("to bad")
print("slot now", os.dupterm(None))
for idx in (-1, 5):
    try:
        os.dupterm(None, idx)
    except ValueError as e:
        print("ValueError", e)

# sys.stdin.read(n) takes bytes from the stream too
t2 = Term(b"xyz")
os.dupterm(t2)
got = sys.stdin.read(2)
os.dupterm(None)
print("read", repr(got), bytes(t2.data))
