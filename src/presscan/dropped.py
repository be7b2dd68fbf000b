"""Keep a signal handler's exception quiet when Python drops it.

A handler runs wherever the main thread happens to be. Inside a finalizer, a
weakref or gc callback, or a fork hook, Python cannot propagate what the
handler raises: it reports it through `sys.unraisablehook` ("Exception ignored
in ...", with a traceback, on stderr) and goes on. presscan's handlers record
that they ran and the run checks that record, so the stop or time limit still
holds; the report would only be a traceback reaching the user.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def quiet_when_dropped(*kinds: type[BaseException]) -> Iterator[None]:
    """In this block, do not report a dropped exception of one of `kinds`; report others as before."""
    previous = sys.unraisablehook

    def hook(unraisable: Any) -> None:
        if not isinstance(unraisable.exc_value, kinds):
            previous(unraisable)

    sys.unraisablehook = hook
    try:
        yield
    finally:
        sys.unraisablehook = previous
