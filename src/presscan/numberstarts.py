"""Where a number can start, told by one loop over the code points, for the number scan of
match._find_figures.

number_scan_re opens with a class of the characters a number starts with, and re's finditer tests
it at every character of the text and the pattern's guards at every character of the class (every
digit of every number, 万, 亿, 上...). Compiled, NumberStarts.next_match matches the pattern only at the
characters of the class where a test of the characters around (NumberStarts, tables of their code
points) leaves one of its alternatives possible: each test is one the pattern makes (a digit after
a digit, a dot or a lower-case letter starts no Arabic number; a numeral after a numeral no run; a
vague number needs a place after it; a magnitude alone, a word before it or 余 after it; no number
follows an ordinal prefix), so the positions skipped are positions where it cannot match and the
matches are finditer's (tests/test_number_scan.py checks both on random and real texts). Pure
Python keeps finditer (a loop over the characters is slower there).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from mypy_extensions import i64

# what a character opens (NumberStarts.opens): an alternative of the pattern, or something else
ARABIC: Final = 1  # an ASCII digit
CHINESE: Final = 2  # a run of numerals (its first character, or 零 before a decimal point)
VAGUE: Final = 4  # 数, 几, 上 before a place (数百)
BARE: Final = 8  # a magnitude alone (超[百亿], [千]余家)
ANY: Final = 16  # a first character of none of those: always tried
# what a character says of its neighbour (NumberStarts.around)
PLACE: Final = 1  # a place or section character: what a vague number takes
INSIDE: Final = 2  # the first character of a qualifier inside a number (余, 多): after a magnitude
ORDINAL: Final = 4  # an ordinal prefix of one character (第): no number after it
NUMERAL: Final = 8  # a numeral, not a formal digit: no run starts after it
AFTER_WORD: Final = 16  # the last character of a word a magnitude alone may follow (超, 近)
MAGNITUDE: Final = 32  # a character of a magnitude alone (百, 千, 万, 亿)

BY_TABLE: Final = not __file__.endswith(".py")  # compiled: NumberStarts.next_match uses the tables


class Found:
    """Where the last match of NumberStarts.next_match starts, as it found it: match.span() or
    match.start() is a call of a method of the match (a tuple, or an int, made for every number)."""

    def __init__(self) -> None:
        self.start: i64 = 0


class NumberStarts:
    """The tables of number_matches, by code point: `opens` (what a character opens) and `around`
    (what it says of the character after or before it). `usable` is False where a table would
    not do (a character beyond the Basic Multilingual Plane): re's search then, as in pure Python."""

    def __init__(self, first_chars: str, opening: dict[int, set[str]], around: dict[int, set[str]]) -> None:
        self.opens = b""
        self.around = b""
        self.usable = False
        self.by_table = False  # next_match by the tables (compiled), not by re's search
        chars = {*first_chars, *(char for group in [*opening.values(), *around.values()] for char in group)}
        if not first_chars or any(ord(char) >= 0x10000 for char in chars):
            return
        top = max(ord(char) for char in chars) + 1
        opens, near = bytearray(top), bytearray(top)
        for kind, group in opening.items():
            for char in group:
                if char in first_chars:
                    opens[ord(char)] |= kind
        for char in first_chars:
            opens[ord(char)] = opens[ord(char)] or ANY
        for kind, group in around.items():
            for char in group:
                near[ord(char)] |= kind
        self.opens, self.around = bytes(opens), bytes(near)
        self.usable = True
        self.by_table = BY_TABLE

    def next_match(self, pattern: re.Pattern[str], text: str, at: int, found: Found) -> re.Match[str] | None:
        """pattern.search(text, at), the pattern matched only where a number can start (where
        `by_table`; else by search itself). finditer is this from where its last match ended (a
        match is never empty: the pattern takes its first character). Where it starts is kept in `found`."""
        if not self.by_table:
            searched = pattern.search(text, at)
            if searched is not None:
                found.start = searched.start()
            return searched
        table = self.opens
        top: i64 = len(table)
        size: i64 = len(text)
        index: i64 = at
        while index < size:
            code: i64 = ord(text[index])
            opens: i64 = table[code] if code < top else 0
            if opens and self.possible(text, index, opens):
                matched = pattern.match(text, index)
                if matched is not None:
                    found.start = index
                    return matched
            index += 1
        return None

    def possible(self, text: str, index: i64, opens: i64) -> bool:
        """True when a number may start at `index`, whose character opens `opens`."""
        previous: i64 = ord(text[index - 1]) if index > 0 else 0
        before: i64 = self.around[previous] if previous < len(self.around) else 0
        if before & ORDINAL:
            return False
        if opens & ANY:
            return True
        if opens & ARABIC and not (48 <= previous <= 57 or 97 <= previous <= 122 or previous == 46):
            return True  # the Arabic alternative never starts after [0-9A-Za-z.] but after two capitals
        if opens & CHINESE and not before & NUMERAL:
            return True
        size: i64 = len(text)
        if opens & VAGUE and index + 1 < size and self._around(text, index + 1) & PLACE:
            return True
        if opens & BARE:
            if before & AFTER_WORD:
                return True
            after: i64 = index + 1
            while after < size and self._around(text, after) & MAGNITUDE:
                after += 1
            return after < size and bool(self._around(text, after) & INSIDE)
        return False

    def _around(self, text: str, index: i64) -> i64:
        code: i64 = ord(text[index])
        return self.around[code] if code < len(self.around) else 0


def number_matches(pattern: re.Pattern[str], starts: NumberStarts, text: str) -> list[re.Match[str]]:
    """pattern.finditer(text), as a list, by next_match (each match where next_match says it starts)."""
    matches: list[re.Match[str]] = []
    found = Found()
    matched = starts.next_match(pattern, text, 0, found)
    while matched is not None:
        if found.start != matched.start():
            raise AssertionError(f"next_match kept {found.start} for a match at {matched.start()}")
        matches.append(matched)
        matched = starts.next_match(pattern, text, matched.end(), found)
    return matches
