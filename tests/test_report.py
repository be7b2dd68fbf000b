"""`presscan report`: the page holds exactly extract's records, escapes every piece of input text,
allows only its own code, fetches nothing, and stays small. (In a browser: test_report_browser.py.)"""

from __future__ import annotations

import base64
import hashlib
import html.parser
import json
import os
import pty
import re
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import REPO, SAMPLES, installed_script
from presscan import batch
from presscan.cli import app
from presscan.patternset import default_patterns
from presscan.report import read_records
from presscan.report.data import DOCUMENT_ID, INDEX_ID, number, script_json
from presscan.report.page import asset
from report_inputs import (
    HOSTILE_NAME,
    HOSTILE_PIECES,
    HOSTILE_TEXT,
    extract_records,
    report_page,
    run_presscan,
    write_hostile,
    write_tricky,
    write_yearly_bulletins,
)

CORPUS = REPO.parent / "shared" / "corpus"
runner = CliRunner()


def index_of(page: str) -> dict[str, object]:
    found = re.search(rf'<script type="application/json" id="{INDEX_ID}">(.*?)</script>', page, re.S)
    assert found is not None
    data: dict[str, object] = json.loads(found.group(1))
    return data


# ---- the records ----


def test_the_records_in_the_page_are_the_records_of_extract(tmp_path: Path) -> None:
    inputs = [SAMPLES, write_tricky(tmp_path / "tricky"), write_yearly_bulletins(tmp_path / "yearly")]
    if CORPUS.is_dir():
        inputs.append(CORPUS)
    page = report_page(tmp_path / "report.html", *inputs)
    expected = extract_records(*inputs)
    assert len(expected) > 100
    assert read_records(page) == expected


def test_worker_processes_give_the_same_page(tmp_path: Path) -> None:
    inputs = [SAMPLES, write_yearly_bulletins(tmp_path / "yearly")]
    one = report_page(tmp_path / "one.html", *inputs, jobs=1)
    two = report_page(tmp_path / "two.html", *inputs, jobs=2)
    assert one == two


def test_each_document_is_stored_once_with_its_text_as_read(tmp_path: Path) -> None:
    folder = write_tricky(tmp_path / "tricky")
    page = report_page(tmp_path / "report.html", folder)
    documents = index_of(page)["documents"]
    assert isinstance(documents, list)
    assert [Path(document["source"]).name for document in documents] == sorted(path.name for path in folder.iterdir())
    for i, document in enumerate(documents):
        element = re.search(rf'<script type="application/json" id="{DOCUMENT_ID}{i}">(.*?)</script>', page, re.S)
        assert element is not None
        stored = json.loads(element.group(1))
        # the decoded file, line ends and all: the records' offsets point into it
        assert stored["text"] == Path(document["source"]).read_bytes().decode("utf-8")
        assert len(stored["contexts"]) == len(set(stored["contexts"]))  # each sentence once


@pytest.mark.parametrize(
    ("value", "stored"),
    [
        pytest.param("1640000000", 1640000000, id="an integer"),
        pytest.param("36.8", 36.8, id="a decimal a float keeps"),
        pytest.param("0.0001", 0.0001, id="the smallest plain float"),
        pytest.param("9007199254740992", 9007199254740992, id="2**53"),
        pytest.param("9007199254740993", "9007199254740993", id="past 2**53: text"),
        pytest.param("12345678901234567.89", "12345678901234567.89", id="more digits than a float: text"),
        pytest.param("0.1234567890123456789", "0.1234567890123456789", id="a long fraction: text"),
        pytest.param("0.00005", "5e-05", id="Python's exponent style, not JavaScript's: text"),
        pytest.param("1E-400", "1E-400", id="below a float's range: text"),
        pytest.param("1.5E+20", "150000000000000000000", id="a large integer: text"),
    ],
)
def test_values_a_browser_would_change_are_stored_as_their_json_text(value: str, stored: object) -> None:
    assert number(Decimal(value)) == stored
    assert type(number(Decimal(value))) is type(stored)


