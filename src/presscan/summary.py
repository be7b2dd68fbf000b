"""What a batch found, in brief: counts per file and overall by kind and unit,
the most frequent subjects, and the largest value of each unit.

The summary is built one result at a time (only counters are kept, never the
figures), then rendered as plain text, JSON, or a rich table for a terminal.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import IO

from presscan.batch import Result
from presscan.record import Figure

TOP_SUBJECTS = 10


@dataclass(slots=True)
class FileCounts:
    source: str
    figures: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    units: Counter[str] = field(default_factory=Counter)


@dataclass(slots=True)
class Largest:
    """The largest value seen for one unit, and where it stands."""

    value: Decimal
    text: str
    source: str
    line: int
    subject: str | None


@dataclass
class Summary:
    files: list[FileCounts] = field(default_factory=list)
    failed: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    units: Counter[str] = field(default_factory=Counter)
    subjects: Counter[str] = field(default_factory=Counter)
    largest: dict[str, Largest] = field(default_factory=dict)

    def add(self, result: Result) -> None:
        if result.error is not None:
            self.failed += 1
            return
        counts = FileCounts(result.source, len(result.figures))
        for figure in result.figures:
            unit = unit_label(figure)
            counts.kinds[figure.kind] += 1
            counts.units[unit] += 1
            if figure.subject:
                self.subjects[figure.subject] += 1
            value = figure.value_high if figure.value_high is not None else figure.value
            best = self.largest.get(unit)
            if best is None or value > best.value:
                self.largest[unit] = Largest(value, figure.text, figure.source, figure.line, figure.subject)
        self.kinds.update(counts.kinds)
        self.units.update(counts.units)
        self.files.append(counts)

    @property
    def figures(self) -> int:
        return sum(counts.figures for counts in self.files)

    def as_dict(self, top: int = TOP_SUBJECTS) -> dict[str, object]:
        """Plain data for JSON: counters most frequent first, ties by name, so output is stable."""
        return {
            "files": [
                {
                    "source": counts.source,
                    "figures": counts.figures,
                    "kinds": dict(_ranked(counts.kinds)),
                    "units": dict(_ranked(counts.units)),
                }
                for counts in self.files
            ],
            "total": {
                "files": len(self.files),
                "files_with_errors": self.failed,
                "figures": self.figures,
                "kinds": dict(_ranked(self.kinds)),
                "units": dict(_ranked(self.units)),
                "top_subjects": [{"subject": s, "figures": n} for s, n in _ranked(self.subjects)[:top]],
                "largest": {
                    unit: {
                        "value": _json_number(best.value),
                        "text": best.text,
                        "source": best.source,
                        "line": best.line,
                        "subject": best.subject,
                    }
                    for unit, best in sorted(self.largest.items())
                },
            },
        }


def unit_label(figure: Figure) -> str:
    """The unit with its denominator, so that 3095万吨/年 and 5吨 are not compared: 吨/年.

    A rate's unit carries its denominator already (unit 吨/年, per 年); it is
    added only to a unit that lacks it. A figure with no unit (性别比104.2) is labelled by its
    kind in brackets: (number).
    """
    if not figure.unit:
        return f"({figure.kind})"
    if not figure.per or figure.unit.endswith(f"/{figure.per}"):
        return figure.unit
    return f"{figure.unit}/{figure.per}"


def _ranked(counter: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))


def _json_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _show(value: Decimal) -> str:
    number = _json_number(value)
    return f"{number:,}"


def _counts(ranked: list[tuple[str, int]]) -> str:
    return ", ".join(f"{name} {count}" for name, count in ranked) or "-"


def write_json(summary: Summary, stream: IO[str], top: int = TOP_SUBJECTS) -> None:
    stream.write(json.dumps(summary.as_dict(top), ensure_ascii=False, indent=2) + "\n")


def _one_line(written: str) -> str:
    """A figure as written, on one line: a figure broken across lines (795\\n96万吨) is shown joined."""
    return "".join(written.split())


def write_text(summary: Summary, stream: IO[str], top: int = TOP_SUBJECTS) -> None:
    """Plain lines, for pipes and logs."""
    for counts in summary.files:
        stream.write(f"{counts.source}: {counts.figures} figures ({_counts(_ranked(counts.kinds))})\n")
    errors = f", {summary.failed} with errors" if summary.failed else ""
    stream.write(f"total: {len(summary.files)} files, {summary.figures} figures{errors}\n")
    stream.write(f"by kind: {_counts(_ranked(summary.kinds))}\n")
    stream.write(f"by unit: {_counts(_ranked(summary.units))}\n")
    stream.write(f"top subjects: {_counts(_ranked(summary.subjects)[:top])}\n")
    stream.write("largest value per unit:\n")
    for unit, best in sorted(summary.largest.items()):
        subject = f" {best.subject}" if best.subject else ""
        stream.write(f"  {unit}: {_show(best.value)} ({_one_line(best.text)}{subject}, {best.source}:{best.line})\n")


def write_table(summary: Summary, stream: IO[str], top: int = TOP_SUBJECTS) -> None:
    """rich tables for a terminal."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=stream)
    files = Table(title="per file", header_style="bold")
    files.add_column("file", overflow="fold")
    files.add_column("figures", justify="right")
    files.add_column("by kind")
    for counts in summary.files:
        files.add_row(counts.source, str(counts.figures), _counts(_ranked(counts.kinds)))
    files.add_row("[bold]total[/bold]", f"[bold]{summary.figures}[/bold]", _counts(_ranked(summary.kinds)))
    console.print(files)

    units = Table(title="per unit", header_style="bold")
    for name, justify in (("unit", "left"), ("figures", "right"), ("largest", "right"), ("as written", "left")):
        units.add_column(name, justify=justify, no_wrap=True)  # type: ignore[arg-type]
    units.add_column("subject")
    units.add_column("where", overflow="fold")  # a long path breaks, the numbers never
    for unit, count in _ranked(summary.units):
        best = summary.largest[unit]
        units.add_row(
            unit, str(count), _show(best.value), _one_line(best.text), best.subject or "", f"{best.source}:{best.line}"
        )
    console.print(units)

    subjects = _ranked(summary.subjects)[:top]
    if subjects:
        table = Table(title="top subjects", header_style="bold")
        table.add_column("subject")
        table.add_column("figures", justify="right")
        for subject, count in subjects:
            table.add_row(subject, str(count))
        console.print(table)
    if summary.failed:
        console.print(f"[red]{summary.failed} file{'s' if summary.failed > 1 else ''} could not be read[/red]")
