"""Writers: the records of a batch go out through one of them, chosen by --format or the output's suffix.

    fmt = choose_format("csv", Path("figures.csv"), terminal=False)
    with open_writer(fmt, Path("figures.csv"), sys.stdout, WriterOptions()) as writer:
        for result in results:
            feed(writer, result)

Each writer is one module in this package that declares `FORMAT =
WriterFormat(...)` (presscan.writers.base): its name for --format, the output
suffixes that choose it, and a factory, either `stream=` for a writer of text
that can also go to stdout, or `file=` for one that writes a whole file of its
own (SQLite, Parquet, a workbook: -o is then required; with `in_place=True`
it gets the output itself, to update rather than replace). The list of formats,
the suffix table, the --format help and the usage errors all come from here.

Adding a writer: write the module (subclass presscan.writers.base.Writer;
override the document events if it keeps per-document data), add its name to
WRITER_MODULES, and add a row to the README's formats. Import heavy libraries
inside the factory, not at the top of the module: every writer module is
imported when the command line starts.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING

from presscan.errors import OutputError, UsageError
from presscan.writers.atomic import atomic_output, atomic_path, check_output_path, is_regular_output
from presscan.writers.base import DocumentInfo, Writer, WriterFormat, WriterOptions

if TYPE_CHECKING:
    from presscan.batch import Result

__all__ = [
    "DEFAULT_FORMAT",
    "TERMINAL_FORMAT",
    "WRITER_MODULES",
    "DocumentInfo",
    "Writer",
    "WriterFormat",
    "WriterOptions",
    "check_output_path",
    "choose_format",
    "feed",
    "format_for_suffix",
    "format_help",
    "formats",
    "make_writer",
    "open_writer",
    "register",
    "unregister",
]

# The writers shipped, by module name in this package; their order is the order of --format's help.
WRITER_MODULES: tuple[str, ...] = ("table", "json_array", "jsonl", "csv_rows", "xlsx", "sqlite", "parquet")
# What goes to stdout without --format: a table on a terminal, JSON Lines to a pipe or a file.
TERMINAL_FORMAT = "table"
DEFAULT_FORMAT = "jsonl"

_registered: dict[str, WriterFormat] = {}
_loaded = False


def formats() -> dict[str, WriterFormat]:
    """Every output format by name, in the order of the help: the shipped ones, then those registered."""
    global _loaded
    if not _loaded:
        shipped = [importlib.import_module(f"{__name__}.{name}").FORMAT for name in WRITER_MODULES]
        added = dict(_registered)
        _registered.clear()
        _registered.update({fmt.name: fmt for fmt in shipped})
        _registered.update(added)
        _loaded = True
    return dict(_registered)


def register(fmt: WriterFormat) -> None:
    """Add an output format (a plug-in's, a test's) after the shipped ones."""
    if fmt.name in formats():
        raise ValueError(f"an output format named {fmt.name!r} is already registered")
    _registered[fmt.name] = fmt


def unregister(name: str) -> None:
    """Remove the output format called `name` (for tests that registered one)."""
    formats()
    _registered.pop(name, None)


def format_for_suffix(path: Path) -> str | None:
    """The format that the suffix of `path` names (figures.csv: csv), or None."""
    suffix = path.suffix.lower()
    return next((fmt.name for fmt in formats().values() if suffix in fmt.suffixes), None)


def format_help() -> str:
    """The help of --format: the formats, the default and an example."""
    return (
        f"{' | '.join(formats())}. Default: a table on a terminal, JSON Lines when piped,"
        " or from the suffix of -o. Example: --format csv"
    )


def _file_formats() -> list[str]:
    return [fmt.name for fmt in formats().values() if not fmt.terminal]


def _one_of(names: list[str]) -> str:
    return f"{', '.join(names[:-1])} or {names[-1]}" if len(names) > 1 else names[0]


def choose_format(name: str | None, output: Path | None, *, terminal: bool) -> WriterFormat:
    """The format to write: `name` (--format), else the suffix of `output` (-o), else the default
    for stdout (a table on a `terminal`, JSON Lines otherwise). UsageError says what to give instead."""
    known = formats()
    if name is not None and name not in known:
        raise UsageError(f"unknown format {name!r}; choose one of {', '.join(known)}")
    if output is not None:
        chosen = name or format_for_suffix(output)
        if chosen is None:
            files = _file_formats()
            default_first = [DEFAULT_FORMAT] + [other for other in files if other != DEFAULT_FORMAT]
            raise UsageError(
                f"{output}: cannot tell the format from the suffix; add --format {'|'.join(default_first)}"
            )
        if known[chosen].terminal:
            raise UsageError(f"--format {chosen} is for a terminal; write {_one_of(_file_formats())} to a file")
        return known[chosen]
    chosen = name or (TERMINAL_FORMAT if terminal else DEFAULT_FORMAT)
    fmt = known[chosen]
    if fmt.needs_file:
        example = f"figures{fmt.suffixes[0]}" if fmt.suffixes else "FILE"
        raise UsageError(f"--format {chosen} writes a file of its own, not to stdout; name it: -o {example}")
    return fmt


@contextmanager
def open_writer(
    fmt: WriterFormat, output: Path | None, stdout: IO[str] | None, options: WriterOptions
) -> Iterator[Writer]:
    """A writer of `fmt` to `output`, or to `stdout` when there is none; closed when the block ends,
    whatever happened. A file appears under its name only when the block ends without an error."""
    if fmt.stream is None:
        assert fmt.file is not None and output is not None, f"{fmt.name} needs a file"  # choose_format saw to it
        if fmt.in_place:
            # an incremental output is updated where it is, safe by its own transactions
            check_output_path(output)
            if not is_regular_output(output):
                raise OutputError(
                    f"{output}: not a regular file; --format {fmt.name} writes a file of its own: name one"
                )
            with _closing(fmt.file(output, options)) as writer:
                yield writer
            return
        with atomic_path(output) as path, _closing(fmt.file(path, options)) as writer:
            yield writer
    elif output is None:
        assert stdout is not None, "no output and no stdout"
        with _closing(fmt.stream(stdout, options)) as writer:
            yield writer
    else:
        with atomic_output(output) as stream, _closing(fmt.stream(stream, options)) as writer:
            yield writer


@contextmanager
def _closing(writer: Writer) -> Iterator[Writer]:
    try:
        yield writer
    finally:
        writer.close()


def feed(writer: Writer, result: Result) -> None:
    """One input's result to `writer`: its records between the document events, or its failure."""
    if result.error is not None:
        if result.chunk is not None:
            result.chunk.discard()
        writer.document_failed(result.source, result.error)
        return
    document = DocumentInfo(
        result.source, result.format, result.encoding, result.sha256, result.size, result.characters, result.more_ready
    )
    if result.skipped:
        writer.document_skipped(document)
        return
    writer.document_started(document)
    if result.chunk is not None:
        # the records as the writer's record_text wrote them where they were made
        writer.write_chunk(result.chunk)
    else:
        for figure in result.figures:
            writer.write(figure)
    writer.document_finished(document, result.records)


def make_writer(name: str, stream: IO[str], *, excel: bool = False) -> Writer:
    """A writer of the text format `name` to `stream` (for the library: presscan.output's make_writer)."""
    fmt = formats().get(name)
    if fmt is None or fmt.stream is None:
        raise ValueError(f"unknown format {name!r}")
    return fmt.stream(stream, WriterOptions(excel=excel))
