"""jieba's dictionary, loaded a block at a time, and jieba's no-HMM part-of-speech cut over it.

`jieba.posseg` with its default dictionary costs about 1 s and 90 MB before it
tags a word, on every run; presscan tags only a few characters around each
figure. `Lexicon` reads patterns/lexicon/ (built from jieba's dict.txt by
tools/build_lexicon.py, nothing dropped) and parses the words that start with
a given pair of characters only when a text contains that pair, into a trie
read a character at a time, so a short bulletin touches a few thousand of the
349 046 words.

`Tagger.cut` is `jieba.posseg.POSTokenizer.cut(text, HMM=False)` over that
dictionary, step for step: the same blocks and fallbacks, the same route
scores (log freq - log total, summed right to left, ties to the longer word),
the same tags. tests/test_lexicon.py checks that it gives jieba's tokens.
"""

from __future__ import annotations

import re
from math import log
from pathlib import Path
from sys import intern
from typing import TYPE_CHECKING, Final

from presscan.errors import PatternError
from presscan.wordtoken import WORD, Token

if TYPE_CHECKING:
    from mypy_extensions import i64

# jieba.posseg's own expressions: the same text must fall into the same blocks
_HAN_BLOCK = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._]+)")
_CRLF: Final = "\r\n"
_CHAR_ENTRY = re.compile(r"^(\S) ([0-9]+) (\S+)$", re.MULTILINE)

EXTRA_WORD_FREQ: Final = 100_000  # what presscan gives its own words: enough to win over their parts
# presscan's own words are statistical nouns (碳排放, 可支配收入): tagged so, as jieba's
# add_word(word, freq, tag) tags them
EXTRA_WORD_TAG: Final = "n"


# Code points below this are looked up in a list (Lexicon.firsts), the others in a dict
PLANE: Final = 0x10000

# Weights are log-probabilities, never positive: a positive value marks what is not a word.
PREFIX_ONLY: Final = 1.0  # in a trie: the start of a longer word, not a word itself

# The code points of jieba's ideographs (_in_block): the tries are keyed by int objects of these
# made once (Lexicon.keys), and read with the same objects. A lookup with a code point made into an
# int on the spot allocates that int (CPython keeps only -5 to 256) and compares it with the key it
# finds (an int call of some 40 instructions); with the key itself it does neither.
_IDEOGRAPHS_FROM: Final = 0x4E00
_IDEOGRAPHS_TO: Final = 0x9FD5


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


class _Node(_Entry):
    """A word, or the start of longer ones, in a trie of the words that start with one pair of
    characters; its children by the code point (ord) of their character."""

    __slots__ = ("children",)

    def __init__(self, weight: float, size: i64) -> None:
        super().__init__(weight, "x", size)
        self.children: dict[object, _Node] | None = None  # keyed as Lexicon.key keys them


class _First(_Entry):
    """What the lexicon knows of one character as the start of words: its weight and tag as a
    word of its own, and the tries of the words it starts, by the code point of their second
    character (each loaded the first time a text holds the pair). One lookup gives all three to
    the cutter."""

    __slots__ = ("seconds",)

    def __init__(self, weight: float, tag: str) -> None:
        super().__init__(weight, tag, 1)  # PREFIX_ONLY when the character is no word of its own
        self.seconds: dict[object, _Node] = {}  # keyed as Lexicon.key keys them


# what _cut_block's list of entries holds before _route fills it
_NO_ENTRY: Final = _Entry(PREFIX_ONLY, "x", 1)
# the lists a block's lists are repeated from: [_NO_ENTRY] * n, compiled, builds a list of one (and
# [0.0] * n a float) for each block, then drops it
_NO_ENTRIES: Final[list[_Entry]] = [_NO_ENTRY]
_NO_SCORES: Final[list[float]] = [0.0]


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
        # the int objects of the ideographs' code points, the keys of the tries (see _IDEOGRAPHS_FROM)
        self.keys: list[object] = [*range(_IDEOGRAPHS_FROM, _IDEOGRAPHS_TO + 1)]
        self.astral_firsts: dict[int, _First] = {}
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

    def key(self, code: int) -> object:
        """The key of code point `code` in the tries: for an ideograph, its int of `keys`."""
        if _IDEOGRAPHS_FROM <= code <= _IDEOGRAPHS_TO:
            return self.keys[code - _IDEOGRAPHS_FROM]
        return code

    def pair(self, first: int, second: int) -> _Node:
        """The trie of the words that start with the characters of code points `first` and
        `second`: its root stands for the pair itself (PREFIX_ONLY when the pair is only the
        start of longer words)."""
        seconds = self.first(first).seconds
        key = self.key(second)
        node = seconds.get(key)
        if node is None:
            node = seconds[key] = self._load_pair(chr(first) + chr(second))
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
        root = _Node(PREFIX_ONLY, 2)
        log_total = self.log_total
        for word, count in counts.items():
            node = root
            for char in word[2:]:
                if node.children is None:
                    node.children = {}
                key = self.key(ord(char))
                child = node.children.get(key)
                if child is None:
                    child = node.children[key] = _Node(PREFIX_ONLY, node.size + 1)
                node = child
            if count:  # jieba's frequency 0 marks the start of a longer word
                node.weight = log(count) - log_total
                # one string object a tag: WordClasses.classes looks tags up by it (identity)
                node.tag = intern(self.tags.get(word, "x"))
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


