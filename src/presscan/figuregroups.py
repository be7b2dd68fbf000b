"""Figures listed together in a clause, for attribution to read as one: a run of figures (1%、2%和3%)
shares its predicate and pairs with a list of names; figures listed after 分别 that each say their
own move (分别增长5.4%、下降3.2%和增长41.6%) pair with one list of names too, each keeping the
direction of its own verb. The words are patterns/subject.toml's and direction.toml's.
"""

from __future__ import annotations

from presscan.tokens import WORD, Sentence, Token


def listed_groups(sentences: list[Sentence], figure_at: list[tuple[int, int]], gaps: frozenset[str]) -> list[list[int]]:
    """Figures listed one after another in a clause (1%、2%和3%) form a group; others stand alone."""
    groups: list[list[int]] = []
    for index, (sentence_index, position) in enumerate(figure_at):
        if groups and index > 0:
            previous_sentence, previous_position = figure_at[index - 1]
            if previous_sentence == sentence_index:
                gap = position - previous_position
                between = sentences[sentence_index].tokens[previous_position + 1]
                if gap == 1 or (gap == 2 and between.kind == WORD and between.word in gaps):
                    groups[-1].append(index)
                    continue
        groups.append([index])
    return groups


class ListedMoves:
    """Groups of figures listed after 分别, each with a move verb of its own."""

    def __init__(self, moves: frozenset[str], gaps: frozenset[str], distributive: frozenset[str]) -> None:
        self.moves = moves  # the words of a move up or down (增长, 下降)
        self.gaps = gaps  # the marks and words between listed items (、, 和)
        self.distributive = distributive  # 分别, 各

    def merged(
        self, sentences: list[Sentence], figure_at: list[tuple[int, int]], groups: list[list[int]]
    ) -> list[list[int]]:
        """`groups` (of listed_groups) with those merged whose figures follow 分别 and each say
        their own move (A、B和C分别增长5.4%、下降3.2%和增长41.6%): one list of subjects for them
        all. Only subjects read these groups; predicates read the groups as they were."""
        merged: list[list[int]] | None = None  # made only when two groups merge: most texts have none
        for at in range(1, len(groups)):
            group = groups[at]
            if self._moves_on(sentences, figure_at, groups[at - 1] if merged is None else merged[-1], group):
                if merged is None:
                    merged = [list(earlier) for earlier in groups[:at]]
                merged[-1].extend(group)
            elif merged is not None:
                merged.append(list(group))
        return groups if merged is None else merged

    def _moves_on(
        self, sentences: list[Sentence], figure_at: list[tuple[int, int]], before: list[int], group: list[int]
    ) -> bool:
        """True when `group` lists on the figures of `before` after 分别, with a move verb of its own."""
        previous_sentence, previous = figure_at[before[-1]]
        sentence_index, position = figure_at[group[0]]
        if previous_sentence != sentence_index or position - previous != 3:
            return False  # the common case, told from two ints
        found = sentences[sentence_index].tokens
        return (
            found[previous + 1].kind == WORD
            and found[previous + 1].word in self.gaps
            and found[position - 1].kind == WORD
            and found[position - 1].word in self.moves
            and self._distributed(found, figure_at[before[0]][1])
        )

    def _distributed(self, found: list[Token], first: int) -> bool:
        """The figure at `first` follows 分别 and its own move verb in its clause (分别增长5.4%)."""
        return (
            first >= 2
            and found[first - 1].kind == WORD
            and found[first - 1].word in self.moves
            and any(
                token.kind == WORD and token.word in self.distributive for token in found[max(0, first - 4) : first - 1]
            )
        )
