"""Fold text copied out of PDFs and web pages into one clean line for matching.

Bulletins arrive with line breaks inside words and numbers (`35 亿\\n元以上`,
`795\\n96万吨`), spaces between every character (`今 年 要 做 的 10 项`), spaces
between a number and its unit, and full-width digits and signs (`２０２３`, `％`).
`normalise` removes all of that and keeps, for every character it emits, the
offset of the character it came from, so that records always point into the
original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from presscan.segment import bisect_right

# Full-width forms folded to ASCII. Chinese punctuation that is used as such in
# running text (，。；：（）) is kept: it marks clause and sentence boundaries.
_KEEP_FULLWIDTH = "，。；：（）！？、"
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F) if chr(code) not in _KEEP_FULLWIDTH}
# Other compatibility forms that stand for ASCII signs in numbers, and the
# full-width currency signs (￥120, ￡5).
_FOLD.update({0xFE6A: ord("%"), 0xFE52: ord("."), 0x2215: ord("/"), 0x2044: ord("/"), 0x3000: ord(" ")})
_FOLD.update({0xFFE5: 0xA5, 0xFFE1: 0xA3})
# Characters that carry no content (zero-width spaces and joiners, soft hyphens,
# byte-order marks) count as white space: removed wherever they stand.
# Folded characters are few in a bulletin (2 % of the corpus): translating only
# the runs of them is ten times faster than translating every character.
_FOLDABLE = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_FOLD)) + "]+")
# Middle dots written as decimal points (２·６亿元, 1・5): a dot is folded to "."
# only between two digits (full-width ones are ASCII by then), so that names
# (马克思·韦伯) keep theirs. One character for one: offsets do not move.
_MIDDLE_DOTS = "\u00b7\u30fb\u2027\uff65"
_DECIMAL_DOT = re.compile(f"[{_MIDDLE_DOTS}](?<=[0-9][{_MIDDLE_DOTS}])(?=[0-9])")
_ANY_DOT = re.compile(f"[{_MIDDLE_DOTS}]")


def _fold_run(run: re.Match[str]) -> str:
    return run.group().translate(_FOLD)


def _fold(text: str) -> str:
    """text.translate(_FOLD), faster; then middle dots between digits become decimal points."""
    folded = _FOLDABLE.sub(_fold_run, text)
    if _ANY_DOT.search(folded) is not None:
        folded = _DECIMAL_DOT.sub(".", folded)
    return folded


_INVISIBLE_CHARS = r"\u00ad\u180e\u200b-\u200d\u2060\ufeff"
_SPACE_RUN = regex.compile(f"[\\s{_INVISIBLE_CHARS}]++")
_INVISIBLE = regex.compile(f"[{_INVISIBLE_CHARS}]++")
_LINE_BREAK = regex.compile(r"[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


_SPACED_LINE = regex.compile(r"(?:\S[ \u3000])++\S?+")
_CJK = regex.compile(r"\p{Han}")
_SPACED_LINE_HAN = 4  # Chinese characters a letter-spaced line must have: "1 2 3" alone is a list


def _letter_spaced(text: str, position: int, last: list[int]) -> bool:
    """True when the line around `position` has one space after every character (a spaced-out heading).

    `last` caches [line start, line end, answer] of the line asked about last:
    runs come in order, so each line is found and tested once.
    """
    if not last[0] <= position < last[1]:
        line_start = max(text.rfind("\n", 0, position), text.rfind("\r", 0, position)) + 1
        line_end = len(text)
        for mark in ("\n", "\r"):
            found = text.find(mark, position)
            if found != -1:
                line_end = min(line_end, found)
        line = text[line_start:line_end].strip(" \u3000")
        spaced = _SPACED_LINE.fullmatch(line) is not None and len(_CJK.findall(line)) >= _SPACED_LINE_HAN
        last[:] = [line_start, line_end, int(spaced)]
    return bool(last[2])


def _is_ascii_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


@dataclass(frozen=True, slots=True)
class Normalised:
    """Folded text and the way back to the original.

    Folding keeps characters in order and only drops runs (or keeps one space
    for a run), so the map is piecewise: `starts[k]` is where the k-th piece
    begins in the folded text and `origins[k]` where it came from. Two numbers
    per white-space run instead of one per character. Lists, not arrays: every
    figure looks offsets up by bisection, which reads a list's items in place
    but makes a new int for each array item it reads; core normalises a piece
    of about 200 000 characters at a time, so the lists stay a few MB.
    """

    text: str
    starts: list[int]  # folded offset of each piece, increasing
    origins: list[int]  # original offset of each piece's first character
    original_length: int

    def original_offset(self, index: int) -> int:
        """Offset in the original of text[index]; len(original) for index == len(text)."""
        if index >= len(self.text):
            return self.original_length
        piece = bisect_right(self.starts, index) - 1
        return self.origins[piece] + index - self.starts[piece]

    def folded_offset(self, offset: int) -> int:
        """The first folded index whose original offset is `offset` or more."""
        piece = bisect_right(self.origins, offset) - 1
        if piece < 0:
            return 0
        end = self.starts[piece + 1] if piece + 1 < len(self.starts) else len(self.text)
        return min(self.starts[piece] + offset - self.origins[piece], end)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the folded text back to the original text."""
        if end <= start:
            position = self.original_offset(start)
            return position, position
        return self.original_offset(start), self.original_offset(end - 1) + 1


def normalise(original: str) -> Normalised:
    """Fold `original` for matching; see the module docstring for what is folded.

    The work is done by one scan for foldable characters and one for white-space
    runs, so the cost per character stays in C.
    """
    folded = _fold(original)  # one character for one: offsets do not move
    pieces: list[str] = []
    starts = [0]
    origins = [0]
    length = 0  # of the folded text so far
    kept_from = 0
    spaced_line = [0, 0, 0]  # the line last tested for letter spacing: start, end, answer
    for run in _SPACE_RUN.finditer(folded):
        start, end = run.span()
        pieces.append(folded[kept_from:start])
        length += start - kept_from
        kept_from = end
        before = folded[start - 1] if start else ""
        after = folded[end] if end < len(folded) else ""
        # Keep one space only between two ASCII words or numbers on the same
        # line ("10 20" stays two numbers); a number wrapped across lines joins.
        if _is_ascii_alnum(before) and _is_ascii_alnum(after):
            wrapped_number = before.isdigit() and after.isdigit() and _LINE_BREAK.search(run.group())
            # a run of invisible characters alone (795\u200b96) separates nothing
            invisible = _INVISIBLE.fullmatch(run.group()) is not None
            # in a letter-spaced line (共 建 成 8 9 0 台) a space between digits is layout too
            spaced_digits = before.isdigit() and after.isdigit() and _letter_spaced(folded, start, spaced_line)
            if not wrapped_number and not invisible and not spaced_digits:
                pieces.append(" ")
                starts.append(length)
                origins.append(start)
                length += 1
        starts.append(length)
        origins.append(end)
    pieces.append(folded[kept_from:])
    return Normalised("".join(pieces), starts, origins, len(original))
