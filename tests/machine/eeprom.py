# Write and read a 24LC256 EEPROM: page-aware writes, ACK polling for the write cycle,
# sequential reads with 16-bit memory addresses.
from machine import I2C
import time


class EEPROM:
    def __init__(self, i2c, addr=0x50, page=64):
        self.i2c = i2c
        self.addr = addr
        self.page = page

    def wait_ready(self):
        # During its write cycle the chip does not acknowledge its address.
        for polls in range(50):
            try:
                self.i2c.writeto(self.addr, b"")
                return polls
            except OSError:
                time.sleep_ms(1)
        raise OSError("EEPROM stays busy")

    def write(self, mem, data):
        pos = 0
        while pos < len(data):
            n = min(self.page - (mem + pos) % self.page, len(data) - pos)
            self.i2c.writeto_mem(self.addr, mem + pos, data[pos : pos + n], addrsize=16)
            print("wrote", n, "bytes at", hex(mem + pos), "ready after", self.wait_ready(), "polls")
            pos += n

    def read(self, mem, n):
        return self.i2c.readfrom_mem(self.addr, mem, n, addrsize=16)


i2c = I2C(1)
rom = EEPROM(i2c)
print("erased:", rom.read(0x0038, 4))
rom.write(0x0038, b"Hello, EEPROM!")
print(rom.read(0x0038, 14))
# A write that crosses a page boundary without splitting wraps within the page.
i2c.writeto_mem(0x50, 0x007E, b"WXYZ", addrsize=16)
rom.wait_ready()
print(rom.read(0x007E, 2), rom.read(0x0040, 4))
print("at", time.ticks_ms(), "ms")
