# Bad input gets the documented exception: an unknown pin ValueError, an address
# with no device OSError(ENODEV), a wrong buffer type TypeError, an unknown bus
# ValueError.
from machine import I2C, SPI, UART, Pin, PWM
import errno


def attempt(what, f):
    try:
        f()
        print(what, "-> no error")
    except Exception as e:
        print(what, "->", type(e).__name__, e.errno == errno.ENODEV if isinstance(e, OSError) else "")


i2c = I2C(0)
attempt("Pin(40)", lambda: Pin(40, Pin.OUT))
attempt("Pin(-1)", lambda: Pin(-1))
attempt("Pin('NOPE')", lambda: Pin("NOPE"))
attempt("writeto absent 0x49", lambda: i2c.writeto(0x49, b"\x00"))
attempt("readfrom absent 0x10", lambda: i2c.readfrom(0x10, 1))
attempt("writeto list", lambda: i2c.writeto(0x48, [1, 2]))
attempt("writeto int", lambda: i2c.writeto(0x48, 7))
attempt("SPI write list", lambda: SPI(1).write([1, 2]))
attempt("UART write None", lambda: UART(1).write(None))
attempt("readfrom_into bytes", lambda: i2c.readfrom_into(0x48, b"ro"))
attempt("readfrom_into int", lambda: i2c.readfrom_into(0x48, 5))
attempt("I2C(7)", lambda: I2C(7))
attempt("SPI(9)", lambda: SPI(9))
attempt("UART(5)", lambda: UART(5))
attempt("PWM freq 0", lambda: PWM(Pin(4), freq=0))
attempt("present 0x48", lambda: i2c.writeto(0x48, b"\x00"))
