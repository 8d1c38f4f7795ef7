# Driver for the TI TMP102 I2C temperature sensor, as one would write it for any
# MicroPython board: 16-bit registers behind a pointer byte, temperatures in
# left-justified two's complement at 0.0625 degC per count (12 bits, or 13 in
# extended mode, flagged by bit 0).
from micropython import const

_TEMP = const(0)
_CONFIG = const(1)
_T_LOW = const(2)
_T_HIGH = const(3)
_OS = const(0x8000)
_SD = const(0x0100)
_EM = const(0x0010)


class TMP102:
    def __init__(self, i2c, addr=0x48):
        self.i2c = i2c
        self.addr = addr
        self._buf = bytearray(2)
        # Fails with OSError(ENODEV) when nothing answers at addr.
        self._config = self._read(_CONFIG)

    def _read(self, reg):
        self.i2c.readfrom_mem_into(self.addr, reg, self._buf)
        return self._buf[0] << 8 | self._buf[1]

    def _write(self, reg, value):
        self._buf[0] = value >> 8
        self._buf[1] = value & 0xFF
        self.i2c.writeto_mem(self.addr, reg, self._buf)

    def _set_config(self, value):
        self._write(_CONFIG, value)
        self._config = value & ~_OS

    @staticmethod
    def to_celsius(raw):
        bits = 13 if raw & 1 else 12
        counts = raw >> (16 - bits)
        if counts & (1 << (bits - 1)):
            counts -= 1 << bits
        return counts * 0.0625

    @staticmethod
    def from_celsius(t):
        return (round(t / 0.0625) & 0xFFF) << 4

    def config(self):
        return self._read(_CONFIG)

    def temperature(self):
        return self.to_celsius(self._read(_TEMP))

    def extended(self, on):
        self._set_config(self._config | _EM if on else self._config & ~_EM)

    def shutdown(self, on=True):
        self._set_config(self._config | _SD if on else self._config & ~_SD)

    def one_shot(self):
        # In shutdown mode, OS=1 starts one conversion.
        self._write(_CONFIG, self._config | _OS)
        return self.temperature()

    def limits(self, low=None, high=None):
        if low is None and high is None:
            return (self.to_celsius(self._read(_T_LOW)), self.to_celsius(self._read(_T_HIGH)))
        if low is not None:
            self._write(_T_LOW, self.from_celsius(low))
        if high is not None:
            self._write(_T_HIGH, self.from_celsius(high))
