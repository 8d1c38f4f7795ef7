# machine.reset() and machine.soft_reset() rerun the program; reset_cause() tells
# which run this is. Code after a reset request never runs.
import machine
import time

names = {
    machine.PWRON_RESET: "power-on",
    machine.HARD_RESET: "hard",
    machine.SOFT_RESET: "soft",
}
cause = machine.reset_cause()
print("run after", names.get(cause, cause), "reset at", time.ticks_ms(), "ms")
time.sleep_ms(10)
if cause == machine.PWRON_RESET:
    machine.reset()
elif cause == machine.HARD_RESET:
    try:
        machine.soft_reset()
    except SystemExit:
        print("soft reset caught: it is SystemExit")
        raise
print("done")
