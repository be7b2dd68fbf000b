"""The Word reader (.docx): paragraphs a line each and tables as tab-separated rows, in document order.

A .docx file is a ZIP archive of XML (Office Open XML); the text is in
word/document.xml. This reader reads that part directly, with the standard
library (zipfile, ElementTree): paragraphs (w:p) with their runs joined, a
line break (w:br) as a line end, and tables (w:tbl), a row per line, each cell
marked with a Region for presscan.tables; a cell spanning columns (gridSpan)
or continuing a merged cell above (vMerge) leaves the others empty, so that
columns do not shift. Headers, footers, footnotes, comments, text boxes and
deleted text are not part of the text.

Hostile archives: the part is unpacked at most _MOST_XML bytes (a ZIP bomb
stops there), and expat refuses entity expansion bombs. Word 97-2003 files
(.doc, an OLE container) are not read: presscan.readers.doc says so.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from presscan.errors import InputError
from presscan.readers.document import Document, ReaderFormat, ReadOptions, Region
from presscan.record import TableCell

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PART = "word/document.xml"
_MOST_XML = 256 * 2**20  # bytes of XML unpacked from one archive, at most
_DAMAGED = "not a readable Word file (damaged or truncated?)"
# Elements whose text is not part of the document's body text
_SKIPPED = frozenset(f"{_W}{name}" for name in ("del", "delText", "txbxContent", "instrText", "footnoteReference"))
_CONTAINERS = frozenset(f"{_W}{name}" for name in ("sdt", "sdtContent", "customXml", "ins", "smartTag", "body"))


def _sniff(data: bytes) -> bool:
    """A ZIP archive with a word/document.xml part."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _PART in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False


def _part(data: bytes, source: str) -> bytes:
    """word/document.xml, unpacked no further than _MOST_XML bytes."""
    import zipfile
    import zlib

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            try:
                info = archive.getinfo(_PART)
            except KeyError:
                raise InputError(source, "not a Word document (no word/document.xml in it)") from None
            if info.flag_bits & 0x1:
                raise InputError(source, "encrypted Word file: it needs a password", "save an unencrypted copy")
            with archive.open(info) as stream:
                xml = stream.read(_MOST_XML + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, OSError):
        raise InputError(source, _DAMAGED) from None
    if len(xml) > _MOST_XML:
        raise InputError(source, f"its text part unpacks to more than {_MOST_XML // 2**20} MB (a ZIP bomb?)")
    return xml


def _text(element: Element) -> str:
    """The text of a paragraph's runs: w:t, tabs and breaks; nested paragraphs (text boxes) left out."""
    parts: list[str] = []
    pending: list[Element] = [element]
    while pending:
        node = pending.pop()
        tag = node.tag
        if tag in _SKIPPED:
            continue
        if tag == f"{_W}t":
            parts.append(node.text or "")
        elif tag == f"{_W}tab":
            parts.append(" ")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        pending.extend(reversed(list(node)))
    return "".join(parts)


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.at = 0
        self.regions: list[Region] = []
        self.tables = 0

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.at += len(text)

    def paragraph(self, element: Element) -> None:
        for line in _text(element).split("\n"):
            line = line.strip()
            if line:
                self.add(line + "\n")

    def table(self, element: Element) -> None:
        rows: list[list[str]] = []
        for row in element.findall(f"{_W}tr"):
            cells: list[str] = []
            for cell in row.findall(f"{_W}tc"):
                properties = cell.find(f"{_W}tcPr")
                span = 1
                merged = False
                if properties is not None:
                    grid_span = properties.find(f"{_W}gridSpan")
                    if grid_span is not None:
                        span = max(1, min(_int(grid_span.get(f"{_W}val")), 100))
                    merge = properties.find(f"{_W}vMerge")
                    merged = merge is not None and merge.get(f"{_W}val") != "restart"
                text = "" if merged else " ".join(_text(p).replace("\n", " ").strip() for p in cell.iter(f"{_W}p"))
                cells.append(" ".join(text.replace("\t", " ").split()))
                cells.extend([""] * (span - 1))
            if any(cells):
                rows.append(cells)
        if not rows:
            return
        self.tables += 1
        width = max(len(row) for row in rows)
        for number, written in enumerate(rows, start=1):
            padded = written + [""] * (width - len(written))
            for column, text in enumerate(padded, start=1):
                place = TableCell(number=self.tables, row=number, column=column)
                self.regions.append(Region(self.at, self.at + len(text), table=place))
                self.add(text + ("\t" if column < width else "\n"))


def _int(value: str | None) -> int:
    try:
        return int(value or 1)
    except ValueError:
        return 1


def read(data: bytes, source: str, options: ReadOptions) -> Document:
    """Paragraphs and tables of a .docx file, in document order (see the module's docstring)."""
    from xml.etree.ElementTree import ParseError, fromstring

    xml = _part(data, source)
    try:
        root = fromstring(xml)
    except (ParseError, ValueError):
        raise InputError(source, _DAMAGED) from None
    body = root.find(f"{_W}body")
    writer = _Writer()
    pending = list(reversed(list(body))) if body is not None else []
    while pending:
        element = pending.pop()
        if element.tag == f"{_W}p":
            writer.paragraph(element)
        elif element.tag == f"{_W}tbl":
            writer.table(element)
        elif element.tag in _CONTAINERS:
            pending.extend(reversed(list(element)))
    return Document(source, "".join(writer.parts), FORMAT.name, None, tuple(writer.regions))


FORMAT = ReaderFormat(
    name="docx",
    read=read,
    magic=(b"PK\x03\x04",),
    sniff=_sniff,
    suffixes=(".docx",),
    media_types=("application/vnd.openxmlformats-officedocument.wordprocessingml.document",),
)
