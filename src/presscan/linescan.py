"""The lines normalise._hard_breaks reads around a piece: where each ends, its content (without its
trailing white space), its width and indent in display columns, whether a sentence end mark ends it
and whether it opens with a label and a colon.

Pure Python cuts the text into lines with str.splitlines (in C) and reads each line with the string
methods of linemarks (columns, indent). Compiled, one loop over the code points reads them all
(`_scan`): the line breaks, the white space and the widths told by a table of code points, some 20
instructions a character, where cutting a line, stripping it, encoding it to count its ASCII
characters and counting its tabs cost some 4 000 a line. The same lines either way
(tests/test_line_scan.py compares the two on the samples, the corpus and random texts).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from presscan.linemarks import columns, ended_by_mark, indent, marks_in, opens_with_label

if TYPE_CHECKING:
    from mypy_extensions import i64

_COMPILED: Final = not __file__.endswith(".py")  # mypyc's module is a shared library

LINE_BREAKS: Final = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")  # where str.splitlines cuts
# the bits of _KINDS: white space as str.strip reads it (str.isspace), a line break
_SPACE: Final = 1
_BREAK: Final = 2
_TOP_SPACE: Final = 0x3000  # no code point above U+3000 is white space (tests/test_line_scan.py)
_KINDS: Final = bytes(
    (_SPACE if chr(code).isspace() else 0) | (_BREAK if chr(code) in LINE_BREAKS else 0)
    for code in range(_TOP_SPACE + 1)
)
_TAB: Final = 9
_CR: Final = 13
_LF: Final = 10
_IDEOGRAPHIC_SPACE: Final = 0x3000


class Lines:
    """The lines read, one item of each list a line, in order: `ends`, where its break starts;
    `contents`, the line without its trailing white space; `widths` and `indents`, in display
    columns (linemarks.columns and indent); `ended`, by a sentence end mark (ended_by_mark);
    `labelled`, opening with a label and a colon (opens_with_label)."""

    def __init__(self) -> None:
        self.ends: list[int] = []
        self.contents: list[str] = []
        self.widths: list[int] = []
        self.ended: list[bool] = []
        self.labelled: list[bool] = []
        self.indents: list[int] = []


def read_lines(
    text: str,
    start: int,
    limit: int,
    end: int,
    after: int,
    marks: bytes,
    colons: frozenset[str],
    stops: frozenset[str],
) -> Lines:
    """The lines of text[start:limit] as str.splitlines cuts it, up to the `after` + 1-th line that
    ends at or past `end`; `marks` is the mark_table of the closers and sentence ends, `colons` and
    `stops` the marks opens_with_label reads."""
    lines = Lines()
    if _COMPILED:
        _scan(lines, text, start, limit, end, after, marks, colons, stops)
    else:
        _split(lines, text, start, limit, end, after, marks, colons, stops)
    return lines


def _split(
    lines: Lines,
    text: str,
    start: int,
    limit: int,
    end: int,
    after: int,
    marks: bytes,
    colons: frozenset[str],
    stops: frozenset[str],
) -> None:
    """read_lines by str.splitlines and the string methods (pure Python)."""
    position = start
    after_piece = 0
    colons_at, colon = marks_in(text, start, limit, colons), 0  # most lines have none: no label to read
    for line in text[start:limit].splitlines(True):
        body = len(line)
        if line[body - 1] in LINE_BREAKS:
            body -= 1 if body < 2 or line[body - 2 : body] != "\r\n" else 2
        lines.ends.append(position + body)
        content = line.rstrip()
        lines.contents.append(content)
        lines.widths.append(columns(content) if content else 0)
        lines.ended.append(ended_by_mark(content, marks) if content else False)
        while colon < len(colons_at) and colons_at[colon] < position:
            colon += 1
        lines.labelled.append(
            colon < len(colons_at) and colons_at[colon] < position + body and opens_with_label(content, colons, stops)
        )
        lines.indents.append(indent(content) if content else 0)
        if position + body >= end:
            after_piece += 1
            if after_piece > after:
                break
        position += len(line)


def _scan(
    lines: Lines,
    text: str,
    start: int,
    limit: int,
    end: int,
    after: int,
    marks: bytes,
    colons: frozenset[str],
    stops: frozenset[str],
) -> None:
    """read_lines by one loop over the code points (compiled): a line's break, the end of its
    content, its width and its indent are read as its characters go by, and only its content is
    cut out of the text."""
    colons_at = marks_in(text, start, limit, colons)
    colon: i64 = 0
    kinds = _KINDS
    marked: i64 = len(marks)
    stop: i64 = limit
    position: i64 = start
    after_piece: i64 = 0
    while position < stop:
        # the white space the line opens with: its indent, as indent counts it, and its width
        at: i64 = position
        lead: i64 = 0
        width: i64 = 0
        while at < stop:
            code: i64 = ord(text[at])
            if code > _TOP_SPACE or kinds[code] != _SPACE:
                break
            if code == _TAB:
                lead += 4
                width += 4
            elif code < 128:
                lead += 1
                width += 1
            else:
                lead += 2 if code == _IDEOGRAPHIC_SPACE else 1
                width += 2
            at += 1
        # the rest of the line: where its trailing white space starts (`kept`), and the width before it
        kept: i64 = position
        kept_width: i64 = 0
        spaces = True  # in a run of white space (the line's first, or its last so far)
        brk: i64 = 0  # the length of the line's break
        while at < stop:
            code = ord(text[at])
            if code > _TOP_SPACE:  # most characters: an ideograph or a full-width form
                width += 2
                spaces = False
                at += 1
                continue
            kind: i64 = kinds[code]
            if kind & _BREAK:
                if code == _CR and at + 1 < stop and ord(text[at + 1]) == _LF:
                    brk = 2
                else:
                    brk = 1
                break
            if kind and not spaces:  # the first of a run of white space
                spaces = True
                kept = at
                kept_width = width
            elif not kind:
                spaces = False
            if code == _TAB:
                width += 4
            elif code < 128:
                width += 1
            else:
                width += 2
            at += 1
        if not spaces:
            kept = at
            kept_width = width
        elif kept == position:
            lead = 0  # white space alone: no content, no indent
        content = text[position:kept]
        lines.ends.append(at)
        lines.contents.append(content)
        lines.widths.append(kept_width)
        last: i64 = ord(text[kept - 1]) if kept > position else marked
        lines.ended.append(last < marked and marks[last] != 0 and ended_by_mark(content, marks))
        while colon < len(colons_at) and colons_at[colon] < position:
            colon += 1
        lines.labelled.append(
            colon < len(colons_at) and colons_at[colon] < at and opens_with_label(content, colons, stops)
        )
        lines.indents.append(lead)
        if at >= end:
            after_piece += 1
            if after_piece > after:
                break
        position = at + brk
