"""Pattern sets kept between runs, so that the command line does not parse and validate its
pattern files every time it starts.

Loading the pattern files (TOML parsed, every section validated by pydantic, the files merged)
took a third of the start-up of `presscan extract` on a 3 KB file. The command line therefore
keeps the PatternSet it loaded as a pickle in the user's cache folder, under a key that is the
SHA-256 of everything the set is made from:

- the path and the bytes of every pattern file, and of the table of traditional characters;
- the source of the modules that read and merge them (this one included), and the versions of
  Python and pydantic.

Change any of them (edit a pattern file, add one with --patterns, install another presscan) and the key
changes: the files are read and validated again, with the same errors as without a cache, and
the new set is kept under its own key. Only a set that loaded without error is kept.

Where: $PRESSCAN_CACHE_DIR when set; else $XDG_CACHE_HOME/presscan or ~/.cache/presscan
(~/Library/Caches/presscan on macOS, %LOCALAPPDATA%\\presscan\\Cache on Windows).
PRESSCAN_NO_CACHE=1 turns the cache off: nothing is read from it or written to it. The folder
may be deleted at any time. The newest KEEP files are kept; older ones are removed as new ones
are written.

A cache file is written to a temporary file and renamed, so it is whole or absent; it starts
with the key and the SHA-256 of the pickle, and is read only when both match, when it belongs to
this user and when no one else may write it. A file that cannot be read, is damaged or does not
unpickle into a PatternSet is ignored (and replaced); a folder that cannot be written (read-only,
a full disk) is no error: the run goes on with the set it loaded.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from presscan.patterndata import PatternSet

CACHE_DIR_VARIABLE = "PRESSCAN_CACHE_DIR"
NO_CACHE_VARIABLE = "PRESSCAN_NO_CACHE"
# Cache files kept in the folder: one for the shipped patterns, a few for a user's sets.
KEEP = 8
_PREFIX = "patterns-"
_SUFFIX = ".pickle"
_MAGIC = b"presscan pattern set 1\n"
_DIGEST = 32  # bytes of a SHA-256
# The modules whose code decides what a set loaded from given files holds.
_LOADER_MODULES = (
    "presscan.patterncache",
    "presscan.patternset",
    "presscan.patternfile",
    "presscan.patternentries",
    "presscan.patterndata",
    "presscan.punctuation",
    "presscan.script_fold",
    "presscan.record",
)

Loader = Callable[[], PatternSet]


def cache_dir() -> Path | None:
    """The folder pattern sets are kept in; None when PRESSCAN_NO_CACHE is set (or no home is known)."""
    if os.environ.get(NO_CACHE_VARIABLE):
        return None
    given = os.environ.get(CACHE_DIR_VARIABLE)
    if given:
        return Path(given)
    try:
        if sys.platform == "win32":
            local = os.environ.get("LOCALAPPDATA")
            return Path(local, "presscan", "Cache") if local else None
        if sys.platform == "darwin":
            return Path.home() / "Library" / "Caches" / "presscan"
        xdg = os.environ.get("XDG_CACHE_HOME")
        base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache"
    except RuntimeError:  # no home folder to be found
        return None
    return base / "presscan"


def load(files: list[Path], kind: str, loader: Loader) -> PatternSet:
    """The pattern set made from `files` (every file it is read from, in order) by `loader`:
    from the cache when it holds one made from these very bytes, else from `loader` (which raises
    PatternError as ever), then kept in the cache. `kind` tells sets made from the same files
    apart (the shipped files or not)."""
    folder = cache_dir()
    key = _key(files, kind) if folder is not None else None
    if folder is None or key is None:
        return loader()
    target = folder / f"{_PREFIX}{key.hex()[:40]}{_SUFFIX}"
    cached = _read(target, key)
    if cached is not None:
        return cached
    patterns = loader()
    # kept only when the files did not change while they were read: the key must say what was loaded
    if not patterns.built and _key(files, kind) == key:
        _write(folder, target, key, patterns)
    return patterns


def _field(data: bytes) -> bytes:
    """`data` with its length before it: the fields of a key cannot run into each other."""
    return len(data).to_bytes(8, "little") + data


def _key(files: list[Path], kind: str) -> bytes | None:
    """The SHA-256 of what a set loaded from `files` is made of; None when a file is not a regular
    file (a pipe is read once, by the loader) or cannot be read (the loader says why)."""
    import pydantic

    digest = hashlib.sha256(_MAGIC)
    for text in (sys.version, pydantic.VERSION, kind):
        digest.update(_field(text.encode()))
    code: list[Path] = []
    for name in _LOADER_MODULES:
        module_file = getattr(sys.modules.get(name), "__file__", None)
        if module_file is None:
            return None
        code.append(Path(module_file))
    for path in (*code, *files):
        try:
            if not stat.S_ISREG(os.stat(path).st_mode):
                return None
            data = path.read_bytes()
        except OSError:
            return None
        digest.update(_field(os.fsencode(path)))
        digest.update(_field(data))
    return digest.digest()


def _read(path: Path, key: bytes) -> PatternSet | None:
    """The set kept in `path` under `key`, or None: absent, unreadable, someone else's, damaged."""
    try:
        with open(path, "rb") as stream:
            info = os.fstat(stream.fileno())
            if hasattr(os, "geteuid") and (info.st_uid != os.geteuid() or info.st_mode & 0o022):
                return None  # written by someone else, or writable by others: not to be unpickled
            data = stream.read()
    except OSError:
        return None
    head = len(_MAGIC)
    if data[:head] != _MAGIC or data[head : head + _DIGEST] != key:
        return None
    payload = memoryview(data)[head + 2 * _DIGEST :]
    if hashlib.sha256(payload).digest() != data[head + _DIGEST : head + 2 * _DIGEST]:
        return None
    try:
        patterns = pickle.loads(payload)
    except Exception:  # damaged in a way the digest did not catch: load the files instead
        return None
    return patterns if isinstance(patterns, PatternSet) else None


def _write(folder: Path, target: Path, key: bytes, patterns: PatternSet) -> None:
    """Keep `patterns` in `target`, whole or not at all; a folder that cannot be written is no error."""
    try:
        payload = pickle.dumps(patterns, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # a set that does not pickle is simply not kept
        return
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{_PREFIX}", suffix=".tmp", dir=folder)
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(_MAGIC + key + hashlib.sha256(payload).digest())
            stream.write(payload)
        os.replace(temporary, target)
    except OSError:
        _remove(Path(temporary))
        return
    except BaseException:
        _remove(Path(temporary))
        raise
    _prune(folder)


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _prune(folder: Path) -> None:
    """Remove all but the KEEP newest cache files."""
    try:
        kept = []
        for entry in os.scandir(folder):
            if entry.name.startswith(_PREFIX) and entry.name.endswith(_SUFFIX):
                kept.append((entry.stat().st_mtime_ns, entry.path))
    except OSError:
        return
    for _, path in sorted(kept, reverse=True)[KEEP:]:
        _remove(Path(path))
