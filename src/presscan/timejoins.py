"""Time expressions read together with the words next to them: a month and the word that restates it
(11月当月), a season and the months a bracket glosses it with (汛期（5—9月）), a holiday and its
quoted name (2026年“五一”假期), and a plan's span in brackets that is part of its name
(发展规划（2021—2030年）), no time at all. periods.PeriodFinder asks, once the times of a text are
found.
"""

from __future__ import annotations

from presscan.periodtypes import PeriodMatch


def join_restated(found: list[PeriodMatch], restating: frozenset[str]) -> None:
    """In `found`, a month or a quarter and the word right after it that restates it (11月[当月], one of
    `restating`) read as one, the first's months and years, marked `restated`."""
    index = 0
    while index < len(found) - 1:
        period, word = found[index], found[index + 1]
        if word.start == period.end and word.text in restating and period.start_month is not None:
            period.end = word.end  # a match of this call's own: changed in place
            period.text += word.text
            period.restated = True
            del found[index + 1]
        index += 1


def names_a_plan(text: str, period: PeriodMatch, brackets: dict[str, str], plans: tuple[str, ...]) -> bool:
    """True when `period` stands alone in brackets right after a plan's name (one of `plans`):
    发展规划[（2021—2030年）]."""
    start = period.start
    if start < 2:
        return False
    close = brackets.get(text[start - 1], "")
    return bool(close) and text.startswith(close, period.end) and text.endswith(plans, 0, start - 1)


def join_glosses(text: str, found: list[PeriodMatch], brackets: dict[str, str]) -> None:
    """In `found`, a time and the months a bracket right after it glosses it with read as one
    (汛期（5—9月）: the flood season, May to September): the gloss says its months."""
    index = 0
    while index < len(found) - 1:
        period, gloss = found[index], found[index + 1]
        close = brackets.get(text[period.end : period.end + 1], "")
        if (
            close
            and gloss.start == period.end + 1
            and text[gloss.end : gloss.end + 1] == close
            and period.start_month is None
            and period.first_year is None
            and gloss.start_month is not None
        ):
            period.end = gloss.end + 1  # a match of this call's own: changed in place
            period.text = text[period.start : period.end]
            period.start_month, period.end_month = gloss.start_month, gloss.end_month
            del found[index + 1]
        index += 1


def join_quoted_names(
    text: str,
    found: list[PeriodMatch],
    words: frozenset[str],
    opening_quotes: frozenset[str],
    closing_quotes: frozenset[str],
    longest: int,
) -> None:
    """In `found`, a holiday word (one of `words`: 假期, 黄金周) right after a quoted name of at most
    `longest` ideographs or digits read with its name (“五一”假期), and a year right before the name
    with both (2026年“五一”假期: that year's, no months known)."""
    index = 0
    while index < len(found):
        period = found[index]
        opening = (
            _quoted_name_start(text, period.start, opening_quotes, closing_quotes, longest)
            if period.text in words
            else -1
        )
        if opening < 0:
            index += 1
            continue
        period.start = opening  # a match of this call's own: changed in place
        period.text = text[opening : period.end]
        if index > 0:
            year = found[index - 1]
            if year.end == opening and year.first_year is not None and year.start_month is None:
                year.end = period.end
                year.text = text[year.start : year.end]
                del found[index]
                continue
        index += 1


def _quoted_name_start(
    text: str, end: int, opening_quotes: frozenset[str], closing_quotes: frozenset[str], longest: int
) -> int:
    """Where the opening quote of a short quoted name ending right before `end` stands; -1 when none."""
    if end < 3 or text[end - 1] not in closing_quotes:
        return -1
    at = end - 2
    while at >= max(0, end - 2 - longest):
        char = text[at]
        if char in opening_quotes:
            return at if at < end - 2 else -1
        if not (char.isdigit() or "\u4e00" <= char <= "\u9fff"):
            return -1
        at -= 1
    return -1
