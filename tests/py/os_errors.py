# File-system errors carry MicroPython's OSError form: errno plus its symbolic name.
import os
import errno

for action in (lambda: open("/nonexistent-dir/f.txt"), lambda: os.remove("/nonexistent-file-x"),
               lambda: os.listdir("/nonexistent-dir")):
    try:
        action()
    except OSError as e:
        print(type(e).__name__, e.errno == errno.ENOENT, e.args[0], e)
