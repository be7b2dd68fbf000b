"""Fetching a URL: `presscan extract https://…` reads a bulletin from the web as it reads a file.

The bytes come with urllib3: a time limit for the whole fetch (--timeout, else
DEFAULT_SECONDS), the size limit (--max-size) checked against Content-Length and
again while reading (a compressed body counts unpacked), and at most
MOST_REDIRECTS redirects. The charset the server declares goes to the HTML
reader; which reader reads the bytes is decided by their content first (a PDF
is a PDF whatever the server says), then by the media type, then by the
suffix of the URL's path. Every failure is one InputError naming the URL:
`URL: HTTP 404`, `URL: timed out after 30 s`.
"""

from __future__ import annotations

import time
from urllib.parse import urlsplit

from presscan.errors import InputError
from presscan.readers.source import too_large

SCHEMES = ("http://", "https://")
DEFAULT_SECONDS = 30.0
MOST_REDIRECTS = 5
_CHUNK = 64 * 1024
_USER_AGENT = "presscan (+https://pypi.org/project/presscan/)"


def is_url(source: str) -> bool:
    """Whether an input names a URL (http or https) rather than a file."""
    return source[:8].lower().startswith(SCHEMES)


def url_path(url: str) -> str:
    """The path of a URL, for its suffix: /tjgb/2025.pdf"""
    try:
        return urlsplit(url).path
    except ValueError:
        return ""


class Fetched:
    """The body of a response, its media type (text/html) and its declared charset."""

    __slots__ = ("charset", "data", "media_type")

    def __init__(self, data: bytes, media_type: str, charset: str | None) -> None:
        self.data = data
        self.media_type = media_type
        self.charset = charset


def _content_type(header: str) -> tuple[str, str | None]:
    parts = [part.strip() for part in header.split(";")]
    charset = None
    for part in parts[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset" and value.strip(" \"'"):
            charset = value.strip(" \"'")
    return parts[0].lower(), charset


def fetch(url: str, max_bytes: int | None, seconds: float | None) -> Fetched:
    """The body of `url` (see the module's docstring); InputError names what went wrong."""
    import urllib3
    from urllib3.exceptions import (
        HTTPError,
        LocationParseError,
        MaxRetryError,
        NewConnectionError,
        ResponseError,
        TimeoutError,
    )

    limit = seconds or DEFAULT_SECONDS
    deadline = time.monotonic() + limit
    timed_out = InputError(url, f"timed out after {limit:g} s", "try again later, or raise the limit with --timeout")
    retries = urllib3.Retry(total=MOST_REDIRECTS, connect=0, read=0, status=0, other=0, redirect=MOST_REDIRECTS)
    http = urllib3.PoolManager(headers={"User-Agent": _USER_AGENT}, retries=retries)
    try:
        response = http.request(
            "GET", url, preload_content=False, timeout=urllib3.Timeout(connect=limit, read=limit), redirect=True
        )
        try:
            if response.status >= 400:
                raise InputError(url, f"HTTP {response.status}")
            declared = response.headers.get("Content-Length", "")
            if max_bytes is not None and declared.isdigit() and int(declared) > max_bytes:
                raise too_large(url, max_bytes)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.stream(_CHUNK, decode_content=True):
                chunks.append(chunk)
                size += len(chunk)
                if max_bytes is not None and size > max_bytes:
                    raise too_large(url, max_bytes)
                if time.monotonic() > deadline:
                    raise timed_out
            media_type, charset = _content_type(response.headers.get("Content-Type", ""))
            return Fetched(b"".join(chunks), media_type, charset)
        finally:
            response.release_conn()
    except InputError:
        raise
    except TimeoutError:
        raise timed_out from None
    except MaxRetryError as error:
        reason = error.reason
        # urllib3 counts a refused connection as a kind of time-out: it is not one
        if isinstance(reason, TimeoutError) and not isinstance(reason, NewConnectionError):
            raise timed_out from None
        if isinstance(reason, ResponseError) and "redirect" in str(reason):
            raise InputError(url, f"redirected more than {MOST_REDIRECTS} times") from None
        raise InputError(url, f"cannot connect: {_short(reason)}") from None
    except LocationParseError:
        raise InputError(url, "not a valid URL") from None
    except (HTTPError, OSError) as error:
        raise InputError(url, f"cannot fetch: {_short(error)}") from None
    finally:
        http.clear()


def _short(error: BaseException | None) -> str:
    """An exception's message without urllib3's object addresses: the last clause says it."""
    text = str(error) if error is not None else "unknown error"
    if "] " in text:
        text = text.rsplit("] ", 1)[-1]
    return text.rsplit(": ", 1)[-1].strip(" ')\"") or type(error).__name__
