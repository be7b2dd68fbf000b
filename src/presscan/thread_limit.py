"""A time limit for a block of code running in a thread other than the main one.

SIGALRM, which presscan.batch uses for its time limit, reaches the main thread
only. A Dask worker (presscan.dask), a web server or any caller's thread pool
runs presscan in other threads: there a timer thread raises the exception in
the thread being limited (CPython's PyThreadState_SetAsyncExc), which Python
checks where it checks for signals, between bytecodes. Neither stops a single
long call into C (one regular-expression search), and both stop the Python
code around it.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any, ClassVar


@cache
def _raise_in() -> Callable[[int, Any], int]:
    """CPython's PyThreadState_SetAsyncExc, to raise an exception in another thread. (ctypes is
    imported here: the command line starts without it.)"""
    import ctypes

    function = ("PyThreadState_SetAsyncExc", ctypes.pythonapi)
    return ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_ulong, ctypes.py_object)(function)


# Bytecodes enough for an exception raised in a thread to arrive: Python looks for one at every
# backward jump of a loop.
_ARRIVAL_STEPS = 100


class _Quiet:
    """While any limited block runs, Python's report of a limit's exception that it dropped (raised
    inside a finalizer or a weakref callback: "Exception ignored in ...") is left out; the limit
    still holds (thread_time_limit raises it again). sys.unraisablehook is one for all threads: it
    is set when the first block starts and put back when the last one ends."""

    lock: ClassVar[threading.Lock] = threading.Lock()
    blocks: ClassVar[int] = 0
    kinds: ClassVar[dict[type[BaseException], int]] = {}
    previous: ClassVar[Callable[[Any], object] | None] = None

    @classmethod
    def hook(cls, unraisable: Any) -> None:
        if not isinstance(unraisable.exc_value, tuple(cls.kinds)):
            (cls.previous or sys.__unraisablehook__)(unraisable)

    @classmethod
    def enter(cls, kind: type[BaseException]) -> None:
        with cls.lock:
            if cls.blocks == 0:
                cls.previous = sys.unraisablehook
                sys.unraisablehook = cls.hook
            cls.blocks += 1
            cls.kinds[kind] = cls.kinds.get(kind, 0) + 1

    @classmethod
    def leave(cls, kind: type[BaseException]) -> None:
        with cls.lock:
            cls.blocks -= 1
            cls.kinds[kind] -= 1
            if not cls.kinds[kind]:
                del cls.kinds[kind]
            if cls.blocks == 0:
                if sys.unraisablehook == cls.hook:  # unless someone has set another since
                    sys.unraisablehook = cls.previous or sys.__unraisablehook__
                cls.previous = None


@contextmanager
def thread_time_limit(seconds: float, exception: type[BaseException]) -> Iterator[None]:
    """Raise `exception` in this block, in this thread, after `seconds`.

    `exception` should be a BaseException that is not an Exception, so that no
    `except Exception` in the code being limited swallows it. It is raised once,
    never after the block has ended: one on its way when the block ends is let
    arrive before it does, and one that went astray (raised inside a finalizer,
    where Python drops it) is raised again, since the limit was passed all the same.
    (An exception on its way is never withdrawn: withdrawing it, with NULL, leaves
    CPython 3.11 looking for one in every thread at every step from then on.)
    """
    raise_in = _raise_in()
    thread = threading.get_ident()
    lock = threading.Lock()
    state = {"inside": True, "fired": False}

    def expire() -> None:
        with lock:
            if state["inside"]:
                state["fired"] = True
                raise_in(thread, exception)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    _Quiet.enter(exception)
    timer.start()
    arrived = False
    try:
        yield
    except exception:
        arrived = True
        raise
    finally:
        try:
            with lock:
                state["inside"] = False
            timer.cancel()
            if state["fired"] and not arrived:
                for _ in range(_ARRIVAL_STEPS):
                    pass  # an exception on its way arrives here, and goes up from here
                raise exception
        finally:
            _Quiet.leave(exception)
