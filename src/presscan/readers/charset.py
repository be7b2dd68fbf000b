"""The charset of a web page: --encoding, a byte-order mark, the server's, the page's own, or detected.

Used by presscan.readers.html. GB2312 and GBK are read as GB18030, which covers
both (pages declared GB2312 often hold GBK characters). A page that declares one
charset and is written in another is detected as text is (presscan.readers.text).
"""

from __future__ import annotations

import codecs

from presscan.readers.document import ReadOptions
from presscan.readers.text import decode

_PRESCAN = 4096  # bytes searched for a <meta> charset, as browsers do


def _declared(data: bytes) -> str | None:
    """The charset the page declares in a <meta> among its first bytes."""
    from selectolax.lexbor import LexborHTMLParser

    prescan = data[:_PRESCAN]
    lowered = prescan.lower()
    if b"charset" not in lowered:
        return None
    head_end = lowered.find(b"</head")
    head = LexborHTMLParser(prescan[: head_end if head_end > 0 else None].decode("latin-1"))
    for meta in head.css("meta"):
        attributes = {key.lower(): value or "" for key, value in meta.attributes.items()}
        if attributes.get("charset"):
            return attributes["charset"].strip(" '\"")
        if attributes.get("http-equiv", "").lower() == "content-type":
            content = attributes.get("content", "").lower()
            if "charset=" in content:
                return content.split("charset=", 1)[1].split(";")[0].strip(" '\"")
    return None


def _known(name: str | None) -> str | None:
    """A charset name as Python knows it; GB2312 and GBK as GB18030, which covers them."""
    if not name:
        return None
    try:
        found = codecs.lookup(name).name
    except LookupError:
        return None
    return "gb18030" if found in ("gb2312", "gbk", "hz") else found


def decode_page(data: bytes, source: str, options: ReadOptions) -> tuple[str, str]:
    """The page's text and the encoding it was decoded with (see the module's docstring)."""
    if options.encoding or data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data, source, options.encoding)
    for declared in (_known(options.declared_encoding), _known(_declared(data))):
        if declared is not None:
            try:
                return data.decode(declared), declared
            except UnicodeDecodeError:
                continue  # a page that says one charset and is written in another: detect it
    return decode(data, source, None)
