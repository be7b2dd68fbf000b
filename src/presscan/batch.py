"""Run the core over many inputs: expand paths, read, extract, yield in input order.

Why this module is long: listing the inputs, reading and hashing one, its time
limit, the pool of worker processes and the window that keeps their results in
order are one pipeline, each step a few functions that the next one calls.

Errors belong to one input: they are yielded as results, never raised, so one
bad file does not stop a batch. That holds for a file that cannot be read, one
larger than the size limit, one whose extraction runs past the time limit, one
that meets a bug in presscan (InternalError), and one whose worker process dies
(killed, out of memory): the pool is started again for the rest. With jobs > 1
the files are read and extracted in a pool of worker processes, up to 16 small
files per task (a large file alone, fewer files as the batch ends); results still
come back in input order, and at most a fixed window of tasks is in flight, so
memory does not grow with the number of files. Given a
text writer's RecordText, a worker hands back each file's records as the bytes
the writer writes (presscan.writers.serialised), not as objects: the parent
only writes them.

Each input's bytes are hashed (SHA-256) as they are read. An incremental
output gives, for the inputs it holds up to date, the hash of the bytes they
were read from (`up_to_date`: source -> hex digest); an input whose bytes still
have that hash is skipped before it is decoded or extracted (Result.skipped),
in the worker that read it, so that a re-run over an unchanged folder costs one
read and one hash per file.
"""

from __future__ import annotations

import hashlib
import os
import signal
import stat
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Sized
from contextlib import contextmanager
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from functools import partial
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, TypeVar

from presscan.collector import tune_collector
from presscan.core import extract, iter_extract, iter_record_values
from presscan.dropped import quiet_when_dropped
from presscan.errors import InputError, InternalError
from presscan.patternset import PatternSet, default_patterns, load_patterns
from presscan.readers import (
    MAX_INPUT_BYTES,
    STDIN,
    Document,
    ReadOptions,
    input_bytes,
    is_url,
    locate,
    open_document,
    read_input,
)
from presscan.readers.fetch import DEFAULT_SECONDS as FETCH_SECONDS
from presscan.readers.fetch import Fetched
from presscan.record import Figure
from presscan.signals import STOP_SIGNALS
from presscan.tables import read_tables
from presscan.thread_limit import thread_time_limit
from presscan.writers.serialised import Chunk, RecordText, SpillError

if TYPE_CHECKING:
    # worker processes (concurrent.futures, multiprocessing, logging) are imported when started:
    # one file, or --jobs 1, starts without them
    from concurrent.futures import Future, ProcessPoolExecutor

DEFAULT_GLOBS = ("*.txt", "*.md", "*.html", "*.htm", "*.shtml", "*.pdf", "*.docx")
# Files sent to a worker in one task, at most: what a task costs the parent (sending it, taking
# its result back in the pool's thread: a tenth of a millisecond) is paid once for them all. A
# task takes files up to TASK_BYTES of them (a large file goes alone), and the last tasks of a
# batch get smaller, so that every worker has TAIL_TASKS_PER_JOB of them left and the workers
# finish together. Without a count of the files (an iterator), tasks take SMALL_TASK files.
FILES_PER_TASK = 16
TASK_BYTES = 64 * 1024
TAIL_TASKS_PER_JOB = 4
SMALL_TASK = 4
# Tasks in flight per worker: enough to keep every worker busy while the
# parent writes, few enough that memory stays flat.
WINDOW_PER_JOB = 3
# Without --jobs, a worker is started for every so many files, up to the CPUs.
FILES_PER_DEFAULT_JOB = 8
# A sentence with a figure: extracting it loads everything extraction needs.
_WARM_UP = "全省建成充电桩890台。"

# The time limit for one input, when none is given: generous for text (a 50 MB
# bulletin on one line, 17 million characters, took about 5 minutes on 2 cores),
# short enough that a hostile input does not hold a batch for hours.
BASE_SECONDS = 120.0
SECONDS_PER_MILLION_CHARACTERS = 60.0
# An exception's text in an InternalError is cut to this many characters.
_LONGEST_CAUSE = 300

