"""What a percentage measures: a share (of a whole) or a growth rate, read in the figure's own
predicate with the words of patterns/measure.toml; any other figure measures neither. And a
length of time that its subject says is a count of days or hours (高温日数28天), or that a verb of
change moved (比上年缩短1.8天), is a count.
"""

from __future__ import annotations

from typing import Final

from presscan import wordbits as wb
from presscan.match import RawFigure
from presscan.patternset import AttributionWords
from presscan.subject import NounPhrases
from presscan.tokens import FIGURE, TIME, WORD, Token

SHARE: Final = "share"
GROWTH: Final = "growth"
DURATION: Final = "duration"  # kinds of patterns/units.toml
COUNT: Final = "count"
# a length of time written with a magnitude and at least this long is summed over many (4.8万小时,
# 0.87万小时)
_SUMMED_AT_LEAST: Final = 1_000


class Measures:
    """The measure rules over one pattern set's words."""

    def __init__(self, words: AttributionWords, phrases: NounPhrases) -> None:
        self.phrases = phrases
        m = words.measure
        self.share_words = frozenset(m.share)
        self.share_word_list = tuple(sorted(self.share_words))  # looped over in compiled code (a set is iterated)
        self.growth_words = frozenset(m.growth)
        self.level_words = frozenset(m.level)
        self.percent_kinds = frozenset(m.percent_kinds)
        self.counted_ends = (*m.time_counts, *m.day_grades)  # 高温日数28天; 轻度污染4天: days of a grade
        self.grades = tuple(m.day_grades)
        # a length of time a verb of change moved (缩短1.8天, 延长2.3年, 压缩至62分钟) is a time measured
        d = words.direction
        self.change_words = frozenset((*d.up, *d.down, *d.baseline_up, *d.baseline_down))
        self.average_words = tuple(sorted(phrases.average_words))
        # 平均停留2.8天, 累计飞行68小时, 最长超期127天: an average, a sum or an extreme of many spans
        self.averaging = frozenset((*phrases.average_words, *m.summing_words, *m.extreme_words))
        self.covering_verbs = frozenset(m.covering_verbs)

    def kind(self, figure: RawFigure, subject: str | None, found: list[Token], position: int) -> str | None:
        """count for a length of time whose subject is a number of days or hours (高温日数28天), an
        average (滑雪场[平均]运营138天: a statistic of many spans, not one span), one with a magnitude of a
        thousand or more (志愿服务2.2万小时, 0.87万小时; not 二十余年), or one a verb of change right before it
        moved (比上年缩短1.8天: found[position] is the figure), days of a grade (轻度污染4天), and those
        _averaged_or_covered finds; None where the figure's own kind stands."""
        if figure.kind != DURATION:
            return None
        if figure.magnitude is not None and figure.value >= _SUMMED_AT_LEAST:
            return COUNT  # 对外开放机时4.8[万]小时: time summed over many, no span anyone lives through
        before = found[position - 1] if position > 0 else None
        if before is not None and before.kind == WORD and before.word in self.change_words:
            return COUNT  # 比上年缩短[1.8天]: a time measured, moved
        if before is not None and before.kind == WORD and before.word.endswith(self.grades):
            return COUNT  # 其中，[优]9天: a grade of one character names no subject
        if subject is not None and (
            subject.endswith(self.counted_ends) or any(word in subject for word in self.average_words)
        ):
            return COUNT
        return COUNT if self._averaged_or_covered(found, position) else None

    def _averaged_or_covered(self, found: list[Token], position: int) -> bool:
        """True when an average, a summing or an extreme word stands before found[position] in its clause,
        past the items of a list (平均提前23天, 累计飞行1436架次、1892小时, 最长超期127天), or a covering verb
        right before it, past a qualifier (可支付[约]7.8个月)."""
        back = position - 1
        while back >= 0:
            token = found[back]
            if token.kind == FIGURE or (token.kind == WORD and self.phrases.classes(token) & wb.LIST_MARKS):
                back -= 1
                continue
            if token.kind != WORD or self.phrases.classes(token) & wb.PUNCTUATION:
                return False
            if token.word in self.averaging:
                return True
            if token.word in self.covering_verbs and back >= position - 2:
                return True
            back -= 1
        return False

    def measure(
        self, found: list[Token], low: int, position: int, figure: RawFigure, subject: str | None, based: bool
    ) -> str | None:
        """share (a share word before the figure, in its subject, or a base) or growth (a growth
        word right before it, past adverbs and qualifiers), for percentages only."""
        if figure.kind not in self.percent_kinds:
            return None
        if based or any(t.kind == WORD and t.word in self.share_words for t in found[low:position]):
            return SHARE
        if subject is not None and any(word in subject for word in self.share_word_list):
            return SHARE
        for back in range(position - 1, low - 1, -1):
            token = found[back]
            if token.kind == TIME:
                continue
            if token.kind != WORD or token.word in self.level_words:
                break  # 提高[到]2.65%: the level reached, not the growth
            if token.word in self.growth_words:
                return GROWTH
            previous = found[back - 1] if back > low else None
            if previous is not None and previous.kind == WORD and previous.word + token.word in self.growth_words:
                return GROWTH  # 偏/a 多/m: a growth word jieba cuts in two
            if self.phrases.classes(token) & (wb.STOP_TAGS | wb.SKIP_TRAILING):
                continue
            break
        return None
