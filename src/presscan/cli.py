"""The command line: a thin shell over the library. It parses options, calls
presscan.batch and presscan.output, and turns errors into one line on stderr."""

from __future__ import annotations

import functools
import io
import json
import os
import signal
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional, TypeVar

import typer
from typer.exceptions import TyperException

from presscan import __version__, compiled
from presscan.collector import tune_collector
from presscan.dropped import quiet_when_dropped
from presscan.errors import InternalError, OutputError, PatternError, PresscanError
from presscan.progress import Tally

if TYPE_CHECKING:
    from presscan.batch import Result
    from presscan.patternset import PatternSet

EXIT_OK = 0
EXIT_INPUT_FAILED = 1
EXIT_USAGE = 2
EXIT_PATTERNS = 3
EXIT_OUTPUT = 4
EXIT_INTERNAL = 5
EXIT_BROKEN_PIPE = 141
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143

EXIT_CODES_HELP = (
    "Exit codes: 0 all inputs read; 1 some input could not be read or decoded (the others are still"
    " processed); 2 bad usage; 3 a pattern file is broken; 4 the output cannot be written;"
    " 5 a bug in presscan (an internal error, reported on stderr); 130 interrupted (Ctrl-C);"
    " 141 the reader of a pipe went away; 143 terminated."
)
# Text that UTF-8 cannot encode (a file name that is not UTF-8) is written as a backslash escape.
OUTPUT_ERRORS = "backslashreplace"

