"""The PDF reader: the text layer of a PDF as paragraphs, a line each, its tables as tab-separated rows.

pdfium (pypdfium2) gives every character of a page with its position and size;
this reader lays them out as a person reads the page:

1. lines: characters on one baseline, in order from left to right, the lines of
   a page from top to bottom; a wide gap (more than _COLUMN_GAP characters)
   cuts a line into cells;
2. furniture: a line in the top or bottom band of a page that comes back on
   other pages (digits aside: "第 3 页" and "第 4 页" are one) is a running
   header or footer, and a line that is only a page number (patterns/pages.toml:
   "- 3 -", "第 3 页") at the top or bottom of a page is one too: both are dropped;
3. tables: two lines or more in a row that are cut into cells whose columns line
   up are a table, written as tab-separated rows and marked cell by cell for
   presscan.tables;
4. paragraphs: a line that runs to the right margin goes on in the next one,
   unless that one is indented, in another size, or far below; the lines of a
   paragraph are joined without a space (a space only between two Latin
   letters), across pages too. A document that never indents its paragraphs
   ends one at a line that ends a sentence.

Each page is a Region, so records say their page. A PDF without a text layer
(a scan) is reported as such; presscan does not read images (no OCR), nor
charts, nor text in two columns side by side.

pdfium was chosen by measurement over pdfminer.six/pdfplumber: about eight times
faster per page (benchmarks/formats_bench.py); both give the characters and their
positions, which is all this layout needs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from presscan.errors import InputError
from presscan.readers.document import Document, ReaderFormat, ReadOptions, Region
from presscan.record import TableCell

if TYPE_CHECKING:
    from presscan.patternfile import PageSection

_COLUMN_GAP = 1.5  # a gap wider than this many characters of the line's size cuts it into cells
_SAME_LINE = 0.4  # baselines closer than this many characters are one line
_BAND = 0.1  # the top and bottom tenth of a page hold its running header and footer
_FULL_LINE = 1.5  # a line ending this many characters short of the margin ends its paragraph
_INDENT = 0.8  # a line starting this many characters in from the margin starts a paragraph
_PARAGRAPH_GAP = 1.9  # a line further below the last than this many characters starts a paragraph
_SENTENCE_ENDS = frozenset("。！？!?")
_BLANK = frozenset(" \t\r\n\u3000\u00a0\ufffe\uffff\x00")


class _Char:
    __slots__ = ("char", "left", "right", "size", "y")

    def __init__(self, char: str, left: float, right: float, y: float, size: float) -> None:
        self.char = char
        self.left = left
        self.right = right
        self.y = y  # the baseline
        self.size = size


class _Line:
    """One line of a page: its cells (one for running text), where it stands, its size."""

    __slots__ = ("cells", "left", "page", "right", "size", "y")

    def __init__(self, cells: list[tuple[str, float, float]], y: float, size: float, page: int) -> None:
        self.cells = cells  # (text, left, right)
        self.left = cells[0][1]
        self.right = cells[-1][2]
        self.y = y
        self.size = size
        self.page = page

    @property
    def text(self) -> str:
        return " ".join(text for text, _, _ in self.cells)


def _chars(textpage: Any, raw: Any) -> list[_Char]:
    """The characters of a page that leave ink, with their boxes and baselines."""
    import ctypes  # here, not at the top: every input's reader is chosen with this module imported

    count = raw.FPDFText_CountChars(textpage)
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    x, y = ctypes.c_double(), ctypes.c_double()
    found = []
    for index in range(count):
        code = raw.FPDFText_GetUnicode(textpage, index)
        if raw.FPDFText_IsGenerated(textpage, index) == 1:
            continue
        char = chr(code) if 0 < code < 0x110000 else ""
        if not char or 0xD800 <= code < 0xE000:
            continue
        raw.FPDFText_GetCharBox(textpage, index, left, right, bottom, top)
        raw.FPDFText_GetCharOrigin(textpage, index, x, y)
        size = raw.FPDFText_GetFontSize(textpage, index) or (top.value - bottom.value) or 1.0
        found.append(_Char(char, left.value, max(right.value, left.value), y.value, size))
    return found


def _lines(chars: list[_Char], page: int) -> list[_Line]:
    """Characters grouped by baseline, top to bottom, each line left to right and cut at wide gaps."""
    rows: list[list[_Char]] = []
    for char in sorted(chars, key=lambda c: -c.y):
        if rows and abs(rows[-1][0].y - char.y) <= _SAME_LINE * max(char.size, rows[-1][0].size):
            rows[-1].append(char)
        else:
            rows.append([char])
    lines = []
    for row in rows:
        row.sort(key=lambda c: c.left)
        size = max(c.size for c in row if c.char not in _BLANK) if any(c.char not in _BLANK for c in row) else 0
        if not size:
            continue
        cells: list[tuple[str, float, float]] = []
        text: list[str] = []
        start = end = None
        for char in row:
            if char.char in _BLANK:
                if text and text[-1] != " ":
                    text.append(" ")
                continue
            if end is not None and start is not None and char.left - end > _COLUMN_GAP * size:
                cells.append(("".join(text).strip(), start, end))
                text, start = [], None
            if start is None:
                start = char.left
            text.append(char.char)
            end = char.right
        if start is not None and end is not None:
            cells.append(("".join(text).strip(), start, end))
        lines.append(_Line(cells, row[0].y, size, page))
    return lines


class _Furniture:
    """Running headers and footers, and page numbers (patterns/pages.toml)."""

    def __init__(self, pages: PageSection, heights: list[float], lines: list[list[_Line]]) -> None:
        numbers = [re.escape(form.replace(" ", "")).replace(r"\{n\}", "[0-9]{1,4}") for form in pages.page_numbers]
        self.page_number = re.compile("|".join(numbers) or "(?!)", re.IGNORECASE)
        self.heights = heights
        seen: dict[str, set[int]] = {}
        for page_lines in lines:
            for line in page_lines:
                if self.in_band(line):
                    seen.setdefault(self.key(line), set()).add(line.page)
        self.repeated = {key for key, on in seen.items() if len(on) >= 2}

    def key(self, line: _Line) -> str:
        return re.sub(r"[0-9]+", "#", "".join(line.text.split()))

    def in_band(self, line: _Line) -> bool:
        height = self.heights[line.page - 1]
        return line.y > height * (1 - _BAND) or line.y < height * _BAND

    def drops(self, line: _Line, first_or_last: bool) -> bool:
        if (first_or_last or self.in_band(line)) and self.page_number.fullmatch("".join(line.text.split())):
            return True
        return self.in_band(line) and self.key(line) in self.repeated


def _table_blocks(lines: list[_Line]) -> Iterator[tuple[str, list[_Line]]]:
    """The lines of a page as ("text", [line]) and ("table", rows) in order."""
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and len(lines[end].cells) >= 2:
            end += 1
        if end - index >= 2 and _columns(lines[index:end]) is not None:
            yield "table", lines[index:end]
            index = end
        else:
            yield "text", [lines[index]]
            index += 1


def _columns(rows: list[_Line]) -> list[tuple[float, float]] | None:
    """The columns of a block of cut lines: the spans their cells cover, merged; None when a
    line has two cells in one column (then they are not a table)."""
    spans = sorted((left, right) for row in rows for _, left, right in row.cells)
    merged: list[list[float]] = []
    for left, right in spans:
        if merged and left <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], right)
        else:
            merged.append([left, right])
    if len(merged) < 2:
        return None
    columns = [(left, right) for left, right in merged]
    for row in rows:
        taken = [_column_of(columns, left) for _, left, _ in row.cells]
        if len(set(taken)) != len(taken):
            return None
    return columns


def _column_of(columns: list[tuple[float, float]], left: float) -> int:
    return next(index for index, (start, end) in enumerate(columns) if start <= left <= end)


class _Writer:
    """The document's text, built a paragraph and a table row at a time, with its regions."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.at = 0
        self.page_starts: list[tuple[int, int]] = []  # (offset, page)
        self.cells: list[Region] = []
        self.tables = 0
        self.last: _Line | None = None  # the last line of the paragraph being written

    def page(self, number: int) -> None:
        self.page_starts.append((self.at, number))

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.at += len(text)

    def end_paragraph(self) -> None:
        if self.last is not None:
            self.add("\n")
            self.last = None

    def line(self, line: _Line, joins: bool) -> None:
        text = line.text
        if joins and self.parts:
            before = self.parts[-1][-1:]
            if before.isascii() and before.isalpha() and text[:1].isascii() and text[:1].isalpha():
                self.add(" ")
        else:
            self.end_paragraph()
        self.add(text)
        self.last = line

    def table(self, rows: list[_Line]) -> None:
        self.end_paragraph()
        columns = _columns(rows)
        assert columns is not None
        self.tables += 1
        for number, row in enumerate(rows, start=1):
            cells = {_column_of(columns, left): text for text, left, _ in row.cells}
            for column in range(len(columns)):
                text = cells.get(column, "")
                cell = TableCell(number=self.tables, row=number, column=column + 1)
                self.cells.append(Region(self.at, self.at + len(text), table=cell))
                self.add(text + ("\t" if column < len(columns) - 1 else "\n"))

    def document(self, source: str) -> Document:
        self.end_paragraph()
        text = "".join(self.parts)
        regions = []
        for index, (start, number) in enumerate(self.page_starts):
            end = self.page_starts[index + 1][0] if index + 1 < len(self.page_starts) else len(text)
            if end > start:
                regions.append(Region(start, end, page=number))
        return Document(source, text, FORMAT.name, None, (*regions, *self.cells))


