# Frozen Python implementation of the `asyncio` module (also importable as `uasyncio`).
#
# MicroPython's asyncio API with CPython 3.11 semantics where the two agree: one event
# loop per thread with a FIFO queue of ready handles and a heap of timers ordered by
# deadline. Time is a monotonic millisecond count built from `time.ticks_ms` /
# `ticks_diff` (so tick wrap-around is harmless); the loop idles with `time.sleep_ms`.
#
# Tasks drive coroutines with `send`/`throw`. A coroutine that must wait yields a Future
# (through `await fut`); the task registers a done-callback on it and resumes when it
# completes. A bare `yield` (`await sleep(0)`) gives up the processor for one round.
# Cancellation throws CancelledError into the coroutine at its current await.

from time import ticks_ms as _ticks_ms, ticks_diff as _ticks_diff, sleep_ms as _tsleep_ms
from time import ticks_add as _ticks_add
from heapq import heappush as _heappush, heappop as _heappop
from collections import deque as _deque
import sys as _sys


class CancelledError(BaseException):
    pass


# CPython 3.11 makes asyncio.TimeoutError the built-in TimeoutError.
TimeoutError = TimeoutError


class InvalidStateError(Exception):
    pass


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


# ---------------------------------------------------------------------------------------
# Clock: milliseconds since import, immune to ticks wrap-around.

_last_tick = _ticks_ms()
_mono = 0


def _now():
    global _last_tick, _mono
    t = _ticks_ms()
    _mono += _ticks_diff(t, _last_tick)
    _last_tick = t
    return _mono


def _to_ms(seconds):
    ms = round(seconds * 1000)
    return ms if ms > 0 else 0


# ---------------------------------------------------------------------------------------
# Loop state shared by the module-level functions.

_running = None  # the loop inside run_forever(), if any
_current = None  # the loop returned by get_event_loop()
_cur_task = None  # the task whose coroutine is executing


