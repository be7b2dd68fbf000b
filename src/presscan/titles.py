"""Titles in a text (《中央八项规定实施细则》): a figure inside one is part of a name, not a figure.
The title marks are patterns/number_words.toml's pairs ([number_words.titles]); the marks of a
text are found once, and where each stands is looked up by binary search for every figure."""

from __future__ import annotations

from typing import Final

from presscan.patterndata import PatternSet
from presscan.segment import bisect_right

_TITLE_LENGTH: Final = 40  # how far a title's marks are looked for around a figure


class Titles:
    """The title marks of a text (《 and 》), found once, to tell whether a figure stands inside a
    title (《中央八项规定实施细则》): a name, not a figure. Where each mark stands is looked up by
    binary search, instead of two or three calls of str.find and str.rfind per figure."""

    def __init__(self, patterns: PatternSet, text: str) -> None:
        self.text = text
        self.sentence_mark_re = patterns.punctuation.sentence_mark_re
        self.openings: list[str] = []
        self.closings: list[str] = []
        self.opening_at: list[list[int]] = []  # where each opening mark starts, in order
        self.closing_at: list[list[int]] = []
        for opening, closing in patterns.titles.items():
            self.openings.append(opening)
            self.closings.append(closing)
            self.opening_at.append(_occurrences(text, opening))
            self.closing_at.append(_occurrences(text, closing))

    def around(self, start: int, end: int) -> bool:
        """True when [start, end) stands inside a title: after an opening mark at most _TITLE_LENGTH
        before it that no closing mark follows before it, and before a closing mark at most
        _TITLE_LENGTH after it, with no sentence mark between the two."""
        for index in range(len(self.openings)):
            openings = self.opening_at[index]
            closings = self.closing_at[index]
            last_open = start - len(self.openings[index])  # the last start of an opening mark before start
            at = bisect_right(openings, last_open) - 1
            if at < 0 or openings[at] < max(0, start - _TITLE_LENGTH):
                continue
            found = openings[at]
            length = len(self.closings[index])
            after = bisect_right(closings, found - 1)  # the first closing mark at found or later
            if after < len(closings) and closings[after] + length <= start:
                continue  # closed before the figure
            after = bisect_right(closings, end - 1)
            if after == len(closings) or closings[after] + length > end + _TITLE_LENGTH:
                continue
            if self.sentence_mark_re.search(self.text, found, closings[after]) is None:
                return True
        return False


def _occurrences(text: str, word: str) -> list[int]:
    """Every position where `word` starts in `text` (overlapping ones too, as str.rfind finds them)."""
    found: list[int] = []
    if not word:
        return found
    at = text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found
