# Debounce a button through an IRQ: the first falling edge disables the IRQ and starts
# a 20 ms one-shot timer; when it fires, a press counts only if the button is still
# down. Bounces on press and release are therefore never counted.
from machine import Pin, Timer
import time

presses = 0
button = Pin("BUTTON", Pin.IN, Pin.PULL_UP)
debounce = Timer(-1)


def settled(t):
    global presses
    if button.value() == 0:
        presses += 1
        print("press", presses, "at", time.ticks_ms(), "ms")
    else:
        print("bounce ignored at", time.ticks_ms(), "ms")
    button.irq(on_edge, Pin.IRQ_FALLING)


def on_edge(pin):
    pin.irq(None)
    debounce.init(mode=Timer.ONE_SHOT, period=20, callback=settled)


print("released:", button.value())
button.irq(on_edge, Pin.IRQ_FALLING)
time.sleep_ms(1000)
print("presses:", presses)