# An input is a path to read, or an error met while listing a folder.
Input = str | InputError
# An error as it travels back from a worker process: (kind, source, cause, hint).
_PackedError = tuple[str, str, str, str | None]
# What a Result says about its input: sha256, size in bytes, characters, skipped.
_Facts = tuple[str | None, int | None, int | None, bool]
# A Result as it travels back from a worker process.
_Packed = tuple[str, list[Figure], _PackedError | None, str | None, str | None, str | None, _Facts, Chunk | None]
# An input in the window of _ordered: its source; its result, or the task's results it is the
# index-th of; whether it is the task's last.
_Window = deque[tuple[str, "Future[list[_Packed]] | Result", int, bool]]


@dataclass(frozen=True)
class Limits:
    """What one input may cost.

    max_bytes: the most bytes read from it (None: no limit). seconds: the most
    time its extraction may take; None for the default, BASE_SECONDS plus
    SECONDS_PER_MILLION_CHARACTERS for its length; 0 for no limit.
    """

    max_bytes: int | None = MAX_INPUT_BYTES
    seconds: float | None = None

    def reading_seconds(self) -> float | None:
        """The most time reading one input may take (a PDF's pages, a page's markup): the
        limit given, else BASE_SECONDS."""
        if self.seconds is None:
            return BASE_SECONDS
        return self.seconds or None

    def seconds_for(self, characters: int) -> float | None:
        if self.seconds is None:
            return BASE_SECONDS + SECONDS_PER_MILLION_CHARACTERS * characters / 1e6
        return self.seconds or None


@dataclass(slots=True)
class Result:
    """One input: its records, or the error that stopped it; how it was read (format, encoding);
    the SHA-256 (hex) and size of its bytes and the characters of its text, when it was read;
    skipped: it was not extracted, its bytes having the hash the output holds (no records).
    more_ready: the next input's result was ready when this one was handed on (a writer may then
    gather documents into one transaction: presscan.writers.sqlite).
    chunk: the records written already by a text writer's RecordText where they were made
    (presscan.writers.serialised), instead of `figures`, when the batch was given one."""

    source: str
    figures: list[Figure] = field(default_factory=list)
    error: InputError | InternalError | None = None
    encoding: str | None = None
    format: str | None = None  # the reader that read it (presscan.readers): "text"
    text: str | None = None  # the document's text, when asked for (keep_text): the records' offsets point into it
    sha256: str | None = None
    size: int | None = None
    characters: int | None = None
    skipped: bool = False
    more_ready: bool = False
    written: int = 0  # records written where they were extracted, not carried here (a cluster's workers wrote them)
    chunk: Chunk | None = None

    def facts(self) -> _Facts:
        return self.sha256, self.size, self.characters, self.skipped

    @property
    def records(self) -> int:
        """How many records it carries, as objects or in its chunk."""
        return len(self.figures) + (self.chunk.records if self.chunk is not None else 0)


def expand(paths: Iterable[str], globs: Sequence[str] = DEFAULT_GLOBS, *, hidden: bool = False) -> Iterator[Input]:
    """Files named by `paths`: a file (or "-") as given, a folder as its matching files.

    Folders are walked recursively in sorted order. Hidden files and folders
    are skipped unless `hidden`. Folder symlinks are followed once each, so a
    symlink loop ends. A matching name that cannot be read (a dangling symlink)
    or is not a regular file (a pipe, a device) is an error for that name. A
    folder with no matching file is an error.
    """
    patterns = tuple(globs) or DEFAULT_GLOBS
    for given in paths:
        if given != STDIN and os.path.isdir(given):
            found = False
            for item in _walk(given, patterns, hidden):
                found = True
                yield item
            if not found:
                yield InputError(given, f"no files match {', '.join(patterns)}", "choose others with --glob '*.text'")
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
            except OSError as exc:
                # a dangling symlink or a symlink loop: an input that cannot be read
                if _matches(entry.path, root, globs):
                    yield InputError(entry.path, f"cannot read: {exc.strerror or exc}")
                continue
            if stat.S_ISDIR(mode):
                yield from visit(entry.path)
            elif not _matches(entry.path, root, globs):
                continue
            elif stat.S_ISREG(mode):
                yield entry.path
            else:
                # a named pipe would block the batch, a device never end: named on
                # the command line they are read, found in a folder they are not
                yield InputError(
                    entry.path,
                    "not a regular file (a pipe, socket or device)",
                    "name it on the command line to read it",
                )

    yield from visit(root)


