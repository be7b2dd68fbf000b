"""The text reader: the bytes of a text file decoded, for inputs no other reader takes.

Decoding, per input: a byte-order mark decides; then strict UTF-8; then
charset-normalizer chooses among the encodings Chinese bulletins come in
(GB18030, which covers GBK and GB2312, Big5, and UTF-16 without a mark).
`encoding=` forces one. A binary file or bytes nothing decodes raise InputError
naming the source and the cause, with the fix where there is one: binary
files that no reader of presscan.readers takes end here.
"""

from __future__ import annotations

import codecs

from presscan.errors import InputError
from presscan.readers.document import Document, ReaderFormat, ReadOptions

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The only guesses worth making for Chinese text; a wider set lets short GBK
# texts pass for Korean (cp949) or Cyrillic.
_CANDIDATES = ("gb18030", "big5", "utf_16_le", "utf_16_be")
# File signatures of common binary formats that can start without a NUL byte.
_BINARY_SIGNATURES = (b"\x89PNG", b"%PDF", b"PK\x03\x04", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"\xd0\xcf\x11\xe0")
# Control characters other than tab, line feed, form feed, carriage return and
# the DOS end-of-file mark: text has at most a stray one per hundred characters.
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13, 26}
_SNIFF = 8192
HINT = "try --encoding gbk, big5 or utf-16"


def decode(data: bytes, source: str, encoding: str | None = None) -> tuple[str, str]:
    """Decoded text and the encoding used."""
    if encoding:
        return _forced(data, source, encoding), encoding
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise InputError(source, f"not valid {name} at byte {exc.start}", HINT) from None
    if data.startswith(_BINARY_SIGNATURES):
        raise InputError(source, "looks like a binary file (an image, PDF or archive)", "presscan reads text files")
    # UTF-16 text of ASCII digits is also valid UTF-8, full of NULs: sniff first.
    if b"\x00" not in data[:_SNIFF]:
        try:
            return _text_or_binary(data.decode("utf-8"), source), "utf-8"
        except UnicodeDecodeError:
            pass
    return _guess(data, source)


def _forced(data: bytes, source: str, encoding: str) -> str:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InputError(source, f"unknown encoding {encoding!r}", "try --encoding gb18030, big5 or utf-16") from None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            source, f"not valid {encoding} at byte {exc.start}", "leave out --encoding to detect it"
        ) from None


def _guess(data: bytes, source: str) -> tuple[str, str]:
    """Not UTF-8: let charset-normalizer choose among the Chinese encodings."""
    from charset_normalizer import from_bytes

    if b"\x00" in data[:_SNIFF] and (utf16 := _utf16_by_nuls(data)):
        try:
            return _text_or_binary(data.decode(utf16), source), utf16
        except UnicodeDecodeError:
            pass
    best = from_bytes(data, cp_isolation=list(_CANDIDATES)).best()
    name = codecs.lookup(best.encoding).name if best is not None else None
    # NUL bytes occur in text only as half of a UTF-16 code unit.
    if b"\x00" in data[:_SNIFF] and (name is None or not name.startswith("utf-16") or len(data) % 2):
        raise InputError(source, "looks like a binary file (it has NUL bytes)", "presscan reads text files")
    if best is None or name is None:
        raise InputError(source, "cannot decode: not UTF-8, GB18030, Big5 or UTF-16", HINT)
    return _text_or_binary(str(best), source), name


def _utf16_by_nuls(data: bytes) -> str | None:
    """UTF-16 without a mark, when NULs sit on one side of most byte pairs (ASCII
    digits and punctuation): clearer than any statistics for short texts."""
    sample = data[:_SNIFF]
    high_le, high_be = sample[1::2].count(0), sample[0::2].count(0)
    pairs = max(1, len(sample) // 2)
    if len(data) % 2:
        return None
    if high_le > pairs * 0.2 and high_be == 0:
        return "utf-16-le"
    if high_be > pairs * 0.2 and high_le == 0:
        return "utf-16-be"
    return None


def _text_or_binary(text: str, source: str) -> str:
    """The text, unless control characters say the bytes were never text."""
    sample = text[:_SNIFF]
    controls = sum(1 for char in sample if ord(char) in _CONTROL)
    if controls > len(sample) // 100:
        raise InputError(source, "looks like a binary file (control characters)", "presscan reads text files")
    return text


def read(data: bytes, source: str, options: ReadOptions) -> Document:
    """The text reader: `data` decoded as above; plain text has no regions."""
    text, used = decode(data, source, options.encoding)
    return Document(source, text, FORMAT.name, used)


# The fallback of the registry: chosen for every input no other reader claims.
FORMAT = ReaderFormat(name="text", read=read)
