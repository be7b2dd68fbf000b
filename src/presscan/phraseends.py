"""The ends of a noun phrase before a figure: the frame trimmed from its front, its head, a
denominator after 每 set aside, a list item read whole.

subject.NounPhrases reads a name back from the figure; these are the tests and trims it (and
chains, counted.py and the list readers) apply to what it read. The word lists are
patterns/subject.toml's.
"""

from __future__ import annotations

from presscan import wordbits as wb
from presscan.namemarks import NameMarks
from presscan.tokens import TIME, WORD, Token
from presscan.wordclass import Phrase, phrase_of


class PhraseEnds(NameMarks):
    """Trims and tests on a noun phrase once read (subject.NounPhrases)."""

    def _per_denominator(self, tokens: list[Token], low: int, high: int) -> int:
        """The index of the 每 that opens the figure's denominator right before it, with a name before
        it: 公路密度[每百平方公里]128.5公里 measures 公路密度, 发病率为[每10万人口]123.45 发病率; -1
        when there is none."""
        for back in range(high - 2, max(low, high - 5), -1):
            token = tokens[back]
            if token.kind == WORD and self.classes(token) & wb.PER_MARKERS:
                denominator = tokens[back + 1 : high]
                if all(self._denominator_part(part) for part in denominator[:-1]) and (
                    self._denominator_part(denominator[-1])
                    # 每[小时]26.4公里: one noun between 每 and the figure, whatever its length
                    or ((len(denominator) == 1 or self._numbered(denominator[-2])) and self.is_noun(denominator[-1]))
                ):
                    return back
                return -1
        return -1

    def _denominator_part(self, part: Token) -> bool:
        """A word of a denominator after 每: a number or measure word (每[百平方公里], 每[10]万人), a
        noun or noun morpheme of one character (小学每[生]720元, 每[剂]次12元), or a second per (每生[每年]720元)."""
        if part.kind == TIME:
            return self._per_word(part.word)
        return part.kind == WORD and (
            self._numbered(part)
            or part.tag in self.denominator_tags
            or (len(part.word) == 1 and (self.is_noun(part) or part.tag in self.morpheme_tags))
        )

    def _numbered(self, part: Token) -> bool:
        """A number of a denominator: digits (jieba tags them as a Latin word) or a numeral."""
        return part.kind == WORD and self.classes(part) & (wb.DIGITS | wb.NUMERAL_TAGS) != 0

    def _trimmed(self, tokens: list[Token], parts: list[int], first: int) -> Phrase | None:
        """Drop the frame from the front (全省, 其中) and a trailing 的 or 中."""
        start = 0
        while start < len(parts) - 1:
            if self.classes(tokens[parts[start]]) & (
                wb.STRIP_LEADING | wb.LINKERS | wb.LIST_SEPARATORS | wb.STATUS_WORDS
            ) and not (tokens[parts[start]].word in self.period_modifiers and self.is_noun(tokens[parts[start + 1]])):
                start += 1
                continue
            break
        kept = parts[start:]
        while kept and (
            tokens[kept[-1]].word.isspace()  # GDP[ ]3256.8亿元: the space between two Latin words
            or self.classes(tokens[kept[-1]]) & (wb.LINKERS | wb.NON_SUBJECTS)
            # 41个大类行业[中]有35个: the whole the figure is a part of
            or (len(kept) > 1 and self.classes(tokens[kept[-1]]) & wb.WHOLE_FRAMES)
        ):
            kept.pop()
        chosen = [tokens[index] for index in self._goods_first(tokens, kept)]
        text = "".join([token.word for token in chosen])  # its positions only once it is kept
        if len(text) < 2 and text not in self.share_words:
            return None
        if not text[0].isalpha() and not any(char.isalpha() for char in text):
            return None  # [2×]100万千瓦, [3000×]0.3%: digits and signs name nothing
        if text in self.strip_leading or text in self.never_alone:
            return None
        low, high = (kept[0], kept[-1]) if kept else (first, first)
        return Phrase(text, positions_of(chosen), low, high)

    def is_label(self, clause: list[Token]) -> bool:
        """True when a clause ends as a label before a colon does (地区生产总值：), not with a
        predicate or a goal word (主要预期目标是：)."""
        last = clause[-1] if clause else None
        # set_aside holds the goal words (status_words) and the predicates (skip_trailing)
        return last is not None and last.kind == WORD and not self.is_stop(last) and last.word not in self.set_aside

    def only_modifiers(self, tokens: list[Token], phrase: Phrase) -> bool:
        """True when the words of `phrase` (read from `tokens`) are modifiers only (国家级, 省级):
        a kind of something named before, not a name."""
        if phrase.first < 0 or phrase.last < phrase.first:
            return False
        return all(tokens[index].tag in self.modifier_tags for index in range(phrase.first, phrase.last + 1))

    def head_of(self, tokens: list[Token], phrase: Phrase) -> Phrase:
        """`phrase` without the modifiers it opens with (省级以上研发平台 -> 研发平台), when it was read
        from `tokens`, word for word; else as it is."""
        if (
            phrase.first < 0
            or phrase.last < phrase.first
            or phrase.last >= len(tokens)
            or phrase.text != "".join(tokens[index].word for index in range(phrase.first, phrase.last + 1))
        ):
            return phrase  # read from other tokens (a clause cut on its own), or with words put in
        start = phrase.first
        while start < phrase.last and (
            tokens[start].tag in self.modifier_tags or tokens[start].tag in self.localiser_tags
        ):
            start += 1
        return phrase_of(tokens[start : phrase.last + 1]) if start > phrase.first else phrase

    def rate_of(self, subject: Phrase) -> Phrase:
        """The indicator a rate named after it is of, for a percentage that continues it: 价格上涨
        0.4%，涨幅扩大0.2个百分点；环比下降0.1% (价格, not 价格涨幅: a rate moves in points)."""
        text = subject.text
        for head in self.change_heads:
            if text.endswith(head) and len(text) - len(head) >= 2:
                return Phrase(text[: -len(head)], subject.positions[: -len(head)])
        return subject

    def item(self, tokens: list[Token], low: int, high: int) -> Phrase | None:
        """A list item that holds a list of its own, whole (批发、零售业、餐厅及酒店业): its words
        without the frame before them and the predicate after them; None for an item with no
        inner list (its noun phrase is read as usual)."""
        words = [token for token in tokens[low:high] if token.kind == WORD and token.word not in self.quotes]
        if not any(token.word in self.list_separators for token in words):
            return None
        while words and (words[0].word in self.strip_leading or words[0].word in self.list_separators):
            words.pop(0)
        while words and (words[-1].word in self.skip_trailing or words[-1].word in self.list_separators):
            words.pop()
        return phrase_of(words) if words else None


def positions_of(tokens: list[Token]) -> list[int]:
    """Where each character of the words of `tokens` stands: wordclass.phrase_of(tokens).positions,
    for a phrase whose text is read first (a fifth of those _trimmed reads are dropped by their text)."""
    positions: list[int] = []
    for token in tokens:
        position = token.start
        for _ in range(len(token.word)):
            positions.append(position)
            position += 1
    return positions
