"""The interface every writer implements, and how a writer module declares itself.

A writer receives the records of a batch one at a time, in input order, and an
event for every document around them:

    document_started(document)      before the document's records
    write(figure)                   each record
    document_finished(document, n)  after its n records
    document_failed(source, error)  for an input that could not be read (no records)
    document_skipped(document)      for an input the output holds up to date already (no records)
    close()                         at the end, also when the run stops early

Streaming writers (JSON Lines, CSV) write each record as it comes and ignore
the document events; a database writer keeps a documents table from them, a
report its list of files. Only `write` must be implemented.

A text writer may also say how it writes a record (`record_text`, a
presscan.writers.serialised.RecordText): the batch then writes each
document's records with it where they are made (in a worker process with
--jobs) and hands the writer the bytes (`write_chunk(chunk)`) instead of
`write` for each record.

An incremental output (SQLite) says which inputs it holds up to date
(`up_to_date()`: source -> SHA-256 of the content they were read from); the
batch hashes each input as it reads it and skips, before extracting, every one
whose hash is the same. The writer hears of those as `document_skipped`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import IO

from presscan.errors import PresscanError
from presscan.record import Figure
from presscan.writers.serialised import Chunk, RecordText

# Plain classes, not dataclasses: they are declared at every start of the command line,
# and building a dataclass costs a millisecond.


class DocumentInfo:
    """One input as the writers hear of it: its name, the reader that read it ("text"), its encoding;
    the SHA-256 of its bytes (hex), how many bytes and how many characters (decoded) it has;
    more_ready: the next document is ready already (the writer is what the batch waits for)."""

    __slots__ = ("characters", "encoding", "format", "more_ready", "sha256", "size", "source")

    def __init__(
        self,
        source: str,
        format: str | None = None,
        encoding: str | None = None,
        sha256: str | None = None,
        size: int | None = None,
        characters: int | None = None,
        more_ready: bool = False,
    ) -> None:
        self.source = source
        self.format = format
        self.encoding = encoding
        self.sha256 = sha256
        self.size = size
        self.characters = characters
        self.more_ready = more_ready

    def __repr__(self) -> str:
        return f"DocumentInfo({self.source!r}, {self.format!r}, {self.encoding!r})"


class Writer:
    """Base class of the writers: the document events do nothing unless a writer needs them."""

    # How this writer writes a record as text, for the batch to write records with where they are
    # made; None for a writer that needs the records themselves (a database, a table).
    record_text: RecordText | None = None

    def document_started(self, document: DocumentInfo) -> None:
        """A document's records come next."""

    def write(self, figure: Figure) -> None:
        raise NotImplementedError

    def write_chunk(self, chunk: Chunk) -> None:
        """A document's records, written with `record_text` elsewhere: write them as they are."""
        raise NotImplementedError(f"{type(self).__name__} has no record_text: it takes records, not a chunk")

    def document_finished(self, document: DocumentInfo, figures: int) -> None:
        """All `figures` records of the document were written."""

    def document_failed(self, source: str, error: PresscanError) -> None:
        """The input `source` could not be read or extracted: `error` says why (it is on stderr too)."""

    def up_to_date(self) -> dict[str, str]:
        """Inputs this output holds up to date already, as source -> SHA-256 (hex) of the bytes they
        were read from: the batch does not extract an input again while its bytes have that hash.
        Only an incremental output (a database written in place) has any."""
        return {}

    def document_skipped(self, document: DocumentInfo) -> None:
        """The input was not extracted: its bytes have the hash `up_to_date()` gave for it."""

    def summary(self) -> str | None:
        """What the summary line adds for this output after close() ("figures.db: 3 added, ..."), or None."""
        return None

    def close(self) -> None:
        """The end: write what is left (a closing bracket, a table) and flush. Called once, whatever happened."""


class WriterOptions:
    """Options of the writers that the command line sets: `excel` asks CSV for spreadsheet programs.

    For an incremental output (written in place): `force` extracts every input again (--force);
    `prune` removes the documents whose files are gone from under `inputs` (--prune); `inputs`
    are the paths given on the command line; `pattern_files` the user's pattern files, which
    with the shipped ones and presscan's version decide whether a stored document is up to date.
    """

    __slots__ = ("excel", "force", "inputs", "pattern_files", "prune")

    def __init__(
        self,
        excel: bool = False,
        *,
        force: bool = False,
        prune: bool = False,
        inputs: tuple[str, ...] = (),
        pattern_files: tuple[Path, ...] = (),
    ) -> None:
        self.excel = excel
        self.force = force
        self.prune = prune
        self.inputs = inputs
        self.pattern_files = pattern_files


# A writer of text to a stream: stdout, or a file written under a temporary name.
StreamFactory = Callable[[IO[str], WriterOptions], Writer]
# A writer of a whole file (a database, a workbook) at a path: a temporary one,
# renamed to the output's name when the writer is closed (presscan.writers.atomic);
# or, for a format declared in_place (an incremental database), the output itself.
FileFactory = Callable[[Path, WriterOptions], Writer]


class WriterFormat:
    """One output format, as its writer module declares it (FORMAT) for the registry in presscan.writers.

    name: the value of --format. suffixes: the output suffixes that choose it
    (".jsonl"), lower case with the dot. Exactly one of `stream` (a text writer
    that can go to stdout) and `file` (a writer that needs a file of its own:
    SQLite, Parquet, a workbook). terminal: for people at a terminal only,
    never written to a file (the table). in_place (with `file`): the writer
    gets the output's own path, not a temporary one, and makes its changes
    safe itself (SQLite's transactions): for an output that a run updates
    rather than replaces.
    """

    __slots__ = ("file", "in_place", "name", "stream", "suffixes", "terminal")

    def __init__(
        self,
        name: str,
        suffixes: tuple[str, ...] = (),
        stream: StreamFactory | None = None,
        file: FileFactory | None = None,
        terminal: bool = False,
        in_place: bool = False,
    ) -> None:
        if (stream is None) == (file is None):
            raise ValueError(f"writer format {name!r} needs exactly one of stream= and file=")
        if in_place and file is None:
            raise ValueError(f"writer format {name!r}: in_place is for a writer of a whole file (file=)")
        self.name = name
        self.suffixes = suffixes
        self.stream = stream
        self.file = file
        self.terminal = terminal
        self.in_place = in_place

    def __repr__(self) -> str:
        return f"WriterFormat({self.name!r})"

    @property
    def needs_file(self) -> bool:
        return self.file is not None
