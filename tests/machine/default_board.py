# Without --board: the default board (pins 0-39, the usual bus ids, nothing attached).
import machine
from machine import I2C, SPI, UART, Pin

print("scan:", I2C(0).scan(), I2C(1).scan())
try:
    I2C(0).writeto(0x3C, b"\x00")
except OSError as e:
    print("writeto 0x3c: OSError", e.errno)
try:
    I2C(1).readfrom(0x50, 2)
except OSError as e:
    print("readfrom 0x50: OSError", e.errno)
p = Pin(39, Pin.IN, Pin.PULL_DOWN)
print("pin 39:", p.value())
print("spi, nothing selected:", SPI(2).read(2))
u = UART(1, 9600)
print("uart wrote", u.write(b"hi"), "any", u.any())
print("reset cause is power-on:", machine.reset_cause() == machine.PWRON_RESET)
