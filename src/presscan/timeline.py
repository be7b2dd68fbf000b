"""Which time expression is in force where each figure stands, and what its section says.

A figure's period is the last usable time expression before it in its sentence;
else a whole year later in its sentence (增长5%，全年…); else the last one of the
earlier sentences of its paragraph that holds beyond its sentence: one that names
years or a whole year (2025年, 今年, 五年来, 全年), or a part of the year that opens
its sentence as its frame (上半年，…), never a deadline (2027年底前: a goal's
horizon); else the one in the heading of its section (一、2025年工作回顾). A time that starts a change
(从1996年) holds in its own clause only; a comparison baseline (比1989年) and a
time word inside a noun phrase (完成全年目标任务) hold nowhere. Listed times pair
with listed figures (其中1996年和1997年分别为-0.5%和-0.1%).

Sections (numbered headings, the title) and what they set are read in sections.py.
"""

from __future__ import annotations

from typing import Final

from presscan import wordbits as wb
from presscan.clausetimes import ClauseTimes
from presscan.match import RawFigure
from presscan.matchwords import code_table, has_code
from presscan.periods import FROM_DOCUMENT, DocumentYears, PeriodFinder, PeriodMatch, ResolvedPeriod
from presscan.sections import Section
from presscan.segment import bisect_near, falls_at
from presscan.subject import NounPhrases
from presscan.timeframes import Frames
from presscan.tokens import FIGURE, TIME, WORD, Marks, Sentence, Token

# A time with a quotation mark this near on both sides stands in a name (“新十二月市”)
QUOTED_REACH: Final = 8


# how far after a year the 以来 of a record's years may follow: 1951年[有完整气象记录]以来
_RECORD_WORDS: Final = 12
# how far a part's frame opening a paragraph runs at most, to its comma: 在新发职业性尘肺病中，
_PART_FRAME_CHARACTERS: Final = 24


