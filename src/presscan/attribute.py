"""Read what each figure measures, when, which way, and whether it is a goal.

Works on normalised text and on the figures `match` found. Words are cut and
tagged (jieba's dictionary and algorithm, see lexicon.py) only in the few
characters around each figure: it is the expensive step.
Word lists live in patterns/attribution.toml; a user's pattern files may add to them.

Subject rules, in order:
1. figures listed with 、/和 after one predicate ("A、B分别增长1%、2%") map
   one-to-one onto the listed subjects when the counts agree;
2. otherwise the noun phrase just before the figure in its clause, found by
   walking words (jieba's dictionary, see lexicon.py) backwards past predicate words (增长, 达到, 比上年) and
   stopping at a verb that opens the clause (建成, 新增);
3. after an enumeration mark (可可盖等11处煤矿) or when nothing stands before
   it, the noun phrase right after the figure;
4. otherwise the subject of the previous figure in the same sentence, and a
   bare share word (占比) is joined to it: 新能源车占比.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Protocol

import regex

from presscan.match import RawFigure
from presscan.segment import Spans, bisect_right, clauses, sentences

if TYPE_CHECKING:
    from presscan.patternset import AttributionWords

_PUNCT_STOP = set("，,。；;：:！？!?（）()【】[]《》<>")
_QUOTE = set("“”\"'‘’「」『』")
_SUBJECT_WINDOW = 24  # characters read on either side of a figure for its subject
_NOUNISH = ("n", "vn", "j", "l", "nz", "nt", "ns", "nr", "ng", "an", "b", "i", "eng", "x", "a", "f", "q", "k", "h")


class WordTagger(Protocol):
    def cut(self, text: str) -> list[tuple[str, str]]: ...


class Attribution:
    """What the words around one figure say of it. A plain class, not a dataclass:
    mypyc compiles its constructor (see match.RawFigure); never changed once built."""

    __slots__ = (
        "direction",
        "end_year",
        "measure",
        "period_end",
        "period_start",
        "period_text",
        "start_year",
        "status",
        "subject",
    )

    def __init__(
        self,
        subject: str | None,
        period_text: str | None,
        period_start: int | None,  # normalised offsets
        period_end: int | None,
        start_year: int | None,
        end_year: int | None,
        direction: str | None,
        status: str,
        measure: str | None,
    ) -> None:
        self.subject = subject
        self.period_text = period_text
        self.period_start = period_start
        self.period_end = period_end
        self.start_year = start_year
        self.end_year = end_year
        self.direction = direction
        self.status = status
        self.measure = measure


def _alternation(words: list[str]) -> str:
    """Longest first; no words is a pattern that never matches (an empty one would match everywhere)."""
    if not words:
        return "(?!)"
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


class Attributor:
    """Attribution rules over one word file; build once, use for many texts."""

    def __init__(self, words: AttributionWords, tagger: WordTagger | None = None) -> None:
        self.words = words
        self._tagger = tagger
        s = words.subject
        self.skip_trailing = frozenset(s.skip_trailing)
        self.boundary = frozenset(s.boundary)
        self.strip_leading = frozenset(s.strip_leading)
        self.share_words = frozenset(s.share_words)
        self.list_separators = frozenset(s.list_separators)
        self.enumeration_marks = tuple(s.enumeration_marks)
        self.enumeration_mark_set = frozenset(s.enumeration_marks)
        p = words.period
        self.open_ended = tuple(p.open_ended)
        year = r"(?:19|20)\d{2}"
        prefix = f"(?:{_alternation(p.year_prefixes)})?"
        suffix = f"(?:{_alternation(p.year_suffixes)})?"
        month_numerals = "一二三四五六七八九十"
        months = f"(?:[0-9]{{1,2}}|[{month_numerals}]{{1,3}})"
        # every period starts with one of these: testing it first skips the
        # alternation at almost every position (5x faster over a bulletin)
        firsts = {word[0] for word in (*p.year_prefixes, *p.words)} | set("0123456789" + month_numerals)
        # Python's re runs these about twice as fast as the regex module; only the
        # overlapped scan for target words needs the regex module
        self.period_re = re.compile(
            f"(?=[{re.escape(''.join(sorted(firsts)))}])(?:"
            # a year, then (in this order) a span of years, a month or span of months, or the year alone
            f"{prefix}{year}(?:年?[至到—–\\-~～]{year}年|年{months}月(?:[至到—–\\-~～]{months}月)?|年){suffix}"
            f"|{months}[至到—–\\-~～]{months}月"
            f"|{_alternation(p.words)})"
        )
        self.year_re = re.compile(year)
        self.up_re = re.compile(_alternation(words.direction.up))
        self.down_re = re.compile(_alternation(words.direction.down))
        # a window with none of these holds no direction word: no need to search it
        self.direction_firsts = frozenset(word[0] for word in (*words.direction.up, *words.direction.down) if word)
        self.target_re = re.compile(_alternation(words.status.target))
        # the shortest target word at each position: where the first one ends
        shortest_first = sorted(set(words.status.target), key=len)
        self.target_any_re = regex.compile("|".join(regex.escape(w) for w in shortest_first))
        self.share_re = re.compile(_alternation(words.measure.share))
        self.growth_re = re.compile(f"(?:{_alternation(words.measure.growth)})$")

    @property
    def tagger(self) -> WordTagger:
        """presscan's tagger over the shipped lexicon, loaded on first use, unless one was given."""
        if self._tagger is None:
            from presscan.words import tagger

            self._tagger = tagger(tuple(self.words.subject.dictionary))
        return self._tagger

    # ----- subject -------------------------------------------------------------------
    def _tokens(self, text: str) -> list[tuple[str, str]]:
        return self.tagger.cut(text)

    def _walk_back(self, text: str) -> str | None:
        """The noun phrase at the end of `text` (the words before a figure)."""
        tokens = self._tokens(text)
        index = len(tokens) - 1
        # skip predicate words between the subject and the figure
        while index >= 0:
            word, flag = tokens[index]
            if (
                word in self.skip_trailing
                or word in _QUOTE
                or flag in ("p", "d", "uj", "ul", "t", "m", "c", "r", "u", "ud", "uz", "ug")
            ):
                index -= 1
                continue
            if word in self.enumeration_mark_set:
                return None
            break
        collected: list[str] = []
        size = 0  # characters collected
        depth = 0  # inside a （…） group, read backwards
        while index >= 0:
            word, flag = tokens[index]
            if word in ("）", ")"):
                depth += 1
                index -= 1
                continue
            if word in ("（", "("):
                depth = max(0, depth - 1)
                index -= 1
                continue
            if depth:
                index -= 1
                continue
            if word in _QUOTE:
                index -= 1
                continue
            if word in _PUNCT_STOP or word in self.list_separators or word in self.boundary:
                break
            if word == "的" and collected:
                # 参加医疗保险的人数: keep going only when a noun stands before 的
                if index > 0 and tokens[index - 1][1].startswith(("n", "vn")):
                    collected.insert(0, word)
                    size += 1
                    index -= 1
                    continue
                break
            if (
                word == "占"
                and collected
                and (collected[-1] in self.share_words or any(w in ("比例", "比重") for w in collected))
            ):
                collected.insert(0, word)
                size += 1
                index -= 1
                continue
            # a verb right before the figure is a nominal head (碳排放, 增速, 装机)
            if flag.startswith(_NOUNISH) or size <= 1 or (not collected and flag.startswith("v")):
                if flag in ("m", "r", "p", "c", "d", "t") and word not in self.share_words:
                    break
                collected.insert(0, word)
                size += len(word)
                index -= 1
                continue
            break
        while collected and (collected[0] in self.strip_leading or collected[0] in ("的", "占")):
            collected.pop(0)
        phrase = "".join(collected)
        return phrase if len(phrase) >= 2 else (phrase if phrase in self.share_words else None)

    def _walk_forward(self, text: str) -> str | None:
        """The noun phrase at the start of `text` (the words after a figure)."""
        tokens = self._tokens(text)
        collected: list[str] = []
        for position, (word, flag) in enumerate(tokens):
            if word in _QUOTE:
                continue
            if word in _PUNCT_STOP or word in self.list_separators:
                break
            if flag.startswith("v") and flag != "vn":
                following = tokens[position + 1] if position + 1 < len(tokens) else None
                # 领跑县: a verb glued to a one-character noun is part of the name
                if collected and following and len(following[0]) == 1 and following[1].startswith("n"):
                    collected.append(word)
                    continue
                break
            if flag.startswith(_NOUNISH) and flag not in ("x",):
                collected.append(word)
                continue
            break
        while collected and collected[0] in self.strip_leading:
            collected.pop(0)
        phrase = "".join(collected)
        return phrase if len(phrase) >= 2 else None

    def _split_items(self, text: str, joiner: str) -> list[str]:
        separators = [joiner] if joiner else ["、"]
        pattern = "|".join(re.escape(s) for s in separators)
        return [item for item in re.split(pattern, text) if item]

    # ----- the whole text ----------------------------------------------------------------
    def attribute(
        self,
        text: str,
        figures: list[RawFigure],
        paragraph_ends: list[int] | None = None,
        sentence_spans: Spans | None = None,
    ) -> list[Attribution]:
        """One Attribution per figure; `paragraph_ends` (normalised offsets) stop periods carrying over.

        `sentence_spans` are `sentences(text)`, when the caller has them already."""
        sentence_spans = sentence_spans or sentences(text)
        clause_spans = clauses(text)
        subjects: list[str | None] = [None] * len(figures)
        groups = _list_groups(text, figures, clause_spans)
        # figures earlier in the current sentence that have a subject, for inheriting
        with_subject: list[int] = []
        current_sentence = -1
        for group in groups:
            sentence = sentence_spans.index(figures[group[0][0]].start)
            if sentence != current_sentence:
                with_subject, current_sentence = [], sentence
            self._subjects_for_group(text, figures, group, clause_spans, with_subject, subjects)
            with_subject.extend(member for member in group[0] if subjects[member])
        periods = self._periods(text, figures, paragraph_ends or [])
        target_ends = self._target_ends(text, sentence_spans)
        # listed figures share the predicate before the first one (分别增长1%、2%)
        leader = {member: group[0][0] for group in groups for member in group[0]}
        results: list[Attribution] = []
        for index, figure in enumerate(figures):
            if leader[index] != index:
                head = results[leader[index]]
                results.append(_attribution(subjects[index], periods[index], head.direction, head.status, head.measure))
                continue
            sentence = sentence_spans.index(figure.start)
            clause_start, _ = clause_spans.find(figure.start)
            qualifier_start = figure.qualifier_start
            direction = None
            window = text[max(clause_start, qualifier_start - 8) : qualifier_start]
            if not self.direction_firsts.isdisjoint(window):
                ups = [m.end() for m in self.up_re.finditer(window)]
                downs = [m.end() for m in self.down_re.finditer(window)]
                if ups or downs:
                    direction = "down" if (max(downs) if downs else -1) > (max(ups) if ups else -1) else "up"
            period = periods[index]
            status = "actual"
            period_text = period[0] if period else ""
            if target_ends.get(sentence, len(text) + 1) <= qualifier_start or self.target_re.search(period_text):
                status = "target"
            measure = None
            if figure.kind in ("percent", "percentage_point", "permille", "permille_point"):
                if self.share_re.search(text, max(clause_start, qualifier_start - 12), qualifier_start) or (
                    self.share_re.search(subjects[index] or "")
                ):
                    measure = "share"
                elif self.growth_re.search(text, max(clause_start, qualifier_start - 6), qualifier_start):
                    measure = "growth"
            results.append(_attribution(subjects[index], period, direction, status, measure))
        return results

    def _target_ends(self, text: str, sentence_spans: Spans) -> dict[int, int]:
        """For each sentence with a target word (力争, 目标), where the earliest-ending one ends.

        A figure is a target when such a word stands wholly before it in its
        sentence; one scan of the text answers that for every figure.
        """
        ends: dict[int, int] = {}
        for match in self.target_any_re.finditer(text, overlapped=True):
            sentence = sentence_spans.index(match.start())
            if match.end() < ends.get(sentence, len(text) + 1):
                ends[sentence] = match.end()
        return ends

    def _subjects_for_group(
        self,
        text: str,
        figures: list[RawFigure],
        group: tuple[list[int], str],
        clause_spans: Spans,
        earlier: list[int],
        subjects: list[str | None],
    ) -> None:
        members, joiner = group
        first = figures[members[0]]
        clause_start, clause_end = clause_spans.find(first.start)
        previous = figures[members[0] - 1] if members[0] else None
        previous_end = clause_start
        if previous is not None and clause_start <= previous.qualifier_end <= first.qualifier_start:
            previous_end = previous.qualifier_end
        # a subject is a short phrase: reading further back only costs tagging time
        previous_end = max(previous_end, first.qualifier_start - _SUBJECT_WINDOW)
        before = text[previous_end : first.qualifier_start]
        last = figures[members[-1]]
        after = text[last.qualifier_end : min(clause_end, last.qualifier_end + _SUBJECT_WINDOW)]
        if len(members) > 1:
            stem = before
            for word in ("分别", "各"):
                if word in stem:
                    stem = stem[: stem.rindex(word)]
            stem = stem.strip("、，")
            items = [self._walk_back(item) for item in self._split_items(stem, joiner)] if stem else []
            items = [item for item in items if item]
            if len(items) == len(members):
                for member, item in zip(members, items, strict=True):
                    subjects[member] = item
                return
            if not items and len(earlier) >= len(members):
                for member, source in zip(members, earlier[-len(members) :], strict=True):
                    subjects[member] = subjects[source]
                return
        subject = None
        trimmed = before.rstrip()
        enumerated = trimmed.endswith(self.enumeration_marks)
        if not enumerated:
            subject = self._walk_back(before) if before else None
        if subject is None or enumerated:
            forward = self._walk_forward(after if len(members) == 1 else "")
            subject = forward or subject
        inherited = subjects[earlier[-1]] if earlier else None
        if subject is None:
            subject = inherited
        elif subject in self.share_words and inherited:
            subject = inherited + (subject if subject != "占" else "占比")
        elif before.startswith("占") and inherited and subject:
            subject = f"{inherited}占{subject}"
        for member in members:
            subjects[member] = subject

    # ----- periods -----------------------------------------------------------------------------
    def _periods(self, text: str, figures: list[RawFigure], paragraph_ends: list[int]) -> list[_Found | None]:
        found = [self._period(m.group(), m.start(), m.end()) for m in self.period_re.finditer(text)]
        results: list[_Found | None] = []
        cursor = 0
        last: _Found | None = None
        last_paragraph = 0
        for figure in figures:
            while cursor < len(found) and found[cursor][2] <= figure.qualifier_start:
                last = found[cursor]
                last_paragraph = bisect_right(paragraph_ends, last[2])
                cursor += 1
            # carry a period forward within its paragraph only (a paragraph ends with 。 at a line end)
            if last is None or last_paragraph != bisect_right(paragraph_ends, figure.start):
                results.append(None)
            else:
                results.append(last)
        return results

    def _period(self, written: str, start: int, end: int) -> _Found:
        """A period as found: (text, start, end, first year, last year)."""
        years = [int(y) for y in self.year_re.findall(written)]
        last_year = None if written.endswith(self.open_ended) or not years else max(years)
        return written, start, end, min(years) if years else None, last_year


