"""Sentences and clauses of normalised text, and the lines of the original.

Words inside them are cut by words.py (jieba's dictionary, see lexicon.py).
"""

from __future__ import annotations

import re
from bisect import bisect_right as _bisect_module_right
from dataclasses import dataclass
from typing import Final

SENTENCE_END_MARKS = "。！？!?；;"
_SENTENCE_END = re.compile(f"[{SENTENCE_END_MARKS}]++")
_CLAUSE_END = re.compile(f"[{SENTENCE_END_MARKS}，,：:]++")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# True when this module runs compiled by mypyc (tools/compile_hook.py)
_COMPILED: Final = not __file__.endswith(".py")


def bisect_right(items: list[int], value: int) -> int:
    """bisect.bisect_right for a list of ints. Compiled by mypyc, the loop below
    runs three times as fast as a call into the bisect module, which every figure
    would make several times to turn offsets into sentences, clauses, lines and
    back; interpreted, it would be ten times slower, so pure Python calls bisect."""
    if not _COMPILED:
        return _bisect_module_right(items, value)
    low = 0
    high = len(items)
    while low < high:
        middle = (low + high) // 2
        if value < items[middle]:
            high = middle
        else:
            low = middle + 1
    return low


@dataclass(frozen=True, slots=True)
class Spans:
    """Sorted, non-overlapping [start, end) pieces covering a text, found by position."""

    starts: list[int]
    ends: list[int]

    def find(self, position: int) -> tuple[int, int]:
        index = bisect_right(self.starts, position) - 1
        return self.starts[index], self.ends[index]

    def index(self, position: int) -> int:
        return bisect_right(self.starts, position) - 1


def _split(text: str, boundary: re.Pattern[str]) -> Spans:
    starts, ends = [0], []
    for match in boundary.finditer(text):
        ends.append(match.end())
        starts.append(match.end())
    ends.append(len(text))
    return Spans(starts, ends)


def sentences(text: str) -> Spans:
    """Sentence spans of normalised text; the end punctuation belongs to its sentence."""
    return _split(text, _SENTENCE_END)


def clauses(text: str) -> Spans:
    """Clause spans: sentences further cut at commas and colons."""
    return _split(text, _CLAUSE_END)


def line_starts(original: str) -> list[int]:
    """Offsets where each line of the original starts (\\n, \\r\\n and \\r all end a line)."""
    starts = [0]
    for match in _LINE_BREAK.finditer(original):
        starts.append(match.end())
    return starts


def line_of(starts: list[int], offset: int) -> int:
    """1-based line of `offset`, given `line_starts` of the text."""
    return bisect_right(starts, offset)
