"""An output file that appears under its name only when complete, for text and binary writers alike.

A file is written under a temporary name in its own folder (.NAME.*.part),
flushed to disk and renamed at the end, so an interrupted run never leaves a
half-written file under the final name (a killed one, SIGKILL, may leave the
.part file). The new file keeps the mode of the one it replaces, or gets what
the umask allows; a symlink stays a link and its target is replaced. Devices
and pipes (/dev/stdout, a FIFO) are written in place, never replaced.

    atomic_output(path)               a text stream (JSON Lines, CSV)
    atomic_output(path, binary=True)  a binary stream
    atomic_path(path)                 a temporary path to write a whole file at (SQLite)
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TypeVar

from presscan.errors import OutputError

# Text that UTF-8 cannot encode (lone surrogates: a file name that is not UTF-8)
# becomes \udcff: in JSON that is the same string, escaped.
ENCODING_ERRORS = "backslashreplace"
_STANDARD_DESCRIPTORS = {"/dev/stdout": 1, "/dev/stderr": 2}


def _in_place(path: Path) -> bool:
    """Outputs that are written in place, never replaced: /dev/stdout, /dev/null,
    a named pipe, a terminal; anything under /dev or /proc."""
    if path.is_absolute() and path.parts[1:2] in (("dev",), ("proc",)):
        return True
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def is_regular_output(path: Path) -> bool:
    """Whether `path` names a file that can be replaced or updated: not /dev/stdout, a pipe or a device."""
    return _descriptor(path) is None and not _in_place(path)


def _target(path: Path) -> Path:
    """The file that is replaced: a symlink's target, so that the link stays a link."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _descriptor(path: Path) -> int | None:
    """The open file descriptor that /dev/stdout, /dev/stderr or /dev/fd/N names, else None."""
    descriptor = _STANDARD_DESCRIPTORS.get(str(path))
    if descriptor is None and str(path).startswith(("/dev/fd/", "/proc/self/fd/")) and path.name.isdigit():
        descriptor = int(path.name)
    return descriptor


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK, effective_ids=os.access in os.supports_effective_ids)


def check_output_path(path: Path) -> None:
    """Fail before any work when the output cannot be written."""
    descriptor = _descriptor(path)
    if descriptor is not None:
        try:
            os.fstat(descriptor)  # written through the descriptor: it only has to be open
        except OSError:
            raise OutputError(f"{path}: file descriptor {descriptor} is not open") from None
        return
    if _in_place(path):
        if not _writable(path):
            raise OutputError(f"{path}: cannot write to it (permission denied)")
        return
    target = _target(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        if folder.exists():
            raise OutputError(f"{path}: {folder} is not a folder")
        raise OutputError(f"{path}: folder {folder} does not exist")
    if target.is_dir():
        raise OutputError(f"{path}: is a folder; name a file such as {path / 'figures.jsonl'}")
    if not _writable(folder):
        raise OutputError(f"{path}: cannot write in {folder} (permission denied)")


def _new_file_mode(target: Path) -> int:
    """The mode the output gets: that of the file it replaces, or what the umask allows."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextmanager
def atomic_output(path: Path) -> Iterator[IO[str]]:
    """A text stream (UTF-8) whose file appears under `path` only when the block ends without an error."""
    check_output_path(path)
    if _in_place(path):
        with os.fdopen(_open_in_place(path), "w", encoding="utf-8", errors=ENCODING_ERRORS, newline="") as stream:
            yield stream
        return
    with (
        _temporary(path) as (handle, _),
        _synced(os.fdopen(handle, "w", encoding="utf-8", errors=ENCODING_ERRORS, newline="")) as stream,
    ):
        yield stream


@contextmanager
def atomic_binary_output(path: Path) -> Iterator[IO[bytes]]:
    """A binary stream whose file appears under `path` only when the block ends without an error."""
    check_output_path(path)
    if _in_place(path):
        with os.fdopen(_open_in_place(path), "wb") as stream:
            yield stream
        return
    with _temporary(path) as (handle, _), _synced(os.fdopen(handle, "wb")) as stream:
        yield stream


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path in the output's folder for a writer that writes a whole file (a database);
    when the block ends without an error the file is flushed to disk and renamed to `path`."""
    check_output_path(path)
    if _in_place(path):
        raise OutputError(f"{path}: not a regular file; this format is written as a whole file: name one")
    with _temporary(path) as (handle, temporary):
        os.close(handle)
        yield Path(temporary)
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())


def _open_in_place(path: Path) -> int:
    """A descriptor for an output written in place. /dev/stdout is written through the
    descriptor itself, sharing its position: reopening it would start again at the start of a file."""
    descriptor = _descriptor(path)
    return os.dup(descriptor) if descriptor is not None else os.open(path, os.O_WRONLY)


@contextmanager
def _temporary(path: Path) -> Iterator[tuple[int, str]]:
    """An open temporary file beside the target (descriptor, name), renamed to the target
    when the block ends without an error and removed when it ends with one."""
    target = _target(path)
    folder = target.parent if str(target.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    try:
        try:
            os.fchmod(handle, _new_file_mode(target))
        except BaseException:
            os.close(handle)
            raise
        yield handle, temporary
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


_Stream = TypeVar("_Stream", IO[str], IO[bytes])


@contextmanager
def _synced(stream: _Stream) -> Iterator[_Stream]:
    """The stream, flushed to disk when the block ends without an error, and closed."""
    with stream:
        yield stream
        stream.flush()
        os.fsync(stream.fileno())
