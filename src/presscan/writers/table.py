"""The terminal table, for people: rows are collected and drawn at the end. rich is imported
only inside the functions that draw, and only when a table is printed."""

from __future__ import annotations

from typing import IO

from presscan.record import Figure
from presscan.writers.base import Writer, WriterFormat, WriterOptions

_CONTEXT_CHARS = 14


def _highlight(figure: Figure):  # type: ignore[no-untyped-def]
    from rich.text import Text

    context = figure.context
    compact = "".join(figure.text.split())
    at = context.find(compact)
    if at < 0:
        return Text(compact, style="bold yellow")
    left = context[max(0, at - _CONTEXT_CHARS) : at]
    right = context[at + len(compact) : at + len(compact) + _CONTEXT_CHARS]
    text = Text(("…" if at > _CONTEXT_CHARS else "") + left)
    text.append(compact, style="bold yellow")
    text.append(right + ("…" if at + len(compact) + _CONTEXT_CHARS < len(context) else ""))
    return text


def _value(figure: Figure) -> str:
    def show(value: object) -> str:
        number = float(value)  # type: ignore[arg-type]
        return f"{int(number):,}" if number == int(number) else f"{number:,}"

    if figure.value_high is not None:
        return f"{show(figure.value)}–{show(figure.value_high)}"
    return show(figure.value)


def render_table(figures: list[Figure], stream: IO[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=stream)
    if not figures:
        console.print("[dim]no figures found[/dim]")
        return
    table = Table(show_lines=False, header_style="bold")
    for name, justify in (
        ("line", "right"),
        ("figure in context", "left"),
        ("value", "right"),
        ("unit", "left"),
        ("kind", "left"),
        ("qualifier", "left"),
        ("subject", "left"),
        ("period", "left"),
    ):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    several_sources = len({figure.source for figure in figures}) > 1
    for figure in figures:
        line = f"{figure.source}:{figure.line}" if several_sources else str(figure.line)
        table.add_row(
            line,
            _highlight(figure),
            _value(figure),
            figure.unit,
            figure.kind,
            figure.qualifier or "",
            figure.subject or "",
            figure.period.text if figure.period else "",
        )
    console.print(table)


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
