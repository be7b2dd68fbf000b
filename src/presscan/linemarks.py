"""What a line's marks say about the break after it: whether a sentence end mark ends the line
(it was ended by hand, not wrapped), and whether the line opens with a label and a colon (an item
of a labelled list). normalise.py reads lines with these tests.
"""

from __future__ import annotations

from typing import Final

from presscan.charfold import fold_width

_LABEL_CHARACTERS: Final = 16  # a label before a colon that opens a line is at most this long


def _is_ascii_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def ended_by_mark(content: str, closers: frozenset[str], sentence_ends: frozenset[str]) -> bool:
    """True when a line (`content`, without trailing white space) ends with a sentence end mark
    (and the closing quotes or brackets after it). An ASCII mark right after an ASCII letter or
    digit (or a full-width one, or one and spaces) may be a decimal point or an abbreviation
    broken across the line (95.⏎65%): it does not count."""
    end = len(content)
    while end and content[end - 1] in closers:
        end -= 1
    if not end or content[end - 1] not in sentence_ends:
        return False
    if not content[end - 1].isascii():
        return True
    before = content[: end - 1].rstrip()[-1:]  # spaces copied into a number count for nothing (100 .⏎01)
    return not (before and _is_ascii_alnum(fold_width(before)))


def opens_with_label(content: str, colons: frozenset[str], stops: frozenset[str]) -> bool:
    """True when a line opens with a short label and a colon (地区生产总值：4862.3亿元), no other
    mark of a clause or sentence before it."""
    head = content.lstrip()[: _LABEL_CHARACTERS + 1]
    colon = -1  # the first colon after the first character: str.find, in C (most lines have none)
    for mark in colons:
        at = head.find(mark, 1)
        if at > 0 and (colon < 0 or at < colon):
            colon = at
    if colon < 0:
        return False
    for position in range(1, colon):
        if head[position] in stops:
            return False
    return colon > 1 and not head[colon - 1].isdigit()  # 10:30 is a time
