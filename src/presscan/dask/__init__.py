"""presscan on a Dask cluster: the records of many files as a Dask DataFrame (`pip install 'presscan[dask]'`).

    import dask
    import presscan.dask

    found = presscan.dask.scan("s3://bulletins/**/*.txt")     # paths, folders, globs, fsspec URLs
    figures, errors = dask.compute(found.figures, found.errors)  # pandas frames; extracted once

`figures(paths)` is the records frame alone, `errors(paths)` the errors frame
alone. Inputs are listed here (presscan.dask.inputs), extracted on the workers
in batches of files (one task each; presscan.dask.work) exactly as a local run
extracts them, and each batch becomes one partition of both frames:

- the records: one row per figure, in the columns of presscan.dask.frame
  (`frame.NAMES`; nested objects flattened, exact values beside the floats);
  `frame.figures_of(rows)` gives back the Figure records.
- the errors: one row per input that could not be read or extracted, in the
  columns source, kind ("input", or "internal" for a bug in presscan), cause,
  hint, and message (the line a local run writes on stderr). An input that
  fails never fails its task.

This module imports no Dask until it is called; `presscan.dask` shadows no
package (`import dask` inside presscan means the Dask package).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from presscan.batch import Limits
from presscan.dask.inputs import BATCH_BYTES, BATCH_FILES

if TYPE_CHECKING:
    import dask.dataframe

    from presscan.patternset import PatternSet

__all__ = ["BATCH_BYTES", "BATCH_FILES", "Scan", "errors", "figures", "scan"]


class Scan:
    """The two frames of one job, built from the same tasks: compute them together
    (`dask.compute(found.figures, found.errors)`) and each batch is extracted once."""

    __slots__ = ("batches", "errors", "figures", "inputs")

    def __init__(
        self, figures: dask.dataframe.DataFrame, errors: dask.dataframe.DataFrame, inputs: int, batches: int
    ) -> None:
        self.figures = figures
        self.errors = errors
        self.inputs = inputs  # how many inputs were listed (errors met listing them included)
        self.batches = batches  # how many tasks extract them: one per batch, one partition each

    def __repr__(self) -> str:
        return f"Scan({self.inputs} inputs in {self.batches} batches)"


def _threads() -> int:
    """The worker threads that will run the job: the current distributed client's, else this machine's cores."""
    try:
        from distributed import get_client

        return max(1, int(sum(get_client().nthreads().values())))
    except (ImportError, ValueError):
        return os.cpu_count() or 1


def scan(
    paths: str | Iterable[str],
    *,
    patterns: PatternSet | None = None,
    globs: Sequence[str] | None = None,
    hidden: bool = False,
    encoding: str | None = None,
    limits: Limits = Limits(),
    year: int | None = None,
    batch_bytes: int = BATCH_BYTES,
    batch_files: int = BATCH_FILES,
) -> Scan:
    """The records and the errors of the inputs `paths` names, as Dask frames.

    paths: a path, folder, glob (`bulletins/**/*.txt`) or fsspec URL
    (`s3://bucket/2024/`, `gcs://...`), or several. patterns: a PatternSet
    (`presscan.load_patterns([...])`), None for the shipped patterns. globs:
    which files to read in folders (default *.txt and *.md); hidden: read hidden
    ones too. encoding: force one. limits: the size and time limits of one
    input, as `--max-size` and `--timeout` set them (presscan.batch.Limits).
    year: the year the texts were written, where a text does not say (`--year`).
    batch_bytes, batch_files: the most bytes and files of one batch (one task);
    a small job gets smaller batches, a few per worker thread.
    """
    import dask
    import dask.dataframe as dd

    from presscan.dask import frame, inputs, work

    sized = list(inputs.expand(paths, globs, hidden=hidden))
    groups = list(inputs.batches(sized, *inputs.caps(sized, batch_bytes, batch_files, 4 * _threads())))
    packed = work.pack_patterns(patterns)
    token = dask.base.tokenize(groups, packed, encoding, limits, year)
    shipped = None if packed is None else dask.delayed(packed, name=f"presscan-patterns-{token}")
    parts = [
        dask.delayed(work.batch_frames, nout=2)(
            group, shipped, encoding, limits, year, dask_key_name=f"presscan-batch-{token}-{index}"
        )
        for index, group in enumerate(groups)
    ]
    if not parts:
        empty = dd.from_pandas(frame.meta(), npartitions=1), dd.from_pandas(work.error_frame([]), npartitions=1)
        return Scan(*empty, inputs=0, batches=0)
    records = dd.from_delayed([part[0] for part in parts], meta=frame.meta(), verify_meta=False)
    failed = dd.from_delayed([part[1] for part in parts], meta=work.error_frame([]), verify_meta=False)
    return Scan(records, failed, len(sized), len(groups))


def figures(paths: str | Iterable[str], **options: object) -> dask.dataframe.DataFrame:
    """The records of the inputs `paths` names, one row per figure (the options of `scan`)."""
    return scan(paths, **options).figures  # type: ignore[arg-type]


def errors(paths: str | Iterable[str], **options: object) -> dask.dataframe.DataFrame:
    """The inputs `paths` names that could not be read or extracted, one row each (the options of `scan`)."""
    return scan(paths, **options).errors  # type: ignore[arg-type]
