"""Read an input (a path or "-" for stdin) into decoded text.

Decoding: a byte-order mark decides; otherwise UTF-8 is tried strictly, then the
Chinese legacy encodings (GB18030 covers GBK and GB2312) when the bytes look
like them. `encoding=` forces one. Failures raise InputError naming the source
and the cause, with the fix where there is one.
"""

from __future__ import annotations

import codecs
import sys
from pathlib import Path

from presscan.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
STDIN = "-"


def read_bytes(source: str) -> bytes:
    """The raw bytes of a path, or of stdin for "-"."""
    if source == STDIN:
        return sys.stdin.buffer.read()
    path = Path(source)
    try:
        if path.is_dir():
            raise InputError(source, "is a folder", "name the files in it, or use a glob such as folder/*.txt")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(source, "no such file") from None
    except PermissionError:
        raise InputError(source, "permission denied") from None
    except IsADirectoryError:
        raise InputError(source, "is a folder") from None
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from None


def decode(data: bytes, source: str, encoding: str | None = None) -> tuple[str, str]:
    """Decoded text and the encoding used."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(source, f"unknown encoding {encoding!r}", "try --encoding gb18030 or utf-16") from None
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            raise InputError(source, f"not valid {encoding} at byte {exc.start}") from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise InputError(source, f"not valid {name} at byte {exc.start}") from None
    if b"\x00" in data[:8192]:
        return _decode_nul(data, source)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            return data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError:
            raise InputError(
                source,
                f"cannot decode: not UTF-8 (byte {utf8_error.start}) and not GB18030",
                "try --encoding big5 or another encoding",
            ) from None


def _decode_nul(data: bytes, source: str) -> tuple[str, str]:
    """NUL bytes: UTF-16 without a byte-order mark, or a binary file."""
    even_nuls = data[0:8192:2].count(0)
    odd_nuls = data[1:8192:2].count(0)
    pairs = max(1, min(len(data), 8192) // 2)
    for name, nuls in (("utf-16-le", odd_nuls), ("utf-16-be", even_nuls)):
        if nuls > pairs * 0.3 and len(data) % 2 == 0:
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                break
    raise InputError(source, "looks like a binary file (it has NUL bytes)", "presscan reads text files")


def read_text(source: str, encoding: str | None = None) -> tuple[str, str]:
    """Decoded text of a path or "-", and the encoding used."""
    return decode(read_bytes(source), source, encoding)
