"""The shape of the sentence tables (tests/test_extract_table.py, tests/test_numbers_table.py).

A row is a sentence (also the test id) and the exact figures `extract` must
find in it, each a `Fig` with named fields; a row with no figure must give
none. `records` reads a sentence the way every table checks it: each figure's
text must be the sentence's own characters at its offsets.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, NamedTuple

import pytest

from presscan import extract


class Fig(NamedTuple):
    """One expected figure. Values are written as decimal strings: "1640000000", "0.333333"."""

    text: str
    value: str
    unit: str
    kind: str
    qualifier: str | None = None
    high: str | None = None  # value_high: the upper end of a range or a vague count

    def exact(self) -> tuple[str, Decimal, str, str, str | None, Decimal | None]:
        high = None if self.high is None else Decimal(self.high)
        return (self.text, Decimal(self.value), self.unit, self.kind, self.qualifier, high)


def row(sentence: str, *figures: Fig, marks: Any = ()) -> Any:
    return pytest.param(sentence, [figure.exact() for figure in figures], id=sentence, marks=marks)


def known_failure(reason: str) -> pytest.MarkDecorator:
    """A row presscan gets wrong today: strict, so that a fix is noticed and the mark removed."""
    return pytest.mark.xfail(strict=True, reason=reason)


def records(sentence: str) -> list[tuple[str, Decimal, str, str, str | None, Decimal | None]]:
    found = []
    for figure in extract(sentence):
        assert figure.text == sentence[figure.start : figure.end], figure
        found.append((figure.text, figure.value, figure.unit, figure.kind, figure.qualifier, figure.value_high))
    return found
