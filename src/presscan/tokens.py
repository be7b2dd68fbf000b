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

Why this module is long: a sentence's tokens are made in one pass (the windows around figures and
times, the gaps between them, the marks that cut), and each step is written for the compiled
build, where it runs for every sentence that holds a figure or a time: the windows, the marks and
a sentence's clauses are told from offsets and code points, not by testing every character.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Protocol

from presscan.cutter import Tagger
from presscan.segment import bisect_between, bisect_right
from presscan.wordtoken import FIGURE as FIGURE
from presscan.wordtoken import GAP as GAP
from presscan.wordtoken import TIME as TIME
from presscan.wordtoken import WORD as WORD
from presscan.wordtoken import Token as Token
from presscan.wordtoken import mypyc_attr

if TYPE_CHECKING:
    from mypy_extensions import i64


class WordTagger(Protocol):
    def cut(self, text: str) -> list[tuple[str, str]]: ...


class Marks:
    """The punctuation classes the rules read: what ends a part (；), a clause (，：), what
    introduces a list (：), what lists (、), quotes and brackets."""

    __slots__ = (
        "clause_ends",
        "clause_marks",
        "closing_brackets",
        "closing_quotes",
        "code_skip",
        "code_table",
        "colons",
        "gap_chars",
        "gap_marks",
        "list_marks",
        "opening_brackets",
        "opening_quotes",
        "part_ends",
        "punctuation",
        "quotes",
        "sentence_ends",
        "split_table",
        "splits",
        "splits_one_character",
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
        opening_quotes: frozenset[str],
        closing_quotes: frozenset[str],
    ) -> None:
        self.sentence_ends = sentence_ends
        self.part_ends = part_ends
        self.clause_ends = clause_ends
        self.colons = colons
        self.list_marks = list_marks
        self.quotes = quotes
        self.opening_brackets = opening_brackets
        self.closing_brackets = closing_brackets
        self.opening_quotes = opening_quotes
        self.closing_quotes = closing_quotes
        # marks that end or split a phrase: never part of a subject
        self.punctuation = sentence_ends | part_ends | clause_ends | list_marks
        self.clause_marks = sentence_ends | part_ends | clause_ends  # where a clause ends
        self.splits = part_ends | clause_ends  # what splits a sentence into parts and clauses
        self.splits_one_character = all(len(mark) == 1 for mark in self.splits)
        # for Sentence: which code points, up to the highest, are marks that split (1); None when
        # a mark that splits is longer than one character or beyond the Basic Multilingual Plane
        self.split_table: bytes | None = None
        split_codes = [ord(mark) for mark in self.splits if len(mark) == 1]
        if self.splits_one_character and split_codes and max(split_codes) < 0x10000:
            splitting = bytearray(max(split_codes) + 1)
            for code in split_codes:
                splitting[code] = 1
            self.split_table = bytes(splitting)
        self.gap_marks = self.punctuation | colons  # kept as words of their own in a gap
        # the gap marks MarkIndex looks for: a mark of more than one character is never one
        self.gap_chars = tuple(sorted(mark for mark in self.gap_marks if len(mark) == 1))
        # for MarkIndex's one pass: what each code point up to the highest gap mark is (_GAP_MARK,
        # _CLAUSE_MARK), and the widest stretch of code points below it with no mark; None when a
        # mark lies beyond the Basic Multilingual Plane (a table that large is not made)
        self.code_table: bytes | None = None
        self.code_skip = (0, 0)
        codes = sorted(ord(mark) for mark in self.gap_chars)
        if codes and codes[-1] < 0x10000:
            table = bytearray(codes[-1] + 1)
            for mark in self.gap_chars:
                table[ord(mark)] = _CLAUSE_MARK if mark in self.clause_marks else _GAP_MARK
            self.code_table = bytes(table)
            widest = max(range(len(codes) - 1), key=lambda i: codes[i + 1] - codes[i], default=-1)
            if widest >= 0:
                self.code_skip = (codes[widest] + 1, codes[widest + 1])


