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

This module scans; the steps are modules of their own: number_readings (the ways to
read one number), tails (what follows it), figurebuild (a figure from both), lookback
(ranges, signs, restatements), with rawfigure (the record) and wordlookup.
"""

from __future__ import annotations

import bisect
from decimal import Decimal, localcontext
from typing import Final

from presscan.figurebuild import plain_figure, qualified_signed, special_figure, with_tail
from presscan.lookback import after_ordinal_range, is_restatement, joined_range, restated, shared_qualifier, signed
from presscan.matchwords import MatchWords, has_code, match_words, word_before
from presscan.number_readings import LARGEST_EXPONENT, MOST_DIGITS, NumberReading, ScanKinds, scan_readings
from presscan.numberstarts import Found
from presscan.patterndata import PatternSet
from presscan.patternfile import PhraseEntry
from presscan.rawfigure import RawFigure
from presscan.titles import Titles
from presscan.wordlookup import ends_at, starts_at

__all__ = ["LARGEST_EXPONENT", "MOST_DIGITS", "RawFigure", "find_figures"]

# the digits the arithmetic runs with: every value within MOST_DIGITS and LARGEST_EXPONENT is exact
_PRECISION: Final = 100


def find_figures(text: str, patterns: PatternSet) -> list[RawFigure]:
    """Every figure in normalised `text`, in order of position.

    After the number and its tail are read, three rules look back at the figure
    before: a range separator between two numbers joins them into one figure
    (3至5万吨, 10%—15%), a sign before a lone number makes it negative (-2.41‰),
    and a bracketed restatement (三次（含三次）) is folded into the figure it restates.
    """
    with localcontext() as context:
        context.prec = _PRECISION
        return _find_figures(text, patterns, match_words(patterns))


def _links(patterns: PatternSet, text: str) -> list[tuple[int, int]]:
    """Spans of the web addresses in `text` (none is looked for when no start word is there)."""
    if patterns.link_re is None or not any(word in text for word in patterns.link_starts):
        return []
    return [found.span() for found in patterns.link_re.finditer(text)]


def _labels_a_caption(words: MatchWords, text: str, start: int) -> bool:
    """True when a label word ([ordinals] line_labels: 表, 附图) opens the line right before the number
    at `start` (表1, 图2 at a line's start; 代表1200名 is a figure)."""
    for label in words.line_labels:
        begin = start - len(label)
        if begin >= 0 and text.startswith(label, begin) and (begin == 0 or text[begin - 1] == "\n"):
            return True
    return False


def _find_figures(text: str, patterns: PatternSet, words: MatchWords) -> list[RawFigure]:
    figures: list[RawFigure] = []
    skip_to = 0
    previous: tuple[int, NumberReading] | None = None  # the last number read, with its start
    links = _links(patterns, text)
    link = 0
    titles = Titles(patterns, text) if any(mark in text for mark in patterns.first_chars["titles"]) else None  # 《
    numbers = patterns.number_scan_re
    kinds = ScanKinds(numbers)
    # finditer's matches: compiled, the pattern is matched only where a number can start (numberstarts)
    starts = patterns.number_starts
    at = 0
    found = Found()  # where each match starts, as next_match found it: no match.span() (a tuple a number)
    while (match := starts.next_match(numbers, text, at, found)) is not None:
        start, end = found.start, match.end()
        at = end
        if start < skip_to:
            continue
        while link < len(links) and links[link][1] <= start:
            link += 1
        if link < len(links) and links[link][0] <= start:
            skip_to, previous = links[link][1], None  # https://...?q=30%25: nothing in a web address
            continue
        if start and has_code(words.line_label_lasts, text, start - 1) and _labels_a_caption(words, text, start):
            continue  # 表1　农民工年龄构成: a caption's label, no figure
        readings = scan_readings(match, text, start, end, kinds, words)
        figure = None
        for index, reading in enumerate(readings):
            figure = special_figure(words, text, start, reading) or with_tail(words, text, start, reading)
            if figure is not None:
                if index + 1 < len(readings):  # a shorter reading may take a unit over the magnitude
                    figure = _unit_over_magnitude(words, text, start, figure, readings[index + 1 : index + 3])
                break
        if figure is None:
            if readings:
                previous = (start, readings[0])
            continue
        skip_to = figure.end
        if titles is not None and titles.around(figure.start, figure.end):
            previous = None
            continue
        if figures and figures[-1].number == figure.number and is_restatement(patterns, text, figures, figure):
            figures[-1] = restated(patterns, text, figures[-1], figure)
            previous = None
            continue
        before = figure.start - 1  # the character before, tested by its code point: no string made of it
        separator = (
            word_before(
                words.separators,
                words.separators_last_codes,
                words.separators_second_codes,
                words.separators_longest,
                text,
                figure.start,
            )
            if (has_code(words.separators_last_table, text, before) if before >= 0 else "" in words.separators_last)
            else None
        )
        merged = joined_range(patterns, text, figures, previous, figure, separator) if separator else None
        if merged is not None:
            if figures and figures[-1].start == merged.start:
                figures[-1] = merged
            else:
                figures.append(merged)
        elif not (separator and after_ordinal_range(patterns, text, figure, separator)):
            # a sign can stand only after a character a minus sign or word ends with
            if before >= 0:
                minus = has_code(words.negative_sign_end_codes, text, before)
            else:
                minus = "" in words.negative_sign_ends
            figures.append(qualified_signed(words, text, signed(patterns, text, figure)) if minus else figure)
            if figure.qualifier_text is not None and len(figures) > 1:
                shared_qualifier(patterns, text, figures)  # 15毫秒、18毫秒和20毫秒[以内]
        previous = None
    figures.extend(_phrases(words, text, figures))
    if not _in_order(figures):  # mostly they are: a stable sort would leave them as they are
        figures.sort(key=_figure_start)
    return figures


def _in_order(figures: list[RawFigure]) -> bool:
    """True when the figures' starts never decrease (all() over a generator is a loop in compiled
    code; list.sort calls its key through Python's call protocol for each figure)."""
    return all(figures[index].start >= figures[index - 1].start for index in range(1, len(figures)))


def _figure_start(figure: RawFigure) -> int:
    return figure.start


def _unit_over_magnitude(
    words: MatchWords, text: str, start: int, figure: RawFigure, shorter: list[NumberReading]
) -> RawFigure:
    """二千瓦时 is 2 千瓦时, as 3千瓦 is 3 kilowatts: a shorter numeral whose unit takes
    the last numeral character wins, when it ends where the longer reading ends."""
    for reading in shorter:
        other = with_tail(words, text, start, reading)
        if other is None or other.end != figure.end or other.per != figure.per:
            continue
        surface = other.pattern.partition(":")[2]
        if starts_at(text, reading.end, surface) and len(surface) > len(figure.pattern.partition(":")[2]):
            return other
    return figure


def _phrases(words: MatchWords, text: str, figures: list[RawFigure]) -> list[RawFigure]:
    """Fixed phrases (翻一番, 一半, 打对折) that do not overlap a figure found already."""
    patterns = words.patterns
    if not patterns.phrases:
        return []
    found = []
    starts = [figure.start for figure in figures]
    for start, end, phrase in phrases_in(words, text):
        index = bisect.bisect_left(starts, end) - 1  # the last figure starting before the phrase ends
        if index >= 0 and figures[index].end > start:
            continue
        entry: PhraseEntry = patterns.phrases[phrase].value  # type: ignore[assignment]
        if entry.after and not any(ends_at(text, start, word) for word in entry.after):
            continue  # 对折 alone is "folded in two"
        if any(text.startswith(word, end) for word in entry.not_before):
            continue  # 半成品
        figure = plain_figure(words, text, start, end, phrase, Decimal(entry.value), entry.unit, entry.kind)
        found.append(figure)
    return found


def phrases_in(words: MatchWords, text: str) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of what patterns.phrase_re.finditer finds: at the first position where a
    phrase starts, the first of them in the pattern's order (the longest first), then on after it.
    The first characters of the phrases are looked for with str.find, a search in C of a few
    instructions a character, where the pattern, tried wherever one of them stands, cost some 60;
    the phrases are compared where one stands."""
    occurrences: list[tuple[int, int, str]] = []  # start, the phrase's place in the pattern, the phrase
    for first, phrases in words.phrases_by_first_char:
        at = text.find(first)
        while at >= 0:
            for rank, phrase in phrases:
                if starts_at(text, at, phrase):
                    occurrences.append((at, rank, phrase))
            at = text.find(first, at + 1)
    occurrences.sort()
    found: list[tuple[int, int, str]] = []
    position = 0
    for start, _, phrase in occurrences:
        if start >= position:
            position = start + len(phrase)
            found.append((start, position, phrase))
    return found
