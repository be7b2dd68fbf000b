"""Marks and numerals inside a name: brackets, quotes and class numerals before a figure.

A name may hold a short bracketed insert (执业[（助理）]医师, 县[（市、区）]) where a note of what is
counted in stands outside it (卫生机构[（含诊所）]); a quoted name may sum up a list before it
(汽车、锂电池、光伏电池[“新三样”]产品); classes are named by numerals (Ⅰ～Ⅲ类); a ratio joins its two
terms (A与B的比率); a figure next to a goal noun is the goal's value (年度目标任务[（70万人）],
600万吨的目标). subject.py, chains and the status rules read names with these tests; the word lists
are patterns/subject.toml's and status.toml's.
"""

from __future__ import annotations

from presscan import wordbits as wb
from presscan.matchwords import has_code
from presscan.nameverbs import NameVerbs
from presscan.tokens import TIME, WORD, Token
from presscan.wordclass import MOST_SUBJECT_CHARACTERS, NAME_INSERT_CHARACTERS, Phrase, phrase_of


class NameMarks(NameVerbs):
    """The tests on marks and numerals that subject.NounPhrases reads names with."""

    def _class_numeral(self, tokens: list[Token], low: int, index: int) -> bool:
        """A numeral naming a class (Ⅲ in Ⅲ类, 劣Ⅴ类), or a joiner between two of them (Ⅰ～Ⅲ)."""
        word = tokens[index].word
        # the first character by its code point first: most words open with none (no string made of it)
        if word and has_code(self.class_numeral_codes, word, 0) and all(char in self.class_numerals for char in word):
            return True
        return (
            self.classes(tokens[index]) & wb.CLASS_NUMERAL_JOINERS != 0
            and low < index
            and index + 1 < len(tokens)
            and all(char in self.class_numerals for char in tokens[index - 1].word + tokens[index + 1].word)
            and bool(tokens[index - 1].word)
        )

    def _listed_before(self, tokens: list[Token], low: int, index: int) -> bool:
        """True when the nouns ending at `index` are the last item of a list (A、B、[太阳能电池])."""
        while index > low and self.is_noun(tokens[index]):
            index -= 1
        return (
            index > low
            and tokens[index].kind == WORD
            and self.classes(tokens[index]) & wb.LIST_MARKS != 0
            and self.is_noun(tokens[index - 1])  # 单项冠军企业47家、专精特新“小巨人”企业: no list of names
        )

    def _name_insert(self, tokens: list[Token], low: int, close: int) -> int:
        """The opening bracket of a short insert inside a name ending at `close` (执业[（助理）]医师):
        at most NAME_INSERT_CHARACTERS of words, not a note of what is counted in (（含诊所）), with a
        word right before it; -1 for any other bracket."""
        size = 0
        index = close - 1
        while index > low:
            token = tokens[index]
            if token.kind != WORD:
                return -1
            if token.word in self.open_brackets:
                break
            size += len(token.word)
            if size > NAME_INSERT_CHARACTERS or token.word in self.close_brackets:
                return -1
            abbreviation = token.word[:1].isascii() and token.word[:1].isalpha()  # 细颗粒物（[PM2.5]）年均浓度
            if not abbreviation and (
                any(char.isdigit() or char in self.class_numerals for char in token.word)
                or self.classes(token) & wb.NUMERAL_TAGS
            ):
                # 水质优良[（Ⅰ～Ⅲ类）]比例, 优良[（一、二类）]水质: a definition of the word before, not a
                # name's variant
                return -1
            index -= 1
        else:
            return -1
        if size == 0 or index == close - 1:
            return -1
        content_start = tokens[index + 1].word
        if content_start in self.aside_verbs or content_start in self.bracket_notes:
            return -1
        if self.classes(tokens[close - 1]) & wb.ENUMERATION_MARKS:
            return -1  # （装备、材料[等]）: examples of what is counted in, a note
        if "".join(token.word for token in tokens[index + 1 : close]).startswith(self.bracket_note_words):
            return -1  # （[当年价]）: a note jieba cuts into other words (当年/价)
        before = tokens[index - 1]
        if before.kind != WORD or before.word in self.punctuation:
            return -1
        return index

    def _numeral_head(self, tokens: list[Token], low: int, index: int) -> bool:
        """True for a one-character head jieba tags as a numeral or a measure word, right after a
        word of the name: 通航[点], 充电站[点] ([subject] numeral_heads)."""
        if tokens[index].word not in self.numeral_heads or index <= low:
            return False
        left = tokens[index - 1]
        return left.kind == WORD and left.tag not in self.stop_tags and left.word not in self.punctuation

    def _rank_verb(self, tokens: list[Token], low: int, high: int) -> int:
        """The index of a verb of rank before the figure at `high` with no noun of its own between
        them, only frame words (经济总量[进入]全国前20位); -1 when there is none."""
        for index in range(high - 1, low - 1, -1):
            token = tokens[index]
            if token.kind != WORD:
                continue
            if self.classes(token) & wb.RANK_VERBS:
                return index
            if self.is_noun(token) and len(token.word) > 1 and not self.classes(token) & wb.STRIP_LEADING:
                return -1
        return -1

    def _ratio_terms(self, tokens: list[Token], low: int, index: int, parts: list[int]) -> int:
        """Read `A与B` before `的比率` into `parts`; the index left of what was read."""
        read = 0
        while index >= low and read < MOST_SUBJECT_CHARACTERS:
            token = tokens[index]
            if token.kind != WORD or self.classes(token) & wb.PUNCTUATION:
                break
            if not (self.is_noun(token) or self.classes(token) & (wb.LIST_SEPARATORS | wb.PAIRED_MARKERS)):
                break
            parts.insert(0, index)
            read += len(token.word)
            index -= 1
        return index

    def verbs_alone(self, tokens: list[Token], low: int, high: int) -> Phrase | None:
        """The verbs of handling (patterns handling_verbs) that are all of tokens[low:high], with the
        list marks between them (审结、执结): what was done to the topic of the clause before; None
        otherwise."""
        verbs = self.handling_verbs
        if low >= high or tokens[high - 1].kind != WORD or tokens[high - 1].word not in verbs:
            return None
        for index in range(low, high):
            word = tokens[index].word
            if tokens[index].kind != WORD or not (word in verbs or word in self.list_separators):
                return None
        if tokens[low].word not in verbs:
            return None
        phrase = phrase_of(tokens[low:high])
        phrase.first, phrase.last = low, high - 1
        return phrase

    def object_of(self, topic: Phrase) -> Phrase:
        """What the last clause-opening verb inside `topic` acts on (仲裁机构立案受理[争议案件]), for
        other verbs to act on it too; the whole topic when no such verb stands inside it."""
        text = topic.text
        cut = max((text.rfind(verb) + len(verb) for verb in self.long_boundary if verb in text), default=0)
        return topic.tail(len(text) - cut) if 0 < cut < len(text) else topic

    def _before_note(self, tokens: list[Token], low: int, index: int) -> Token | None:
        """tokens[index], or the word before the brackets that close there (支撑配套业[（装备、材料等）])."""
        if not self.classes(tokens[index]) & wb.CLOSE_BRACKETS:
            return tokens[index]
        for back in range(index - 1, low, -1):
            bits = self.classes(tokens[back])
            if bits & wb.CLOSE_BRACKETS:
                return None
            if bits & wb.OPEN_BRACKETS:
                return tokens[back - 1]
        return None

    def _passed_over(self, tokens: list[Token], low: int, index: int, head: int) -> bool:
        """True when tokens[index], inside a name read back from its head tokens[head], is left out of
        it: a sum word (转移支付资金[共计]); after a noun of the name, a verb of occurrence, which
        names where what occurred did (煤矿[发生]事故2起: 煤矿事故), or a verb of achievement (公路[完成]
        客运量: 公路客运量; not before a word it makes a term with: 完成投资, what was done); 实现 before
        anything (星级饭店[实现]营业收入), unless the nouns before it are a means (通过公共网络实现零售额)."""
        word = tokens[index].word
        if word in self.inner_totals:
            return True
        named = tokens[index - 1] if index > low else None
        if named is not None and named.word in self.close_brackets:
            named = self._before_note(tokens, low, index - 1)
        if named is None or not self._names_with_verb(named):
            return False  # (a noun before a note in brackets: 支撑配套业（装备、材料等）[实现]营收)
        measure = tokens[head].word  # a measure's name? read only where a verb asks (str.endswith: a method call)
        if word in self.occurrence_verbs:
            # 煤矿[发生]事故: left out; 小麦赤霉病发生面积: a measure of occurrence
            return not (measure in self.measure_heads or measure.endswith(self.measure_suffixes))
        if word in self.unwritten_verbs:
            before = index - 1
            while before >= low and tokens[before].kind == WORD and self.is_noun(tokens[before]):
                before -= 1
            return before < low or tokens[before].word not in self.means_words
        terms = self.achievement_verbs.get(word)
        return terms is not None and tokens[index + 1].word not in terms  # (a word of the name follows)

    def _goods_first(self, tokens: list[Token], kept: list[int]) -> list[int]:
        """`kept` (a name's token indexes) with a trade verb that opens the goods after it moved
        behind them: 出口机电产品 -> 机电产品出口, 宁波市进口原油 -> 宁波市原油进口; as it is when
        what follows the verb is a measure (出口总额) or an agent (出口企业), or not all nouns."""
        for at in range(len(kept) - 1):
            if tokens[kept[at]].word in self.trade_verbs:
                rest = "".join(tokens[index].word for index in kept[at + 1 :])
                if (
                    all(self.is_noun(tokens[index]) for index in kept[at + 1 :])
                    and not rest.endswith(self.indicator_heads)
                    and not rest.endswith(self.trade_agents)
                ):
                    return [*kept[:at], *kept[at + 1 :], kept[at]]
                break
        return kept

    def _per_head(self, tokens: list[Token], low: int, index: int) -> bool:
        """True when a denominator (每万人) stands right before tokens[index]: 每万人[拥有]医院病床数
        names a rate, the verb inside it; elsewhere a verb of having ends a name (高中阶段教育[共有]学校)."""
        return any(self._per_word(tokens[back].word) for back in range(max(low, index - 3), index))

    def _per_word(self, word: str) -> bool:
        """word[:1] in per_markers (每), told by the first character's code point: no string made of it."""
        return has_code(self.per_codes, word, 0) if word else "" in self.per_markers

    def _contributes_to(self, tokens: list[Token], low: int, phrase: Phrase) -> bool:
        """True when `phrase` is the whole a contribution verb opens (拉动[全市进出口]增长5.5个百分点,
        [影响CPI]下降约0.24个百分点): the figure is what the clause's topic adds to that whole."""
        first = tokens[phrase.first]
        if first.kind == WORD and first.word in self.contribution_verbs and phrase.last > phrase.first:
            return True
        # the verb right before the whole, or before a word the name was trimmed of (拉动[全部]投资增长)
        return any(
            tokens[back].kind == WORD and tokens[back].word in self.contribution_verbs
            for back in range(max(low, phrase.first - 2), phrase.first)
        )

    def _by_way_of(self, tokens: list[Token], phrase: Phrase) -> Phrase | None:
        """A flow named by the way it goes, after a preposition of manner, without its manner noun:
        以[一般贸易方式进出口] -> 一般贸易进出口; None when no manner noun stands inside `phrase` before
        the flow's word."""
        for index in range(phrase.first + 1, phrase.last):
            if tokens[index].word in self.manner_nouns:
                way = phrase_of(tokens[phrase.first : index])
                flow = phrase_of(tokens[index + 1 : phrase.last + 1])
                named = way + flow
                named.first, named.last = phrase.first, phrase.last
                return named
        return None

    def _manner_preposition(self, tokens: list[Token], low: int, first: int) -> int:
        """The index of a preposition of manner (按, 按照) whose object starts at `first`, past a
        verb or modifier of that object (按[可比]口径); -1 when there is none."""
        for back in range(first - 1, max(low, first - 3) - 1, -1):
            token = tokens[back]
            if token.kind != WORD:
                return -1
            if token.word in self.manner_prepositions:
                return back
            if not (self.is_verb(token) or self.classes(token) & wb.MODIFIER_TAGS):
                return -1
        return -1

    def goal_after(self, found: list[Token], position: int) -> bool:
        """True when 的 and a goal noun follow the figure, with at most one word between them
        (600万吨的[目标], 3.5%的年度[目标], 5%左右的预期[目标]; a year between: 70%的2030年[目标]), or
        a goal noun right after it (完成“十四五”下降19.5%[目标]的71.3%)."""
        index = position + 1
        if index < len(found) and found[index].kind == WORD and self.classes(found[index]) & wb.GOAL_NOUNS:
            return True
        if index >= len(found) or found[index].kind != WORD or not self.classes(found[index]) & wb.LINKERS:
            return False
        for ahead in range(index + 1, min(index + 3, len(found))):
            token = found[ahead]
            if token.kind == TIME:
                continue  # 70%的[2030年]目标: the goal's year
            if token.kind != WORD:
                return False
            if self.classes(token) & wb.GOAL_NOUNS:
                return True
        return False

    def goal_before(self, found: list[Token], position: int) -> bool:
        """True when the figure stands alone in brackets right after a goal noun, whose last word
        or two end with one (年度目标/任务（70万人）)."""
        return position >= 2 and self.alone_in_brackets(found, position) and self.ends_a_goal_noun(found, position - 2)

    def ends_a_goal_noun(self, found: list[Token], end: int) -> bool:
        """True when the word at `end`, or it and the word before, end with a goal noun (年度目标/任务)."""
        named = found[end].word
        if end > 0:
            named = found[end - 1].word + named
        return named.endswith(self.goal_noun_ends)
