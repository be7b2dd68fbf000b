"""`presscan text`: the text presscan reads from each input, exactly as the records' offsets count it."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from presscan.cli.common import EXIT_CODES_HELP, Command, ends_cleanly, load_patterns, stdout
from presscan.cli.options import chosen_format, format_option, with_inputs

if TYPE_CHECKING:
    from presscan.batchrun import InputOptions

FORMATS = ("text", "jsonl")
FormatOption = Annotated[Optional[str], format_option(FORMATS, "the text itself")]

app = typer.Typer()


@app.command(cls=Command, epilog=EXIT_CODES_HELP)
@ends_cleanly
@with_inputs
def text(inputs: InputOptions, fmt: FormatOption = None) -> None:
    """Print the text presscan reads from each input: a page's article, a PDF's paragraphs, tables as tab-separated rows.

    A record's start and end are offsets into this text: its characters from start to end are the record's text.
    With several inputs, each text follows a line "==> source <==".

    Example: presscan text report.pdf > report.txt
    """
    from presscan import batch, signals
    from presscan.errors import EXIT_INPUT_FAILED, EXIT_INTERNAL, EXIT_OK, InternalError
    from presscan.readers import STDIN, Document

    chosen = chosen_format(fmt, False, FORMATS, "text")
    patterns = load_patterns(inputs.patterns)
    out = stdout()
    sources = list(batch.expand(inputs.paths, inputs.globs or batch.DEFAULT_GLOBS, hidden=inputs.hidden))
    several = len(sources) > 1 or inputs.folder_given
    failed = internal = 0
    for source in sources:
        signals.stop_if_signalled()
        if isinstance(source, str):
            read = batch.read_document(source, patterns, inputs.encoding, inputs.limits)
        else:
            read = source
        if not isinstance(read, Document):
            sys.stderr.write(f"presscan: error: {read}\n")
            failed += 1
            internal += isinstance(read, InternalError)
            if inputs.fail_fast:
                break
            continue
        if chosen == "jsonl":
            line = {"source": read.source, "format": read.format, "encoding": read.encoding, "text": read.text}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
        else:
            if several:
                out.write(f"==> {read.source if read.source != STDIN else '-'} <==\n")
            out.write(read.text)
            if several and not read.text.endswith("\n"):
                out.write("\n")
        out.flush()
    raise typer.Exit(EXIT_INTERNAL if internal else EXIT_INPUT_FAILED if failed else EXIT_OK)
