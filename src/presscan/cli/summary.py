"""`presscan summary`: what the inputs hold, in brief (presscan.summary)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from presscan.cli.common import EXIT_CODES_HELP, Command, ends_cleanly, load_patterns, stdout
from presscan.cli.options import JsonOption, chosen_format, format_option, with_inputs

if TYPE_CHECKING:
    from presscan.batchrun import InputOptions

FORMATS = ("table", "text", "json")
FormatOption = Annotated[Optional[str], format_option(FORMATS, "a table on a terminal, plain text when piped")]
TopOption = Annotated[
    int,
    typer.Option("--top", min=1, metavar="N", help="How many of the most frequent subjects to list. Example: --top 20"),
]

app = typer.Typer()


@app.command(cls=Command, epilog=EXIT_CODES_HELP)
@ends_cleanly
@with_inputs
def summary(inputs: InputOptions, fmt: FormatOption = None, as_json: JsonOption = False, top: TopOption = 10) -> None:
    """Count what the inputs hold: figures by file, kind, unit and subject.

    Figures per file and overall by kind and unit, the most frequent subjects, and the largest
    value of each unit. A table on a terminal, plain text when piped, or JSON.

    Example: presscan summary bulletins/ --format json
    """
    from presscan import summary as summarise
    from presscan.batchrun import BatchRun

    chosen = chosen_format(fmt, as_json, FORMATS, "table" if sys.stdout.isatty() else "text")
    run = BatchRun(inputs, load_patterns(inputs.patterns))
    found = summarise.Summary()
    for result in run.results():
        found.add(result)
    out = stdout()
    write = {"json": summarise.write_json, "table": summarise.write_table, "text": summarise.write_text}[chosen]
    write(found, out, top)
    out.flush()
    raise typer.Exit(run.finish(summary_line=False))  # the summary on stdout is the report
