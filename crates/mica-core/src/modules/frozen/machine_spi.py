# Frozen Python layer of `machine`: SPI and SoftSPI over the natives in
# `machine/spi.rs`. The chip select is an ordinary Pin driven by the program.


class SPI:
    CONTROLLER = 0
    MASTER = 0
    MSB = 0
    LSB = 1

    def __init__(self, id, baudrate=1000000, *, polarity=0, phase=0, bits=8, firstbit=0,
                 sck=None, mosi=None, miso=None, pins=None):
        self._bus = id
        self.init(baudrate, polarity=polarity, phase=phase, bits=bits, firstbit=firstbit,
                  sck=sck, mosi=mosi, miso=miso)

    def init(self, baudrate=1000000, *, polarity=0, phase=0, bits=8, firstbit=0,
             sck=None, mosi=None, miso=None, pins=None):
        _spi_init(self._bus, baudrate, polarity, phase, bits, firstbit,
                  _pin_opt(sck), _pin_opt(mosi), _pin_opt(miso))

    def deinit(self):
        _spi_deinit(self._bus)

    def read(self, nbytes, write=0x00):
        buf = bytearray(nbytes)
        _spi_xfer(self._bus, bytes((write,)) * nbytes, buf)
        return bytes(buf)

    def readinto(self, buf, write=0x00):
        _spi_xfer(self._bus, bytes((write,)) * len(buf), buf)

    def write(self, buf):
        _spi_xfer(self._bus, buf, None)

    def write_readinto(self, write_buf, read_buf):
        _spi_xfer(self._bus, write_buf, read_buf)

    def __repr__(self):
        return "SPI(%r)" % (self._bus,)


class SoftSPI(SPI):
    def __init__(self, baudrate=500000, *, polarity=0, phase=0, bits=8, firstbit=0,
                 sck=None, mosi=None, miso=None):
        self.init(baudrate, polarity=polarity, phase=phase, bits=bits, firstbit=firstbit,
                  sck=sck, mosi=mosi, miso=miso)

    def init(self, baudrate=500000, *, polarity=0, phase=0, bits=8, firstbit=0,
             sck=None, mosi=None, miso=None):
        self._bus = _soft_spi(baudrate, polarity, phase, bits, firstbit,
                              _pin_opt(sck), _pin_opt(mosi), _pin_opt(miso))

    def __repr__(self):
        return "SoftSPI(bus=%r)" % (self._bus,)