class Handle:
    __slots__ = ("_fn", "_args", "_cancelled", "_loop")

    def __init__(self, fn, args, loop):
        self._fn = fn
        self._args = args
        self._cancelled = False
        self._loop = loop

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        if self._cancelled:
            return
        try:
            self._fn(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as e:
            self._loop.call_exception_handler(
                {"message": "Exception in callback", "exception": e, "handle": self}
            )


class TimerHandle(Handle):
    __slots__ = ("_when",)

    def __init__(self, when, fn, args, loop):
        Handle.__init__(self, fn, args, loop)
        self._when = when

    def when(self):
        return self._when / 1000


class Loop:
    def __init__(self):
        self._ready = _deque()
        self._timers = []
        self._seq = 0
        self._stopping = False
        self._closed = False
        self._handler = None
        self._tasks = {}
        self._unretrieved = {}
        self._flag_waiters = 0

    # -- scheduling ---------------------------------------------------------------------

    def time(self):
        return _now() / 1000

    def call_soon(self, callback, *args, context=None):
        h = Handle(callback, args, self)
        self._ready.append(h)
        return h

    def _call_later_ms(self, ms, callback, args):
        when = _now() + ms
        h = TimerHandle(when, callback, args, self)
        self._seq += 1
        _heappush(self._timers, (when, self._seq, h))
        return h

    def call_later(self, delay, callback, *args, context=None):
        return self._call_later_ms(_to_ms(delay), callback, args)

    def call_at(self, when, callback, *args, context=None):
        return self._call_later_ms(_to_ms(when - self.time()), callback, args)

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    # -- running ------------------------------------------------------------------------

    def _idle(self, ms):
        # Sleep until the next timer. While a ThreadSafeFlag is waited on, sleep in
        # short slices so that scheduled callbacks (which run between bytecodes) can set
        # it and wake the loop early.
        if not self._flag_waiters:
            _tsleep_ms(ms)
            return
        end = _now() + ms
        while not self._ready:
            left = end - _now()
            if left <= 0:
                break
            _tsleep_ms(left if left < 5 else 5)

    def _run_once(self):
        # One round: wait for the earliest timer if nothing is ready, move due timers
        # to the ready queue, then run the handles that were ready at that point.
        # Returns False when nothing can ever become ready.
        ready = self._ready
        timers = self._timers
        while timers and timers[0][2]._cancelled:
            _heappop(timers)
        if not ready and not self._stopping:
            if timers:
                delay = timers[0][0] - _now()
                if delay > 0:
                    self._idle(delay)
            elif self._flag_waiters:
                self._idle(10)
            else:
                return False
        if timers:
            now = _now()
            while timers and timers[0][0] <= now:
                h = _heappop(timers)[2]
                if not h._cancelled:
                    ready.append(h)
        n = len(ready)
        while n > 0:
            n -= 1
            ready.popleft()._run()
        return True

    def _run(self, until_idle):
        global _running, _current
        self._check_closed()
        if _running is not None:
            raise RuntimeError("This event loop is already running")
        _running = self
        _current = self
        try:
            while True:
                if not self._run_once():
                    if until_idle:
                        break
                    _tsleep_ms(10)
                if self._stopping:
                    break
        finally:
            self._stopping = False
            _running = None

    def run_forever(self):
        self._run(False)

    def run_until_complete(self, future):
        self._check_closed()
        if _running is not None:
            raise RuntimeError("This event loop is already running")
        fut = ensure_future(future, loop=self)
        fut.add_done_callback(_stop_loop)
        try:
            self._run(True)
        finally:
            fut.remove_done_callback(_stop_loop)
        if not fut.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return fut.result()

    def stop(self):
        self._stopping = True

    def is_running(self):
        return _running is self

    def is_closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def close(self):
        global _current
        if _running is self:
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        for fut in list(self._unretrieved):
            self.call_exception_handler(
                {
                    "message": "Task exception was never retrieved",
                    "exception": fut._exc,
                    "future": fut,
                }
            )
        self._unretrieved = {}
        self._ready.clear()
        self._timers = []
        if _current is self:
            _current = None

    # -- errors -------------------------------------------------------------------------

    def set_exception_handler(self, handler):
        self._handler = handler

    def get_exception_handler(self):
        return self._handler

    def default_exception_handler(self, context):
        out = _sys.stderr
        out.write(context.get("message", "Unhandled exception in event loop") + "\n")
        exc = context.get("exception")
        if exc is not None:
            pe = getattr(_sys, "print_exception", None)
            if pe is not None:
                pe(exc, out)
            else:
                out.write(type(exc).__name__ + ": " + str(exc) + "\n")

    def call_exception_handler(self, context):
        if self._handler is None:
            self.default_exception_handler(context)
        else:
            self._handler(self, context)


def _stop_loop(fut):
    fut._loop.stop()


def get_running_loop():
    if _running is None:
        raise RuntimeError("no running event loop")
    return _running


def get_event_loop():
    global _current
    if _running is not None:
        return _running
    if _current is None:
        _current = Loop()
    return _current


def set_event_loop(loop):
    global _current
    _current = loop


def new_event_loop():
    return Loop()


# ---------------------------------------------------------------------------------------
# Futures and tasks.

_PENDING = 0
_FINISHED = 1
_CANCELLED = 2


class Future:
    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exc = None
        self._cancel_msg = None
        self._callbacks = []

    def __repr__(self):
        state = ("pending", "finished", "cancelled")[self._state]
        return "<%s %s>" % (type(self).__name__, state)

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def _cancelled_error(self):
        if self._cancel_msg is None:
            return CancelledError()
        return CancelledError(self._cancel_msg)

    def result(self):
        if self._state == _CANCELLED:
            raise self._cancelled_error()
        if self._state == _PENDING:
            raise InvalidStateError("Result is not ready.")
        if self._exc is not None:
            self._loop._unretrieved.pop(self, None)
            raise self._exc
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._cancelled_error()
        if self._state == _PENDING:
            raise InvalidStateError("Exception is not set.")
        self._loop._unretrieved.pop(self, None)
        return self._exc

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        keep = [f for f in self._callbacks if f != fn]
        n = len(self._callbacks) - len(keep)
        self._callbacks = keep
        return n

    def _schedule_callbacks(self):
        cbs = self._callbacks
        self._callbacks = []
        for fn in cbs:
            self._loop.call_soon(fn, self)

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
        if isinstance(exception, StopIteration):
            raise TypeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        self._exc = exception
        self._state = _FINISHED
        self._loop._unretrieved[self] = None
        self._schedule_callbacks()

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_msg = msg
        self._schedule_callbacks()
        return True

    def __await__(self):
        if self._state == _PENDING:
            yield self
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


_task_count = 0


def _is_coro(obj):
    return hasattr(obj, "send") and hasattr(obj, "throw")


class Task(Future):
    def __init__(self, coro, *, loop=None, name=None):
        global _task_count
        if not _is_coro(coro):
            raise TypeError("a coroutine was expected, got %r" % (coro,))
        Future.__init__(self, loop=loop)
        self._coro = coro
        self._must_cancel = False
        self._waiter = None
        if name is None:
            _task_count += 1
            name = "Task-%d" % _task_count
        self._name = str(name)
        self._loop._tasks[self] = None
        self._loop.call_soon(self._step)

    def __repr__(self):
        state = ("pending", "finished", "cancelled")[self._state]
        return "<Task %s name=%r>" % (state, self._name)

    def get_name(self):
        return self._name

    def set_name(self, name):
        self._name = str(name)

    def get_coro(self):
        return self._coro

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        if self._waiter is not None and self._waiter.cancel(msg):
            # The waiter's completion resumes us with CancelledError.
            return True
        self._must_cancel = True
        self._cancel_msg = msg
        return True

    def _finished(self):
        self._loop._tasks.pop(self, None)

    def _step(self, exc=None):
        global _cur_task
        if self._state != _PENDING:
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._cancelled_error()
            self._must_cancel = False
        self._waiter = None
        prev = _cur_task
        _cur_task = self
        try:
            if exc is None:
                r = self._coro.send(None)
            else:
                r = self._coro.throw(exc)
        except StopIteration as e:
            self._finished()
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, self._cancel_msg)
            else:
                Future.set_result(self, e.value)
        except CancelledError as e:
            self._finished()
            Future.cancel(self, e.args[0] if e.args else None)
        except (KeyboardInterrupt, SystemExit) as e:
            self._finished()
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            self._finished()
            Future.set_exception(self, e)
        else:
            if r is None:
                self._loop.call_soon(self._step)
            elif isinstance(r, Future):
                if r is self:
                    self._loop.call_soon(
                        self._step, RuntimeError("Task cannot await on itself: %r" % (self,))
                    )
                else:
                    r.add_done_callback(self._wakeup)
                    self._waiter = r
                    if self._must_cancel and r.cancel(self._cancel_msg):
                        self._must_cancel = False
            else:
                self._loop.call_soon(
                    self._step, RuntimeError("Task got bad yield: %r" % (r,))
                )
        finally:
            _cur_task = prev

    def _wakeup(self, fut):
        try:
            fut.result()
        except BaseException as e:
            self._step(e)
        else:
            self._step()


