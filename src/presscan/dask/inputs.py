"""What a cluster job reads: paths, folders, globs and URLs expanded into inputs, and inputs into batches.

Local paths are expanded exactly as a local run expands them
(presscan.batch.expand: folders walked in sorted order for the globs, hidden
files skipped), so a cluster reads the same inputs in the same order. Besides,
a path that does not exist but holds glob characters is a glob
(`bulletins/**/*.txt`: a million files need not go through the shell), and a
URL with a protocol (`s3://bucket/2024/`) is listed through fsspec: a folder
for the globs, recursively, a glob as it matches, in sorted order.

Batches: one task per file would mean millions of tasks for millions of
files, and a scheduler spends about a millisecond and a few kilobytes on each.
Inputs are gathered, in their order, into batches of at most `batch_bytes`
bytes (by the sizes the listing gives; a file larger than that is a batch of
its own) and at most `batch_files` files, each batch one task: 2 000 small
files are a few tasks, a folder of large ones a task per few files. For a
small job the limits are lowered (`caps`) so that there are a few batches per
worker thread, and every worker has work.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator, Sequence
from fnmatch import fnmatchcase
from pathlib import PurePosixPath

from presscan import batch
from presscan.errors import InputError
from presscan.readers.remote import INSTALL_HINT, is_remote, protocol
from presscan.readers.source import STDIN

# About 20 s of extraction on one core of this project's machine (compiled): long enough that a task's
# overhead (a few milliseconds) does not count, short enough that a worker lost redoes little.
BATCH_BYTES = 4 * 2**20
# Many small files: the task's list of paths stays small (about 100 KB), and 2 000 files are two tasks.
BATCH_FILES = 1_000

# An input and its size in bytes (0 when the listing does not say: a named URL, an error).
Sized = tuple[batch.Input, int]
# What a batch carries to a worker: a path or URL to read, or an error met while listing,
# as (source, cause, hint): an InputError does not survive pickling.
Item = str | tuple[str, str, str | None]


def _has_magic(path: str) -> bool:
    return glob.has_magic(path)


def _fixed_part(pattern: str) -> str:
    """The folder a glob starts from: bulletins/2024 in bulletins/2024/*/*.txt."""
    first = min((index for index in (pattern.find(c) for c in "*?[") if index >= 0), default=len(pattern))
    return pattern[:first].rsplit("/", 1)[0]


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _local(given: str, globs: Sequence[str], hidden: bool) -> Iterator[Sized]:
    if given != STDIN and not os.path.lexists(given) and _has_magic(given):
        matches = sorted(glob.glob(given, recursive=True, include_hidden=hidden))
        if not matches:
            yield InputError(given, "no files match this glob"), 0
        for match in matches:
            if os.path.isdir(match):
                continue  # a glob names files; `folder/` walks a folder
            yield match, _size(match)
        return
    for found in batch.expand([given], globs, hidden=hidden):
        yield found, _size(found) if isinstance(found, str) and found != STDIN else 0


def _hidden(path: str, root: str) -> bool:
    relative = path[len(root) :] if path.startswith(root) else path
    return any(part.startswith(".") for part in relative.split("/") if part)


def _remote(given: str, globs: Sequence[str], hidden: bool) -> Iterator[Sized]:
    try:
        import fsspec
    except ImportError:
        yield InputError(given, f"reading {protocol(given)}:// URLs needs fsspec", INSTALL_HINT), 0
        return
    if protocol(given) in ("http", "https"):
        yield given, 0  # a page is one input: HTTP has no folders to list
        return
    try:
        filesystem, path = fsspec.core.url_to_fs(given)
        if _has_magic(path):
            found = filesystem.glob(path, detail=True)
            listing = [(name, info) for name, info in found.items() if info.get("type") != "directory"]
            root = _fixed_part(path)
        elif filesystem.isdir(path):
            found = filesystem.find(path, detail=True)
            root = path.rstrip("/")
            listing = [(name, info) for name, info in found.items() if _matches(name, root, globs)]
            if not listing:
                yield InputError(given, f"no files match {', '.join(globs)}", "choose others with --glob '*.htm'"), 0
                return
        else:
            yield given, 0
            return
    except ImportError as error:
        yield InputError(given, f"cannot read {protocol(given)}:// URLs: {error}"), 0
        return
    except (OSError, ValueError) as error:
        yield InputError(given, f"cannot list it: {error}"), 0
        return
    if not listing and _has_magic(path):
        yield InputError(given, "no files match this glob"), 0
    for name, info in sorted(listing):
        if hidden or not _hidden(name, root):
            yield filesystem.unstrip_protocol(name), int(info.get("size") or 0)


def _matches(name: str, root: str, globs: Sequence[str]) -> bool:
    """Whether a listed file matches the globs, as presscan.batch matches a local folder's files."""
    relative = PurePosixPath(name[len(root) :].lstrip("/"))
    return any(relative.match(pattern) if "/" in pattern else fnmatchcase(relative.name, pattern) for pattern in globs)


def expand(paths: str | Iterable[str], globs: Sequence[str] | None = None, *, hidden: bool = False) -> Iterator[Sized]:
    """Every input named by `paths` (a path, folder, glob or URL, or several), with its size in bytes.

    Errors met while listing (a folder with no matching file, a glob that
    matches nothing, a URL that cannot be listed) are InputErrors in the
    sequence, where the input would have been.
    """
    chosen = tuple(globs or batch.DEFAULT_GLOBS)
    for given in [paths] if isinstance(paths, str) else paths:
        if given == STDIN:
            raise ValueError("stdin ('-') cannot be read on a cluster: name files, folders, globs or URLs")
        yield from (_remote if is_remote(given) else _local)(given, chosen, hidden)


def item(found: batch.Input) -> Item:
    """An input as a batch carries it."""
    if isinstance(found, InputError):
        return found.source, found.cause, found.hint
    return found


def caps(inputs: Sequence[Sized], batch_bytes: int, batch_files: int, least: int) -> tuple[int, int]:
    """The batch size limits for `inputs`: `batch_bytes` and `batch_files`, made smaller when that
    gives at least `least` batches (a few per worker thread), so that a small job keeps every worker busy."""
    least = max(1, least)
    total = sum(size for _, size in inputs)
    return min(batch_bytes, max(1, -(-total // least))), min(batch_files, max(1, -(-len(inputs) // least)))


def batches(
    inputs: Iterable[Sized], batch_bytes: int = BATCH_BYTES, batch_files: int = BATCH_FILES
) -> Iterator[list[Item]]:
    """Inputs gathered in their order into batches of at most `batch_bytes` bytes and `batch_files` files."""
    current: list[Item] = []
    size = 0
    for found, found_size in inputs:
        if current and (size + found_size > batch_bytes or len(current) >= batch_files):
            yield current
            current, size = [], 0
        current.append(item(found))
        size += found_size
    if current:
        yield current