def _joins(previous: _Line | None, line: _Line, margins: tuple[float, float], indents: bool) -> bool:
    """Whether `line` goes on with the paragraph whose last line is `previous`."""
    if previous is None:
        return False
    left, right = margins
    size = line.size
    if abs(previous.size - size) > 0.5 or len(previous.cells) > 1:
        return False
    if previous.page == line.page and previous.y - line.y > _PARAGRAPH_GAP * size:
        return False
    if previous.right < right - _FULL_LINE * size or line.left > left + _INDENT * size:
        return False
    return indents or previous.text[-1:] not in _SENTENCE_ENDS


def read(data: bytes, source: str, options: ReadOptions) -> Document:
    """The text layer of a PDF (see the module's docstring)."""
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw
    except ImportError:  # pragma: no cover - a core dependency
        raise InputError(source, "reading PDF needs pypdfium2", "pip install pypdfium2") from None
    from presscan.patternset import default_patterns

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise InputError(source, "encrypted PDF: it needs a password", "save an unencrypted copy") from None
        raise InputError(source, "not a readable PDF (damaged or truncated?)") from None
    try:
        pages: list[list[_Line]] = []
        heights: list[float] = []
        for number in range(len(pdf)):
            page = pdf[number]
            textpage = page.get_textpage()
            try:
                pages.append(_lines(_chars(textpage, raw), number + 1))
                heights.append(page.get_height())
            finally:
                textpage.close()
                page.close()
    except pdfium.PdfiumError:
        raise InputError(source, "not a readable PDF (damaged or truncated?)") from None
    finally:
        pdf.close()
    if not any(pages):
        raise InputError(source, "no text layer (scanned PDF?)")
    return _layout(pages, heights, (options.patterns or default_patterns()).pages, source)


def _layout(pages: list[list[_Line]], heights: list[float], words: PageSection, source: str) -> Document:
    furniture = _Furniture(words, heights, pages)
    body = [
        [line for index, line in enumerate(lines) if not furniture.drops(line, index in (0, len(lines) - 1))]
        for lines in pages
    ]
    text_lines = [line for lines in body for line in lines if len(line.cells) == 1]
    if not text_lines:
        text_lines = [line for lines in body for line in lines]
    margins = (
        min((line.left for line in text_lines), default=0.0),
        max((line.right for line in text_lines), default=0.0),
    )
    indents = any(
        line.left > margins[0] + _INDENT * line.size and line.right >= margins[1] - _FULL_LINE * line.size
        for line in text_lines
    )
    writer = _Writer()
    for number, lines in enumerate(body, start=1):
        writer.page(number)
        for kind, block in _table_blocks(lines):
            if kind == "table":
                writer.table(block)
            else:
                writer.line(block[0], _joins(writer.last, block[0], margins, indents))
    return writer.document(source)


FORMAT = ReaderFormat(
    name="pdf", read=read, magic=(b"%PDF-",), suffixes=(".pdf",), media_types=("application/pdf", "application/x-pdf")
)
