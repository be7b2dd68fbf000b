"""Which column of a table names its rows, and what each column measures when the rows are places or
other things measured, not indicators.

A table of places (地区 | 基本养老保险参保人数 | 同比增长) or things (项目名称 | 总投资, 作物 | 承保面积) gives
each row a place or a thing and each column an indicator: a cell's subject is the row's and the
indicator (南湖区基本养老保险参保人数, 水稻承保面积), and a column of changes measures the indicator to its
left (同比增长 of 参保人数). A table of indicators (指标 | 2025年 | 2024年) names its cells by the row alone.
table_cells.py reads tables with these.
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
    indicator_headers: frozenset[str],
    headers: Sequence[str | None],
    changes: Sequence[bool],
    times: Sequence[str | None],
    name: Callable[[str], str | None],
) -> list[str | None] | None:
    """What each column measures when the label column's header names places ([tables]
    place_columns: 地区, 县（市、区）) or other things measured (项目名称, 作物: any header but one of
    indicators, [tables] indicator_columns: 指标, 项目), its header's name without its unit (`name`) and
    without its time (`times`: 2025年完成投资 measures 完成投资, 2025年 nothing); a column of changes
    (`changes`) measures the column's to its left in a table of places, the row's thing in one of things;
    None when the rows are indicators or unnamed."""
    if label_header is None:
        return None
    label = "".join(label_header.split())
    places = label in place_headers
    if not places and (label in indicator_headers or not label):
        return None
    indicators: list[str | None] = []
    for header, change, time in zip(headers, changes, times, strict=True):
        if change:  # of the indicator to its left; a thing's change, of the thing (环比 of 1号线)
            indicators.append(indicators[-1] if indicators and places else None)
            continue
        named = name(header) if header else None
        if named and time:
            named = named.replace(time, "").strip(" \u3000") or None
        indicators.append(named)
    return indicators
