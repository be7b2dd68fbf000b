"""The report page: one HTML file, its style and script inline, its data in JSON elements.

    with atomic_output(Path("report.html")) as stream:
        page = ReportPage(stream)
        page.add_document("a.txt", text, figures)
        page.add_failure("b.txt", "b.txt: not valid utf-8 at byte 3")
        page.close()

The page is written as the documents come: the head (with its Content-Security-
Policy), then each document's text in an element of its own, and at the end the
index (every document, and every record as a row: presscan.report.data) and the
script. A browser renders a document only when it is opened, so a report of
thousands of documents opens at once; the script builds the table and the
charts from the index.

Nothing in the page is fetched: the style and the script are the files in
assets/, inline; the Content-Security-Policy allows exactly those two (by their
SHA-256) and nothing else, no network, no other script, no event handler
attribute. The script writes every piece of input text into the page as text
(textContent), never as markup; data stands in `<script type="application/json">`
elements, escaped by presscan.report.data.script_json.
"""

from __future__ import annotations

import base64
import functools
import hashlib
from importlib import resources
from typing import IO

from presscan import SCHEMA_VERSION, __version__
from presscan.record import Figure
from presscan.report.data import DOCUMENT_ID, FIGURE_FIELDS, INDEX_ID, LAYOUT, DocumentRows, script_json
from presscan.writers.columns import COLUMNS

# Format of the page's data (the index and the document elements), for scripts that read it.
DATA_VERSION = 1


def asset(name: str) -> str:
    """A file of presscan/report/assets as text."""
    return (resources.files("presscan.report") / "assets" / name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


class Template:
    """The page's parts: the markup before the data, the markup after it."""

    def __init__(self) -> None:
        style = asset("report.css")
        script = asset("report.js")
        policy = (
            "default-src 'none'; "
            f"script-src '{_sha256(script)}'; "
            f"style-src '{_sha256(style)}'; "
            "img-src data:; base-uri 'none'; form-action 'none'"
        )
        page = (
            asset("report.html")
            .replace("{{POLICY}}", policy)
            .replace("{{VERSION}}", __version__)
            .replace("{{STYLE}}", style)
        )
        head, _, tail = page.partition("{{DATA}}")
        self.policy = policy
        self.head = head
        self.tail = tail.replace("{{SCRIPT}}", script)


@functools.cache
def template() -> Template:
    return Template()


class ReportPage:
    """A report written to `stream` as documents are added; `close()` ends the page."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.documents: list[dict[str, object]] = []
        self.rows: list[str] = []  # each document's rows, as JSON text without the brackets
        self.closed = False
        stream.write(template().head)

    def add_document(
        self,
        source: str,
        text: str,
        figures: list[Figure],
        format: str | None = None,
        encoding: str | None = None,
    ) -> None:
        """One document read: its text and its records (whose offsets point into the text)."""
        index = len(self.documents)
        document = DocumentRows(index, text)
        for figure in figures:
            document.add(figure)
        self._element(f"{DOCUMENT_ID}{index}", document.element_data())
        if document.rows:
            self.rows.append(script_json(document.rows)[1:-1])
        self.documents.append(
            {
                "source": source,
                "format": format,
                "encoding": encoding,
                "figures": len(figures),
                "characters": len(text),
                "error": None,
            }
        )

    def add_failure(self, source: str, error: str) -> None:
        """An input that could not be read: listed in the report with the error."""
        self.documents.append(
            {"source": source, "format": None, "encoding": None, "figures": 0, "characters": 0, "error": error}
        )

    def close(self) -> None:
        """Write the index and the script: the page is complete."""
        if self.closed:
            return
        self.closed = True
        head = script_json(
            {
                "data_version": DATA_VERSION,
                "presscan": __version__,
                "schema": SCHEMA_VERSION,
                "fields": FIGURE_FIELDS,
                "layout": LAYOUT,
                "columns": COLUMNS,
                "documents": self.documents,
            }
        )
        self.stream.write(f'<script type="application/json" id="{INDEX_ID}">{head[:-1]},"figures":[')
        self.stream.write(",".join(self.rows))
        self.stream.write("]}</script>\n")
        self.stream.write(template().tail)

    def _element(self, element_id: str, data: object) -> None:
        self.stream.write(f'<script type="application/json" id="{element_id}">{script_json(data)}</script>\n')
