"""The bytes of an input named by an fsspec URL: s3://, gcs://, hdfs://, file://, and others.

    presscan extract s3://bulletins/2024/hebei.txt        # needs fsspec and s3fs

A source that starts with a protocol (`NAME://`) is read through fsspec
(https://filesystem-spec.readthedocs.io), which comes with presscan's `dask`
extra; each protocol needs its own package besides (s3fs, gcsfs, pyarrow for
hdfs://, aiohttp for http://). Credentials come from where that package looks
for them (environment variables, its config files). The bytes then go to the
readers like a file's, with the same size limit. Listing folders and globs of
URLs is presscan.dask.inputs' business; here one URL is one input.
"""

from __future__ import annotations

import re

from presscan.errors import InputError

_PROTOCOL = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]+://")
INSTALL_HINT = "pip install 'presscan[dask]'"


def is_remote(source: str) -> bool:
    """Whether `source` names a URL (s3://bucket/key) rather than a path."""
    return _PROTOCOL.match(source) is not None


def protocol(source: str) -> str:
    return source.split("://", 1)[0].lower()


def read_remote(source: str, limit: int | None) -> bytes:
    """The bytes of the URL `source`: all of them, or at most limit + 1 (more than the limit is the
    caller's error to raise). Every failure is an InputError naming the URL."""
    try:
        import fsspec
    except ImportError:
        raise InputError(source, f"reading {protocol(source)}:// URLs needs fsspec", INSTALL_HINT) from None
    try:
        with fsspec.open(source, "rb") as stream:
            return bytes(stream.read() if limit is None else stream.read(limit + 1))
    except ImportError as error:
        # fsspec knows the protocol, and names the package that implements it
        raise InputError(source, f"cannot read {protocol(source)}:// URLs: {error}") from None
    except ValueError as error:
        raise InputError(source, f"cannot read it: {error}") from None
    except FileNotFoundError:
        raise InputError(source, "no such file") from None
    except IsADirectoryError:
        raise InputError(source, "is a folder", "use a glob such as folder/*.txt") from None
    except PermissionError:
        raise InputError(source, "permission denied") from None
    except MemoryError:
        raise InputError(source, "not enough memory to read it", "split it into smaller files") from None
    except OSError as error:
        raise InputError(source, f"cannot read: {error.strerror or error}") from None
