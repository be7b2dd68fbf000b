"""Find figures in normalised text: a number, its magnitude, its unit, its qualifiers.

Two steps. A compiled regex finds candidate numbers (Arabic digit runs and runs
of Chinese numeral characters). For each, the words after it are read from the
pattern data by longest match: an inside qualifier (多, 余), a magnitude (万, 亿),
a unit, an optional "/denominator", an after qualifier (以上). A number without
a unit is not a figure, which is what keeps years, dates and list numbers out.

Numbers written in words come from patterns/number_words.toml: decimals
(十二点五), a unit written before the number (百分之三十), fractions (三分之一:
unit 分之, kind fraction, value numerator/denominator rounded to 6 places; a bare
1/3 only where 占/的 before it or 以上/的 after it make it a share), vague counts
(数百家: 200..900, qualifier approx) and fixed phrases (翻一番: 2 倍, 一半: 50 %).
成 is a unit with a scale (三成五 = 35 %). Then three rules look at the figure
before: ranges (3至5万吨 = 30000..50000 吨, value and value_high), signs (-2.41‰),
and bracketed restatements (三次（含三次）以上 = one figure, at_least).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from decimal import Decimal, localcontext

from presscan.numerals import parse_arabic, parse_chinese, parse_chinese_decimal
from presscan.patternset import Entry, PatternSet, PhraseEntry, PrefixEntry, Unit, VagueEntry

_SLOGAN_LENGTH = 8  # “三个年” “五项机制”: numbers inside short quotes are names, not figures


# The records of this module are plain classes with a written-out __init__, not
# dataclasses: mypyc compiles these into native constructors, while the __init__
# that @dataclass generates stays interpreted (fifteen times slower to build, and
# match builds several for every figure). They are never changed once built:
# a changed figure is a copy (_copy).
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
        start: int,  # the number's first character
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
    return RawFigure(
        figure.start,
        figure.end,
        figure.number,
        figure.magnitude,
        figure.value,
        figure.unit,
        figure.kind,
        figure.per,
        figure.qualifier,
        figure.qualifier_text,
        figure.qualifier_start,
        figure.qualifier_end,
        figure.pattern,
        figure.numeral,
        figure.value_high,
    )


def _longest(table: dict[str, object] | object, text: str, pos: int, longest: int) -> str | None:
    """The longest key of `table` that starts at text[pos]."""
    for size in range(min(longest, len(text) - pos), 0, -1):
        word = text[pos : pos + size]
        if word in table:  # type: ignore[operator]
            return word
    return None


def _longest_before(patterns: PatternSet, table: str, text: str, pos: int) -> str | None:
    """The longest key of the pattern table named `table` that ends right before text[pos]."""
    words: Mapping[str, Entry] = getattr(patterns, table)
    for size in range(min(patterns.longest_key[table], pos), 0, -1):
        word = text[pos - size : pos]
        if word in words:
            return word
    return None


def _ends_at(text: str, pos: int, word: str) -> bool:
    """True when `word` stands right before text[pos]."""
    return pos >= len(word) and text.startswith(word, pos - len(word))


def _unit_at(patterns: PatternSet, text: str, pos: int) -> Unit | None:
    """The longest unit at `pos` that is not the start of a longer word."""
    if pos >= len(text):
        return None
    for unit in patterns.units_by_first_char.get(text[pos], ()):
        if not text.startswith(unit.surface, pos):
            continue
        after = pos + len(unit.surface)
        if any(text.startswith(word, after) for word in unit.not_before):
            continue
        return unit
    return None


class _Tail:
    __slots__ = ("end", "inside", "kind", "magnitude", "per", "source", "surface", "unit")

    def __init__(
        self,
        end: int,
        magnitude: str | None,
        inside: str | None,
        unit: str,
        kind: str,
        per: str | None,
        surface: str,
        source: str,
    ) -> None:
        self.end = end
        self.magnitude = magnitude
        self.inside = inside
        self.unit = unit
        self.kind = kind
        self.per = per
        self.surface = surface
        self.source = source


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
        # 0.5吨/万元: a denominator may carry a magnitude; it stays written as it is
        for magnitude in patterns.magnitudes_by_first_char.get(text[end + 1], ()) if end + 1 < len(text) else ():
            after = end + 1 + len(magnitude)
            denominator = _unit_at(patterns, text, after) if text.startswith(magnitude, end + 1) else None
            if denominator is not None:
                per = magnitude + denominator.unit
                return after + len(denominator.surface), f"{unit.unit}/{per}", "rate", per, unit.surface, unit.source
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
    candidates = patterns.magnitudes_by_first_char.get(text[start], ()) if start < len(text) else ()
    for magnitude in candidates:
        if not text.startswith(magnitude, start):
            continue
        size = len(magnitude)
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
    # The longest reading wins; on a tie, the one without a magnitude (3千瓦 is
    # 3 kilowatts, not 3000 watts); on a tie of both, the first.
    best: tuple[int, int, _Tail] | None = None
    for option in options:
        if best is None or option[0] > best[0] or (option[0] == best[0] and option[1] > best[1]):
            best = option
    return best[2] if best is not None else None


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


class _Number:
    """One reading of a number match: where it ends, what it is worth, how it was written."""

    __slots__ = ("end", "form", "high", "qualifier", "qualifier_text", "text", "value")

    def __init__(
        self,
        end: int,
        text: str,
        value: Decimal,
        form: str,  # arabic | chinese | vague
        high: Decimal | None = None,  # vague numbers: 数百 -> 200..900
        qualifier: str | None = None,  # vague numbers are approximate
        qualifier_text: str | None = None,
    ) -> None:
        self.end = end
        self.text = text
        self.value = value
        self.form = form
        self.high = high
        self.qualifier = qualifier
        self.qualifier_text = qualifier_text


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
    if match.groupdict().get("vague") is not None:
        word = match.group("vague")
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
    run = match.group("chinese")
    fraction = match.group("fraction")
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
            readings.append(_Number(match.start() + size, run[:size], value, "chinese"))
    return [reading for reading in readings if not _out_of_bounds(reading.value)]


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
_LONGEST_VAGUE = 4  # 数十万亿 at most
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


def _find_figures(text: str, patterns: PatternSet) -> list[RawFigure]:
    figures: list[RawFigure] = []
    skip_to = 0
    previous: tuple[int, _Number] | None = None  # the last number read, with its start
    for match in patterns.number_re.finditer(text):
        start = match.start()
        if start < skip_to:
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
    figures.sort(key=lambda figure: figure.start)
    return figures


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
    tail = _read_tail(patterns, text, number.end)
    if tail is None:
        return None
    return _build(patterns, text, start, number, tail)


def _special(patterns: PatternSet, text: str, start: int, number: _Number) -> RawFigure | None:
    """Numbers whose unit is written around them: 百分之三十, 三分之一, 占1/3."""
    prefix = _longest_before(patterns, "prefixes", text, start)
    if prefix is not None and number.form != "vague":
        entry: PrefixEntry = patterns.prefixes[prefix].value  # type: ignore[assignment]
        return _plain(
            patterns, text, start - len(prefix), number.end, prefix + number.text, number.value, entry.unit, entry.kind
        )
    word = patterns.fraction_word
    if word and number.form == "chinese" and text.startswith(word, number.end):
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
    patterns: PatternSet, text: str, start: int, end: int, number: str, value: Decimal, unit: str, kind: str
) -> RawFigure:
    """A figure whose number and unit are read already, with the qualifiers around it."""
    before = _longest_before(patterns, "qualifiers_before", text, start)
    after = _longest(patterns.qualifiers_after, text, end, 3)
    word = before or after
    table = patterns.qualifiers_before if before else patterns.qualifiers_after
    return RawFigure(
        start=start,
        end=end,
        number=number,
        magnitude=None,
        value=_tidy(value),
        unit=unit,
        kind=kind,
        per=None,
        qualifier=str(table[word].value) if word else None,
        qualifier_text=word,
        qualifier_start=start - len(before) if before else start,
        qualifier_end=end + len(after) if after and not before else end,
        pattern=f"words:{unit}",
        numeral="chinese" if number and not number[0].isdigit() else "arabic",
    )


def _tidy(value: Decimal) -> Decimal:
    """1.46万 is 14600, not 14600.00."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def _phrases(patterns: PatternSet, text: str, figures: list[RawFigure]) -> list[RawFigure]:
    """Fixed phrases (翻一番, 一半) that do not overlap a figure found already."""
    if patterns.phrase_re is None:
        return []
    found = []
    starts = [figure.start for figure in figures]
    for match in patterns.phrase_re.finditer(text):
        index = bisect.bisect_left(starts, match.end()) - 1  # the last figure starting before the phrase ends
        if index >= 0 and figures[index].end > match.start():
            continue
        entry: PhraseEntry = patterns.phrases[match.group()].value  # type: ignore[assignment]
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
        if number.form == "vague" or (gap and gap not in patterns.magnitudes):
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
    """-2.41‰: a minus sign right before a number that does not follow another number."""
    if figure.start == 0 or text[figure.start - 1] not in patterns.negative_sign_ends:
        return figure
    sign = next((s for s in patterns.negative_signs if _ends_at(text, figure.start, s)), None)
    if sign is None or figure.numeral == "chinese":
        return figure
    before = figure.start - len(sign) - 1
    if before >= 0 and ((text[before].isascii() and text[before].isalnum()) or text[before] in "%‰/.)"):
        return figure
    signed = _copy(figure)
    signed.start, signed.value, signed.number = figure.start - len(sign), -figure.value, sign + figure.number
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
    after = _longest(patterns.qualifiers_after, text, close, 3)
    if after is None or figure.qualifier is not None:
        return figure
    restated = _copy(figure)
    restated.qualifier = str(patterns.qualifiers_after[after].value)
    restated.qualifier_text = after
    restated.qualifier_end = close + len(after)
    return restated


