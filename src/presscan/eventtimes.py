"""Events as periods: a festival, a fair or a campaign season and the word for its span
(购物节期间, 消费季期间, 进博会期间) is the period of what happened during it. Their names are open
(any words before 节, 会, 季), so the time pattern, gated on the first characters of known words,
does not hold them; they are found from their span word instead. periods.PeriodFinder asks, and asks
too where a time that the pattern found runs on over what happened then to 以来 (自2014年首发以来).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from presscan.periodtypes import PeriodMatch

_EVENT_CHARACTERS: Final = 8  # an event's name before its span word is at most this long
_SINCE_VERB_CHARACTERS: Final = 4  # what happened at a time, before 以来: 2014年[首发]以来, 2018年[机构改革]以来


def _ideograph(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def add_event_periods(
    text: str,
    found: list[PeriodMatch],
    spans: tuple[str, ...],
    kinds: frozenset[str],
    stops: frozenset[str],
    closing_quotes: frozenset[str] = frozenset(),
    within_year: bool = True,
) -> None:
    """Put into `found` (times in order of start) each event named before one of `spans` (期间)
    whose last character is one of `kinds` (节, 会): 购物节期间. The name runs back over ideographs
    to the nearest mark, digit, one of `stops` or a time found already, at most _EVENT_CHARACTERS;
    a name no time was found in and one that is no longer than its kind character are left. A
    name in quotes (“三夏”期间) runs back to its opening quote. An event's span lies within the
    year in force (`within_year`); the time since one (十三届三次会议以来) has no years known."""
    for span in spans:
        at = text.find(span)
        while at >= 0:
            if at > 1 and text[at - 1] in kinds:
                _add(text, found, at, span, stops, within_year)
            elif at > 2 and text[at - 1] in closing_quotes and text[at - 2] in kinds:
                _add_quoted(text, found, at, span, within_year)
            at = text.find(span, at + len(span))


def add_edge_periods(
    text: str, found: list[PeriodMatch], edges: list[str], openers: frozenset[str], units: list[str]
) -> None:
    """Put into `found` each time before or after an event where a change starts from it and 的
    follows (由[改革前]的3.2次, 从[集采前]的均价): the opener, the event's name (ideographs, at most
    _EVENT_CHARACTERS) and the edge (前), its years not known; not over a time found already, nor a
    time ago (由五年前的: the name ends with one of `units`)."""
    for edge in edges:
        at = text.find(edge + "的")
        while at >= 0:
            if text[at - 1 : at] in units:
                at = text.find(edge + "的", at + 2)
                continue
            start = at
            while (
                start > max(0, at - _EVENT_CHARACTERS)
                and _ideograph(text[start - 1])
                and text[start - 1] not in openers
            ):
                start -= 1
            if at - start >= 2 and start > 0 and text[start - 1] in openers:
                index = bisect_left([period.start for period in found], start)
                if (index == 0 or found[index - 1].end <= start - 1) and (
                    index == len(found) or found[index].start > at
                ):
                    _insert(text, found, index, start - 1, at + 1, False)
                    found[index].clause_only = True  # the start of the change only, as 由上年的 is
            at = text.find(edge + "的", at + 2)


def _add_quoted(text: str, found: list[PeriodMatch], at: int, span: str, within_year: bool) -> None:
    """“三夏”期间: the quoted name and its span word, when the quote holds ideographs only."""
    start = at - 2
    while start > max(0, at - 2 - _EVENT_CHARACTERS) and _ideograph(text[start - 1]):
        start -= 1
    if start == 0 or _ideograph(text[start - 1]) or text[start - 1].isspace():
        return  # no opening quote right before the name
    index = bisect_left([period.start for period in found], at + len(span))
    if index == 0 or found[index - 1].end <= start - 1:
        _insert(text, found, index, start - 1, at + len(span), within_year)


def _add(text: str, found: list[PeriodMatch], at: int, span: str, stops: frozenset[str], within_year: bool) -> None:
    starts = [period.start for period in found]  # few times per piece: a list is cheap
    index = bisect_left(starts, at + len(span))
    floor = max(0, at - 1 - _EVENT_CHARACTERS)
    if index > 0:
        before = found[index - 1]
        if before.end > at - 1:
            return  # 春节期间: a time word of the pattern's own
        floor = max(floor, before.end)  # 今年购物节期间: the time before stays a time of its own
    start = at - 1
    while start > floor and _ideograph(text[start - 1]) and text[start - 1] not in stops:
        start -= 1
    if at - 1 - start < 1:
        return  # 节期间 alone: no event named
    _insert(text, found, index, start, at + len(span), within_year)


def _insert(text: str, found: list[PeriodMatch], index: int, start: int, end: int, within_year: bool) -> None:
    """The event text[start:end] into `found` at `index`: a period within the year in force, like a
    holiday (`within_year`), or one whose years are not known."""
    period = PeriodMatch(text[start:end], start, end)
    period.within_year = within_year
    found.insert(index, period)


def since_end(text: str, end: int, since: tuple[str, ...], stops: frozenset[str]) -> int:
    """Where a time that ends at `end` ends when a verb of what happened then and a word of since
    follow it (自2014年[首发以来], 2018年[机构改革以来]: since then, as 2014年以来 is): past the word
    of since; else `end`."""
    for word in since:
        # a scan in C first: most times have no word of since a few characters after them
        at = text.find(word, end + 1, end + _SINCE_VERB_CHARACTERS + len(word))
        if at > end and all(_ideograph(char) and char not in stops for char in text[end:at]):
            return at + len(word)
    return end
