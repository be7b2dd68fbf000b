"""Rules that look back at the figures before, once a figure is read: a range
separator between two numbers joins them into one figure (3至5万吨, 10%—15%), a sign
before a lone number makes it negative (-2.41‰, 负2.7%), a bracketed restatement
(三次（含三次）以上) is folded into the figure it restates, and a qualifier after the last
of numbers listed qualifies them all (分别控制在15毫秒、18毫秒和20毫秒以内).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from presscan.number_readings import NumberReading
from presscan.patterndata import PatternSet
from presscan.rawfigure import RawFigure, copy_figure, tidy
from presscan.wordlookup import ends_at, longest_before, longest_word_at

_LONGEST_NOTE: Final = 4  # （含 or （包括


def joined_range(
    patterns: PatternSet,
    text: str,
    figures: list[RawFigure],
    previous: tuple[int, NumberReading] | None,
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
        qualifier = longest_before(patterns, "qualifiers_before", text, start)
        low, low_start, low_qualifier_start = number.value * factor, start, start - len(qualifier or "")
        unit = patterns.units.get(figure.pattern.partition(":")[2])
        if unit is not None and unit.scale and figure.per is None:
            low *= unit.scale  # 两到三成: the low end is in 成 too, 20 %
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
        value=tidy(low),
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


def after_ordinal_range(patterns: PatternSet, text: str, figure: RawFigure, separator: str) -> bool:
    """第2至3名: the low end was an ordinal, so the high end is one too."""
    index = figure.start - len(separator) - 1
    if index < 0:
        return False
    char = text[index]
    return (char.isascii() and char.isdigit()) or char in patterns.digits or char in patterns.places


def _is_number_like_before(text: str, start: int) -> bool:
    """A low end glued to letters or a slash (GB3095-2012, 2024/3-5) is a code, not a range."""
    return start > 0 and (text[start - 1].isascii() and (text[start - 1].isalnum() or text[start - 1] in "/-."))


def signed(patterns: PatternSet, text: str, figure: RawFigure) -> RawFigure:
    """-2.41‰, 负2.7%: a minus sign right before a number that does not follow another
    number, or a minus word (负) before any number, unless it ends a word (减负, 正负); a plus
    sign (+3.8%) as a minus sign, the value kept."""
    start = figure.start
    if start == 0 or text[start - 1] not in patterns.negative_sign_ends:
        return figure
    sign = ""
    for word in patterns.negative_words:
        if ends_at(text, start, word):
            if any(ends_at(text, start - len(word), other) for other in patterns.negative_words_not_after):
                return figure  # 减负2500亿元
            sign = word
            break
    if not sign:
        if figure.numeral == "chinese":
            return figure
        for symbol in (*patterns.negative_signs, *patterns.positive_signs):
            if ends_at(text, start, symbol):
                sign = symbol
                break
        if not sign:
            return figure
        before = start - len(sign) - 1
        if before >= 0 and ((text[before].isascii() and text[before].isalnum()) or text[before] in "%‰/.)"):
            return figure
    signed = copy_figure(figure)
    value = figure.value if sign in patterns.positive_signs else -figure.value  # +3.8%: written up
    signed.start, signed.value, signed.number = start - len(sign), value, sign + figure.number
    signed.qualifier_start = min(figure.qualifier_start, signed.start)
    return signed


def is_restatement(patterns: PatternSet, text: str, figures: list[RawFigure], figure: RawFigure) -> bool:
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


def restated(patterns: PatternSet, text: str, figure: RawFigure, note: RawFigure) -> RawFigure:
    """三次（含三次）以上: the bound after the bracket belongs to the figure, inclusive."""
    close = note.end
    if close < len(text) and text[close] in patterns.punctuation.closing_brackets:
        close += 1
    after = longest_word_at(patterns, "qualifiers_after", text, close)
    if after is None or figure.qualifier is not None:
        return figure
    restated = copy_figure(figure)
    restated.qualifier = str(patterns.qualifiers_after[after].value)
    restated.qualifier_text = after
    restated.qualifier_end = close + len(after)
    return restated


def shared_qualifier(patterns: PatternSet, text: str, figures: list[RawFigure]) -> None:
    """分别控制在15毫秒、18毫秒和20毫秒以内: a qualifier written after the last of figures listed with
    nothing but a list mark between them ([number_words] shared_unit_marks, not a sign of a product)
    qualifies each of them that has none of its own; they are copied, never changed in place."""
    last = figures[-1]
    word = last.qualifier_text
    if word is None or last.qualifier_end <= last.end or word not in patterns.qualifiers_after:
        return
    following = last
    index = len(figures) - 2
    while index >= 0:
        figure = figures[index]
        gap = text[figure.qualifier_end : following.qualifier_start]
        if figure.qualifier is not None or gap not in patterns.shared_unit_marks or gap in patterns.product_marks:
            return
        shared = copy_figure(figure)
        shared.qualifier, shared.qualifier_text = last.qualifier, word
        figures[index] = shared
        following = figure
        index -= 1