class MarkIndex:
    """Where in a text the marks that cut stand (see _ascii_mark_cuts), found once for the text:
    gaps and windows then look them up instead of testing every character (a character read from
    a Chinese text is a new string, hashed for every set it is looked up in). Compiled, one pass
    over the text's code points reads them from a table (Marks.code_table); interpreted, that
    loop would run in the interpreter, and str.find looks for each mark in C instead."""

    __slots__ = ("clauses", "gaps")

    def __init__(self, text: str, marks: Marks) -> None:
        self.gaps: list[int] = []  # offsets of the gap marks that cut, in order
        self.clauses: list[int] = []  # those of them that end a clause
        table = marks.code_table
        if _COMPILED and table is not None:
            _marks_by_code(text, table, marks.code_skip[0], marks.code_skip[1], self.gaps, self.clauses)
        else:
            _marks_by_find(text, marks, self.gaps, self.clauses)


# what Marks.code_table says of a code point: no gap mark, a gap mark, one that also ends a clause
_NOT_A_MARK: Final = 0
_GAP_MARK: Final = 1
_CLAUSE_MARK: Final = 2

_COMPILED: Final = not __file__.endswith(".py")  # mypyc's module is a shared library
# the lists Sentence's and _windows' lists are repeated from (never changed themselves)
_ZEROS: Final[list[int]] = [0]
_FALSES: Final[list[bool]] = [False]


def _marks_by_find(text: str, marks: Marks, gaps: list[int], clauses: list[int]) -> None:
    """MarkIndex's marks, found by str.find, mark by mark, then sorted."""
    for mark in marks.gap_chars:
        # only an ASCII mark may be no cut (3.5, 8,432): the others cut wherever they stand
        checked = mark.isascii()
        ends_clause = mark in marks.clause_marks
        at = text.find(mark)
        while at != -1:
            if not checked or _ascii_mark_cuts(text, at):
                gaps.append(at)
                if ends_clause:
                    clauses.append(at)
            at = text.find(mark, at + 1)
    gaps.sort()
    clauses.sort()


def _marks_by_code(text: str, table: bytes, skip_from: int, skip_to: int, gaps: list[int], clauses: list[int]) -> None:
    """MarkIndex's marks, found in one pass over the code points of `text`, in order: those from
    `skip_from` to `skip_to` (the widest stretch without a mark: the ideographs) are passed over
    by two comparisons, the others read from `table` (by code point, up to the highest mark)."""
    top: i64 = len(table)  # native integers (mypy_extensions.i64): C arithmetic, no tagged-int checks
    low: i64 = skip_from
    high: i64 = skip_to
    size: i64 = len(text)
    position: i64 = -1
    while position + 1 < size:
        position += 1
        code: i64 = ord(text[position])
        if low <= code < high or code >= top:
            continue
        kind: i64 = table[code]
        if kind == _NOT_A_MARK:
            continue
        # only an ASCII mark may be no cut (3.5, 8,432): the others cut wherever they stand
        if code < 128 and not _ascii_mark_cuts(text, position):
            continue
        gaps.append(position)
        if kind == _CLAUSE_MARK:
            clauses.append(position)


@mypyc_attr(acyclic=True)
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

    __slots__ = ("clause_ends", "clause_starts", "colon_before", "part_starts", "text", "tokens")

    def __init__(self, found: list[Token], marks: Marks, text: str) -> None:
        self.tokens = found
        self.text = text  # the whole normalised text the tokens' offsets refer to
        size = len(found)
        # the tokens that end a clause or a part, in order: found first, then each run of tokens
        # between two of them gets its values. Most tokens are words of two characters or more,
        # and no such word is a mark when every mark that splits is one character (a set test of
        # a new word string hashes it); values of 0 and False, the lists' own, are not written.
        splits = marks.splits
        any_length = not marks.splits_one_character
        table = marks.split_table
        ends: list[int] = []
        if table is not None:  # a word of one character looked up by its code point, not hashed
            top = len(table)
            for index in range(size):
                token = found[index]
                if token.kind == WORD:
                    word = token.word
                    if len(word) == 1:
                        code = ord(word)
                        if code < top and table[code]:
                            ends.append(index)
        else:
            for index in range(size):
                token = found[index]
                if token.kind == WORD:
                    word = token.word
                    if (any_length or len(word) == 1) and word in splits:
                        ends.append(index)
        self.clause_starts = clause_starts = _ZEROS * size  # not [0] * size: a list of one made and dropped
        self.part_starts = part_starts = _ZEROS * size
        self.colon_before = colon_before = _FALSES * size  # a colon stands earlier in the sentence
        # a token's clause ends at the next mark that ends one; size when none follows, and
        # for such a mark itself
        self.clause_ends = clause_ends_at = [size] * size
        part_ends = marks.part_ends
        clause_ends = marks.clause_ends
        clause = part = low = 0
        colon = False
        for end in ends:
            for index in range(low, end):
                clause_ends_at[index] = end
            _fill(clause_starts, part_starts, colon_before, low, end + 1, clause, part, colon)
            word = found[end].word
            if word in part_ends:
                clause = part = end + 1
            elif word in clause_ends:
                clause = end + 1
                colon = colon or word in marks.colons
            low = end + 1
        _fill(clause_starts, part_starts, colon_before, low, size, clause, part, colon)

    def previous_figure(self, position: int) -> int:
        """The token index of the figure before `position` in its clause, or -1."""
        for back in range(position - 1, self.clause_starts[position] - 1, -1):
            if self.tokens[back].kind == FIGURE:
                return back
        return -1


