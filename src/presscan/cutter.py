"""jieba's no-HMM part-of-speech cut, over the dictionary lexicon.py loads.

`Tagger.cut` is `jieba.posseg.POSTokenizer.cut(text, HMM=False)` over that dictionary, step
for step: the same blocks and fallbacks, the same route scores (log freq - log total, summed
right to left, ties to the longer word), the same tags. tests/test_lexicon.py checks that it
gives jieba's tokens. `Tagger.cut_tokens` gives a span's words as the tokens a sentence is made
of (tokens.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from presscan.lexicon import PLANE, PREFIX_ONLY, Lexicon, _Entry
from presscan.wordtoken import WORD, Token

if TYPE_CHECKING:
    from mypy_extensions import i64

# jieba.posseg's own expressions: the same text must fall into the same blocks
_HAN_BLOCK = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._]+)")
_CRLF: Final = "\r\n"

# what _cut_block's list of entries holds before _route fills it
_NO_ENTRY: Final = _Entry(PREFIX_ONLY, "x", 1)
# the lists a block's lists are repeated from: [_NO_ENTRY] * n, compiled, builds a list of one (and
# [0.0] * n a float) for each block, then drops it
_NO_ENTRIES: Final[list[_Entry]] = [_NO_ENTRY]
_NO_SCORES: Final[list[float]] = [0.0]


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


def _run_end(text: str, start: i64, high: i64) -> i64:
    """Where the run that opens at `start` ends: of _HAN_BLOCK's characters (a block), or of others."""
    inside = _in_block(ord(text[start]))
    end: i64 = start + 1
    while end < high and _in_block(ord(text[end])) == inside:
        end += 1
    return end


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
        start: i64 = low
        while start < high:
            end = _run_end(text, start, high)
            if _in_block(ord(text[start])):
                self._cut_block(text, start, end, words, tags)
            else:
                self._cut_other(text, start, end, words, tags)
            start = end

    def cut_tokens(self, text: str, low: int, high: int, found: list[Token]) -> None:
        """cut_span(text, low, high, ...), each word appended to `found` as a word token with its
        offsets in `text`: no list of words and of tags is made to be read again (tokens.py)."""
        start: i64 = low
        while start < high:
            end = _run_end(text, start, high)
            if _in_block(ord(text[start])):
                self._block_tokens(text, start, end, found)
            else:
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
        read from a trie a character at a time, by the tables of lexicon.child: no
        substring is built to look one up.
        The positions are native integers (mypy_extensions.i64) compiled; the scores
        are the same floats, added and compared in the same order.
        """
        lexicon = self.lexicon
        firsts = lexicon.firsts
        pool = lexicon.pool  # every table of the tries; grown in place as pairs are loaded
        unknown = lexicon.unknown_weight
        size: i64 = high
        score = _NO_SCORES * (high - low + 1)  # from 0 for `low`, as `entries`
        after = 0.0  # score[start + 1], the best of the step before (not read back from the list)
        start: i64 = size - 1
        right: i64 = 0  # the code point after `start`'s, read the step before
        while start >= low:
            code: i64 = ord(text[start])  # no one-character string is built (mypyc reads the code point)
            first = firsts[code] if code < PLANE else None
            if first is None:
                first = lexicon.first(code)
            found = first.weight != PREFIX_ONLY  # a one-character word
            best = (first.weight if found else unknown) + after
            best_entry: _Entry = first
            if start + 1 < size:
                # the pair's trie in the character's table, as lexicon.child reads it (written out:
                # compiled code calls a function, no inlining)
                second: i64 = right
                base: i64 = first.base
                mask: i64 = first.mask
                at: i64 = second & mask
                pair = pool[base + at]
                while pair is not None and pair.code != second:
                    at = (at + 1) & mask
                    pair = pool[base + at]
                node = pair if pair is not None else lexicon.pair(code, second)
                end: i64 = start + 1
                while True:
                    if node.weight != PREFIX_ONLY:
                        candidate = node.weight + score[end + 1 - low]
                        if not found or candidate >= best:
                            best = candidate
                            best_entry = node
                            found = True
                    end += 1
                    base = node.base
                    if end >= size or base < 0:
                        break
                    step: i64 = ord(text[end])
                    mask = node.mask
                    at = step & mask
                    following = pool[base + at]
                    while following is not None and following.code != step:
                        at = (at + 1) & mask
                        following = pool[base + at]
                    if following is None:
                        break
                    node = following
            score[start - low] = after = best
            entries[start - low] = best_entry
            right = code
            start -= 1
