"""SQLite: the figures of a growing folder in one database, updated in place run after run.

    presscan extract bulletins/ -o figures.db      # again tomorrow: only new and changed files are read

Two tables (presscan.writers.sqlite_schema): `documents`, one row per input
(its content's SHA-256, size, how and when it was read, by which presscan and
patterns, the error if it failed), and `figures`, one row per record, whose
`source` refers to `documents`. The database is written in place, not replaced
(WriterFormat(in_place=True)), and kept safe by SQLite itself:

- WAL mode, whole documents per transaction: a crash or `kill -9` loses at
  most the documents in flight, never half of one, and readers (Datasette,
  sqlite3, pandas) see whole documents while a run writes. A document is
  committed on its own, at once, unless the next one is ready already (the
  batch waits for the database, not the other way round): then the documents
  waiting are gathered into one transaction, for at most COMMIT_SECONDS or
  COMMIT_FIGURES figures. A commit costs about half a millisecond whatever its
  size (SQLite writes every index page it touched), so gathering is what keeps
  the store from becoming the bottleneck (benchmarks/stores.py);
- a run holds a lock on the database for as long as it writes (flock on the
  file; SQLite's own locks are POSIX record locks, which flock does not touch):
  a second run waits up to LOCK_WAIT_SECONDS, then stops with one line;
- the indexes on subject, kind and unit are built when the first run into a
  new database ends (or when the next run starts, if it was stopped): building
  them over the rows costs a fraction of keeping them up to date row by row;
- anything that stops a write (a full disk, a read-only file, a file that is
  no SQLite database, a database of a newer presscan) is an OutputError, exit
  4, naming the file; the transaction in flight is rolled back and the rest of
  the database stays as it was.

Incremental: `up_to_date()` gives the batch, for every document stored without
an error by this presscan version and these pattern files, the SHA-256 of its
bytes; the batch skips an input whose bytes still have it before extracting it.
A changed input's rows are replaced, a new one's added; `prune` removes the
documents, under the paths given, whose files are gone; `force` reads all again.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from presscan import __version__
from presscan.errors import OutputError, PresscanError
from presscan.readers import STDIN
from presscan.record import SCHEMA_VERSION, Figure
from presscan.writers.base import DocumentInfo, Writer, WriterFormat, WriterOptions
from presscan.writers.sqlite_schema import (
    DOCUMENT_COLUMNS,
    FIGURE_COLUMNS,
    check_schema,
    create_indexes,
    create_schema,
    figure_row,
)

if TYPE_CHECKING:
    import sqlite3

    from presscan.jsonline import JsonEncoder

# How long a second run waits for the one writing to the same database before it stops.
LOCK_WAIT_SECONDS = 5.0
# How long one transaction waits for another program writing to the database (sqlite-utils, a script).
BUSY_SECONDS = 30.0
# Documents ready one after another are gathered into one transaction of at most this long or this many
# figures: what a crash may lose, and how long a reader may wait to see them.
COMMIT_SECONDS = 0.5
COMMIT_FIGURES = 10_000
_SQLITE_HEADER = b"SQLite format 3\x00"


class SqliteWriter(Writer):
    """Writes documents and their figures into the database at `path`, one transaction per document."""

    def __init__(self, path: Path, options: WriterOptions) -> None:
        from presscan.jsonline import JsonEncoder

        self.path = path
        self.options = options
        self.encoder: JsonEncoder = JsonEncoder()
        self.rows: list[tuple[Any, ...]] = []
        self.added = self.replaced = self.skipped = self.failed = self.pruned = 0
        self.indexes_later = False
        self.began = 0.0  # when the open transaction began
        self.pending = 0  # figures in it
        self.patterns = patterns_fingerprint(options.pattern_files)
        self._check_file()
        self.lock = _RunLock(path)
        try:
            self.connection = _connect(path)
            with self._writing("open it"):
                check_schema(self.connection, path)  # before anything changes the file
                _write_ahead(self.connection, path)
                self.connection.execute("BEGIN IMMEDIATE")
                self.indexes_later = create_schema(self.connection)
                self.connection.execute("COMMIT")
            self.stored = {source for (source,) in self.connection.execute("SELECT source FROM documents")}
            if options.prune:
                self._prune(options.inputs)
        except BaseException:
            self._release()
            raise

    def _check_file(self) -> None:
        """An output that SQLite cannot open for writing as a database: one line, before anything is written."""
        try:
            with open(self.path, "rb") as existing:
                header = existing.read(len(_SQLITE_HEADER))
        except FileNotFoundError:
            return
        except OSError as error:
            raise OutputError(f"{self.path}: cannot read it: {error.strerror or error}") from None
        if header and header != _SQLITE_HEADER:
            raise OutputError(
                f"{self.path}: not a SQLite database (presscan would not overwrite it); name another file"
            )
        if not os.access(self.path, os.W_OK, effective_ids=os.access in os.supports_effective_ids):
            raise OutputError(f"{self.path}: cannot write to it (read-only); make it writable or name another file")

    def up_to_date(self) -> dict[str, str]:
        if self.options.force:
            return {}
        rows = self.connection.execute(
            "SELECT source, sha256 FROM documents WHERE error IS NULL AND sha256 IS NOT NULL"
            " AND presscan_version = ? AND schema_version = ? AND patterns_sha256 = ?",
            (__version__, SCHEMA_VERSION, self.patterns),
        )
        return dict(rows.fetchall())

    def document_started(self, document: DocumentInfo) -> None:
        self.rows = []

    def write(self, figure: Figure) -> None:
        self.rows.append(figure_row(figure, self.encoder))

    def document_finished(self, document: DocumentInfo, figures: int) -> None:
        values = (
            document.source,
            document.sha256,
            document.size,
            document.characters,
            document.format,
            document.encoding,
            figures,
            _now(),
            __version__,
            SCHEMA_VERSION,
            self.patterns,
            None,
        )
        self._store(document.source, values, self.rows, document.more_ready)
        self.rows = []

    def document_failed(self, source: str, error: PresscanError) -> None:
        self.failed += 1
        if self.options.prune and _gone(source):
            self._remove([source])  # a file named on the command line that is gone: reported, not kept
            return
        values = (source, None, None, None, None, None, 0, _now(), __version__, SCHEMA_VERSION, self.patterns)
        self._store(source, (*values, str(error)), [], False)

    def document_skipped(self, document: DocumentInfo) -> None:
        self.skipped += 1
        if not document.more_ready:
            self._commit()

    def _store(self, source: str, document: tuple[Any, ...], rows: list[tuple[Any, ...]], more_ready: bool) -> None:
        """One document and its figures, replacing what the database held for it: all or nothing.
        Committed now, unless the next document is ready (then it joins the same transaction)."""
        connection = self.connection
        with self._writing(f"store {source}"):
            if not connection.in_transaction:
                connection.execute("BEGIN IMMEDIATE")
                self.began, self.pending = time.monotonic(), 0
            if source in self.stored:
                connection.execute("DELETE FROM figures WHERE source = ?", (source,))
            connection.execute(_UPSERT_DOCUMENT, document)
            connection.executemany(_INSERT_FIGURE, rows)
            self.pending += len(rows)
            if not more_ready or self.pending >= COMMIT_FIGURES or time.monotonic() - self.began >= COMMIT_SECONDS:
                connection.execute("COMMIT")
        if document[-1] is None:
            if source in self.stored:
                self.replaced += 1
            else:
                self.added += 1
        self.stored.add(source)

    def _prune(self, inputs: Iterable[str]) -> None:
        roots = [os.path.normpath(given) for given in inputs if given != STDIN]
        gone = [source for source in sorted(self.stored) if _under(source, roots) and _gone(source)]
        self._remove(gone)
        self.pruned += len(gone)

    def _remove(self, sources: list[str]) -> None:
        if not sources:
            return
        self._commit()
        with self._writing("remove documents"):
            self.connection.execute("BEGIN IMMEDIATE")
            for source in sources:
                self.connection.execute("DELETE FROM figures WHERE source = ?", (source,))
                self.connection.execute("DELETE FROM documents WHERE source = ?", (source,))
            self.connection.execute("COMMIT")
        self.stored.difference_update(sources)

    def _commit(self) -> None:
        if self.connection.in_transaction:
            with self._writing("commit"):
                self.connection.execute("COMMIT")

    def _writing(self, what: str) -> _Writing:
        return _Writing(self, what)

    def summary(self) -> str:
        parts = [f"{self.added} added", f"{self.replaced} replaced", f"{self.skipped} unchanged (skipped)"]
        if self.options.prune:
            parts.append(f"{self.pruned} pruned")
        return f"{self.path.name}: {', '.join(parts)}"

    def close(self) -> None:
        """The documents of an open transaction are whole (a failed write rolled back its own): commit
        them; then build the indexes a first run leaves to the end."""
        try:
            if getattr(self, "connection", None) is not None:
                self._commit()
                if self.indexes_later:
                    with self._writing("index it"):
                        self.connection.execute("BEGIN IMMEDIATE")
                        create_indexes(self.connection)
                        self.connection.execute("COMMIT")
        finally:
            self._release()

    def _release(self) -> None:
        connection = getattr(self, "connection", None)
        if connection is not None:
            try:
                if connection.in_transaction:
                    connection.rollback()
                connection.execute("PRAGMA optimize")
            except Exception:
                pass
            connection.close()  # before the lock: closing its descriptor would drop SQLite's own locks
            self.connection = None  # type: ignore[assignment]
        self.lock.release()


class _Writing:
    """A block that writes: a SQLite error in it rolls back and becomes an OutputError naming the file."""

    def __init__(self, writer: SqliteWriter, what: str) -> None:
        self.writer = writer
        self.what = what

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: object) -> None:
        import sqlite3

        connection = self.writer.connection
        if error is not None and connection is not None and connection.in_transaction:
            connection.rollback()  # the transaction in flight: the database stays as it was before it
        if isinstance(error, sqlite3.Error):
            raise OutputError(f"{self.writer.path}: cannot {self.what}: {_explain(error)}") from None


def _explain(error: Exception) -> str:
    """What a SQLite error means for the user, in one clause."""
    text = str(error)
    lowered = text.lower()
    if "disk is full" in lowered or "disk full" in lowered:
        return "the disk is full (the documents committed before this one are kept)"
    if "readonly" in lowered or "read-only" in lowered:
        return "it is read-only"
    if "not a database" in lowered or "malformed" in lowered:
        return f"not a usable SQLite database ({text})"
    if "locked" in lowered or "busy" in lowered:
        return "another program is writing to it; try again when it is done"
    return text


_UPSERT_DOCUMENT = (
    f"INSERT INTO documents ({', '.join(DOCUMENT_COLUMNS)}) VALUES ({', '.join('?' * len(DOCUMENT_COLUMNS))})"
    f" ON CONFLICT(source) DO UPDATE SET {', '.join(f'{name} = excluded.{name}' for name in DOCUMENT_COLUMNS[1:])}"
)
_INSERT_FIGURE = (
    f"INSERT INTO figures ({', '.join(f'[{name}]' for name in FIGURE_COLUMNS)})"
    f" VALUES ({', '.join('?' * len(FIGURE_COLUMNS))})"
)


def _connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are begun by hand, one per document."""
    import sqlite3

    # The sqlite3 module looks for an adapter for every None it binds and, finding none, fails two
    # attribute lookups: a third of the time of a row with sixteen nulls. None adapted to None is the
    # same NULL, found at once (process-wide, and harmless to any other use of sqlite3).
    sqlite3.register_adapter(type(None), _NULL_ADAPTER)

    try:
        return sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as error:
        raise OutputError(f"{path}: cannot open it: {_explain(error)}") from None