_Found = tuple[str, int, int, int | None, int | None]  # a period: text, start, end, first year, last year


def _attribution(
    subject: str | None, period: _Found | None, direction: str | None, status: str, measure: str | None
) -> Attribution:
    if period is None:
        return Attribution(subject, None, None, None, None, None, direction, status, measure)
    text, start, end, start_year, end_year = period
    return Attribution(subject, text, start, end, start_year, end_year, direction, status, measure)


_LIST_GAPS = frozenset(("、", "和", "及", "与"))


def _list_groups(text: str, figures: list[RawFigure], clause_spans: Spans) -> list[tuple[list[int], str]]:
    """Figures listed one after another (1%、2%和3%) form a group; others stand alone."""
    groups: list[tuple[list[int], str]] = []
    for index, figure in enumerate(figures):
        if groups and index > 0:
            previous = figures[index - 1]
            gap = text[previous.qualifier_end : figure.qualifier_start]
            if gap in _LIST_GAPS and clause_spans.index(previous.start) == clause_spans.index(figure.start):
                members, joiner = groups[-1]
                if len(members) == 1 or joiner == gap:
                    groups[-1] = ([*members, index], gap)
                    continue
        groups.append(([index], ""))
    return groups


def default_attributor() -> Attributor:
    """The attributor of the shipped patterns."""
    from presscan.patternset import default_patterns

    return default_patterns().attributor
