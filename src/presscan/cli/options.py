"""Options shared by the commands, declared once: the input options, --format, and --json.

The input options (paths, --urls, --glob, --hidden, --patterns, --encoding, --jobs,
--fail-fast, --quiet, --max-size, --timeout, --year) reach a command as ONE object,
presscan.batchrun.InputOptions: a command that reads inputs takes it as its
first parameter and is decorated with `with_inputs`, which declares the
options to typer:

    FormatOption = Annotated[Optional[str], format_option(FORMATS, "plain text")]

    @app.command(cls=Command, epilog=EXIT_CODES_HELP)
    @ends_cleanly
    @with_inputs
    def text(inputs: InputOptions, fmt: FormatOption = None) -> None: ...

Adding an input option: its declaration below, a row of _INPUT_PARAMETERS, an
attribute of InputOptions and a line in `_input_options`. The README documents
every option (tests/test_readme.py checks).
"""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from presscan.cli.common import fail
from presscan.errors import EXIT_USAGE
from presscan.readers.source import MAX_INPUT_BYTES, STDIN

if TYPE_CHECKING:
    from presscan.batchrun import InputOptions

DEFAULT_MAX_SIZE_MB = MAX_INPUT_BYTES / 2**20

PathsArgument = Annotated[
    Optional[list[str]],
    typer.Argument(
        metavar="PATHS",
        help="Files, folders or http(s) URLs to read; '-' reads stdin. Text, HTML, PDF and Word (.docx) are read."
        " Folders are walked recursively, in sorted order, for *.txt, *.md, *.html, *.htm, *.shtml, *.pdf and"
        " *.docx. Example: presscan extract bulletins/ 2024-report.pdf https://example.org/bulletin.html",
        show_default=False,
    ),
]
GlobOption = Annotated[
    Optional[list[str]],
    typer.Option(
        "--glob",
        "-g",
        metavar="GLOB",
        help="Which files to read in folders (default *.txt, *.md, *.html, *.htm, *.shtml, *.pdf and *.docx);"
        " repeatable. Example: --glob '*.pdf'",
        show_default=False,
    ),
]
UrlsOption = Annotated[
    Optional[Path],
    typer.Option(
        "--urls",
        metavar="FILE",
        help="Also read the links listed in this file, one a line (blank lines and lines starting with # are"
        " skipped). Example: --urls links.txt",
        show_default=False,
    ),
]
HiddenOption = Annotated[bool, typer.Option("--hidden", help="Also read hidden files and folders (names with a dot).")]
PatternsOption = Annotated[
    Optional[list[Path]],
    typer.Option(
        "--patterns",
        "-p",
        metavar="FILE",
        help="Add your own pattern file (TOML, same format as the shipped ones); repeatable. Example: -p my-units.toml",
        show_default=False,
    ),
]
EncodingOption = Annotated[
    Optional[str],
    typer.Option(
        "--encoding",
        "-e",
        metavar="ENCODING",
        help="Decode inputs with this encoding instead of detecting it (byte-order mark, UTF-8, then GB18030,"
        " Big5 or UTF-16). Example: --encoding gbk",
        show_default=False,
    ),
]
JobsOption = Annotated[
    Optional[int],
    typer.Option(
        "--jobs",
        "-j",
        metavar="N",
        min=1,
        help="Files to process in parallel, in worker processes (default: the number of CPUs, fewer for a handful"
        " of files); the output keeps the input order. Example: --jobs 1",
        show_default=False,
    ),
]
FailFastOption = Annotated[bool, typer.Option("--fail-fast", help="Stop at the first input that cannot be read.")]
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress bar or summary line on stderr; errors only.")
]
MaxSizeOption = Annotated[
    float,
    typer.Option(
        "--max-size",
        metavar="MB",
        min=0,
        help="The largest input to read, in MB (default 64; 0 for no limit); a larger one is reported and"
        " skipped. Example: --max-size 200",
        show_default=False,
    ),
]
TimeoutOption = Annotated[
    Optional[float],
    typer.Option(
        "--timeout",
        metavar="SECONDS",
        min=0,
        help="The most seconds reading, and then extraction, may take for one input (default: 120 for reading,"
        " 30 for fetching a URL; 120 plus 60 per million characters for extraction; 0 for no limit); a slower input"
        " is reported and skipped. Example: --timeout 30",
        show_default=False,
    ),
]
YearOption = Annotated[
    Optional[int],
    typer.Option(
        "--year",
        metavar="YEAR",
        min=1900,
        max=2100,
        help="The year the inputs were written, for 今年, 去年 and 五年来 where a text says it nowhere (no date in"
        " its first lines, no year in its title); a year the text gives wins. Records resolved by it say"
        " resolved_from=option. Example: --year 2024",
        show_default=False,
    ),
]


