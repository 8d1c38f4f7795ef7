# Blink the LED three times at 2 Hz.
from machine import Pin
import time

led = Pin("LED", Pin.OUT, value=0)
for i in range(3):
    led.on()
    time.sleep_ms(250)
    led.off()
    time.sleep_ms(250)
print("blinked", i + 1, "times in", time.ticks_ms(), "ms")
led.toggle()
print("led", led.value())
