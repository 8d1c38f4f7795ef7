# Read the simulated TMP102 with the tmp102.py driver, over I2C and over SoftI2C.
from machine import I2C, SoftI2C, Pin
import time
from tmp102 import TMP102

i2c = I2C(0, freq=400000)
sensor = TMP102(i2c)
print("config: 0x%04x" % sensor.config())
print("temperature: %.4f C" % sensor.temperature())
time.sleep(2)
print("after 2 s: %.4f C" % sensor.temperature())
sensor.extended(True)
print("extended: %.4f C, raw config 0x%04x" % (sensor.temperature(), sensor.config()))
sensor.extended(False)
print("limits:", sensor.limits())
sensor.limits(low=-10.5, high=30.25)
print("new limits:", sensor.limits())
sensor.shutdown()
frozen = sensor.temperature()
time.sleep(4)
print("shut down, unchanged:", sensor.temperature() == frozen)
print("one-shot: %.4f C" % sensor.one_shot())
sensor.shutdown(False)
# The same chip reached by bit-banging the bus's pins.
soft = SoftI2C(scl=Pin(22), sda=Pin(21))
print("soft: %.4f C" % TMP102(soft).temperature())
try:
    TMP102(i2c, addr=0x49)
except OSError as e:
    print("no sensor at 0x49:", e.errno == 19)
