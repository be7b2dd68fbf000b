"""The interface every writer implements, and how a writer module declares itself.

A writer receives the records of a batch one at a time, in input order, and an
event for every document around them:

    document_started(document)      before the document's records
    write(figure)                   each record
    document_finished(document, n)  after its n records
    document_failed(source, error)  for an input that could not be read (no records)
    close()                         at the end, also when the run stops early

Streaming writers (JSON Lines, CSV) write each record as it comes and ignore
the document events; a database writer keeps a documents table from them, a
report its list of files. Only `write` must be implemented.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import IO

from presscan.errors import PresscanError
from presscan.record import Figure

# Plain classes, not dataclasses: they are declared at every start of the command line,
# and building a dataclass costs a millisecond.


class DocumentInfo:
    """One input as the writers hear of it: its name, the reader that read it ("text"), its encoding."""

    __slots__ = ("encoding", "format", "source")

    def __init__(self, source: str, format: str | None = None, encoding: str | None = None) -> None:
        self.source = source
        self.format = format
        self.encoding = encoding

    def __repr__(self) -> str:
        return f"DocumentInfo({self.source!r}, {self.format!r}, {self.encoding!r})"


class Writer:
    """Base class of the writers: the document events do nothing unless a writer needs them."""

    def document_started(self, document: DocumentInfo) -> None:
        """A document's records come next."""

    def write(self, figure: Figure) -> None:
        raise NotImplementedError

    def document_finished(self, document: DocumentInfo, figures: int) -> None:
        """All `figures` records of the document were written."""

    def document_failed(self, source: str, error: PresscanError) -> None:
        """The input `source` could not be read or extracted: `error` says why (it is on stderr too)."""

    def close(self) -> None:
        """The end: write what is left (a closing bracket, a table) and flush. Called once, whatever happened."""


class WriterOptions:
    """Options of the writers that the command line sets: `excel` asks CSV for spreadsheet programs."""

    __slots__ = ("excel",)

    def __init__(self, excel: bool = False) -> None:
        self.excel = excel


# A writer of text to a stream: stdout, or a file written under a temporary name.
StreamFactory = Callable[[IO[str], WriterOptions], Writer]
# A writer of a whole file (a database, a workbook) at a path: a temporary one,
# renamed to the output's name when the writer is closed (presscan.writers.atomic).
FileFactory = Callable[[Path, WriterOptions], Writer]


class WriterFormat:
    """One output format, as its writer module declares it (FORMAT) for the registry in presscan.writers.

    name: the value of --format. suffixes: the output suffixes that choose it
    (".jsonl"), lower case with the dot. Exactly one of `stream` (a text writer
    that can go to stdout) and `file` (a writer that needs a file of its own:
    SQLite, Parquet, a workbook). terminal: for people at a terminal only,
    never written to a file (the table).
    """

    __slots__ = ("file", "name", "stream", "suffixes", "terminal")

    def __init__(
        self,
        name: str,
        suffixes: tuple[str, ...] = (),
        stream: StreamFactory | None = None,
        file: FileFactory | None = None,
        terminal: bool = False,
    ) -> None:
        if (stream is None) == (file is None):
            raise ValueError(f"writer format {name!r} needs exactly one of stream= and file=")
        self.name = name
        self.suffixes = suffixes
        self.stream = stream
        self.file = file
        self.terminal = terminal

    def __repr__(self) -> str:
        return f"WriterFormat({self.name!r})"

    @property
    def needs_file(self) -> bool:
        return self.file is not None