def _write_ahead(connection: sqlite3.Connection, path: Path) -> None:
    """WAL mode, so that readers go on reading while a run writes, each commit durable against a crash
    of presscan (synchronous=NORMAL is what WAL needs for that; a power cut may lose the last ones)."""
    mode = connection.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    connection.execute("PRAGMA synchronous=NORMAL")
    if str(mode).lower() != "wal":
        raise OutputError(f"{path}: cannot switch it to WAL mode (journal mode {mode}); name a file on a local disk")


# The descriptors that hold a run's lock. A worker process forked during the run closes its copies
# (a killed run's lock must go with it, not live on in its workers); the lock stays the parent's.
_held: set[int] = set()


def _close_held_in_child() -> None:
    for descriptor in _held:
        try:
            os.close(descriptor)
        except OSError:
            pass
    _held.clear()


os.register_at_fork(after_in_child=_close_held_in_child)


# None -> None, as a method of C (a Python function costs twice as much, called for every null).
_NULL: dict[object, None] = {}
_NULL_ADAPTER = _NULL.get


class _RunLock:
    """One run at a time writes to a database: an exclusive flock on the file, waited for a while."""

    def __init__(self, path: Path) -> None:
        import fcntl

        self.descriptor: int | None = None
        try:
            self.descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
        except OSError as error:
            raise OutputError(f"{path}: cannot open it: {error.strerror or error}") from None
        _held.add(self.descriptor)
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while True:
            try:
                fcntl.flock(self.descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    self.release()
                    raise OutputError(
                        f"{path}: another presscan run is writing to it; wait for it to finish"
                        " (or write to another file)"
                    ) from None
                time.sleep(0.05)

    def release(self) -> None:
        if self.descriptor is not None:
            _held.discard(self.descriptor)
            os.close(self.descriptor)
            self.descriptor = None


def patterns_fingerprint(pattern_files: Iterable[Path]) -> str | None:
    """The SHA-256 of the pattern files a run extracts with: the shipped ones (the whole folder) and
    the user's; None when a user's file is not a regular file (a pipe: it cannot be read again)."""
    import hashlib

    from presscan.patternset import shipped_patterns_dir

    digest = hashlib.sha256()
    shipped = shipped_patterns_dir()
    for path in sorted(item for item in shipped.rglob("*") if item.is_file()):
        digest.update(path.relative_to(shipped).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    for given in pattern_files:
        try:
            if not Path(given).is_file():
                return None
            digest.update(b"user\0" + Path(given).read_bytes() + b"\0")
        except OSError:
            return None
    return digest.hexdigest()


def _now() -> str:
    from datetime import UTC, datetime  # here, not at the top: every writer module is imported at start-up

    return datetime.now(UTC).isoformat(timespec="seconds")


def _gone(source: str) -> bool:
    return source != STDIN and "://" not in source and not os.path.lexists(source)


def _under(source: str, roots: list[str]) -> bool:
    normal = os.path.normpath(source)
    return any(normal == root or normal.startswith(root.rstrip(os.sep) + os.sep) or root == "." for root in roots)


def _open(path: Path, options: WriterOptions) -> Writer:
    return SqliteWriter(path, options)


FORMAT = WriterFormat(name="sqlite", suffixes=(".db", ".sqlite", ".sqlite3"), file=_open, in_place=True)
