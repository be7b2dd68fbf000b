"""`presscan schema`: the JSON Schema of one record (presscan.record)."""

from __future__ import annotations

import json

import typer

from presscan.cli.common import Command, ends_cleanly, stdout

app = typer.Typer()


@app.command(cls=Command)
@ends_cleanly
def schema() -> None:
    """Print the JSON Schema of one record, for the scripts downstream.

    Example: presscan schema > figure.schema.json
    """
    from presscan.record import json_schema

    out = stdout()
    out.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
    out.flush()
