# Frozen Python layer of `machine`: Pin, Signal, ADC, PWM and time_pulse_us over the
# natives in `machine/pin.rs`.


def _pin_id(p):
    if isinstance(p, Pin):
        return p._id
    return _pin_resolve(p)


def _pin_opt(p):
    return None if p is None else _pin_id(p)


_NOARG = object()


class _PinIRQ:
    def __init__(self, pin, handler, trigger):
        self._pin = pin
        self._handler = handler
        self._trigger = trigger

    def trigger(self):
        return self._trigger

    def flags(self):
        return _pin_irq_flags(self._pin._id)

    def __call__(self):
        if self._handler is not None:
            self._handler(self._pin)


class Pin:
    IN = 0
    OUT = 1
    OPEN_DRAIN = 2
    ANALOG = 3
    PULL_UP = 1
    PULL_DOWN = 2
    IRQ_RISING = 1
    IRQ_FALLING = 2
    DRIVE_0 = 0
    DRIVE_1 = 1
    DRIVE_2 = 2

    def __init__(self, id, mode=-1, pull=-1, *, value=None, drive=-1, alt=-1):
        self._name = id
        self._id = _pin_resolve(id)
        self._mode = None
        self._pull = None
        self._irq = None
        self.init(mode, pull, value=value)

    def init(self, mode=-1, pull=-1, *, value=None, drive=-1, alt=-1):
        if mode is not None and mode != -1:
            if mode not in (0, 1, 2, 3):
                raise ValueError("invalid pin mode: %r" % (mode,))
            self._mode = mode
        if pull != -1:
            if pull not in (None, 0, 1, 2):
                raise ValueError("invalid pull: %r" % (pull,))
            self._pull = pull
        if value is not None:
            _pin_write(self._id, value)
        if mode != -1 or pull != -1:
            _pin_config(self._id, 0 if self._mode is None else self._mode, self._pull)

    def value(self, x=None):
        if x is None:
            return _pin_read(self._id)
        _pin_write(self._id, x)

    def __call__(self, x=None):
        if x is None:
            return _pin_read(self._id)
        _pin_write(self._id, x)

    def on(self):
        _pin_write(self._id, 1)

    def off(self):
        _pin_write(self._id, 0)

    def high(self):
        _pin_write(self._id, 1)

    def low(self):
        _pin_write(self._id, 0)

    def toggle(self):
        _pin_write(self._id, not _pin_read(self._id))

    def mode(self, mode=None):
        if mode is None:
            return self._mode
        self.init(mode)

    def pull(self, pull=-1):
        if pull == -1:
            return self._pull
        self.init(pull=pull)

    def irq(self, handler=_NOARG, trigger=3, *, priority=1, wake=None, hard=False):
        if handler is _NOARG:
            # `pin.irq()` returns the current IRQ object without changing it.
            if self._irq is None:
                self._irq = _PinIRQ(self, None, 0)
            return self._irq
        if handler is not None and not callable(handler):
            raise TypeError("handler must be callable")
        _pin_irq(self, self._id, handler, trigger)
        self._irq = _PinIRQ(self, handler, trigger)
        return self._irq

    def __repr__(self):
        names = ("IN", "OUT", "OPEN_DRAIN", "ANALOG")
        if self._mode is None:
            return "Pin(%r)" % (self._name,)
        return "Pin(%r, mode=%s)" % (self._name, names[self._mode])


class Signal:
    def __init__(self, pin, *args, invert=False, **kw):
        if isinstance(pin, (int, str)):
            pin = Pin(pin, *args, **kw)
        elif args or kw:
            pin.init(*args, **kw)
        self._pin = pin
        self._invert = 1 if invert else 0

    def value(self, x=None):
        if x is None:
            return self._pin.value() ^ self._invert
        self._pin.value((1 if x else 0) ^ self._invert)

    def __call__(self, x=None):
        return self.value(x)

    def on(self):
        self.value(1)

    def off(self):
        self.value(0)


class ADC:
    ATTN_0DB = 0

    def __init__(self, pin, *, atten=None, sample_ns=None):
        self._id = _pin_id(pin)

    def init(self, *, atten=None, sample_ns=None):
        pass

    def read_u16(self):
        return _adc_u16(self._id)

    def read_uv(self):
        return _adc_uv(self._id)

    def __repr__(self):
        return "ADC(%d)" % self._id


class PWM:
    # Used when a duty is set before any frequency.
    _DEFAULT_FREQ = 1000

    def __init__(self, dest, *, freq=None, duty_u16=None, duty_ns=None, invert=False):
        self._id = _pin_id(dest)
        self._freq = 0
        self._duty = 0
        self._invert = False
        self.init(freq=freq, duty_u16=duty_u16, duty_ns=duty_ns, invert=invert)

    def init(self, *, freq=None, duty_u16=None, duty_ns=None, invert=None):
        if freq is not None:
            freq = int(freq)
            if freq <= 0:
                raise ValueError("freq must be positive")
            self._freq = freq
        if invert is not None:
            self._invert = bool(invert)
        if duty_u16 is not None:
            self._set_duty(duty_u16)
        elif duty_ns is not None:
            self._set_duty_ns(duty_ns)
        self._apply()

    def _set_duty(self, d):
        d = int(d)
        if d < 0 or d > 65535:
            raise ValueError("duty_u16 must be 0..65535")
        self._duty = d

    def _set_duty_ns(self, ns):
        f = self._freq or PWM._DEFAULT_FREQ
        d = int(ns) * f * 65536 // 1000000000
        self._duty = 0 if d < 0 else (65535 if d > 65535 else d)

    def _apply(self):
        if self._freq == 0 and self._duty:
            self._freq = PWM._DEFAULT_FREQ
        if self._freq:
            _pwm_set(self._id, self._freq, 65535 - self._duty if self._invert else self._duty)

    def freq(self, value=None):
        if value is None:
            return self._freq
        self.init(freq=value)

    def duty_u16(self, value=None):
        if value is None:
            return self._duty
        self._set_duty(value)
        self._apply()

    def duty_ns(self, value=None):
        if value is None:
            if not self._freq:
                return 0
            return self._duty * 1000000000 // (self._freq * 65536)
        self._set_duty_ns(value)
        self._apply()

    def deinit(self):
        _pwm_deinit(self._id)

    def __repr__(self):
        return "PWM(%d, freq=%d, duty_u16=%d)" % (self._id, self._freq, self._duty)


def time_pulse_us(pin, pulse_level, timeout_us=1000000):
    return _pulse(_pin_id(pin), pulse_level, timeout_us)
