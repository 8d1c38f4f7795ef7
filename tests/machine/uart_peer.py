# An exchange with a scripted peer over UART 1, as with an AT-command modem. The
# second reply is collected by an RX IRQ handler.
from machine import UART
import time

uart = UART(1, 9600, timeout=100, timeout_char=20)
print("banner:", uart.readline(), "at", time.ticks_ms(), "ms")


def command(cmd):
    uart.write(cmd + "\r\n")
    t0 = time.ticks_ms()
    reply = uart.readline()
    return reply, time.ticks_diff(time.ticks_ms(), t0)


print("AT ->", command("AT"))
lines = []
uart.irq(lambda u: lines.append(u.read()), UART.IRQ_RXIDLE)
uart.write(b"AT+VER?\r\n")
time.sleep_ms(50)
print("irq got:", lines)
print("nothing more:", uart.any())