# ---- safety ----


@pytest.mark.parametrize(
    "text",
    ["</script><script>alert(1)</script>", "</SCRIPT >", "<!-- <script>", "a\u2028b\u2029c", "&lt;&amp;", "\udcff"],
)
def test_data_in_a_script_element_cannot_end_it(text: str) -> None:
    stored = script_json({"text": text})
    assert "<" not in stored and ">" not in stored and "&" not in stored
    assert "\u2028" not in stored and "\u2029" not in stored
    stored.encode("utf-8")  # lone surrogates are escaped: UTF-8 carries the page
    assert json.loads(stored) == {"text": text}


class Elements(html.parser.HTMLParser):
    """Every element of a page as the browser's parser would open it, and the text of its scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.code: list[str] = []  # the text of each script that runs (no type: JavaScript)
        self.styles: list[str] = []
        self._text: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script" and "type" not in dict(attrs):
            self._text = self.code
        elif tag == "style":
            self._text = self.styles
        else:
            return
        self._text.append("")

    def handle_endtag(self, tag: str) -> None:
        self._text = None

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text[-1] += data


def test_input_text_never_becomes_markup(tmp_path: Path) -> None:
    folder = write_hostile(tmp_path / "hostile")
    page = report_page(tmp_path / "report.html", folder)
    parsed = Elements()
    parsed.feed(page)
    template = Elements()
    template.feed(report_page(tmp_path / "empty.html", write_tricky(tmp_path / "tricky") / "empty.txt"))
    # the same elements as a page of a harmless document: none came from the input
    assert [tag for tag, _ in parsed.tags] == [tag for tag, _ in template.tags]
    assert not any(name.startswith("on") for _, attributes in parsed.tags for name in attributes)
    assert len(parsed.code) == 1  # the page's own script; the rest hold data
    for piece in HOSTILE_PIECES:
        assert piece not in page
    # and yet every character is there, in the data
    records = read_records(page)
    assert {record["source"] for record in records} == {str(folder / HOSTILE_NAME)}
    stored = re.search(rf'id="{DOCUMENT_ID}0">(.*?)</script>', page, re.S)
    assert stored is not None and json.loads(stored.group(1))["text"] == HOSTILE_TEXT


def sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def test_the_content_security_policy_allows_only_the_pages_own_code(tmp_path: Path) -> None:
    page = report_page(tmp_path / "report.html", SAMPLES)
    parsed = Elements()
    parsed.feed(page)
    policies = [
        attributes["content"]
        for tag, attributes in parsed.tags
        if tag == "meta" and attributes.get("http-equiv") == "Content-Security-Policy"
    ]
    assert len(policies) == 1 and policies[0] is not None
    directives = dict(directive.strip().split(" ", 1) for directive in policies[0].split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == f"'{sha256(parsed.code[0])}'"
    assert directives["style-src"] == f"'{sha256(parsed.styles[0])}'"
    assert "unsafe" not in policies[0] and "http" not in policies[0] and "*" not in policies[0]
    # the policy stands before anything it governs
    assert page.index("Content-Security-Policy") < page.index("<style>") < page.index("<script")


def test_the_page_fetches_nothing_and_writes_no_markup_from_data() -> None:
    script = asset("report.js")
    style = asset("report.css")
    markup = asset("report.html")
    # the only URL is SVG's namespace, a name rather than an address
    assert re.findall(r"https?://[^'\" )]+", script + style + markup) == ["http://www.w3.org/2000/svg"]
    for text in (style, markup):
        assert not re.search(r"\b(src|href|action)\s*=|url\(|@import", text)
    # the one address the script sets is the CSV export's, a blob: URL of data made in the page
    assert re.findall(r"\b(?:src|href|action)\s*=.*", script) == ["href = url;"]
    assert "var url = URL.createObjectURL(new Blob(" in script
    assert not re.search(r"url\(|@import", script)
    for risky in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "Function(", "fetch("):
        assert risky not in script
    assert "XMLHttpRequest" not in script and "WebSocket" not in script and "import(" not in script
    assert not re.search(r"(?i)</script|<!--", script) and not re.search(r"(?i)</style", style)


# ---- size ----


def test_a_report_is_smaller_than_three_times_its_json_lines(tmp_path: Path) -> None:
    inputs = [SAMPLES, write_yearly_bulletins(tmp_path / "yearly")]
    if CORPUS.is_dir():
        inputs.append(CORPUS)
    done = run_presscan("extract", "--format", "jsonl", *inputs)
    page = report_page(tmp_path / "report.html", *inputs)
    assert len(page.encode("utf-8")) < 3 * len(done.stdout.encode("utf-8"))


# ---- the command ----


def test_the_page_goes_to_stdout_when_piped() -> None:
    done = run_presscan("report", str(SAMPLES / "bulletin.txt"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("<!DOCTYPE html>") and done.stdout.rstrip().endswith("</html>")
    assert read_records(done.stdout) == extract_records(SAMPLES / "bulletin.txt")


def test_a_terminal_is_no_place_for_the_page() -> None:
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [str(installed_script()), "report", str(SAMPLES / "bulletin.txt")],
            stdout=follower,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(follower)
        os.close(leader)
    assert done.returncode == 2
    assert done.stderr == "presscan: error: name the report's file: -o report.html (or pipe the page somewhere)\n"


def test_open_needs_a_file() -> None:
    result = runner.invoke(app, ["report", "--open", str(SAMPLES / "bulletin.txt")])
    assert result.exit_code == 2
    assert result.stderr == "presscan: error: --open needs the report's file: -o report.html\n"


def test_open_shows_the_written_report_in_the_browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", opened.append)
    output = tmp_path / "report.html"
    result = runner.invoke(app, ["report", "--jobs", "1", "-o", str(output), "--open", str(SAMPLES / "bulletin.txt")])
    assert result.exit_code == 0, result.stderr
    assert opened == [output.resolve().as_uri()]
    assert output.is_file()


def test_an_input_that_cannot_be_read_is_reported_and_listed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("全省建成充电桩890台。", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    output = tmp_path / "report.html"
    done = run_presscan("report", "-o", output, tmp_path / "a.txt", tmp_path / "b.txt")
    assert done.returncode == 1
    assert done.stderr.startswith(f"presscan: error: {tmp_path / 'b.txt'}: looks like a binary file")
    documents = index_of(output.read_text(encoding="utf-8"))["documents"]
    assert isinstance(documents, list)
    assert [(document["figures"], document["error"] is None) for document in documents] == [(1, True), (0, False)]
    assert "looks like a binary file" in documents[1]["error"]


def test_fail_fast_keeps_a_complete_page_of_what_was_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("全省建成充电桩890台。", encoding="utf-8")
    output = tmp_path / "report.html"
    done = run_presscan("report", "--fail-fast", "-o", output, tmp_path / "a.txt", tmp_path / "missing.txt")
    assert done.returncode == 1
    page = output.read_text(encoding="utf-8")
    assert page.rstrip().endswith("</html>") and len(read_records(page)) == 1


def test_an_output_that_cannot_be_written_is_one_line_and_exit_4(tmp_path: Path) -> None:
    output = tmp_path / "no-such-folder" / "report.html"
    done = run_presscan("report", "-o", output, SAMPLES / "bulletin.txt")
    assert done.returncode == 4
    assert done.stderr == f"presscan: error: {output}: folder {output.parent} does not exist\n"
    assert not output.parent.exists()


def test_results_carry_their_text_only_when_asked(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("全省建成充电桩890台。\r\n", encoding="utf-8")
    source = str(tmp_path / "a.txt")
    [kept] = batch.run([source], default_patterns(), keep_text=True)
    [plain] = batch.run([source], default_patterns())
    assert kept.text == "全省建成充电桩890台。\r\n" and plain.text is None
    assert kept.figures == plain.figures
