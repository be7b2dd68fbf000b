"""RawFigure: a figure as match finds it in the normalised text, before attribution.

Built by presscan.match and its helpers, read by attribute, core and table_cells.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from presscan.wordtoken import mypyc_attr


# The records of this module are plain classes with a written-out __init__, not
# dataclasses: mypyc compiles these into native constructors, while the __init__
# that @dataclass generates stays interpreted (fifteen times slower to build, and
# match builds several for every figure). They are never changed once built:
# a changed figure is a copy (copy_figure). Arguments are keyword-only: a figure has
# fifteen fields, and a name at every call says which is which.
@mypyc_attr(acyclic=True)
class RawFigure:
    """A figure as found in the normalised text (spans are normalised offsets)."""

    __slots__ = (
        "end",
        "kind",
        "magnitude",
        "number",
        "numeral",
        "pattern",
        "per",
        "qualifier",
        "qualifier_end",
        "qualifier_start",
        "qualifier_text",
        "start",
        "unit",
        "value",
        "value_high",
    )

    def __init__(
        self,
        *,
        start: int,  # the number's first character (or its sign's, or its prefix's)
        end: int,  # after the unit
        number: str,
        magnitude: str | None,
        value: Decimal,
        unit: str,
        kind: str,
        per: str | None,
        qualifier: str | None,
        qualifier_text: str | None,
        qualifier_start: int,  # span of the whole figure with its qualifiers
        qualifier_end: int,
        pattern: str,
        numeral: str,  # arabic | chinese | mixed
        value_high: Decimal | None = None,  # the upper end of a range (3至5万吨), else None
    ) -> None:
        self.start = start
        self.end = end
        self.number = number
        self.magnitude = magnitude
        self.value = value
        self.unit = unit
        self.kind = kind
        self.per = per
        self.qualifier = qualifier
        self.qualifier_text = qualifier_text
        self.qualifier_start = qualifier_start
        self.qualifier_end = qualifier_end
        self.pattern = pattern
        self.numeral = numeral
        self.value_high = value_high

    def __repr__(self) -> str:
        return (
            f"RawFigure(number={self.number!r}, magnitude={self.magnitude!r}, unit={self.unit!r},"
            f" value={self.value!r}, start={self.start}, end={self.end})"
        )


def copy_figure(figure: RawFigure) -> RawFigure:
    """A copy to change: figures, once built, are never changed in place."""
    return RawFigure(
        start=figure.start,
        end=figure.end,
        number=figure.number,
        magnitude=figure.magnitude,
        value=figure.value,
        unit=figure.unit,
        kind=figure.kind,
        per=figure.per,
        qualifier=figure.qualifier,
        qualifier_text=figure.qualifier_text,
        qualifier_start=figure.qualifier_start,
        qualifier_end=figure.qualifier_end,
        pattern=figure.pattern,
        numeral=figure.numeral,
        value_high=figure.value_high,
    )


def tidy(value: Decimal) -> Decimal:
    """1.46万 is 14600, not 14600.00."""
    if value > _ZERO and value.same_quantum(_UNIT):  # a Decimal compared with an int is converted first
        return value  # a positive integer without a point (12万: 120000) is tidy already
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


_UNIT: Final = Decimal(1)  # Final: compiled, a static, not a lookup in the module's dict
_ZERO: Final = Decimal(0)
