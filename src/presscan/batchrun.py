"""How a command runs a batch: how many worker processes, what is counted, when to stop, what is said.

presscan.batch reads and extracts inputs and yields their results; this is the
policy around it that every command that reads inputs shares (extract, summary,
and the text and report commands to come):

- the job count: --jobs, or a worker for every FILES_PER_DEFAULT_JOB files, up to the CPUs;
- one line on stderr for every input that fails, and --fail-fast;
- a progress bar on a terminal, and the tally for the summary line at the end;
- the exit code: 0, 1 when an input failed, 5 when one met a bug in presscan;
- for an incremental output, the inputs it holds up to date (skipped before extraction).

InputOptions is the one object that carries the input options from the command
line (declared for typer once, in presscan.cli.options) to here.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO

from presscan import batch, signals
from presscan.errors import EXIT_INPUT_FAILED, EXIT_INTERNAL, EXIT_OK, InternalError
from presscan.patterndata import PatternSet
from presscan.progress import Tally, progress
from presscan.readers import STDIN
from presscan.writers.serialised import RecordText

# The largest input read without --max-size, in MB.
DEFAULT_MAX_SIZE_MB = 64.0


class InputOptions:
    """What to read and how: the input options every command that reads inputs takes.

    paths: files, folders or "-" for stdin. globs: which files to read inside
    folders (None: batch.DEFAULT_GLOBS). hidden: read hidden files in folders
    too. patterns: the user's pattern files. encoding: force one. jobs: worker
    processes (None: chosen from the number of files). fail_fast: stop at the
    first input that fails. quiet: no progress bar or summary line. max_size:
    MB read from one input (0: no limit). timeout: seconds of extraction for one
    input (None: the default for its length; 0: no limit). year: the year the
    texts were written, where a text does not say (None: unknown).
    """

    __slots__ = (
        "encoding",
        "fail_fast",
        "globs",
        "hidden",
        "jobs",
        "max_size",
        "paths",
        "patterns",
        "quiet",
        "timeout",
        "year",
    )

    def __init__(
        self,
        paths: tuple[str, ...] = (STDIN,),
        globs: tuple[str, ...] | None = None,
        hidden: bool = False,
        patterns: tuple[Path, ...] = (),
        encoding: str | None = None,
        jobs: int | None = None,
        fail_fast: bool = False,
        quiet: bool = False,
        max_size: float = DEFAULT_MAX_SIZE_MB,
        timeout: float | None = None,
        year: int | None = None,
    ) -> None:
        self.paths = paths
        self.globs = globs
        self.hidden = hidden
        self.patterns = patterns
        self.encoding = encoding
        self.jobs = jobs
        self.fail_fast = fail_fast
        self.quiet = quiet
        self.max_size = max_size
        self.timeout = timeout
        self.year = year

    @property
    def limits(self) -> batch.Limits:
        return batch.Limits(round(self.max_size * 2**20) if self.max_size else None, self.timeout)

    @property
    def folder_given(self) -> bool:
        return any(path != STDIN and os.path.isdir(path) for path in self.paths)


class BatchRun:
    """One batch as a command runs it; `results()` once, then `exit_code()`."""

    def __init__(
        self, options: InputOptions, patterns: PatternSet, errors: IO[str] | None = None, *, keep_text: bool = False
    ) -> None:
        self.options = options
        self.patterns = patterns
        self.errors = errors
        self.keep_text = keep_text  # each result carries its document's text (presscan report)
        # the writer's way of writing a record as text (presscan.writers.serialised), given to results():
        # records are then written with it where they are made, and carried as bytes
        self.record_text: RecordText | None = None
        self.tally = Tally()
        self.internal_errors = 0  # inputs that met a bug in presscan

    def jobs_for(self, files: int) -> int:
        """Worker processes for `files` files (stdin is read in this process)."""
        if self.options.jobs is None:
            # A worker is a process (on macOS and Windows a fresh Python that imports
            # presscan, half a second): worth it only with a few files for each.
            return min(os.cpu_count() or 1, files // batch.FILES_PER_DEFAULT_JOB)
        return min(self.options.jobs, files)

    def sources(self) -> list[batch.Input]:
        """The inputs the options name: files as given, folders walked (presscan.batch.expand)."""
        options = self.options
        return list(batch.expand(options.paths, options.globs or batch.DEFAULT_GLOBS, hidden=options.hidden))

    def run(self, sources: list[batch.Input], up_to_date: Mapping[str, str] | None = None) -> Iterator[batch.Result]:
        """The results of `sources`, in their order: here in worker processes (presscan.batch.run); a
        subclass may run them elsewhere (presscan.dask.cluster.ClusterRun: on a Dask cluster)."""
        options = self.options
        known = up_to_date or {}
        # The files to extract decide the worker processes; those the output holds are counted out:
        # most are unchanged and cost a read and a hash, and the few that changed are extracted in
        # this process when there are no workers (a re-run starts none, and loads no lexicon).
        files = sum(1 for source in sources if isinstance(source, str) and source != STDIN and source not in known)
        return batch.run(
            sources,
            self.patterns,
            options.encoding,
            jobs=self.jobs_for(files),
            pattern_files=options.patterns,
            limits=options.limits,
            keep_text=self.keep_text,
            up_to_date=up_to_date,
            year=options.year,
            record_text=self.record_text,
        )

    def results(
        self, up_to_date: Mapping[str, str] | None = None, record_text: RecordText | None = None
    ) -> Iterator[batch.Result]:
        """Every input's result in input order, failed ones included; each failure is one line on
        stderr as it comes. With fail_fast the results end after the first failure. `up_to_date`
        (an incremental output's, presscan.writers.Writer.up_to_date): inputs whose bytes still have
        the SHA-256 given for them are skipped, not extracted (Result.skipped). `record_text` (a text
        writer's, presscan.writers.Writer.record_text): each result carries its records written with
        it where they were made (Result.chunk), for presscan.writers.feed, instead of as objects."""
        options = self.options
        self.record_text = record_text
        errors = self.errors or sys.stderr
        sources = self.sources()
        results = self.run(sources, up_to_date)
        bar = progress(len(sources), quiet=options.quiet)  # after run(): its workers are started, the bar's thread not
        try:
            for result in results:
                signals.stop_if_signalled()
                found = result.records + result.written
                bar.advance(found)
                if result.skipped:
                    self.tally.skipped += 1
                    yield result
                    continue
                if result.error is None:
                    self.tally.read += 1
                    self.tally.figures += found
                    yield result
                    continue
                self.tally.failed += 1
                self.internal_errors += isinstance(result.error, InternalError)
                errors.write(f"presscan: error: {result.error}\n")
                yield result
                if options.fail_fast:
                    break
        finally:
            results.close()  # type: ignore[attr-defined]
            bar.close()

    def exit_code(self) -> int:
        """5 when an input met a bug in presscan, 1 when one could not be read, else 0."""
        if self.internal_errors:
            return EXIT_INTERNAL
        return EXIT_INPUT_FAILED if self.tally.failed else EXIT_OK

    def finish(self, *, summary_line: bool = True, note: str | None = None) -> int:
        """Write the summary line where it belongs and give the exit code.

        The line goes to a terminal, or with a folder among the inputs; files named
        one by one into a log keep stderr empty unless something failed. `note` is
        added to it: what the output did (an incremental output's counts).
        """
        errors = self.errors or sys.stderr
        if summary_line and not self.options.quiet and (errors.isatty() or self.options.folder_given):
            errors.write(self.tally.line(note))
        return self.exit_code()
