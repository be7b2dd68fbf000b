"""Time expressions: find them, and resolve them to years and months.

Every word comes from patterns/periods.toml (and month numerals from
numerals.toml, ranges from number_words.toml). Which figure a time expression
belongs to is attribute.py's business; this module says what each expression
is: its years as written (2025年, 70年代, “十四五”时期), as an offset from the
year the document was written (今年, 五年来), or within the year in force
(全年, 一季度, 3月份).
"""

from __future__ import annotations

import re
from typing import Final, cast

from presscan.eventtimes import add_edge_periods, add_event_periods, since_end
from presscan.matchwords import code_table, has_code
from presscan.numerals import parse_chinese
from presscan.patternset import AttributionWords, PatternSet
from presscan.periodtypes import (  # re-exported: the pipeline's other stages import them from here
    FROM_DOCUMENT,
    FROM_OPTION,
    FROM_TEXT,
    FULL_DATE,
    DocumentYears,
    PeriodMatch,
    ResolvedPeriod,
    has_full_date,
)
from presscan.timegate import TimeScan
from presscan.timejoins import join_glosses, join_quoted_names, join_restated, names_a_plan
from presscan.timepattern import ASCII_DIGITS, gate, time_pattern

__all__ = [
    "FROM_DOCUMENT",
    "FROM_OPTION",
    "FROM_TEXT",
    "DocumentYears",
    "PeriodFinder",
    "PeriodMatch",
    "ResolvedPeriod",
    "has_full_date",
]


_TITLE_YEAR = re.compile(r"((?:19|20)[0-9]{2})年")
_TITLE_LENGTH: Final = 80  # a title is a short line
# the years of a decade: 70年代 -> 1970 to 1979 unless a century word says otherwise
_DEFAULT_CENTURY: Final = 1900


# how far a bracket that opens with a time may run to its figure and its closing mark
_ASIDE_CHARACTERS: Final = 24
QUOTED_NAME: Final = 6  # the longest quoted name of a holiday: “五一”假期, “双十一”期间


