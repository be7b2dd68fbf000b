"""A figure from a number's reading and what follows it: magnitude, unit, half, scale (成, 折),
qualifier, the span it covers; numbers whose unit is written around them (百分之三十,
三分之一, 占1/3); smaller units of money joined to the figure before them (5元3角).
Numbers inside a short quotation are names, not figures (and inside a title: presscan.titles).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from presscan.figureparts import (
    completed_unit,
    in_short_quote,
    is_numeral,
    of_whole,
    per_before,
    per_people,
    unitless_value,
    word_before_figure,
)
from presscan.matchwords import MatchWords, has_code, word_at, word_before
from presscan.number_readings import LARGEST_EXPONENT, NumberReading, readings_of
from presscan.numerals import parse_arabic, parse_chinese
from presscan.patternentries import Subunit
from presscan.patternfile import AroundEntry, PrefixEntry
from presscan.rawfigure import RawFigure, copy_figure, tidy
from presscan.tails import Tail, counted_before, currency_sign, half_after, magnitude_at, read_tail, sign_tail
from presscan.wordlookup import ends_at, is_latin, longest_at, starts_at


def with_tail(words: MatchWords, text: str, start: int, number: NumberReading) -> RawFigure | None:
    arabic = number.form == "arabic"
    tail = read_tail(words, text, number.end, arabic)
    before = ord(text[start - 1]) if start > 0 else -1  # the code before the number, for the code tables
    table = words.currency_sign_ends_codes
    signed = arabic and 0 <= before < len(table) and table[before] != 0
    sign_start = currency_sign(words, text, start) if signed else -1
    if sign_start >= 0:
        if tail is None:
            tail = sign_tail(words, text, number.end, text[sign_start:start].rstrip(" "))
        if tail is not None and tail.kind in ("money", "rate") and (tail.entry is None or tail.entry.kind == "money"):
            return _build(words, text, sign_start, number, tail)
    if tail is None and number.high is None:
        tail = counted_before(words, text, start, number.end) or _shared_unit(words, text, number.end, arabic)
        if tail is None and arabic and words.per_rate_nouns:
            tail = per_people(words, text, start, number.end)
        if tail is None and arabic:
            tail = unitless_value(words, text, start, number.end)
    if tail is None:
        return None
    if tail.entry is not None and tail.end < len(text) and has_code(words.shared_unit_marks_codes, text, tail.end):
        tail = completed_unit(words, text, tail)
    table = words.per_before_ends_codes
    if 0 <= before < len(table) and table[before] and text.endswith(words.per_before, 0, start):
        return None  # 每[十万]人口, 每[10万]人: a number right after 每 is a rate's denominator, no figure
    figure = _build(words, text, start, number, tail)
    if figure is not None and figure.unit in words.subunit_units:
        figure = _with_subunits(words, text, figure)
    if figure is not None and figure.per is None and words.per_before:
        return per_before(words, text, figure)
    return figure


# A list of numbers sharing one unit is short: 1409万、1305万人次; 1、2、3万吨 at most a few items
_SHARED_UNIT_ITEMS: Final = 6


def _shared_unit(words: MatchWords, text: str, pos: int, arabic: bool, depth: int = 0) -> Tail | None:
    """分别达1409万、1305万人次, 3×2米: a number with no unit of its own, then a list mark (or the
    sign of a product) and a number with one ([number_words] shared_unit_marks), takes that unit
    and its kind, and the magnitude too when it has none of its own (分别为12、15亿元: 12亿元, as
    bulletins mean it). The unit stays outside the figure's text."""
    if depth >= _SHARED_UNIT_ITEMS or pos >= len(text):
        return None
    magnitude = magnitude_at(words, text, pos)
    if magnitude is not None and magnitude.isascii() and not arabic:
        magnitude = None
    after = pos + len(magnitude) if magnitude else pos
    if after + 1 >= len(text) or not has_code(words.shared_unit_marks_codes, text, after):
        return None
    following = words.patterns.number_re.match(text, after + 1)
    if following is None:
        return None
    reading = next(iter(readings_of(following, words)), None)
    if reading is None or reading.form not in ("arabic", "chinese"):
        return None
    next_arabic = reading.form == "arabic"
    tail = read_tail(words, text, reading.end, next_arabic) or _shared_unit(
        words, text, reading.end, next_arabic, depth + 1
    )
    if tail is None or (tail.kind == "count" and tail.entry is None):
        return None  # a counted noun (9万儿童) counts the figure before it only
    if text[after] in words.product_marks and tail.kind not in words.product_kinds:
        return None  # 2×100万千瓦: two units of 100万千瓦 each; 50×25米 is a size
    shared = magnitude if magnitude is not None else tail.magnitude  # 12、15亿元: 12亿元
    return Tail(after, shared, None, tail.unit, tail.kind, tail.per, tail.surface, tail.entry)