class Timeline:
    """Period rules over one pattern set."""

    def __init__(
        self,
        finder: PeriodFinder,
        phrases: NounPhrases,
        marks: Marks,
        distributive: frozenset[str],
        deadlines: tuple[str, ...],
    ) -> None:
        self.finder = finder
        self.year_prefixes = tuple(sorted(finder.words.year_prefixes, key=len, reverse=True))
        self.phrases = phrases
        self.marks = marks
        self.distributive = distributive
        self.deadlines = deadlines  # a period ending in one of these is a goal's horizon (年底前)
        self.price_bases = tuple(finder.words.price_bases)
        # their first characters by code point: str.startswith with a tuple is a Python method's call
        self.price_base_firsts, self.price_base_empty = (
            code_table(w[:1] for w in self.price_bases),
            "" in self.price_bases,
        )
        self.record_marks = tuple(finder.words.record_marks)
        self.open_ended = finder.open_ended
        self.clauses = ClauseTimes(finder, phrases, marks)
        self.cause_openers = tuple(finder.words.cause_openers)
        self.cause_firsts = frozenset(word[0] for word in self.cause_openers if word)  # a quick test first
        self.cause_first_codes = code_table(self.cause_firsts)
        self.frames = Frames(finder, phrases, marks, deadlines)
        self.part_openers = tuple(finder.words.part_openers)
        self.part_frames = {word: tuple(closers) for word, closers in finder.words.part_frames.items()}
        self.as_written = frozenset(finder.words.same_period_as_written)  # 当日: shown as written
        # _quoted reads the characters around a time by code point (matchwords.code_table), no string made
        self.quote_codes, self.punctuation_codes = code_table(marks.quotes), code_table(marks.punctuation)

    def _opens_a_part(self, at: int, paragraph_ends: list[int], paragraph: int, sentences: list[Sentence]) -> bool:
        """True when paragraph `paragraph` (a figure's, at `at`) opens with a word that makes it a part
        of the paragraph before ([其中]，金华完成…): the time carried there holds on."""
        if paragraph == 0 or not self.part_openers or not sentences:
            return False
        text = sentences[0].text
        start = paragraph_ends[paragraph - 1]
        while start < at and text[start].isspace():
            start += 1
        return text.startswith(self.part_openers, start) or self._framed_part(text, start)

    def _framed_part(self, text: str, start: int) -> bool:
        """True when the text at `start` opens with a part's frame: an opener and, right before the
        first comma within a few characters, one of its closers ([在]法人单位[中]，)."""
        for opener, closers in self.part_frames.items():
            if not text.startswith(opener, start):
                continue
            for at in range(start + len(opener) + 1, min(len(text), start + _PART_FRAME_CHARACTERS)):
                if text[at] in self.marks.punctuation:
                    return text[at] in self.marks.clause_ends and text.endswith(closers, start + len(opener), at)
        return False

    def _counts_a_record(self, text: str, period: PeriodMatch) -> bool:
        """True when `period` opens the years a record is counted over: an open-ended period right
        before a record mark (为1961年以来第三高), or a year whose 以来 follows a few words on in its
        clause (为[1951年]有完整气象记录以来第3高)."""
        end = period.end
        if period.open_ended:
            return text.startswith(self.record_marks, end)
        ahead = text[end : end + _RECORD_WORDS]
        if not self.record_marks or not any(word in ahead for word in self.open_ended):
            return False
        for at in range(end + 1, min(len(text), end + _RECORD_WORDS)):
            if text[at] in self.marks.punctuation:
                return False
            for word in self.open_ended:
                if text.startswith(word, at) and text.startswith(self.record_marks, at + len(word)):
                    return True
        return False

    def usable(
        self, sentences: list[Sentence], found: list[PeriodMatch], period_at: list[tuple[int, int]]
    ) -> list[bool]:
        """Whether each time expression can be a figure's period: not a comparison baseline
        (比1989年), not inside a noun phrase (完成全年目标任务: a verb before it, a noun after)."""
        usable = [True] * len(found)
        baselines: dict[int, list[tuple[int, int]]] = {}
        phrases = self.phrases
        for index, (sentence_index, position) in enumerate(period_at):
            if sentence_index < 0:
                usable[index] = False  # inside a figure
                continue
            found_tokens = sentences[sentence_index].tokens
            spans = baselines.get(sentence_index)
            if spans is None:
                spans = baselines[sentence_index] = phrases.baseline_spans(
                    found_tokens, 0, len(found_tokens), sentences[sentence_index].text
                )
            if _inside(spans, position):
                usable[index] = False
                continue
            text, end = sentences[sentence_index].text, found[index].end
            if (
                self.price_base_empty or (end < len(text) and has_code(self.price_base_firsts, text, end))
            ) and text.startswith(self.price_bases, end):
                usable[index] = False  # 按[1990年]不变价格计算: the prices reckoned in, no period
                continue
            if self._counts_a_record(sentences[sentence_index].text, found[index]):
                usable[index] = False  # 为[1961年以来]第三高: the years a record is counted over
                continue
            if self._quoted(sentences[sentence_index].text, found[index]):
                usable[index] = False  # a name: 打造“新十二月市”
                continue
            clause_at = found_tokens[sentences[sentence_index].clause_starts[position]].start
            text = sentences[sentence_index].text
            if (
                clause_at < len(text)
                and has_code(self.cause_first_codes, text, clause_at)
                and text.startswith(self.cause_openers, clause_at)
            ):
                usable[index] = False  # 主要是[上年同期]对比基数走低: the time of a cause, not of a figure
                continue
            if self._of_the_whole(found_tokens, position):
                usable[index] = False  # 相当于[上年]的98%: the time of the whole, a baseline
                continue
            before = found_tokens[position - 1] if position > 0 else None
            if before is not None and before.kind == TIME and found[index].same_as_before:
                usable[index] = False  # 由上年[同期]下降3.5%: the time before names which period
                continue
            if (
                before is not None
                and before.kind == WORD
                and found[index].text[:1] in phrases.per_markers
                and (
                    before.word[:1] in phrases.per_markers
                    or (position > 1 and phrases.classes(found_tokens[position - 2]) & wb.PER_MARKERS)  # 每/生
                )
            ):
                usable[index] = False  # 每人[每年]7956元: the second half of a rate's denominator
                continue
            after = found_tokens[position + 1] if position + 1 < len(found_tokens) else None
            if after is not None and after.kind == FIGURE and self._per_time(found[index].text):
                usable[index] = False  # 提升到[每年]38.6万吨: the figure's denominator, no period
                continue
            if (
                before is not None
                and phrases.is_verb(before)
                and after is not None
                and (phrases.is_noun(after) or after.word in self.marks.quotes)
            ):
                usable[index] = False
        return usable

    def _per_time(self, text: str) -> bool:
        """True when a time, past a prefix (到), opens with 每: a rate's denominator (每年)."""
        for prefix in self.year_prefixes:
            if text.startswith(prefix):
                text = text[len(prefix) :]
                break
        return text[:1] in self.phrases.per_markers

    def _of_the_whole(self, tokens: list[Token], position: int) -> bool:
        """True when the time at `position` names the whole a share or multiple is of: after a
        verb of [share] of_markers, with only nouns between it and 的 before the figure
        (相当于[上年]的98%, 完成[年初]预算的101.2%, 恢复[到2019年]的95%)."""
        phrases = self.phrases
        back = position - 1
        # nouns or a time of the whole may stand before it: 恢复到疫情前[同期]的95%, 恢复至2019年[同期]的112%
        while back > 0 and phrases.is_noun(tokens[back]):
            back -= 1
        before = tokens[back] if back >= 0 else None
        if before is not None and before.kind == TIME:
            return self._of_the_whole(tokens, back)
        if before is None or before.kind != WORD or before.word not in phrases.share_of_markers:
            return False
        for index in range(position + 1, len(tokens) - 1):
            token = tokens[index]
            if token.kind == WORD and phrases.classes(token) & wb.LINKERS:
                return tokens[index + 1].kind == FIGURE
            if token.kind != TIME and phrases.is_stop(token):
                return False
        return False

    def _quoted(self, text: str, period: PeriodMatch) -> bool:
        """True when the time stands inside a short quotation, a name or a slogan (“新十二月市”)."""
        opened = False
        quotes, stops = self.quote_codes, self.punctuation_codes
        for back in range(period.start - 1, max(-1, period.start - 1 - QUOTED_REACH), -1):
            code = ord(text[back])
            if code < len(quotes) and quotes[code]:
                opened = text[back] in self.marks.opening_quotes
                break
            if code < len(stops) and stops[code]:
                return False
        if not opened:
            return False
        for ahead in range(period.end, min(len(text), period.end + QUOTED_REACH)):
            code = ord(text[ahead])
            if code < len(quotes) and quotes[code]:
                return text[ahead] in self.marks.closing_quotes
            if code < len(stops) and stops[code]:
                return False
        return False

    def assign(
        self,
        figures: list[RawFigure],
        figure_at: list[tuple[int, int]],
        groups: list[list[int]],
        found: list[PeriodMatch],
        period_at: list[tuple[int, int]],
        usable: list[bool],
        sentences: list[Sentence],
        paragraph_ends: list[int],
        sections: list[Section],
        section_of: list[int],
        document: DocumentYears,
    ) -> list[tuple[PeriodMatch | None, ResolvedPeriod | None, bool]]:
        """Each figure's period, its years, and whether it stands in the figure's own sentence
        (see the module docstring)."""
        listed = self._listed(sentences, figure_at, groups, usable)
        carries = self.frames.carries(sentences, found, period_at)
        resolved: list[ResolvedPeriod | None] = [None] * len(found)
        order = [i for i in range(len(found)) if usable[i]]
        cursor = 0
        in_force = -1  # the index of the last time read in the current paragraph
        carried = -1  # the index of the last one that holds beyond its own sentence
        paragraph = -1
        chosen_periods: list[tuple[PeriodMatch | None, ResolvedPeriod | None, bool]] = []
        # the last single year resolved anywhere before, in any paragraph: 全年 in a later
        # paragraph of a news report on 一九九六年 is 1996. It resolves years, it dates nothing,
        # and only where the document says nothing of its own year (a bulletin's title does).
        last_year: ResolvedPeriod | None = None
        unknown_year: ResolvedPeriod | None = None
        document_silent = document.now is None and document.reporting is None
        carried_before: ResolvedPeriod | None = None
        carried_before_at = -1
        # the period a same-period word (同期) stands for, whose words the figure is given: the
        # 同期 of 上半年，出口增长3%。同期，进口… is 上半年
        stands_for = [-1] * len(found)
        for index, figure in enumerate(figures):
            section = sections[section_of[index]] if section_of[index] >= 0 else None
            if section is not None and section.period is not None and section.resolved is None:
                section.resolved = self.finder.resolve(section.period, None, document)
                if section.titled and section.resolved.start_year is not None:
                    # a title's time is the document's own: what it reports on (as for 全年 before)
                    section.resolved.resolved_from = FROM_DOCUMENT
            section_years = section.resolved if section is not None else None
            figure_paragraph = bisect_near(paragraph_ends, figure.start, paragraph)
            if figure_paragraph != paragraph:
                # 同期 opening a paragraph is the period the paragraph before ended in
                carried_before = resolved[carried] if carried >= 0 else None
                carried_before_at = carried
                if (
                    index == 0
                    or section_of[index - 1] != section_of[index]  # a heading between: a part of nothing
                    or not self._opens_a_part(figure.start, paragraph_ends, figure_paragraph, sentences)
                ):
                    carried = -1
                paragraph, in_force = figure_paragraph, -1
            while cursor < len(order) and found[order[cursor]].end <= figure.qualifier_start:
                candidate = order[cursor]
                cursor += 1
                if found[candidate].clause_only or not falls_at(paragraph_ends, found[candidate].start, paragraph):
                    continue
                earlier = _earlier(
                    found[candidate],
                    resolved[carried] if carried >= 0 else None,
                    section_years or unknown_year,
                    carried_before,
                    section_years,
                )
                resolved[candidate] = self.finder.resolve(found[candidate], earlier, document)
                stands_for[candidate] = _referred(found, stands_for, candidate, carried, carried_before_at)
                last_year = _single_year(resolved[candidate], last_year)
                unknown_year = last_year if document_silent else None
                in_force = candidate
                if carries[candidate]:
                    carried = candidate
            sentence_index = figure_at[index][0]
            same_sentence = in_force >= 0 and period_at[in_force][0] == sentence_index
            if (
                same_sentence
                and not carries[in_force]
                and found[in_force].first_year is None
                and self.clauses.earlier_part(sentences, period_at[in_force], figure_at[index])
            ):
                same_sentence = False  # 前三季度增加986亿元；制造业中长期贷款余额6842亿元: a part of the year
                # said in passing in one part of the sentence holds there only
            chosen = in_force if same_sentence else -1
            if chosen < 0:
                # a whole year named later in the figure's own sentence holds for all of it
                # (…建成通车，…，全年交通投资…); a year or a part of one holds from where it stands
                ahead = cursor
                parts = sentences[sentence_index].part_starts
                figure_part = parts[figure_at[index][1]]
                while ahead < len(order) and period_at[order[ahead]][0] == sentence_index:
                    later = found[order[ahead]]
                    if parts[period_at[order[ahead]][1]] != figure_part:
                        break  # a later part (after ；) has a frame of its own
                    if not later.clause_only and later.whole_year:
                        chosen = order[ahead]
                        break
                    ahead += 1
            if chosen < 0:
                chosen = carried
            clause_time = self.clauses.clause_time(sentences, figure_at[index], found, usable)
            if clause_time >= 0:
                chosen = clause_time
            if listed[index] >= 0:
                chosen = listed[index]
            dated = self.clauses.seen_at(sentences[sentence_index], figure_at[index][1], found, usable)
            if dated >= 0:
                chosen = dated  # 极端最高气温38.6℃，出现在[7月29日]
            if chosen < 0:
                if section is not None and section.period is not None:
                    chosen_periods.append((section.period, section.resolved, False))
                else:
                    chosen_periods.append((None, None, False))
                continue
            if resolved[chosen] is None:
                earlier = _earlier(
                    found[chosen],
                    resolved[carried] if 0 <= carried != chosen else None,
                    section_years or unknown_year,
                    carried_before,
                    section_years,
                )
                resolved[chosen] = self.finder.resolve(found[chosen], earlier, document)
                stands_for[chosen] = _referred(found, stands_for, chosen, carried, carried_before_at)
                last_year = _single_year(resolved[chosen], last_year)
                unknown_year = last_year if document_silent else None
            shown = (
                stands_for[chosen] if stands_for[chosen] >= 0 and found[chosen].text not in self.as_written else chosen
            )
            chosen_periods.append((found[shown], resolved[chosen], period_at[chosen][0] == sentence_index))
        return chosen_periods

    def _listed(
        self,
        sentences: list[Sentence],
        figure_at: list[tuple[int, int]],
        groups: list[list[int]],
        usable: list[bool],
    ) -> list[int]:
        """其中1996年和1997年分别为-0.5%和-0.1%: listed times pair with listed figures; not the
        times of a baseline (比上年同期分别上涨…)."""
        listed = [-1] * len(figure_at)
        for group in groups:
            if len(group) < 2:
                continue
            sentence_index, first = figure_at[group[0]]
            sentence = sentences[sentence_index]
            low = sentence.clause_starts[first]
            before = sentence.tokens[low:first]
            times = [token.index for token in before if token.kind == TIME and usable[token.index]]
            paired = any(token.kind == WORD and token.word in self.distributive for token in before)
            if paired and not times and low >= 2:
                # 2025年一、二、三、四季度，全市…分别增长…: a clause of listed times frames the next
                frame = sentence.tokens[sentence.clause_starts[low - 2] : low - 1]
                if all(token.kind == TIME or token.word in self.marks.list_marks for token in frame):
                    times = [token.index for token in frame if token.kind == TIME and usable[token.index]]
                    if len(times) == len(group) + 1 and frame[0].kind == TIME and frame[1].kind == TIME:
                        del times[0]  # the year the listed parts are of (2025年 一、…)
            if paired and len(times) == len(group):
                for member, time in zip(group, times, strict=True):
                    listed[member] = time
        return listed


