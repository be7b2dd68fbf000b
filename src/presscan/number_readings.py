"""The ways to read one number that patterns.number_re found: an Arabic digit run, a run of
Chinese numerals (and each shorter head of it: 两万千瓦 may end inside the unit), a vague
number (数百 = 200..900), a magnitude alone (超百亿), two neighbouring digits (二三十 =
20..30; 九五 = 9.5 before 折). Numbers too long to be quantities are not read at all.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from presscan.matchwords import MatchWords, has_code
from presscan.numerals import parse_arabic, parse_chinese, parse_chinese_decimal
from presscan.patternfile import VagueEntry
from presscan.wordtoken import mypyc_attr

# Longer runs of numeral characters are not numbers bulletins write (the longest,
# 九千九百九十九万九千九百九十九亿..., stays well inside); the cap keeps a hostile run
# of a million numeral characters linear.
_LONGEST_NUMERAL: Final = 24
_LONGEST_VAGUE: Final = 4  # 数十万亿 at most; 千万亿 at most for a magnitude alone
_ONE: Final = "\x00"  # a stand-in digit 1 for the place value of 数百, 上千


# A number of more digits than this is a code (an ID, a serial number), not a
# quantity; and no statistic is worth 10**50 of its unit. Within these bounds
# every value is exact: presscan.match runs the arithmetic with 100 digits, enough
# for the largest number times the largest magnitude, and for a fraction's six
# decimal places.
MOST_DIGITS: Final = 28
LARGEST_EXPONENT: Final = 50


@mypyc_attr(acyclic=True)
class NumberReading:
    """One reading of a number match: where it ends, what it is worth, how it was written."""

    __slots__ = ("end", "form", "high", "pair", "qualifier", "qualifier_text", "text", "value")

    def __init__(
        self,
        end: int,
        text: str,
        value: Decimal,
        form: str,  # arabic | mixed (3万5千) | chinese | vague | bare (百亿) | pair (九五: before 折)
        high: Decimal | None = None,  # vague numbers: 数百 -> 200..900, 二三十 -> 20..30
        qualifier: str | None = None,  # vague numbers are approximate
        qualifier_text: str | None = None,
        pair: Decimal | None = None,  # two digits read as a whole and a tenth: 九五 -> 9.5
    ) -> None:
        self.end = end
        self.text = text
        self.value = value
        self.form = form
        self.high = high
        self.qualifier = qualifier
        self.qualifier_text = qualifier_text
        self.pair = pair


def readings_of(match: re.Match[str], words: MatchWords) -> list[NumberReading]:
    """The ways to read one match of patterns.number_re, longest first."""
    text = match.string
    start, end = match.span()
    arabic = match.group("arabic")
    if arabic is not None:
        return _readings(words, text, start, end, _ARABIC, end)
    run = match.group("chinese")
    if run is not None:
        return _readings(words, text, start, end, _CHINESE, start + len(run))
    groups = match.groupdict()
    if groups.get("vague") is not None:
        return _readings(words, text, start, end, _VAGUE, end)
    if groups.get("bare") is not None:
        return _readings(words, text, start, end, _BARE, end)
    return []


def scan_readings(
    match: re.Match[str], text: str, start: int, end: int, kinds: ScanKinds, words: MatchWords
) -> list[NumberReading]:
    """The ways to read one match of patterns.number_scan_re in `text` (the text it was matched in,
    not read back from match.string: an attribute lookup), [start, end), longest first. Which
    alternative matched is read from the number of the last group it closed (Match.lastindex, an
    attribute: a call of a method of a match costs about 500 instructions)."""
    last = match.lastindex
    kind = kinds.kinds[last] if last is not None else -1
    if kind < 0:
        return []
    run_end = end
    if kind == _CHINESE and last != kinds.chinese:
        run_end = match.end(kinds.chinese)  # 三点五: the run ends where its fraction starts
    return _readings(words, text, start, end, kind, run_end)


class ScanKinds:
    """For each group of number_scan_re, the alternative it belongs to (-1 for none), and the group
    of a Chinese run (a fraction's group follows it)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        index = pattern.groupindex
        self.kinds = [-1] * (pattern.groups + 1)
        for name, kind in (
            ("arabic", _ARABIC),
            ("chinese", _CHINESE),
            ("fraction", _CHINESE),
            ("vague_places", _VAGUE),
            ("bare", _BARE),
        ):
            if name in index:
                self.kinds[index[name]] = kind
        self.chinese = index.get("chinese", -1)


# which alternative of the number pattern matched
_ARABIC: Final = 0
_CHINESE: Final = 1
_VAGUE: Final = 2
_BARE: Final = 3


def _readings(words: MatchWords, text: str, start: int, end: int, kind: int, run_end: int) -> list[NumberReading]:
    """The readings of the number text[start:end], of the alternative `kind`; a Chinese run
    ends at `run_end`, and a decimal fraction (点五) runs from there to `end`."""
    if kind == _ARABIC:
        arabic = text[start:end]
        if len(arabic) > 2 * MOST_DIGITS and _significant_digits(arabic) > MOST_DIGITS:
            return []  # checked before parsing: a million digits is not worth reading
        value = parse_arabic(arabic)
        # no more digits than MOST_DIGITS (< LARGEST_EXPONENT): nothing to check
        if value is None or (len(arabic) > MOST_DIGITS and _out_of_bounds(value)):
            return []
        whole = NumberReading(end, arabic, value, "arabic")
        mixed = _spoken_digits(text, end, arabic, value, words)
        return [mixed, whole] if mixed is not None else [whole]
    if kind == _VAGUE:
        return _vague_readings(words, text, start, end)
    if kind == _BARE:
        return _bare_readings(words, text, start, end)
    run = text[start:run_end]
    fraction = text[run_end:end]
    readings = []
    if fraction:
        value = parse_chinese_decimal(run + fraction, words.digits, words.places, words.sections, words.decimal_points)
        if value is not None:
            readings.append(NumberReading(end, run + fraction, value, "chinese"))
    # A run of numeral characters may end inside the unit (两万千瓦): try the
    # longest prefix that parses first.
    for size in range(min(len(run), _LONGEST_NUMERAL), 0, -1):
        prefix = run[:size]  # sliced once: a new string for each prefix shorter than the run
        value = parse_chinese(prefix, words.digits, words.places, words.sections)
        if value is not None:
            readings.append(NumberReading(start + size, prefix, value, "chinese"))
    if not fraction and len(run) >= 2:
        readings.extend(_neighbour_readings(words, run[:_LONGEST_NUMERAL], start))
        readings.sort(key=_reading_end, reverse=True)  # stable: on a tie, the order above
    if not fraction and words.places.get(run[-1]) == 10 and readings and readings[0].end == end:
        units = _units_word(text, end, readings[0], words)
        if units is not None:
            readings.insert(0, units)
    return [
        reading
        for reading in readings
        if not _out_of_bounds(reading.value) and not (len(reading.text) == 1 and reading.text in words.formal_digits)
    ]


def _spoken_digits(text: str, end: int, arabic: str, value: Decimal, words: MatchWords) -> NumberReading | None:
    """Digits spoken with their places, as 三万五千 is written with numerals: 3万5千 = 35000,
    2亿5千万 = 250000000, and 3万5 = 35000 (the digit fills the next place down, as in 一万五).
    Only a whole number before the section character, and a whole below it after it."""
    # most numbers are followed by no section character: told by code point, no string made
    section = words.sections.get(text[end]) if end < len(text) and has_code(words.section_codes, text, end) else None
    if section is None or not arabic.isdigit():  # the method call only where a section character follows
        return None
    digits_end = end + 1
    while digits_end < len(text) and digits_end - end <= 4 and "0" <= text[digits_end] <= "9":
        digits_end += 1
    digits = text[end + 1 : digits_end]
    if not digits or (digits_end < len(text) and ("0" <= text[digits_end] <= "9" or text[digits_end] == ".")):
        return None
    place = words.places.get(text[digits_end]) if digits_end < len(text) else None
    close = digits_end
    if place is None:
        if len(digits) != 1:
            return None  # 3万50 is no spoken number
        rest = Decimal(int(digits) * section // 10)
    else:
        close += 1
        lower = words.sections.get(text[close]) if close < len(text) else None
        if lower is not None and lower < section:
            close += 1  # 2亿5千[万]
        rest = Decimal(int(digits) * place * (lower if lower is not None and lower < section else 1))
    if rest >= section:
        return None
    return NumberReading(close, text[end - len(arabic) : close], value * section + rest, "mixed")


def _units_word(text: str, end: int, tens: NumberReading, words: MatchWords) -> NumberReading | None:
    """A vague word for the units digit after 十 (十几个 = 11..19, 二十几家 = 21..29)."""
    word = text[end] if end < len(text) else ""
    found = words.vague.get(word)
    if found is None:
        return None
    entry: VagueEntry = found.value  # type: ignore[assignment]
    if not entry.after_ten:
        return None
    written = tens.text + word
    return NumberReading(
        end + 1, written, tens.value + 1, "vague", tens.value + (entry.high or 9), entry.qualifier, written
    )


def _reading_end(reading: NumberReading) -> int:
    return reading.end


def _vague_readings(words: MatchWords, text: str, start: int, end: int) -> list[NumberReading]:
    """A vague number (数百): its word, then place characters."""
    word = text[start]
    entry: VagueEntry = words.vague[word].value  # type: ignore[assignment]
    places = text[start + 1 : end]
    if len(places) > _LONGEST_VAGUE:
        return []
    unit_value = parse_chinese(_ONE + places, {_ONE: 1}, words.places, words.sections)
    if unit_value is None:
        return []
    high = unit_value * entry.high if entry.high else None
    return [NumberReading(end, word + places, unit_value * entry.low, "vague", high, entry.qualifier, word + places)]


def _bare_readings(words: MatchWords, text: str, start: int, end: int) -> list[NumberReading]:
    """A magnitude written alone (超百亿): each of its heads that is a magnitude word, longest first."""
    bare = text[start:end]
    readings = []
    for size in range(min(len(bare), _LONGEST_VAGUE), 0, -1):
        factor = words.magnitude_factors.get(bare[:size])
        if factor is not None:
            readings.append(NumberReading(start + size, bare[:size], Decimal(factor), "bare"))
    return readings


def _neighbour_readings(words: MatchWords, run: str, start: int) -> list[NumberReading]:
    """Two neighbouring digits written together (the first pair of digits in `run`).

    二三十 = 20..30, 十七八 = 17..18, 三四百万 = 3000000..4000000 (approx), when the
    second digit is the first plus one; and any two non-zero digits as a whole and
    a tenth (九五 = 9.5), for the units that take pairs (九五折).
    """
    digits = words.digits
    for index in range(len(run) - 1):
        first, second = run[index], run[index + 1]
        if first not in digits or second not in digits:
            continue
        low_digit, high_digit = digits[first], digits[second]
        if low_digit == 0 or high_digit == 0:
            return []
        readings = []
        if index == 0:
            pair = Decimal(f"{low_digit}.{high_digit}")
            readings.append(NumberReading(start + 2, run[:2], Decimal(low_digit), "pair", pair=pair))
        if high_digit == low_digit + 1:
            head = run[:index]
            places_end = index + 2
            while places_end < len(run) and (run[places_end] in words.places or run[places_end] in words.sections):
                places_end += 1
            for end in range(places_end, index + 1, -1):
                tail = run[index + 2 : end]
                low = parse_chinese(head + first + tail, digits, words.places, words.sections)
                high = parse_chinese(head + second + tail, digits, words.places, words.sections)
                if low is not None and high is not None and high > low:
                    text = run[:end]
                    readings.append(NumberReading(start + end, text, low, "chinese", high, "approx", text))
        return readings
    return []


def _significant_digits(arabic: str) -> int:
    digits = arabic.replace(",", "").replace("，", "").replace(".", "").lstrip("0")
    return len(digits)


def _out_of_bounds(value: Decimal) -> bool:
    """More significant digits than a quantity has, or worth more than any statistic."""
    if value == _ZERO:  # a Decimal compared with an int is converted first
        return False
    adjusted = value.adjusted()
    if adjusted >= LARGEST_EXPONENT:
        return True
    if value.same_quantum(_UNIT):
        # an integer written without a point (every Chinese numeral): its digits are
        # adjusted + 1, read without as_tuple(), which builds a named tuple of them
        return adjusted >= MOST_DIGITS
    return len(value.as_tuple().digits) > MOST_DIGITS


_UNIT: Final = Decimal(1)
_ZERO: Final = Decimal(0)
