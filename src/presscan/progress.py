"""Progress on stderr while a batch runs. rich is imported here only, and only
when a bar is shown (stderr is a terminal and --quiet is not given)."""

from __future__ import annotations

import sys
import time
from typing import IO, Protocol


class Progress(Protocol):
    def advance(self, figures: int) -> None: ...

    def close(self) -> None: ...


class NoProgress:
    def advance(self, figures: int) -> None:
        pass

    def close(self) -> None:
        pass


class BarProgress:
    """files done/total, figures found, files/s and the time left."""

    def __init__(self, total: int, stream: IO[str]) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
        from rich.progress import Progress as RichProgress

        self.bar = RichProgress(
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files"),
            TextColumn("{task.fields[figures]:,} figures"),
            TextColumn("{task.fields[rate]:.0f} files/s"),
            TimeRemainingColumn(),
            console=Console(file=stream),
            transient=True,
        )
        self.started = time.monotonic()
        self.figures = 0
        self.task = self.bar.add_task("extract", total=total, figures=0, rate=0.0)
        self.bar.start()

    def advance(self, figures: int) -> None:
        self.figures += figures
        task = self.bar.tasks[0]
        rate = (task.completed + 1) / max(time.monotonic() - self.started, 1e-6)
        self.bar.update(self.task, advance=1, figures=self.figures, rate=rate)

    def close(self) -> None:
        self.bar.stop()


def progress(total: int, *, quiet: bool, stream: IO[str] | None = None) -> Progress:
    """A bar on a terminal stderr, otherwise nothing."""
    stream = stream or sys.stderr
    if quiet or not stream.isatty():
        return NoProgress()
    return BarProgress(total, stream)


class Tally:
    """What a batch did, for the one-line summary at the end."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.read = 0
        self.failed = 0
        self.figures = 0
        self.skipped = 0  # not read again: an incremental output holds them up to date

    def line(self, note: str | None = None) -> str:
        """The summary line; `note` (what the output did) after the time."""
        seconds = time.monotonic() - self.started
        files = f"{self.read} file{'' if self.read == 1 else 's'}"
        figures = f"{self.figures} figure{'' if self.figures == 1 else 's'}"
        errors = f"{self.failed} with errors"
        return f"presscan: {files} read, {figures}, {errors}, {seconds:.1f} s{f'; {note}' if note else ''}\n"
