"""The errors presscan raises on purpose; anything else is a bug."""

from __future__ import annotations

from pathlib import Path


class PresscanError(Exception):
    """Base class: every error the CLI turns into one line on stderr."""

    exit_code = 1


class PatternError(PresscanError):
    """A pattern file that cannot be used: names the file, the entry and the problem."""

    exit_code = 3

    def __init__(self, path: Path | str, key: str | None, problem: str) -> None:
        self.path = str(path)
        self.key = key
        self.problem = problem
        where = f"{self.path}: {key}" if key else self.path
        super().__init__(f"{where}: {problem}")


class InputError(PresscanError):
    """An input that cannot be read or decoded: names the file and the cause."""

    exit_code = 1

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

    exit_code = 4


class InternalError(PresscanError):
    """A bug in presscan met while processing one input: names the input and the error.

    The batch goes on with the other inputs; the exit code says a bug was hit.
    """

    exit_code = 5

    def __init__(self, source: str, cause: str) -> None:
        self.source = source
        self.cause = cause
        self.hint = None
        super().__init__(f"{source}: internal error: {cause} (a bug in presscan; please report it with this input)")
