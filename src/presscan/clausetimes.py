"""Times a figure's own clause gives it, over those in force: the start of a change (从1996年下跌),
the time of a comparison's baseline value (较[上一季]的3.1%), when a figure was seen (出现在7月29日),
and whether a time said in passing in one part of a sentence reaches the figure's part.
timeline.py asks; the words are patterns/periods.toml's and subject.toml's.
"""

from __future__ import annotations

from typing import Final

from presscan.periods import PeriodFinder, PeriodMatch
from presscan.subject import NounPhrases
from presscan.tokens import FIGURE, TIME, WORD, Marks, Sentence

_SEEN_WITHIN: Final = 6  # tokens after a figure a time it was seen at may stand at (，/出现/在/TIME)


class ClauseTimes:
    """The clause-level time rules over one pattern set."""

    def __init__(self, finder: PeriodFinder, phrases: NounPhrases, marks: Marks) -> None:
        self.phrases = phrases
        self.marks = marks
        self.dating_verbs = tuple(finder.words.dating_verbs)
        # the words that open the start of a change (由0.95%下降为0.71%)
        self.change_starts = frozenset(finder.words.clause_only_prefixes)

    def earlier_part(self, sentences: list[Sentence], time_at: tuple[int, int], figure_at: tuple[int, int]) -> bool:
        """True when the time at `time_at` stands in a part of the sentence (split at ；) before the
        figure's, and the figure's part names a topic of its own (not: ；环比增长0.42%, which goes
        on with the part before)."""
        sentence = sentences[figure_at[0]]
        part = sentence.part_starts[figure_at[1]]
        if sentence.part_starts[time_at[1]] == part:
            return False
        opening = sentence.tokens[part]
        phrases = self.phrases
        return not (
            opening.kind == FIGURE
            or opening.word in phrases.skip_trailing
            or opening.word in phrases.comparison_adverbs
            or opening.word in phrases.comparison_markers
            or opening.word in phrases.predicates
        )

    def seen_at(self, sentence: Sentence, position: int, found: list[PeriodMatch], usable: list[bool]) -> int:
        """The time after the figure at `position`, in its part of the sentence and before any other
        figure, that a verb of occurrence opens (极端最高气温38.6℃，出现在7月29日): when the figure was
        seen; -1 when there is none."""
        if not self.dating_verbs:
            return -1
        tokens = sentence.tokens
        part = sentence.part_starts[position]
        # only marks and the verb stand between: the time is a few tokens on (，出现在7月29日)
        for after in range(position + 1, min(len(tokens), position + _SEEN_WITHIN)):
            token = tokens[after]
            if token.kind == FIGURE or sentence.part_starts[after] != part:
                return -1
            if token.kind == TIME:
                period = found[token.index]
                # only the verb and marks between: a clause with a subject of its own (最高峰出现在…)
                # tells when that was
                between = "".join(
                    char
                    for char in sentence.text[tokens[position].end : period.start]
                    if char not in self.marks.punctuation
                )
                return token.index if usable[token.index] and between in self.dating_verbs else -1
        return -1

    def clause_time(
        self, sentences: list[Sentence], at: tuple[int, int], found: list[PeriodMatch], usable: list[bool]
    ) -> int:
        """A 从-time right before the figure in its clause (no figure between): the start of the
        change the figure states; a compared time and 的 right before it: the baseline's value."""
        sentence_index, position = at
        sentence = sentences[sentence_index]
        tokens = sentence.tokens
        for back in range(position - 1, sentence.clause_starts[position] - 1, -1):
            token = tokens[back]
            if token.kind == FIGURE:
                break
            if token.kind == TIME and usable[token.index] and found[token.index].clause_only:
                return token.index
        # 较[上一季]的3.1%, 与[2020年]人口普查的949.89万人相比: the value of a comparison's baseline is
        # of the baseline's time
        linker = position - 1
        if linker >= 0 and tokens[linker].kind == WORD and tokens[linker].word in self.change_starts:
            return self._compared_time(sentence, position)  # 与2020年…相比，文盲率由[0.95%]下降为0.71%
        if linker < 2 or tokens[linker].kind != WORD or tokens[linker].word not in self.phrases.linkers:
            return -1
        time = -1
        for back in range(linker - 1, sentence.clause_starts[position] - 1, -1):
            token = tokens[back]
            if token.kind == FIGURE:
                break
            if token.kind == TIME and time < 0:
                time = token.index
            elif token.kind == WORD and token.word in self.phrases.baseline_openers:
                return time
        return -1

    def _compared_time(self, sentence: Sentence, position: int) -> int:
        """The time of a comparison earlier in the sentence (与[2020年]第七次全国人口普查相比，…), which
        the start of a change after it (由0.95%下降为0.71%) is the value of; -1 when there is none."""
        tokens = sentence.tokens
        time = -1
        for first, end in self.phrases.baseline_spans(tokens, 0, position, sentence.text):
            for token in tokens[first:end]:
                if token.kind == TIME:
                    time = token.index
        return time
