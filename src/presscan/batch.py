"""Run the core over many inputs: expand paths, read, extract, yield in input order.

Errors belong to one input: they are yielded as results, never raised, so one
bad file does not stop a batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from presscan.core import extract
from presscan.errors import InputError
from presscan.patternset import PatternSet
from presscan.read import STDIN, read_text
from presscan.record import Figure

DEFAULT_GLOBS = ("*.txt", "*.md")


@dataclass(slots=True)
class Result:
    source: str
    figures: list[Figure] = field(default_factory=list)
    error: InputError | None = None
    encoding: str | None = None


def expand(paths: Iterable[str], globs: tuple[str, ...] = DEFAULT_GLOBS) -> Iterator[str]:
    """Files named by `paths`: a file as given, a folder as its matching files, sorted."""
    for given in paths:
        path = Path(given)
        if given != STDIN and path.is_dir():
            found = sorted(
                {p for pattern in globs for p in path.rglob(pattern) if p.is_file() and not _hidden(p, path)}
            )
            yield from (str(p) for p in found)
        else:
            yield given


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def process(source: str, patterns: PatternSet, encoding: str | None = None) -> Result:
    """Read and extract one input; errors are returned, not raised."""
    try:
        text, used = read_text(source, encoding)
    except InputError as error:
        return Result(source, error=error)
    return Result(source, extract(text, patterns=patterns, source=source), encoding=used)


def run(sources: Iterable[str], patterns: PatternSet, encoding: str | None = None) -> Iterator[Result]:
    for source in sources:
        yield process(source, patterns, encoding)
