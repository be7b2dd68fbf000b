"""`presscan report`: an HTML page to review the figures of the inputs (presscan.report)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Optional

import typer

from presscan.cli.common import EXIT_CODES_HELP, Command, ends_cleanly, fail, load_patterns, stdout
from presscan.cli.options import with_inputs
from presscan.errors import EXIT_OUTPUT, EXIT_USAGE

if TYPE_CHECKING:
    from presscan.batchrun import BatchRun, InputOptions

OutputOption = Annotated[
    Optional[Path],
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="The report's file (HTML); it appears only when complete. Without it the page goes to stdout when"
        " piped. Example: -o report.html",
        show_default=False,
    ),
]
OpenOption = Annotated[
    bool, typer.Option("--open", help="Open the report in the default browser when it is written (needs -o).")
]

app = typer.Typer()


@app.command(cls=Command, epilog=EXIT_CODES_HELP)
@ends_cleanly
@with_inputs
def report(inputs: InputOptions, output: OutputOption = None, open_report: OpenOption = False) -> None:
    """Write one HTML page to review the figures: each document with its figures marked, a table, charts.

    Example: presscan report bulletins/ -o report.html --open
    """
    from presscan.batchrun import BatchRun
    from presscan.writers.atomic import atomic_output, check_output_path

    if output is None:
        if open_report:
            raise fail("--open needs the report's file: -o report.html", EXIT_USAGE)
        if sys.stdout.isatty():
            raise fail("name the report's file: -o report.html (or pipe the page somewhere)", EXIT_USAGE)
    else:
        check_output_path(output)
    run = BatchRun(inputs, load_patterns(inputs.patterns), keep_text=True)
    try:
        if output is None:
            _write(run, stdout())
        else:
            with atomic_output(output) as stream:
                _write(run, stream)
    except OSError as error:
        if output is None:
            raise  # stdout: a closed pipe ends quietly, a full disk is an OutputError already
        raise fail(f"{output}: cannot write: {error.strerror or error}", EXIT_OUTPUT) from None
    code = run.finish()
    if open_report and output is not None:
        import webbrowser

        webbrowser.open(output.resolve().as_uri())
    raise typer.Exit(code)


def _write(run: BatchRun, stream: IO[str]) -> None:
    """Each input's text and records into the page as they come; a failed one as its error."""
    from presscan.report import ReportPage

    page = ReportPage(stream)
    for result in run.results():
        if result.error is None:
            page.add_document(result.source, result.text or "", result.figures, result.format, result.encoding)
        else:
            page.add_failure(result.source, str(result.error))
    page.close()
