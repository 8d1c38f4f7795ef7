# Sample the analog inputs at known (virtual) times, and dim an LED with PWM whose
# duty follows the sine input, as a light-follower would.
from machine import ADC, PWM, Pin
import time

sine = ADC(Pin(34))
const = ADC(35)
ramp = ADC(36)
print("constant: %d uV, u16 %d" % (const.read_uv(), const.read_u16()))
for i in range(4):
    print("t=%d ms sine %d ramp %d" % (time.ticks_ms(), sine.read_u16(), ramp.read_u16()))
    time.sleep_ms(25)
pwm = PWM(Pin(15), freq=1000, duty_u16=0)
for i in range(4):
    level = sine.read_u16()
    pwm.duty_u16(level)
    print("t=%d ms duty %d (%d%%)" % (time.ticks_ms(), pwm.duty_u16(), pwm.duty_u16() * 100 // 65535))
    time.sleep_ms(250)
pwm.freq(500)
pwm.duty_ns(500000)
print(pwm)
pwm.deinit()
