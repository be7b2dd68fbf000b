"""Verbs inside a name: which verbs before a figure are part of what it measures.

A verb may open a clause and take what follows as its object (已[建成]充电桩), or stand inside a
name: after a noun of the name (城镇[新增]就业, 研发[投入]), as a modifier that names a population
or a stock ([出生]人口, [在建]项目), or as the object of a verb that opens the clause ([提供]就业
岗位, [开展]采购项目). subject.py reads names with these tests; the word lists are
patterns/subject.toml's.
"""

from __future__ import annotations

from presscan import wordbits as wb
from presscan.tokens import FIGURE, TIME, WORD, Token
from presscan.wordclass import Phrase, WordClasses, phrase_of


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

    def served(self, tokens: list[Token], low: int, phrase: Phrase) -> tuple[int, int] | None:
        """Where a name read back to a preposition of whom a service is for leaves out whom it was for:
        农业保险累计[为312.6万户次农户]提供风险保障 -> (the owner's last index, 累计's; the start of what
        was done, 风险保障's: an unwritten verb is left out too). None when `phrase` does not follow
        such a preposition (and a count of whom, a figure of its own, whose clause may reach back
        before `low`) or holds no verb after its first word. The owner's index is -1 when no noun
        stands before the preposition, past a time or an adverb."""
        before = phrase.first - 1
        if before > 0 and tokens[before].kind == FIGURE:
            before -= 1  # [为]312.6万户次农户: the count of whom it was for
        if before < 0 or tokens[before].kind != WORD or tokens[before].word not in self.beneficiary_prepositions:
            return None
        if before < low - 2:
            return None
        for index in range(before - 1, -1, -1):  # 以乡镇[为]单位: 为 of a basis the manner preposition opened
            if self.classes(tokens[index]) & wb.PUNCTUATION:
                break
            if tokens[index].word in self.manner_prepositions:
                return None
        verb = -1
        for index in range(phrase.first + 1, phrase.last + 1):
            token = tokens[index]
            if index == phrase.last:  # the name's last word: a verb only glued to its object (发放贷款/n)
                if token.kind == WORD and token.word not in self.service_verbs and self.opens_service(token.word, 1):
                    verb = index
                break
            if token.kind == WORD and (
                self.opens_service(token.word, 1) or (self.is_verb(token) and not self.is_noun(token))
            ):
                verb = index
                break
        if verb < 0:
            return None
        owner = before - 1
        while owner >= 0 and (
            tokens[owner].kind == TIME or self.classes(tokens[owner]) & (wb.STOP_TAGS | wb.INNER_TOTALS | wb.SET_ASIDE)
        ):
            owner -= 1  # 全年[共]为, 农业保险[累计]为: what stands between the owner and the preposition
        if owner >= 0 and not (tokens[owner].kind == WORD and self.is_noun(tokens[owner])):
            owner = -1
        return owner, verb + 1 if tokens[verb].word in self.unwritten_verbs else verb

    def opens_service(self, word: str, rest: int = 2) -> bool:
        """True when `word` is a verb of a service or opens with one before at least `rest` more
        characters: jieba glues such a verb to its object (发放贷款/n, 减免税/j)."""
        # a look-up per length of verb, not a test per verb: this runs on every word after a count
        return word in self.service_verbs or any(
            len(word) >= size + rest and word[:size] in self.service_verbs for size in self.service_verb_sizes
        )

    def _qualifies_the_verb(self, tokens: list[Token], low: int, index: int, high: int) -> bool:
        """A distinguishing word between a noun and the predicate words after it: 零售额[临时]估计为."""
        token = tokens[index]
        return (
            self.classes(token) & wb.ADVERBIAL_MODIFIER_TAGS != 0
            and index + 1 < high
            and index > low
            and tokens[index - 1].kind == WORD
            and self.is_noun(tokens[index - 1])
            and not self.classes(tokens[index - 1]) & wb.ADVERBIAL_MODIFIER_TAGS
        )

    def object_set_aside(self, tokens: list[Token], low: int, high: int, read: Phrase | None) -> Phrase | None:
        """The verbal noun set aside as a predicate right before the figure (销售/vn) when a verb that
        opens the clause stands right before it and nothing else was read, or that verb alone
        (带动销售16.8亿元, 实现销售12亿元): it is that verb's object, what was done; None otherwise."""
        at = high - 1
        if at <= low or tokens[at].kind != WORD or tokens[at].tag not in self.verbal_noun_tags:
            return None
        opener = tokens[at - 1]
        if opener.kind != WORD or not self.classes(opener) & wb.BOUNDARY:
            return None
        if read is not None and read.first != at - 1:
            return None
        phrase = phrase_of([tokens[at]])
        phrase.first = phrase.last = at
        return phrase

    def headless_relative(self, tokens: list[Token], low: int, linker: int) -> Phrase | None:
        """The clause that 的 at `linker` ends when no noun follows it, 的 included: those it
        describes (在全部农民工中，[未上过学的]占0.8%): the words back to the clause's start or its
        frame (全省), two characters at least; else None."""
        start = linker
        while start > low:
            token = tokens[start - 1]
            if token.kind != WORD or self.classes(token) & (wb.PUNCTUATION | wb.STRIP_LEADING | wb.LINKERS):
                break
            start -= 1
        if sum(len(token.word) for token in tokens[start:linker]) < 2:
            return None
        phrase = phrase_of(tokens[start : linker + 1])
        phrase.first, phrase.last = start, linker
        return phrase

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
