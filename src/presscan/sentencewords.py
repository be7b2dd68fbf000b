"""The status words of one sentence (goal, result and estimate words), found once for all its
figures by predicate.Predicates, and the tests predicate.py reads them with.
"""

from __future__ import annotations

import re

from presscan.segment import bisect_right
from presscan.tokens import Sentence, WordTagger


def phrase_at(window: list[tuple[str, str]], position: int, matched: str) -> str:
    """`matched` when the words of `window` from `position` spell it exactly and it is more than
    one word (建成 后 -> 建成后), else ""."""
    joined = window[position][0]
    if len(joined) >= len(matched):
        return ""
    for ahead in range(position + 1, len(window)):
        joined += window[ahead][0]
        if len(joined) >= len(matched):
            break
    return matched if joined == matched else ""


class SentenceWords:
    """Token positions, in order, of a sentence's status words; `read` once they are found."""

    __slots__ = (
        "actuals",
        "estimates",
        "goal_words",
        "needs",
        "plan_words",
        "plans",
        "read",
        "sentence",
        "tagger",
        "targets",
    )

    def __init__(self, sentence: Sentence, tagger: WordTagger) -> None:
        self.sentence = sentence
        self.tagger = tagger
        self.read = False
        self.goal_words = -1  # whether a goal word stands in the sentence: -1 not known yet, 0 no, 1 yes
        self.plan_words = -1  # ...and a plan word (review_plans), the same way
        self.targets: list[int] = []
        self.needs: list[int] = []  # target words of their own clause only ([status] clause_targets: 仍需)
        self.plans: list[int] = []  # the targets that are plan words (review_plans)
        self.actuals: list[int] = []
        self.estimates: list[int] = []

    def goal_word_in(self, goal_re: re.Pattern[str] | None, scope: int, position: int) -> bool:
        """True when a goal word (`goal_re`) stands in the words of tokens[scope:position]: a quick
        test before the status words are read, looked for in the whole sentence once, then in the part."""
        sentence = self.sentence
        tokens = sentence.tokens
        if goal_re is None or not tokens:
            return False
        if self.goal_words < 0:
            self.goal_words = 0 if goal_re.search(sentence.text, tokens[0].start, tokens[-1].end) is None else 1
        if not self.goal_words:
            return False
        return goal_re.search(sentence.text, tokens[scope].start, tokens[position].start) is not None


def any_between(positions: list[int], low: int, high: int) -> bool:
    """True when a position of the sorted `positions` is in [low, high)."""
    at = bisect_right(positions, low - 1)
    return at < len(positions) and positions[at] < high


def last_before(positions: list[int], high: int) -> int:
    """The last position of the sorted `positions` before `high` (-1 when there is none)."""
    at = bisect_right(positions, high - 1)
    return positions[at - 1] if at > 0 else -1


def obtains(text: str, offset: int, high: int, kinds: tuple[str, ...], marks: frozenset[str]) -> bool:
    """True when the object after a verb at text[offset] (up to the clause's mark or `high`) names one
    of `kinds`, what is obtained rather than striven for (争取[中央预算内投资]1200万元)."""
    end = offset
    while end < high and text[end] not in marks:
        end += 1
    return any(text.find(kind, offset, end) >= 0 for kind in kinds)
