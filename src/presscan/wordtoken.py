"""A token of a sentence (tokens.py): a word with its tag, or a figure, a time expression or a
gap. Its own module so that the cutter (lexicon.py) makes the word tokens itself, with no list of
words and tags between it and the sentence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, TypeVar

_Class = TypeVar("_Class")

try:
    from mypy_extensions import mypyc_attr as mypyc_attr
except ImportError:  # presscan does not need mypy_extensions to run

    def mypyc_attr(*_names: str, **_values: object) -> Callable[[_Class], _Class]:
        """mypyc reads this decorator when it compiles a class; in Python it does nothing."""
        return lambda cls: cls


# What a token stands for (Token.kind)
WORD: Final = 0
FIGURE: Final = 1
TIME: Final = 2
GAP: Final = 3  # text not cut into words (too far from any figure or time to matter); its word is ""


# Acyclic (mypyc_attr): no object it holds can hold it back, so the cycle collector need not
# track it: made and freed without the collector's header and its list (tokens.py's many)
@mypyc_attr(acyclic=True)
class Token:
    """A word with its part-of-speech tag, or a figure or time expression by its index."""

    __slots__ = ("classes", "end", "index", "kind", "start", "tag", "word")

    def __init__(self, word: str, tag: str, start: int, end: int, kind: int, index: int) -> None:
        self.word = word
        self.tag = tag
        self.start = start
        self.end = end
        self.kind = kind
        self.index = index  # the figure's or the time expression's index; -1 for a word
        # the bits of its word's and its tag's classes (wordbits.py), -1 until a rule asks
        # (WordClasses.classes); word and tag never change once the token is made
        self.classes = -1

    def __repr__(self) -> str:
        return f"{self.word}/{self.tag}" if self.kind == WORD else f"<{self.word}>"
