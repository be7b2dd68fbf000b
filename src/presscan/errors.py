"""The errors presscan raises on purpose, and the exit code of each; anything else is a bug."""

from __future__ import annotations

from pathlib import Path

# The exit codes of the command line (README.md, "Exit codes").
EXIT_OK = 0
EXIT_INPUT_FAILED = 1  # some input could not be read or decoded; the others were processed
EXIT_USAGE = 2
EXIT_PATTERNS = 3
EXIT_OUTPUT = 4
EXIT_INTERNAL = 5  # a bug in presscan, named on stderr
EXIT_INTERRUPTED = 130  # Ctrl-C
EXIT_BROKEN_PIPE = 141  # the reader of a pipe went away
EXIT_TERMINATED = 143  # SIGTERM


class PresscanError(Exception):
    """Base class: every error the CLI turns into one line on stderr."""

    exit_code = EXIT_INPUT_FAILED


class UsageError(PresscanError):
    """Options that do not go together, or a value no option takes: names what to give instead."""

    exit_code = EXIT_USAGE


class PatternError(PresscanError):
    """A pattern file that cannot be used: names the file, the entry and the problem."""

    exit_code = EXIT_PATTERNS

    def __init__(self, path: Path | str, key: str | None, problem: str) -> None:
        self.path = str(path)
        self.key = key
        self.problem = problem
        where = f"{self.path}: {key}" if key else self.path
        super().__init__(f"{where}: {problem}")


class InputError(PresscanError):
    """An input that cannot be read or decoded: names the file and the cause."""

    exit_code = EXIT_INPUT_FAILED

    def __init__(self, source: str, cause: str, hint: str | None = None) -> None:
        self.source = source
        self.cause = cause
        self.hint = hint
        message = f"{source}: {cause}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)


class OutputError(PresscanError):
    """An output that cannot be written: names the path and the cause."""

    exit_code = EXIT_OUTPUT


class InternalError(PresscanError):
    """A bug in presscan met while processing one input: names the input and the error.

    The batch goes on with the other inputs; the exit code says a bug was hit.
    """

    exit_code = EXIT_INTERNAL

    def __init__(self, source: str, cause: str) -> None:
        self.source = source
        self.cause = cause
        self.hint = None
        super().__init__(f"{source}: internal error: {cause} (a bug in presscan; please report it with this input)")
