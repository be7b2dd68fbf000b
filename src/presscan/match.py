"""Find figures in normalised text: a number, its magnitude, its unit, its qualifiers.

Two steps. A compiled regex finds candidate numbers (Arabic digit runs, runs of
Chinese numeral characters, vague numbers such as 数百, and magnitudes written
alone right after 超/突破: 超百亿美元). For each, the words after it are read
from the pattern data by longest match: an inside qualifier (多, 余), a magnitude
(万, 亿, k), a unit (or a counted noun: 9万儿童), an optional "/denominator", an
after qualifier (以上). A number without a unit is not a figure, which is what
keeps years, dates and list numbers out; so are numbers inside a web address or a
title (《八项规定》).

Numbers written in words come from patterns/number_words.toml: decimals
(十二点五), a unit written before the number (百分之三十, 万分之三; a currency
sign: US$3.5亿), fractions (三分之一: unit 分之, kind fraction, value
numerator/denominator rounded to 6 places; a bare 1/3 only where 占/的 before it
or 以上/的 after it make it a share), vague counts (数百家: 200..900, qualifier
approx; 二三十个: 20..30), and fixed phrases (翻一番: 2 倍, 一半: 50 %, 打对折).
成 and 折 are units with a scale (三成五 = 35 %, 九五折 = 95 %); 半 after a unit
adds a half (两吨半 = 2.5 吨, 一个半小时), and a smaller unit of money joins the
figure before it (5元3角 = 5.3 元). Some units depend on the words of their clause
(度: 千瓦时 after 用电, ℃ after 气温). Then three rules look at the figure before:
ranges (3至5万吨 = 30000..50000 吨, value and value_high), signs (-2.41‰, 负2.7%),
and bracketed restatements (三次（含三次）以上 = one figure, at_least).

A figure whose parts are written apart (两吨半, 5元3角) has the whole written
form as its `number`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Mapping
from decimal import Decimal, localcontext

from presscan.numerals import parse_arabic, parse_chinese, parse_chinese_decimal
from presscan.patternset import (
    AroundEntry,
    PatternSet,
    PhraseEntry,
    PrefixEntry,
    Subunit,
    Unit,
    VagueEntry,
)

_SLOGAN_LENGTH = 8  # “三个年” “五项机制”: numbers inside short quotes are names, not figures
_TITLE_LENGTH = 40  # how far a title's marks are looked for around a figure
_CONTEXT_WINDOW = 40  # how far back a context unit's words are looked for


# The records of this module are plain classes with a written-out __init__, not
# dataclasses: mypyc compiles these into native constructors, while the __init__
# that @dataclass generates stays interpreted (fifteen times slower to build, and
# match builds several for every figure). They are never changed once built:
# a changed figure is a copy (_copy). Arguments are keyword-only: a figure has
# fifteen fields, and a name at every call says which is which.
class RawFigure:
    """A figure as found in the normalised text (spans are normalised offsets)."""

    __slots__ = (
        "end",
        "kind",
        "magnitude",
        "number",
        "numeral",
        "pattern",
        "per",
        "qualifier",
        "qualifier_end",
        "qualifier_start",
        "qualifier_text",
        "start",
        "unit",
        "value",
        "value_high",
    )

    def __init__(
        self,
        *,
        start: int,  # the number's first character (or its sign's, or its prefix's)
        end: int,  # after the unit
        number: str,
        magnitude: str | None,
        value: Decimal,
        unit: str,
        kind: str,
        per: str | None,
        qualifier: str | None,
        qualifier_text: str | None,
        qualifier_start: int,  # span of the whole figure with its qualifiers
        qualifier_end: int,
        pattern: str,
        numeral: str,  # arabic | chinese | mixed
        value_high: Decimal | None = None,  # the upper end of a range (3至5万吨), else None
    ) -> None:
        self.start = start
        self.end = end
        self.number = number
        self.magnitude = magnitude
        self.value = value
        self.unit = unit
        self.kind = kind
        self.per = per
        self.qualifier = qualifier
        self.qualifier_text = qualifier_text
        self.qualifier_start = qualifier_start
        self.qualifier_end = qualifier_end
        self.pattern = pattern
        self.numeral = numeral
        self.value_high = value_high

    def __repr__(self) -> str:
        return (
            f"RawFigure(number={self.number!r}, magnitude={self.magnitude!r}, unit={self.unit!r},"
            f" value={self.value!r}, start={self.start}, end={self.end})"
        )


def _copy(figure: RawFigure) -> RawFigure:
    """A copy to change: figures, once built, are never changed in place."""
    return RawFigure(
        start=figure.start,
        end=figure.end,
        number=figure.number,
        magnitude=figure.magnitude,
        value=figure.value,
        unit=figure.unit,
        kind=figure.kind,
        per=figure.per,
        qualifier=figure.qualifier,
        qualifier_text=figure.qualifier_text,
        qualifier_start=figure.qualifier_start,
        qualifier_end=figure.qualifier_end,
        pattern=figure.pattern,
        numeral=figure.numeral,
        value_high=figure.value_high,
    )


def _longest(table: Container[str], text: str, pos: int, longest: int) -> str | None:
    """The longest key of `table` that starts at text[pos]."""
    for size in range(min(longest, len(text) - pos), 0, -1):
        word = text[pos : pos + size]
        if word in table:
            return word
    return None


def _longest_before(patterns: PatternSet, table: str, text: str, pos: int) -> str | None:
    """The longest key of the pattern table named `table` that ends right before text[pos]."""
    words: Mapping[str, object] = getattr(patterns, table)
    for size in range(min(patterns.longest_key[table], pos), 0, -1):
        word = text[pos - size : pos]
        if word in words:
            return word
    return None


def _ends_at(text: str, pos: int, word: str) -> bool:
    """True when `word` stands right before text[pos]."""
    return pos >= len(word) and text.startswith(word, pos - len(word))


def _is_latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _is_numeral(patterns: PatternSet, char: str) -> bool:
    """A digit of either script, or a place or section character."""
    return (
        (char.isascii() and char.isdigit())
        or char in patterns.digits
        or char in patterns.places
        or char in patterns.sections
    )


def _unit_at(patterns: PatternSet, text: str, pos: int) -> Unit | None:
    """The longest unit at `pos` that is not part of a longer word.

    A unit that depends on its clause (度) has several readings of one surface;
    the one whose word stands nearest wins, and none when no word is there.
    """
    if pos >= len(text):
        return None
    best: Unit | None = None
    best_at = -1
    best_surface = ""
    length = len(text)
    for surface, unit in patterns.units_by_first_char.get(text[pos], ()):
        if best_surface and surface != best_surface:
            break  # a shorter surface after the readings of a longer one: the longer reading wins
        after = pos + len(surface)
        # the first character matched already; the second is a quick test before the whole
        if after > pos + 1 and (after > length or text[pos + 1] != surface[1] or not text.startswith(surface, pos)):
            continue
        if (
            after < length
            and text[after] in unit.not_before_chars
            and any(text.startswith(word, after) for word in unit.not_before)
        ):
            continue
        if not unit.checked:
            return unit
        if unit.latin and after < len(text) and _is_latin(text[after]):
            continue  # 5G基站, 5Gbps: letters run on, so this is no unit
        if unit.not_after and any(_ends_at(text, pos, word) for word in unit.not_after):
            continue
        if unit.not_before_unit and _numeral_or_unit_at(patterns, text, after):
            continue  # 三两天, 一两百: the numeral two
        if unit.context_re is not None or unit.right_after:
            at = _context_at(patterns, text, pos, unit)
            if at > best_at:
                best, best_at, best_surface = unit, at, surface
            continue
        return unit
    return best


def _numeral_or_unit_at(patterns: PatternSet, text: str, pos: int) -> bool:
    return pos < len(text) and (_is_numeral(patterns, text[pos]) or _unit_at(patterns, text, pos) is not None)


def _context_at(patterns: PatternSet, text: str, pos: int, unit: Unit) -> int:
    """Where the word that gives `unit` its meaning ends before `pos` in the same clause; -1 if none does."""
    if any(_ends_at(text, pos, word) for word in unit.right_after):
        return pos
    if unit.context_re is None:
        return -1
    found = unit.context_re.search(text, max(0, pos - _CONTEXT_WINDOW), pos)
    last = -1
    while found is not None:  # the last one is the nearest
        last = found.end()
        found = unit.context_re.search(text, last, pos)
    if last < 0 or patterns.punctuation.clause_mark_re.search(text, last, pos) is not None:
        return -1
    return last


class _UnitRead:
    """A unit read at a position, with its denominator when it is a rate (吨/年)."""

    __slots__ = ("end", "entry", "kind", "per", "unit")

    def __init__(self, end: int, entry: Unit, unit: str, kind: str, per: str | None) -> None:
        self.end = end
        self.entry = entry
        self.unit = unit
        self.kind = kind
        self.per = per


def _read_unit(patterns: PatternSet, text: str, pos: int) -> _UnitRead | None:
    """A unit (or a rate such as 吨/年) at `pos`."""
    unit = _unit_at(patterns, text, pos)
    if unit is None:
        return None
    end = pos + len(unit.surface)
    per = _read_per(patterns, text, end)
    if per is not None:
        per_end, per_word = per
        return _UnitRead(per_end, unit, f"{unit.unit}/{per_word}", "rate", per_word)
    return _UnitRead(end, unit, unit.unit, unit.kind, None)


def _read_per(patterns: PatternSet, text: str, pos: int) -> tuple[int, str] | None:
    """A denominator after "/" at `pos` (/年, /吨, /万元): where it ends and how it is written."""
    if pos >= len(text) or text[pos] != "/":
        return None
    denominator = _unit_at(patterns, text, pos + 1)
    if denominator is not None:
        return pos + 1 + len(denominator.surface), denominator.unit
    # 0.5吨/万元: a denominator may carry a magnitude; it stays written as it is
    for magnitude in patterns.magnitudes_by_first_char.get(text[pos + 1], ()) if pos + 1 < len(text) else ():
        after = pos + 1 + len(magnitude)
        denominator = _unit_at(patterns, text, after) if text.startswith(magnitude, pos + 1) else None
        if denominator is not None:
            return after + len(denominator.surface), magnitude + denominator.unit
    word = _longest(patterns.per_words, text, pos + 1, 3)
    if word is not None:
        return pos + 1 + len(word), word
    return None


class _Tail:
    """What follows a number: its inside qualifier, magnitude and unit (or counted noun)."""

    __slots__ = ("end", "entry", "half", "inside", "kind", "magnitude", "per", "surface", "unit")

    def __init__(
        self,
        end: int,
        magnitude: str | None,
        inside: str | None,
        unit: str,
        kind: str,
        per: str | None,
        surface: str,  # the unit, counted noun or currency sign as written
        entry: Unit | None = None,  # the unit's pattern entry; None for a counted noun or a sign
        half: bool = False,  # 一个半小时: a half between the number and the unit
    ) -> None:
        self.end = end
        self.magnitude = magnitude
        self.inside = inside
        self.unit = unit
        self.kind = kind
        self.per = per
        self.surface = surface
        self.entry = entry
        self.half = half


def _unit_tail(found: _UnitRead, magnitude: str | None, inside: str | None, half: bool = False) -> _Tail:
    entry = found.entry
    return _Tail(found.end, magnitude, inside, found.unit, found.kind, found.per, entry.surface, entry, half)


def _counted_noun(patterns: PatternSet, text: str, pos: int, magnitude: str | None, inside: str | None) -> _Tail | None:
    """9万儿童, 1000农户: a counted noun right after the number, outside the figure's text."""
    if pos >= len(text) or text[pos] not in patterns.first_chars["counted_nouns"]:
        return None
    noun = _longest(patterns.counted_nouns, text, pos, patterns.longest_key["counted_nouns"])
    if noun is None:
        return None
    if magnitude is None and any(text.startswith(word, pos + len(noun)) for word in patterns.counted_not_before):
        return None  # 12345市民热线
    entry = patterns.counted_nouns[noun]
    return _Tail(pos, magnitude, inside, str(entry.value), "count", None, noun)


