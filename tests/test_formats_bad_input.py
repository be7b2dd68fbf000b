"""Bad PDF, Word and HTML input: each is one line on stderr naming the file, exit code 1, no traceback,
and the other inputs are still read."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from presscan.cli import app
from presscan.readers import docx, open_document

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
runner = CliRunner()


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


PDF = (FIXTURES / "bulletin.pdf").read_bytes()
DOCX = (FIXTURES / "bulletin.docx").read_bytes()
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">'
    + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
    + f"]><w:document {_W}><w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>"
).encode()

BAD = {
    # name in the folder, bytes, what the one line says
    "a PDF cut off after its header": ("cut.pdf", PDF[:60], "not a readable PDF"),
    "a PDF with its middle overwritten": ("garbled.pdf", PDF[:9] + bytes(len(PDF) - 9), "not a readable PDF"),
    "an encrypted PDF": ("locked.pdf", (FIXTURES / "encrypted.pdf").read_bytes(), "encrypted PDF: it needs a password"),
    "a scanned PDF": ("scan.pdf", (FIXTURES / "scanned.pdf").read_bytes(), "no text layer (scanned PDF?)"),
    "a Word file cut in half": ("cut.docx", DOCX[: len(DOCX) // 2], "not a readable Word file"),
    "a ZIP that is no Word file": ("photos.docx", _zip({"a.jpg": b"\xff\xd8\xff" * 10}), "not a Word document"),
    "broken XML in a Word file": (
        "broken.docx",
        _zip({"word/document.xml": b"<w:document><w:body>"}),
        "not a readable",
    ),
    "an entity bomb in a Word file": ("laughs.docx", _zip({"word/document.xml": LAUGHS}), "not a readable Word file"),
    "a Word 97-2003 file": (
        "old.doc",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "WordDocument".encode("utf-16-le"),
        "Word 97-2003 .doc files are not supported (save it as .docx",
    ),
}


@pytest.mark.parametrize(("name", "data", "cause"), BAD.values(), ids=list(BAD))
def test_bad_documents_end_with_one_line_and_the_others_go_on(
    tmp_path: Path, name: str, data: bytes, cause: str
) -> None:
    (tmp_path / name).write_bytes(data)
    good = tmp_path / "z-good.txt"
    good.write_text("全省建成充电桩890台。\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / name), str(good)])
    assert result.exit_code == 1, result.output
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"presscan: error: {tmp_path / name}: ") and cause in line, line
    assert [json.loads(record)["text"] for record in result.stdout.splitlines()] == ["890台"]


def test_a_zip_bomb_disguised_as_docx_stops_at_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the limit is lowered for the test: the same check stops 256 MB of XML
    monkeypatch.setattr(docx, "_MOST_XML", 2**20)
    body = b"<w:document " + _W.encode() + b"><w:body>" + b" " * (20 * 2**20) + b"</w:body></w:document>"
    bomb = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": body})
    assert len(bomb) < 100_000  # 20 MB of XML in a small file
    path = tmp_path / "report.docx"
    path.write_bytes(bomb)
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 1
    assert result.stderr == f"presscan: error: {path}: its text part unpacks to more than 1 MB (a ZIP bomb?)\n"


def test_an_html_page_over_the_size_limit_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    with open(path, "wb") as stream:
        stream.write(b"<html><body>")
        chunk = "<p>全省建成充电桩890台。</p>\n".encode() * 4096
        while stream.tell() < 100 * 2**20:
            stream.write(chunk)
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"presscan: error: {path}: larger than 64 MB, the most presscan reads from one input"
        " (split it, or raise the limit with --max-size)\n"
    )


def test_a_page_nested_ten_thousand_deep_is_read(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text(
        "<html><body>" + "<div>" * 10_000 + "<p>全省建成充电桩890台。</p>" + "</div>" * 10_000 + "</body></html>",
        encoding="utf-8",
    )
    assert open_document(str(path)).text == "全省建成充电桩890台。\n"


def test_reading_past_the_time_limit_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from presscan.readers import pdf

    def slow(*args: object) -> object:
        time.sleep(5)
        raise AssertionError("not reached")

    monkeypatch.setattr(pdf, "_layout", slow)
    path = tmp_path / "report.pdf"
    path.write_bytes(PDF)
    result = runner.invoke(app, ["extract", "--timeout", "1", str(path)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"presscan: error: {path}: reading took longer than 1 s, the time limit for reading one input"
        " (raise the limit with --timeout)\n"
    )
