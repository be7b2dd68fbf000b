"""URLs as inputs: `presscan extract http://…` and `--urls FILE`, against a server of our own on 127.0.0.1.

Each failure (404, a server that never answers, redirects without end, a body over --max-size) is one
line on stderr naming the URL, and the other inputs are still read.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from presscan.cli import app

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
FIGURES_PER_BULLETIN = 49
runner = CliRunner()

UTF8_PAGE = (
    '<html><head><meta charset="gb2312"><title>t</title></head><body><article>'
    "<h1>青岚市统计快报</h1><p>全年全市地区生产总值2718.6亿元，比上年增长5.4%。</p>"
    "</article></body></html>"
).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path == "/bulletin.html":
            self._send(200, (FIXTURES / "bulletin.html").read_bytes(), "text/html")
        elif self.path == "/utf8":  # the header's charset wins over the page's own
            self._send(200, UTF8_PAGE, "text/html; charset=utf-8")
        elif self.path == "/download?id=7":  # a PDF sent as anything: its bytes say what it is
            self._send(200, (FIXTURES / "bulletin.pdf").read_bytes(), "application/octet-stream")
        elif self.path == "/report":
            self._send(
                200,
                (FIXTURES / "bulletin.docx").read_bytes(),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            )
        elif self.path == "/moved":
            self._send(301, b"", "text/html", {"Location": "/bulletin.html"})
        elif self.path.startswith("/loop"):
            self._send(302, b"", "text/html", {"Location": f"/loop{len(self.path)}"})
        elif self.path == "/slow":
            time.sleep(3)  # longer than the client waits; bounded, so the server stops by itself
            self._send(200, b"late", "text/plain")
        else:
            self._send(404, b"not here", "text/plain")


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gave up on /slow: nothing to report


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _records(stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.splitlines()]


@pytest.mark.parametrize("path", ["/bulletin.html", "/download?id=7", "/report", "/moved"])
def test_a_url_is_read_as_its_content_says(server: str, path: str) -> None:
    result = runner.invoke(app, ["extract", "-q", server + path])
    assert result.exit_code == 0, result.stderr
    records = _records(result.stdout)
    assert len(records) == FIGURES_PER_BULLETIN
    assert records[0]["source"] == server + path
    assert (records[0]["text"], records[0]["subject"]) == ("2718.6亿元", "地区生产总值")


def test_the_charset_the_server_declares_wins_over_the_page(server: str) -> None:
    result = runner.invoke(app, ["extract", "-q", server + "/utf8"])
    assert result.exit_code == 0, result.stderr
    assert [record["text"] for record in _records(result.stdout)] == ["2718.6亿元", "5.4%"]
    text = runner.invoke(app, ["text", server + "/utf8"])
    assert text.stdout == "青岚市统计快报\n全年全市地区生产总值2718.6亿元，比上年增长5.4%。\n"


FAILURES = [
    ("/missing", [], "HTTP 404"),
    ("/loop", [], "redirected more than 5 times"),
    ("/slow", ["--timeout", "1"], "timed out after 1 s"),
    ("/bulletin.html", ["--max-size", "0.001"], "larger than 0.001 MB"),
]


@pytest.mark.parametrize(("path", "options", "cause"), FAILURES, ids=[cause for _, _, cause in FAILURES])
def test_a_url_that_fails_is_one_line_and_the_others_go_on(
    server: str, path: str, options: list[str], cause: str
) -> None:
    good = server + "/utf8"
    result = runner.invoke(app, ["extract", "-q", *options, server + path, good])
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"presscan: error: {server + path}: {cause}"), line
    assert {record["source"] for record in _records(result.stdout)} == {good}


def test_a_url_that_cannot_be_reached_is_one_line() -> None:
    # port 9 (discard) on the loopback: nothing listens there
    result = runner.invoke(app, ["extract", "-q", "http://127.0.0.1:9/bulletin.html"])
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("presscan: error: http://127.0.0.1:9/bulletin.html: cannot connect: "), line


def test_urls_file_lists_links_one_a_line(server: str, tmp_path: Path) -> None:
    links = tmp_path / "links.txt"
    links.write_text(f"# bulletins\n{server}/utf8\n\n{server}/missing\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", "-q", "--urls", str(links), str(FIXTURES / "bulletin.txt")])
    assert result.exit_code == 1
    assert result.stderr == f"presscan: error: {server}/missing: HTTP 404\n"
    sources = [record["source"] for record in _records(result.stdout)]
    assert sources == [str(FIXTURES / "bulletin.txt")] * FIGURES_PER_BULLETIN + [f"{server}/utf8"] * 2


def test_a_urls_file_with_something_else_in_it_is_a_usage_error(tmp_path: Path) -> None:
    links = tmp_path / "links.txt"
    links.write_text("http://127.0.0.1:9/a.html\nbulletins/a.txt\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", "--urls", str(links)])
    assert result.exit_code == 2
    assert result.stderr == f"presscan: error: {links}, line 2: not an http or https link: bulletins/a.txt\n"
    missing = runner.invoke(app, ["extract", "--urls", str(tmp_path / "none.txt")])
    assert missing.exit_code == 2
    assert missing.stderr.startswith(f"presscan: error: {tmp_path / 'none.txt'}: cannot read the list of links")
