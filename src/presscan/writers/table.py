"""The terminal table, for people: rows are collected and drawn at the end. rich is imported
only inside the functions that draw, and only when a table is printed.

Each row shows its figure in a window of its sentence, centred on the figure:
words on both sides as far as the column allows, an ellipsis where the
sentence is cut. The column gets the width the other columns leave.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import IO

from presscan.normalise import normalise
from presscan.record import Figure
from presscan.writers.base import Writer, WriterFormat, WriterOptions

ELLIPSIS = "…"
# The narrowest the context column gets, in terminal cells (a Chinese character takes two),
# and its share of the terminal's width when the other columns would leave it less.
MIN_CONTEXT_CELLS = 24
CONTEXT_SHARE = 0.3
NARROWEST_CONTEXT_CELLS = 12  # on a terminal too narrow even without the dropped columns
# The most cells the other columns are counted for when the context column's width is chosen;
# longer values (a long subject, a path) are wrapped by the table.
_OTHER_COLUMN_CELLS = 20
# Every column takes a border and a space on each side.
_COLUMN_FRAME = 3
_COLUMNS = (
    ("line", "right"),
    ("figure in context", "left"),
    ("value", "right"),
    ("unit", "left"),
    ("kind", "left"),
    ("qualifier", "left"),
    ("subject", "left"),
    ("period", "left"),
)
_CONTEXT_COLUMN = 1
# On a terminal too narrow for every column, these go first, in this order: a cut-down
# subject ("…") says nothing, a missing kind column loses little (the unit says most of it).
_DROPPED_FIRST = ("kind", "qualifier", "period", "line")


class Located:
    """Where a figure stands in its context: context[start:end] is the figure as the context writes it."""

    def __init__(self, context: str, start: int, end: int) -> None:
        self.context = context
        self.start = start
        self.end = end


def locate_in_contexts(figures: list[Figure]) -> list[Located | None]:
    """Each figure's place in its context (None when the context does not hold it).

    A context is the sentence normalised (full-width digits folded, line breaks
    and spaces taken out), so the figure is looked for as normalised too. When a
    sentence holds the same text twice, the figures of the sentence, which come
    in order, take the occurrences in order.
    """
    located: list[Located | None] = []
    previous: tuple[str, str] | None = None
    search_from = 0
    for figure in figures:
        if (figure.source, figure.context) != previous:
            previous, search_from = (figure.source, figure.context), 0
        place = _find(figure, search_from)
        if place is not None:
            search_from = place.end
        located.append(place)
    return located


def _find(figure: Figure, search_from: int) -> Located | None:
    context = figure.context
    for written in dict.fromkeys((normalise(figure.text).text, "".join(figure.text.split()))):
        if not written:
            continue
        at = context.find(written, search_from)
        if at < 0:
            at = context.find(written)
        if at >= 0:
            return Located(context, at, at + len(written))
    return None


def window(place: Located, cells: int, width: Callable[[str], int]) -> tuple[str, str, str]:
    """(before, figure, after): the figure and as much of its context on each side as `cells`
    terminal cells hold, the figure in the middle; an ellipsis stands where the context is cut.
    `width` measures text in cells (rich.cells.cell_len)."""
    figure = place.context[place.start : place.end]
    before, after = place.context[: place.start], place.context[place.end :]
    room = max(cells - width(figure), 0)
    left, right = room // 2, room - room // 2
    # a side that needs less than its half gives the rest to the other side
    if width(before) < left:
        left, right = width(before), right + left - width(before)
    elif width(after) < right:
        left, right = left + right - width(after), width(after)
    return _last_cells(before, left, width), figure, _first_cells(after, right, width)


def _first_cells(text: str, cells: int, width: Callable[[str], int]) -> str:
    """The start of `text` in at most `cells` cells, an ellipsis after it when it is cut."""
    if width(text) <= cells:
        return text
    kept, used = [], width(ELLIPSIS)
    for char in text:
        used += width(char)
        if used > cells:
            break
        kept.append(char)
    return "".join(kept) + ELLIPSIS if cells >= width(ELLIPSIS) else ""


def _last_cells(text: str, cells: int, width: Callable[[str], int]) -> str:
    """The end of `text` in at most `cells` cells, an ellipsis before it when it is cut."""
    reversed_start = _first_cells(text[::-1], cells, width)
    return reversed_start[::-1]


def _value(figure: Figure) -> str:
    """The value as it is, exact, with thousands separators: 325,680,000,000; 5.2."""

    def show(value: Decimal) -> str:
        return f"{int(value):,}" if value == value.to_integral_value() else f"{value:,f}"

    if figure.value_high is not None:
        return f"{show(figure.value)}–{show(figure.value_high)}"
    return show(figure.value)


def _rows(figures: list[Figure]) -> list[list[str]]:
    """Every column but the context, as text."""
    several_sources = len({figure.source for figure in figures}) > 1
    return [
        [
            f"{figure.source}:{figure.line}" if several_sources else str(figure.line),
            "",
            _value(figure),
            figure.unit,
            figure.kind,
            figure.qualifier or "",
            figure.subject or "",
            figure.period.text if figure.period else "",
        ]
        for figure in figures
    ]


def render_table(figures: list[Figure], stream: IO[str]) -> None:
    from rich.cells import cell_len
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=stream)
    if not figures:
        console.print("[dim]no figures found[/dim]")
        return
    rows = _rows(figures)
    needed = {}  # cells each column but the context takes, frame included
    for index, (name, _) in enumerate(_COLUMNS):
        if index != _CONTEXT_COLUMN:
            widest = max(cell_len(name), *(cell_len(row[index]) for row in rows))
            # values are never cut; the other columns wrap
            needed[index] = (widest if name == "value" else min(widest, _OTHER_COLUMN_CELLS)) + _COLUMN_FRAME
    shown_columns = _columns_that_fit(needed, console.width)
    others = 1 + sum(needed[index] for index in shown_columns if index != _CONTEXT_COLUMN)  # 1: the last border
    room = console.width - others - _COLUMN_FRAME
    if room >= MIN_CONTEXT_CELLS:
        cells = max(room, int(console.width * CONTEXT_SHARE))
    else:  # a very narrow terminal: the context gives way before the subject does
        cells = max(room, NARROWEST_CONTEXT_CELLS)
    table = Table(show_lines=False, header_style="bold")
    for index in shown_columns:
        name, justify = _COLUMNS[index]
        if index == _CONTEXT_COLUMN:
            table.add_column(name, justify=justify, width=cells, no_wrap=True)  # type: ignore[arg-type]
        elif name == "value":
            table.add_column(name, justify=justify, no_wrap=True)  # type: ignore[arg-type]  # numbers are never cut
        else:
            table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for figure, row, place in zip(figures, rows, locate_in_contexts(figures), strict=True):
        if place is None:
            shown = Text("".join(figure.text.split()), style="bold yellow")
        else:
            before, written, after = window(place, cells, cell_len)
            shown = Text(before)
            shown.append(written, style="bold yellow")
            shown.append(after)
        table.add_row(*(shown if index == _CONTEXT_COLUMN else row[index] for index in shown_columns))
    console.print(table)


def _columns_that_fit(needed: dict[int, int], width: int) -> list[int]:
    """The indexes of the columns to show: all of them where they fit beside the narrowest
    context, else without the least needed ones (_DROPPED_FIRST), one at a time."""
    shown = list(range(len(_COLUMNS)))
    names = [name for name, _ in _COLUMNS]
    for name in _DROPPED_FIRST:
        if 1 + sum(needed[index] for index in shown if index != _CONTEXT_COLUMN) + MIN_CONTEXT_CELLS <= width:
            break
        shown.remove(names.index(name))
    return shown


class TableWriter(Writer):
    """A rich table for a terminal; rows are collected and printed at the end."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.figures: list[Figure] = []

    def write(self, figure: Figure) -> None:
        self.figures.append(figure)

    def close(self) -> None:
        render_table(self.figures, self.stream)


def _open(stream: IO[str], options: WriterOptions) -> Writer:
    return TableWriter(stream)


FORMAT = WriterFormat(name="table", stream=_open, terminal=True)
