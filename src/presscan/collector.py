"""How often Python's cycle collector runs in a presscan process.

With CPython's default thresholds the collector runs every 700 new container
objects, and now and then walks every object alive: on a 1 MB bulletin, which
holds some 30 000 records until they are written, that was a tenth of the run.
Records and the objects built for them are acyclic; they are freed by reference
counting, and the collector finds nothing to collect among them. The console
script (and its worker processes) therefore run it far less often, as mypy
does for the same reason. The library (`presscan.extract`) leaves the
collector of its caller's process alone.

At its exit, CPython collects once more over every object still alive (the
patterns, the lexicon's tries, the modules: some 40 ms of a 0.25 s run on a
short text), to free what nothing else will before the process ends anyway. The
console script freezes them first (`gc.freeze`, at exit, after its output is
written and closed), and that last collection passes over them.
"""

from __future__ import annotations

import atexit
import gc
import sys

# New container objects between young collections (CPython's default is 700),
# and young and middle collections before an older one runs (default 10, 10).
THRESHOLDS = (200_000, 30, 30)

_exit_hook: list[bool] = []  # one hook for the process, however often the CLI's main runs in it


def tune_collector() -> None:
    """Run the cycle collector at THRESHOLDS for the rest of this process, and skip its collection
    at exit over what is still alive (CPython only)."""
    if sys.implementation.name == "cpython":
        gc.set_threshold(*THRESHOLDS)
        if not _exit_hook:
            _exit_hook.append(True)
            atexit.register(gc.freeze)
