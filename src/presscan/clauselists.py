"""Lists named in the clause before the figures' own (clauselists.ClauseLists, a base of
listedsubjects.ListedSubjects): after a copula (病种依次为A、B和C，分别报告…), before a verb of rank
(A、B、C用电量增速位列前三，分别为…), opening a clause that says something of them (A、B户籍人口增量
较大，分别增加…), or in clauses of their own parted by commas (A，B，C利润总额分别增长…).
"""

from __future__ import annotations

from presscan import wordbits as wb
from presscan.listitems import listable, split_items
from presscan.subject import NounPhrases
from presscan.tokens import FIGURE, GAP, TIME, WORD, Token, WordTagger, cut_words
from presscan.wordclass import Phrase


class ClauseLists:
    """The list readers that look into the clause before the figures'. ListedSubjects sets the
    attributes and gives `tagger` and `_subjects`."""

    phrases: NounPhrases
    list_copulas: frozenset[str]
    list_gaps: frozenset[str]
    change_words: tuple[str, ...]  # words of a rise or a fall (增长, 下降): 快速增长/n says something
    all_adverbs: frozenset[
        str
    ]  # 均, 都: a figure after one is a bound said of every item (三市进出口总额均超过3000亿元)

    @property
    def tagger(self) -> WordTagger:
        raise NotImplementedError

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
        raise NotImplementedError

    def _named_before(
        self, found: list[Token], clause_start: int, members: int, text: str
    ) -> list[Phrase | None] | None:
        """The names listed after a copula at the end of the clause before found[clause_start], as many
        as the figures: 病种依次[为]肺结核、梅毒和淋病，分别报告3417例、3209例和1496例."""
        phrases = self.phrases
        mark = clause_start - 1
        if mark <= 0 or found[mark].kind != WORD or found[mark].word not in phrases.clause_end_marks:
            return None
        opening = mark
        while opening > 0 and not (
            found[opening - 1].kind in (FIGURE, TIME)
            or phrases.classes(found[opening - 1]) & (wb.PUNCTUATION | wb.LIST_MARKS) == wb.PUNCTUATION
        ):
            opening -= 1  # the clause: back to a figure, a time or another clause's mark
        if opening == mark:
            return None
        if any(token.kind == GAP for token in found[opening:mark]):
            if not text:
                return None
            # words left uncut around the figures: cut the clause, its copula among its words
            clause = cut_words(text, found[opening].start, found[mark].start, self.tagger)
        else:
            clause = found[opening:mark]
        copula = max((at for at, token in enumerate(clause) if token.word in self.list_copulas), default=-1)
        if copula < 0 or copula + 1 >= len(clause):
            return None
        listed = clause[copula + 1 :]
        items = split_items(listed, 0, len(listed), self.list_gaps)
        if len(items) != members:
            # 家用电器和音像器材: an item may hold 和 where 、 parts the items
            items = split_items(listed, 0, len(listed), self.phrases.list_marks)
        if len(items) != members:
            return None
        names: list[Phrase | None] = []
        for item_start, item_end in items:
            name = phrases.item(listed, item_start, item_end) or phrases.before(listed, item_start, item_end, [])
            if name is None:
                return None
            names.append(Phrase(name.text, name.positions))  # no token indices: they may be the list's own
        return names

    def _ranked_before(self, found: list[Token], mark: int, members: int, text: str) -> list[Phrase | None] | None:
        """The names listed before a verb of rank in the clause before the mark at `mark`, as many as
        the figures after it: 西藏、新疆、云南用电量增速[位列]前三，分别为21.7%、18.5%和16.9%."""
        opening, clause = self._clause_before(found, mark, text)
        if opening < 0:
            return None
        rank = next((at for at, token in enumerate(clause) if token.word in self.phrases.rank_verbs), -1)
        if rank <= 0:
            return None
        return detached(self._subjects(clause, 0, rank, members, "", [], [], False, text))

    def _clause_before(self, found: list[Token], mark: int, text: str) -> tuple[int, list[Token]]:
        """The figureless clause that ends at the mark found[mark], back to a figure or another
        clause's mark: where it opens in `found`, and its words, cut now (a clause with no figure was
        left uncut); (-1, []) when there is none."""
        phrases = self.phrases
        opening = mark
        while (
            opening > 0
            and (found[opening - 1].kind != FIGURE or self._bound_of_all(found, opening - 1))
            and not (
                found[opening - 1].word in phrases.punctuation and found[opening - 1].word not in phrases.list_marks
            )
        ):
            opening -= 1
        if opening == mark or not text:
            return -1, []
        return opening, cut_words(text, found[opening].start, found[mark].start, self.tagger)

    def _bound_of_all(self, found: list[Token], figure: int) -> bool:
        """True when the figure at `figure` is a bound said of every item of a list before it, an
        adverb of all a word or two before it (苏州、无锡三市进出口总额[均]超过[3000亿元]，分别为…)."""
        return any(
            found[at].kind == WORD and found[at].word in self.all_adverbs for at in range(max(0, figure - 2), figure)
        )

    def _opening_list(self, found: list[Token], mark: int, members: int, text: str) -> list[Phrase | None] | None:
        """The names a list opens the clause before the mark at `mark` with, as many as the figures
        after it, when the clause says something of them (包河区、蜀山区户籍人口增量较大，分别增加
        1.12万人和0.98万人: 包河区户籍人口增量, 蜀山区户籍人口增量)."""
        phrases = self.phrases
        opening, clause = self._clause_before(found, mark, text)
        if opening < 0 or (opening > 0 and found[opening - 1].kind == FIGURE):
            return None
        start = 1 + max((at for at, token in enumerate(clause) if token.word in phrases.clause_end_marks), default=-1)
        while start < len(clause) and (
            phrases.classes(clause[start]) & wb.STRIP_LEADING or phrases.is_stop(clause[start])
        ):
            start += 1  # the frame: [全年]新能源汽车、集成电路产量增长较快
        end = start
        while end < len(clause) and (
            (phrases.is_noun(clause[end]) and not clause[end].word.endswith(self.change_words))
            or clause[end].word in self.list_gaps
        ):
            end += 1  # (not a change jieba tags as a noun: 产量[快速增长])
        if end == len(clause) or not any(token.word in phrases.list_marks for token in clause[start:end]):
            return None  # no list, or nothing said of it (a heading, a lead-in)
        return detached(self._subjects(clause, start, end, members, "", [], [], False, text))

    def _comma_list(
        self, found: list[Token], stem_start: int, distributive: int, members: int, text: str
    ) -> list[Phrase | None] | None:
        """The items of a list whose own items hold list marks, so that commas part them: the clauses
        of names alone before the figures' clause, as many with it as the figures (计算机、通信和其他
        电子设备制造业，汽车制造业，通用设备制造业利润总额分别增长21.6%、9.4%、7.2%)."""
        phrases = self.phrases
        commas = phrases.clause_end_marks - phrases.colons
        opening = found[stem_start].start
        clauses = 1
        while clauses < members and opening > 0 and text[opening - 1] in commas:
            start = 1 + max(text.rfind(mark, 0, opening - 1) for mark in phrases.punctuation - phrases.list_marks)
            clause = cut_words(text, start, opening - 1, self.tagger)
            if not clause or not all(listable(self.phrases, token) for token in clause):
                break
            opening, clauses = start, clauses + 1
        stem = text[found[stem_start].start : found[distributive].start]
        ending = text[found[stem_start].start - 2]  # the last character of the clause before
        if clauses != members or ending not in stem:
            return (
                None  # not items alike (…业，…业利润总额): a clause that says something (主要投向制造业，占比分别为…)
            )
        listed = [
            *cut_words(text, opening, found[stem_start].start, self.tagger),
            *found[stem_start : distributive + 1],
        ]
        named = detached(
            self._subjects(listed, 0, len(listed), members, text[found[stem_start].start - 1], [], [], False, "")
        )
        if named is None:
            return None
        names = [name for name in named if name is not None]
        cut = names[-1].text.rfind(ending) + 1
        if 0 < cut < len(names[-1].text):
            head = names[-1].tail(len(names[-1].text) - cut)  # …加工业[利润总额]: what the items share
            names[:-1] = [name if name.text.endswith(head.text) else name + head for name in names[:-1]]
        return list(names)


def detached(names: list[Phrase | None] | None) -> list[Phrase | None] | None:
    """`names` without their token indices (they are the indices of words cut on the spot, not the
    sentence's), or None when a name is missing."""
    if names is None or any(name is None for name in names):
        return None
    return [Phrase(name.text, name.positions) for name in names if name is not None]
