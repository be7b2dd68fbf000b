"""What runs on a Dask worker: one batch of inputs read and extracted as a local run does it.

Every input goes through presscan.batch.process, as in a local run: the
reader registry (presscan.readers) chooses its reader, the size and time
limits hold (in a worker's thread the time limit is presscan.thread_limit's),
and an input that fails is an error, never an exception that fails the task.

The user's pattern set travels pickled (`pack_patterns`) and is unpickled once
per worker process; without one the worker uses the shipped patterns. No
other state is kept between tasks, so a task run again (its worker died) gives
the same result.
"""

from __future__ import annotations

import dataclasses
import hashlib
import pickle
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from presscan import batch
from presscan.errors import InputError, InternalError
from presscan.patternset import PatternSet, default_patterns
from presscan.record import Figure

if TYPE_CHECKING:
    import pandas

    from presscan.dask.inputs import Item

# An input's error as it travels: (source, kind, cause, hint); kind is "input" or "internal".
PackedError = tuple[str, str, str, str | None]
# What was learnt of an input's bytes: SHA-256, size, characters (an incremental output keeps them).
Facts = tuple[str | None, int | None, int | None]
# One input's result as it travels back: source, records, error, encoding, reader, facts.
Packed = tuple[str, list[Figure], PackedError | None, str | None, str | None, Facts]
# One input's result when the worker wrote its records itself: source, how many, error.
Counted = tuple[str, int, PackedError | None]

_patterns: dict[str, PatternSet] = {}
_lock = threading.Lock()


def pack_patterns(patterns: PatternSet | None) -> bytes | None:
    """A pattern set as it travels to the workers (None: the shipped patterns, which they have)."""
    if patterns is None or patterns is default_patterns():
        return None
    # what the pipeline built from it (compiled rules) stays here: each worker builds its own once
    return pickle.dumps(dataclasses.replace(patterns, built={}), protocol=pickle.HIGHEST_PROTOCOL)


def unpack_patterns(packed: bytes | None) -> PatternSet:
    """The pattern set of `pack_patterns`, unpickled once per process."""
    if packed is None:
        return default_patterns()
    key = hashlib.sha256(packed).hexdigest()
    with _lock:
        if key not in _patterns:
            _patterns[key] = pickle.loads(packed)
        return _patterns[key]


def pack_error(error: InputError | InternalError) -> PackedError:
    kind = "internal" if isinstance(error, InternalError) else "input"
    return error.source, kind, error.cause, error.hint


def unpack_error(packed: PackedError) -> InputError | InternalError:
    source, kind, cause, hint = packed
    return InternalError(source, cause) if kind == "internal" else InputError(source, cause, hint)


def _result(
    item: Item, patterns: PatternSet, encoding: str | None, limits: batch.Limits, year: int | None
) -> batch.Result:
    if isinstance(item, tuple):
        source, cause, hint = item
        return batch.Result(source, error=InputError(source, cause, hint))
    return batch.process(item, patterns, encoding, limits, year=year)


def run_batch(
    items: Sequence[Item],
    patterns: bytes | None,
    encoding: str | None,
    limits: batch.Limits,
    year: int | None = None,
) -> list[Packed]:
    """Each input's records or error, in the order of `items`; `year`: the year of writing where a
    text does not say (presscan.extract's)."""
    chosen = unpack_patterns(patterns)
    packed: list[Packed] = []
    for item in items:
        result = _result(item, chosen, encoding, limits, year)
        error = pack_error(result.error) if result.error is not None else None
        facts = (result.sha256, result.size, result.characters)
        packed.append((result.source, result.figures, error, result.encoding, result.format, facts))
    return packed


def batch_frames(
    items: Sequence[Item],
    patterns: bytes | None,
    encoding: str | None,
    limits: batch.Limits,
    year: int | None = None,
) -> tuple[pandas.DataFrame, pandas.DataFrame]:
    """The records of a batch as a frame (presscan.dask.frame), and its errors as a frame of ERROR_COLUMNS."""
    from presscan.dask.frame import frame

    figures: list[Figure] = []
    errors: list[PackedError] = []
    for _, found, error, _, _, _ in run_batch(items, patterns, encoding, limits, year):
        figures += found
        if error is not None:
            errors.append(error)
    return frame(figures), error_frame(errors)


# The errors frame: the input, "input" (it cannot be read) or "internal" (a bug in presscan), the cause,
# the hint, and the message a local run writes on stderr after "presscan: error: ".
ERROR_COLUMNS = ("source", "kind", "cause", "hint", "message")


def error_frame(errors: Sequence[PackedError]) -> pandas.DataFrame:
    import pandas as pd

    rows = [(*error, str(unpack_error(error))) for error in errors]
    return pd.DataFrame(
        {
            name: pd.array([row[index] for row in rows], dtype="string[pyarrow]")
            for index, name in enumerate(ERROR_COLUMNS)
        }
    )


def write_batch(
    items: Sequence[Item],
    patterns: bytes | None,
    encoding: str | None,
    limits: batch.Limits,
    year: int | None,
    output: str,
    fmt: str,
) -> list[Counted]:
    """Extract a batch and write its records to the file `output` in the format `fmt` (a writer of
    presscan.writers), which appears only when complete; give each input's count of records or error."""
    from presscan import writers

    chosen = unpack_patterns(patterns)
    counted: list[Counted] = []
    with writers.open_writer(writers.formats()[fmt], Path(output), None, writers.WriterOptions()) as writer:
        for item in items:
            result = _result(item, chosen, encoding, limits, year)
            writers.feed(writer, result)
            error = pack_error(result.error) if result.error is not None else None
            counted.append((result.source, len(result.figures), error))
    return counted