def _build(patterns: PatternSet, text: str, start: int, reading: _Number, tail: _Tail) -> RawFigure | None:
    number, value = reading.text, reading.value
    is_arabic = reading.form == "arabic"
    magnitude = tail.magnitude
    end = tail.end
    if reading.form == "chinese":
        if _in_short_quote(patterns, text, start, tail.end):
            return None
        # 一个 一项 一批 work as an indefinite article, not as a count.
        if value == 1 and magnitude is None and tail.kind == "count" and number in patterns.digits:
            return None
        # Report 十二万吨 as number 十二, magnitude 万, as for 12万吨.
        if magnitude is None:
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
    high = reading.high
    if magnitude and reading.form == "chinese" and tail.magnitude is None:
        scaled = value  # the numeral already carried its magnitude
    else:
        scaled = value * factor
        high = high * factor if high is not None else None
    unit = patterns.units.get(tail.surface)
    if unit is not None and unit.scale and tail.per is None:
        # 三成 = 30 %, 三成五 = 35 %: a digit right after 成 is the next tenth
        scaled *= unit.scale
        high = high * unit.scale if high is not None else None
        digit = patterns.digits.get(text[end]) if end < len(text) else None
        if digit and high is None and scaled == scaled.to_integral_value() and end + 1 < len(text) + 1:
            next_char = text[end + 1] if end + 1 < len(text) else ""
            if next_char not in patterns.digits and next_char not in patterns.places:
                scaled += Decimal(digit * unit.scale) / 10
                end += 1
    if scaled.adjusted() >= LARGEST_EXPONENT:
        return None
    scaled = _tidy(scaled)
    before = _longest_before(patterns, "qualifiers_before", text, start)
    after = _longest(patterns.qualifiers_after, text, end, 3)
    qualifier_word = tail.inside or before or after
    table = (
        patterns.qualifiers_inside
        if tail.inside
        else patterns.qualifiers_before
        if before
        else patterns.qualifiers_after
    )
    qualifier = str(table[qualifier_word].value) if qualifier_word else None
    if qualifier is None and reading.qualifier is not None:
        qualifier, qualifier_word = reading.qualifier, reading.qualifier_text
    numeral = "arabic" if is_arabic and not magnitude else "mixed" if is_arabic else "chinese"
    return RawFigure(
        start=start,
        end=end,
        number=number,
        magnitude=magnitude,
        value=scaled,
        unit=tail.unit,
        kind=tail.kind,
        per=tail.per,
        qualifier=qualifier,
        qualifier_text=qualifier_word,
        qualifier_start=start - len(before) if before and not tail.inside else start,
        qualifier_end=end + len(after) if after and not (tail.inside or before) else end,
        pattern=f"{numeral}:{tail.surface}",
        numeral=numeral,
        value_high=_tidy(high) if high is not None else None,
    )
