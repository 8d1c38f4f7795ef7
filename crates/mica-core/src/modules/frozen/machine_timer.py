# Frozen Python layer of `machine`: Timer (software timers), WDT and RTC over the
# natives in `machine/timer.rs`.


class Timer:
    ONE_SHOT = 0
    PERIODIC = 1

    def __init__(self, id=-1, *args, **kw):
        self._id = id
        self._mode = Timer.PERIODIC
        self._period_ns = 0
        if args or kw:
            self.init(*args, **kw)

    def init(self, *, mode=PERIODIC, freq=-1, period=-1, tick_hz=1000, callback=None):
        if mode not in (Timer.ONE_SHOT, Timer.PERIODIC):
            raise ValueError("invalid mode")
        if callback is not None and not callable(callback):
            raise TypeError("callback must be callable")
        if freq > 0:
            ns = int(1000000000 / freq)
        elif period >= 0:
            if tick_hz <= 0:
                raise ValueError("tick_hz must be positive")
            ns = int(period * 1000000000 // tick_hz)
        elif freq != -1:
            raise ValueError("freq must be positive")
        else:
            raise ValueError("period or freq required")
        if ns <= 0:
            raise ValueError("period too short")
        self._mode = mode
        self._period_ns = ns
        _timer_start(self, ns, mode == Timer.PERIODIC, callback)

    def deinit(self):
        _timer_stop(self)

    def __repr__(self):
        return "Timer(%r, mode=%s, period=%d)" % (
            self._id,
            "PERIODIC" if self._mode else "ONE_SHOT",
            self._period_ns // 1000000,
        )


class WDT:
    def __init__(self, id=0, timeout=5000):
        _wdt_start(timeout)

    def feed(self):
        _wdt_feed()


# Days from 2000-01-01 to (y, m, d), and back (proleptic Gregorian calendar).
def _days(y, m, d):
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 730425


def _civil(days):
    z = days + 730425
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return yoe + era * 400 + (m <= 2), m, d


class RTC:
    def __init__(self, id=0, datetime=None):
        if datetime is not None:
            self.datetime(datetime)

    def init(self, datetime):
        self.datetime(datetime)

    def datetime(self, datetimetuple=None):
        if datetimetuple is None:
            secs, us = _rtc_get()
            days, rem = divmod(secs, 86400)
            y, m, d = _civil(days)
            # 2000-01-01 was a Saturday; Monday is 0.
            return (y, m, d, (days + 5) % 7, rem // 3600, rem // 60 % 60, rem % 60, us)
        t = tuple(datetimetuple)
        if len(t) < 3:
            raise ValueError("datetime needs at least (year, month, day)")
        y, m, d = t[0], t[1], t[2]
        hh = t[4] if len(t) > 4 else 0
        mm = t[5] if len(t) > 5 else 0
        ss = t[6] if len(t) > 6 else 0
        sub = t[7] if len(t) > 7 else 0
        if not 1 <= m <= 12 or not 1 <= d <= 31:
            raise ValueError("invalid date")
        _rtc_set(_days(y, m, d) * 86400 + hh * 3600 + mm * 60 + ss, sub)

    def now(self):
        y, m, d, wd, hh, mm, ss, us = self.datetime()
        return (y, m, d, hh, mm, ss, us, 0)