app = typer.Typer(
    name="presscan",
    help=(
        "Extract every statistical figure from Chinese press releases as typed records.\n\n"
        "Example: presscan extract bulletin.txt --format csv -o figures.csv\n\n" + EXIT_CODES_HELP
    ),
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _fail(message: str, code: int) -> typer.Exit:
    sys.stderr.write(f"presscan: error: {message}\n")
    return typer.Exit(code)


_Command = TypeVar("_Command", bound=Callable[..., None])


def _ends_cleanly(command: _Command) -> _Command:
    """A command that never ends with a traceback: a closed pipe ends quietly (141),
    Ctrl-C with one line (130), a bug with one line naming it (5; the traceback
    with PRESSCAN_DEBUG=1). An output file is never left half-written: see
    presscan.output.atomic_output."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        try:
            command(*args, **kwargs)
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(EXIT_BROKEN_PIPE) from None
        except KeyboardInterrupt:
            sys.stderr.write("presscan: interrupted\n")
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except (typer.Exit, typer.Abort, TyperException, PresscanError):
            raise
        except Exception as error:
            # pydantic turns an exception raised in a callback it runs (Ctrl-C,
            # SIGTERM) into a ValueError of its own: the signal decides, not the error
            if _stop_signal == signal.SIGINT:
                sys.stderr.write("presscan: interrupted\n")
                raise typer.Exit(EXIT_INTERRUPTED) from None
            _stop_if_signalled()
            if os.environ.get("PRESSCAN_DEBUG"):
                raise
            sys.stderr.write(
                f"presscan: internal error: {type(error).__name__}: {str(error)[:300]}"
                " (a bug in presscan; please report it; PRESSCAN_DEBUG=1 shows the traceback)\n"
            )
            raise typer.Exit(EXIT_INTERNAL) from None

    return run  # type: ignore[return-value]


def _to_stdout() -> None:
    """Write text to stdout as UTF-8 when it is not a terminal (a pipe, a file)."""
    if not sys.stdout.isatty() and isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8", errors=OUTPUT_ERRORS)


class _Stdout:
    """stdout for the writers: a write that fails (a full disk) is an OutputError, exit 4.

    Only writes and flushes are guarded, so that an OSError met elsewhere is not
    taken for an output error.
    """

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        try:
            return int(self.stream.write(text))
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputError(f"stdout: cannot write: {error.strerror or error}") from None

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputError(f"stdout: cannot write: {error.strerror or error}") from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def _version(value: bool) -> None:
    if value:
        build = "compiled with mypyc" if compiled else "pure Python"
        sys.stdout.write(f"presscan {__version__} ({build})\n")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Extract every statistical figure from Chinese press releases as typed records."""


def _load_patterns(extra: list[Path] | None) -> PatternSet:
    from presscan.patternset import default_patterns, load_patterns

    try:
        return load_patterns(extra) if extra else default_patterns()
    except PatternError as error:
        raise _fail(str(error), EXIT_PATTERNS) from None


# Input options, shared by extract and summary.
PathsArgument = Annotated[
    Optional[list[str]],
    typer.Argument(
        help="Files or folders to read; '-' reads stdin. Folders are walked recursively, in sorted order,"
        " for *.txt and *.md. Example: presscan extract bulletins/ 2024-report.txt",
        show_default=False,
    ),
]
GlobOption = Annotated[
    Optional[list[str]],
    typer.Option(
        "--glob",
        "-g",
        help="Which files to read in folders (default *.txt and *.md); repeatable. Example: --glob '*.txt'",
        show_default=False,
    ),
]
HiddenOption = Annotated[bool, typer.Option("--hidden", help="Also read hidden files and folders (names with a dot).")]
PatternsOption = Annotated[
    Optional[list[Path]],
    typer.Option(
        "--patterns",
        "-p",
        help="Add your own pattern file (TOML, same format as the shipped ones); repeatable. Example: -p my-units.toml",
        show_default=False,
    ),
]
EncodingOption = Annotated[
    Optional[str],
    typer.Option(
        "--encoding",
        "-e",
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
        min=0,
        help="The most seconds extraction may take for one input (default: 120 plus 60 per million"
        " characters; 0 for no limit); a slower input is reported and skipped. Example: --timeout 30",
        show_default=False,
    ),
]
DEFAULT_MAX_SIZE_MB = 64.0


@dataclass
class _Inputs:
    """The input options of a command, and what reading them did."""

    paths: list[str]
    globs: list[str] | None
    hidden: bool
    patterns: list[Path] | None
    encoding: str | None
    jobs: int | None
    fail_fast: bool
    quiet: bool
    max_size: float = DEFAULT_MAX_SIZE_MB
    timeout: float | None = None
    tally: Tally = field(default_factory=Tally)
    internal_errors: int = 0  # inputs that met a bug in presscan
    summary_line: bool = True  # the one-line summary on stderr at the end

    @cached_property
    def pattern_set(self) -> PatternSet:
        return _load_patterns(self.patterns)

    def check_patterns(self) -> None:
        """Load the pattern files now, so that a broken one fails before any output (exit 3)."""
        self.pattern_set  # noqa: B018 - loading is the point

    def results(self) -> Iterator[Result]:
        """Results in input order; each failing input is one line on stderr."""
        from presscan import batch
        from presscan.progress import progress

        pattern_set = self.pattern_set
        sources = list(batch.expand(self.paths, self.globs or batch.DEFAULT_GLOBS, hidden=self.hidden))
        files = sum(1 for source in sources if isinstance(source, str) and source != "-")
        if self.jobs is None:
            # A worker is a process (on macOS and Windows a fresh Python that imports
            # presscan, half a second): worth it only with a few files for each.
            jobs = min(os.cpu_count() or 1, files // batch.FILES_PER_DEFAULT_JOB)
        else:
            jobs = min(self.jobs, files)
        limits = batch.Limits(round(self.max_size * 2**20) if self.max_size else None, self.timeout)
        results = batch.run(
            sources, pattern_set, self.encoding, jobs=jobs, pattern_files=self.patterns or (), limits=limits
        )
        bar = progress(len(sources), quiet=self.quiet)  # after run(): its workers are started, the bar's thread not
        try:
            for result in results:
                _stop_if_signalled()
                bar.advance(len(result.figures))
                if result.error is not None:
                    self.tally.failed += 1
                    self.internal_errors += isinstance(result.error, InternalError)
                    sys.stderr.write(f"presscan: error: {result.error}\n")
                    if self.fail_fast:
                        break
                    continue
                self.tally.read += 1
                self.tally.figures += len(result.figures)
                yield result
        finally:
            results.close()  # type: ignore[attr-defined]
            bar.close()

    def finish(self) -> typer.Exit:
        """The summary line (for a batch, or on a terminal) and the exit code."""
        # Files named one by one, into a log: stderr stays empty unless something failed.
        folder_given = any(path != "-" and os.path.isdir(path) for path in self.paths)
        if self.summary_line and not self.quiet and (sys.stderr.isatty() or folder_given):
            sys.stderr.write(self.tally.line())
        if self.internal_errors:
            return typer.Exit(EXIT_INTERNAL)
        return typer.Exit(EXIT_INPUT_FAILED if self.tally.failed else EXIT_OK)


def _inputs(paths: list[str] | None, **options: Any) -> _Inputs:
    sources = paths or ["-"]
    if sources == ["-"] and sys.stdin.isatty():
        raise _fail("no input: name a file or folder, or pipe text in (see presscan extract --help)", EXIT_USAGE)
    return _Inputs(sources, **options)


@app.command(epilog=EXIT_CODES_HELP)
@_ends_cleanly
def extract(
    paths: PathsArgument = None,
    fmt: Annotated[
        Optional[str],
        typer.Option(
            "--format",
            "-f",
            help="table | json | jsonl | csv. Default: a table on a terminal, JSON Lines when piped,"
            " or from the suffix of -o. Example: --format csv",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Optional[Path],
        typer.Option(
            "--output",
            "-o",
            help="Write to this file instead of stdout; it appears only when complete. Example: -o figures.jsonl",
            show_default=False,
        ),
    ] = None,
    globs: GlobOption = None,
    hidden: HiddenOption = False,
    patterns: PatternsOption = None,
    encoding: EncodingOption = None,
    jobs: JobsOption = None,
    excel: Annotated[
        bool,
        typer.Option(
            "--excel", help="CSV for spreadsheets: a UTF-8 byte-order mark, and cells guarded against formulas."
        ),
    ] = False,
    fail_fast: FailFastOption = False,
    quiet: QuietOption = False,
    max_size: MaxSizeOption = DEFAULT_MAX_SIZE_MB,
    timeout: TimeoutOption = None,
) -> None:
    """Extract figures from files, folders or stdin.

    Example: presscan extract samples/ --format jsonl | jq .value
    """
    from presscan.output import FORMATS, atomic_output, check_output_path, format_for_path, make_writer

    inputs = _inputs(
        paths,
        globs=globs,
        hidden=hidden,
        patterns=patterns,
        encoding=encoding,
        jobs=jobs,
        fail_fast=fail_fast,
        quiet=quiet,
        max_size=max_size,
        timeout=timeout,
    )
    if fmt is not None and fmt not in FORMATS:
        raise _fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", EXIT_USAGE)
    if output is not None:
        chosen = fmt or format_for_path(output)
        if chosen is None:
            raise _fail(f"{output}: cannot tell the format from the suffix; add --format jsonl|json|csv", EXIT_USAGE)
        if chosen == "table":
            raise _fail("--format table is for a terminal; write json, jsonl or csv to a file", EXIT_USAGE)
        try:
            check_output_path(output)
        except OutputError as error:
            raise _fail(str(error), EXIT_OUTPUT) from None
    else:
        chosen = fmt or ("table" if sys.stdout.isatty() else "jsonl")
        _to_stdout()
    inputs.check_patterns()

    def emit(stream) -> None:  # type: ignore[no-untyped-def]
        writer = make_writer(chosen, stream, excel=excel)
        try:
            for result in inputs.results():
                for figure in result.figures:
                    writer.write(figure)
        finally:
            writer.close()

    if output is not None:
        try:
            with atomic_output(output) as stream:
                emit(stream)
        except OutputError as error:
            raise _fail(str(error), EXIT_OUTPUT) from None
        except OSError as error:
            raise _fail(f"{output}: cannot write: {error.strerror or error}", EXIT_OUTPUT) from None
    else:
        emit(_Stdout(sys.stdout))
    raise inputs.finish()


@app.command(epilog=EXIT_CODES_HELP)
@_ends_cleanly
def summary(
    paths: PathsArgument = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the summary as JSON. Example: --json | jq .total")
    ] = False,
    top: Annotated[
        int, typer.Option("--top", min=1, help="How many of the most frequent subjects to list. Example: --top 20")
    ] = 10,
    globs: GlobOption = None,
    hidden: HiddenOption = False,
    patterns: PatternsOption = None,
    encoding: EncodingOption = None,
    jobs: JobsOption = None,
    fail_fast: FailFastOption = False,
    quiet: QuietOption = False,
    max_size: MaxSizeOption = DEFAULT_MAX_SIZE_MB,
    timeout: TimeoutOption = None,
) -> None:
    """Count what the inputs hold: figures per file and overall by kind and unit, the top subjects,
    and the largest value of each unit. A table on a terminal, plain text when piped, or JSON.

    Example: presscan summary bulletins/ --json
    """
    from presscan import summary as summarise

    inputs = _inputs(
        paths,
        globs=globs,
        hidden=hidden,
        patterns=patterns,
        encoding=encoding,
        jobs=jobs,
        fail_fast=fail_fast,
        quiet=quiet,
        max_size=max_size,
        timeout=timeout,
        summary_line=False,  # the summary on stdout is the report
    )
    found = summarise.Summary()
    for result in inputs.results():
        found.add(result)
    found.failed = inputs.tally.failed
    _to_stdout()
    stdout = _Stdout(sys.stdout)
    if as_json:
        summarise.write_json(found, stdout, top)  # type: ignore[arg-type]
    elif sys.stdout.isatty():
        summarise.write_table(found, stdout, top)  # type: ignore[arg-type]
    else:
        summarise.write_text(found, stdout, top)  # type: ignore[arg-type]
    stdout.flush()
    raise inputs.finish()


@app.command()
@_ends_cleanly
def schema() -> None:
    """Print the JSON Schema of one record, for the scripts downstream.

    Example: presscan schema > figure.schema.json
    """
    from presscan.record import json_schema

    stdout = _Stdout(sys.stdout)
    stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")
    stdout.flush()


def main() -> None:
    """Console-script entry point: run the app, and end quietly on pipes and signals."""
    tune_collector()
    signal.signal(signal.SIGTERM, _terminated)
    signal.signal(signal.SIGINT, _interrupted)
    try:
        with quiet_when_dropped(KeyboardInterrupt, SystemExit):
            app()
    except PresscanError as error:
        sys.stderr.write(f"presscan: error: {error}\n")
        sys.exit(error.exit_code)
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(EXIT_BROKEN_PIPE)
    except KeyboardInterrupt:
        sys.stderr.write("presscan: interrupted\n")
        sys.exit(EXIT_INTERRUPTED)


# The stop signal received, if any. Python drops what a handler raises when it
# runs inside a finalizer or a fork hook, and pydantic turns it into an error of
# its own inside a callback: the run checks this as well.
_stop_signal: int | None = None


def _terminated(signum: int, frame: object) -> None:
    global _stop_signal
    _stop_signal = signum
    raise SystemExit(EXIT_TERMINATED)


def _interrupted(signum: int, frame: object) -> None:
    global _stop_signal
    _stop_signal = signum
    raise KeyboardInterrupt


def _stop_if_signalled() -> None:
    """End the run if a stop signal came, whatever became of its handler's exception."""
    if _stop_signal == signal.SIGINT:
        raise KeyboardInterrupt
    if _stop_signal == signal.SIGTERM:
        raise SystemExit(EXIT_TERMINATED)


def _silence_stdout() -> None:
    # Python flushes stdout at exit; with the reader gone that would raise again.
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass


@app.command()
@_ends_cleanly
def patterns(
    extra: PatternsOption = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the rows as JSON. Example: --json | jq length")
    ] = False,
) -> None:
    """List what presscan matches: units, magnitudes, qualifiers and number words, with the file each comes from.
    A table on a terminal, tab-separated lines when piped, or JSON.

    Example: presscan patterns -p my-units.toml | grep my-units
    """
    from presscan import listing

    found = listing.rows(_load_patterns(extra))
    _to_stdout()
    stdout = _Stdout(sys.stdout)
    if as_json:
        listing.write_json(found, stdout)  # type: ignore[arg-type]
    elif sys.stdout.isatty():
        listing.write_table(found, stdout)  # type: ignore[arg-type]
    else:
        listing.write_tsv(found, stdout)  # type: ignore[arg-type]
    stdout.flush()
