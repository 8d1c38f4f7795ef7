# A binary protocol parser of the kind used on serial links: framed packets with a
# header, typed payloads and a checksum, decoded from a byte stream that arrives in chunks.
import struct
import binascii

MAGIC = 0xA55A
HEADER = "<HBBH"          # magic, type, sequence, payload length
HEADER_SIZE = struct.calcsize(HEADER)
TYPES = {1: "<hhh", 2: "<f", 3: "<I8s"}   # accel xyz, temperature, id + name


def checksum(data):
    return binascii.crc32(data) & 0xFFFF


def encode(ptype, seq, *fields):
    payload = struct.pack(TYPES[ptype], *fields)
    body = struct.pack(HEADER, MAGIC, ptype, seq, len(payload)) + payload
    return body + struct.pack("<H", checksum(body))


class Decoder:
    def __init__(self):
        self.buf = bytearray()
        self.errors = 0

    def feed(self, chunk):
        self.buf.extend(chunk)
        out = []
        while True:
            start = self.buf.find(b"\x5a\xa5")
            if start < 0:
                self.buf = self.buf[-1:]
                return out
            if start:
                del self.buf[:start]
            if len(self.buf) < HEADER_SIZE:
                return out
            magic, ptype, seq, length = struct.unpack_from(HEADER, self.buf)
            total = HEADER_SIZE + length + 2
            if len(self.buf) < total:
                return out
            body = bytes(self.buf[:HEADER_SIZE + length])
            (crc,) = struct.unpack_from("<H", self.buf, HEADER_SIZE + length)
            del self.buf[:total]
            if crc != checksum(body) or ptype not in TYPES:
                self.errors += 1
                continue
            fields = struct.unpack_from(TYPES[ptype], body, HEADER_SIZE)
            out.append((seq, ptype, fields))


stream = b"".join([
    encode(1, 1, 100, -200, 300),
    b"\x00\x13garbage",
    encode(2, 2, 21.5),
    encode(3, 3, 0xDEADBEEF, b"node-7"),
])
corrupt = bytearray(encode(1, 4, 1, 2, 3))
corrupt[7] ^= 0xFF
stream += bytes(corrupt) + encode(2, 5, -3.25)

dec = Decoder()
packets = []
for i in range(0, len(stream), 5):
    packets.extend(dec.feed(stream[i:i + 5]))
for seq, ptype, fields in packets:
    if ptype == 3:
        fields = (hex(fields[0]), fields[1].rstrip(b"\x00"))
    print(seq, ptype, fields)
print("errors", dec.errors, "left", len(dec.buf))

try:
    struct.unpack("<I", b"\x01\x02")
except struct.error as e:
    print("struct.error", e)
try:
    struct.pack("<B", 300)
except struct.error as e:
    print("struct.error", e)
