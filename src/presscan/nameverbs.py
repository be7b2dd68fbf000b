"""Verbs inside a name: which verbs before a figure are part of what it measures.

A verb may open a clause and take what follows as its object (已[建成]充电桩), or stand inside a
name: after a noun of the name (城镇[新增]就业, 研发[投入]), as a modifier that names a population
or a stock ([出生]人口, [在建]项目), or as the object of a verb that opens the clause ([提供]就业
岗位, [开展]采购项目). subject.py reads names with these tests; the word lists are
patterns/subject.toml's.
"""

from __future__ import annotations

from presscan import wordbits as wb
from presscan.tokens import TIME, WORD, Token
from presscan.wordclass import Phrase, WordClasses


class NameVerbs(WordClasses):
    """The tests on verbs that subject.NounPhrases reads names with."""

    def _names_with_verb(self, left: Token) -> bool:
        """True when `left` is a noun of a name (not the frame, a goal or a clause-opening word)."""
        return self.is_noun(left) and not self.classes(left) & (wb.STRIP_LEADING | wb.STATUS_WORDS | wb.BOUNDARY)

    def _opening_modifier(self, tokens: list[Token], low: int, index: int, verb_head: bool = False) -> bool:
        """True when tokens[index] opens its clause (nothing but the frame before it) and is a verb
        that names a population or a stock before a noun (出生人口, 在建项目), not one that takes
        an object (实施项目)."""
        token = tokens[index]
        if not self.is_verb(token) and not self.classes(token) & wb.ATTRIBUTIVE_VERBS:
            return False  # (an attributive verb whatever its tag: 过夜/t 游客)
        if (
            verb_head
            and self._opens(tokens, low, index)
            and not self.classes(token) & (wb.BOUNDARY | wb.SKIP_TRAILING | wb.STATUS_WORDS)
        ):
            return True  # [购进]价格下降2.6%: a predicate follows the name, so the verb before it names
        if not self.classes(token) & wb.ATTRIBUTIVE_VERBS:
            # right after a verb that opens the clause, a second verb before the name's noun is
            # in the name: [开展]采购项目 (the first verb takes the whole as its object); not a
            # verb of building, a second action ([新建]改造农村公路)
            if self.classes(token) & (wb.SKIP_TRAILING | wb.STATUS_WORDS | wb.ACTION_VERBS):
                return False
            if index > low and self.classes(tokens[index - 1]) & wb.BOUNDARY:
                return not self.classes(token) & wb.BOUNDARY
            # so after any other verb that opens the clause: [提供]就业岗位, [组织]招聘活动
            return self._plain_opening_verb(tokens, low, index - 1)
        # at the clause's opening, or after a verb that opens the clause: 惠及[参保]群众
        return (
            self._opens(tokens, low, index)
            or self.classes(tokens[index - 1]) & wb.BOUNDARY != 0
            or self._plain_opening_verb(tokens, low, index - 1)
        )

    def _plain_opening_verb(self, tokens: list[Token], low: int, index: int) -> bool:
        """True when tokens[index] is a verb that opens its clause and takes what follows as its
        object, one of no word list (提供, 达成, 组织): not a frame, goal or clause-opening word."""
        if index < low or tokens[index].kind != WORD or not self.is_verb(tokens[index]):
            return False
        word = tokens[index].word
        if (
            word in self.boundary
            or word in self.strip_leading
            or word in self.status_words
            or word in self.skip_trailing
            or word in self.aside_verbs
        ):
            return False
        return self._opens(tokens, low, index)

    def _opens(self, tokens: list[Token], low: int, index: int) -> bool:
        """True when tokens[index] opens its clause: nothing but the frame (a time, a mark, 全省)
        stands right before it."""
        if index == low:
            return True
        left = tokens[index - 1]
        return left.kind == TIME or self.classes(left) & (wb.PUNCTUATION | wb.STRIP_LEADING) != 0

    def _noun_left(self, tokens: list[Token], low: int, index: int) -> bool:
        """True when a noun of the name (not the frame: 全省) stands left of tokens[index], right
        before it or before a verb or two of the name (政府[采购][预算]金额)."""
        for back in range(index - 1, max(low, index - 3) - 1, -1):
            token = tokens[back]
            if self.classes(token) & (wb.BOUNDARY | wb.STATUS_WORDS):
                return False  # 新建/ns 改造城市燃气管网, 计划/n 实施: a clause-opening or goal word, whatever its tag
            if self.is_noun(token):
                return not self.classes(token) & wb.STRIP_LEADING
            if self.classes(token) & wb.MODIFIER_TAGS:
                continue  # 噪声昼间[平均]等效声级: a modifier of the name
            if self.classes(token) & wb.LIST_SEPARATORS and not self.classes(token) & wb.LIST_MARKS:
                continue  # 社会保障[和]就业支出: a verb coordinated with a noun of the name
            if not self.is_verb(token) or self.classes(token) & wb.SKIP_TRAILING:
                return False
        return False

    def names_a_total(self, tokens: list[Token], low: int, head: Phrase) -> bool:
        """True when the word right before a total or rate named alone (总量, 增速: `relative_heads`)
        is a verb that names an indicator, not a predicate or the clause's frame ([支出]总量)."""
        if head.first <= low:
            return False
        verb = tokens[head.first - 1]
        return (
            verb.kind == WORD
            and self.is_verb(verb)
            and not self.classes(verb) & (wb.BOUNDARY | wb.SET_ASIDE | wb.PREDICATES | wb.STRIP_LEADING)
        )
