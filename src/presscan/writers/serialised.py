"""Records as the bytes a text writer writes for them, made where the records are made.

A text writer (JSON Lines, JSON, CSV) writes each record with its RecordText.
A batch hands that same object to the process that extracts a document (a
worker process with --jobs), which writes the document's records with it as
they are made, into a Chunk: the bytes the writer would have written for them,
UTF-8. The writer copies a chunk out as it is (`write_chunk`): the parent of a
pool of workers only writes, and the bytes are the same whichever process made
them, by construction.

A chunk holds its bytes in memory up to SPILL_BYTES, then in a temporary file
(named, so that it can travel from a worker process to the parent, which
removes it once written or dropped): a document of a million records costs the
memory of SPILL_BYTES, not of its records. A document that fails part-way (its
time limit passed) drops its chunk: nothing of it reaches the output.
"""

from __future__ import annotations

import codecs
import os
import tempfile
from collections.abc import Callable, Iterable
from typing import IO, TypeVar

from presscan.record import Figure
from presscan.recordvalues import RecordValues, figure_of

_Item = TypeVar("_Item")

# Bytes of a chunk held in memory; past this many, the chunk goes to a temporary file.
SPILL_BYTES = 4 * 2**20
# Bytes copied at a time from a spilled chunk to the output.
_COPY_BYTES = 2**20
# Text that UTF-8 cannot encode (a lone surrogate: a file name that is not UTF-8) becomes
# \udcff, as the writers' streams write it (presscan.writers.atomic.ENCODING_ERRORS).
_ERRORS = "backslashreplace"


class SpillError(Exception):
    """A chunk could not be written to its temporary file (a full or read-only $TMPDIR)."""


class Chunk:
    """The records of one document as a text writer writes them (UTF-8 bytes), and how many there are.

    `add` the text of each record; `finish` once; then the chunk can travel (pickled) and be
    written once (`write_to`) or dropped (`discard`)."""

    __slots__ = ("_file", "data", "path", "records")

    def __init__(self) -> None:
        self.records = 0
        self.data = bytearray()  # the bytes, while they fit in SPILL_BYTES
        self.path: str | None = None  # the temporary file that holds them, when they did not
        self._file: IO[bytes] | None = None

    def add(self, text: str, records: int = 1) -> None:
        """The text of `records` more records (0: text between them), encoded as it comes."""
        self.data += text.encode("utf-8", _ERRORS)
        self.records += records
        if len(self.data) > SPILL_BYTES:
            self._spill()

    def _spill(self) -> None:
        try:
            if self._file is None:
                handle, self.path = tempfile.mkstemp(prefix="presscan-", suffix=".records")
                self._file = os.fdopen(handle, "wb")
            self._file.write(self.data)
        except OSError as error:
            raise SpillError(f"cannot write its records to a temporary file: {error.strerror or error}") from None
        self.data.clear()

    def finish(self) -> Chunk:
        """No more records: the bytes are in `data`, or in the file at `path`."""
        if self._file is not None:
            self._spill()
            self._file.close()
            self._file = None
        return self

    def write_to(self, stream: IO[str]) -> None:
        """Write the bytes to the text stream `stream`, then remove the temporary file if there is one."""
        try:
            if self.path is None:
                write_utf8(stream, self.data)
                return
            raw = byte_stream(stream)
            with open(self.path, "rb") as spilled:
                if raw is None:
                    for text in codecs.iterdecode(iter(lambda: spilled.read(_COPY_BYTES), b""), "utf-8"):
                        stream.write(text)
                    return
                stream.flush()
                while block := spilled.read(_COPY_BYTES):
                    raw.write(block)
        finally:
            self.discard()

    def discard(self) -> None:
        """Drop the bytes (the temporary file too): the chunk is not to be written."""
        self.data = bytearray()
        if self._file is not None:
            self._file.close()
            self._file = None
        if self.path is not None:
            try:
                os.unlink(self.path)
            except OSError:
                pass
            self.path = None

    def __getstate__(self) -> tuple[int, bytearray, str | None]:
        assert self._file is None, "a chunk travels once finished"
        return self.records, self.data, self.path

    def __setstate__(self, state: tuple[int, bytearray, str | None]) -> None:
        self.records, self.data, self.path = state
        self._file = None


class RecordText:
    """How a text writer writes records: each record's text (`text`), and what stands between two
    records' (`separator`). The writer writes a record with it one at a time (`text`), or a
    document's records at once, made elsewhere with it (`chunk`).

    It travels pickled to worker processes as its arguments alone (`arguments`): what it keeps
    between records (an encoder's caches) is built again where it runs."""

    separator = ""

    def text(self, figure: Figure) -> str:
        raise NotImplementedError

    def arguments(self) -> tuple[object, ...]:
        """The arguments that build this RecordText again in another process."""
        return ()

    def values_text(self, values: RecordValues) -> str:
        """The text of the record of `values` (presscan.core.iter_record_values): `text` of its
        Figure, unless a writer writes the values as they are (JSON Lines)."""
        return self.text(figure_of(values))

    def chunk(self, figures: Iterable[Figure], into: Chunk | None = None) -> Chunk:
        """The records `figures` as one chunk (`into`, or a new one), each record's text added as
        the record comes. When this fails part-way (the time limit, a bug) the chunk is dropped,
        its temporary file too; a caller that must drop it whenever it fails, even once this has
        returned (a time limit that passes as it returns), passes its own `into`."""
        return self._chunk(figures, self.text, into)

    def chunk_values(self, records: Iterable[RecordValues], into: Chunk | None = None) -> Chunk:
        """`chunk` of the records of `records`, each written with `values_text`."""
        return self._chunk(records, self.values_text, into)

    def _chunk(self, records: Iterable[_Item], text: Callable[[_Item], str], into: Chunk | None) -> Chunk:
        chunk = Chunk() if into is None else into
        separator = self.separator
        try:
            for record in records:
                if separator and chunk.records:
                    chunk.add(separator, 0)
                chunk.add(text(record))
            return chunk.finish()
        except BaseException:
            chunk.discard()
            raise

    def __reduce__(self) -> tuple[type[RecordText], tuple[object, ...]]:
        return type(self), self.arguments()


def byte_stream(stream: IO[str]) -> IO[bytes] | None:
    """The byte stream under a text stream that writes UTF-8 (a file, stdout to a pipe), else None.
    Where a text stream may write a line break as two characters (Windows), its text layer
    does the writing, so that it writes what it wrote before."""
    buffer = getattr(stream, "buffer", None)
    encoding = getattr(stream, "encoding", None)
    if os.linesep != "\n":
        return None
    if buffer is not None and isinstance(encoding, str) and codecs.lookup(encoding).name == "utf-8":
        return buffer  # type: ignore[no-any-return]
    return None


def write_utf8(stream: IO[str], data: bytes | bytearray) -> None:
    """UTF-8 bytes to a text stream: to its byte stream as they are when it writes UTF-8 (what the
    text stream holds is flushed first, to keep the order), else decoded and written as text."""
    raw = byte_stream(stream)
    if raw is None:
        stream.write(data.decode("utf-8"))
        return
    stream.flush()
    raw.write(data)