def _read_tail(patterns: PatternSet, text: str, pos: int, arabic: bool) -> _Tail | None:
    """What follows a number: [inside qualifier] [magnitude [inside qualifier]] unit."""
    inside = _longest(patterns.qualifiers_inside, text, pos, patterns.longest_key["qualifiers_inside"])
    start = pos + len(inside) if inside else pos
    options: list[tuple[int, int, _Tail]] = []
    half = _half_between(patterns, text, start)
    if half >= 0:
        found = _read_unit(patterns, text, half)
        if found is not None:
            options.append((found.end, 0, _unit_tail(found, None, inside, half=True)))
    direct = _read_unit(patterns, text, start)
    if direct is None and arabic and start + 1 < len(text) and text[start] == " ":
        # 5 km, 100 USD: a unit in Latin letters may stand one space after the number
        spaced = _read_unit(patterns, text, start + 1)
        direct = spaced if spaced is not None and spaced.entry.latin else None
    if direct is not None:
        options.append((direct.end, 0, _unit_tail(direct, None, inside)))
    candidates = patterns.magnitudes_by_first_char.get(text[start], ()) if start < len(text) else ()
    for magnitude in candidates:
        if not text.startswith(magnitude, start):
            continue
        latin = magnitude.isascii()
        if latin and not arabic:
            continue  # k, M only after Arabic digits
        size = len(magnitude)
        after = start + size
        inside_after = None
        if inside is None:
            inside_after = _longest(patterns.qualifiers_inside, text, after, patterns.longest_key["qualifiers_inside"])
            if inside_after:
                after += len(inside_after)
        found = _read_unit(patterns, text, after)
        if found is not None:
            options.append((found.end, -size, _unit_tail(found, magnitude, inside or inside_after)))
            continue
        noun = None if latin else _counted_noun(patterns, text, after, magnitude, inside or inside_after)
        if noun is not None:
            options.append((after, -size, noun))
    if not options:
        return _counted_noun(patterns, text, start, None, inside)
    # The longest reading wins; on a tie, the one without a magnitude (3千瓦 is
    # 3 kilowatts, not 3000 watts); on a tie of both, the first.
    best: tuple[int, int, _Tail] | None = None
    for option in options:
        if best is None or option[0] > best[0] or (option[0] == best[0] and option[1] > best[1]):
            best = option
    return best[2] if best is not None else None


