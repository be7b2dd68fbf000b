"""`presscan extract --scheduler ...`: the extract command, run on a Dask cluster.

    presscan extract --scheduler tcp://10.0.0.5:8786 bulletins/ -o figures.jsonl   # one file, from here
    presscan extract --scheduler tcp://10.0.0.5:8786 bulletins/ -o figures         # a folder, from the workers
    presscan extract --scheduler local bulletins/ -o figures.csv                   # a LocalCluster, this machine

With an output file (or stdout), the records come back to this process and
are written as a local run writes them, in input order, by the same writers:
the same bytes. With `-o` naming a folder (one that exists, or a name without
a suffix), each batch is written by the worker that extracted it, as one part
file of the folder (part-000000.parquet, ...; Parquet by default, any writer
of presscan.writers with --format): nothing passes through this process but
the counts, so output does not limit the job. The workers must see the folder
at the same path (a shared file system).
"""

from __future__ import annotations

import sys
from pathlib import Path

from presscan import writers
from presscan.batchrun import InputOptions
from presscan.cli.common import load_patterns, stdout
from presscan.dask.cluster import ClusterRun, connect, import_distributed
from presscan.errors import OutputError, UsageError
from presscan.readers.source import STDIN

FOLDER_FORMAT = "parquet"


def writes_folder(output: Path | None) -> bool:
    """Whether `-o` names a folder of part files: an existing folder, or a name without a suffix."""
    return output is not None and (output.is_dir() or not output.suffix)


def _folder_format(fmt: str | None) -> writers.WriterFormat:
    known = writers.formats()
    name = fmt or FOLDER_FORMAT
    if name not in known or known[name].terminal:
        files = [other for other, chosen in known.items() if not chosen.terminal]
        raise UsageError(f"a folder of part files is written as {' or '.join(files)}: add --format {files[-1]}")
    return known[name]


def _prepare_folder(folder: Path, fmt: writers.WriterFormat) -> None:
    """Make the folder; one holding part files already would mix two runs."""
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        raise OutputError(f"{folder}: cannot make the folder: {error.strerror or error}") from None
    if any(folder.glob("part-*")):
        raise UsageError(f"{folder} holds part files already: remove them, or name another folder")


def extract_on_cluster(
    inputs: InputOptions, scheduler: str, fmt: str | None, output: Path | None, excel: bool, *, prune: bool = False
) -> int:
    """Run `presscan extract` on the cluster at `scheduler`; the exit code. An incremental output
    (SQLite) gets every input extracted again, as with --force; `prune` as locally."""
    import_distributed()  # without the extra: one line naming it, before any work
    patterns = load_patterns(inputs.patterns)
    if writes_folder(output):
        assert output is not None
        chosen = _folder_format(fmt)
        if STDIN in inputs.paths:
            raise UsageError("stdin cannot be written to a folder of part files: -o FILE")
        _prepare_folder(output, chosen)
        with connect(scheduler, inputs.jobs) as client:
            run = ClusterRun(inputs, patterns, client, folder=output, fmt=chosen.name)
            for _ in run.results():
                pass  # the workers wrote the records; errors are on stderr already
            return run.finish()
    chosen = writers.choose_format(fmt, output, terminal=sys.stdout.isatty())
    if output is not None:
        writers.check_output_path(output)
    records_out = stdout() if output is None else None
    with connect(scheduler, inputs.jobs) as client:
        run = ClusterRun(inputs, patterns, client)
        try:
            options = writers.WriterOptions(
                excel=excel, force=True, prune=prune, inputs=inputs.paths, pattern_files=inputs.patterns
            )
            with writers.open_writer(chosen, output, records_out, options) as writer:
                for result in run.results():
                    writers.feed(writer, result)
        except OSError as error:
            if output is None:
                raise  # stdout: a closed pipe ends quietly, a full disk is an OutputError already
            raise OutputError(f"{output}: cannot write: {error.strerror or error}") from None
        return run.finish(note=writer.summary())