class PeriodFinder:
    """Finds and resolves time expressions; built once per pattern set."""

    def __init__(self, patterns: PatternSet) -> None:
        words: AttributionWords = patterns.attribution
        p = words.period
        self.words = p
        self.document = words.document
        self.digits = dict(patterns.digits)
        self.places = dict(patterns.places)
        numeral_chars = "".join(sorted({*patterns.digits, *(c for c, v in patterns.places.items() if v == 10)}))
        # a full date in numerals, as official documents sign them (二〇二六年三月十八日): compiled the
        # first time a document has no date in digits (a class beyond Latin-1 costs start-up time)
        digit_chars = re.escape("".join(sorted(c for c, v in patterns.digits.items() if 0 <= v <= 9)))
        numerals = re.escape(numeral_chars)
        self._numeral_date_source = (
            f"([{digit_chars}]{{4}})年[{numerals}]{{1,3}}月[{numerals}]{{1,3}}日" if digit_chars else ""
        )
        self._numeral_date: re.Pattern[str] | None = None
        # 第十五个五年规划: the Nth five-year plan ([document] counted_plan: the words around N)
        around = self.document.counted_plan
        self._nth_plan = (
            re.compile(f"{re.escape(around[0])}([{re.escape(numeral_chars)}]{{1,3}}){re.escape(around[1])}")
            if len(around) == 2 and numeral_chars
            else None
        )
        # what follows the first character: only where a time expression can start is the
        # whole pattern tried (see timepattern.gate); `body` is that pattern without the gate
        self.body, openings = time_pattern(patterns)
        firsts, lookahead, self.gate_table = gate(openings)
        # re searches for a pattern that opens with a class in a loop in C; at each character a
        # time can open with, the lookbehind steps back over it and the lookahead tries the gate
        # and the pattern there (group `time`). find goes on after the time, as finditer did.
        self.scan = re.compile(f"{firsts}(?<=(?={lookahead}(?P<time>{self.body}))(?s:.))")
        self._time = self.scan.groupindex["time"]
        self._alphabet = frozenset(self.body) | frozenset(ASCII_DIGITS)  # what a time is written with
        self._gate, self._whole = lookahead, cast("re.Pattern[str] | None", None)
        self._numbers = _GroupNumbers(dict(self.scan.groupindex))
        self.within = frozenset(p.within_year)
        self.whole = frozenset(p.whole_year)
        self.brackets = dict(patterns.punctuation.brackets)  # an opening bracket and its closing one
        self.closing_quotes = frozenset(patterns.punctuation.quotes.values())
        self.opening_quotes = frozenset(patterns.punctuation.quotes)
        self.quoted_holidays = frozenset(p.quoted_holidays)
        self.same_period = frozenset(p.same_period)
        self.restating = frozenset(p.restating_words)
        # a time word that a verb's character before it makes part of the verb: 出现在 (出现 + 在)
        self.inside_verbs = {word: "".join(chars) for word, chars in p.not_after_words.items()}
        # a time word that opens a price basis is part of it: 按[当年]价计算 (当年价), no time
        self.event_spans = tuple(p.event_spans)
        self.event_kinds, self.event_stops = frozenset(p.event_kinds), frozenset(p.event_stops)
        self.since_spans, self.since_kinds = tuple(p.since_spans), frozenset(p.since_kinds)
        self.price_words = {
            word: tuple(base for base in p.price_bases if base.startswith(word))
            for word in p.within_year
            if any(base.startswith(word) for base in p.price_bases)
        }
        self.open_ended = tuple(p.open_ended)
        self.named_plans = tuple(p.named_plans)
        self.clause_only = frozenset(p.clause_only_prefixes)
        self.effective_suffixes = tuple(p.effective_suffixes)
        self.list_marks = frozenset(patterns.punctuation.list_marks)
        # the character before a time, by code point (matchwords.code_table): no string made of it
        self.list_mark_codes, self.bracket_codes = code_table(self.list_marks), code_table(self.brackets)
        self.review_words = tuple(words.status.actual_sections)

    # ----- finding -------------------------------------------------------------------
    def find(self, text: str) -> list[PeriodMatch]:
        """The time expressions of `text`, as the pattern's finditer finds them."""
        found: list[PeriodMatch] = []
        search = TimeScan(self.scan, self.gate_table, text).search  # scan.search, by the gate's table
        match = search(0)
        inside_verbs = self.inside_verbs
        price_words = self.price_words
        while match is not None:
            period = self._read(match, text)
            verbs = inside_verbs.get(period.text) if inside_verbs and period.start > 0 else None
            if not (
                verbs is not None and text[period.start - 1] in verbs  # 出[现在]7月29日
            ) and not (price_words and text.startswith(price_words.get(period.text, ()), period.start)):
                found.append(period)
            match = search(period.end if period.end > period.start else period.start + 1)
        if self.restating:
            join_restated(found, self.restating)
        if self.named_plans and self.brackets:
            codes, brackets, plans = self.bracket_codes, self.brackets, self.named_plans  # a bracket first, by code
            found[:] = [
                t for t in found if not (has_code(codes, text, t.start - 1) and names_a_plan(text, t, brackets, plans))
            ]
        if self.quoted_holidays:
            join_quoted_names(text, found, self.quoted_holidays, self.opening_quotes, self.closing_quotes, QUOTED_NAME)
        if self.event_spans and self.event_kinds:
            add_event_periods(text, found, self.event_spans, self.event_kinds, self.event_stops, self.closing_quotes)
        if self.since_spans and self.since_kinds:
            add_event_periods(text, found, self.since_spans, self.since_kinds, self.event_stops, within_year=False)
        add_edge_periods(text, found, self.words.event_edges, self.clause_only, self.words.event_edges_not_after)
        if self.brackets:
            join_glosses(text, found, self.brackets)
            ends = {period.end for period in found}
            for period in found:
                if self._aside(text, period) or (period.start - 1 in ends and text[period.start - 1] in self.brackets):
                    # （[上年]为11.4/10万）: the time of an aside's figure only; 6—8月（[8月]为预计数）: a
                    # note on the time before it
                    period.clause_only = True
        if self.list_marks:
            for index in range(len(found) - 1, -1, -1):
                start = found[index].start
                if start >= 2 and has_code(self.list_mark_codes, text, start - 1):
                    found[index:index] = self._abbreviated(text, found[index])
        return found

    def _aside(self, text: str, period: PeriodMatch) -> bool:
        """True when `period` opens a bracket that gives a figure of its own (（上年为11.4/10万）)."""
        start = period.start
        if start == 0 or not has_code(self.bracket_codes, text, start - 1):
            return False
        close = text.find(self.brackets[text[start - 1]], period.end, period.end + _ASIDE_CHARACTERS)
        return close > 0 and any(char.isdigit() for char in text[period.end : close])

    def _abbreviated(self, text: str, period: PeriodMatch) -> list[PeriodMatch]:
        """The parts of the year a list writes short before `period`: in 一、二、三季度 the 一 and
        the 二 stand for 一季度 and 二季度 (as [period.months] has them), each with its months,
        for listed figures to pair with (一、二、三季度分别增长…). Nothing else changes: the
        figures after the list are still in 三季度's."""
        months = self.words.months
        rest = period.text[1:]
        if period.text not in months or not rest:
            return []
        listed: list[PeriodMatch] = []
        at = period.start
        while at >= 2 and text[at - 1] in self.list_marks and text[at - 2] + rest in months:
            short = PeriodMatch(text[at - 2], at - 2, at - 1)
            short.within_year = period.within_year
            short.start_month, short.end_month = months[text[at - 2] + rest]
            listed.insert(0, short)
            at -= 2
        return listed

    @property
    def pattern(self) -> re.Pattern[str]:
        """The time pattern alone, for a time that fills a stretch (`fullmatch`), compiled on demand."""
        if self._whole is None:
            self._whole = re.compile(self._gate + self.body)  # the gate first: most lines are no time
        return self._whole

    def fills(self, text: str, start: int, end: int) -> bool:
        """pattern.fullmatch(text, start, end) is not None, mostly told without it (its compiling
        costs start-up some 5 ms): no time opens at `start`, or the first one there ends at `end`, or
        a character after it is one no time is written with (of none of the pattern's words)."""
        table = self.gate_table  # compiled: no match where the gate's table says no time opens (re tests it later)
        if table.by_table and start >= 0 and (start >= end or not table.opens(text, start)):
            return False
        opened = self.scan.match(text, start, end)
        if opened is None:
            return False
        after = opened.end(self._time)
        if after == end:
            return True
        if not self._alphabet.issuperset(text[after:end]):
            return False
        return self.pattern.fullmatch(text, start, end) is not None

    def _read(self, match: re.Match[str], text: str) -> PeriodMatch:
        p = self.words
        # the groups by number, once (groupdict builds a dict of every name), read by their numbers
        values = match.groups()
        numbers = self._numbers
        start, end = match.span(self._time)
        end = since_end(text, end, self.open_ended, self.event_stops)  # 自2014年[首发以来]: since then
        period = PeriodMatch(text[start:end], start, end)  # text, not match.string: an attribute lookup
        period.clause_only = _value(values, numbers.prefix) in self.clause_only
        if period.clause_only and text.startswith(self.effective_suffixes, end):
            # [自]8月1日[起]: from then on, no change's start; the suffix is part of what is written
            suffix = next(word for word in self.effective_suffixes if text.startswith(word, end))
            period = PeriodMatch(text[start : end + len(suffix)], start, end + len(suffix))
            period.effective = True
        period.open_ended = period.text.endswith(self.open_ended)
        period.clause_only = period.clause_only and not period.open_ended  # [自]2019年以来: since, not a start
        y1 = _value(values, numbers.y1)
        if y1 is not None:
            period.first_year = self._year(y1)
            y2 = _value(values, numbers.y2)
            period.last_year = self._year(y2) if y2 is not None else period.first_year
            if period.first_year is None:
                period.last_year = None
        cohort = _value(values, numbers.cohort)
        if cohort is not None:
            period.first_year = period.last_year = int(cohort)  # 2026届: the class of that year
        relative = _value(values, numbers.rel)
        if relative is not None:
            period.relative_first = period.relative_last = p.relative_years[relative]
        span = _value(values, numbers.span)
        if span is not None:
            period.relative_first, period.relative_last = p.spans[span]
        decade = _value(values, numbers.decade)
        if decade is not None:
            tens = int(decade[0]) if decade[0].isdigit() else self.digits.get(decade[0], 0)
            century_word = _value(values, numbers.century)
            century = p.centuries[century_word] if century_word else _DEFAULT_CENTURY
            period.first_year = century + tens * 10
            period.last_year = period.first_year + 9
        plan = _value(values, numbers.plan) or _value(values, numbers.bare_plan)
        if plan is not None:
            period.first_year, period.last_year = p.plans[plan]
        m1 = _value(values, numbers.ym1) or _value(values, numbers.m1)
        if m1 is not None:
            period.start_month = self._month(m1)
            m2 = _value(values, numbers.ym2) or _value(values, numbers.m2)
            period.end_month = self._month(m2) if m2 is not None else period.start_month
        sub = (
            _value(values, numbers.sub)
            or _last_word(_value(values, numbers.suffix), p.months)
            or _last_word(_value(values, numbers.word), p.months)
        )
        if sub is not None and sub in p.months and period.start_month is None:
            period.start_month, period.end_month = p.months[sub]
        count = _value(values, numbers.count) or _value(values, numbers.lead_count)
        if count is not None:
            period.start_month, period.end_month = 1, self._month(count)
        word = _value(values, numbers.word)
        period.whole_year = (word is not None and word in self.whole) or (sub is not None and sub in self.whole)
        period.same_as_before = word is not None and word in self.same_period
        if (
            (word is not None and word in self.within)
            or (sub is not None and (sub in self.within or count is not None) and y1 is None and relative is None)
            or (_value(values, numbers.m1) is not None)
            or _value(values, numbers.weekday) is not None
            or _value(values, numbers.lead_count) is not None
        ):
            period.within_year = True
        if period.open_ended:
            period.last_year = None if period.first_year is not None else period.last_year
            # ...except since the start of the year of writing (今年以来): that ends within it
            period.relative_last = None if period.relative_first not in (None, 0) else period.relative_last
        return period

    def _year(self, written: str) -> int | None:
        """2025 or 二〇二五 (digit by digit); None for what is no plausible year (二二二二)."""
        if written.isdigit():
            return int(written)
        value = int("".join(str(self.digits.get(char, 0)) for char in written))
        return value if 1000 <= value <= 2999 else None

    def _month(self, written: str) -> int | None:
        if written.isdigit():
            value = int(written)
        else:
            value = 0
            digit = 0
            for char in written:
                if char in self.digits:
                    digit = self.digits[char]
                elif self.places.get(char) == 10:
                    value += (digit or 1) * 10
                    digit = 0
            value += digit
        return value if 1 <= value <= 12 else None

    # ----- resolving -----------------------------------------------------------------
    def resolve(self, period: PeriodMatch, in_force: ResolvedPeriod | None, document: DocumentYears) -> ResolvedPeriod:
        """The years of `period`: as written, else from the document's year, else (全年,
        3月份) from the period in force before it or the year the document reports on."""
        if period.first_year is not None:
            last = period.last_year
            if last is None and period.open_ended and period.first_year == document.now:
                last = document.now  # 2026年以来, written in 2026: within that year
            return ResolvedPeriod(period.first_year, last, period.start_month, period.end_month, FROM_TEXT)
        if period.relative_first is not None:
            if document.now is None:
                if document.reporting is not None and period.relative_first == 0 and not period.relative_last:
                    # 2026年全省就业工作新闻发布会: its 今年 is the year it reports on, whenever written
                    reported = document.reporting
                    return ResolvedPeriod(reported, reported, period.start_month, period.end_month, FROM_DOCUMENT)
                return ResolvedPeriod(None, None, period.start_month, period.end_month, None)
            first = document.now + period.relative_first
            last = document.now + period.relative_last if period.relative_last is not None else None
            return ResolvedPeriod(first, last, period.start_month, period.end_month, document.now_source)
        if period.same_as_before and in_force is not None:
            return ResolvedPeriod(
                in_force.start_year, in_force.end_year, in_force.start_month, in_force.end_month, in_force.resolved_from
            )
        if period.within_year:
            if in_force is not None and in_force.start_year is not None and in_force.start_year == in_force.end_year:
                known = in_force.start_year
                return ResolvedPeriod(known, known, period.start_month, period.end_month, in_force.resolved_from)
            year = document.reporting if document.reporting is not None else document.now
            source = FROM_DOCUMENT if document.reporting is not None else document.now_source
            if year is not None:
                return ResolvedPeriod(year, year, period.start_month, period.end_month, source)
        return ResolvedPeriod(None, None, period.start_month, period.end_month, None)

    # ----- the document's own year ---------------------------------------------------------
    def document_years(self, head: str, option_year: int | None = None, title: str | None = None) -> DocumentYears:
        """The years of a document from its first characters (normalised) and its title line, if
        it has one: a full date there says when it was written; a title with a year says what it
        reports on or plans, and a title line with a year and neither kind of word names the year
        it reports on; a heading that reviews a year (2025年工作回顾) was written the year after. `option_year` (--year) stands in for the year of writing where the text
        says nothing of it."""
        size = self.document.head_characters or 400
        head = head[:size]
        now: int | None = None
        reporting: int | None = None
        dated = FULL_DATE.search(head)
        if dated is not None:
            now = int(dated.group(1))
        elif self._numeral_date_source:
            if self._numeral_date is None:
                self._numeral_date = re.compile(self._numeral_date_source)
            signed = self._numeral_date.search(head)
            now = self._year(signed.group(1)) if signed is not None else None
        kind_named = False
        titled = _TITLE_YEAR.search(head)
        if titled is not None:
            after = head[titled.end() : titled.end() + 40]
            year = int(titled.group(1))
            covered = head.startswith(tuple(self.document.covered_years), titled.end() - 1)
            if covered or any(word in after for word in self.document.report_titles):
                reporting, kind_named = year, True
                now = now if now is not None else year + 1
            elif any(word in after for word in self.document.plan_titles):
                kind_named = True
                now = now if now is not None else year
            elif any(word in after.split("\n", 1)[0] for word in self.review_words):
                # 一、2025年工作回顾 near the top (a work report copied without its date line):
                # the year it looks back on is the year before it was written
                now = now if now is not None else year + 1
        if not kind_named and title is not None:
            named = _TITLE_YEAR.search(title)
            if named is not None:
                reporting = int(named.group(1))  # 省政府新闻办举行2026年一季度经济运行情况新闻发布会
        if now is None and not kind_named:
            now = self._plan_title_year(title if title is not None else head.split("\n", 1)[0])
        if now is None and option_year is not None:
            return DocumentYears(option_year, reporting, FROM_OPTION)
        return DocumentYears(now, reporting)

    def _plan_title_year(self, title: str) -> int | None:
        """The first year of the five-year plan a title names with a plan word (“十五五”规划纲要,
        第十五个五年规划): the year such a plan is written in; None for any other title."""
        title = title[:_TITLE_LENGTH]
        if not any(word in title for word in self.document.plan_titles):
            return None
        for name in sorted(self.words.plans, key=len, reverse=True):
            at = title.find(name)
            if at >= 0 and (self._nth_plan is None or self._nth_plan.match(title, max(0, at - 1)) is None):
                return self.words.plans[name][0]  # “十五五”规划; not the 十五 of 第十五个五年
        counted = self._nth_plan.search(title) if self._nth_plan is not None else None
        reference = self.document.plan_reference
        if counted is not None and reference is not None:
            nth = parse_chinese(counted.group(1), self.digits, self.places, {})
            if nth is not None and 3 <= nth < 100:
                return reference[1] + 5 * (int(nth) - reference[0])
        return None


