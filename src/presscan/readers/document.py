"""What a reader gives: a Document, the text of one input and a map of where its parts came from.

The core reads text only (`presscan.extract(text)`). A reader of a paged or
tabular format (PDF, HTML, DOCX) lays its content out as text and records, for
each part, the region it came from: a page, a table cell. `locate` then sets a
record's `page` and `table` from the regions its figure falls in: a small step
after extraction, so the core never learns about formats.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from presscan.readers.source import MAX_INPUT_BYTES
from presscan.record import Figure, TableCell

if TYPE_CHECKING:
    from presscan.patterndata import PatternSet

# Plain classes, not dataclasses: they are declared at every start of the command line,
# and building a dataclass costs a millisecond.


class Region:
    """Where text[start:end] of a Document came from: a page, a table cell, or both.

    Regions of one kind (pages; cells) do not overlap; a cell region lies
    inside a page region when the table stands on that page.
    """

    __slots__ = ("end", "page", "start", "table")

    def __init__(self, start: int, end: int, page: int | None = None, table: TableCell | None = None) -> None:
        self.start = start
        self.end = end
        self.page = page  # 1-based
        self.table = table

    def __repr__(self) -> str:
        return f"Region({self.start}, {self.end}, page={self.page!r}, table={self.table!r})"


class Document:
    """The text of one input and where its parts came from.

    `format` names the reader that read it ("text"); `encoding` is the encoding
    the bytes were decoded with, when they were; `regions` is empty for plain text.
    """

    __slots__ = ("encoding", "format", "regions", "source", "text")

    def __init__(
        self, source: str, text: str, format: str, encoding: str | None = None, regions: tuple[Region, ...] = ()
    ) -> None:
        self.source = source
        self.text = text
        self.format = format
        self.encoding = encoding
        self.regions = regions

    def __repr__(self) -> str:
        return f"Document({self.source!r}, {len(self.text)} characters, {self.format!r}, {self.encoding!r})"


class ReadOptions:
    """What the user asked of reading: `encoding` forces one (--encoding); at most `max_bytes` are read.

    `patterns` gives the readers of pages their words (page numbers, site furniture:
    patterns/pages.toml; the shipped ones when None). `seconds` is the most a URL
    may take to fetch. `declared_encoding` is the charset a server declared for the
    bytes (set by the fetching step, for the HTML reader).
    """

    __slots__ = ("declared_encoding", "encoding", "max_bytes", "patterns", "seconds")

    def __init__(
        self,
        encoding: str | None = None,
        max_bytes: int | None = MAX_INPUT_BYTES,
        patterns: PatternSet | None = None,
        seconds: float | None = None,
        declared_encoding: str | None = None,
    ) -> None:
        self.encoding = encoding
        self.max_bytes = max_bytes
        self.patterns = patterns
        self.seconds = seconds
        self.declared_encoding = declared_encoding


# A reader: the bytes of an input and its name ("-" for stdin) to a Document. It
# raises InputError (naming the source, the cause and the fix) for bytes it cannot read.
Read = Callable[[bytes, str, ReadOptions], Document]


class ReaderFormat:
    """One reader, as its module declares it (FORMAT) for the registry in presscan.readers.

    name: the format, written in Result.format ("pdf"). read: the reader itself.
    magic: byte strings a file of this format starts with (b"%PDF-"); sniff: a
    sharper test of the first bytes, for formats that share a container (DOCX
    and XLSX are both ZIP files). suffixes: the file suffixes it claims when
    the content says nothing (".html"), lower case with the dot. media_types:
    the media types a server sends it with, for URLs whose content says nothing.
    """

    __slots__ = ("magic", "media_types", "name", "read", "sniff", "suffixes")

    def __init__(
        self,
        name: str,
        read: Read,
        magic: tuple[bytes, ...] = (),
        sniff: Callable[[bytes], bool] | None = None,
        suffixes: tuple[str, ...] = (),
        media_types: tuple[str, ...] = (),
    ) -> None:
        self.name = name
        self.read = read
        self.magic = magic
        self.sniff = sniff
        self.suffixes = suffixes
        self.media_types = media_types  # the Content-Types of a URL it reads: "application/pdf"

    def __repr__(self) -> str:
        return f"ReaderFormat({self.name!r})"

    def claims_content(self, data: bytes) -> bool:
        """True when the bytes say they are of this format: they start with its magic, and its sniff agrees."""
        if self.magic and not data.startswith(self.magic):
            return False
        if self.sniff is not None:
            return self.sniff(data)
        return bool(self.magic)


def locate(figures: list[Figure], document: Document) -> list[Figure]:
    """The records with `page` and `table` set from the regions their figures start in.

    Plain text has no regions: its records come back as they are (the same list).
    """
    if not document.regions:
        return figures
    pages = _Lookup([region for region in document.regions if region.page is not None])
    cells = _Lookup([region for region in document.regions if region.table is not None])
    located = []
    for figure in figures:
        page = pages.at(figure.start)
        cell = cells.at(figure.start)
        update: dict[str, object] = {}
        if page is not None:
            update["page"] = page.page
        if cell is not None:
            update["table"] = cell.table
        located.append(figure.model_copy(update=update) if update else figure)
    return located


class _Lookup:
    """The region an offset falls in, among regions that do not overlap."""

    def __init__(self, regions: Sequence[Region]) -> None:
        self.regions = sorted(regions, key=lambda region: region.start)
        self.starts = [region.start for region in self.regions]

    def at(self, offset: int) -> Region | None:
        index = bisect_right(self.starts, offset) - 1
        if index >= 0 and offset < self.regions[index].end:
            return self.regions[index]
        return None
