# Frozen Python layer of `machine`: UART over the natives in `machine/uart.rs`.
# `read`/`readline` wait up to `timeout` ms for the first byte and `timeout_char` ms
# between bytes, and return None when nothing arrived, so a UART also serves as an
# asyncio stream; `_poll_ready` is what `select.poll` asks.


class _UartIRQ:
    def __init__(self, uart, handler, trigger):
        self._uart = uart
        self._handler = handler
        self._trigger = trigger

    def trigger(self):
        return self._trigger

    def flags(self):
        return UART.IRQ_RX if _uart_any(self._uart._id) else 0


class UART:
    IRQ_RX = 1
    IRQ_RXIDLE = 2
    IRQ_TXIDLE = 4
    IRQ_BREAK = 8
    RTS = 1
    CTS = 2

    def __init__(self, id, baudrate=9600, bits=8, parity=None, stop=1, *, tx=None, rx=None,
                 timeout=0, timeout_char=0, txbuf=None, rxbuf=None, flow=0, invert=0):
        self._id = id
        self.init(baudrate, bits, parity, stop, tx=tx, rx=rx, timeout=timeout,
                  timeout_char=timeout_char)

    def init(self, baudrate=9600, bits=8, parity=None, stop=1, *, tx=None, rx=None,
             timeout=0, timeout_char=0, txbuf=None, rxbuf=None, flow=0, invert=0):
        _uart_init(self._id, baudrate, bits, parity, stop, _pin_opt(tx), _pin_opt(rx))
        self._baudrate = baudrate
        self._timeout = timeout
        self._timeout_char = timeout_char

    def deinit(self):
        _uart_deinit(self._id)

    def any(self):
        return _uart_any(self._id)

    def _poll_ready(self):
        return _uart_any(self._id) > 0

    def read(self, nbytes=None):
        if nbytes is not None and nbytes <= 0:
            return b""
        if not _uart_wait(self._id, self._timeout):
            return None
        out = b""
        while True:
            want = -1 if nbytes is None else nbytes - len(out)
            out += _uart_read(self._id, want)
            if nbytes is not None and len(out) >= nbytes:
                return out
            if not _uart_wait(self._id, self._timeout_char):
                return out

    def readinto(self, buf, nbytes=None):
        n = len(buf) if nbytes is None else min(nbytes, len(buf))
        data = self.read(n)
        if data is None:
            return None
        buf[: len(data)] = data
        return len(data)

    def readline(self):
        if not _uart_wait(self._id, self._timeout):
            return None
        out = b""
        while True:
            c = _uart_read(self._id, 1)
            out += c
            if c == b"\n":
                return out
            if not c and not _uart_wait(self._id, self._timeout_char):
                return out

    def write(self, buf):
        return _uart_write(self._id, buf)

    def flush(self):
        pass

    def txdone(self):
        return True

    def sendbreak(self):
        pass

    def irq(self, handler=None, trigger=IRQ_RXIDLE, hard=False):
        if handler is not None and not callable(handler):
            raise TypeError("handler must be callable")
        _uart_irq(self, self._id, handler)
        return _UartIRQ(self, handler, trigger)

    def __repr__(self):
        return "UART(%r, baudrate=%d)" % (self._id, self._baudrate)
