"""Stop signals and a reader that went away: how a presscan process ends on them.

The console script installs handlers for SIGINT (Ctrl-C: KeyboardInterrupt,
exit 130) and SIGTERM (SystemExit 143). Python drops what a handler raises when
it runs inside a finalizer or a fork hook, and pydantic turns it into an error
of its own inside a callback: so the handlers also record the signal, and the
batch loop asks `stop_if_signalled()` between inputs. The library installs
nothing: `stop_if_signalled()` does nothing in a process that never called
`install()`.
"""

from __future__ import annotations

import os
import signal
import sys

from presscan.errors import EXIT_TERMINATED

STOP_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM})

# The stop signal received, if any.
_received: int | None = None


def install() -> None:
    """Handle SIGTERM and SIGINT in this process as the console script does."""
    signal.signal(signal.SIGTERM, _terminated)
    signal.signal(signal.SIGINT, _interrupted)


def received() -> int | None:
    """The stop signal this process received (signal.SIGINT or signal.SIGTERM), or None."""
    return _received


def _terminated(signum: int, frame: object) -> None:
    global _received
    _received = signum
    raise SystemExit(EXIT_TERMINATED)


def _interrupted(signum: int, frame: object) -> None:
    global _received
    _received = signum
    raise KeyboardInterrupt


def stop_if_signalled() -> None:
    """End the run if a stop signal came, whatever became of its handler's exception."""
    if _received == signal.SIGINT:
        raise KeyboardInterrupt
    if _received == signal.SIGTERM:
        raise SystemExit(EXIT_TERMINATED)


def silence_stdout() -> None:
    """Point stdout at /dev/null after its reader went away: Python flushes stdout
    at exit, and with the reader gone that would raise again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