def _matches(path: str, root: str, globs: tuple[str, ...]) -> bool:
    name = os.path.basename(path)
    if any(fnmatchcase(name, pattern) for pattern in globs if "/" not in pattern):
        return True
    # the path under the folder, only for a glob with a folder in it: relpath costs more than the rest
    nested = [pattern for pattern in globs if "/" in pattern]
    return bool(nested) and any(PurePath(os.path.relpath(path, root)).match(pattern) for pattern in nested)


class _TimedOut(BaseException):
    """Raised by the alarm; a BaseException so that no `except Exception` swallows it."""


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise _TimedOut in this block after `seconds`: SIGALRM in the main thread on Unix, a timer
    thread in other threads (a Dask worker's: presscan.thread_limit)."""
    if not seconds:
        yield
        return
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        with thread_time_limit(seconds, _TimedOut):
            yield
        return

    fired = []

    def expired(signum: int, frame: object) -> None:
        fired.append(signum)
        raise _TimedOut

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        with quiet_when_dropped(_TimedOut):
            yield
        # The handler may have run inside a finalizer or a gc callback, where Python
        # drops what it raises: the limit was passed all the same.
        if fired:
            raise _TimedOut
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_warmed_up = False


def _warm_up(patterns: PatternSet) -> None:
    """Load what extraction needs (the patterns' rules and the lexicon index) once per process."""
    global _warmed_up
    if not _warmed_up:
        extract(_WARM_UP, patterns=patterns)
        _warmed_up = True


_Value = TypeVar("_Value")


def _reading_seconds(source: str, limits: Limits) -> float | None:
    reading = limits.reading_seconds()
    if reading and is_url(source):
        reading += limits.seconds or FETCH_SECONDS  # the fetch has its own limit, and its own message
    return reading


def _within(reading: float | None, source: str, step: Callable[[], _Value]) -> _Value | InputError | InternalError:
    """A step of reading one input, within the reading time limit; errors are returned, not raised."""
    try:
        # reading a PDF or a big page takes time too: it has a limit of its own
        with _time_limit(reading):
            return step()
    except InputError as error:
        return error
    except _TimedOut:
        cause = f"reading took longer than {reading:g} s, the time limit for reading one input"
        return InputError(source, cause, "raise the limit with --timeout")
    except MemoryError:
        return InputError(source, "not enough memory to read it", "split it")
    except Exception as exc:  # a bug in a reader: this input fails, the batch goes on
        return _internal(source, exc)


def read_document(
    source: str, patterns: PatternSet, encoding: str | None = None, limits: Limits = Limits()
) -> Document | InputError | InternalError:
    """Read one input into a Document, within the reading time limit; errors are returned, not raised."""
    options = ReadOptions(encoding, limits.max_bytes, patterns, limits.seconds)
    return _within(_reading_seconds(source, limits), source, partial(open_document, source, options))


def process(
    source: Input,
    patterns: PatternSet,
    encoding: str | None = None,
    limits: Limits = Limits(),
    keep_text: bool = False,
    up_to_date: str | None = None,
    year: int | None = None,
    record_text: RecordText | None = None,
) -> Result:
    """Read and extract one input; errors are returned, not raised. With keep_text the
    result carries the document's text (a report shows it). `up_to_date`: the SHA-256 of the
    bytes an output holds this input from; when the bytes still have it, the input is skipped.
    `year`: the year of writing where the text does not say (presscan.extract's).

    With `record_text` (a text writer's: presscan.writers.serialised) the records are written
    with it as they are made, into the result's chunk, and not kept as objects: memory does not
    grow with the records of a long text (a document with tables or pages has its records merged
    with its cells' and located first). When extraction fails part-way (its time limit), what
    was written is dropped: the result is the error alone, as without `record_text`."""
    if isinstance(source, InputError):
        return Result(source.source, error=source)
    options = ReadOptions(encoding, limits.max_bytes, patterns, limits.seconds)
    reading = _reading_seconds(source, limits)
    given = _within(reading, source, partial(input_bytes, source, options))
    if not isinstance(given, Fetched):
        return Result(source, error=given)
    digest, size = hashlib.sha256(given.data).hexdigest(), len(given.data)
    if digest == up_to_date:
        return Result(source, sha256=digest, size=size, skipped=True)
    document = _within(reading, source, partial(read_input, given, source, options))
    if not isinstance(document, Document):
        if isinstance(document, InternalError):
            return Result(source, error=document)
        return Result(source, error=document, sha256=digest, size=size)
    del given  # the text is all that is needed from here on
    text = document.text
    seconds = limits.seconds_for(len(text))
    if limits.seconds:
        # a limit given by hand may be short: loading the lexicon must not count
        # against the first input
        _warm_up(patterns)
    chunk = None if record_text is None else Chunk()
    try:
        try:
            with _time_limit(seconds):
                if record_text is None or chunk is None:
                    figures = list(_records(document, patterns, source, year))
                else:
                    figures = []
                    _write_records(document, patterns, source, year, record_text, chunk)
        except BaseException:
            # whatever stopped it, even as the chunk was complete: nothing of the document is
            # kept, its temporary file neither
            if chunk is not None:
                chunk.discard()
            raise
    except _TimedOut:
        cause = f"extraction took longer than {seconds:g} s, the time limit for this input"
        return Result(source, error=InputError(source, cause, "split it, or raise the limit with --timeout"))
    except MemoryError:
        return Result(source, error=InputError(source, "not enough memory to extract it", "split it"))
    except SpillError as error:
        return Result(source, error=InputError(source, str(error), "free space in the temporary folder ($TMPDIR)"))
    except Exception as exc:  # a bug: this input fails, the batch goes on
        return Result(source, error=_internal(source, exc))
    return Result(
        source,
        figures,
        None,
        document.encoding,
        document.format,
        text if keep_text else None,
        digest,
        size,
        len(text),
        chunk=chunk,
    )


def _records(document: Document, patterns: PatternSet, source: str, year: int | None) -> Iterator[Figure]:
    """The records of a document as they are made; those of a document with tables or pages
    (regions) come once its tables are read, merged and located (presscan.tables, readers.locate)."""
    located = _located(document, patterns, source, year)
    if located is not None:
        return located
    return iter_extract(document.text, patterns=patterns, source=source, year=year)


def _write_records(
    document: Document, patterns: PatternSet, source: str, year: int | None, record_text: RecordText, chunk: Chunk
) -> None:
    """The records of a document written into `chunk` with `record_text`. Those of a plain text are
    written from their values as they are made, without making Figures of them (a Figure costs
    more to build and read back than the JSON Lines writer spends on the line: recordvalues.py)."""
    located = _located(document, patterns, source, year)
    if located is not None:
        record_text.chunk(located, chunk)
    else:
        record_text.chunk_values(iter_record_values(document.text, patterns=patterns, source=source, year=year), chunk)


def _located(document: Document, patterns: PatternSet, source: str, year: int | None) -> Iterator[Figure] | None:
    """The records of a document with tables or pages (regions), once its tables are read, merged
    and located; None for a plain text, whose records need neither."""
    tables = read_tables(document, patterns)
    if tables is not None:
        made = iter_extract(document.text, patterns=patterns, source=source, year=year)
        return iter(locate(tables.merged(list(made)), tables.document))
    if document.regions:
        return iter(locate(list(iter_extract(document.text, patterns=patterns, source=source, year=year)), document))
    return None


def _internal(source: str, exc: Exception) -> InternalError:
    cause = f"{type(exc).__name__}: {exc}"
    if len(cause) > _LONGEST_CAUSE:
        cause = cause[:_LONGEST_CAUSE] + "..."
    return InternalError(source, cause)


def run(
    sources: Iterable[Input],
    patterns: PatternSet,
    encoding: str | None = None,
    *,
    jobs: int = 1,
    pattern_files: Sequence[Path | str] = (),
    limits: Limits = Limits(),
    keep_text: bool = False,
    up_to_date: Mapping[str, str] | None = None,
    year: int | None = None,
    record_text: RecordText | None = None,
) -> Iterator[Result]:
    """Results for `sources`, in their order; with keep_text each carries its document's text.
    `year`: the year of writing where a text does not say (presscan.extract's). `record_text`
    (a text writer's): each result carries its records written with it, in its chunk, made
    where the input was extracted (a worker process): the writer only copies them out.

    up_to_date: source -> the SHA-256 of the bytes an output holds it from; an
    input whose bytes have it is skipped, not extracted (Result.skipped).

    jobs > 1 uses worker processes. With fork (Linux) they inherit `patterns`;
    otherwise each loads its patterns once, from the shipped files plus
    `pattern_files` (which must be the files `patterns` was loaded from). stdin
    is always read here, in this process. The workers are started before this
    returns, so a caller may start threads (a progress bar) afterwards.
    """
    known = up_to_date or {}
    one_at_a_time = partial(process, patterns=patterns, encoding=encoding, limits=limits, keep_text=keep_text)
    if jobs <= 1:
        return (
            one_at_a_time(source, up_to_date=_known(known, source), year=year, record_text=record_text)
            for source in sources
        )
    files = tuple(str(p) for p in pattern_files)
    try:
        pool = _start_pool(patterns, jobs, files)
    except (OSError, ImportError, NotImplementedError) as error:
        # no worker processes here (no /dev/shm, a process limit): one at a time
        sys.stderr.write(f"presscan: warning: cannot start worker processes ({error}); reading one file at a time\n")
        return (
            one_at_a_time(source, up_to_date=_known(known, source), year=year, record_text=record_text)
            for source in sources
        )
    return _ordered(
        pool,
        lambda: _start_pool(patterns, jobs, files),
        sources,
        patterns,
        encoding,
        jobs,
        limits,
        keep_text,
        known,
        year,
        record_text,
    )


def _known(up_to_date: Mapping[str, str], source: Input) -> str | None:
    return up_to_date.get(source) if isinstance(source, str) else None


def _start_pool(patterns: PatternSet, jobs: int, pattern_files: tuple[str, ...]) -> ProcessPoolExecutor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if sys.platform == "linux":
        # fork: workers inherit the loaded patterns and lexicon blocks instead of
        # each loading its own, and never read a pattern file
        # again (it may be a pipe: -p <(...), or have changed since).
        _warm_up(patterns)
        context = multiprocessing.get_context("fork")
        inherited: PatternSet | None = patterns
    else:
        context = multiprocessing.get_context("spawn")
        inherited = None
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=(pattern_files, inherited))
    # Ctrl-C or SIGTERM during a fork would run the CLI's handler inside a fork
    # hook (logging's), where its exception is ignored and the run goes on: hold
    # them until the workers exist, then they arrive where they can stop the run.
    held = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS) if hasattr(signal, "pthread_sigmask") else None
    try:
        ready = pool.submit(_ready)  # the first task starts the workers (all of them, with fork)
    finally:
        if held is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
    ready.result()
    return pool