def _inside(spans: list[tuple[int, int]], index: int) -> bool:
    return any(first <= index < end for first, end in spans)


def _earlier(
    period: PeriodMatch,
    carried: ResolvedPeriod | None,
    otherwise: ResolvedPeriod | None,
    paragraph_before: ResolvedPeriod | None,
    section: ResolvedPeriod | None = None,
) -> ResolvedPeriod | None:
    """The time a period without a year of its own resolves against: the one carried in its
    paragraph, else the section's or the last single year. A part of a year (全年, 3月份) cannot
    take its year from a span of years (“十四五”规划目标, 2021—2025年), so it looks past one;
    the same period (同期) opening a paragraph is the one the paragraph before ended in."""
    if carried is not None and carried.start_year is None and section is not None and section.start_year is not None:
        carried = None  # a time of no known year (汛期 undated) leaves the year to its section's heading
    if carried is None:
        if period.same_as_before and paragraph_before is not None:
            return paragraph_before
        return otherwise
    if period.within_year and carried.start_year is not None and carried.start_year != carried.end_year:
        return otherwise  # a span of years, not a year that could not be told (今年, undated)
    return carried


def _referred(found: list[PeriodMatch], stands_for: list[int], at: int, carried: int, before: int) -> int:
    """The index of the period that the same-period word found[at] (同期) stands for: the one
    carried in its paragraph, else the one the paragraph before ended in (as _earlier resolves
    it), followed through another 同期; -1 for any other period, or where none is known."""
    if not found[at].same_as_before:
        return -1
    referred = carried if 0 <= carried != at else (before if carried < 0 else -1)
    if referred >= 0 and stands_for[referred] >= 0:
        referred = stands_for[referred]
    return referred


def _single_year(period: ResolvedPeriod | None, last: ResolvedPeriod | None) -> ResolvedPeriod | None:
    """`period` when it is one known year, else `last`."""
    if period is not None and period.start_year is not None and period.start_year == period.end_year:
        return period
    return last
