"""The bytes of an input: a path, a named pipe or device given by name, or "-" for stdin.

Every reader starts from these bytes, so the size limit and the one-line errors
for a missing, unreadable or oversized input hold whatever the format.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from presscan.errors import InputError
from presscan.readers.remote import is_remote, read_remote

STDIN = "-"
# The most bytes read from one input. Extraction holds the whole text and every
# figure in memory: a 50 MB bulletin on one line peaked at about 5 GB.
MAX_INPUT_BYTES = 64 * 2**20


def too_large(source: str, limit: int) -> InputError:
    """The error for an input over the size limit (also for URLs: presscan.readers.fetch)."""
    return InputError(
        source,
        f"larger than {_megabytes(limit)}, the most presscan reads from one input",
        "split it, or raise the limit with --max-size",
    )


def _megabytes(size: int) -> str:
    megabytes = size / 2**20
    return f"{megabytes:.3g} MB" if megabytes < 100 else f"{megabytes:.0f} MB"


def read_bytes(source: str, limit: int | None = MAX_INPUT_BYTES) -> bytes:
    """The raw bytes of a path, of stdin for "-", or of an fsspec URL (s3://...); at most `limit` bytes (None: no limit).

    An input larger than the limit raises InputError rather than filling memory
    (/dev/zero, a log file given by mistake). A named pipe or a device given by
    name is read like a file, as cat does: `presscan extract <(unzip -p a.zip)`.
    """
    if source == STDIN:
        data = sys.stdin.buffer.read() if limit is None else sys.stdin.buffer.read(limit + 1)
        if limit is not None and len(data) > limit:
            raise too_large(source, limit)
        return data
    if is_remote(source):  # s3://, gcs://, ...: read through fsspec (presscan.readers.remote)
        data = read_remote(source, limit)
        if limit is not None and len(data) > limit:
            raise too_large(source, limit)
        return data
    path = Path(source)
    try:
        if path.is_dir():
            raise InputError(source, "is a folder", "name the files in it, or use a glob such as folder/*.txt")
        with open(path, "rb") as stream:
            if limit is None:
                return stream.read()
            info = os.fstat(stream.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > limit:
                raise too_large(source, limit)
            data = stream.read(limit + 1)
            if len(data) > limit:
                raise too_large(source, limit)
            return data
    except FileNotFoundError:
        raise InputError(source, "no such file") from None
    except PermissionError:
        raise InputError(source, "permission denied") from None
    except IsADirectoryError:
        raise InputError(source, "is a folder") from None
    except MemoryError:
        raise InputError(source, "not enough memory to read it", "split it into smaller files") from None
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from None