_DIED = "not processed: a worker process died while it was in progress (killed, or out of memory)"


def _ordered(
    pool: ProcessPoolExecutor,
    restart: Callable[[], ProcessPoolExecutor],
    sources: Iterable[Input],
    patterns: PatternSet,
    encoding: str | None,
    jobs: int,
    limits: Limits,
    keep_text: bool = False,
    up_to_date: Mapping[str, str] | None = None,
    year: int | None = None,
    record_text: RecordText | None = None,
) -> Iterator[Result]:
    from concurrent.futures.process import BrokenProcessPool

    known_sources = up_to_date or {}
    window: _Window = deque()
    group: list[str] = []  # the files of the next task
    group_bytes = 0
    tasks = 0  # tasks in the window
    total = len(sources) if isinstance(sources, Sized) else None

    def submit() -> None:
        nonlocal pool, tasks, group_bytes
        task = (tuple(group), tuple(known_sources.get(source) for source in group))
        try:
            future = pool.submit(_work_on, *task, encoding, limits, keep_text, year, record_text)
        except BrokenProcessPool:
            # A worker died: the files in flight are reported as they come out
            # of the window; the rest go to a new pool.
            pool.shutdown(wait=False, cancel_futures=True)
            pool = restart()
            future = pool.submit(_work_on, *task, encoding, limits, keep_text, year, record_text)
        last = len(group) - 1
        window.extend((source, future, index, index == last) for index, source in enumerate(group))
        tasks += 1
        group.clear()
        group_bytes = 0

    def task_size(position: int) -> int:
        """The most files of a task that starts with the position-th input."""
        if total is None:
            return SMALL_TASK
        left = total - position
        return max(1, min(FILES_PER_TASK, left // (jobs * TAIL_TASKS_PER_JOB)))

    try:
        size = 0
        for position, source in enumerate(sources):
            if source == STDIN or isinstance(source, InputError):
                if group:
                    submit()  # the files before it come before it
                known = _known(known_sources, source)
                result = process(source, patterns, encoding, limits, keep_text, known, year, record_text)
                window.append(("", result, 0, False))
            else:
                if not group:
                    size = task_size(position)
                group.append(source)
                group_bytes += _input_size(source)
                if len(group) >= size or group_bytes >= TASK_BYTES:
                    submit()
            while tasks >= jobs * WINDOW_PER_JOB or len(window) >= jobs * WINDOW_PER_JOB * FILES_PER_TASK:
                tasks -= window[0][3]
                yield _next(window)
        if group:
            submit()
        while window:
            yield _next(window)
    finally:
        # Also when stopped early (--fail-fast, Ctrl-C, a closed pipe): drop what is queued,
        # and the records of what was done but not written (a chunk may hold a temporary file).
        pool.shutdown(wait=True, cancel_futures=True)
        for _, item, index, _ in window:
            _drop(item, index)


def _input_size(source: str) -> int:
    """The bytes a task counts for an input: a file's size; a URL's is unknown, and counts as a task's."""
    if is_url(source):
        return TASK_BYTES
    try:
        return os.stat(source).st_size
    except OSError:
        return 0  # the worker reports why it cannot be read


def _next(window: _Window) -> Result:
    """The first result of the window, saying whether the one after it is ready already."""
    source, item, index, _ = window.popleft()
    result = _result(source, item, index)
    if window:
        following = window[0][1]
        result.more_ready = isinstance(following, Result) or following.done()
    return result


def _result(source: str, item: Future[list[_Packed]] | Result, index: int) -> Result:
    if isinstance(item, Result):
        return item
    from concurrent.futures.process import BrokenProcessPool

    try:
        packed = item.result()[index]
    except BrokenProcessPool:
        return Result(source, error=InputError(source, _DIED, f"try it alone: presscan extract {source}"))
    source, figures, error, encoding, reader, text, (sha256, size, characters, skipped), chunk = packed
    return Result(
        source, figures, _unpack(error), encoding, reader, text, sha256, size, characters, skipped, chunk=chunk
    )


def _drop(item: Future[list[_Packed]] | Result, index: int) -> None:
    """Drop the records of a result that will not be written."""
    if not isinstance(item, Result):
        if not item.done() or item.cancelled() or item.exception() is not None:
            return
        chunk = item.result()[index][-1]
    else:
        chunk = item.chunk
    if chunk is not None:
        chunk.discard()


def _pack(error: InputError | InternalError | None) -> _PackedError | None:
    if error is None:
        return None
    kind = "internal" if isinstance(error, InternalError) else "input"
    return kind, error.source, error.cause, error.hint


def _unpack(error: _PackedError | None) -> InputError | InternalError | None:
    if error is None:
        return None
    kind, source, cause, hint = error
    return InternalError(source, cause) if kind == "internal" else InputError(source, cause, hint)


_worker_patterns: PatternSet | None = None


def _init_worker(pattern_files: tuple[str, ...], inherited: PatternSet | None = None) -> None:
    """Take the patterns (inherited with fork, else loaded once); Ctrl-C is the parent's to handle."""
    global _worker_patterns
    tune_collector()  # inherited with fork; a spawned worker starts with CPython's defaults
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the CLI's handler, inherited through fork
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)  # held by _start_pool while it forked
    if inherited is not None:
        _worker_patterns = inherited
    else:
        _worker_patterns = load_patterns(pattern_files) if pattern_files else default_patterns()


def _ready() -> None:
    pass


def _work_on(
    sources: tuple[str, ...],
    up_to_date: tuple[str | None, ...],
    encoding: str | None,
    limits: Limits,
    keep_text: bool,
    year: int | None,
    record_text: RecordText | None,
) -> list[_Packed]:
    """The files of one task, one after another, in a worker; `up_to_date`: each one's (process)."""
    return [
        _work(source, encoding, limits, keep_text, known, year, record_text)
        for source, known in zip(sources, up_to_date, strict=True)
    ]


def _work(
    source: str,
    encoding: str | None,
    limits: Limits = Limits(),
    keep_text: bool = False,
    up_to_date: str | None = None,
    year: int | None = None,
    record_text: RecordText | None = None,
) -> _Packed:
    """One file in a worker. InputError does not survive pickling (its __init__
    takes three arguments), so it travels as its parts. With `record_text` the records
    travel as the bytes the writer writes for them (a Chunk), not as objects to encode there."""
    assert _worker_patterns is not None, "worker started without _init_worker"
    result = process(source, _worker_patterns, encoding, limits, keep_text, up_to_date, year, record_text)
    return (
        result.source,
        result.figures,
        _pack(result.error),
        result.encoding,
        result.format,
        result.text,
        result.facts(),
        result.chunk,
    )
