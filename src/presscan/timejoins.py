"""Time expressions read together with the words next to them: a month and the word that restates it
(11月当月), a season and the months a bracket glosses it with (汛期（5—9月）), and a plan's span in
brackets that is part of its name (发展规划（2021—2030年）), no time at all. periods.PeriodFinder
asks, once the times of a text are found.
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
