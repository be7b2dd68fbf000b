"""Noun phrases after a figure: the thing a count counts (新建3所[高校], 惠及9万[儿童]), the noun a
figure modifies through 的 (贡献了全国24.1%的[增量]), a noun right after an amount that a verb
governs (设立超500亿元[区域基金]), and what people counted take part in (有57.61万职工参加了
[基本养老保险]). The word classes are subject.NounPhrases'; the words, patterns/subject.toml's.
"""

from __future__ import annotations

from typing import Final

from presscan import wordbits as wb
from presscan.patternfile import SubjectSection
from presscan.subject import NounPhrases
from presscan.tokens import FIGURE, WORD, Token
from presscan.wordclass import MOST_SUBJECT_CHARACTERS, Phrase, phrase_of

# a relative clause between a count and its noun is short: 41个[已建成的]产业帮扶项目
_RELATIVE_WORDS: Final = 4


class NounsAfter:
    """Rules for the noun phrase after a figure, over one pattern set's word classes."""

    def __init__(self, phrases: NounPhrases, words: SubjectSection) -> None:
        self.phrases = phrases
        self.going_verbs = frozenset(words.going_verbs)  # 赴: a count's predicate, never a name
        # the tags of a name a verbal noun takes as its object: 青年志愿者服务[长沙]马拉松
        self.object_names = frozenset(words.object_name_tags)
        # a word that ends in a measure noun is one too: 总面积, 投资总额
        self._measure_endings = tuple(sorted(phrases.measure_heads))

    def after(self, tokens: list[Token], low: int, high: int, count: bool, verb_before: bool) -> Phrase | None:
        # verb_before: a verb governs the figure (设立超500亿元区域基金), or a proper name stands
        # before it (延长石油150亿方/年天然气产能): the noun right after it is what it measures
        """The noun phrase right after a figure: the thing a count counts (3所[高校]), the noun the
        figure modifies through 的 (24.1%的[增量]), or a noun right after an amount that a verb
        governs (设立超500亿元[区域基金])."""
        if low >= high:
            return None
        index = low
        through_de = tokens[index].kind == WORD and self.phrases.classes(tokens[index]) & wb.LINKERS != 0
        if through_de:
            index += 1
        elif not count and not verb_before:
            return None
        else:
            index = self._past_relative(tokens, index, high)
            if self._part_does(tokens, low, index):
                return None  # 其中1款[取得]型号合格证: what the part did, no name of it
        # after 的 the name may open with a verb of its own: 3400万人的[引]大济岷工程
        phrase = self._collect_forward(
            tokens, index, high, single_morpheme=count and not through_de, leading_verb=through_de
        )
        if phrase is None:
            return None
        if count and not through_de and high < len(tokens) and tokens[high].kind == FIGURE:
            phrase = self._places_counted(tokens, phrase)
        if through_de and any(
            self.phrases.classes(tokens[i]) & wb.GOAL_NOUNS for i in range(phrase.first, phrase.last + 1)
        ):
            return None  # 控制在3.5%的年度[目标]以内: the goal's value, of the subject before it
        if phrase.text in self.phrases.generic_nouns or all(
            self.phrases.classes(tokens[i]) & wb.GENERIC_NOUNS
            for i in range(phrase.first, phrase.last + 1)
            if tokens[i].kind == WORD
        ):
            return None
        if not through_de and not count:
            # an amount with a noun after it: only where the noun closes the clause (…500亿元区域基金。)
            following = phrase.last + 1
            if (
                following < high
                and not self.phrases.is_stop(tokens[following])
                and not self.phrases.is_verb(tokens[following])
            ):
                return None
        return phrase

    def _part_does(self, tokens: list[Token], low: int, index: int) -> bool:
        """True when the count before tokens[low] follows a partitive word (其中) and a verb opens what
        follows it, not one that names things (在建, 出生)."""
        if low < 2 or index >= len(tokens) or tokens[low - 2].word not in self.phrases.partitive:
            return False
        token = tokens[index]
        return token.kind == WORD and self.phrases.is_verb(token) and token.word not in self.phrases.attributive_verbs

    def _past_relative(self, tokens: list[Token], index: int, high: int) -> int:
        """Past a short relative clause closed by 的 after a count, its last word a verb or an adjective:
        41个[已建成的]产业帮扶项目 counts the projects, 5家[情节严重的]企业 the firms; where there is
        none, `index` as it was."""
        phrases = self.phrases
        end = index
        while end < high and end - index < _RELATIVE_WORDS and tokens[end].kind == WORD:
            token = tokens[end]
            if phrases.classes(token) & wb.LINKERS:
                if end == index:
                    return index
                last = tokens[end - 1]
                return end + 1 if phrases.is_verb(last) or last.tag in phrases.relative_end_tags else index
            if not (
                phrases.is_verb(token)
                or phrases.classes(token) & wb.INNER_ADVERB_TAGS
                or token.tag in phrases.relative_end_tags
                or (end == index and phrases.is_noun(token))  # 5家[情节]严重的企业: the clause's own subject
            ):
                return index
            end += 1
        return index

    def _closing_morpheme(self, tokens: list[Token], index: int, high: int, name: list[int] | None = None) -> bool:
        """A one-character noun morpheme (县/zg) that ends the clause: the head of the name before it;
        given the `name` read before it, one that the clause's predicate follows, where that name
        holds no mark (2000个补短[村]建设; 县（市、区）整县 runs on past a whole name)."""
        if index >= high:
            return False
        token = tokens[index]
        if token.kind != WORD or token.tag not in self.phrases.morpheme_tags or len(token.word) != 1:
            return False
        following = tokens[index + 1] if index + 1 < high else None
        if following is None or (following.kind == WORD and self.phrases.classes(following) & wb.PUNCTUATION):
            return True
        phrases = self.phrases
        return (
            name is not None
            and (
                following.tag in phrases.verbal_noun_tags
                or (phrases.is_verb(following) and not phrases.is_noun(following))
            )
            and not any(phrases.classes(tokens[i]) & (wb.PUNCTUATION | wb.CLOSE_BRACKETS) for i in name)
        )

    def _places_counted(self, tokens: list[Token], phrase: Phrase) -> Phrase:
        """A count of places ends with the place when a figure follows in its clause: 14个[设区市]
        环境空气质量优良天数比例平均为84.6% counts 设区市, and the rest is the subject of 84.6%
        ([subject] counted_places; a place of one character only as a word of its own: 设区 is none).
        Any count ends before a measure noun then (20个城市公园[面积]达到120公顷 counts 城市公园).
        """
        places = self.phrases.counted_places
        size = 0
        for index in range(phrase.first, phrase.last + 1):
            token = tokens[index]
            if token.kind != WORD:
                continue
            word = token.word
            if index > phrase.first and (word in self.phrases.measure_heads or word.endswith(self._measure_endings)):
                # 20个城市公园[面积]达到120公顷: what the next figure measures of them is no part of
                # the count, nor are the verbs that say which of it (12个试点县[参保]人数…)
                end = index - 1
                while end > phrase.first and self.phrases.is_verb(tokens[end]):
                    size -= len(tokens[end].word)
                    end -= 1
                return Phrase(phrase.text[:size], phrase.positions[:size], phrase.first, end)
            if index == phrase.last:
                break
            size += len(word)
            if word in places or any(len(place) > 1 and word.endswith(place) for place in places):
                closing = self._variants_end(tokens, index, phrase.last)  # 3个县（市、区）: its variants too
                size += sum(len(tokens[at].word) for at in range(index + 1, closing + 1))
                return Phrase(phrase.text[:size], phrase.positions[:size], phrase.first, closing)
        return phrase

    def _variants_end(self, tokens: list[Token], index: int, last: int) -> int:
        """The closing bracket of the variants in brackets right after the place at `index` (县（市、区）),
        up to `last`; else `index`."""
        if index < last and self.phrases.classes(tokens[index + 1]) & wb.OPEN_BRACKETS:
            for at in range(index + 2, last + 1):
                if self.phrases.classes(tokens[at]) & wb.CLOSE_BRACKETS:
                    return at
        return index

    def _closing_predicate(self, tokens: list[Token], index: int, high: int) -> bool:
        """Two or more verbs (or verbal nouns) from tokens[index] to the end of the clause."""
        end = index
        phrases = self.phrases
        while (
            end < high
            and tokens[end].kind == WORD
            and (phrases.is_verb(tokens[end]) or tokens[end].tag in phrases.verbal_noun_tags)
        ):
            end += 1
        if end - index < 2:
            return False
        return end >= high or (tokens[end].kind == WORD and self.phrases.classes(tokens[end]) & wb.PUNCTUATION != 0)

    def _collect_forward(
        self, tokens: list[Token], index: int, high: int, single_morpheme: bool, leading_verb: bool = False
    ) -> Phrase | None:
        parts: list[int] = []  # token indexes
        first = index
        last = index - 1
        size = 0
        depth = 0
        while index < high and size < MOST_SUBJECT_CHARACTERS:
            token = tokens[index]
            word = token.word
            if token.kind != WORD:
                break
            if word in self.phrases.open_brackets:
                if not parts:
                    break
                depth += 1
                parts.append(index)
                index += 1
                continue
            if word in self.phrases.close_brackets:
                if depth == 0:
                    break
                depth -= 1
                parts.append(index)
                last = index
                index += 1
                continue
            if depth:
                parts.append(index)
                index += 1
                continue
            if word in self.phrases.opening_quotes:
                closing = self.phrases.quoted_name_end(tokens, index, high)
                if closing >= 0:
                    # 21万家“四上”企业: a quoted name is part of the name, whatever its words
                    inner = [i for i in range(index + 1, closing) if tokens[i].kind == WORD]
                    parts.extend(inner)
                    size += sum(len(tokens[i].word) for i in inner)
                    last = closing - 1
                    index = closing + 1
                    continue
            if word in self.phrases.quotes:
                index += 1
                continue
            if word in self.phrases.list_separators and parts:
                following = tokens[index + 1] if index + 1 < high else None
                if following is not None and self.phrases.is_noun(following):
                    parts.append(index)
                    index += 1
                    continue
                break
            if word in self.phrases.comparison_adverbs:
                break  # 325种产品产量[同比]增长: a comparison opens the predicate
            if (
                leading_verb
                and parts
                and last < first
                and token.tag in self.phrases.verbal_noun_tags
                and (index + 1 >= high or self.phrases.classes(tokens[index + 1]) & wb.PUNCTUATION)
            ):
                # 500元的殡葬[救助]。: after 的 and a verb, a verbal noun closing the clause heads it
                parts.append(index)
                last = index
                break
            if (
                parts
                and (word in self.phrases.boundary or word in self.phrases.count_predicates)
                and not (self.phrases.classes(tokens[last]) & wb.STATUS_WORDS)
            ):
                break  # 四成规上企业[实现]利润增长: a clause-opening verb after a noun is its predicate
            if parts and word in self.phrases.average_words:
                break  # 3.2万户茶农[户均]增收5600元: an average opens the next figure's name
            if parts and self.phrases.opens_service(word) and not self._closing_morpheme(tokens, index + 1, high):
                break  # 为3.2万户小微企业[发放]贷款: a verb of a service opens the predicate
            if not parts and word in self.going_verbs:
                break  # 312人次[赴]一线指导: where the people counted went, no name
            if parts and word in self.phrases.negations:
                break  # 3个部门[无]计划组织出国: a denial opens the predicate, no name goes on through it
            if (
                parts
                and token.tag in self.phrases.verbal_noun_tags
                and index + 1 < high
                and tokens[index + 1].tag in self.object_names
            ):
                break  # 2.3万名青年志愿者[服务]长沙马拉松: a verb whose object is a place or a person
            if parts and self._closing_predicate(tokens, index, high):
                break  # 引大济岷工程[启动建设]。: two verbs that close the clause are its predicate
            if (
                self.phrases.is_noun(token)
                or (single_morpheme and not parts and token.tag in self.phrases.morpheme_tags)
                or (parts and self._closing_morpheme(tokens, index, high, parts))
            ):
                parts.append(index)
                size += len(word)
                last = index
                index += 1
                continue
            following = tokens[index + 1] if index + 1 < high else None
            verb = self.phrases.is_verb(token) and (bool(parts) or leading_verb or single_morpheme)
            if not parts and self.phrases.is_verb(token) and self._closing_morpheme(tokens, index + 1, high, parts):
                parts.extend((index, index + 1))  # 2000个[补短村]建设: a verb before the one-character head
                size += len(word) + len(tokens[index + 1].word)
                last = index + 1
                index += 2
                continue
            if verb and parts and self._closing_morpheme(tokens, index + 1, high):
                parts.append(index)  # 县域商业[领跑]县: a verb before the one-character head
                size += len(word)
                index += 1
                continue
            # an attributive verb or adjective inside the name: 计划新开工项目, 供需对接和投融资项目,
            # 102项重大工程; not a verb before its object (完成投资)
            if (
                following is not None
                and (verb or self.phrases.classes(token) & wb.MODIFIER_TAGS)
                and (
                    (self.phrases.is_noun(following) and following.tag not in self.phrases.verbal_noun_tags)
                    or (self.phrases.classes(following) & wb.LIST_SEPARATORS and bool(parts))
                    # 的[引]大济岷工程, 的[集中]供暖项目: a name after 的 may open with a verb
                    or (
                        verb
                        and leading_verb
                        and last < first  # no noun read yet
                        and (
                            self.phrases.classes(following) & wb.MODIFIER_TAGS
                            or following.tag in self.phrases.verbal_noun_tags
                            or self.phrases.is_verb(following)
                        )
                    )
                )
            ):
                parts.append(index)
                size += len(word)
                index += 1
                continue
            break
        kept = [index for index in parts if index <= last]
        while kept and (
            self.phrases.classes(tokens[kept[-1]]) & wb.LIST_SEPARATORS
            or self.phrases.classes(tokens[kept[-1]]) & wb.OPEN_BRACKETS
            or self.phrases.classes(tokens[kept[-1]]) & wb.LOCALISER_TAGS  # 1086人[中]: placed, not named
        ):
            kept.pop()
        phrase = phrase_of([tokens[index] for index in kept])
        if not phrase.text or (len(phrase.text) < 2 and not single_morpheme):
            return None
        phrase.first, phrase.last = first, last
        return phrase

    def outcome(self, tokens: list[Token], low: int, high: int) -> Phrase | None:
        """造成12.6万人[受灾], 3人[死亡]、5人受伤: a count of people an outcome befalls, the outcome
        closing its clause or list item, is named by it."""
        index = low
        if index >= high or tokens[index].kind != WORD or tokens[index].word not in self.phrases.outcome_verbs:
            return None  # (2.6万村民增收: the people are named, and counted_nouns reads them)
        if index + 1 < high and not self.phrases.classes(tokens[index + 1]) & wb.PUNCTUATION:
            return None
        return phrase_of([tokens[index]])

    def participation(self, tokens: list[Token], low: int, high: int) -> Phrase | None:
        """有57.61万职工[参加了]基本养老保险: a count of people who take part in something measures it."""
        index = low
        if index < high and self.phrases.is_noun(tokens[index]):
            index += 1  # the people counted: 职工
        if index >= high or tokens[index].kind != WORD or tokens[index].word not in self.phrases.participation_verbs:
            return None
        index += 1
        while index < high and tokens[index].kind == WORD and self.phrases.classes(tokens[index]) & wb.STOP_TAGS:
            index += 1  # 参加[了]
        return self._collect_forward(tokens, index, high, single_morpheme=False, leading_verb=True)
