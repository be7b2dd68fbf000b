"""Sections of a document: its numbered headings (一、…, （一）…, 1. …) and its title, each
with the status and period it sets for the figures below it.

A numbered heading carries a period, and a status when its words say it reviews results or
sets goals; a heading under another takes what it does not say from the one above it. A title
that names its time (2025年全省水资源公报) is a section over the whole text.
"""

from __future__ import annotations

from presscan.periods import PeriodFinder, PeriodMatch, ResolvedPeriod, has_full_date
from presscan.punctuation import HARD_BREAK
from presscan.segment import Spans, bisect_right
from presscan.tokens import Marks

ACTUAL = "actual"
TARGET = "target"


class Section:
    """A numbered heading's say over the figures below it: its status and its period."""

    __slots__ = ("level", "outer", "period", "resolved", "start", "status", "titled")

    def __init__(self, start: int, level: int, status: str | None, period: PeriodMatch | None) -> None:
        self.start = start
        self.level = level
        self.status = status
        self.period = period
        self.resolved: ResolvedPeriod | None = None
        self.titled = False  # its period is the document title's
        self.outer: Section | None = None  # the section it stands under: a lower level, or the title


class Sections:
    """Section rules over one pattern set."""

    def __init__(
        self,
        finder: PeriodFinder,
        marks: Marks,
        numerals: frozenset[str],
        target_sections: tuple[str, ...],
        actual_sections: tuple[str, ...],
        deadlines: tuple[str, ...],
        bylines: tuple[str, ...] = (),
        joiners: tuple[str, ...] = (),
    ) -> None:
        self.finder = finder
        self.marks = marks
        self.numerals = numerals
        self.target_sections = target_sections
        self.actual_sections = actual_sections
        self.deadlines = deadlines  # a period ending in one of these is a goal's horizon (年底前)
        self.bylines = bylines  # a line opening with one is a page's byline (来源：…　发布时间：…)
        self.joiners = joiners  # words that join two things in a heading (存在的问题[和]下一步工作)

    def _heading_status(self, heading: str) -> str | None:
        """What a heading says of its figures: results (回顾, 推进情况), goals (重点任务, 下一步工作), or
        nothing. With words of both, the one the heading's name ends with (二、重点任务[推进情况]: the
        progress of the tasks, results), unless two things are joined (三、存在的问题[和]下一步工作): each
        sentence's words tell."""
        review = max((heading.rfind(word) + len(word) for word in self.actual_sections if word in heading), default=-1)
        plan = max((heading.rfind(word) + len(word) for word in self.target_sections if word in heading), default=-1)
        if review < 0 and plan < 0:
            return None
        if review >= 0 and plan >= 0:
            first = min(
                heading.find(word) for word in (*self.actual_sections, *self.target_sections) if word in heading
            )
            if any(joiner in heading[first:] for joiner in self.joiners):
                return None  # the joiner between the two, not the numbering's (二、)
        return ACTUAL if review > plan else TARGET

    def read(
        self,
        text: str,
        headings: list[tuple[int, int]],
        found: list[PeriodMatch],
        carried: Section | None,
        title: tuple[int, int] | None = None,
        lead: tuple[int, int] | None = None,
    ) -> list[Section]:
        """The numbered headings, each with the status and period it sets: its own, else those
        of the heading it stands under (（一） under 一、). `carried` is the section in force
        where the text starts (the last of the piece before). A document's `title` that names
        its time (2025年全省水资源公报) is a section over all of them (see _title_section); so is
        the `lead`, what a figureless first sentence announces (see lead), when the title names none."""
        sections: list[Section] = []
        while carried is not None:  # with the sections it stands under, for headings to come
            sections.insert(0, carried)
            carried = carried.outer
        starts = [period.start for period in found]
        section = self._title_section(text, title, found, starts) if title is not None else None
        if section is None and lead is not None:
            section = self._title_section(text, lead, found, starts)  # …，通报[2025年全市热线运行情况]。
        if section is not None:
            sections.append(section)
        for start, end in headings:
            heading = text[start:end]
            level = self.heading_level(heading)
            if level == 0:
                continue  # a title, or a line without a number: no section
            status = self._heading_status(heading)
            first = bisect_right(starts, start - 1)
            period = found[first] if first < len(found) and found[first].end <= end else None
            if period is not None and period.text.endswith(self.deadlines):
                period = None  # 2025年底前: a goal's horizon dates its own sentence, not a section
            titled = False
            above: Section | None = None
            for outer in reversed(sections):
                if outer.level < level:
                    status = status if status is not None else outer.status
                    if period is None:
                        period, titled = outer.period, outer.titled
                    above = outer
                    break
            section = Section(start, level, status, period)
            section.titled, section.outer = titled, above
            sections.append(section)
        return sections

    def lead(
        self, text: str, sentences: Spans, figure_starts: list[int], title: tuple[int, int] | None
    ) -> tuple[int, int] | None:
        """What the text's first sentence announces, from its first `lead_verbs` word on, when the
        sentence holds no figure (1月15日，市政府新闻办召开新闻发布会，通报[2025年全市12345热线
        运行情况]。): it names the time of the text as a title would."""
        verbs = self.finder.document.lead_verbs
        if not verbs or not len(sentences):
            return None
        start = self._past_bylines(text, title[1] if title is not None else 0)
        if start >= len(text):
            return None
        _, sentence_end = sentences.find(start)
        following = bisect_right(figure_starts, start - 1)
        if following < len(figure_starts) and figure_starts[following] < sentence_end:
            return None  # the sentence states figures of its own
        at = min(
            (found for found in (text.find(verb, start, sentence_end) for verb in verbs) if found >= 0), default=-1
        )
        return (at, sentence_end) if at >= 0 else None

    def _past_bylines(self, text: str, start: int) -> int:
        """Where the first sentence after `start` opens: past line breaks (HARD_BREAK, a sentence
        end), blank lines and a page's byline lines (来源：市政务服务和数据管理局　发布时间：…)."""
        while True:
            while start < len(text) and (text[start].isspace() or text[start] in self.marks.sentence_ends):
                start += 1
            if not (self.bylines and text.startswith(self.bylines, start)):
                return start
            line_end = text.find(HARD_BREAK, start)
            if line_end < 0:
                return len(text)
            start = line_end

    def _title_section(
        self, text: str, title: tuple[int, int], found: list[PeriodMatch], starts: list[int]
    ) -> Section | None:
        """The section a document's title opens, when the title names one time as written: a
        year or a month (2025年…公报, 2026年10月…运行情况) or the time since an event (…会议以来), and no other. A title's 今年 or
        目前 is a headline's, not a report's, and two times (2025年…与2026年…) say nothing
        for the text as a whole; a deadline (2027年底前) is a goal's horizon, and a full
        date (2026年3月12日) the day it was written or an event's. It sets no
        status: a title's words (执行情况, 计划) may cover parts of both kinds. Nor does a work
        report's (see `work_report_titles`)."""
        start, end = title
        line = text[start:end]
        document = self.finder.document
        if any(word in line for word in document.work_report_titles) and not any(
            word in line for word in document.covered_years
        ):
            return None  # 2026年政府工作报告: the year it was given, not the one it reviews
        if has_full_date(line):
            return None  # a date line (2026年3月12日), or a headline's day: when, not what
        first = bisect_right(starts, start - 1)
        times = [period for period in found[first:] if period.end <= end]
        if not times:
            return None
        period = times[0]
        if (
            period.first_year is None
            and period.start_month is None
            and (period.relative_first is not None or not period.text.endswith(self.finder.since_spans))
        ):
            return None  # …以来 (关于十三届三次会议以来提案工作情况的报告): what the report covers, no years known
        for other in times[1:]:
            if (other.first_year, other.last_year) != (period.first_year, period.last_year):
                return None
        if period.text.endswith(self.deadlines):
            return None
        section = Section(start, 0, None, period)
        section.titled = True
        return section

    def heading_level(self, heading: str) -> int:
        """1 for 一、…, 2 for （一）…, 3 for 1. or 1、…; 0 for a heading without a number (a title)."""
        stripped = heading.lstrip()
        if not stripped:
            return 0
        if stripped[0] in self.numerals:
            rest = stripped.lstrip("".join(self.numerals))
            return 1 if rest[:1] in self.marks.list_marks else 0
        if stripped[0] in self.marks.opening_brackets:
            return 2
        if stripped[0].isdigit():
            rest = stripped.lstrip("0123456789")
            # 1. or 1、: a number and a list mark (2025年底前… starts with a year, not a number)
            return 3 if rest[:1] in self.marks.list_marks or rest[:1] == "." else 0  # ． is folded to .
        return 0
