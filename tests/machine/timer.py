# A periodic timer toggling the LED every 100 ms, a one-shot timer at 250 ms, and a
# timer given by frequency; the sleeps wake for each deadline in virtual time.
from machine import Pin, Timer
import time

led = Pin("LED", Pin.OUT, value=0)
ticks = []


def tick(t):
    ticks.append(time.ticks_ms())
    led.toggle()


periodic = Timer(-1)
periodic.init(mode=Timer.PERIODIC, period=100, callback=tick)
fired = []
once = Timer(-1, mode=Timer.ONE_SHOT, period=250, callback=lambda t: fired.append(time.ticks_ms()))
time.sleep_ms(550)
periodic.deinit()
time.sleep_ms(300)
print("periodic:", ticks)
print("one-shot:", fired)
print("led:", led.value())
count = 0


def count_it(t):
    global count
    count += 1


fast = Timer(-1, freq=50, callback=count_it)
time.sleep(1)
fast.deinit()
print("50 Hz for 1 s:", count)
print("now:", time.ticks_ms(), "ms")
