"""jieba's dictionary, loaded a block at a time, for jieba's no-HMM part-of-speech cut (cutter.py).

`jieba.posseg` with its default dictionary costs about 1 s and 90 MB before it
tags a word, on every run; presscan tags only a few characters around each
figure. `Lexicon` reads patterns/lexicon/ (built from jieba's dict.txt by
tools/build_lexicon.py, nothing dropped) and parses the words that start with
a given pair of characters only when a text contains that pair, into a trie
read a character at a time, so a short bulletin touches a few thousand of the
349 046 words. A trie's children stand in a table by their code points
(`child`): a range of a power of two in size in one list of the lexicon's (`Lexicon.pool`),
read with no hashing.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from math import log
from pathlib import Path
from sys import intern
from typing import TYPE_CHECKING, Final

from presscan.errors import PatternError
from presscan.wordtoken import mypyc_attr

if TYPE_CHECKING:
    from mypy_extensions import i64

_CHAR_ENTRY = re.compile(r"^(\S) ([0-9]+) (\S+)$", re.MULTILINE)

EXTRA_WORD_FREQ: Final = 100_000  # what presscan gives its own words: enough to win over their parts
# presscan's own words are statistical nouns (碳排放, 可支配收入): tagged so, as jieba's
# add_word(word, freq, tag) tags them
EXTRA_WORD_TAG: Final = "n"


# Code points below this are looked up in a list (Lexicon.firsts), the others in a dict
PLANE: Final = 0x10000

# Weights are log-probabilities, never positive: a positive value marks what is not a word.
PREFIX_ONLY: Final = 1.0  # in a trie: the start of a longer word, not a word itself

# A character's tries start in a table of this many slots, doubled as its pairs are loaded
_FIRST_SLOTS: Final = 8


@mypyc_attr(acyclic=True)
class _Entry:
    """What a trie holds at one character: a word ending there (its weight and tag), or the start
    of longer ones. The cutter gives each word it cuts as the string its entry keeps (`word`),
    made the first time the entry's word is cut: one string for every time the word is cut, not
    a new one each time, whose hash, once the rules have taken it for a set test, is kept."""

    __slots__ = ("size", "tag", "weight", "word")

    def __init__(self, weight: float, tag: str, size: i64) -> None:
        self.weight = weight  # PREFIX_ONLY when no word ends here
        self.tag = tag  # the word's tag ("x" when the lexicon has none)
        self.word = ""  # the word, once it was cut; "" before
        # the word's length in characters, its depth in the tries (a _First's is 1): where a word
        # the route chose ends, with no list of ends beside the list of entries
        self.size: i64 = size


@mypyc_attr(acyclic=True)
class _Node(_Entry):
    """A word, or the start of longer ones, in a trie of the words that start with one pair of
    characters; its children in a table by the code points of their characters (see child)."""

    __slots__ = ("base", "children", "code", "mask")

    def __init__(self, weight: float, size: i64, code: i64) -> None:
        super().__init__(weight, "x", size)
        self.code: i64 = code  # the code point of its last character: its key in its parent's table
        self.children: dict[int, _Node] | None = None  # by code point, while its trie is loaded
        self.base: i64 = -1  # where its children's table starts in Lexicon.pool; -1 for none
        self.mask: i64 = 0  # the table's size less one


# the list a table's slots are repeated from
_FREE: Final[list[_Node | None]] = [None]


@mypyc_attr(acyclic=True)
class _First(_Entry):
    """What the lexicon knows of one character as the start of words: its weight and tag as a
    word of its own, and the tries of the words it starts, in a table by the code point of their
    second character (each loaded the first time a text holds the pair, see Lexicon.pair). One
    lookup gives all three to the cutter."""

    __slots__ = ("base", "count", "mask")

    def __init__(self, weight: float, tag: str) -> None:
        super().__init__(weight, tag, 1)  # PREFIX_ONLY when the character is no word of its own
        # the pairs' tries loaded so far: a table in Lexicon.pool (see child); until the first
        # is loaded, the pool's first table, which stays empty
        self.base: i64 = 0
        self.mask: i64 = _FIRST_SLOTS - 1
        self.count: i64 = 0  # how many


def child(pool: list[_Node | None], base: i64, mask: i64, code: i64) -> _Node | None:
    """The node of code point `code` in a table (`pool[base : base + mask + 1]`, of a power of two
    in size, `mask` that size less one), or None: a node stands at base + (its code & mask) or at
    the first free slot after it (wrapping round within the table), and a table is at most half
    full. Read with two comparisons and an index, where a dict keyed by code points hashed an int
    and called a lookup (some 130 instructions). Every table is a range of one list, the
    lexicon's pool: the cutter reads no list object of a node's own (each one a cache line more
    to fetch, a step at a time, where the tries are cold)."""
    at: i64 = code & mask
    while True:
        node = pool[base + at]
        if node is None or node.code == code:
            return node
        at = (at + 1) & mask


def _table(pool: list[_Node | None], nodes: Collection[_Node]) -> tuple[i64, i64]:
    """A table of `nodes` (see child), at most half full, put at the end of `pool`: its base and
    mask."""
    size: i64 = 2
    while size < 2 * len(nodes):
        size *= 2
    base: i64 = len(pool)
    pool.extend(_FREE * size)
    for node in nodes:
        _put(pool, base, size - 1, node)
    return base, size - 1


def _put(pool: list[_Node | None], base: i64, mask: i64, node: _Node) -> None:
    at: i64 = node.code & mask
    while pool[base + at] is not None:
        at = (at + 1) & mask
    pool[base + at] = node


class Lexicon:
    """Word weights and tags from jieba's dictionary plus `extra_words`, parsed on demand.

    A weight is jieba's log(freq) - log(total); a word of frequency 0 (jieba's
    mark for the start of a longer word) has weight PREFIX_ONLY.
    """

    def __init__(self, directory: Path, extra_words: tuple[str, ...] = ()) -> None:
        self.directory = directory
        try:
            index = (directory / "index.txt").read_text(encoding="utf-8")
            chars = (directory / "chars.txt").read_text(encoding="utf-8")
            self._words = (directory / "words.txt").read_bytes()
        except (OSError, UnicodeDecodeError) as exc:
            raise PatternError(directory, None, f"cannot read the lexicon: {exc}; reinstall presscan") from None
        header, _, body = index.partition("\n")
        fields = dict(field.split("=", 1) for field in header.split("\t")[1:] if "=" in field)
        if not header.startswith("# presscan-lexicon 1") or "total" not in fields:
            raise PatternError(directory / "index.txt", None, "not a presscan lexicon index; rebuild it")
        # first character -> its raw index line, parsed into _firsts on first use
        self._index_lines = {line[0]: line for line in body.splitlines() if line}
        self._firsts: dict[str, tuple[str, list[int]]] = {}
        # what each character starts (the tries of the words starting with it and a second
        # character, built on first use), by its code point: a list for the Basic Multilingual
        # Plane (read without hashing a one-character string), a dict beyond it
        self.firsts: list[_First | None] = [None] * PLANE
        self.astral_firsts: dict[int, _First] = {}
        # every table of the tries (see child), appended as they are made; the first is every
        # character's table of pairs until its first pair is loaded, and stays empty. One list
        # for the whole lexicon, never replaced: a table grown is put at its end.
        self.pool: list[_Node | None] = _FREE * _FIRST_SLOTS
        self.tags: dict[str, str] = {}
        total = int(fields["total"])
        # jieba's add_word: the word's frequency is replaced, the total only grows
        self._extra: dict[str, dict[str, int]] = {}
        single_extra: dict[str, int] = {}
        for word in dict.fromkeys(extra_words):
            total += EXTRA_WORD_FREQ
            if len(word) == 1:
                single_extra[word] = EXTRA_WORD_FREQ
            else:
                self._extra.setdefault(word[:2], {})[word] = EXTRA_WORD_FREQ
        self.log_total = log_total = log(total)
        self.unknown_weight = log(1) - log_total  # jieba scores a character it does not know as frequency 1
        # one-character words of frequency > 0 (a regex pass keeps this in C: it runs on every start)
        entries = _CHAR_ENTRY.findall(chars)
        self.tags.update((word, tag) for word, _, tag in entries)
        self.weight: dict[str, float] = {word: log(int(freq)) - log_total for word, freq, _ in entries if freq != "0"}
        for word, count in single_extra.items():
            self.weight[word] = log(count) - log_total
            self.tags[word] = EXTRA_WORD_TAG

    def first(self, code: int) -> _First:
        """What the character of code point `code` starts (see _First), made the first time it
        is asked for."""
        found = self.firsts[code] if code < PLANE else self.astral_firsts.get(code)
        if found is None:
            char = chr(code)
            weight = self.weight.get(char)
            found = _First(PREFIX_ONLY if weight is None else weight, intern(self.tags.get(char, "x")))
            if code < PLANE:
                self.firsts[code] = found
            else:
                self.astral_firsts[code] = found
        return found

    def pair(self, first: int, second: int) -> _Node:
        """The trie of the words that start with the characters of code points `first` and
        `second`: its root stands for the pair itself (PREFIX_ONLY when the pair is only the
        start of longer words)."""
        entry = self.first(first)
        pool = self.pool
        node = child(pool, entry.base, entry.mask, second)
        if node is None:
            node = self._load_pair(chr(first) + chr(second))
            entry.count += 1
            if entry.base == 0:  # its first pair: a table of its own
                entry.base = len(pool)
                pool.extend(_FREE * _FIRST_SLOTS)
            elif 2 * entry.count > entry.mask + 1:  # a table twice as large; the old one's slots let go
                low: i64 = entry.base
                high: i64 = low + entry.mask + 1
                kept = [pair for pair in pool[low:high] if pair is not None]
                pool[low:high] = _FREE * (high - low)
                kept.append(node)
                entry.base, entry.mask = _table(pool, kept)
                return node
            _put(pool, entry.base, entry.mask, node)
        return node

    def _load_pair(self, pair: str) -> _Node:
        counts: dict[str, int] = {}
        raw = self._raw_block(pair)
        for line in raw.decode("utf-8").splitlines() if raw is not None else ():
            word, freq, tag = line.split(" ")
            counts[word] = int(freq)
            self.tags[word] = tag
        extra = self._extra.get(pair) or {}
        counts.update(extra)
        for word in extra:
            self.tags[word] = EXTRA_WORD_TAG
        root = _Node(PREFIX_ONLY, 2, ord(pair[1]))
        log_total = self.log_total
        built = [root]  # the nodes with children
        for word, count in counts.items():
            node = root
            for char in word[2:]:
                if node.children is None:
                    node.children = {}
                    built.append(node)
                code = ord(char)
                following = node.children.get(code)
                if following is None:
                    following = node.children[code] = _Node(PREFIX_ONLY, node.size + 1, code)
                node = following
            if count:  # jieba's frequency 0 marks the start of a longer word
                node.weight = log(count) - log_total
                # one string object a tag: WordClasses.classes looks tags up by it (identity)
                node.tag = intern(self.tags.get(word, "x"))
        pool = self.pool
        for node in built:  # the children's tables, once all are known
            if node.children is not None:
                node.base, node.mask = _table(pool, node.children.values())
                node.children = None
        return root

    def _raw_block(self, pair: str) -> bytes | None:
        first = self._firsts.get(pair[0])
        if first is None:
            line = self._index_lines.get(pair[0])
            if line is None:
                return None
            _, offset, seconds, lengths = line.split("\t")
            starts = [int(offset)]
            for length in lengths.split(","):
                starts.append(starts[-1] + int(length))
            first = self._firsts[pair[0]] = (seconds, starts)
        seconds, starts = first
        position = seconds.find(pair[1])
        if position < 0:
            return None
        return self._words[starts[position] : starts[position + 1]]
