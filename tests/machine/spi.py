# Talk to an SPI register device (command byte: bit 7 = read, then the register) with
# an ordinary pin as chip select, and to a loopback.
from machine import SPI, SoftSPI, Pin

cs = Pin(5, Pin.OUT, value=1)
spi = SPI(1, baudrate=1000000, polarity=0, phase=0)


def read_regs(reg, n):
    cs(0)
    try:
        spi.write(bytes([0x80 | reg]))
        return spi.read(n)
    finally:
        cs(1)


def write_regs(reg, data):
    cs(0)
    try:
        spi.write(bytes([reg]) + data)
    finally:
        cs(1)


print("WHO_AM_I: 0x%02x" % read_regs(0x0F, 1)[0])
print("0x0f..0x10:", read_regs(0x0F, 2))
write_regs(0x20, b"\x11\x22\x33")
print("0x20..0x22:", read_regs(0x20, 3))
write_regs(0x0F, b"\x00")
print("WHO_AM_I is read-only: 0x%02x" % read_regs(0x0F, 1)[0])
print("deselected:", spi.read(2, 0x8F))
buf = bytearray(4)
cs(0)
spi.write_readinto(b"\xa0\x00\x00\x00", buf)
cs(1)
print("one transaction:", bytes(buf))
loop = SPI(2)
out = bytearray(3)
loop.write_readinto(b"abc", out)
print("loopback:", bytes(out))
# SoftSPI on SPI 1's pins (sck 14, mosi 13, miso 12) reaches the same device.
soft = SoftSPI(baudrate=100000, sck=Pin(14), mosi=Pin(13), miso=Pin(12))
cs(0)
soft.write(b"\x8f")
print("SoftSPI WHO_AM_I: 0x%02x" % soft.read(1)[0])
cs(1)
