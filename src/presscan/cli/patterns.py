"""`presscan patterns`: every word presscan matches, with the pattern file it comes from (presscan.listing)."""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from presscan.cli.common import Command, ends_cleanly, load_patterns, stdout
from presscan.cli.options import JsonOption, PatternsOption, chosen_format, format_option

FORMATS = ("table", "tsv", "json")
FormatOption = Annotated[Optional[str], format_option(FORMATS, "a table on a terminal, tab-separated lines when piped")]

app = typer.Typer()


@app.command(cls=Command)
@ends_cleanly
def patterns(extra: PatternsOption = None, fmt: FormatOption = None, as_json: JsonOption = False) -> None:
    """List every word presscan matches, with the pattern file it comes from.

    Units, magnitudes, qualifiers and number words, and the words read around a figure for its
    subject, period, direction, status and measure (sections such as subject.boundary). A table on
    a terminal, tab-separated lines when piped, or JSON.

    Example: presscan patterns -p my-units.toml | grep my-units
    """
    from presscan import listing

    chosen = chosen_format(fmt, as_json, FORMATS, "table" if sys.stdout.isatty() else "tsv")
    found = listing.rows(load_patterns(extra or ()))
    out = stdout()
    write = {"json": listing.write_json, "table": listing.write_table, "tsv": listing.write_tsv}[chosen]
    write(found, out)
    out.flush()