def current_task(loop=None):
    if loop is None:
        get_running_loop()
    return _cur_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in loop._tasks if not t.done()}


def iscoroutine(obj):
    return _is_coro(obj)


def isfuture(obj):
    return isinstance(obj, Future)


async def _await_it(aw):
    return await aw


def ensure_future(aw, *, loop=None):
    if isinstance(aw, Future):
        return aw
    if loop is None:
        loop = get_event_loop()
    if _is_coro(aw):
        return loop.create_task(aw)
    if hasattr(aw, "__await__"):
        return loop.create_task(_await_it(aw))
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


def create_task(coro, *, name=None):
    return get_event_loop().create_task(coro, name=name)


def run(main, *, debug=None):
    if _running is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not _is_coro(main):
        raise ValueError("a coroutine was expected, got %r" % (main,))
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_all_tasks(loop)
        finally:
            set_event_loop(None)
            loop.close()


def _cancel_all_tasks(loop):
    pending = [t for t in loop._tasks if not t.done()]
    if not pending:
        return
    for t in pending:
        t.cancel()
    loop.run_until_complete(gather(*pending, return_exceptions=True))
    for t in pending:
        if not t.cancelled() and t.exception() is not None:
            loop.call_exception_handler(
                {
                    "message": "unhandled exception during asyncio.run() shutdown",
                    "exception": t.exception(),
                    "task": t,
                }
            )