def _fill(
    clause_starts: list[int],
    part_starts: list[int],
    colon_before: list[bool],
    low: int,
    high: int,
    clause: int,
    part: int,
    colon: bool,
) -> None:
    """Sentence's values for tokens low to high - 1; the lists hold 0 and False already."""
    if clause:
        for index in range(low, high):
            clause_starts[index] = clause
    if part:
        for index in range(low, high):
            part_starts[index] = part
    if colon:
        for index in range(low, high):
            colon_before[index] = True


class Windows:
    """How much text around each figure and time expression is cut into words: the rules read
    a short way back from a figure (its subject and predicate), a short way after it (what a
    count counts), and a word or two on each side of a time; the rest of a sentence stays a
    gap, which costs nothing. Cutting is the most expensive step of attribution."""

    __slots__ = (
        "after_count",
        "after_figure",
        "around_time",
        "before_figure",
        "distributive",
        "linker_codes",
        "linkers",
    )

    def __init__(
        self,
        before_figure: int,
        after_figure: int,
        after_count: int,
        around_time: int,
        linkers: frozenset[str],
        distributive: tuple[str, ...] = (),
    ) -> None:
        self.before_figure = before_figure
        self.after_figure = after_figure
        self.after_count = after_count  # after a figure that counts something, or one followed by 的
        self.around_time = around_time
        self.linkers = linkers
        self.distributive = distributive  # 分别: a figure after it pairs with a list, read whole
        # the linkers of one character by code point: _windows reads the one after a figure, no string made
        codes = [ord(word) for word in linkers if len(word) == 1]
        table = bytearray(max(codes, default=-1) + 1)
        for code in codes:
            table[code] = 1
        self.linker_codes = bytes(table)


def cut(
    text: str,
    start: int,
    end: int,
    islands: list[Island],
    tagger: WordTagger,
    windows: Windows,
    counts: list[bool],
    cuts: MarkIndex,
) -> list[Token]:
    """text[start:end] as tokens: islands as one token each, the windows around them cut into
    words, every punctuation mark a token of its own, and the rest gaps. `islands` are sorted,
    inside [start, end), and do not overlap; `counts[i]` says whether figure i counts things;
    `cuts` are the marks of `text`."""
    spans = _windows(text, start, end, islands, windows, counts, cuts)
    found: list[Token] = []
    position = start
    island_index = 0
    gaps = cuts.gaps
    mark = bisect_right(gaps, start - 1)  # the first mark of the sentence: the gaps read on from it
    chars = tagger if isinstance(tagger, Tagger) else None  # a mark as the string its entry keeps
    for pair in range(0, len(spans), 2):
        span_start, span_end = spans[pair] + start, spans[pair + 1] + start
        while island_index < len(islands) and islands[island_index].start < span_start:
            island = islands[island_index]
            mark = _gap(text, position, island.start, gaps, mark, found, chars)
            _island(text, island, found)
            position = island.end
            island_index += 1
        mark = _gap(text, position, span_start, gaps, mark, found, chars)
        _cut_words(text, span_start, span_end, tagger, found)
        position = span_end
    while island_index < len(islands):
        island = islands[island_index]
        mark = _gap(text, position, island.start, gaps, mark, found, chars)
        _island(text, island, found)
        position = island.end
        island_index += 1
    _gap(text, position, end, gaps, mark, found, chars)
    return found