def _parameter(name: str, annotation: object, default: object) -> inspect.Parameter:
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)


# The input options as typer sees them, in the order of the help; the paths come first of all.
_PATHS = _parameter("paths", PathsArgument, None)
_INPUT_PARAMETERS = (
    _parameter("urls", UrlsOption, None),
    _parameter("globs", GlobOption, None),
    _parameter("hidden", HiddenOption, False),
    _parameter("patterns", PatternsOption, None),
    _parameter("encoding", EncodingOption, None),
    _parameter("jobs", JobsOption, None),
    _parameter("fail_fast", FailFastOption, False),
    _parameter("quiet", QuietOption, False),
    _parameter("max_size", MaxSizeOption, DEFAULT_MAX_SIZE_MB),
    _parameter("timeout", TimeoutOption, None),
    _parameter("year", YearOption, None),
)
_INPUT_NAMES = ("paths", *(parameter.name for parameter in _INPUT_PARAMETERS))


def _input_options(values: dict[str, Any]) -> InputOptions:
    """The one options object, from the values typer parsed."""
    from presscan.batchrun import InputOptions

    links = _links(values["urls"]) if values["urls"] is not None else []
    paths = [*(values["paths"] or ([] if links else [STDIN])), *links]
    if paths == [STDIN] and sys.stdin.isatty():
        raise fail("no input: name a file or folder, or pipe text in (see presscan extract --help)", EXIT_USAGE)
    return InputOptions(
        paths=tuple(paths),
        globs=tuple(values["globs"]) if values["globs"] else None,
        hidden=values["hidden"],
        patterns=tuple(values["patterns"] or ()),
        encoding=values["encoding"],
        jobs=values["jobs"],
        fail_fast=values["fail_fast"],
        quiet=values["quiet"],
        max_size=values["max_size"],
        timeout=values["timeout"],
        year=values["year"],
    )


def _links(path: Path) -> list[str]:
    """The links of a --urls file, one a line; a line that is no http(s) link is a usage error."""
    from presscan.readers.fetch import is_url

    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        cause = error.strerror if isinstance(error, OSError) and error.strerror else "not UTF-8 text"
        raise fail(f"{path}: cannot read the list of links: {cause}", EXIT_USAGE) from None
    links = []
    for number, line in enumerate(lines, start=1):
        link = line.strip()
        if not link or link.startswith("#"):
            continue
        if not is_url(link):
            raise fail(f"{path}, line {number}: not an http or https link: {link[:80]}", EXIT_USAGE)
        links.append(link)
    return links


def _evaluated(annotation: object, command: Callable[..., None]) -> object:
    """An annotation as an object: under `from __future__ import annotations` it is the text of one.
    (The first parameter's, InputOptions, is left alone: it may be imported for type checking only.)"""
    if isinstance(annotation, str):
        return eval(annotation, command.__globals__)
    return annotation


def with_inputs(command: Callable[..., None]) -> Callable[..., None]:
    """Declare the input options for a command whose first parameter takes an InputOptions.

    typer reads a command's parameters from its signature: the one given here is
    the paths, the command's own parameters, then the input options.
    """
    own = [
        parameter.replace(kind=inspect.Parameter.KEYWORD_ONLY, annotation=_evaluated(parameter.annotation, command))
        for parameter in list(inspect.signature(command).parameters.values())[1:]
    ]
    parameters = [_PATHS, *own]
    parameters += _INPUT_PARAMETERS

    @functools.wraps(command)
    def run(**values: Any) -> None:
        inputs = _input_options({name: values.pop(name) for name in _INPUT_NAMES})
        command(inputs, **values)

    run.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    run.__annotations__ = {parameter.name: parameter.annotation for parameter in parameters}
    return run


def format_option(names: Sequence[str], default: str) -> Any:
    """--format/-f for a command whose outputs are `names`; `default` says what is chosen without it.

    Use it in an Annotated: `fmt: Annotated[Optional[str], format_option(NAMES, "...")] = None`.
    """
    return typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help=f"{' | '.join(names)}. Default: {default}. Example: --format {names[-1]}",
        show_default=False,
    )


# --json was the way to ask summary and patterns for JSON before they had --format: kept for scripts.
JsonOption = Annotated[bool, typer.Option("--json", hidden=True, help="The same as --format json.")]


def chosen_format(fmt: str | None, as_json: bool, names: Sequence[str], default: str) -> str:
    """The format asked for with --format (or --json), else `default`; a usage error names the choices."""
    if fmt is not None and fmt not in names:
        raise fail(f"unknown format {fmt!r}; choose one of {', '.join(names)}", EXIT_USAGE)
    if as_json:
        if fmt not in (None, "json"):
            raise fail(f"--json asks for --format json, not {fmt}: give one of them", EXIT_USAGE)
        return "json"
    return fmt or default
