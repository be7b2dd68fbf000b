"""Run the core over many inputs: expand paths, read, extract, yield in input order.

Errors belong to one input: they are yielded as results, never raised, so one
bad file does not stop a batch. With jobs > 1 the files are read and extracted
in a pool of worker processes; results still come back in input order, and at
most a fixed window of files is in flight, so memory does not grow with the
number of files.
"""

from __future__ import annotations

import os
import stat
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path, PurePath

from presscan.core import extract
from presscan.errors import InputError
from presscan.patternset import PatternSet, default_patterns, load_patterns
from presscan.read import STDIN, read_text
from presscan.record import Figure

DEFAULT_GLOBS = ("*.txt", "*.md")
# Files in flight per worker: enough to keep every worker busy while the
# parent writes, few enough that memory stays flat.
WINDOW_PER_JOB = 4
# Without --jobs, a worker is started for every so many files, up to the CPUs.
FILES_PER_DEFAULT_JOB = 8
# A sentence with a figure: extracting it loads everything extraction needs.
_WARM_UP = "全省建成充电桩890台。"

# An input is a path to read, or an error met while listing a folder.
Input = str | InputError
# A Result as it travels back from a worker process.
_Packed = tuple[str, list[Figure], tuple[str, str, str | None] | None, str | None]


@dataclass(slots=True)
class Result:
    source: str
    figures: list[Figure] = field(default_factory=list)
    error: InputError | None = None
    encoding: str | None = None


def expand(paths: Iterable[str], globs: Sequence[str] = DEFAULT_GLOBS, *, hidden: bool = False) -> Iterator[Input]:
    """Files named by `paths`: a file (or "-") as given, a folder as its matching files.

    Folders are walked recursively in sorted order. Hidden files and folders
    are skipped unless `hidden`. Folder symlinks are followed once each, so a
    symlink loop ends. A folder with no matching file is an error.
    """
    patterns = tuple(globs) or DEFAULT_GLOBS
    for given in paths:
        if given != STDIN and os.path.isdir(given):
            found = False
            for item in _walk(given, patterns, hidden):
                found = True
                yield item
            if not found:
                yield InputError(given, f"no files match {', '.join(patterns)}", "choose others with --glob '*.htm'")
        else:
            yield given


def _walk(root: str, globs: tuple[str, ...], hidden: bool) -> Iterator[Input]:
    seen: set[tuple[int, int]] = set()

    def visit(folder: str) -> Iterator[Input]:
        try:
            info = os.stat(folder)
            if (info.st_dev, info.st_ino) in seen:
                return  # reached again through a symlink: a loop or a duplicate
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as exc:
            yield InputError(folder, f"cannot list folder: {exc.strerror or exc}")
            return
        for entry in entries:
            if entry.name.startswith(".") and not hidden:
                continue
            try:
                mode = os.stat(entry.path).st_mode  # follows symlinks
            except OSError:
                continue  # a dangling symlink
            if stat.S_ISDIR(mode):
                yield from visit(entry.path)
            elif stat.S_ISREG(mode) and _matches(entry.path, root, globs):
                yield entry.path

    yield from visit(root)


def _matches(path: str, root: str, globs: tuple[str, ...]) -> bool:
    name = os.path.basename(path)
    relative = PurePath(os.path.relpath(path, root))
    return any(relative.match(pattern) if "/" in pattern else fnmatchcase(name, pattern) for pattern in globs)


def process(source: Input, patterns: PatternSet, encoding: str | None = None) -> Result:
    """Read and extract one input; errors are returned, not raised."""
    if isinstance(source, InputError):
        return Result(source.source, error=source)
    try:
        text, used = read_text(source, encoding)
    except InputError as error:
        return Result(source, error=error)
    return Result(source, extract(text, patterns=patterns, source=source), encoding=used)


def run(
    sources: Iterable[Input],
    patterns: PatternSet,
    encoding: str | None = None,
    *,
    jobs: int = 1,
    pattern_files: Sequence[Path | str] = (),
) -> Iterator[Result]:
    """Results for `sources`, in their order.

    jobs > 1 uses worker processes; each loads its patterns once, from the
    shipped files plus `pattern_files` (which must be the files `patterns` was
    loaded from). stdin is always read here, in this process. The workers are
    started before this returns, so a caller may start threads (a progress bar)
    afterwards.
    """
    if jobs <= 1:
        return (process(source, patterns, encoding) for source in sources)
    pool = _start_pool(patterns, jobs, tuple(str(p) for p in pattern_files))
    return _ordered(pool, sources, patterns, encoding, jobs)


def _start_pool(patterns: PatternSet, jobs: int, pattern_files: tuple[str, ...]) -> ProcessPoolExecutor:
    import multiprocessing

    if sys.platform == "linux":
        # fork: workers inherit the loaded patterns and jieba's dictionary (seconds
        # to load) instead of each loading its own. Safe here: no threads yet.
        extract(_WARM_UP, patterns=patterns)
        context = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=(pattern_files,))
    pool.submit(_ready).result()  # the first task starts the workers (all of them, with fork)
    return pool


def _ordered(
    pool: ProcessPoolExecutor, sources: Iterable[Input], patterns: PatternSet, encoding: str | None, jobs: int
) -> Iterator[Result]:
    window: deque[Future[_Packed] | Result] = deque()
    try:
        for source in sources:
            if source == STDIN or isinstance(source, InputError):
                window.append(process(source, patterns, encoding))
            else:
                window.append(pool.submit(_work, source, encoding))
            while len(window) >= jobs * WINDOW_PER_JOB:
                yield _result(window.popleft())
        while window:
            yield _result(window.popleft())
    finally:
        # Also when stopped early (--fail-fast, Ctrl-C, a closed pipe): drop what is queued.
        pool.shutdown(wait=True, cancel_futures=True)


def _result(item: Future[_Packed] | Result) -> Result:
    if isinstance(item, Result):
        return item
    source, figures, error, encoding = item.result()
    return Result(source, figures, InputError(*error) if error else None, encoding)


_worker_patterns: PatternSet | None = None


def _init_worker(pattern_files: tuple[str, ...]) -> None:
    """Load the patterns once per worker (with fork: find them loaded); Ctrl-C is the parent's to handle."""
    import signal

    global _worker_patterns
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the CLI's handler, inherited through fork
    _worker_patterns = load_patterns(pattern_files) if pattern_files else default_patterns()


def _ready() -> None:
    pass


def _work(source: str, encoding: str | None) -> _Packed:
    """One file in a worker. InputError does not survive pickling (its __init__
    takes three arguments), so it travels as its parts."""
    assert _worker_patterns is not None, "worker started without _init_worker"
    result = process(source, _worker_patterns, encoding)
    error = (result.error.source, result.error.cause, result.error.hint) if result.error else None
    return result.source, result.figures, error, result.encoding
