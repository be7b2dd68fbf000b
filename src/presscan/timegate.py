"""Where the time scan's gate (timepattern.gate) passes, told by one loop over the code points.

The time scan (periods.PeriodFinder.scan) is a search for a class of the characters a time can open
with, then the gate, a lookahead, then the time pattern. re tests the class at every character (some
100 instructions each), and the gate at every character of the class: one in five of a bulletin's
(every digit of every number, 年, 全, 新, 中...). Compiled, GateTable tells the positions where the
gate passes from tables of the code points, some 25 instructions a character, and the scan is
matched only there: what search finds, since the gate is told exactly (`passes` is the gate's
branches, each as re reads it; tests/test_time_gate.py compares it with the gate's lookahead on
random and real texts). Pure Python keeps re's search (a loop over the characters is slower there).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from mypy_extensions import i64

# the kinds of a code point, bits of GateTable.kinds
DIGIT: Final = 1  # an Arabic digit, [0-9]
NUMERAL: Final = 2  # a numeral written in words (一, 十, 〇)
QUOTE: Final = 4  # an opening quote
WORD: Final = 8  # the first character of a word or of a lead (the gate's last branch)
OPENS: Final = 15  # any of those: the gate's class (`firsts`)
AFTER_DIGITS: Final = 16  # may follow a run of digits that opens a time
AFTER_NUMERALS: Final = 32  # may follow a run of numerals that opens a time
QUOTED: Final = 64  # may follow an opening quote

# how a run of digits (or numerals) passes the gate: any character of it; a run of up to `most`
# followed by one of `after`, backtracking (after holds characters of the run); the same, possessive
FREE: Final = 0
BACKTRACKING: Final = 1
POSSESSIVE: Final = 2
NONE: Final = 3  # no such branch (no numerals)

_COMPILED: Final = not __file__.endswith(".py")


class GateTable:
    """The branches of the gate as tables: `kinds`, the kind of each code point up to the highest
    the gate names; for the words and leads, `firsts` (code point -> index of its first character,
    from 1), `seconds` (code point -> index of a second character, from 1), `pairs` (first and
    second index -> 2: a word of those two characters, 1: words or leads that open with them, in
    `checks`), `singles` (first index -> 1: a word of one character, 2: a lead of one). `usable` is
    False where a table cannot hold the gate (a character beyond the Basic Multilingual Plane, more
    than 255 first or second characters): find then keeps re's search."""

    def __init__(
        self,
        digit_mode: int,
        digit_most: int,
        after_digits: set[str],
        numerals: set[str],
        numeral_mode: int,
        numeral_most: int,
        after_numerals: set[str],
        quotes: set[str],
        quoted: set[str],
        words: list[str],
        leads: list[str],
    ) -> None:
        self.digit_mode = digit_mode
        self.digit_most = digit_most
        self.numeral_mode = numeral_mode if numerals else NONE
        self.numeral_most = numeral_most
        self.by_table = False
        self.kinds = b""
        self.firsts = b""
        self.seconds = b""
        self.pairs = b""
        self.singles = b""
        self.width = 0  # second indices and 0: a row of pairs
        self.checks: list[list[tuple[str, bool]]] = []
        self.usable = False
        heads = {*(word[0] for word in words), *(lead[0] for lead in leads)}
        seconds = sorted({word[1] for word in [*words, *leads] if len(word) > 1})
        named = [*"0123456789", *after_digits, *numerals, *after_numerals, *quotes, *quoted, *heads, *seconds]
        if any(ord(char) >= 0x10000 for char in named) or len(heads) > 255 or len(seconds) > 255:
            return
        if numerals & ({*quotes, *heads, *"0123456789"}) or quotes & ({*heads, *"0123456789"}):
            return  # a character of two branches: `positions` tells a run of digits or numerals alone
        kinds = bytearray(max(ord(char) for char in named) + 1)
        for chars, kind in (
            ("0123456789", DIGIT),
            (numerals, NUMERAL),
            (quotes, QUOTE),
            (heads, WORD),
            (after_digits, AFTER_DIGITS),
            (after_numerals, AFTER_NUMERALS),
            (quoted, QUOTED),
        ):
            for char in chars:
                kinds[ord(char)] |= kind
        first_index = {char: index + 1 for index, char in enumerate(sorted(heads))}
        second_index = {char: index + 1 for index, char in enumerate(seconds)}
        firsts = bytearray(len(kinds))
        for char, index in first_index.items():
            firsts[ord(char)] = index
        seconds_table = bytearray(max([0, *(ord(char) + 1 for char in seconds)]))
        for char, index in second_index.items():
            seconds_table[ord(char)] = index
        self.width = len(seconds) + 1
        singles = bytearray(len(first_index) + 1)
        pairs = bytearray((len(first_index) + 1) * self.width)
        self.checks = [[] for _ in range(len(pairs))]
        for word, led in [*((word, False) for word in words), *((lead, True) for lead in leads)]:
            first = first_index[word[0]]
            if len(word) == 1:
                singles[first] |= 2 if led else 1
                continue
            pair = first * self.width + second_index[word[1]]
            if len(word) == 2 and not led:
                pairs[pair] = 2
            else:
                pairs[pair] = max(pairs[pair], 1)
                self.checks[pair].append((word[2:], led))
        self.kinds, self.firsts, self.seconds = bytes(kinds), bytes(firsts), bytes(seconds_table)
        self.pairs, self.singles = bytes(pairs), bytes(singles)
        self.usable = True
        self.by_table = _COMPILED

    def positions(self, text: str, found: list[int]) -> None:
        """The positions of `text` where the gate passes, in order, appended to `found`."""
        kinds = self.kinds
        top: i64 = len(kinds)
        size: i64 = len(text)
        index: i64 = 0
        while index < size:
            code: i64 = ord(text[index])
            kind: i64 = kinds[code] if code < top else 0
            if not kind & OPENS:
                index += 1
            elif kind & DIGIT:
                index = self._run(text, index, DIGIT, AFTER_DIGITS, self.digit_mode, self.digit_most, found)
            elif kind & NUMERAL:
                index = self._run(text, index, NUMERAL, AFTER_NUMERALS, self.numeral_mode, self.numeral_most, found)
            else:
                if (kind & QUOTE and self._kind(text, index + 1) & QUOTED) or (kind & WORD and self._word(text, index)):
                    found.append(index)
                index += 1

    def opens(self, text: str, index: int) -> bool:
        """True when the character at `index` (0 or more) is of the gate's class: where it is not, no
        branch of the gate passes (`positions` finds none there), so the scan does not match."""
        return self._kind(text, index) & OPENS != 0

    def _kind(self, text: str, index: i64) -> i64:
        """The kind of the character at `index`; 0 past the end."""
        if index >= len(text):
            return 0
        code: i64 = ord(text[index])
        return self.kinds[code] if code < len(self.kinds) else 0

    def _run(self, text: str, start: i64, kind: i64, after: i64, mode: i64, most: i64, found: list[int]) -> i64:
        """The positions of the run of characters of `kind` at `start` where the gate passes,
        appended to `found`; the end of the run."""
        kinds = self.kinds
        top: i64 = len(kinds)
        size: i64 = len(text)
        end: i64 = start + 1
        follows: i64 = 0  # the kind of the character after the run
        while end < size:
            code: i64 = ord(text[end])
            follows = kinds[code] if code < top else 0
            if not follows & kind:
                break
            follows = 0
            end += 1
        if mode == FREE:
            for index in range(start, end):
                found.append(index)
        elif mode == POSSESSIVE:
            # [class]{1,most}+[after]: the whole run from a position, if it is no longer than `most`
            # (after holds none of the class: a longer run is followed there by one of it)
            if follows & after:
                for index in range(max(start, end - most), end):
                    found.append(index)
        elif mode == BACKTRACKING:
            # [class][class]{0,most-1}[after]: any of the `most` characters after a position
            for index in range(start, end):
                step: i64 = 1
                while step <= most and index + step <= end:
                    if self._kind(text, index + step) & after:
                        found.append(index)
                        break
                    step += 1
        return end

    def _word(self, text: str, index: i64) -> bool:
        """True when a word of the gate opens at `index`, or a lead followed by a character a time
        opens with (its first character is one of them)."""
        first: i64 = self.firsts[ord(text[index])]
        single: i64 = self.singles[first]
        if single & 1 or (single & 2 and self._kind(text, index + 1) & OPENS):
            return True
        if index + 1 >= len(text):
            return False
        code: i64 = ord(text[index + 1])
        second: i64 = self.seconds[code] if code < len(self.seconds) else 0
        if not second:
            return False
        pair: i64 = first * self.width + second
        known: i64 = self.pairs[pair]
        if known == 2:
            return True
        if known == 0:
            return False
        for rest, led in self.checks[pair]:
            if text.startswith(rest, index + 2) and (not led or self._kind(text, index + 2 + len(rest)) & OPENS):
                return True
        return False


class TimeScan:
    """The scan's matches in a text, from a position on: scan.search(text, at), by the gate's
    positions where the table tells them (GateTable.by_table), else by re's search."""

    def __init__(self, scan: re.Pattern[str], table: GateTable, text: str) -> None:
        self.scan = scan
        self.text = text
        self.by_table = table.by_table
        self.positions: list[int] = []
        self.next = 0  # the first position of `positions` not yet tried
        if self.by_table:
            table.positions(text, self.positions)

    def search(self, at: int) -> re.Match[str] | None:
        """scan.search(text, at); `at` never less than in the call before."""
        if not self.by_table:
            return self.scan.search(self.text, at)
        positions = self.positions
        count = len(positions)
        index = self.next
        match = self.scan.match
        text = self.text
        while index < count:
            position = positions[index]
            index += 1
            if position >= at:
                found = match(text, position)
                if found is not None:
                    self.next = index
                    return found
        self.next = index
        return None