def _half_between(patterns: PatternSet, text: str, pos: int) -> int:
    """一个半小时: where the unit starts after a measure word and 半 at `pos`; -1 if they are not there."""
    word = patterns.half_word
    if word is None or pos >= len(text) or text[pos] not in patterns.first_chars["half_between"]:
        return -1
    for between in patterns.half_between:
        if text.startswith(between, pos) and text.startswith(word, pos + len(between)):
            return pos + len(between) + len(word)
    return -1


def _half_after(patterns: PatternSet, text: str, pos: int) -> int:
    """两吨半: the length of 半 right after the unit at `pos`; 0 if it is not there or starts a word (半径)."""
    word = patterns.half_word
    if word is None or not text.startswith(word, pos):
        return 0
    after = pos + len(word)
    if any(text.startswith(other, after) for other in patterns.half_not_before):
        return 0
    return len(word)


def _in_short_quote(patterns: PatternSet, text: str, start: int, end: int) -> bool:
    """True when [start, end) stands inside a short quotation such as “三项改革”: the quotes,
    and the marks that end a search for the opening one, are patterns/punctuation.toml's."""
    punctuation = patterns.punctuation
    window_start = max(0, start - _SLOGAN_LENGTH)
    for index in range(start - 1, window_start - 1, -1):
        char = text[index]
        if char in punctuation.quotes:
            close = text.find(punctuation.quotes[char], end, end + _SLOGAN_LENGTH)
            return close != -1
        if char in punctuation.quote_marks or char in punctuation.sentence_end or char in punctuation.clause_end:
            return False
    return False


def _in_title(patterns: PatternSet, text: str, start: int, end: int) -> bool:
    """True when [start, end) stands inside a title (《中央八项规定实施细则》): a name, not a figure."""
    for opening, closing in patterns.titles.items():
        found = text.rfind(opening, max(0, start - _TITLE_LENGTH), start)
        if found < 0 or text.find(closing, found, start) >= 0:
            continue
        close = text.find(closing, end, end + _TITLE_LENGTH)
        if close >= 0 and patterns.punctuation.sentence_mark_re.search(text, found, close) is None:
            return True
    return False