# ---------------------------------------------------------------------------------------
# Sleeping and waiting.


class _Yield:
    __slots__ = ()

    def __await__(self):
        yield


_YIELD = _Yield()


def _set_result_unless_cancelled(fut, result):
    if not fut.done():
        fut.set_result(result)


async def _sleep_ms(ms, result):
    if ms <= 0:
        await _YIELD
        return result
    loop = get_running_loop()
    fut = loop.create_future()
    h = loop._call_later_ms(ms, _set_result_unless_cancelled, (fut, result))
    try:
        return await fut
    finally:
        h.cancel()


def sleep(delay, result=None):
    if delay <= 0:
        return _sleep_ms(0, result)
    ms = _to_ms(delay) or 1
    # A deadline past half the ticks period is MicroPython's OverflowError.
    _ticks_add(0, ms)
    return _sleep_ms(ms, result)


def sleep_ms(t, result=None):
    t = int(t)
    _ticks_add(0, max(0, t))
    return _sleep_ms(t, result)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    loop = fut._loop
    waiter = loop.create_future()

    def cb(f):
        _release_waiter(waiter)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def _wait_for_ms(aw, ms):
    loop = get_running_loop()
    if ms is None:
        return await aw
    fut = ensure_future(aw, loop=loop)
    if ms <= 0:
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    h = loop._call_later_ms(ms, _release_waiter, (waiter,))

    def cb(f):
        _release_waiter(waiter)

    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        h.cancel()


def wait_for(aw, timeout):
    return _wait_for_ms(aw, None if timeout is None else _to_ms(timeout))


def wait_for_ms(aw, timeout):
    return _wait_for_ms(aw, None if timeout is None else int(timeout))


class _GatheringFuture(Future):
    def __init__(self, children, loop):
        Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*aws, return_exceptions=False):
    if not aws:
        outer = get_event_loop().create_future()
        outer.set_result([])
        return outer
    loop = None
    by_arg = {}
    children = []
    for a in aws:
        fut = by_arg.get(id(a))
        if fut is None:
            fut = ensure_future(a, loop=loop)
            loop = fut._loop
            by_arg[id(a)] = fut
        children.append(fut)
    unique = list(by_arg.values())
    outer = _GatheringFuture(children, loop)
    total = len(unique)
    finished = 0

    def child_done(fut):
        nonlocal finished
        finished += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if finished == total:
            results = []
            for f in children:
                if f.cancelled():
                    results.append(f._cancelled_error())
                else:
                    exc = f.exception()
                    results.append(f.result() if exc is None else exc)
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    for fut in unique:
        fut.add_done_callback(child_done)
    return outer


# ---------------------------------------------------------------------------------------
# Synchronisation primitives.


