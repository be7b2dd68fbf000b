"""Subjects listed for figures listed in order (A、B分别增长1%、2%): the items of the list
before the figures, the head they share, and the whole they are shares of when they are
parts (城镇和农村居民消费支出占可支配收入比重分别为66.2%和81.5%). chains.py asks for them.
"""

from __future__ import annotations

from collections.abc import Callable

from presscan import wordbits as wb
from presscan.clauselists import ClauseLists
from presscan.listitems import class_head, joiner, ordinal_items, shared_head, split_items, timed_head
from presscan.patternset import AttributionWords
from presscan.shares import Shares
from presscan.subject import NounPhrases
from presscan.tokens import GAP, TIME, WORD, Token, WordTagger
from presscan.wordclass import Phrase, phrase_of


class ListedSubjects(ClauseLists):
    """List rules over one pattern set."""

    def __init__(
        self,
        phrases: NounPhrases,
        shares: Shares,
        words: AttributionWords,
        tagger: Callable[[], WordTagger],
        numerals: frozenset[str] = frozenset(),
    ) -> None:
        self.phrases = phrases
        self.shares = shares
        self.distributive = frozenset(words.subject.distributive)
        self.list_copulas = frozenset(words.subject.list_copulas)
        self.list_gaps = frozenset(words.subject.list_separators)
        self.change_words = tuple(word for word in (*words.direction.up, *words.direction.down) if len(word) >= 2)
        self.list_bounds = frozenset(words.subject.list_bounds)
        self.all_adverbs = frozenset(words.subject.all_adverbs)
        # the dictionary's names that hold a list word, which splits no list inside them
        self.listed_names = tuple(name for name in words.subject.dictionary if any(g in name for g in self.list_gaps))
        self._gap_sets = [*(frozenset((gap,)) for gap in sorted(self.list_gaps)), self.list_gaps]  # after the joiner
        self._tagger = tagger
        # the characters of numbers (三, 两, 十): a numeral word opening with none (年, 月) sums nothing up
        self.numerals = numerals
        # words that end a name with a head of its own: a list item ending so shares no head
        self._own_heads = tuple(sorted({*phrases.measure_heads, *phrases.noun_suffixes}))
        self._class_suffixes = tuple(sorted(phrases.class_suffixes))

    @property
    def tagger(self) -> WordTagger:
        return self._tagger()

    def parts(
        self,
        found: list[Token],
        low: int,
        first: int,
        members: int,
        skip: list[tuple[int, int]],
        earlier: list[Phrase | None],
        kind: str,
        whole: Phrase | None = None,
        text: str = "",
    ) -> tuple[list[Phrase | None] | None, Phrase | None]:
        """The subjects listed for a group of figures of `kind` before found[first] (see _subjects), and the whole they
        are shares of. Parts listed before a share's marker are the items, its whole none of
        them (城镇和农村居民消费支出占可支配收入比重分别为…); the whole after the marker is the
        base of them all (…，分别占全省的6.1%和5.8%)."""
        counted = kind == "count"
        marker = self.shares.marker(found, low, first, skip)
        listed = None
        if marker > low:
            listed = self._subjects(found, low, marker, members, joiner(found, first), skip, earlier, counted, text)
        if listed is None:
            listed = self._subjects(found, low, first, members, joiner(found, first), skip, earlier, counted, text)
        if listed is None or marker < 0:
            return listed, None
        share = self.shares.share(found, low, first, skip)
        if share is not None and share.base is not None:
            return listed, share.base
        if whole is not None and any(subject is not None and subject.text == whole.text for subject in listed):
            return listed, None  # a part's own name is no whole of the parts (其中 opened the sentence)
        return listed, whole  # 其中，A、B分别完成…，分别占76.3%和9.0%: shares of the topic before 其中

    def _subjects(
        self,
        found: list[Token],
        low: int,
        first: int,
        members: int,
        joiner: str,
        skip: list[tuple[int, int]],
        earlier: list[Phrase | None],
        counted: bool,
        text: str = "",
    ) -> list[Phrase | None] | None:
        """A list of subjects paired with a list of figures: A、B分别增长1%、2%. The items are
        split at the word that joins the figures (医生和护师、护士分别为…和…), else at whichever
        one list word gives as many items as figures (批发、零售业与运输、仓库业分别占…), else
        at every list word; an item that holds its own list stays whole, and a head the last
        item has and the others lack is theirs too (广播和电视人口覆盖率). With no items before
        the figures, they pair with the subjects of as many figures before them."""
        stem_end = first
        for index in range(first - 1, low - 1, -1):
            if found[index].kind == WORD and found[index].word in self.distributive:
                stem_end = index
                break
        stem_start = low  # past the frame before the list: 全年交通、水利投资
        while stem_start < stem_end and (found[stem_start].kind == TIME or found[stem_start].kind == GAP):
            stem_start += 1
        items: list[tuple[int, int]] = []
        candidates = [frozenset((joiner,)), *self._gap_sets]
        in_names = self._inside_names(found, stem_start, stem_end, text)
        for separators in candidates:
            items = split_items(found, stem_start, stem_end, separators, in_names)
            if len(items) == members:
                break
        if items and all(b - a == 1 and found[a].kind == TIME for a, b in items):
            return None  # a list of times: the periods pair up (timeline.py)
        if len(items) == members:
            summed, numeral = self._head_after_summary(found, items[-1], members)
            items[-1] = (
                (items[-1][0], numeral) if summed is not None else self._without_summary(found, items[-1], members)
            )
            ordinals = ordinal_items(self.phrases, self.tagger, found, items, skip)
            timed = timed_head(self.phrases, found, items, skip) if ordinals is None else None
            if ordinals is not None or timed is not None:
                return list(ordinals or timed or ())
            names: list[Phrase] = []
            wholes = 0
            for item_start, item_end in items:
                phrase = self.phrases.before(found, item_start, item_end, skip)
                phrase = phrase or self.phrases.tenor_item(found, item_start, item_end)  # 15年期、20年期债券
                if phrase is None:
                    break
                whole = self.phrases.item(found, item_start, item_end)
                if whole is not None and whole.text.endswith(phrase.text):
                    names.append(whole)
                    wholes += 1
                else:
                    names.append(phrase)
            if len(names) == members and summed is not None:
                return self._measured([name + summed for name in names], found, stem_end, first)  # 宁德、漳州[两市]…
            if len(names) == members:
                last_first, last_end = items[-1]
                words = [t.word for t in found[last_first:last_end] if t.kind == WORD]
                item_texts = [name.text for name in names]
                size = class_head(item_texts, self._class_suffixes) or (
                    0 if wholes else shared_head(item_texts, words, self._own_heads, self.tagger)
                )
                longer = len(names[-1].text) - len(names[0].text) >= 2  # a head by the items' lengths
                if size and counted and not longer and self._named_in_full(found, items, names[-1].text[-size:]):
                    size = 0  # 概念验证中心、中试基地分别达到69家、107家: things counted, each named
                if not size:
                    return self._measured(list(names), found, stem_end, first)
                while size > 2 and 2 * sum(text.endswith(item_texts[-1][-size]) for text in item_texts[:-1]) > len(
                    item_texts[:-1]
                ):
                    size -= 1  # …、金银珠宝类、粮油食品[类]零售额: the ending most items have is the last's own
                last = names[-1]
                opening = max(
                    last.text.rfind(bracket, 0, len(last.text) - size + 1) for bracket in self.phrases.open_brackets
                )
                closing = max(last.text.rfind(bracket) for bracket in self.phrases.close_brackets)
                if len(last.text) - size <= closing < len(last.text) - 2 and opening > 0:
                    # 二氧化硫（SO2）、二氧化氮[（NO2）]平均浓度: each item's own insert, said in none
                    size = len(last.text) - closing - 1
                    last = Phrase(last.text[:opening], last.positions[:opening]) + last.tail(size)
                head = last.tail(size)
                return self._measured([*(name + head for name in names[:-1]), last], found, stem_end, first)
        if 0 < len(items) < members and text and stem_end < first:
            spread = self._comma_list(found, stem_start, stem_end, members, text)
            if spread is not None:
                return spread
            listed = self._named_before(found, low, members, text) if len(items) == 1 else None
            measure = self.phrases.before(found, stem_start, stem_end, skip) if listed is not None else None
            if listed is not None and measure is not None:
                # 前五的品类分别为服装、家电…，[零售额]分别为…: each item's measure
                return [name + measure if name is not None else None for name in listed]
        stem = self.phrases.before(found, stem_start, stem_end, skip)
        if stem is None or stem.text in self.phrases.change_heads:  # …较快，[增速]分别为: the rates of the list
            named = (
                self._named_before(found, low, members, text)
                or self._ranked_before(found, low - 1, members, text)
                or self._opening_list(found, low - 1, members, text)
            )
            if named is not None or stem is not None:
                return named
            known: list[Phrase | None] = []
            texts: set[str] = set()
            for subject in reversed(earlier):
                if subject is not None and subject.text not in texts:
                    known.insert(0, subject)
                    texts.add(subject.text)
                    if len(known) == members:
                        return known
        return None

    def _inside_names(self, found: list[Token], low: int, high: int, text: str) -> frozenset[int]:
        """The indexes of the separators in found[low:high] that stand inside a name of the
        dictionary that holds them (交通运输、仓储和邮政业, 批发和零售业), or before a bound
        (重度[及]以上污染)."""
        inside = {
            index
            for index in range(low, high - 1)
            if found[index].word in self.list_gaps and found[index + 1].word in self.list_bounds
        }
        if not text or low >= high or not self.listed_names:
            return frozenset(inside)
        start, end = found[low].start, found[high - 1].end
        for name in self.listed_names:
            at = text.find(name, start, end)
            while at >= 0:
                inside.update(i for i in range(low, high) if at < found[i].start and found[i].end < at + len(name))
                at = text.find(name, at + len(name), end)
        return frozenset(inside)

    def _without_summary(self, found: list[Token], item: tuple[int, int], members: int) -> tuple[int, int]:
        """The last item of a list without the words that sum the list up after it: a numeral
        and what the items are (A、B、新能源装备[三大板块]分别实现…, 汽车、化工[三个行业]分别增长…)."""
        phrases = self.phrases
        start, end = item
        for index in range(start + 1, end - 1):
            token = found[index]
            if self._sums_up(token, members):
                rest = found[index + 1 : end]
                if all(
                    t.kind == WORD and (phrases.is_noun(t) or phrases.classes(t) & wb.MODIFIER_TAGS) for t in rest
                ) and any(phrases.is_noun(t) for t in rest):
                    return start, index
                return item
        return item

    def _sums_up(self, token: Token, members: int) -> bool:
        """True when a word inside the last item may sum the list up: a numeral (三, 两大), or
        the items' number in digits (郑州、洛阳、南阳[3]市), never another number (1号线、[2]号线)."""
        if token.kind != WORD:
            return False
        if self.phrases.classes(token) & wb.NUMERAL_TAGS and self._counts(token):
            return True
        return token.word.isascii() and token.word.isdigit() and token.word == str(members)

    def _counts(self, token: Token) -> bool:
        """True when a word tagged as a numeral opens with a number's character (两, 三大), not a unit
        jieba tags so (年降水量: 年/m); any such word when the numerals are not known."""
        return not self.numerals or token.word[:1] in self.numerals

    def _head_after_summary(self, found: list[Token], item: tuple[int, int], members: int) -> tuple[Phrase | None, int]:
        """The name after the words that sum a list up inside its last item, and where they start:
        a numeral, modifiers (大) and one noun, then the head all items share (宁德、漳州[两市]海洋
        经济增速 -> 海洋经济增速; 东部、西部[两大区域]生产总值); (None, -1) when there is none."""
        start, end = item
        for index in range(start + 1, end - 1):
            token = found[index]
            if self._sums_up(token, members):
                after = index + 1
                while (
                    after < end and found[after].kind == WORD and self.phrases.classes(found[after]) & wb.MODIFIER_TAGS
                ):
                    after += 1  # 两[大]区域
                if after + 1 >= end or not self.phrases.is_noun(found[after]):
                    return None, -1
                return self.phrases.before(found, after + 1, end, []), index
            if (
                token.kind == WORD
                and len(token.word) == 2
                and self.phrases.is_noun(token)
                and self._counts(token)  # not 日均, whose 日 jieba tags as a numeral too
                and self.tagger.cut(token.word[0])[0][1] in self.phrases.numeral_tags
            ):
                return self.phrases.before(found, index + 1, end, []), index  # [两市]: one word to jieba
        return None, -1

    def _measured(self, names: list[Phrase], found: list[Token], distributive: int, first: int) -> list[Phrase | None]:
        """`names` with the measure named after 分别 and its verb, where one is (四川、重庆辖区分别完成
        [旅客吞吐量]1106.4万人次、441.2万人次: 四川辖区旅客吞吐量, 重庆辖区旅客吞吐量)."""
        if distributive + 1 >= first:
            return list(names)
        measure = self.phrases.before(found, distributive + 1, first, [])
        if measure is None or measure.first <= distributive or not self.phrases.is_noun(found[measure.last]):
            return list(names)
        return [name if name.text.endswith(measure.text) else name + measure for name in names]

    def _named_in_full(self, found: list[Token], items: list[tuple[int, int]], head: str) -> bool:
        """True when every item before the last ends with a noun of its own (not a modifier) and
        the head they would share is a kind, not a measure (汽车、摩托车[产量] share theirs)."""
        phrases = self.phrases
        if head.endswith(self._own_heads):
            return False
        for _, end in items[:-1]:
            last = found[end - 1]
            if not (phrases.is_noun(last) and not phrases.classes(last) & wb.MODIFIER_TAGS and len(last.word) >= 2):
                return False
        return True

    def coordinated(self, found: list[Token], low: int, name: Phrase) -> Phrase:
        """The `name` before a figure of its own, with the names listed before it when it ends a
        list (电力、热力、燃气及水生产和供应业增长4.6%, 教育、文化支出增长12%): the list is what
        the figure measures, all of it. The items are nouns (a modifier may open one), and the
        list opens its clause: nothing stands before it but the frame (全市, a time) or a verb
        that opens the clause (完成, 实现)."""
        phrases = self.phrases
        index = name.first - 1
        start = name.first
        while index > low and found[index].kind == WORD and phrases.classes(found[index]) & wb.LIST_MARKS:
            item_start = index
            while (
                item_start > low
                and found[item_start - 1].kind == WORD
                and (
                    phrases.is_noun(found[item_start - 1]) or phrases.classes(found[item_start - 1]) & wb.MODIFIER_TAGS
                )
                # 新建/ns: a verb jieba takes for a place
                and not phrases.classes(found[item_start - 1]) & (wb.STRIP_LEADING | wb.BOUNDARY)
            ):
                item_start -= 1
            if item_start == index or not phrases.is_noun(found[index - 1]):
                return name  # an empty item, or one that ends with no noun
            start = item_start
            index = item_start - 1
        if start == name.first:
            return name
        if index >= low:
            before = found[index]
            if not (
                before.kind == TIME
                or before.kind == GAP
                or phrases.classes(before) & (wb.STRIP_LEADING | wb.BOUNDARY | wb.PUNCTUATION)
            ):
                return name
        listed = phrase_of(found[start : name.first]) + name
        listed.first, listed.last = start, name.last
        return listed
