"""Which column of a table names its rows, and what each column measures when the rows are places or
other things measured, not indicators.

A table of places (地区 | 基本养老保险参保人数 | 同比增长) or things (项目名称 | 总投资, 作物 | 承保面积) gives
each row a place or a thing and each column an indicator: a cell's subject is the row's and the
indicator (南湖区基本养老保险参保人数, 水稻承保面积), and a column of changes measures the indicator to its
left (同比增长 of 参保人数). A table of indicators (指标 | 2025年 | 2024年) names its cells by the row alone.
table_cells.py reads tables with these.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from presscan.patternfile import TableSection as TitleWords

# The number of a table after its title word, and the marks after it: 表[1  ], 附表[2：]
_TITLE_NUMBER = re.compile(r"^[ \u3000]*[0-9０-９一二三四五六七八九十]+[ \u3000:：.、]*")


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


def title_indicator(title: str, time: str | None, words: TitleWords) -> str | None:
    """The indicator a table's title names (表1  2023年各区（县、市）[公民具备科学素质比例]): the title
    without its title word and number (表1), its time, and the places it covers when it opens with a
    word of each (各区（县、市）: `place_frames`, up to the last closing bracket); None for a title that
    names a report, not an indicator (…筹集情况: `report_titles`), or none."""
    name = title.strip(" \u3000")
    for word in sorted(words.titles, key=len, reverse=True):
        if name.startswith(word):
            name = _TITLE_NUMBER.sub("", name[len(word) :], count=1)
            break
    if time:
        name = name.replace(time, "", 1)
    name = name.strip(" \u3000")
    closing = max(name.rfind(closing) for _, closing in words.brackets) if words.brackets else -1
    if name.startswith(tuple(words.place_frames)) and 0 < closing < len(name) - 2:
        name = name[closing + 1 :]  # 各区（县、市）
    if not name or name.endswith(tuple(words.report_titles)) or len(name) < 2:
        return None
    return name


def titled(indicators: list[str | None], title: str | None, generic: frozenset[str]) -> list[str | None]:
    """`indicators` with a column headed by the title's indicator's last word, or by a generic word
    alone (a goal, a share), named by the title's indicator (比例 under 公民具备科学素质比例 or 城镇化率;
    2025年目标: its goal)."""
    if not title:
        return indicators
    return [
        title if named and len(named) < len(title) and (title.endswith(named) or named in generic) else named
        for named in indicators
    ]