def special_figure(words: MatchWords, text: str, start: int, number: NumberReading) -> RawFigure | None:
    """Numbers whose unit is written around them: 百分之三十, 三分之一, 占1/3."""
    if number.form not in ("arabic", "chinese"):
        return None
    prefix = word_before(
        words.prefixes, words.prefixes_last_codes, words.prefixes_second_codes, words.prefixes_longest, text, start
    )
    if prefix is not None:
        return _prefixed(words, text, start, number, prefix)
    word = words.fraction_word
    if word and number.form == "chinese" and number.high is None and starts_at(text, number.end, word):
        top = words.patterns.number_re.match(text, number.end + len(word))
        if top is not None and top.group("chinese") is not None:
            numerator = next(iter(readings_of(top, words)), None)
            if numerator is not None and number.value > 0 and numerator.end == top.end():
                surface = text[start : numerator.end]
                return _fraction(words, text, start, numerator.end, surface, numerator.value / number.value)
    if number.form == "arabic" and number.end < len(text) and text[number.end] == "/":
        return _arabic_share(words, text, start, number)
    return None


def _prefixed(words: MatchWords, text: str, start: int, number: NumberReading, prefix: str) -> RawFigure | None:
    """百分之三十, 万分之三 (0.03 %), 百分之二三十 (20..30 %), 百分之六十多, 百分之15K."""
    begin = start - len(prefix)
    if begin > 0 and is_numeral(words, text[begin - 1]):
        return None  # 五百分之2.2: the prefix is the end of a fraction's denominator
    entry: PrefixEntry = words.prefixes[prefix].value  # type: ignore[assignment]
    end = number.end
    factor = Decimal(entry.scale) if entry.scale else Decimal(1)
    magnitude = None
    if number.form == "arabic":
        # 百分之15K: a Latin magnitude, where no letter or digit runs on
        for word in words.magnitudes_by_first_char.get(text[end], ()) if end < len(text) else ():
            after = end + len(word)
            if word.isascii() and starts_at(text, end, word) and not (after < len(text) and is_latin(text[after])):
                magnitude = word
                factor *= words.magnitude_factors[word]
                end = after
                break
    inside = word_at(words.inside, words.inside_first_codes, words.inside_second_codes, words.inside_longest, text, end)
    high = number.high * factor if number.high is not None else None
    return plain_figure(
        words,
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


def _arabic_share(words: MatchWords, text: str, start: int, number: NumberReading) -> RawFigure | None:
    """1/3 is a share only where the words around it say so (占1/3, 1/3以上); else a date or a code."""
    bottom = words.patterns.number_re.match(text, number.end + 1)
    if bottom is None or bottom.group("arabic") is None:
        return None
    denominator = parse_arabic(bottom.group("arabic"))
    if not denominator or "." in bottom.group("arabic") or "." in number.text:
        return None
    shared = any(ends_at(text, start, word) for word in words.patterns.share_before) or any(
        text.startswith(word, bottom.end()) for word in words.patterns.share_after
    )
    if not shared or text.startswith("/", bottom.end()):
        return None
    return _fraction(words, text, start, bottom.end(), text[start : bottom.end()], number.value / denominator)


def _fraction(words: MatchWords, text: str, start: int, end: int, surface: str, share: Decimal) -> RawFigure:
    """A fraction's figure: in percent where the patterns say so (四分之一 -> 25 %, as 两成半 is), else
    with the fraction's own unit (0.25 分之)."""
    if words.patterns.fraction_percent:
        value = (share * 100).quantize(_SIX_PLACES)
        return plain_figure(words, text, start, end, surface, value, "%", "percent")
    value = share.quantize(_SIX_PLACES)
    return plain_figure(words, text, start, end, surface, value, words.patterns.fraction_unit, "fraction")


def plain_figure(
    words: MatchWords,
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
    reading: NumberReading | None = None,
) -> RawFigure:
    """A figure whose number and unit are read already, with the qualifiers around it."""
    qualifier, word, qualifier_start, qualifier_end = _qualifier(words, text, start, end, inside)
    if qualifier is None and reading is not None and reading.qualifier is not None:
        qualifier, word = reading.qualifier, reading.qualifier_text
    return RawFigure(
        start=start,
        end=end,
        number=number,
        magnitude=magnitude,
        value=tidy(value),
        unit=unit,
        kind=kind,
        per=None,
        qualifier=qualifier,
        qualifier_text=word,
        qualifier_start=qualifier_start,
        qualifier_end=qualifier_end,
        pattern=f"words:{unit}",
        numeral="chinese" if number and not number[-1].isdigit() else "arabic",
        value_high=tidy(high) if high is not None else None,
    )


def _qualifier(
    words: MatchWords, text: str, start: int, end: int, inside: str | None
) -> tuple[str | None, str | None, int, int]:
    """The qualifier of the figure at [start, end): (qualifier, its word, the span with it).

    In order: a word inside the figure (10多万人), a word before it (约) unless it gives way to one
    after it (低于[5.5%左右]的目标: `yielding`), a word around it (迈上…台阶), a word after it (以上).
    """
    if inside:
        return str(words.inside[inside].value), inside, start, end
    before = word_before_figure(words, text, start)  # told by code points: no string made when none
    after = (
        word_at(words.after, words.after_first_codes, words.after_second_codes, words.after_longest, text, end)
        if before in words.yielding
        else None
    )
    if before and not after:
        return str(words.before[before].value), before, start - len(before), end
    code = ord(text[start - 1]) if start > 0 else -1  # the code before the figure, for the code tables
    table = words.around_last_codes
    around = (
        word_before(words.around, table, words.around_second_codes, words.around_longest, text, start)
        if 0 <= code < len(table) and table[code]
        else None
    )
    if around:
        entry: AroundEntry = words.around[around].value  # type: ignore[assignment]
        for closing in entry.after:
            if starts_at(text, end, closing):
                return entry.qualifier, around, start - len(around), end + len(closing)
    after = after or word_at(
        words.after, words.after_first_codes, words.after_second_codes, words.after_longest, text, end
    )
    if after:
        return str(words.after[after].value), after, start, end + len(after)
    table = words.whole_linkers_codes
    if 0 <= code < len(table) and table[code]:
        whole_of = of_whole(words, text, start - 1)
        if whole_of:
            return words.of_whole[whole_of], whole_of, start, end  # the span keeps the whole out
    return None, None, start, end


def qualified_signed(words: MatchWords, text: str, figure: RawFigure) -> RawFigure:
    """A signed figure (约为-0.1个百分点) with the qualifier a word before its sign gives, when
    the number alone had none."""
    if figure.qualifier is not None or figure.start == 0:
        return figure
    before = word_before_figure(words, text, figure.start)
    if not before:
        return figure
    qualified = copy_figure(figure)
    qualified.qualifier, qualified.qualifier_text = str(words.before[before].value), before
    qualified.qualifier_start = min(figure.qualifier_start, figure.start - len(before))
    return qualified


def _with_subunits(words: MatchWords, text: str, figure: RawFigure) -> RawFigure:
    """5元3角, 三元五毛, 八美元又五美分: smaller units of money join the figure before them."""
    if figure.magnitude is not None or figure.per is not None or figure.value_high is not None:
        return figure
    value = figure.value
    end = figure.end
    step = Decimal(1)  # what one of the last unit read is worth in the figure's unit
    while end < len(text):
        at = end
        joiner = next((word for word in words.patterns.subunit_joiners if text.startswith(word, at)), None)
        at += len(joiner) if joiner else 0
        match = words.patterns.number_re.match(text, at)
        if match is None:
            break
        subunit: Subunit | None = None
        count = Decimal(0)
        for reading in readings_of(match, words):
            if reading.form not in ("arabic", "chinese") or reading.high is not None:
                continue
            word = longest_at(words.patterns.subunits, text, reading.end, words.patterns.longest_key["subunits"])
            if word is not None:
                subunit, count, at = words.patterns.subunits[word], reading.value, reading.end + len(word)
                break
        if subunit is None or subunit.of != figure.unit or count != int(count) or not 0 < count * subunit.value < step:
            break
        value += count * subunit.value
        step, end = subunit.value, at
    if end == figure.end:
        return figure
    joined = copy_figure(figure)
    joined.value, joined.end, joined.number = tidy(value), end, text[figure.start : end]
    joined.qualifier, joined.qualifier_text, joined.qualifier_start, joined.qualifier_end = _qualifier(
        words, text, figure.start, end, None
    )
    joined.pattern = f"compound:{figure.unit}"
    return joined


def _tidy_as_written(reading: NumberReading) -> bool:
    """True when the value of an Arabic number is tidy as parsed (rawfigure.tidy would give it back):
    written without a point (an integer, exponent 0), or with a last digit that is not 0 (5.2)."""
    if reading.form != "arabic":
        return False
    written = reading.text
    return "." not in written or written[-1] != "0"


def _build(words: MatchWords, text: str, start: int, reading: NumberReading, tail: Tail) -> RawFigure | None:
    number, value, high = reading.text, reading.value, reading.high
    entry = tail.entry
    if entry is not None and entry.not_after_number and any(ends_at(text, start, w) for w in entry.not_after_number):
        return None  # 一波三折
    if (
        entry is not None
        and entry.shortest_numeral
        and reading.form == "chinese"
        and len(number) < entry.shortest_numeral
    ):
        return None  # 比亚迪[二期]: a phase, not a count
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
        if in_short_quote(words, text, start, tail.end):
            return None
        # 一个 一项 一批 work as an indefinite article, not as a count.
        if value == 1 and magnitude is None and tail.kind == "count" and number in words.digits:
            return None
        # Report 十二万吨 as number 十二, magnitude 万, as for 12万吨.
        if magnitude is None and high is None:
            for size in range(min(4, len(number) - 1), 0, -1):
                suffix = number[-size:]
                head = number[:-size]
                head_value = parse_chinese(head, words.digits, words.places, words.sections)
                # 三千五百 is not 三千五 x 百: split only where the parts multiply back to the value
                if (
                    suffix in words.magnitude_factors
                    and head_value
                    and head_value * words.magnitude_factors[suffix] == value
                ):
                    number, magnitude = head, suffix
                    break
    factor = words.magnitude_factors[magnitude] if magnitude else 1
    if magnitude and reading.form != "arabic" and tail.magnitude is None:
        scaled = value  # the numeral already carried its magnitude
    elif factor != 1:  # a Decimal times 1 is the same Decimal: no multiplication
        scaled = value * factor
        high = high * factor if high is not None else None
    else:
        scaled = value
    if entry is not None and entry.below is not None and scaled >= entry.below:
        return None  # 十折; 2025年 after 年限
    written = ""  # the whole written form, when the parts stand apart (两吨半)
    if tail.per is None and high is None and magnitude is None:
        half = half_after(words, text, end)
        if (half or tail.half) and scaled == scaled.to_integral_value():
            scaled += Decimal("0.5")
            end += half
            written = text[start:end]
    if entry is not None and entry.scale and tail.per is None:
        # 三成 = 30 %, 三成五 = 35 %: a digit right after 成 is the next tenth
        scaled *= entry.scale
        high = high * entry.scale if high is not None else None
        digit = words.digits.get(text[end]) if end < len(text) else None
        if digit and high is None and scaled == scaled.to_integral_value():
            next_char = text[end + 1] if end + 1 < len(text) else ""
            if next_char not in words.digits and next_char not in words.places:
                scaled += Decimal(digit * entry.scale) / 10
                end += 1
    if scaled.adjusted() >= LARGEST_EXPONENT:
        return None
    qualifier, qualifier_word, qualifier_start, qualifier_end = _qualifier(words, text, start, end, tail.inside)
    if qualifier is None and reading.qualifier is not None:
        qualifier, qualifier_word = reading.qualifier, reading.qualifier_text
    numeral = (
        "arabic" if is_arabic and not magnitude else "mixed" if is_arabic or reading.form == "mixed" else "chinese"
    )
    return RawFigure(
        start=start,
        end=end,
        number=written or number,
        magnitude=magnitude,
        value=scaled if scaled is reading.value and _tidy_as_written(reading) else tidy(scaled),
        unit=tail.unit,
        kind=tail.kind,
        per=tail.per,
        qualifier=qualifier,
        qualifier_text=qualifier_word,
        qualifier_start=qualifier_start,
        qualifier_end=qualifier_end,
        pattern=f"{'half' if written else numeral}:{tail.surface}",
        numeral=numeral,
        value_high=tidy(high) if high is not None else None,
    )
