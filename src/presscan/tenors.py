"""Tenors: the length of a bond, loan or deposit written before its name (10年期国债,
一年期贷款市场报价利率, 7天期逆回购, 5年期以上LPR, 10年期及以下债券).

A tenor is part of the name it opens, however jieba cuts it (10/年期, 一年期/t, 7/天/期,
十年/期): it is no figure and no period, and without it the name says less than the
bulletin does. The units, the marker and the bounds are patterns/subject.toml's
(`tenor_units`, `tenor_marker`, `tenor_bounds`); the numerals are numerals.toml's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from presscan.tokens import WORD, Token

# a tenor is a few words at most (3/个/月/期, 10/年期/及/以下)
MOST_TENOR_TOKENS: Final = 5


class Tenors:
    """Finds a tenor right before a name's first word."""

    def __init__(self, units: Iterable[str], marker: str, bounds: Iterable[str], numerals: Iterable[str]) -> None:
        unit_list = sorted(units, key=len, reverse=True)
        digits = "".join(sorted(numerals))
        self._pattern: re.Pattern[str] | None = None
        self._marker = marker
        if unit_list and marker and digits:
            number = rf"(?:[0-9]+(?:\.[0-9]+)?|[{re.escape(digits)}]+)"
            alternatives = "|".join(map(re.escape, unit_list))
            bound = "|".join(map(re.escape, sorted(bounds, key=len, reverse=True)))
            bounded = f"(?:{bound})?" if bound else ""
            self._pattern = re.compile(rf"{number}(?:{alternatives}){re.escape(marker)}{bounded}")

    def start(self, tokens: list[Token], low: int, index: int, following: str) -> int:
        """The index of the first token of a tenor that ends at tokens[index], before the name
        whose first word is `following` (that word may be the tenor's bound: 5年期[以上]LPR);
        -1 when there is none. The longest tenor is taken (1.5年期, not 5年期)."""
        marker = self._marker
        if self._pattern is None or (marker not in tokens[index].word and marker not in following):
            return -1
        found = -1
        text = ""
        for at in range(index, max(low, index - MOST_TENOR_TOKENS + 1) - 1, -1):
            token = tokens[at]
            if token.kind != WORD:
                break
            text = token.word + text
            if self._pattern.fullmatch(text) or self._pattern.fullmatch(text + following):
                found = at
        return found