class Event:
    def __init__(self):
        self._flag = False
        self._waiters = []

    def is_set(self):
        return self._flag

    def set(self):
        if not self._flag:
            self._flag = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._flag = False

    async def wait(self):
        if self._flag:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class ThreadSafeFlag:
    # Like an Event with a single waiter that clears itself when wait() returns. set()
    # may be called from a scheduled callback (micropython.schedule).

    def __init__(self):
        self._flag = False
        self._waiter = None

    def set(self):
        self._flag = True
        w = self._waiter
        if w is not None and not w.done():
            w.set_result(True)

    def clear(self):
        self._flag = False

    async def wait(self):
        if not self._flag:
            if self._waiter is not None:
                raise RuntimeError("ThreadSafeFlag already has a waiter")
            loop = get_running_loop()
            fut = loop.create_future()
            self._waiter = fut
            loop._flag_waiters += 1
            try:
                await fut
            finally:
                self._waiter = None
                loop._flag_waiters -= 1
        self._flag = False


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = []

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_first()
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        self._wake_first()

    def _wake_first(self):
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                return

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = _deque()
        self._getters = []
        self._putters = []
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self._maxsize <= len(self._items)

    def _wake(self, waiters):
        while waiters:
            fut = waiters.pop(0)
            if not fut.done():
                fut.set_result(None)
                return

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._items.append(item)
        self._unfinished += 1
        self._finished.clear()
        self._wake(self._getters)

    def get_nowait(self):
        if not self._items:
            raise QueueEmpty
        item = self._items.popleft()
        self._wake(self._putters)
        return item

    async def _wait(self, waiters):
        fut = get_running_loop().create_future()
        waiters.append(fut)
        try:
            await fut
        except BaseException:
            if fut in waiters:
                waiters.remove(fut)
            elif not fut.cancelled():
                # Woken but not going to use the slot: pass it on.
                self._wake(waiters)
            raise

    async def put(self, item):
        while self.full():
            await self._wait(self._putters)
        self.put_nowait(item)

    async def get(self):
        while not self._items:
            await self._wait(self._getters)
        return self.get_nowait()

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()


# ---------------------------------------------------------------------------------------
# Streams over objects with read/write methods (e.g. io.BytesIO). A read that returns
# None (non-blocking object with no data yet) is retried after a short sleep.


class Stream:
    def __init__(self, s, e=None):
        self.s = s
        self.e = {} if e is None else e
        self.out_buf = b""

    def get_extra_info(self, v, default=None):
        return self.e.get(v, default)

    async def _read_once(self, n):
        while True:
            data = self.s.read() if n < 0 else self.s.read(n)
            if data is not None:
                return data
            await _sleep_ms(1, None)

    async def read(self, n=-1):
        if n >= 0:
            await _YIELD
            return await self._read_once(n)
        parts = []
        while True:
            await _YIELD
            data = await self._read_once(-1)
            if not data:
                break
            parts.append(data)
        return b"".join(parts)

    async def readinto(self, buf):
        await _YIELD
        while True:
            n = self.s.readinto(buf)
            if n is not None:
                return n
            await _sleep_ms(1, None)

    async def readexactly(self, n):
        parts = []
        while n > 0:
            await _YIELD
            data = await self._read_once(n)
            if not data:
                raise EOFError
            parts.append(data)
            n -= len(data)
        return b"".join(parts)

    async def readline(self):
        parts = []
        while True:
            await _YIELD
            rl = getattr(self.s, "readline", None)
            line = rl() if rl is not None else await self._read_once(1)
            if line is None:
                await _sleep_ms(1, None)
                continue
            parts.append(line)
            if not line or line[-1:] == b"\n" or line[-1:] == "\n":
                break
            if rl is not None:
                continue
        if parts and isinstance(parts[0], str):
            return "".join(parts)
        return b"".join(parts)

    def write(self, buf):
        if not self.out_buf:
            # Try to write immediately; keep what was not accepted.
            n = self.s.write(buf)
            if n is None:
                n = 0
            if n >= len(buf):
                return
            buf = buf[n:]
        self.out_buf += buf

    async def drain(self):
        while self.out_buf:
            await _YIELD
            n = self.s.write(self.out_buf)
            if n:
                self.out_buf = self.out_buf[n:]
            else:
                await _sleep_ms(1, None)

    async def awrite(self, buf, off=0, sz=-1):
        if off or sz != -1:
            buf = memoryview(buf)
            if sz == -1:
                sz = len(buf)
            buf = bytes(buf[off : off + sz])
        self.write(buf)
        await self.drain()

    async def awritestr(self, s):
        await self.awrite(s.encode())

    def close(self):
        pass

    async def wait_closed(self):
        c = getattr(self.s, "close", None)
        if c is not None:
            c()

    async def aclose(self):
        await self.wait_closed()

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if not line:
            raise StopAsyncIteration
        return line


StreamReader = Stream
StreamWriter = Stream