class _GroupNumbers:
    """The number of each named group of the time pattern; 0 for a group it does not have (its
    word list is empty). Read as attributes: a name looked up in a dict for every group of every
    match cost more than reading the match. One per PeriodFinder (no __slots__ needed)."""

    def __init__(self, numbers: dict[str, int]) -> None:
        self.prefix = numbers.get("prefix", 0)
        self.y1 = numbers.get("y1", 0)
        self.y2 = numbers.get("y2", 0)
        self.rel = numbers.get("rel", 0)
        self.span = numbers.get("span", 0)
        self.decade = numbers.get("decade", 0)
        self.century = numbers.get("century", 0)
        self.plan = numbers.get("plan", 0)
        self.bare_plan = numbers.get("bare_plan", 0)
        self.ym1 = numbers.get("ym1", 0)
        self.m1 = numbers.get("m1", 0)
        self.ym2 = numbers.get("ym2", 0)
        self.m2 = numbers.get("m2", 0)
        self.sub = numbers.get("sub", 0)
        self.suffix = numbers.get("suffix", 0)
        self.word = numbers.get("word", 0)
        self.count = numbers.get("count", 0)
        self.lead_count = numbers.get("lead_count", 0)
        self.weekday = numbers.get("weekday", 0)
        self.cohort = numbers.get("cohort", 0)


def _value(values: tuple[str | None, ...], number: int) -> str | None:
    """The text of the group of `number` in a match's groups(); None when it did not match, or the
    pattern has no such group (0)."""
    return values[number - 1] if number else None


def _last_word(written: str | None, table: dict[str, list[int]]) -> str | None:
    """The word of a group when it is a part of the year (2025年[底], 今年[一季度])."""
    if written is None:
        return None
    return written if written in table else None
