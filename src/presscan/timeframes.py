"""Whether a time expression holds beyond its own sentence (timeline.py reads periods with it).

One that names years or a whole year does (2025年, 今年, 五年来, 全年); so does a part of the year
that opens its sentence as its frame (上半年，全省…), that is a clause of its own after a lead-in
(分产品看，10月份，…), or that opens its clause after a lead-in naming a source, a method or a view
(初步核算，[前三季度]国内生产总值…: `[period] lead_ins`, `lead_in_ends`); a part of the year said in
passing (特别是下半年) holds in its sentence only, and a deadline (2027年底前) never beyond it.
"""

from __future__ import annotations

from presscan.periods import PeriodFinder, PeriodMatch
from presscan.subject import NounPhrases
from presscan.tokens import FIGURE, GAP, WORD, Marks, Sentence


class Frames:
    """The rules on times that frame the sentences after them, over one pattern set."""

    def __init__(self, finder: PeriodFinder, phrases: NounPhrases, marks: Marks, deadlines: tuple[str, ...]) -> None:
        self.phrases = phrases
        self.marks = marks
        self.deadlines = deadlines
        # the last characters of the deadlines: a time that ends with none ends with no deadline
        # (one set test, where str.endswith of the tuple tries every word); None if one is empty
        self.deadline_ends: frozenset[str] | None = (
            frozenset(word[-1] for word in deadlines) if all(deadlines) else None
        )
        self.lead_ins = tuple(finder.words.lead_ins)
        self.day_ends = tuple(finder.words.day_ends)
        self.cohort_words = tuple(finder.words.cohort_words)
        self.lead_in_ends = tuple(finder.words.lead_in_ends)

    def ends_with_deadline(self, text: str) -> bool:
        """text.endswith(self.deadlines), told by its last character first."""
        if self.deadline_ends is not None and text[-1:] not in self.deadline_ends:
            return False
        return text.endswith(self.deadlines)

    def carries(
        self, sentences: list[Sentence], found: list[PeriodMatch], period_at: list[tuple[int, int]]
    ) -> list[bool]:
        """Whether each time holds beyond its own sentence: one that names years or a whole year
        does (2025年, 今年, 五年来, 全年), and so does one that opens its sentence as its frame
        (上半年，全省…); a part of the year said in passing (特别是下半年) holds in its sentence only."""
        carries = [False] * len(found)
        for index, period in enumerate(found):
            if self.ends_with_deadline(period.text):
                continue  # 2025年底前: a goal's horizon, for its own sentence
            if self.day_ends and period.text.endswith(self.day_ends) and self._figureless(sentences, period_at[index]):
                continue  # 1月15日，市政府召开新闻发布会: the day of an event, no frame of the figures after it
            sentence_index, position = period_at[index]
            if sentence_index >= 0 and self._of_a_value(sentences[sentence_index], position):
                continue  # 提升至[2025年]的98.1%: the time of one value, for its sentence only
            if period.restated or period.effective:
                continue  # 11月当月: that month alone, against the months to date; 自8月1日起: a rule's date
            if self.cohort_words and period.text.endswith(self.cohort_words):
                continue  # 2025届高校毕业生: the class a group is of, for its own sentence only
            if period.first_year is not None or period.relative_first is not None or period.whole_year:
                carries[index] = True
                continue
            if sentence_index < 0:
                continue
            sentence = sentences[sentence_index]
            opening = sentence.part_starts[position]
            for back in range(position - 1, opening - 1, -1):
                token = sentence.tokens[back]
                if token.kind == WORD and token.word in self.marks.colons:
                    opening = back + 1  # 王明：一季度，…: what follows a speaker's colon opens
                    break
            while opening < position and sentence.tokens[opening].kind == WORD:
                token = sentence.tokens[opening]
                if token.tag not in self.phrases.stop_tags and token.word not in self.phrases.strip_leading:
                    break
                opening += 1  # past adverbs and the frame: [全市]年末常住人口
            carries[index] = (
                opening == position
                or self._framing_clause(sentence, position)
                or self._opens_after_lead_in(sentence, position)
            )
        return carries

    def _of_a_value(self, sentence: Sentence, position: int) -> bool:
        """True when the time at `position` is a value's, 的 and the figure right after it
        (由2021年的46.3%提升至[2025年]的98.1%)."""
        tokens = sentence.tokens
        return (
            position + 2 < len(tokens)
            and tokens[position + 1].kind == WORD
            and tokens[position + 1].word in self.phrases.linkers
            and tokens[position + 2].kind == FIGURE
        )

    def _figureless(self, sentences: list[Sentence], at: tuple[int, int]) -> bool:
        """True when the sentence at `at` holds no figure."""
        sentence_index = at[0]
        if sentence_index < 0:
            return False
        return all(token.kind != FIGURE for token in sentences[sentence_index].tokens)

    def _opens_after_lead_in(self, sentence: Sentence, position: int) -> bool:
        """A time that opens its clause (past the frame) after a lead-in, clauses with no figure and
        no time of which the first opens with a source or a method, frames what follows as if it
        opened the sentence (初步核算，[前三季度]国内生产总值…)."""
        start = sentence.clause_starts[position]
        part = sentence.part_starts[position]
        if start == part:
            return False
        tokens = sentence.tokens
        # the clause before ends at the mark before `start`: its last word ends where that mark starts
        if not (
            sentence.text.startswith(self.lead_ins, tokens[part].start)
            or sentence.text.endswith(self.lead_in_ends, tokens[part].start, tokens[start - 1].start)
        ):
            return False
        for token in sentence.tokens[start:position]:
            if token.kind != WORD or (
                token.tag not in self.phrases.stop_tags and token.word not in self.phrases.strip_leading
            ):
                return False
        return all(token.kind == WORD or token.kind == GAP for token in sentence.tokens[part:start])

    def _framing_clause(self, sentence: Sentence, position: int) -> bool:
        """A time that is a clause of its own before any figure of its sentence frames what
        follows, after a lead-in (分产品看，10月份，…; 他介绍，前三季度，…)."""
        end = sentence.clause_ends[position]
        if end != position + 1 or end >= len(sentence.tokens):
            return False
        mark = sentence.tokens[end]
        if mark.kind != WORD or mark.word not in self.marks.clause_ends or mark.word in self.marks.colons:
            return False
        start = sentence.clause_starts[position]
        for back in range(position - 1, start - 1, -1):
            token = sentence.tokens[back]
            if token.kind != WORD or (
                token.tag not in self.phrases.stop_tags and token.word not in self.phrases.strip_leading
            ):
                return False
        return all(token.kind != FIGURE for token in sentence.tokens[:position])
