"""Which column of a table names its rows, and what each column measures when the rows are places.

A table of places (地区 | 基本养老保险参保人数 | 同比增长) gives each row a place and each column an
indicator: a cell's subject is the place and the indicator (南湖区基本养老保险参保人数), and a column of
changes measures the indicator to its left (同比增长 of 参保人数). table_cells.py reads tables with these.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence


def label_column(
    rows: list[list[str]], numbers: Sequence[Sequence[object]], headers: int, width: int, serial: set[int]
) -> int | None:
    """The column of row headers: the first whose cells below the headers are mostly words (past
    the columns of serial numbers)."""
    body = range(headers, len(rows))
    for c in range(width):
        if c in serial:
            continue
        words = sum(1 for r in body if c < len(rows[r]) and rows[r][c] and numbers[r][c] is None)
        if words * 2 > len(body):
            return c
        if any(c < len(rows[r]) and numbers[r][c] is not None for r in body) and words == 0:
            return None
    return None


def place_indicators(
    label_header: str | None,
    place_headers: frozenset[str],
    headers: Sequence[str | None],
    changes: Sequence[bool],
    name: Callable[[str], str | None],
) -> list[str | None] | None:
    """What each column measures when the label column's header names places ([tables]
    place_columns: 地区, 县（市、区）), its header's name without its unit (`name`); a column of
    changes (`changes`) measures the column's to its left; None when the rows are no places."""
    if label_header is None or "".join(label_header.split()) not in place_headers:
        return None
    indicators: list[str | None] = []
    for header, change in zip(headers, changes, strict=True):
        if change:
            indicators.append(indicators[-1] if indicators else None)
        else:
            indicators.append(name(header) if header else None)
    return indicators
