"""Shares: a figure that is a part of a whole (占, 为…的), read as its part (the subject) and
its whole (the base).

工业用电占全社会用电量的61.2% has the part 工业用电 and the whole 全社会用电量; a share or
multiple of a named whole after a verb and 的 (投资486亿元，为年度计划的103.2%) has the whole
as its base and leaves the subject to the clause before the verb or to the topic chain.
"""

from __future__ import annotations

from presscan import wordbits as wb
from presscan.subject import NounPhrases
from presscan.tokens import FIGURE, TIME, WORD, Token
from presscan.wordclass import QUOTED_NAME_CHARACTERS, Phrase, inside, phrase_of


class Share:
    """A share construction before a figure: the part (may be None: inherited) and the whole."""

    __slots__ = ("base", "part")

    def __init__(self, part: Phrase | None, base: Phrase | None) -> None:
        self.part = part
        self.base = base


class Shares:
    """The share rules of one pattern set."""

    def __init__(self, phrases: NounPhrases) -> None:
        self.phrases = phrases

    def share(self, tokens: list[Token], low: int, high: int, skip: list[tuple[int, int]]) -> Share | None:
        """A share before the figure: A占B(的)(比重)(为) x% -> part A, base B."""
        marker = self.marker(tokens, low, high, skip)
        if marker < 0:
            return None
        base_words: list[Token] = []
        named: Phrase | None = None
        for index in range(marker + 1, high):
            token = tokens[index]
            if token.kind != WORD or self.phrases.classes(token) & wb.PUNCTUATION:
                break
            if self.phrases.classes(token) & wb.OPEN_BRACKETS:
                named = self._named_share(tokens, index, high)
                break
            base_words.append(token)
        while base_words and (
            self.phrases.classes(base_words[-1]) & wb.SKIP_TRAILING
            # 占GDP比重[预计]达到10%; but 占[计划]的85%: a plan may be the whole
            or (len(base_words) > 1 and self.phrases.classes(base_words[-1]) & wb.STATUS_WORDS)
            or base_words[-1].word in self.phrases.share_heads
            or self.phrases.classes(base_words[-1]) & wb.LINKERS
        ):
            base_words.pop()
        words = [token for token in base_words if not self.phrases.classes(token) & wb.QUOTES]
        part = named or self.phrases.before(tokens, low, marker, skip)
        return Share(part, phrase_of(words) if words else None)

    def marker(self, tokens: list[Token], low: int, high: int, skip: list[tuple[int, int]]) -> int:
        """The index of the last share marker (占, 所占比重) in tokens[low:high], or -1."""
        for index in range(high - 1, low - 1, -1):
            token = tokens[index]
            if token.kind == WORD and self.phrases.classes(token) & wb.SHARE_MARKERS and inside(skip, index) < 0:
                return index
        return -1

    def _named_share(self, tokens: list[Token], opening: int, high: int) -> Phrase | None:
        """The name a bracket after a share's whole gives the share (占总人口的比重[（城镇化率）]为65%):
        nouns only, and nothing but predicate words between the bracket and the figure."""
        phrases = self.phrases
        closing = opening + 1
        while closing < high and tokens[closing].kind == WORD and not phrases.classes(tokens[closing]) & wb.PUNCTUATION:
            if phrases.classes(tokens[closing]) & wb.CLOSE_BRACKETS:
                break
            closing += 1
        if (
            closing == opening + 1
            or closing >= high
            or not phrases.classes(tokens[closing]) & wb.CLOSE_BRACKETS
            or not phrases.is_noun(tokens[closing - 1])
            or tokens[opening + 1].word in phrases.bracket_notes  # 全社会用电量（含居民用电）: a note
            or phrases.classes(tokens[opening + 1]) & wb.ASIDE_VERBS
        ):
            return None
        for token in tokens[closing + 1 : high]:
            if token.kind != WORD or not phrases.classes(token) & wb.PREDICATES:
                return None  # 高达, 为, 达到: only the predicate stands between
        name = tokens[opening + 1 : closing]
        return phrase_of(name) if sum(len(token.word) for token in name) <= QUOTED_NAME_CHARACTERS else None

    def share_of(self, tokens: list[Token], low: int, high: int, skip: list[tuple[int, int]]) -> Share | None:
        """A share or multiple of a named whole: A为B的 x% (A相当于B的 2倍) -> part A (None when the
        clause opens with the verb), base B. The figure stands at `high`, right after 的."""
        phrases = self.phrases
        if high - 1 <= low or tokens[high - 1].kind != WORD or not phrases.classes(tokens[high - 1]) & wb.LINKERS:
            return None
        whole_end = self._past_bracketed_value(tokens, low, high - 1)  # 年度目标任务[（70万人）]的132%
        for index in range(whole_end - 1, low - 1, -1):
            token = tokens[index]
            if token.kind == FIGURE or phrases.classes(token) & wb.PUNCTUATION:
                return None
            if token.kind == WORD and token.word in phrases.share_of_markers and inside(skip, index) < 0:
                words = [t for t in tokens[index + 1 : whole_end] if not phrases.classes(t) & wb.QUOTES]
                part = phrases.before(tokens, low, index, skip)
                if words and words[0].kind == TIME and words[0].word[:1] in phrases.share_of_markers:
                    del words[0]  # 恢复[至2019年]同期的: the time took the verb's 至 (a range's end)
                    if not words:
                        return Share(part, None)  # 恢复到2019年的95%: the whole is a time (no base)
                if not words:
                    return None
                return Share(part, phrase_of(words))
        return None

    def _past_bracketed_value(self, tokens: list[Token], low: int, end: int) -> int:
        """Where the whole's words end before tokens[end] (its 的): before a bracket that holds
        the whole's value and nothing else (完成年度目标任务（70万人）的132%), else `end` itself."""
        phrases = self.phrases
        value = end - 2  # the figure between the brackets right before 的
        if value - 1 < low or tokens[value].kind != FIGURE or not phrases.alone_in_brackets(tokens, value):
            return end
        return value - 1

    def frame_whole(self, clause: list[Token]) -> Phrase | None:
        """The whole that a clause of a noun and a localiser (its last token) and nothing else
        sets for the shares after it: [全市户籍人口中]，老年人占23.6% -> 户籍人口; None after a noun of
        time or activity (在推进过程中) or when more than a frame stands before the noun."""
        phrases = self.phrases
        if len(clause) < 2:
            return None
        whole = phrases.before(clause, 0, len(clause) - 1, [])
        if whole is None or clause[whole.last].word in phrases.frame_nouns:
            return None
        first = whole.first
        if first > 0 and phrases.classes(clause[first - 1]) & wb.BOUNDARY:
            first -= 1  # [新增]贷款中: the verb names the whole with its noun
            whole = phrase_of(clause[first : whole.last + 1])
        for token in clause[:first]:
            framing = token.kind == TIME or phrases.classes(token) & (wb.STRIP_LEADING | wb.NON_SUBJECTS) != 0
            if not framing and not phrases.is_stop(token):
                return None  # more than a frame and a noun before the localiser: no whole
        return whole

    def opens_clause(self, found: list[Token], low: int, first: int) -> bool:
        """True when nothing but its frame (a time, 全市, adverbs) stands before the figure in its
        clause: a share there quantifies the noun after it (全市近[三成]企业…)."""
        phrases = self.phrases
        for index in range(low, first):
            token = found[index]
            if token.kind == TIME or phrases.classes(token) & wb.STRIP_LEADING:
                continue
            if token.kind != WORD or not phrases.is_stop(token) or phrases.classes(token) & wb.PUNCTUATION:
                return False
        return True
