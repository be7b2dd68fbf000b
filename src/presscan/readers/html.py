"""The HTML reader: the article of a web page as text, one paragraph a line, its tables as tab-separated rows.

A bulletin on a government site stands among menus, breadcrumbs, share buttons,
a footer with the copyright line, the ICP number, a phone number and a visitor
counter. This reader keeps the article only:

1. decode: --encoding, else a byte-order mark, else the charset the server
   declared (for URLs), else the page's own (`<meta charset>`, `http-equiv`),
   else presscan's detection (UTF-8, GB18030, Big5); GB2312 and GBK are read
   as GB18030, which covers both;
2. parse with lexbor (selectolax), a real HTML5 parser; entities are decoded;
3. walk the page once, skipping site furniture (patterns/pages.toml: elements
   such as <nav> and <footer>, classes such as "share" or "footer"), and cut it
   into blocks at block elements and <br>; a table with no table inside it is
   a data table, kept whole;
4. the article is the smallest element that holds most (_ARTICLE_SHARE) of the
   page's prose (blocks of some length that are not mostly links); the page's
   <h1> goes first when it stands outside it; blocks that are mostly links, or
   hold a furniture word (版权所有, 浏览次数), are dropped.

Each block is one line: presscan reads a line end as the end of a paragraph.
A table is a line per row, cells separated by tabs, each cell marked with a
Region for presscan.tables. Not read: images, charts, scripts.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from presscan.errors import InputError
from presscan.readers.charset import decode_page
from presscan.readers.document import Document, ReaderFormat, ReadOptions, Region
from presscan.record import TableCell

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

    from presscan.patternfile import PageSection

# Elements that end a line of text before and after them.
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "caption",
        "body",
        "html",
    ]
)
# Elements that hold a paragraph or less, never the article around paragraphs
_PARAGRAPHS = frozenset(
    [
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "dt",
        "dd",
        "pre",
        "span",
        "font",
        "b",
        "strong",
        "a",
        "em",
        "i",
        "u",
        "small",
        "big",
        "sup",
        "sub",
        "label",
        "caption",
    ]
)
_PROSE_CHARACTERS = 10  # a block shorter than this is a label or a menu entry, not prose
_MOST_LINKS = 0.5  # a block whose text is mostly links is navigation
_ARTICLE_SHARE = 0.8  # the article holds this much of the page's prose
_FURNITURE_SHARE = 0.4  # an element marked as furniture that holds more of the text than this is kept
_SNIFF = 1024
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml")


def _sniff(data: bytes) -> bool:
    """An HTML page: its first tag is a doctype, <html>, <head> or <body>."""
    head = data[:_SNIFF].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml"):
        return b"<html" in head
    return head.startswith(_HTML_STARTS)


@functools.lru_cache(maxsize=8)
def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a list of words (a furniture word anywhere in a block)."""
    return re.compile("|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)) or "(?!)")


class _Block:
    """A run of text between two block boundaries, or a data table."""

    __slots__ = ("ancestors", "heading", "links", "rows", "text")

    def __init__(self, text: str, links: int, ancestors: tuple[int, ...], heading: bool = False) -> None:
        self.text = text
        self.links = links  # characters inside <a>
        self.ancestors = ancestors  # the mem_id of every element around it
        self.heading = heading  # inside an <h1>
        self.rows: list[list[str]] | None = None

    def prose(self) -> int:
        """Characters of prose this block adds to the elements around it."""
        size = len(self.text)
        if self.rows is not None:
            return size
        if size < _PROSE_CHARACTERS or self.links > size * _MOST_LINKS:
            return 0
        return size


def _collapse(text: str) -> str:
    """White space as a browser shows it: runs as one space, none between two Chinese characters."""
    words = text.split()
    if not words:
        return ""
    joined = [words[0]]
    for word in words[1:]:
        if not (joined[-1][-1].isascii() or word[0].isascii()):
            joined.append(word)
        else:
            joined.append(" " + word)
    return "".join(joined)


class _Walk:
    """One pass over the page: blocks in document order, furniture skipped."""

    def __init__(self, pages: PageSection, body_size: int) -> None:
        self.chrome_tags = frozenset(pages.chrome_tags)
        self.chrome_classes = frozenset(pages.chrome_classes)
        self.body_size = body_size
        self.blocks: list[_Block] = []
        self.buffer: list[str] = []
        self.links = 0
        self.stack: list[int] = []
        self.in_link = 0
        self.in_heading = 0
        self.paragraphs: set[int] = set()  # the elements that are a paragraph (p, li, h2): no article

    def flush(self) -> None:
        text = _collapse("".join(self.buffer))
        if text:
            self.blocks.append(_Block(text, self.links, tuple(self.stack), self.in_heading > 0))
        self.buffer.clear()
        self.links = 0

    def furniture(self, node: LexborNode, tag: str) -> bool:
        if tag in self.chrome_tags:
            return self._unless_it_holds_the_article(node, tag)
        attributes = node.attributes
        if not attributes:
            return False
        marked = "hidden" in attributes
        if not marked:
            style = (attributes.get("style") or "").replace(" ", "").lower()
            marked = "display:none" in style or "visibility:hidden" in style
        if not marked:
            names = f"{attributes.get('class') or ''} {attributes.get('id') or ''}".lower()
            tokens = names.replace("-", " ").replace("_", " ").split()
            marked = any(token in self.chrome_classes for token in tokens)
        return marked and self._unless_it_holds_the_article(node, tag)

    def _unless_it_holds_the_article(self, node: LexborNode, tag: str) -> bool:
        """Furniture, unless the page wraps its article in it (<header>, a "bottom" box): then it is kept."""
        if tag in ("script", "style", "head", "template", "noscript"):
            return True
        return not (node.css_first("h1") is not None or len(node.text()) > self.body_size * _FURNITURE_SHARE)

    def walk(self, root: LexborNode) -> None:
        # iterative, not recursive: a page nested ten thousand deep is no error
        pending: list[tuple[LexborNode | None, bool]] = [(root, False)]
        while pending:
            node, leaving = pending.pop()
            if node is None:
                continue
            tag = node.tag or ""
            if leaving:
                self.leave(tag)
                continue
            if tag == "-text":
                value = node.text(deep=False)
                self.buffer.append(value)
                if self.in_link:
                    self.links += len(value.strip())
                continue
            if tag[:1] == "-" or self.furniture(node, tag):
                continue  # comments, furniture
            if tag == "br":
                self.flush()
                continue
            if tag == "table" and self.table(node):
                continue
            self.enter(node, tag)
            pending.append((node, True))
            children = [(child, False) for child in node.iter(include_text=True)]
            children.reverse()
            pending.extend(children)

    def enter(self, node: LexborNode, tag: str) -> None:
        if tag in _BLOCKS:
            self.flush()
        self.stack.append(node.mem_id)
        if tag in _PARAGRAPHS:
            self.paragraphs.add(node.mem_id)
        self.in_link += tag == "a"
        self.in_heading += tag == "h1"

    def leave(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.flush()
        self.stack.pop()
        self.in_link -= tag == "a"
        self.in_heading -= tag == "h1"

    def table(self, node: LexborNode) -> bool:
        """Take a data table whole, as one block: one with no table inside it, of two rows and two
        columns at least. A table for layout (False) is walked into like any other element."""
        if len(node.css("table")) > 1:  # lexbor's css() matches the node itself too
            return False
        rows = _grid(node)
        if len(rows) < 2 or max(len(row) for row in rows) < 2:
            return False
        self.flush()
        caption = node.css_first("caption")
        if caption is not None and _collapse(caption.text()):
            self.blocks.append(_Block(_collapse(caption.text()), 0, tuple(self.stack)))
        block = _Block(" ".join(cell for row in rows for cell in row if cell), 0, tuple(self.stack))
        block.rows = rows
        self.blocks.append(block)
        return True


def _span(attributes: dict[str, str | None], name: str) -> int:
    written = attributes.get(name)
    if not written:
        return 1
    try:
        return max(1, min(int(written.strip()), 100))
    except ValueError:
        return 1


def _grid(table: LexborNode) -> list[list[str]]:
    """A table's cells, a spanned cell in its first row and column and empty in the others."""
    rows: list[list[str]] = []
    spanned = table.css_first("[rowspan], [colspan]") is not None
    taken: dict[int, set[int]] = {}  # row -> the columns that cells spanning from above take
    for r, row in enumerate(table.css("tr")):
        if not spanned:
            rows.append([_collapse(cell.text(separator=" ")) for cell in row.css("td, th")])
            continue
        cells: list[str] = []
        above = taken.pop(r, set())
        for cell in row.css("td, th"):
            while len(cells) in above:
                cells.append("")
            cells.append(_collapse(cell.text(separator=" ")))
            attributes = cell.attributes
            across = _span(attributes, "colspan")
            first = len(cells) - 1
            cells.extend([""] * (across - 1))
            for down in range(1, _span(attributes, "rowspan")):
                taken.setdefault(r + down, set()).update(range(first, first + across))
        while len(cells) in above:
            cells.append("")
        rows.append(cells)
    return [row for row in rows if any(row)]


def _article(blocks: list[_Block], paragraphs: AbstractSet[int]) -> list[_Block]:
    """The blocks of the article: under the smallest element that holds most of the prose (an
    element around paragraphs, not a paragraph: `paragraphs` are the elements that are one)."""
    weight: dict[int, int] = {}
    depth: dict[int, int] = {}
    total = 0
    for block in blocks:
        prose = block.prose()
        total += prose
        for level, element in enumerate(block.ancestors):
            weight[element] = weight.get(element, 0) + prose
            depth[element] = level
    if not total:
        return blocks
    holding = [element for element, held in weight.items() if held >= total * _ARTICLE_SHARE]
    root = max((element for element in holding if element not in paragraphs), key=depth.__getitem__, default=None)
    if root is None:
        return blocks
    chosen = [block for block in blocks if root in block.ancestors]
    if not any(block.heading for block in chosen):
        first = blocks.index(chosen[0])
        chosen[:0] = [block for block in blocks[:first] if block.heading][:1]
    return chosen


def _lines(blocks: list[_Block], chrome_words: re.Pattern[str]) -> Iterator[_Block]:
    for block in blocks:
        if block.rows is None and (block.links > len(block.text) * _MOST_LINKS or chrome_words.search(block.text)):
            continue
        yield block


def layout(
    blocks: list[_Block], chrome_words: re.Pattern[str], paragraphs: AbstractSet[int] = frozenset()
) -> tuple[str, tuple[Region, ...]]:
    """The text of the article's blocks, a line each, tables a line per row; a Region per table cell."""
    parts: list[str] = []
    regions: list[Region] = []
    at = 0
    tables = 0
    for block in _lines(_article(blocks, paragraphs), chrome_words):
        if block.rows is None:
            parts.append(block.text + "\n")
            at += len(block.text) + 1
            continue
        tables += 1
        for r, row in enumerate(block.rows, start=1):
            last = len(row)
            for c, cell in enumerate(row, start=1):
                if cell:  # an empty cell needs no region: presscan.tables knows its place
                    regions.append(Region(at, at + len(cell), table=TableCell(number=tables, row=r, column=c)))
                parts.append(cell + ("\t" if c < last else "\n"))
                at += len(cell) + 1
    return "".join(parts), tuple(regions)


def read(data: bytes, source: str, options: ReadOptions) -> Document:
    """The article of an HTML page (see the module's docstring)."""
    try:
        from selectolax.lexbor import LexborHTMLParser
    except ImportError:  # pragma: no cover - a core dependency
        raise InputError(source, "reading HTML needs selectolax", "pip install selectolax") from None
    from presscan.patternset import default_patterns

    page, encoding = decode_page(data, source, options)
    tree: LexborHTMLParser = LexborHTMLParser(page)
    body = tree.body or tree.root
    if body is None:
        return Document(source, "", FORMAT.name, encoding)
    pages = (options.patterns or default_patterns()).pages
    walk = _Walk(pages, len(body.text()))
    walk.walk(body)
    walk.flush()
    text, regions = layout(walk.blocks, _alternation(tuple(pages.chrome_words)), walk.paragraphs)
    return Document(source, text, FORMAT.name, encoding, regions)


FORMAT = ReaderFormat(
    name="html",
    read=read,
    sniff=_sniff,
    suffixes=(".html", ".htm", ".shtml", ".xhtml"),
    media_types=("text/html", "application/xhtml+xml"),
)
