"""Word 97-2003 files (.doc): not read; the error says what to do.

A .doc file is an OLE compound file (it starts with D0 CF 11 E0) holding a
stream named WordDocument in a binary format of its own. presscan reads the
.docx format that Word has saved since 2007; this reader exists so that a .doc
file gets a clear line instead of "looks like a binary file".
"""

from __future__ import annotations

from presscan.errors import InputError
from presscan.readers.document import Document, ReaderFormat, ReadOptions

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_WORD_STREAM = "WordDocument".encode("utf-16-le")


def _sniff(data: bytes) -> bool:
    """An OLE file with a WordDocument stream (not a spreadsheet or a mail in the same container)."""
    return _WORD_STREAM in data


def read(data: bytes, source: str, options: ReadOptions) -> Document:
    raise InputError(source, "Word 97-2003 .doc files are not supported", "save it as .docx, or as text")


FORMAT = ReaderFormat(
    name="doc", read=read, magic=(_OLE,), sniff=_sniff, suffixes=(".doc",), media_types=("application/msword",)
)
