# Frozen Python layer of `select`. Standard input (fd 0) and objects with a
# `_poll_ready()` method (such as `machine.UART`) can block; every other registered
# object is reported ready for what was asked. Waiting on devices polls them every
# millisecond with `time.sleep_ms`, which also runs timers and IRQ handlers.

POLLIN = 1
POLLPRI = 2
POLLOUT = 4
POLLERR = 8
POLLHUP = 16
POLLNVAL = 32


def _fd(obj):
    if isinstance(obj, int):
        if obj < 0:
            raise ValueError("file descriptor cannot be a negative integer (%d)" % obj)
        return obj
    f = getattr(obj, "fileno", None)
    if f is not None:
        try:
            return f()
        except Exception:
            return None
    return None


def _dev_ready(obj):
    f = getattr(obj, "_poll_ready", None)
    return None if f is None else f()


def _ioctl_ev(obj, mask):
    # A user stream (MicroPython's protocol): `ioctl(MP_STREAM_POLL=3, mask)` returns
    # the ready events; errors and hang-ups are always reported.
    f = getattr(obj, "ioctl", None)
    if f is None:
        return None
    r = f(3, mask)
    return (r or 0) & (mask | POLLERR | POLLHUP)


def _ms(timeout):
    if timeout is None or timeout < 0:
        return -1
    return int(timeout)


class _Poll:
    def __init__(self):
        self._m = {}
        self._objs = []

    def register(self, obj, eventmask=POLLIN | POLLPRI | POLLOUT):
        if obj not in self._objs:
            self._objs.append(obj)
        self._m[id(obj)] = eventmask

    def unregister(self, obj):
        if obj not in self._objs:
            raise KeyError(obj)
        self._objs.remove(obj)
        del self._m[id(obj)]

    def modify(self, obj, eventmask):
        if obj not in self._objs:
            raise OSError(2, "ENOENT")
        self._m[id(obj)] = eventmask

    def _ready(self, ms):
        out = []
        stdin_waiting = []
        devs_waiting = []
        streams_waiting = []
        for obj in self._objs:
            mask = self._m[id(obj)]
            if not hasattr(obj, "_poll_ready"):
                ev = _ioctl_ev(obj, mask)
                if ev is not None:
                    if ev:
                        out.append((obj, ev))
                    else:
                        streams_waiting.append(obj)
                    continue
            ev = mask & (POLLOUT)
            if mask & (POLLIN | POLLPRI):
                r = _dev_ready(obj)
                if r is not None:
                    if r:
                        ev |= mask & POLLIN
                    else:
                        devs_waiting.append((obj, ev))
                        continue
                elif _fd(obj) == 0:
                    stdin_waiting.append(obj)
                else:
                    ev |= mask & POLLIN
            if ev:
                out.append((obj, ev))
        if not devs_waiting and not (streams_waiting and ms != 0 and not out):
            if stdin_waiting:
                if _stdin_ready(0 if out else ms):
                    for obj in stdin_waiting:
                        out.append((obj, POLLIN))
            return out
        # Devices that may become readable: poll them (and stdin) until the timeout.
        from time import sleep_ms, ticks_ms, ticks_diff

        start = ticks_ms()
        while True:
            for obj, ev in devs_waiting:
                if _dev_ready(obj):
                    out.append((obj, ev | POLLIN))
                elif ev:
                    out.append((obj, ev))
            for obj in streams_waiting:
                ev = _ioctl_ev(obj, self._m[id(obj)])
                if ev:
                    out.append((obj, ev))
            if stdin_waiting and _stdin_ready(0):
                for obj in stdin_waiting:
                    out.append((obj, POLLIN))
            if out or (ms >= 0 and ticks_diff(ticks_ms(), start) >= ms):
                return out
            sleep_ms(1)

    def poll(self, timeout=-1):
        return self._ready(_ms(timeout))

    def ipoll(self, timeout=-1, flags=0):
        res = self._ready(_ms(timeout))
        if flags & 1:
            # One-shot: a reported object stays registered with an empty mask until
            # `modify` re-arms it.
            for obj, _ in res:
                self._m[id(obj)] = 0
        return iter(res)


def poll():
    return _Poll()


def select(rlist, wlist, xlist, timeout=None):
    if timeout is not None and timeout < 0:
        raise ValueError("timeout must be non-negative")
    ms = -1 if timeout is None else int(timeout * 1000)
    r = []
    w = list(wlist)
    waiting = []
    devs = []
    for obj in rlist:
        d = _dev_ready(obj)
        if d is not None:
            if d:
                r.append(obj)
            else:
                devs.append(obj)
        elif _fd(obj) == 0:
            waiting.append(obj)
        else:
            r.append(obj)
    if not devs:
        if waiting and _stdin_ready(0 if (r or w) else ms):
            r.extend(waiting)
        return r, w, []
    from time import sleep_ms, ticks_ms, ticks_diff

    start = ticks_ms()
    while True:
        for obj in devs:
            if _dev_ready(obj):
                r.append(obj)
        if waiting and _stdin_ready(0):
            r.extend(waiting)
        if r or w or (ms >= 0 and ticks_diff(ticks_ms(), start) >= ms):
            return r, w, []
        sleep_ms(1)
