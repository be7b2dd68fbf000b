"""Page furniture in a text copied out of a PDF: the page numbers (— 1 —, 第3页) and the running
header that a page break leaves between two halves of a sentence (…在校⏎— 1 —⏎湖北省2025年教育
事业发展统计公报⏎生109.83万人…).

The PDF reader drops them by their place on the page; a plain text has lost that, so a line is
taken for a page number only in a decorated form of `[pages] page_numbers` (a bare number may be
a table's cell), and for a running header only when it repeats the text's first line and stands
next to a page number. Such lines are blanked, each character a space, so that every offset still
refers to the text as given; normalise then joins the sentence around them as it joins a
paragraph across a blank line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from presscan.patternset import PatternSet

_SPACES: Final = "[ \\t\\u3000]*"
_NUMBER: Final = "[0-9０-９]{1,4}"
_KEY: Final = "page_furniture"
_LONGEST_HEADER: Final = 40  # characters of a running header, spaces left out


class _PageNumbers:
    """A page number's line: `opening` finds the line breaks before a line that may be one (its
    first character opens a form), `line` tells whether the whole line is one."""

    def __init__(self, opening: re.Pattern[str], line: re.Pattern[str]) -> None:
        self.opening = opening
        self.line = line


def _page_numbers(patterns: PatternSet) -> _PageNumbers | None:
    """The page-number forms of `[pages] page_numbers` but a bare number, spaces allowed between
    their characters; built once per pattern set."""
    built = patterns.built.get(_KEY)
    if isinstance(built, _PageNumbers):
        return built
    forms = []
    firsts: set[str] = set()
    for form in patterns.pages.page_numbers:
        compact = form.replace(" ", "")
        if compact == "{n}":
            continue  # a number alone on its line may be a table's cell
        pieces = compact.split("{n}")
        parts = [_SPACES.join(re.escape(char) for char in piece) for piece in pieces]
        forms.append(f"{_SPACES}{_NUMBER}{_SPACES}".join(parts))
        first = compact[0] if not compact.startswith("{n}") else ""
        firsts.update((first.lower(), first.upper()) if first else ("0-9０-９",))
    if not forms:
        return None
    opening = "".join(sorted(char if char == "0-9０-９" else re.escape(char) for char in firsts))
    # the line break before the line, not ^: the engine then skips ahead to each line break
    # instead of trying every position (a text's first line is its title, never a page number)
    numbers = _PageNumbers(
        re.compile(f"\\n{_SPACES}[{opening}]"),
        re.compile(f"{_SPACES}(?:{'|'.join(forms)}){_SPACES}", re.IGNORECASE),
    )
    patterns.built[_KEY] = numbers
    return numbers


def blank_page_furniture(text: str, patterns: PatternSet) -> str:
    """`text` with its page-number lines, and the running headers next to them, blanked (the
    same length, every offset unchanged); `text` itself when it has none."""
    numbers = _page_numbers(patterns)
    if numbers is None:
        return text
    found: list[tuple[int, int]] = []
    for candidate in numbers.opening.finditer(text):
        start = candidate.start() + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end - (text[end - 1] == "\r")
        if numbers.line.fullmatch(text, start, end):
            found.append((start, end))
    if not found:
        return text
    first = _first_line(text)
    punctuation = patterns.punctuation
    brackets = punctuation.brackets
    marks = punctuation.sentence_end | punctuation.clause_end
    blanked = list(found)
    for start, end in found:
        before, header = _line_before(text, start), _line_after(text, end)
        for line_start, line_end in (before, header):
            if (
                first
                and 0 < line_start < line_end
                and _repeats_title(_compact(text[line_start:line_end]), first, brackets)
            ):
                blanked.append((line_start, line_end))
        if header[0] < header[1] and _inside_a_sentence(text, before, header, marks):
            blanked.append(header)
    pieces: list[str] = []
    at = 0
    for start, end in sorted(set(blanked)):
        if start < at:
            continue
        pieces.append(text[at:start])
        pieces.append(" " * (end - start))
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


def _repeats_title(line: str, first: str, brackets: Mapping[str, str]) -> bool:
    """True when `line` (compact) is the text's first line, alone or with a bracket after it: a
    running header (湖南省水资源公报（2024 年）over a text titled 湖南省水资源公报)."""
    if not line.startswith(first):
        return False
    rest = line[len(first) :]
    return not rest or (rest[0] in brackets and rest[-1] == brackets[rest[0]] and len(rest) > 2)


def _inside_a_sentence(text: str, before: tuple[int, int], header: tuple[int, int], marks: frozenset[str]) -> bool:
    """True when `header`, the line after a page number, is a running header in the middle of a
    sentence the page break cut: the text before the page number stops short of any mark
    (…抢救保护财产价), the line has none (绵阳市火灾和应急救援情况通报（2025年度）), and the line
    after it goes on unindented (值约2.1亿元)."""
    written = text[before[0] : before[1]].rstrip()
    line = _compact(text[header[0] : header[1]])
    after = _line_after(text, header[1])
    return (
        bool(written)
        and written[-1] not in marks
        and 0 < len(line) <= _LONGEST_HEADER
        and not any(char in marks for char in line)
        and after[0] < after[1]
        and not text[after[0]].isspace()
    )


def _compact(line: str) -> str:
    return "".join(line.split())


def _first_line(text: str) -> str:
    """The text's first line with words, without its spaces (its title, as a header repeats it)."""
    for line in text[:2000].splitlines():
        compact = _compact(line)
        if compact:
            return compact
    return ""


def _line_before(text: str, start: int) -> tuple[int, int]:
    """The non-blank line before the line that opens at `start` (its span), or (0, 0)."""
    at = start
    while True:
        while at > 0 and text[at - 1] in "\r\n":
            at -= 1
        if at <= 0:
            return 0, 0
        newline = text.rfind("\n", 0, at)
        # a carriage return is looked for after the line feed only: not through the whole text
        line_start = max(newline, text.rfind("\r", newline + 1, at)) + 1
        if text[line_start:at].strip():
            return line_start, at
        at = line_start  # a blank line: before it, a line break again (at moves back every time)


def _line_after(text: str, end: int) -> tuple[int, int]:
    """The non-blank line after the line that ends at `end` (its span), or (0, 0)."""
    at = end
    while True:
        while at < len(text) and text[at] in "\r\n":
            at += 1
        if at >= len(text):
            return 0, 0
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        carriage = text.find("\r", at, line_end)
        line_end = carriage if carriage >= 0 else line_end
        if text[at:line_end].strip():
            return at, line_end
        at = line_end  # a blank line: after it, a line break again (at moves on every time)
