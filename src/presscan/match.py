"""Find figures in normalised text: a number, its magnitude, its unit, its qualifiers.

Two steps. A compiled regex finds candidate numbers (Arabic digit runs and runs
of Chinese numeral characters). For each, the words after it are read from the
pattern data by longest match: an inside qualifier (多, 余), a magnitude (万, 亿),
a unit, an optional "/denominator", an after qualifier (以上). A number without
a unit is not a figure, which is what keeps years, dates and list numbers out.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from presscan.numerals import parse_arabic, parse_chinese
from presscan.patternset import Entry, PatternSet, Unit

_SLOGAN_LENGTH = 8  # “三个年” “五项机制”: numbers inside short quotes are names, not figures
_QUOTES = {"“": "”", "「": "」", "『": "』", '"': '"'}


@dataclass(frozen=True, slots=True)
class RawFigure:
    """A figure as found in the normalised text (spans are normalised offsets)."""

    start: int  # the number's first character
    end: int  # after the unit
    number: str
    magnitude: str | None
    value: Decimal
    unit: str
    kind: str
    per: str | None
    qualifier: str | None
    qualifier_text: str | None
    qualifier_start: int  # span of the whole figure with its qualifiers
    qualifier_end: int
    pattern: str
    numeral: str  # arabic | chinese | mixed


def _longest(table: dict[str, object] | object, text: str, pos: int, longest: int) -> str | None:
    """The longest key of `table` that starts at text[pos]."""
    for size in range(min(longest, len(text) - pos), 0, -1):
        word = text[pos : pos + size]
        if word in table:  # type: ignore[operator]
            return word
    return None


def _longest_before(table: dict[str, Entry], text: str, pos: int) -> str | None:
    """The longest key of `table` that ends right before text[pos]."""
    for word in sorted(table, key=len, reverse=True):
        if text.startswith(word, pos - len(word)) and pos - len(word) >= 0:
            return word
    return None


def _unit_at(patterns: PatternSet, text: str, pos: int) -> Unit | None:
    """The longest unit at `pos` that is not the start of a longer word."""
    for size in range(min(patterns.longest_unit, len(text) - pos), 0, -1):
        unit = patterns.units.get(text[pos : pos + size])
        if unit is None:
            continue
        after = pos + size
        if any(text.startswith(word, after) for word in unit.not_before):
            continue
        return unit
    return None


@dataclass(frozen=True, slots=True)
class _Tail:
    end: int
    magnitude: str | None
    inside: str | None
    unit: str
    kind: str
    per: str | None
    surface: str
    source: str


def _read_unit(patterns: PatternSet, text: str, pos: int) -> tuple[int, str, str, str | None, str, str] | None:
    """A unit (or a rate such as 吨/年) at `pos`: (end, unit, kind, per, surface, source)."""
    unit = _unit_at(patterns, text, pos)
    if unit is None:
        return None
    end = pos + len(unit.surface)
    if end < len(text) and text[end] == "/":
        denominator = _unit_at(patterns, text, end + 1)
        if denominator is not None:
            per = denominator.unit
            return end + 1 + len(denominator.surface), f"{unit.unit}/{per}", "rate", per, unit.surface, unit.source
        word = _longest(patterns.per_words, text, end + 1, 3)
        if word is not None:
            return end + 1 + len(word), f"{unit.unit}/{word}", "rate", word, unit.surface, unit.source
    return end, unit.unit, unit.kind, None, unit.surface, unit.source


def _read_tail(patterns: PatternSet, text: str, pos: int) -> _Tail | None:
    """What follows a number: [inside qualifier] [magnitude [inside qualifier]] unit."""
    inside = _longest(patterns.qualifiers_inside, text, pos, 2)
    start = pos + len(inside) if inside else pos
    options: list[tuple[int, int, _Tail]] = []
    direct = _read_unit(patterns, text, start)
    if direct is not None:
        end, unit, kind, per, surface, source = direct
        options.append((end, 0, _Tail(end, None, inside, unit, kind, per, surface, source)))
    for size in range(min(4, len(text) - start), 0, -1):
        magnitude = text[start : start + size]
        if magnitude not in patterns.magnitudes:
            continue
        after = start + size
        inside_after = None
        if inside is None:
            inside_after = _longest(patterns.qualifiers_inside, text, after, 2)
            if inside_after:
                after += len(inside_after)
        found = _read_unit(patterns, text, after)
        if found is not None:
            end, unit, kind, per, surface, source = found
            options.append(
                (end, -size, _Tail(end, magnitude, inside or inside_after, unit, kind, per, surface, source))
            )
            continue
        noun = _longest(patterns.counted_nouns, text, after, 4)
        if noun is not None:
            entry = patterns.counted_nouns[noun]
            options.append(
                (
                    after,
                    -size,
                    _Tail(
                        after, magnitude, inside or inside_after, str(entry.value), "count", None, noun, entry.source
                    ),
                )
            )
    if not options:
        return None
    # The longest reading wins; on a tie, the one without a magnitude (3千瓦 is
    # 3 kilowatts, not 3000 watts).
    return max(options, key=lambda option: (option[0], option[1]))[2]


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """True when [start, end) stands inside a short quotation such as “三项改革”."""
    window_start = max(0, start - _SLOGAN_LENGTH)
    for index in range(start - 1, window_start - 1, -1):
        char = text[index]
        if char in _QUOTES:
            close = text.find(_QUOTES[char], end, end + _SLOGAN_LENGTH)
            return close != -1
        if char in "”」』。，；":
            return False
    return False


def find_figures(text: str, patterns: PatternSet) -> list[RawFigure]:
    """Every figure in normalised `text`, in order of position."""
    figures: list[RawFigure] = []
    for match in patterns.number_re.finditer(text):
        arabic = match.group("arabic")
        if arabic is not None:
            readings = [(match.end(), arabic, parse_arabic(arabic))]
        else:
            run = match.group("chinese")
            readings = []
            # A run of numeral characters may end inside the unit (两万千瓦): try the
            # longest prefix that parses first.
            for size in range(len(run), 0, -1):
                value = parse_chinese(run[:size], patterns.digits, patterns.places, patterns.sections)
                if value is not None:
                    readings.append((match.start() + size, run[:size], value))
        for number_end, number, value in readings:
            if value is None:
                continue
            tail = _read_tail(patterns, text, number_end)
            if tail is None:
                continue
            figure = _build(patterns, text, match.start(), number, value, tail, arabic is not None)
            if figure is not None:
                figures.append(figure)
            break
    return figures


def _build(
    patterns: PatternSet, text: str, start: int, number: str, value: Decimal, tail: _Tail, is_arabic: bool
) -> RawFigure | None:
    magnitude = tail.magnitude
    if not is_arabic:
        if _in_short_quote(text, start, tail.end):
            return None
        # 一个 一项 一批 work as an indefinite article, not as a count.
        if value == 1 and magnitude is None and tail.kind == "count" and number in patterns.digits:
            return None
        # Report 十二万吨 as number 十二, magnitude 万, as for 12万吨.
        if magnitude is None:
            for size in range(min(4, len(number) - 1), 0, -1):
                suffix = number[-size:]
                head = number[:-size]
                if suffix in patterns.magnitudes and parse_chinese(
                    head, patterns.digits, patterns.places, patterns.sections
                ):
                    number, magnitude = head, suffix
                    break
    factor = int(patterns.magnitudes[magnitude].value) if magnitude else 1  # type: ignore[call-overload]
    if magnitude and not is_arabic and tail.magnitude is None:
        scaled = value  # the numeral already carried its magnitude
    else:
        scaled = value * factor
    if scaled == scaled.to_integral_value():
        scaled = Decimal(int(scaled))  # 1.46万 is 14600, not 14600.00
    before = _longest_before(patterns.qualifiers_before, text, start)
    after = _longest(patterns.qualifiers_after, text, tail.end, 3)
    qualifier_word = tail.inside or before or after
    table = (
        patterns.qualifiers_inside
        if tail.inside
        else patterns.qualifiers_before
        if before
        else patterns.qualifiers_after
    )
    qualifier = str(table[qualifier_word].value) if qualifier_word else None
    numeral = "arabic" if is_arabic and not magnitude else "mixed" if is_arabic else "chinese"
    return RawFigure(
        start=start,
        end=tail.end,
        number=number,
        magnitude=magnitude,
        value=scaled,
        unit=tail.unit,
        kind=tail.kind,
        per=tail.per,
        qualifier=qualifier,
        qualifier_text=qualifier_word,
        qualifier_start=start - len(before) if before and not tail.inside else start,
        qualifier_end=tail.end + len(after) if after and not (tail.inside or before) else tail.end,
        pattern=f"{numeral}:{tail.surface}",
        numeral=numeral,
    )
