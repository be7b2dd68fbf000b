"""What a figure's predicate says: which way it moved (direction); statusrules.py tells whether it
is a result or a goal, measure.py whether a percentage is a share or a growth rate.

The words come from patterns/direction.toml and status.toml and are read as whole words in the figure's
own predicate: between the end of the figure before it in its clause (or the clause's start) and the figure.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Final

from presscan import wordbits as wb
from presscan.match import RawFigure
from presscan.matchwords import code_table, has_code
from presscan.patternset import AttributionWords
from presscan.subject import NounPhrases
from presscan.tokens import TIME, WORD, Sentence, Token

UP: Final = "up"
DOWN: Final = "down"
_ZERO: Final = Decimal(0)


class Predicates:
    """Direction rules over one pattern set."""

    def __init__(self, words: AttributionWords, phrases: NounPhrases, positive_signs: Iterable[str] = ()) -> None:
        d = words.direction
        self.phrases = phrases
        self.up = frozenset(d.up)
        self.down = frozenset(d.down)
        # every start of a direction word ("" and whole words too): only a word that is one may join
        # the word after it into a direction word jieba cut in two (少/a 增/v); WordClasses gives it a bit
        self.direction_heads = phrases.direction_heads
        # the first characters of the direction words of one or two characters: a figure that
        # opens with none of them is said in no word that moves (翻一番)
        self.moving_starts = frozenset(word[0] for word in (*d.up, *d.down) if 1 <= len(word) <= 2)
        self.moving_start_codes = code_table(self.moving_starts)  # a figure's first character, by code point
        self.up_nouns = frozenset(d.up_nouns)
        self.down_nouns = frozenset(d.down_nouns)
        self.baseline_up = frozenset(d.baseline_up)
        self.baseline_down = frozenset(d.baseline_down)
        self.gaps = frozenset(d.gaps)
        self.action_verbs = frozenset(d.action_verbs)
        self.change_nouns = frozenset(d.change_nouns)
        self.additions = frozenset(d.additions)
        self.superlatives = tuple(d.superlatives)
        self.copulas = frozenset(d.copulas)
        self.neutral_changes, self.from_words = frozenset(d.neutral_changes), frozenset(d.from_words)
        self.change_words = tuple(d.change_nouns)  # 提高[幅度]最大: the change named
        # direction words of two characters or more, looked for in the text (one may stand inside a word)
        self.long_up = tuple(word for word in d.up if len(word) > 1)
        self.long_down = tuple(word for word in d.down if len(word) > 1)
        # every word word_direction reads for itself: a word of none of these lists, after no
        # start of a direction word, says nothing of the direction (WordClasses gives it a bit)
        self.moving = phrases.moving
        self.percent_kinds = frozenset(words.measure.percent_kinds)
        self.positive_signs = frozenset(positive_signs)  # [number_words]'s: +3.8%
        self.positive_sign_codes = code_table(self.positive_signs)

    def adds(self, found: list[Token], low: int, position: int) -> bool:
        """True when a word of what was added ([direction] additions: 新增) stands in found[low:position]."""
        return any(token.kind == WORD and token.word in self.additions for token in found[low:position])

    def has_predicate(self, found: list[Token], low: int, position: int) -> bool:
        """True when the figure has a verb or a direction word of its own before it."""
        for token in found[low:position]:
            if self.phrases.is_verb(token) or token.word in self.up or token.word in self.down:
                return True
        return False

    # ----- direction ------------------------------------------------------------------
    def direction(self, found: list[Token], low: int, position: int, figure: RawFigure) -> str | None:
        """up or down from the nearest direction word before the figure; a gap to another thing
        (高于全省平均) has none; 比去年同期低 moved; X%的增长 after the figure; a negative rate is down."""
        signed = self.signed_direction(figure)
        if signed is not None:
            return signed
        own = found[position].word  # a figure said in words that move (翻一番, 翻两番)
        # its first one or two characters (a range, not a tuple's iterator); the first by its code point
        if has_code(self.moving_start_codes, own, 0) if own else "" in self.moving_starts:
            for size in range(1, 3):
                if own[:size] in self.up:
                    return UP
                if own[:size] in self.down:
                    return DOWN
        return self.word_direction(found, low, position)

    def carried_direction(self, sentence: Sentence, low: int, position: int) -> str | None:
        """The direction a figure with no word of its own takes from the clause it answers: a change
        said to be the most (毕节市减少最多，[为]218.64平方公里: down), or the label of a colon's list
        (新增查明资源储量：铜52.3万吨，钨8.6万吨: up; 每月增加：基础养老金30元: up); None otherwise. Read in
        the text: words far from a figure are not cut."""
        start = sentence.clause_starts[position]
        if low != start or start < 2:
            return None
        found = sentence.tokens
        text = sentence.text
        if (  # a copula first (most figures have a word of their own): no loop, no slice otherwise
            low < position
            and found[low].kind == WORD
            and found[low].word in self.copulas
            and all(found[at].kind == WORD and found[at].word in self.copulas for at in range(low + 1, position))
        ):
            clause = text[found[sentence.clause_starts[start - 2]].start : found[start - 1].start]
            for superlative in self.superlatives:
                if clause.endswith(superlative):
                    said = clause[: -len(superlative)]
                    for noun in self.change_words:
                        said = said[: -len(noun)] if said.endswith(noun) else said
                    return UP if said.endswith(self.long_up) else DOWN if said.endswith(self.long_down) else None
        if sentence.colon_before[position] and not self.has_predicate(found, low, position):
            colon = start - 1
            while colon > 0 and not (found[colon].kind == WORD and found[colon].word in self.phrases.colons):
                colon -= 1
            label = text[found[sentence.clause_starts[colon]].start : found[colon].start]
            if not self.phrases.is_noun(found[low]):
                return None  # 比重持续下降：从1989年的20.8%: the change told item by item, each its own
            if any(word in label for word in self.long_up):
                return UP  # 新增查明资源储量：…
            if any(word in label for word in self.long_down):
                return DOWN
        return None

    def moved_from(
        self, found: list[Token], previous: int, position: int, before: RawFigure, figure: RawFigure
    ) -> str | None:
        """The way a figure moved from the figure before it (at `previous`), told by their values where
        a verb of change that names no way joins them after 由 or 从 (首付款比例由20%调整为15%: down)."""
        if previous < 1 or before.unit != figure.unit or before.kind != figure.kind:
            return None
        opener = found[previous - 1]
        if opener.kind != WORD or opener.word not in self.from_words:
            return None
        if "".join(token.word for token in found[previous + 1 : position]) not in self.neutral_changes:
            return None
        return UP if figure.value > before.value else DOWN if figure.value < before.value else None

    def signed_direction(self, figure: RawFigure) -> str | None:
        """A negative rate moved down (为-0.5%, 负2.7%); a figure written with a plus sign moved up
        (同比+3.8%, +1.2万人)."""
        if figure.value < _ZERO and figure.kind in self.percent_kinds:  # not < 0: an int is made a Decimal first
            return DOWN
        number = figure.number  # its first character by its code point: no string made of it
        if has_code(self.positive_sign_codes, number, 0) if number else "" in self.positive_signs:
            return UP
        return None

    def word_direction(self, found: list[Token], low: int, position: int) -> str | None:
        """The direction the words of the predicate say, whatever the figure's sign."""
        after = position + 1
        if after + 1 < len(found) and found[after].kind == WORD and self.phrases.classes(found[after]) & wb.LINKERS:
            word = found[after + 1].word
            if word in self.up:
                return UP
            if word in self.down:
                return DOWN
        skip = self.phrases.baseline_spans(found, low, position)
        whole = self._share_whole(found, low, position)
        if whole is not None:
            skip.append(whole)
        noun_direction: str | None = None
        phrases = self.phrases
        for back in range(position - 1, low - 1, -1):
            token = found[back]
            if token.kind != WORD:
                continue
            word = token.word
            bits = token.classes if token.classes >= 0 else phrases.classes(token)  # no call when found already
            if bits & wb.SHARE_MARKERS:
                break  # 新增设站单位中民营企业[占]62.5%: the words before 占 name the part, not a move
            if not bits & wb.MOVING and not (
                back > low and found[back - 1].kind == WORD and phrases.classes(found[back - 1]) & wb.DIRECTION_HEADS
            ):
                continue  # no word of the lists, nor the second half of one jieba cut in two: nothing to read
            if word in self.gaps:
                return None
            if _within(skip, back):
                continue
            if noun_direction is None and word in self.up_nouns:
                noun_direction = UP
                continue
            if noun_direction is None and word in self.down_nouns:
                noun_direction = DOWN
                continue
            if back + 1 < position and self.phrases.classes(found[back + 1]) & wb.NOUN_SUFFIXES:
                continue  # 节约[额]: a noun, not a movement
            if back > low and found[back - 1].kind == WORD and found[back - 1].word in self.direction_heads:
                joined = found[back - 1].word + word  # 少/a 增/v: a direction word jieba cuts in two
                if joined in self.down:
                    return DOWN
                if joined in self.up:
                    return UP
            if (word in self.up or word in self.down) and (
                self._names_an_action(found, low, back, position)
                or self._describes_what_is_counted(found, back, position)
            ):
                continue  # 改造提升农村公路86公里: a verb of the action; 上涨的城市有5个: which ones are counted
            if word in self.up:
                return UP
            if word in self.down:
                return DOWN
            if word in self.baseline_up or word in self.baseline_down:
                if _after_time_baseline(found, back, skip):
                    return UP if word in self.baseline_up else DOWN  # 比去年同期[低]
                if any(end == back for _, end in skip):
                    return None  # 增速比全省[高]0.5个百分点: a gap to another thing, whatever 增速 says
        return noun_direction

    def _share_whole(self, found: list[Token], low: int, position: int) -> tuple[int, int] | None:
        """The [first, last) tokens of the whole a share before the figure is of, 占[新增装机]的68%:
        its words say what the whole is, not how the figure moved."""
        phrases = self.phrases
        for back in range(position - 1, low - 1, -1):
            token = found[back]
            if token.kind != WORD:
                return None
            bits = token.classes if token.classes >= 0 else phrases.classes(token)  # no call when found already
            if bits & wb.PUNCTUATION:
                return None
            if bits & wb.SHARE_MARKERS:
                for ahead in range(back + 1, position):
                    if found[ahead].kind == WORD and phrases.classes(found[ahead]) & wb.LINKERS:
                        return back + 1, ahead
                return None
        return None

    def _describes_what_is_counted(self, found: list[Token], back: int, position: int) -> bool:
        """A direction word before 的 and a noun (or the figure) says which things are counted:
        价格上涨[的城市]有5个, 下降[的]64个; not when the noun is the change (下降的幅度为3.2%)."""
        linked = back + 1
        if linked + 1 > position or found[linked].kind != WORD or not self.phrases.classes(found[linked]) & wb.LINKERS:
            return False
        if linked + 1 == position:
            return True
        after = found[linked + 1]
        # any word but a verb or a mark, not is_noun: a counted place (县) is one here, though never a name alone
        return (
            after.kind == WORD
            and not self.phrases.is_verb(after)
            and not self.phrases.classes(after) & wb.PUNCTUATION
            and after.word not in self.change_nouns
        )

    def _names_an_action(self, found: list[Token], low: int, back: int, position: int) -> bool:
        """A direction word right after a verb of building (改造, 建设), with its object between it and
        the figure, is part of that action (改造提升农村公路86公里), not a movement of the figure; so
        is one right before such a verb and its object (加快建设…11个分岛), and one between such a verb
        and the figure, the object said before (新建农村公路120公里，改造提升86公里)."""
        if back + 1 >= position:
            before = found[back - 1] if back > low else None
            return before is not None and before.kind == WORD and before.word in self.action_verbs
        after = found[back + 1]
        if (
            after.kind == WORD
            and after.word in self.action_verbs
            and back + 2 < position
            and found[back + 2].kind == WORD
            and self.phrases.is_noun(found[back + 2])
        ):
            return True  # [加快]建设成都科创生态岛和11个分岛: it says how the action goes
        if back <= low:
            return False
        before = found[back - 1]
        return (
            before.kind == WORD
            and before.word in self.action_verbs
            and after.kind == WORD
            and self.phrases.is_noun(after)
        )

    # ----- status ---------------------------------------------------------------------


def _within(spans: list[tuple[int, int]], index: int) -> bool:
    return any(first <= index < end for first, end in spans)


def _after_time_baseline(found: list[Token], position: int, skip: list[tuple[int, int]]) -> bool:
    """True when a comparison whose baseline holds a time ends right before `position`: 比去年同期[低]."""
    return any(end == position and any(token.kind == TIME for token in found[first:end]) for first, end in skip)