# How far back from a figure's window (when no clause mark bounds it) the mark before it is looked
# for, so that the window opens after it and not inside a word: a list item's length
SNAP_BACK: Final = 12


def _windows(
    text: str,
    start: int,
    end: int,
    islands: list[Island],
    windows: Windows,
    counts: list[bool],
    cuts: MarkIndex,
) -> list[int]:
    """The spans to cut, sorted and apart, as [start, end, start, end, ...] from `start` (an int up
    to 256 in a list is CPython's own, not a new object): before and after each
    island, within its clause; a figure's window reaches over time expressions
    (人口出生率比[上年]下降) to the figure before it. No span holds an island, so each lies in one
    gap between islands: there, the window after the island before it covers a stretch from the
    gap's start, and the windows before the islands after it (the nearest, or a figure's reaching
    back) a stretch to its end; touching or overlapping, they are one span."""
    size = len(islands)
    clauses = cuts.clauses  # the clause marks of the sentence: clauses[first_clause:last_clause]
    first_clause = bisect_right(clauses, start - 1)
    last_clause = bisect_between(clauses, end - 1, first_clause, len(clauses))
    # the lists hold offsets from `start`: most sentences are shorter than 257 characters, and an int
    # up to 256 put in a list is CPython's own, where a text's offset is a new int object each time
    reach = _ZEROS * (size + 1)  # the least start of the windows before islands i, i + 1, ... (end for none)
    reach[size] = end - start
    covered = _ZEROS * size  # where the window after island i ends (its end for none)
    previous_figure_end = start
    for index in range(size):
        island = islands[index]
        if island.kind == FIGURE:
            low = previous_figure_end
            before = windows.before_figure
            follows = island.end  # the character after the figure: a linker (的) reads what it counts
            if follows < len(text):
                code = ord(text[follows])
                linked = code < len(windows.linker_codes) and windows.linker_codes[code] != 0
            else:
                linked = "" in windows.linkers
            after = windows.after_count if counts[island.index] or linked else windows.after_figure
            previous_figure_end = island.end
        else:
            low = islands[index - 1].end if index > 0 else start
            before = after = windows.around_time
        high = islands[index + 1].start if index + 1 < size else end
        bound = max(low, island.start - before)
        opens = _clause_start(bound, island.start, clauses, first_clause, last_clause)
        if opens == bound > low and island.kind == FIGURE:
            # no clause mark within reach: start after the mark before the window (、 of a list), not
            # inside a word (金银珠宝类、… cut as 银珠宝类)
            at = bisect_right(cuts.gaps, bound - 1) - 1
            if at >= 0 and cuts.gaps[at] >= max(low, bound - SNAP_BACK):
                opens = cuts.gaps[at] + 1
            opening = _clause_start(low, bound, clauses, first_clause, last_clause)
            if opening < opens and _distributes(text, bound, island.start, windows.distributive):
                opens = opening  # 汽车类、家用电器和音像器材类、…零售额分别增长: the list whole
        reach[index] = opens - start
        covered[index] = (
            max(island.end, _clause_end(island.end, min(high, island.end + after), clauses, first_clause, last_clause))
            - start
        )
    least = reach[size]
    for index in range(size - 1, -1, -1):
        least = min(reach[index], least)
        reach[index] = least
    spans: list[int] = []
    for index in range(size + 1):  # the gap before island `index` (after the last one: to the end)
        gap_start = islands[index - 1].end if index > 0 else start
        gap_end = islands[index].start if index < size else end
        prefix_end = covered[index - 1] + start if index > 0 else gap_start
        opens = reach[index] + start
        suffix_start = max(opens, gap_start) if opens < gap_end else gap_end
        if prefix_end >= suffix_start:
            if gap_end > gap_start:
                spans.append(gap_start - start)
                spans.append(gap_end - start)
            continue
        if prefix_end > gap_start:
            spans.append(gap_start - start)
            spans.append(prefix_end - start)
        if gap_end > suffix_start:
            spans.append(suffix_start - start)
            spans.append(gap_end - start)
    return spans


def _ascii_mark_cuts(text: str, position: int) -> bool:
    """True when the ASCII mark at `position` cuts there: one between two ASCII letters or digits
    (3.5, PM2.5, 8,432, 10:30) does not. Read as code points: no string is built for the
    characters around it, nor a method called on them."""
    if 0 < position < len(text) - 1:
        return not (_ascii_alnum(ord(text[position - 1])) and _ascii_alnum(ord(text[position + 1])))
    return True


