"""`presscan extract`: every figure of the inputs as a record, in the format asked for (presscan.writers)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from presscan import writers
from presscan.cli.common import EXIT_CODES_HELP, Command, ends_cleanly, fail, load_patterns, stdout
from presscan.cli.options import with_inputs
from presscan.errors import EXIT_OUTPUT, EXIT_USAGE

if TYPE_CHECKING:
    from presscan.batchrun import InputOptions

FormatOption = Annotated[
    Optional[str], typer.Option("--format", "-f", metavar="FORMAT", help=writers.format_help(), show_default=False)
]
OutputOption = Annotated[
    Optional[Path],
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write to this file instead of stdout; it appears only when complete. Example: -o figures.jsonl",
        show_default=False,
    ),
]
ExcelOption = Annotated[
    bool,
    typer.Option("--excel", help="CSV for spreadsheets: a UTF-8 byte-order mark, and cells guarded against formulas."),
]

# On a Dask cluster (presscan.dask, the `dask` extra): imported only when given, so that start-up stays lean.
SchedulerOption = Annotated[
    Optional[str],
    typer.Option(
        "--scheduler",
        metavar="ADDRESS",
        help="Extract on a Dask cluster: its scheduler's address, or local for a cluster of --jobs worker"
        " processes on this machine; -o FOLDER has the workers write part files. Needs pip install"
        " 'presscan\\[dask]'. Example: --scheduler tcp://10.0.0.5:8786",
        show_default=False,
    ),
]
# An incremental output (SQLite) reads again only what changed; these two say otherwise.
PruneOption = Annotated[
    bool,
    typer.Option("--prune", help="SQLite: remove the documents whose files are gone from the folders read."),
]
ForceOption = Annotated[
    bool, typer.Option("--force", help="SQLite: read every input again, even those stored up to date.")
]

app = typer.Typer()


@app.command(cls=Command, epilog=EXIT_CODES_HELP)
@ends_cleanly
@with_inputs
def extract(
    inputs: InputOptions,
    fmt: FormatOption = None,
    output: OutputOption = None,
    excel: ExcelOption = False,
    prune: PruneOption = False,
    force: ForceOption = False,
    scheduler: SchedulerOption = None,
) -> None:
    """Extract figures from files, folders or stdin.

    Example: presscan extract samples/ --format jsonl | jq .value
    """
    from presscan.batchrun import BatchRun

    if scheduler is not None:
        from presscan.dask.command import extract_on_cluster

        raise typer.Exit(extract_on_cluster(inputs, scheduler, fmt, output, excel, prune=prune))
    chosen = writers.choose_format(fmt, output, terminal=sys.stdout.isatty())
    if (prune or force) and not chosen.in_place:
        given = "--prune" if prune else "--force"
        raise fail(f"{given} is for an output updated run after run: -o figures.db (SQLite)", EXIT_USAGE)
    if output is not None:
        writers.check_output_path(output)
    records_out = stdout() if output is None else None
    run = BatchRun(inputs, load_patterns(inputs.patterns))
    options = writers.WriterOptions(
        excel=excel, force=force, prune=prune, inputs=inputs.paths, pattern_files=inputs.patterns
    )
    try:
        with writers.open_writer(chosen, output, records_out, options) as writer:
            for result in run.results(writer.up_to_date(), writer.record_text):
                writers.feed(writer, result)
    except OSError as error:
        if output is None:
            raise  # stdout: a closed pipe ends quietly, a full disk is an OutputError already
        raise fail(f"{output}: cannot write: {error.strerror or error}", EXIT_OUTPUT) from None
    raise typer.Exit(run.finish(note=writer.summary()))
