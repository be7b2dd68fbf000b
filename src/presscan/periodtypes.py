"""What a time expression is once found (PeriodMatch), its years and months once resolved
(ResolvedPeriod), and the years a document is written in and reports on (DocumentYears):
the records periods.py's finder makes and the pipeline's later stages read.
"""

from __future__ import annotations

import re
from typing import Final

FROM_TEXT: Final = "text"
FROM_DOCUMENT: Final = "document"
FROM_OPTION: Final = "option"

# a full date: 2026年3月12日, or as web pages write it, 2026-03-12 (2026/3/12, 2026.03.12)
FULL_DATE = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})(?:年[0-9]{1,2}月[0-9]{1,2}日|([-/.])[01]?[0-9]\2[0-3]?[0-9](?![0-9]))"
)


def has_full_date(text: str) -> bool:
    """True when `text` holds a full date (2026年3月12日, 2026-03-12): a day, not a period."""
    return FULL_DATE.search(text) is not None


class DocumentYears:
    """The year a document was written (`now`, for 今年 and 五年来) and the year it reports
    on (`reporting`, for 全年 where nothing nearer says), and where they come from."""

    __slots__ = ("now", "now_source", "reporting")

    def __init__(self, now: int | None, reporting: int | None, now_source: str = FROM_DOCUMENT) -> None:
        self.now = now
        self.reporting = reporting  # always read from the document itself
        self.now_source = now_source  # FROM_DOCUMENT, or FROM_OPTION when `year` gave it


NO_YEARS = DocumentYears(None, None)


class PeriodMatch:
    """A time expression as found (normalised offsets) and what it says of its years."""

    __slots__ = (
        "absolute",
        "clause_only",
        "effective",
        "end",
        "end_month",
        "first_year",
        "last_year",
        "open_ended",
        "relative_first",
        "relative_last",
        "restated",
        "same_as_before",
        "start",
        "start_month",
        "text",
        "whole_year",
        "within_year",
    )

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.first_year: int | None = None  # as written
        self.last_year: int | None = None
        self.relative_first: int | None = None  # offsets from the year the document was written
        self.relative_last: int | None = None
        self.within_year = False  # takes the year in force: 全年, 一季度, 3月份
        self.whole_year = False  # stands for that whole year: 全年, 当年
        self.same_as_before = False  # the period in force before it, months and all: 同期
        self.start_month: int | None = None
        self.end_month: int | None = None
        self.open_ended = False  # 2017年以来: no last year
        self.clause_only = False  # 从1996年: the start of a change, for its own clause only
        self.restated = False  # 11月当月: that month alone, for its own sentence only
        self.effective = False  # 自8月1日起: when a rule took effect, the frame of its own sentence only
        # start and end are offsets in the whole original text, not in a piece's normalised
        # text: a section's period carried into the next piece (see core)
        self.absolute = False

    def moved(self, start: int, end: int, written: str) -> PeriodMatch:
        """A copy at `start`, `end` in the whole original text, where it reads `written`."""
        copy = PeriodMatch(written, start, end)
        copy.first_year, copy.last_year = self.first_year, self.last_year
        copy.relative_first, copy.relative_last = self.relative_first, self.relative_last
        copy.within_year, copy.open_ended, copy.clause_only = self.within_year, self.open_ended, self.clause_only
        copy.start_month, copy.end_month = self.start_month, self.end_month
        copy.whole_year, copy.same_as_before = self.whole_year, self.same_as_before
        copy.restated, copy.effective = self.restated, self.effective
        copy.absolute = True
        return copy


class ResolvedPeriod:
    """A period's years and months, and where the years come from."""

    __slots__ = ("end_month", "end_year", "resolved_from", "start_month", "start_year")

    def __init__(
        self,
        start_year: int | None,
        end_year: int | None,
        start_month: int | None,
        end_month: int | None,
        resolved_from: str | None,
    ) -> None:
        self.start_year = start_year
        self.end_year = end_year
        self.start_month = start_month
        self.end_month = end_month
        self.resolved_from = resolved_from
