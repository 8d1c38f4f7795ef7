# Echo over a UART loopback: what is written comes back on the same UART.
from machine import UART

uart = UART(2, baudrate=115200, tx=17, rx=16, timeout=10)
print("any before:", uart.any())
print("wrote", uart.write(b"hello\n"))
print("any:", uart.any())
print(uart.readline())
uart.write("ping")
buf = bytearray(8)
n = uart.readinto(buf)
print(n, bytes(buf[:n]))
print("empty read:", uart.read())