def _ascii_alnum(code: int) -> bool:
    """True for an ASCII letter or digit: what a character's isascii() and isalnum() say together."""
    return 48 <= code <= 57 or 65 <= code <= 90 or 97 <= code <= 122


def _distributes(text: str, low: int, high: int, words: tuple[str, ...]) -> bool:
    """True when one of `words` (分别) stands in text[low:high]."""
    return any(text.find(word, low, high) >= 0 for word in words)


def _clause_start(low: int, position: int, clauses: list[int], first: int, last: int) -> int:
    """Just after the last clause mark in [low, position), else low; the marks looked at are
    clauses[first:last], those of the sentence."""
    at = bisect_between(clauses, position - 1, first, last) - 1
    return clauses[at] + 1 if at >= first and clauses[at] >= low else low


def _clause_end(position: int, high: int, clauses: list[int], first: int, last: int) -> int:
    """The first clause mark in [position, high), else high; the marks looked at are
    clauses[first:last], those of the sentence."""
    at = bisect_between(clauses, position - 1, first, last)
    return clauses[at] if at < last and clauses[at] < high else high


def _island(text: str, island: Island, found: list[Token]) -> None:
    tag = "figure" if island.kind == FIGURE else "time"
    found.append(Token(text[island.start : island.end], tag, island.start, island.end, island.kind, island.index))


def _gap(text: str, start: int, end: int, gaps: list[int], mark: int, found: list[Token], chars: Tagger | None) -> int:
    """Text left uncut: a GAP token for each run between punctuation marks, the marks as words
    (each the string `chars` keeps for it, Tagger.char, when given). `mark` is the index in `gaps`
    (the sorted offsets of the marks) of a mark at or before the first one at `start` or after;
    the index of the first mark at `end` or after is returned."""
    run = start
    size = len(gaps)
    while mark < size and gaps[mark] < start:
        mark += 1
    while mark < size and gaps[mark] < end:
        position = gaps[mark]
        if position > run:
            found.append(Token("", "gap", run, position, GAP, -1))
        word = text[position] if chars is None else chars.char(text, position)
        found.append(Token(word, "x", position, position + 1, WORD, -1))
        run = position + 1
        mark += 1
    if end > run:
        found.append(Token("", "gap", run, end, GAP, -1))
    return mark


def cut_words(text: str, start: int, end: int, tagger: WordTagger) -> list[Token]:
    """text[start:end] cut into word tokens on the spot, with their offsets: the words of a clause
    the sentence's cut left uncut (a GAP), for a rule that must read them."""
    found: list[Token] = []
    _cut_words(text, start, end, tagger, found)
    return found


def _cut_words(text: str, start: int, end: int, tagger: WordTagger, found: list[Token]) -> None:
    if isinstance(tagger, Tagger):  # presscan's own: it makes the tokens itself
        tagger.cut_tokens(text, start, end, found)
        return
    position = start
    for word, tag in tagger.cut(text[start:end]):
        found.append(Token(word, tag, position, position + len(word), WORD, -1))
        position += len(word)


# a sentence's islands (most sentences hold a few) are sorted by insertion, up to this many: list.sort
# with a key calls the key function through Python's call protocol for each island
_SORTED_IN_PLACE: Final = 16


def sort_islands(islands: list[Island]) -> None:
    """islands.sort(key=_island_order), by insertion in compiled code: stable, as list.sort is (an
    island moves only past islands whose key is greater)."""
    for index in range(1, len(islands)):
        island = islands[index]
        key = island.start * 4 - island.kind
        at = index
        while at > 0 and islands[at - 1].start * 4 - islands[at - 1].kind > key:
            islands[at] = islands[at - 1]
            at -= 1
        islands[at] = island


def without_overlaps(islands: list[Island], start: int, end: int) -> list[Island]:
    """Islands sorted, inside [start, end); a time expression that overlaps a figure gives way."""
    if len(islands) <= _SORTED_IN_PLACE:
        sort_islands(islands)
    else:
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


def _island_order(island: Island) -> int:
    """By start, and a time before a figure at the same start (kinds are 0 to 3): one int, no tuple."""
    return island.start * 4 - island.kind
