"""Looking up pattern words at a position of the text: the longest word of a table that
starts at a position or ends right before it, and the character tests match repeats."""

from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Final

from presscan.patterndata import PatternSet

if TYPE_CHECKING:
    from mypy_extensions import i64

_COMPILED: Final = not __file__.endswith(".py")  # mypyc's module is a shared library


def longest_at(table: Container[str], text: str, pos: int, longest: int) -> str | None:
    """The longest key of `table` that starts at text[pos]."""
    for size in range(min(longest, len(text) - pos), 0, -1):
        word = text[pos : pos + size]
        if word in table:
            return word
    return None


def longest_word_at(patterns: PatternSet, table: str, text: str, pos: int) -> str | None:
    """The longest key of the pattern table named `table` (one of first_chars) that starts at
    text[pos]: one test of the character there, and a lookup only where a word can start."""
    if pos >= len(text) or text[pos] not in patterns.first_chars[table]:
        return None
    words: Mapping[str, object] = getattr(patterns, table)
    return longest_at(words, text, pos, patterns.longest_key[table])


def longest_before(patterns: PatternSet, table: str, text: str, pos: int) -> str | None:
    """The longest key of the pattern table named `table` that ends right before text[pos]."""
    if pos == 0 or text[pos - 1] not in patterns.last_chars[table]:
        return None  # no word of the table ends with the character before pos
    words: Mapping[str, object] = getattr(patterns, table)
    for size in range(min(patterns.longest_key[table], pos), 0, -1):
        word = text[pos - size : pos]
        if word in words:
            return word
    return None


def ends_at(text: str, pos: int, word: str) -> bool:
    """True when `word` stands right before text[pos]."""
    start = pos - len(word)
    if not _COMPILED or pos > len(text):
        return start >= 0 and text[start:pos] == word
    return start >= 0 and _same_codes(text, start, word)


def starts_at(text: str, pos: int, word: str) -> bool:
    """text.startswith(word, pos) for pos >= 0, faster in compiled code: str.startswith with a
    position is called as a Python method (about 1 000 instructions), a slice compared is not
    (about 250, most of it the new string's allocation), a comparison of code points less still
    (most words differ at their first character)."""
    end = pos + len(word)
    if not _COMPILED or pos < 0:
        return end <= len(text) and text[pos:end] == word
    return end <= len(text) and _same_codes(text, pos, word)


def _same_codes(text: str, pos: int, word: str) -> bool:
    """text[pos:pos + len(word)] == word, for a span inside `text`, read code point by code point
    (compiled, no string is made; interpreted, the slice compared is faster)."""
    size: i64 = len(word)
    at: i64 = pos
    index: i64 = 0
    while index < size:
        if ord(text[at + index]) != ord(word[index]):
            return False
        index += 1
    return True


def is_latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


def is_numeral(patterns: PatternSet, char: str) -> bool:
    """A digit of either script, or a place or section character."""
    return (
        (char.isascii() and char.isdigit())
        or char in patterns.digits
        or char in patterns.places
        or char in patterns.sections
    )