class _Number:
    """One reading of a number match: where it ends, what it is worth, how it was written."""

    __slots__ = ("end", "form", "high", "pair", "qualifier", "qualifier_text", "text", "value")

    def __init__(
        self,
        end: int,
        text: str,
        value: Decimal,
        form: str,  # arabic | chinese | vague | bare (百亿) | pair (九五: only before a unit that takes pairs, 折)
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


def _readings(match: re.Match[str], patterns: PatternSet) -> list[_Number]:
    """The ways to read one number match, longest first."""
    arabic = match.group("arabic")
    if arabic is not None:
        if len(arabic) > 2 * MOST_DIGITS and _significant_digits(arabic) > MOST_DIGITS:
            return []  # checked before parsing: a million digits is not worth reading
        value = parse_arabic(arabic)
        # no more digits than MOST_DIGITS (< LARGEST_EXPONENT): nothing to check
        if value is None or (len(arabic) > MOST_DIGITS and _out_of_bounds(value)):
            return []
        return [_Number(match.end(), arabic, value, "arabic")]
    run = match.group("chinese")
    if run is None:
        return _other_readings(match, patterns)
    fraction = match.group("fraction")
    start = match.start()
    readings = []
    if fraction:
        value = parse_chinese_decimal(
            run + fraction, patterns.digits, patterns.places, patterns.sections, patterns.decimal_points
        )
        if value is not None:
            readings.append(_Number(match.end(), run + fraction, value, "chinese"))
    # A run of numeral characters may end inside the unit (两万千瓦): try the
    # longest prefix that parses first.
    for size in range(min(len(run), _LONGEST_NUMERAL), 0, -1):
        value = parse_chinese(run[:size], patterns.digits, patterns.places, patterns.sections)
        if value is not None:
            readings.append(_Number(start + size, run[:size], value, "chinese"))
    if not fraction and len(run) >= 2:
        readings.extend(_neighbour_readings(patterns, run[:_LONGEST_NUMERAL], start))
        readings.sort(key=_reading_end, reverse=True)  # stable: on a tie, the order above
    return [
        reading
        for reading in readings
        if not _out_of_bounds(reading.value) and not (len(reading.text) == 1 and reading.text in patterns.formal_digits)
    ]


def _reading_end(reading: _Number) -> int:
    return reading.end


def _other_readings(match: re.Match[str], patterns: PatternSet) -> list[_Number]:
    """Vague numbers (数百) and magnitudes written alone (超百亿)."""
    groups = match.groupdict()
    word = groups.get("vague")
    if word is not None:
        entry: VagueEntry = patterns.vague[word].value  # type: ignore[assignment]
        places = match.group("vague_places")
        if len(places) > _LONGEST_VAGUE:
            return []
        unit_value = parse_chinese(_ONE + places, {_ONE: 1}, patterns.places, patterns.sections)
        if unit_value is None:
            return []
        high = unit_value * entry.high if entry.high else None
        return [
            _Number(match.end(), word + places, unit_value * entry.low, "vague", high, entry.qualifier, word + places)
        ]
    bare = groups.get("bare")
    readings = []
    if bare is not None:
        for size in range(min(len(bare), _LONGEST_VAGUE), 0, -1):
            magnitude = patterns.magnitudes.get(bare[:size])
            if magnitude is not None:
                factor = int(magnitude.value)  # type: ignore[call-overload]
                readings.append(_Number(match.start() + size, bare[:size], Decimal(factor), "bare"))
    return readings


def _neighbour_readings(patterns: PatternSet, run: str, start: int) -> list[_Number]:
    """Two neighbouring digits written together (the first pair of digits in `run`).

    二三十 = 20..30, 十七八 = 17..18, 三四百万 = 3000000..4000000 (approx), when the
    second digit is the first plus one; and any two non-zero digits as a whole and
    a tenth (九五 = 9.5), for the units that take pairs (九五折).
    """
    digits = patterns.digits
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
            readings.append(_Number(start + 2, run[:2], Decimal(low_digit), "pair", pair=pair))
        if high_digit == low_digit + 1:
            head = run[:index]
            places_end = index + 2
            while places_end < len(run) and (
                run[places_end] in patterns.places or run[places_end] in patterns.sections
            ):
                places_end += 1
            for end in range(places_end, index + 1, -1):
                tail = run[index + 2 : end]
                low = parse_chinese(head + first + tail, digits, patterns.places, patterns.sections)
                high = parse_chinese(head + second + tail, digits, patterns.places, patterns.sections)
                if low is not None and high is not None and high > low:
                    text = run[:end]
                    readings.append(_Number(start + end, text, low, "chinese", high, "approx", text))
        return readings
    return []


def _significant_digits(arabic: str) -> int:
    digits = arabic.replace(",", "").replace("，", "").replace(".", "").lstrip("0")
    return len(digits)


def _out_of_bounds(value: Decimal) -> bool:
    """More significant digits than a quantity has, or worth more than any statistic."""
    return value != 0 and (len(value.as_tuple().digits) > MOST_DIGITS or value.adjusted() >= LARGEST_EXPONENT)


# Longer runs of numeral characters are not numbers bulletins write (the longest,
# 九千九百九十九万九千九百九十九亿..., stays well inside); the cap keeps a hostile run
# of a million numeral characters linear.
_LONGEST_NUMERAL = 24
_LONGEST_VAGUE = 4  # 数十万亿 at most; 千万亿 at most for a magnitude alone
_ONE = "\x00"  # a stand-in digit 1 for the place value of 数百, 上千


# A number of more digits than this is a code (an ID, a serial number), not a
# quantity; and no statistic is worth 10**50 of its unit. Within these bounds
# every value is exact: the arithmetic below runs with _PRECISION digits, enough
# for the largest number times the largest magnitude, and for a fraction's six
# decimal places.
MOST_DIGITS = 28
LARGEST_EXPONENT = 50
_PRECISION = 100


def find_figures(text: str, patterns: PatternSet) -> list[RawFigure]:
    """Every figure in normalised `text`, in order of position.

    After the number and its tail are read, three rules look back at the figure
    before: a range separator between two numbers joins them into one figure
    (3至5万吨, 10%—15%), a sign before a lone number makes it negative (-2.41‰),
    and a bracketed restatement (三次（含三次）) is folded into the figure it restates.
    """
    with localcontext() as context:
        context.prec = _PRECISION
        return _find_figures(text, patterns)


def _links(patterns: PatternSet, text: str) -> list[tuple[int, int]]:
    """Spans of the web addresses in `text` (none is looked for when no start word is there)."""
    if patterns.link_re is None or not any(word in text for word in patterns.link_starts):
        return []
    return [found.span() for found in patterns.link_re.finditer(text)]


def _find_figures(text: str, patterns: PatternSet) -> list[RawFigure]:
    figures: list[RawFigure] = []
    skip_to = 0
    previous: tuple[int, _Number] | None = None  # the last number read, with its start
    links = _links(patterns, text)
    link = 0
    titles = any(mark in text for mark in patterns.first_chars["titles"])  # 《 at all
    for match in patterns.number_re.finditer(text):
        start = match.start()
        if start < skip_to:
            continue
        while link < len(links) and links[link][1] <= start:
            link += 1
        if link < len(links) and links[link][0] <= start:
            skip_to, previous = links[link][1], None  # https://...?q=30%25: nothing in a web address
            continue
        readings = _readings(match, patterns)
        figure = None
        for index, reading in enumerate(readings):
            figure = _special(patterns, text, start, reading) or _with_tail(patterns, text, start, reading)
            if figure is not None:
                figure = _unit_over_magnitude(patterns, text, start, figure, readings[index + 1 : index + 3])
                break
        if figure is None:
            if readings:
                previous = (start, readings[0])
            continue
        skip_to = figure.end
        if titles and _in_title(patterns, text, figure.start, figure.end):
            previous = None
            continue
        if _is_restatement(patterns, text, figures, figure):
            figures[-1] = _restated(patterns, text, figures[-1], figure)
            previous = None
            continue
        separator = _longest_before(patterns, "range_separators", text, figure.start)
        merged = _range(patterns, text, figures, previous, figure, separator) if separator else None
        if merged is not None:
            if figures and figures[-1].start == merged.start:
                figures[-1] = merged
            else:
                figures.append(merged)
        elif not (separator and _after_ordinal_range(patterns, text, figure, separator)):
            figures.append(_signed(patterns, text, figure))
        previous = None
    figures.extend(_phrases(patterns, text, figures))
    figures.sort(key=_figure_start)
    return figures


def _figure_start(figure: RawFigure) -> int:
    return figure.start


def _unit_over_magnitude(
    patterns: PatternSet, text: str, start: int, figure: RawFigure, shorter: list[_Number]
) -> RawFigure:
    """二千瓦时 is 2 千瓦时, as 3千瓦 is 3 kilowatts: a shorter numeral whose unit takes
    the last numeral character wins, when it ends where the longer reading ends."""
    for reading in shorter:
        other = _with_tail(patterns, text, start, reading)
        if other is None or other.end != figure.end or other.per != figure.per:
            continue
        surface = other.pattern.partition(":")[2]
        if text.startswith(surface, reading.end) and len(surface) > len(figure.pattern.partition(":")[2]):
            return other
    return figure


def _with_tail(patterns: PatternSet, text: str, start: int, number: _Number) -> RawFigure | None:
    arabic = number.form == "arabic"
    tail = _read_tail(patterns, text, number.end, arabic)
    signed = arabic and start > 0 and text[start - 1] in patterns.currency_sign_ends
    sign_start = _currency_sign(patterns, text, start) if signed else -1
    if sign_start >= 0:
        if tail is None:
            tail = _sign_tail(patterns, text, number.end, text[sign_start:start].rstrip(" "))
        if tail is not None and tail.kind in ("money", "rate") and (tail.entry is None or tail.entry.kind == "money"):
            return _build(patterns, text, sign_start, number, tail)
    if tail is None:
        return None
    figure = _build(patterns, text, start, number, tail)
    if figure is not None and figure.unit in patterns.subunit_units:
        return _with_subunits(patterns, text, figure)
    return figure


def _currency_sign(patterns: PatternSet, text: str, start: int) -> int:
    """Where a currency sign before the number at `start` begins ($45, US$3.5亿, RMB 100); -1 if none."""
    pos = start - 1 if start > 1 and text[start - 1] == " " else start
    sign = _longest_before(patterns, "currency_signs", text, pos)
    if sign is None or (pos != start and not sign[-1].isalpha()):
        return -1  # only a code in letters stands one space before the number
    begin = pos - len(sign)
    if begin > 0 and text[begin - 1].isascii() and text[begin - 1].isalpha():
        return -1  # the end of some other code: XUS$5
    return begin


def _sign_tail(patterns: PatternSet, text: str, pos: int, sign: str) -> _Tail | None:
    """After a number led by a currency sign: [inside qualifier] [magnitude] [inside qualifier] [/denominator]."""
    unit = str(patterns.currency_signs[sign].value)
    inside = _longest(patterns.qualifiers_inside, text, pos, patterns.longest_key["qualifiers_inside"])
    end = pos + len(inside) if inside else pos
    magnitude = None
    for word in patterns.magnitudes_by_first_char.get(text[end], ()) if end < len(text) else ():
        if text.startswith(word, end) and not (
            word.isascii() and end + len(word) < len(text) and _is_latin(text[end + len(word)])
        ):
            magnitude = word
            end += len(word)
            break
    if inside is None:
        inside = _longest(patterns.qualifiers_inside, text, end, patterns.longest_key["qualifiers_inside"])
        end += len(inside) if inside else 0
    if end < len(text) and _is_latin(text[end]):
        return None  # $5G, US$3x: letters run on
    per = _read_per(patterns, text, end)
    if per is not None:
        return _Tail(per[0], magnitude, inside, f"{unit}/{per[1]}", "rate", per[1], sign)
    return _Tail(end, magnitude, inside, unit, "money", None, sign)


def _special(patterns: PatternSet, text: str, start: int, number: _Number) -> RawFigure | None:
    """Numbers whose unit is written around them: 百分之三十, 三分之一, 占1/3."""
    if number.form not in ("arabic", "chinese"):
        return None
    prefix = _longest_before(patterns, "prefixes", text, start)
    if prefix is not None:
        return _prefixed(patterns, text, start, number, prefix)
    word = patterns.fraction_word
    if word and number.form == "chinese" and number.high is None and text.startswith(word, number.end):
        top = patterns.number_re.match(text, number.end + len(word))
        if top is not None and top.group("chinese") is not None:
            numerator = next(iter(_readings(top, patterns)), None)
            if numerator is not None and number.value > 0 and numerator.end == top.end():
                value = (numerator.value / number.value).quantize(_SIX_PLACES)
                surface = text[start : numerator.end]
                return _plain(patterns, text, start, numerator.end, surface, value, patterns.fraction_unit, "fraction")
    if number.form == "arabic" and text.startswith("/", number.end):
        return _arabic_share(patterns, text, start, number)
    return None


def _prefixed(patterns: PatternSet, text: str, start: int, number: _Number, prefix: str) -> RawFigure | None:
    """百分之三十, 万分之三 (0.03 %), 百分之二三十 (20..30 %), 百分之六十多, 百分之15K."""
    begin = start - len(prefix)
    if begin > 0 and _is_numeral(patterns, text[begin - 1]):
        return None  # 五百分之2.2: the prefix is the end of a fraction's denominator
    entry: PrefixEntry = patterns.prefixes[prefix].value  # type: ignore[assignment]
    end = number.end
    factor = Decimal(entry.scale) if entry.scale else Decimal(1)
    magnitude = None
    if number.form == "arabic":
        # 百分之15K: a Latin magnitude, where no letter or digit runs on
        for word in patterns.magnitudes_by_first_char.get(text[end], ()) if end < len(text) else ():
            after = end + len(word)
            if word.isascii() and text.startswith(word, end) and not (after < len(text) and _is_latin(text[after])):
                magnitude = word
                factor *= int(patterns.magnitudes[word].value)  # type: ignore[call-overload]
                end = after
                break
    inside = _longest(patterns.qualifiers_inside, text, end, patterns.longest_key["qualifiers_inside"])
    high = number.high * factor if number.high is not None else None
    return _plain(
        patterns,
        text,
        begin,
        end + (len(inside) if inside else 0),
        prefix + number.text,
        number.value * factor,
        entry.unit,
        entry.kind,
        magnitude=magnitude,
        high=high,
        inside=inside,
        reading=number,
    )


_SIX_PLACES = Decimal("0.000001")
_LONGEST_NOTE = 4  # （含 or （包括


def _arabic_share(patterns: PatternSet, text: str, start: int, number: _Number) -> RawFigure | None:
    """1/3 is a share only where the words around it say so (占1/3, 1/3以上); else a date or a code."""
    bottom = patterns.number_re.match(text, number.end + 1)
    if bottom is None or bottom.group("arabic") is None:
        return None
    denominator = parse_arabic(bottom.group("arabic"))
    if not denominator or "." in bottom.group("arabic") or "." in number.text:
        return None
    shared = any(_ends_at(text, start, word) for word in patterns.share_before) or any(
        text.startswith(word, bottom.end()) for word in patterns.share_after
    )
    if not shared or text.startswith("/", bottom.end()):
        return None
    value = (number.value / denominator).quantize(_SIX_PLACES)
    return _plain(
        patterns, text, start, bottom.end(), text[start : bottom.end()], value, patterns.fraction_unit, "fraction"
    )


def _plain(
    patterns: PatternSet,
    text: str,
    start: int,
    end: int,
    number: str,
    value: Decimal,
    unit: str,
    kind: str,
    *,
    magnitude: str | None = None,
    high: Decimal | None = None,
    inside: str | None = None,
    reading: _Number | None = None,
) -> RawFigure:
    """A figure whose number and unit are read already, with the qualifiers around it."""
    qualifier, word, qualifier_start, qualifier_end = _qualifier(patterns, text, start, end, inside)
    if qualifier is None and reading is not None and reading.qualifier is not None:
        qualifier, word = reading.qualifier, reading.qualifier_text
    return RawFigure(
        start=start,
        end=end,
        number=number,
        magnitude=magnitude,
        value=_tidy(value),
        unit=unit,
        kind=kind,
        per=None,
        qualifier=qualifier,
        qualifier_text=word,
        qualifier_start=qualifier_start,
        qualifier_end=qualifier_end,
        pattern=f"words:{unit}",
        numeral="chinese" if number and not number[-1].isdigit() else "arabic",
        value_high=_tidy(high) if high is not None else None,
    )


def _qualifier(
    patterns: PatternSet, text: str, start: int, end: int, inside: str | None
) -> tuple[str | None, str | None, int, int]:
    """The qualifier of the figure at [start, end): (qualifier, its word, the span with it).

    In order: a word inside the figure (10多万人), a word before it (约), a word around
    it (迈上…台阶), a word after it (以上).
    """
    if inside:
        return str(patterns.qualifiers_inside[inside].value), inside, start, end
    before = _longest_before(patterns, "qualifiers_before", text, start)
    if before:
        return str(patterns.qualifiers_before[before].value), before, start - len(before), end
    around = (
        _longest_before(patterns, "qualifiers_around", text, start)
        if start > 0 and text[start - 1] in patterns.first_chars["qualifiers_around"]
        else None
    )
    if around:
        entry: AroundEntry = patterns.qualifiers_around[around].value  # type: ignore[assignment]
        for closing in entry.after:
            if text.startswith(closing, end):
                return entry.qualifier, around, start - len(around), end + len(closing)
    after = _longest(patterns.qualifiers_after, text, end, patterns.longest_key["qualifiers_after"])
    if after:
        return str(patterns.qualifiers_after[after].value), after, start, end + len(after)
    return None, None, start, end


def _tidy(value: Decimal) -> Decimal:
    """1.46万 is 14600, not 14600.00."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def _phrases(patterns: PatternSet, text: str, figures: list[RawFigure]) -> list[RawFigure]:
    """Fixed phrases (翻一番, 一半, 打对折) that do not overlap a figure found already."""
    if patterns.phrase_re is None:
        return []
    found = []
    starts = [figure.start for figure in figures]
    for match in patterns.phrase_re.finditer(text):
        index = bisect.bisect_left(starts, match.end()) - 1  # the last figure starting before the phrase ends
        if index >= 0 and figures[index].end > match.start():
            continue
        entry: PhraseEntry = patterns.phrases[match.group()].value  # type: ignore[assignment]
        if entry.after and not any(_ends_at(text, match.start(), word) for word in entry.after):
            continue  # 对折 alone is "folded in two"
        if any(text.startswith(word, match.end()) for word in entry.not_before):
            continue  # 半成品
        figure = _plain(
            patterns, text, match.start(), match.end(), match.group(), Decimal(entry.value), entry.unit, entry.kind
        )
        found.append(figure)
    return found


def _range(
    patterns: PatternSet,
    text: str,
    figures: list[RawFigure],
    previous: tuple[int, _Number] | None,
    figure: RawFigure,
    separator: str,
) -> RawFigure | None:
    """3至5万吨, 10%—15%, 3万至5万吨: one figure from the low end to the high end.

    The low end is either a figure with the same unit that ends right before the
    separator, or a bare number (with or without its own magnitude) that takes
    the high end's magnitude and unit.
    """
    if figure.value_high is not None:
        return None
    gap_end = figure.start - len(separator)
    low: Decimal | None = None
    low_start = low_qualifier_start = -1
    low_text = ""
    before: RawFigure | None = None
    # the low end may keep its own qualifier after it: 7%左右到8%
    if figures and gap_end in (figures[-1].end, figures[-1].qualifier_end) and figures[-1].value_high is None:
        before = figures[-1]
        if before.unit != figure.unit:
            return None
        low, low_start, low_qualifier_start = before.value, before.start, before.qualifier_start
        low_text = before.number
    elif previous is not None:
        start, number = previous
        gap = text[number.end : gap_end]
        if number.form in ("vague", "pair") or number.high is not None or (gap and gap not in patterns.magnitudes):
            return None
        magnitude = gap or figure.magnitude
        factor = int(patterns.magnitudes[magnitude].value) if magnitude else 1  # type: ignore[call-overload]
        qualifier = _longest_before(patterns, "qualifiers_before", text, start)
        low, low_start, low_qualifier_start = number.value * factor, start, start - len(qualifier or "")
        low_text = number.text + gap
        if _is_number_like_before(text, start):
            return None
    if low is None or low > figure.value:
        return None
    low_word = text[low_qualifier_start:low_start] or None
    low_qualifier = str(patterns.qualifiers_before[low_word].value) if low_word else None
    if low_qualifier is None and before is not None and before.qualifier is not None:
        low_qualifier, low_word = before.qualifier, before.qualifier_text
    return RawFigure(
        start=low_start,
        end=figure.end,
        number=f"{low_text}{separator}{figure.number}",
        magnitude=figure.magnitude,
        value=_tidy(low),
        unit=figure.unit,
        kind=figure.kind,
        per=figure.per,
        qualifier=low_qualifier or figure.qualifier,
        qualifier_text=low_word if low_qualifier else figure.qualifier_text,
        qualifier_start=low_qualifier_start,
        qualifier_end=figure.qualifier_end,
        pattern=f"range:{figure.pattern}",
        numeral=figure.numeral,
        value_high=figure.value,
    )


def _after_ordinal_range(patterns: PatternSet, text: str, figure: RawFigure, separator: str) -> bool:
    """第2至3名: the low end was an ordinal, so the high end is one too."""
    index = figure.start - len(separator) - 1
    if index < 0:
        return False
    char = text[index]
    return (char.isascii() and char.isdigit()) or char in patterns.digits or char in patterns.places


def _is_number_like_before(text: str, start: int) -> bool:
    """A low end glued to letters or a slash (GB3095-2012, 2024/3-5) is a code, not a range."""
    return start > 0 and (text[start - 1].isascii() and (text[start - 1].isalnum() or text[start - 1] in "/-."))


def _signed(patterns: PatternSet, text: str, figure: RawFigure) -> RawFigure:
    """-2.41‰, 负2.7%: a minus sign right before a number that does not follow another
    number, or a minus word (负) before any number, unless it ends a word (减负, 正负)."""
    start = figure.start
    if start == 0 or text[start - 1] not in patterns.negative_sign_ends:
        return figure
    sign = ""
    for word in patterns.negative_words:
        if _ends_at(text, start, word):
            if any(_ends_at(text, start - len(word), other) for other in patterns.negative_words_not_after):
                return figure  # 减负2500亿元
            sign = word
            break
    if not sign:
        if figure.numeral == "chinese":
            return figure
        for symbol in patterns.negative_signs:
            if _ends_at(text, start, symbol):
                sign = symbol
                break
        if not sign:
            return figure
        before = start - len(sign) - 1
        if before >= 0 and ((text[before].isascii() and text[before].isalnum()) or text[before] in "%‰/.)"):
            return figure
    signed = _copy(figure)
    signed.start, signed.value, signed.number = start - len(sign), -figure.value, sign + figure.number
    signed.qualifier_start = min(figure.qualifier_start, signed.start)
    return signed


def _is_restatement(patterns: PatternSet, text: str, figures: list[RawFigure], figure: RawFigure) -> bool:
    """（含三次） right after 三次: the bracket restates the figure, it is not a second one."""
    if not figures or not patterns.inclusive_notes:
        return False
    last = figures[-1]
    if (last.number, last.unit, last.magnitude) != (figure.number, figure.unit, figure.magnitude):
        return False
    if figure.start - last.end > _LONGEST_NOTE:
        return False
    between = text[last.end : figure.start]
    return any(
        between == bracket + note for bracket in patterns.punctuation.brackets for note in patterns.inclusive_notes
    )


def _restated(patterns: PatternSet, text: str, figure: RawFigure, note: RawFigure) -> RawFigure:
    """三次（含三次）以上: the bound after the bracket belongs to the figure, inclusive."""
    close = note.end
    if close < len(text) and text[close] in patterns.punctuation.closing_brackets:
        close += 1
    after = _longest(patterns.qualifiers_after, text, close, patterns.longest_key["qualifiers_after"])
    if after is None or figure.qualifier is not None:
        return figure
    restated = _copy(figure)
    restated.qualifier = str(patterns.qualifiers_after[after].value)
    restated.qualifier_text = after
    restated.qualifier_end = close + len(after)
    return restated


def _with_subunits(patterns: PatternSet, text: str, figure: RawFigure) -> RawFigure:
    """5元3角, 三元五毛, 八美元又五美分: smaller units of money join the figure before them."""
    if figure.magnitude is not None or figure.per is not None or figure.value_high is not None:
        return figure
    value = figure.value
    end = figure.end
    step = Decimal(1)  # what one of the last unit read is worth in the figure's unit
    while end < len(text):
        at = end
        joiner = next((word for word in patterns.subunit_joiners if text.startswith(word, at)), None)
        at += len(joiner) if joiner else 0
        match = patterns.number_re.match(text, at)
        if match is None:
            break
        subunit: Subunit | None = None
        count = Decimal(0)
        for reading in _readings(match, patterns):
            if reading.form not in ("arabic", "chinese") or reading.high is not None:
                continue
            word = _longest(patterns.subunits, text, reading.end, patterns.longest_key["subunits"])
            if word is not None:
                subunit, count, at = patterns.subunits[word], reading.value, reading.end + len(word)
                break
        if subunit is None or subunit.of != figure.unit or count != int(count) or not 0 < count * subunit.value < step:
            break
        value += count * subunit.value
        step, end = subunit.value, at
    if end == figure.end:
        return figure
    joined = _copy(figure)
    joined.value, joined.end, joined.number = _tidy(value), end, text[figure.start : end]
    joined.qualifier, joined.qualifier_text, joined.qualifier_start, joined.qualifier_end = _qualifier(
        patterns, text, figure.start, end, None
    )
    joined.pattern = f"compound:{figure.unit}"
    return joined


def _build(patterns: PatternSet, text: str, start: int, reading: _Number, tail: _Tail) -> RawFigure | None:
    number, value, high = reading.text, reading.value, reading.high
    entry = tail.entry
    if entry is not None and entry.not_after_number and any(_ends_at(text, start, w) for w in entry.not_after_number):
        return None  # 一波三折
    if entry is not None and entry.pairs:
        if high is not None:
            return None  # 三四折 is read as the pair 3.4
        if reading.pair is not None:
            value = reading.pair  # 九五折
        elif reading.form == "arabic" and len(number) == 2 and number[1] != "0":
            value = Decimal(f"{number[0]}.{number[1]}")  # 75折
    elif reading.form == "pair":
        return None
    is_arabic = reading.form == "arabic"
    magnitude = tail.magnitude
    end = tail.end
    if reading.form != "arabic":
        if _in_short_quote(patterns, text, start, tail.end):
            return None
        # 一个 一项 一批 work as an indefinite article, not as a count.
        if value == 1 and magnitude is None and tail.kind == "count" and number in patterns.digits:
            return None
        # Report 十二万吨 as number 十二, magnitude 万, as for 12万吨.
        if magnitude is None and high is None:
            for size in range(min(4, len(number) - 1), 0, -1):
                suffix = number[-size:]
                head = number[:-size]
                head_value = parse_chinese(head, patterns.digits, patterns.places, patterns.sections)
                # 三千五百 is not 三千五 x 百: split only where the parts multiply back to the value
                if (
                    suffix in patterns.magnitudes
                    and head_value
                    and head_value * int(patterns.magnitudes[suffix].value) == value  # type: ignore[call-overload]
                ):
                    number, magnitude = head, suffix
                    break
    factor = int(patterns.magnitudes[magnitude].value) if magnitude else 1  # type: ignore[call-overload]
    if magnitude and reading.form != "arabic" and tail.magnitude is None:
        scaled = value  # the numeral already carried its magnitude
    else:
        scaled = value * factor
        high = high * factor if high is not None else None
    if entry is not None and entry.below is not None and scaled >= entry.below:
        return None  # 十折; 2025年 after 年限
    written = ""  # the whole written form, when the parts stand apart (两吨半)
    if tail.per is None and high is None and magnitude is None:
        half = _half_after(patterns, text, end)
        if (half or tail.half) and scaled == scaled.to_integral_value():
            scaled += Decimal("0.5")
            end += half
            written = text[start:end]
    if entry is not None and entry.scale and tail.per is None:
        # 三成 = 30 %, 三成五 = 35 %: a digit right after 成 is the next tenth
        scaled *= entry.scale
        high = high * entry.scale if high is not None else None
        digit = patterns.digits.get(text[end]) if end < len(text) else None
        if digit and high is None and scaled == scaled.to_integral_value():
            next_char = text[end + 1] if end + 1 < len(text) else ""
            if next_char not in patterns.digits and next_char not in patterns.places:
                scaled += Decimal(digit * entry.scale) / 10
                end += 1
    if scaled.adjusted() >= LARGEST_EXPONENT:
        return None
    qualifier, qualifier_word, qualifier_start, qualifier_end = _qualifier(patterns, text, start, end, tail.inside)
    if qualifier is None and reading.qualifier is not None:
        qualifier, qualifier_word = reading.qualifier, reading.qualifier_text
    numeral = "arabic" if is_arabic and not magnitude else "mixed" if is_arabic else "chinese"
    return RawFigure(
        start=start,
        end=end,
        number=written or number,
        magnitude=magnitude,
        value=_tidy(scaled),
        unit=tail.unit,
        kind=tail.kind,
        per=tail.per,
        qualifier=qualifier,
        qualifier_text=qualifier_word,
        qualifier_start=qualifier_start,
        qualifier_end=qualifier_end,
        pattern=f"{'half' if written else numeral}:{tail.surface}",
        numeral=numeral,
        value_high=_tidy(high) if high is not None else None,
    )
