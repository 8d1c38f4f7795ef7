# A watchdog reset: the first run feeds the watchdog for a while, then "hangs" and is
# reset; the rerun sees machine.WDT_RESET and finishes normally.
import machine
from machine import Pin, WDT
import time

led = Pin("LED", Pin.OUT, value=1)
cause = machine.reset_cause()
print("reset cause:", {machine.PWRON_RESET: "power-on", machine.WDT_RESET: "watchdog"}.get(cause, cause))
if cause == machine.WDT_RESET:
    print("recovered at", time.ticks_ms(), "ms")
    led.off()
else:
    wdt = WDT(timeout=500)
    for i in range(3):
        time.sleep_ms(300)
        wdt.feed()
    print("fed 3 times; now stuck at", time.ticks_ms(), "ms")
    try:
        while True:
            time.sleep_ms(100)
    finally:
        print("not reached: a reset runs no finally blocks")
