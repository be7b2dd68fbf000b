"""What a figure takes from the words around it besides its own tail (figurebuild.py asks):
a qualifier before it (约), a denominator written before its number (每吨2300元: per 吨), a rate
per so many people written before its number (每10万人612.34), the value of an indicator
that has no unit (性别比为104.2), a unit cut short in a list (分别提高0.5个和1.3个百分点), a
bound before a whole and 的 (不低于当年归母净利润的30%), and the short quotation a number names
something in (“三项改革”).
"""

from __future__ import annotations

from typing import Final

from presscan.matchwords import MatchWords, has_code, word_before
from presscan.number_readings import readings_of
from presscan.rawfigure import RawFigure, copy_figure
from presscan.tails import Tail, before_filler, ends_clause, read_tail
from presscan.wordlookup import ends_at

_SLOGAN_LENGTH: Final = 8  # “三个年” “五项机制”: numbers inside short quotes are names, not figures


def in_short_quote(words: MatchWords, text: str, start: int, end: int) -> bool:
    """True when [start, end) stands inside a short quotation such as “三项改革”: the quotes,
    and the marks that end a search for the opening one, are patterns/punctuation.toml's."""
    window_start = max(0, start - _SLOGAN_LENGTH)
    stops = words.quote_stops
    for index in range(start - 1, window_start - 1, -1):
        code = ord(text[index])  # most characters stop nothing: told by the code point, no string made
        if code >= len(stops) or not stops[code]:
            continue
        char = text[index]
        close = words.quotes.get(char)
        if close is not None:
            return text.find(close, end, end + _SLOGAN_LENGTH) != -1
        if char in words.quote_marks or char in words.sentence_end or char in words.clause_end:
            return False
    return False


# 每 and its denominator stand right before the number: 每吨2300元, 每百平方公里128.5公里
_LONGEST_DENOMINATOR: Final = 6


def is_numeral(words: MatchWords, char: str) -> bool:
    """A digit of either script, or a place or section character (wordlookup.is_numeral)."""
    return (char.isascii() and char.isdigit()) or char in words.digits or char in words.places or char in words.sections


def per_people(words: MatchWords, text: str, start: int, end: int) -> Tail | None:
    """发病率为每10万人123.45: a number with no unit after 每, a number (and magnitude) and a noun
    of people ([per] rate_nouns) is a rate per that many, written as 123.45/10万 would be."""
    if start == 0 or not has_code(words.per_rate_end_codes, text, start - 1):
        return None  # most numbers: no noun of people right before them (told by its code point)
    for noun in words.per_rate_nouns:
        if not text.endswith(noun, 0, start):
            continue
        count_end = start - len(noun)
        count_start = count_end
        while (
            count_start > 0
            and count_end - count_start < _LONGEST_DENOMINATOR
            and (is_numeral(words, text[count_start - 1]) or text[count_start - 1] in words.magnitude_factors)
        ):
            count_start -= 1
        if count_start == count_end or not text.endswith(words.per_before, 0, count_start):
            continue
        written = "/" + text[count_start:count_end]
        unit = words.units.get(written)
        return Tail(end, None, None, unit.unit if unit is not None else written, "rate", text[count_start:start], "")
    return None


_NOTE_CHARACTERS: Final = 30  # a note in brackets between an indicator's name and its value


def unitless_value(words: MatchWords, text: str, start: int, pos: int) -> Tail | None:
    """性别比为104.2, 灌溉水有效利用系数0.5643: a number with no magnitude and no unit, at the end of
    its clause, right after the name of an indicator that has none (counted_nouns.unitless) and a
    filler at most, is that indicator's value: kind number, no unit."""
    if not words.unitless or start == 0 or not has_code(words.unitless_end_codes, text, start - 1):
        return None  # most numbers: no such word right before them (told by its code point)
    if not ends_clause(words, text, pos):
        return None
    back = before_filler(words, text, start)
    opening = words.closing_brackets.get(text[back - 1]) if back > 0 else None
    if opening is not None:  # 性别比[（以女性为100）]为104.2: a note between the name and its value
        at = text.rfind(opening, max(0, back - _NOTE_CHARACTERS), back - 1)
        back = at if at >= 0 else back
    for word in words.unitless:
        if ends_at(text, back, word):
            return Tail(pos, None, None, "", "number", None, "")
    return None