def _in_block(code: int) -> bool:
    """True for a character of _HAN_BLOCK's class (jieba's re_han_default): a CJK ideograph of
    U+4E00 to U+9FD5, an ASCII letter or digit, or one of + # & . _"""
    if code >= 0x4E00:
        return code <= 0x9FD5
    if code >= 97:
        return code <= 122
    if code >= 65:
        return code <= 90 or code == 95
    if code >= 48:
        return code <= 57
    return code == 43 or code == 35 or code == 38 or code == 46


def _ascii_alnum(code: int) -> bool:
    """True for an ASCII letter or digit (a one-character str's isascii() and isalnum())."""
    return 48 <= code <= 57 or 65 <= code <= 90 or 97 <= code <= 122


class Tagger:
    """`cut(text)` -> [(word, tag), ...], as jieba.posseg.cut(text, HMM=False) gives them."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def cut(self, text: str) -> list[tuple[str, str]]:
        words: list[str] = []
        tags: list[str] = []
        self.cut_apart(text, words, tags)
        return [(words[index], tags[index]) for index in range(len(words))]

    def cut_apart(self, text: str, words: list[str], tags: list[str]) -> None:
        """cut(text), its words appended to `words` and their tags to `tags` (no tuple per word)."""
        self.cut_span(text, 0, len(text), words, tags)

    def cut_span(self, text: str, low: int, high: int, words: list[str], tags: list[str]) -> None:
        """cut_apart(text[low:high]), read in `text` itself: no slice is made of the span, nor of its
        blocks. The blocks are the runs of _HAN_BLOCK's characters (_in_block), found a code point
        at a time: most texts cut are one block, and a call of re costs more than reading them."""
        size: i64 = high
        start: i64 = low
        while start < size:
            end = start
            while end < size and _in_block(ord(text[end])):
                end += 1
            if end > start:
                self._cut_block(text, start, end, words, tags)
            else:
                while end < size and not _in_block(ord(text[end])):
                    end += 1
                self._cut_other(text, start, end, words, tags)
            start = end

    def cut_tokens(self, text: str, low: int, high: int, found: list[Token]) -> None:
        """cut_span(text, low, high, ...), each word appended to `found` as a word token with its
        offsets in `text`: no list of words and of tags is made to be read again (tokens.py)."""
        size: i64 = high
        start: i64 = low
        while start < size:
            end = start
            while end < size and _in_block(ord(text[end])):
                end += 1
            if end > start:
                self._block_tokens(text, start, end, found)
            else:
                while end < size and not _in_block(ord(text[end])):
                    end += 1
                self._other_tokens(text, start, end, found)
            start = end

    def _other_tokens(self, text: str, start: i64, end: i64, found: list[Token]) -> None:
        """_cut_other's words as tokens."""
        index = start
        while index < end:
            code: i64 = ord(text[index])
            if code == 13 and index + 1 < end and text[index + 1] == "\n":
                found.append(Token(_CRLF, "x", index, index + 2, WORD, -1))
                index += 2
            else:
                found.append(Token(self.char(text, index), "x", index, index + 1, WORD, -1))
                index += 1

    def _block_tokens(self, text: str, low: i64, high: i64, found: list[Token]) -> None:
        """_cut_block's words as tokens; a run of single letters and digits (one "eng" word) is
        cut out of the text once, where it ends."""
        entries = _NO_ENTRIES * (high - low)
        self._route(text, low, high, entries)
        letters: i64 = -1  # where the run of letters and digits opens; -1 for none
        start: i64 = low
        while start < high:
            entry = entries[start - low]
            size = entry.size
            if size == 1 and _ascii_alnum(ord(text[start])):
                if letters < 0:
                    letters = start
            else:
                if letters >= 0:
                    found.append(Token(text[letters:start], "eng", letters, start, WORD, -1))
                    letters = -1
                word = entry.word
                if not word:  # the first time this entry's word is cut: text[start:end] spells it
                    word = entry.word = text[start : start + size]
                found.append(Token(word, entry.tag, start, start + size, WORD, -1))
            start += size
        if letters >= 0:
            found.append(Token(text[letters:high], "eng", letters, high, WORD, -1))

    def char(self, text: str, index: int) -> str:
        """text[index], as the string the character's entry keeps (_Entry.word): made the first
        time, then the same string (its hash kept) wherever the character stands."""
        entry = self.lexicon.first(ord(text[index]))
        word = entry.word
        if not word:
            word = entry.word = text[index]
        return word

    def _cut_other(self, text: str, start: i64, end: i64, words: list[str], tags: list[str]) -> None:
        """Text outside Chinese/alphanumeric runs: jieba tags each character x, and \\r\\n as one.
        (jieba splits it at (\\r\\n|\\s) and keeps each piece that matches whole, each character
        of the others: a character each, but \\r\\n.) A character is given as the string its entry
        keeps (_Entry.word), made the first time: a mark cut again is the same string."""
        index = start
        while index < end:
            code: i64 = ord(text[index])
            if code == 13 and index + 1 < end and text[index + 1] == "\n":
                words.append(_CRLF)
                index += 2
            else:
                words.append(self.char(text, index))
                index += 1
            tags.append("x")

    def _cut_block(self, text: str, low: i64, high: i64, words: list[str], tags: list[str]) -> None:
        """The words of the block text[low:high]."""
        entries = _NO_ENTRIES * (high - low)
        self._route(text, low, high, entries)
        letters = ""
        start: i64 = low
        while start < high:
            entry = entries[start - low]
            if entry.size == 1 and _ascii_alnum(ord(text[start])):
                letters += text[start]  # jieba glues single letters and digits into one "eng" word
            else:
                if letters:
                    words.append(letters)
                    tags.append("eng")
                    letters = ""
                word = entry.word
                if not word:  # the first time this entry's word is cut: text[start:end] spells it
                    word = entry.word = text[start : start + entry.size]
                words.append(word)
                tags.append(entry.tag)
            start += entry.size
        if letters:
            words.append(letters)
            tags.append("eng")

    def _route(self, text: str, low: i64, high: i64, entries: list[_Entry]) -> None:
        """For each position of the block text[low:high], the entry of the best-scoring word from it
        (jieba's get_DAG + calc in one pass), into `entries` (from 0 for `low`): its tag, its string,
        and its length (where the word ends).

        jieba adds log(freq) - log(total) of each word to the best score after it,
        right to left, and keeps the longer word on a tie; so does this. Words are
        read from a trie a character at a time: no substring is built to look one up.
        The positions are native integers (mypy_extensions.i64) compiled; the scores
        are the same floats, added and compared in the same order.
        """
        lexicon = self.lexicon
        firsts = lexicon.firsts
        keys = lexicon.keys  # the tries' keys: no int is made to look a character up (see Lexicon.key)
        unknown = lexicon.unknown_weight
        size: i64 = high
        score = _NO_SCORES * (high - low + 1)  # from 0 for `low`, as `entries`
        after = 0.0  # score[start + 1], the best of the step before (not read back from the list)
        start: i64 = size - 1
        while start >= low:
            code: i64 = ord(text[start])  # no one-character string is built (mypyc reads the code point)
            first = firsts[code] if code < PLANE else None
            if first is None:
                first = lexicon.first(code)
            found = first.weight != PREFIX_ONLY  # a one-character word
            best = (first.weight if found else unknown) + after
            best_entry: _Entry = first
            if start + 1 < size:
                second: i64 = ord(text[start + 1])
                node = first.seconds.get(
                    keys[second - _IDEOGRAPHS_FROM] if _IDEOGRAPHS_FROM <= second <= _IDEOGRAPHS_TO else second
                )
                if node is None:
                    node = lexicon.pair(code, second)
                end: i64 = start + 1
                while True:
                    if node.weight != PREFIX_ONLY:
                        candidate = node.weight + score[end + 1 - low]
                        if not found or candidate >= best:
                            best = candidate
                            best_entry = node
                            found = True
                    end += 1
                    children = node.children
                    if end >= size or children is None:
                        break
                    step: i64 = ord(text[end])
                    following = children.get(
                        keys[step - _IDEOGRAPHS_FROM] if _IDEOGRAPHS_FROM <= step <= _IDEOGRAPHS_TO else step
                    )
                    if following is None:
                        break
                    node = following
            score[start - low] = after = best
            entries[start - low] = best_entry
            start -= 1
