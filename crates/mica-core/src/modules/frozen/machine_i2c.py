# Frozen Python layer of `machine`: I2C and SoftI2C over the natives in
# `machine/i2c.rs`. Memory transfers send the memory address big-endian in
# `addrsize` bits, then read or write in the same (repeated-start) transaction.


class I2C:
    def __init__(self, id=0, *, scl=None, sda=None, freq=400000, timeout=50000):
        self._bus = id
        self.init(scl, sda, freq=freq)

    def init(self, scl=None, sda=None, *, freq=400000, timeout=50000):
        _i2c_init(self._bus, freq, _pin_opt(scl), _pin_opt(sda))

    def deinit(self):
        pass

    def scan(self):
        return [a for a in range(0x08, 0x78) if _i2c_probe(self._bus, a)]

    def writeto(self, addr, buf, stop=True):
        return _i2c_write(self._bus, addr, buf, stop)

    def writevto(self, addr, vector, stop=True):
        data = bytearray()
        for b in vector:
            data.extend(b)
        return _i2c_write(self._bus, addr, data, stop)

    def readfrom(self, addr, nbytes, stop=True):
        buf = bytearray(nbytes)
        _i2c_readinto(self._bus, addr, buf, stop)
        return bytes(buf)

    def readfrom_into(self, addr, buf, stop=True):
        _i2c_readinto(self._bus, addr, buf, stop)

    def _memaddr(self, memaddr, addrsize):
        if addrsize <= 0 or addrsize > 32 or addrsize % 8:
            raise ValueError("invalid addrsize")
        n = addrsize // 8
        return bytes((memaddr >> (8 * (n - 1 - i))) & 0xFF for i in range(n))

    def readfrom_mem(self, addr, memaddr, nbytes, *, addrsize=8):
        _i2c_write(self._bus, addr, b"", False, self._memaddr(memaddr, addrsize))
        return self.readfrom(addr, nbytes)

    def readfrom_mem_into(self, addr, memaddr, buf, *, addrsize=8):
        _i2c_write(self._bus, addr, b"", False, self._memaddr(memaddr, addrsize))
        _i2c_readinto(self._bus, addr, buf, True)

    def writeto_mem(self, addr, memaddr, buf, *, addrsize=8):
        _i2c_write(self._bus, addr, buf, True, self._memaddr(memaddr, addrsize))

    # Primitive operations (bit-banged buses; hardware buses may not have them).
    def start(self):
        _i2c_start(self._bus)

    def stop(self):
        _i2c_stop(self._bus)

    def readinto(self, buf, nack=True):
        _i2c_read_bytes(self._bus, buf, nack)

    def write(self, buf):
        return _i2c_write_bytes(self._bus, buf)

    def __repr__(self):
        return "I2C(%r)" % (self._bus,)


class SoftI2C(I2C):
    def __init__(self, scl, sda, *, freq=400000, timeout=50000):
        self._bus = _soft_i2c(_pin_id(scl), _pin_id(sda), freq, timeout)

    def init(self, scl, sda, *, freq=400000, timeout=50000):
        self._bus = _soft_i2c(_pin_id(scl), _pin_id(sda), freq, timeout)

    def __repr__(self):
        return "SoftI2C(bus=%r)" % (self._bus,)
