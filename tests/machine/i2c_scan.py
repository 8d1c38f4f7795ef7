# Scan the buses, then read the sensor with SoftI2C's primitive operations (START,
# address byte, ACK, data, STOP), as a hand-written bit-bang protocol would.
from machine import I2C, SoftI2C, Pin

print("I2C(0):", [hex(a) for a in I2C(0).scan()])
print("I2C(1):", I2C(1).scan())
bus = SoftI2C(scl=Pin(22), sda=Pin(21), freq=100000)
print("SoftI2C on the same pins:", [hex(a) for a in bus.scan()])
bus.start()
acks = bus.write(bytes([0x48 << 1, 0x00]))  # address+W, pointer = temperature
bus.start()  # repeated start
acks += bus.write(bytes([0x48 << 1 | 1]))  # address+R
buf = bytearray(2)
bus.readinto(buf)  # ACK the first byte, NACK the last
bus.stop()
raw = (buf[0] << 8 | buf[1]) >> 4
if raw & 0x800:
    raw -= 0x1000
print("acks:", acks, "raw:", bytes(buf), "temperature:", raw * 0.0625)
bus.start()
print("absent address acked:", bus.write(bytes([0x33 << 1])))
bus.stop()
other = SoftI2C(scl=Pin(4), sda=Pin(5))
print("SoftI2C on other pins:", other.scan())