def completed_unit(words: MatchWords, text: str, tail: Tail) -> Tail:
    """分别提高0.5个和1.3个百分点: a unit that is the start of the next listed number's (个 of 个百分点)
    is that unit cut short, as the list shares it; the figure's text keeps what is written."""
    following = words.patterns.number_re.match(text, tail.end + 1)
    if following is None:
        return tail
    reading = next(iter(readings_of(following, words)), None)
    if reading is None or reading.form not in ("arabic", "chinese"):
        return tail
    listed = read_tail(words, text, reading.end, reading.form == "arabic")
    if listed is None or listed.kind == tail.kind or not listed.surface.startswith(tail.surface):
        return tail
    return Tail(tail.end, tail.magnitude, tail.inside, listed.unit, listed.kind, listed.per, tail.surface, listed.entry)


# A whole between an of_whole word and 的 is a name, short or long (不低于[当年归母净利润]的30%, 约占
# [全国自主研发游戏海外市场实际销售收入]的15.0%); no mark or digit stands in it
_WHOLE_AT_MOST: Final = 24


def of_whole(words: MatchWords, text: str, linker: int) -> str | None:
    """The of_whole word (不低于, 约为) before the whole that ends at text[linker] (its 的), if one
    stands within _WHOLE_AT_MOST characters with no mark or digit between."""
    low = max(0, linker - _WHOLE_AT_MOST)
    for end in range(linker - 1, low, -1):
        char = text[end]  # the whole's first character, were the word to end here
        if char in words.sentence_end or char in words.clause_end or char.isdigit():
            return None
        for size in range(min(words.of_whole_longest, end), 1, -1):
            word = text[end - size : end]
            if word in words.of_whole:
                return word
    return None


def word_before_figure(words: MatchWords, text: str, start: int) -> str | None:
    """The qualifier word that ends right before `start` (约, 约为)."""
    if start == 0:
        return None
    code = ord(text[start - 1])  # has_code's test, without the call: a figure reads it for every number
    if code >= len(words.before_last_codes) or not words.before_last_codes[code]:
        return None
    return word_before(
        words.before, words.before_last_codes, words.before_second_codes, words.before_longest, text, start
    )


def per_before(words: MatchWords, text: str, figure: RawFigure) -> RawFigure:
    """每吨2300元: 2300 元 per 吨, the denominator written before the number (or its qualifier)."""
    # the qualifier's start, then the number's when it differs; no tuple of them: a tuple of one or
    # two ints is iterated through the iterator protocol (dict.fromkeys(...) is a call of a method)
    last = 1 if figure.qualifier_start == figure.start else 2
    for which in range(last):
        position = figure.qualifier_start if which == 0 else figure.start
        for marker in words.per_before:
            at = text.rfind(marker, max(0, position - len(marker) - _LONGEST_DENOMINATOR), position)
            if at < 0:
                continue
            written = text[at + len(marker) : position]
            numerals = 0
            while numerals < len(written) and (
                written[numerals] in words.places or written[numerals] in words.sections
            ):
                numerals += 1  # 每[百]平方公里
            unit = words.units.get(written[numerals:])
            per = (
                written[:numerals] + unit.unit if unit is not None else written if written in words.per_words else None
            )
            if not per:
                continue
            rate = copy_figure(figure)
            rate.per, rate.kind = per, "rate"  # the unit stays as written with the number: 元, per 吨
            before = word_before_figure(words, text, at) if figure.qualifier is None else None
            if before:  # [约]每公斤13.05元: the qualifier before the denominator
                rate.qualifier, rate.qualifier_text, rate.qualifier_start = (
                    str(words.before[before].value),
                    before,
                    at - len(before),
                )
            return rate
    return figure
