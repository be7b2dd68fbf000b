"""A sentence as a stream of words, figures and time expressions, for attribution to read.

The words are jieba's (see lexicon.py): the text between the figures and the
time expressions is cut into tagged words, and each figure and each time
expression stands as one token of its own. jieba would cut a figure into odd
pieces (`２/x ８/x 个/q`); as one token it is a figure, which is all the rules
need to know of it. Offsets are those of the normalised text.

A sentence here runs to its full stop (。！？), so it may hold several parts
(split at ；) and clauses (split at ，：); where each token's clause and part
start and end is worked out once, so that no rule walks a long sentence again
for every figure in it.
"""

from __future__ import annotations

from typing import Protocol

# What a token stands for (Token.kind)
WORD = 0
FIGURE = 1
TIME = 2


class WordTagger(Protocol):
    def cut(self, text: str) -> list[tuple[str, str]]: ...


class Marks:
    """The punctuation classes the rules read: what ends a part (；), a clause (，：), what
    introduces a list (：), what lists (、), quotes and brackets."""

    __slots__ = (
        "clause_ends",
        "closing_brackets",
        "colons",
        "list_marks",
        "opening_brackets",
        "part_ends",
        "punctuation",
        "quotes",
        "sentence_ends",
    )

    def __init__(
        self,
        sentence_ends: frozenset[str],
        part_ends: frozenset[str],
        clause_ends: frozenset[str],
        colons: frozenset[str],
        list_marks: frozenset[str],
        quotes: frozenset[str],
        opening_brackets: frozenset[str],
        closing_brackets: frozenset[str],
    ) -> None:
        self.sentence_ends = sentence_ends
        self.part_ends = part_ends
        self.clause_ends = clause_ends
        self.colons = colons
        self.list_marks = list_marks
        self.quotes = quotes
        self.opening_brackets = opening_brackets
        self.closing_brackets = closing_brackets
        # marks that end or split a phrase: never part of a subject
        self.punctuation = sentence_ends | part_ends | clause_ends | list_marks


class Token:
    """A word with its part-of-speech tag, or a figure or time expression by its index."""

    __slots__ = ("end", "index", "kind", "start", "tag", "word")

    def __init__(self, word: str, tag: str, start: int, end: int, kind: int, index: int) -> None:
        self.word = word
        self.tag = tag
        self.start = start
        self.end = end
        self.kind = kind
        self.index = index  # the figure's or the time expression's index; -1 for a word

    def __repr__(self) -> str:
        return f"{self.word}/{self.tag}" if self.kind == WORD else f"<{self.word}>"


class Island:
    """A span of the text that stands as one token: a figure or a time expression."""

    __slots__ = ("end", "index", "kind", "start")

    def __init__(self, start: int, end: int, kind: int, index: int) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.index = index


class Sentence:
    """A sentence's tokens, and for every token where its clause starts and ends and where
    its part of the sentence (split at ；) starts."""

    __slots__ = ("clause_ends", "clause_starts", "colon_before", "part_starts", "tokens")

    def __init__(self, found: list[Token], marks: Marks) -> None:
        self.tokens = found
        size = len(found)
        self.clause_starts = [0] * size
        self.part_starts = [0] * size
        self.colon_before = [False] * size  # a colon stands earlier in the sentence
        clause = part = 0
        colon = False
        for index, token in enumerate(found):
            self.clause_starts[index] = clause
            self.part_starts[index] = part
            self.colon_before[index] = colon
            if token.kind == WORD:
                if token.word in marks.part_ends:
                    clause = part = index + 1
                elif token.word in marks.clause_ends:
                    clause = index + 1
                    colon = colon or token.word in marks.colons
        self.clause_ends = [size] * size
        end = size
        for index in range(size - 1, -1, -1):
            token = found[index]
            if token.kind == WORD and (token.word in marks.part_ends or token.word in marks.clause_ends):
                end = index
            self.clause_ends[index] = end if end > index else size

    def previous_figure(self, position: int) -> int:
        """The token index of the figure before `position` in its clause, or -1."""
        for back in range(position - 1, self.clause_starts[position] - 1, -1):
            if self.tokens[back].kind == FIGURE:
                return back
        return -1


def cut(text: str, start: int, end: int, islands: list[Island], tagger: WordTagger) -> list[Token]:
    """text[start:end] as tokens; `islands` are sorted, inside [start, end), and do not overlap."""
    found: list[Token] = []
    position = start
    for island in islands:
        if island.start > position:
            _cut_words(text, position, island.start, tagger, found)
        tag = "figure" if island.kind == FIGURE else "time"
        found.append(Token(text[island.start : island.end], tag, island.start, island.end, island.kind, island.index))
        position = island.end
    if end > position:
        _cut_words(text, position, end, tagger, found)
    return found


def _cut_words(text: str, start: int, end: int, tagger: WordTagger, found: list[Token]) -> None:
    position = start
    for word, tag in tagger.cut(text[start:end]):
        found.append(Token(word, tag, position, position + len(word), WORD, -1))
        position += len(word)


def without_overlaps(islands: list[Island], start: int, end: int) -> list[Island]:
    """Islands sorted, inside [start, end); a time expression that overlaps a figure gives way."""
    islands.sort(key=_island_order)
    kept: list[Island] = []
    for island in islands:
        if island.start < start or island.end > end:
            continue
        if kept and island.start < kept[-1].end:
            if island.kind == FIGURE and kept[-1].kind == TIME:
                kept[-1] = island
            continue
        kept.append(island)
    return kept


def _island_order(island: Island) -> tuple[int, int]:
    return island.start, -island.kind
