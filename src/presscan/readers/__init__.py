"""Readers: every input becomes a Document through one of them, chosen from its content.

    document = open_document("bulletin.txt", ReadOptions(encoding=None))
    figures = locate(extract(document.text, source=document.source), document)

The bytes are read once (presscan.readers.source: files, pipes, stdin, the size
limit). Then the registry chooses a reader: the first whose magic bytes (and
sniff) match the content, else the first that claims the file's suffix, else
the text reader, which decodes text and reports bytes that are no text as a
binary file.

Adding a reader (PDF, HTML, DOCX): one module in this package that defines
`read(data, source, options) -> Document` and declares it as `FORMAT =
ReaderFormat(name=..., read=read, magic=..., suffixes=...)`; add the module's
name to READER_MODULES. Import heavy libraries inside `read`, not at the top,
so that start-up stays fast. Raise InputError for content the reader cannot
read; set `regions` on the Document for pages and table cells, and records get
their `page` and `table` from them (`locate`).
"""

from __future__ import annotations

import importlib
import os

from presscan.readers.document import Document, ReaderFormat, ReadOptions, Region, locate
from presscan.readers.fetch import Fetched, fetch, is_url, url_path
from presscan.readers.source import MAX_INPUT_BYTES, STDIN, read_bytes

__all__ = [
    "MAX_INPUT_BYTES",
    "READER_MODULES",
    "STDIN",
    "Document",
    "ReadOptions",
    "ReaderFormat",
    "Region",
    "choose_reader",
    "choose_reader_for_url",
    "input_bytes",
    "is_url",
    "locate",
    "open_document",
    "read_bytes",
    "read_input",
    "readers",
    "register",
    "unregister",
]

# The readers shipped, by module name in this package, in the order they are
# asked; the text reader is the fallback and is asked last.
READER_MODULES: tuple[str, ...] = ("pdf", "docx", "doc", "html", "text")
FALLBACK = "text"

_registered: list[ReaderFormat] = []
_loaded = False


def readers() -> list[ReaderFormat]:
    """Every reader, in the order they are asked: the shipped ones, then those registered."""
    global _loaded
    if not _loaded:
        shipped = [importlib.import_module(f"{__name__}.{name}").FORMAT for name in READER_MODULES]
        _registered[:0] = shipped
        _loaded = True
    return list(_registered)


def register(reader: ReaderFormat) -> None:
    """Add a reader (a plug-in, a test's); it is asked before the fallback, after the shipped ones."""
    readers()
    _registered.append(reader)


def unregister(name: str) -> None:
    """Remove the reader called `name` (for tests that registered one)."""
    readers()
    _registered[:] = [reader for reader in _registered if reader.name != name]


def choose_reader(data: bytes, source: str) -> ReaderFormat:
    """The reader for these bytes: by magic bytes first, then by the suffix of `source`, else the text reader."""
    candidates = [reader for reader in readers() if reader.name != FALLBACK]
    for reader in candidates:
        if reader.claims_content(data):
            return reader
    suffix = os.path.splitext(source)[1].lower() if source != STDIN else ""
    if suffix:
        for reader in candidates:
            if suffix in reader.suffixes:
                return reader
    return next(reader for reader in readers() if reader.name == FALLBACK)


def choose_reader_for_url(data: bytes, url: str, media_type: str) -> ReaderFormat:
    """The reader for a URL's body: by magic bytes, then by the media type the server sent,
    then by the suffix of the URL's path, else the text reader."""
    candidates = [reader for reader in readers() if reader.name != FALLBACK]
    for reader in candidates:
        if reader.claims_content(data):
            return reader
    for reader in readers():
        if media_type in reader.media_types:
            return reader
    return choose_reader(data, url_path(url) or url)


def input_bytes(source: str, options: ReadOptions = ReadOptions()) -> Fetched:
    """The bytes of `source` (a path, "-" for stdin, or an http(s) URL, fetched), and for a URL
    the media type and charset its server declared; InputError names what went wrong."""
    if is_url(source):
        return fetch(source, options.max_bytes, options.seconds)
    return Fetched(read_bytes(source, options.max_bytes), "", None)


def read_input(given: Fetched, source: str, options: ReadOptions = ReadOptions()) -> Document:
    """The Document of bytes from `input_bytes`, read by the reader their content (or a URL's
    media type, or the suffix) calls for."""
    if is_url(source):
        declared = ReadOptions(options.encoding, options.max_bytes, options.patterns, options.seconds, given.charset)
        return choose_reader_for_url(given.data, source, given.media_type).read(given.data, source, declared)
    return choose_reader(given.data, source).read(given.data, source, options)


def open_document(source: str, options: ReadOptions = ReadOptions()) -> Document:
    """Read `source` (a path, "-" for stdin, or an http(s) URL) into a Document; InputError names
    what went wrong."""
    return read_input(input_bytes(source, options), source, options)
