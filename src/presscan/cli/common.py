"""What every command shares around its work: exit codes and errors as one line, stdout, patterns, help.

A command never ends with a traceback (`ends_cleanly`); its records and reports
go to stdout as UTF-8 when piped, and a failed write there is exit 4
(`stdout()`); a broken pattern file is exit 3 (`load_patterns`). Commands are
declared with `cls=Command` so that their help shows flags as flags.
"""

from __future__ import annotations

import functools
import io
import os
import signal
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar, cast

import typer
from typer.core import TyperCommand, TyperGroup, TyperOption
from typer.exceptions import TyperException

from presscan import __version__, compiled, signals
from presscan.errors import (
    EXIT_BROKEN_PIPE,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_PATTERNS,
    OutputError,
    PatternError,
    PresscanError,
)

if TYPE_CHECKING:
    from typer import _click

    from presscan.patterndata import PatternSet

EXIT_CODES_HELP = (
    "Exit codes: 0 all inputs read; 1 some input could not be read or decoded (the others are still"
    " processed); 2 bad usage; 3 a pattern file is broken; 4 the output cannot be written;"
    " 5 a bug in presscan (an internal error, reported on stderr); 130 interrupted (Ctrl-C);"
    " 141 the reader of a pipe went away; 143 terminated."
)
# Text that UTF-8 cannot encode (a file name that is not UTF-8) is written as a backslash escape.
OUTPUT_ERRORS = "backslashreplace"


def fail(message: str, code: int) -> typer.Exit:
    """One line on stderr, and the exit to raise."""
    sys.stderr.write(f"presscan: error: {message}\n")
    return typer.Exit(code)


_Command = TypeVar("_Command", bound=Callable[..., None])


def ends_cleanly(command: _Command) -> _Command:
    """A command that never ends with a traceback: a closed pipe ends quietly (141),
    Ctrl-C with one line (130), an error of presscan's with its line and code, a bug
    with one line naming it (5; the traceback with PRESSCAN_DEBUG=1). An output file
    is never left half-written: see presscan.writers.atomic."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        try:
            command(*args, **kwargs)
        except BrokenPipeError:
            signals.silence_stdout()
            raise typer.Exit(EXIT_BROKEN_PIPE) from None
        except KeyboardInterrupt:
            sys.stderr.write("presscan: interrupted\n")
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except (typer.Exit, typer.Abort, TyperException):
            raise
        except PresscanError as error:
            raise fail(str(error), error.exit_code) from None
        except Exception as error:
            # pydantic turns an exception raised in a callback it runs (Ctrl-C,
            # SIGTERM) into a ValueError of its own: the signal decides, not the error
            if signals.received() == signal.SIGINT:
                sys.stderr.write("presscan: interrupted\n")
                raise typer.Exit(EXIT_INTERRUPTED) from None
            signals.stop_if_signalled()
            if os.environ.get("PRESSCAN_DEBUG"):
                raise
            sys.stderr.write(
                f"presscan: internal error: {type(error).__name__}: {str(error)[:300]}"
                " (a bug in presscan; please report it; PRESSCAN_DEBUG=1 shows the traceback)\n"
            )
            raise typer.Exit(EXIT_INTERNAL) from None

    return run  # type: ignore[return-value]


class Stdout:
    """stdout for the writers: a write that fails (a full disk) is an OutputError, exit 4.

    Only writes and flushes are guarded, so that an OSError met elsewhere is not
    taken for an output error.
    """

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def write(self, text: Any) -> int:
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

    @property
    def buffer(self) -> Any:
        """The byte stream under stdout, its writes guarded the same way (records written as bytes:
        presscan.writers.serialised); None when stdout has none (a test's StringIO)."""
        raw = getattr(self.stream, "buffer", None)
        return None if raw is None else Stdout(raw)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def stdout() -> IO[str]:
    """stdout to write records or a report to: UTF-8 when it is not a terminal (a pipe, a file);
    a failed write is an OutputError (Stdout)."""
    if not sys.stdout.isatty() and isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8", errors=OUTPUT_ERRORS)
    return cast("IO[str]", Stdout(sys.stdout))


def load_patterns(files: Iterable[Path]) -> PatternSet:
    """The shipped patterns plus the user's files; a broken file is one line and exit 3. A set
    loaded before from the same files is taken from the user's cache (presscan.patterncache)."""
    from presscan.patternset import default_patterns
    from presscan.patternset import load_patterns as load

    files = list(files)
    try:
        return load(files, cache=True) if files else default_patterns(cache=True)
    except PatternError as error:
        raise fail(str(error), EXIT_PATTERNS) from None


def _flags_as_flags(params: list[_click.Parameter]) -> list[_click.Parameter]:
    # typer 0.29 shows the type of every option in its rich help, `<bool>` after
    # flags too (0.28 left out types with "bool" in them; typer's plain help
    # still leaves out flags'). A flag takes no value: show none. An empty
    # metavar is what typer shows in that column, and the options' names,
    # parsing and error messages do not use it.
    for param in params:
        if isinstance(param, TyperOption) and param.is_flag and param.metavar is None:
            param.metavar = ""
    return params


class Command(TyperCommand):
    """A presscan command: its help shows flags (--quiet) without a type after them."""

    def get_params(self, ctx: _click.Context) -> list[_click.Parameter]:
        return _flags_as_flags(super().get_params(ctx))


class Group(TyperGroup):
    """The presscan command group: its help shows flags (--version) without a type after them."""

    def get_params(self, ctx: _click.Context) -> list[_click.Parameter]:
        return _flags_as_flags(super().get_params(ctx))


def print_version(value: bool) -> None:
    """--version: the version and how presscan was built."""
    if value:
        build = "compiled with mypyc" if compiled else "pure Python"
        sys.stdout.write(f"presscan {__version__} ({build})\n")
        raise typer.Exit()
