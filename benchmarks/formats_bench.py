"""How fast presscan reads PDF and HTML, and how the PDF library was chosen.

    python benchmarks/formats_bench.py          (reportlab builds the PDF: pip install '.[test]';
                                                 pdfplumber and trafilatura are compared when installed)

Prints, measured in one run (the machine is shared: compare the ratios, not the seconds):

- PDF: a 50-page text PDF made by reportlab (the fixture bulletin's paragraphs and a
  table on every page), read by presscan's reader (pypdfium2) and, when installed, by
  pdfplumber (pdfminer.six): seconds per 10 pages (target: under 1) and the ratio; and
  whether each gives the fixture bulletin's text (running header and page numbers out,
  a figure broken across lines joined);
- HTML: extraction of the fixture page's article, and reading the page first: what
  reading adds to extraction (target: under 20 %); trafilatura's time for the same page
  when installed, and whether its text keeps the tables and leaves out the page's furniture.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "formats"
sys.path.insert(0, str(REPO / "tools"))
PAGES = 50
ROUNDS = 5


def best(work: Callable[[], object], rounds: int = ROUNDS) -> float:
    """The fastest of a few runs, in seconds (the least disturbed by the rest of the machine)."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def fifty_pages(path: Path) -> None:
    import build_fixtures as fixtures

    pages = fixtures._Pages(path)
    paragraphs = [item for kind, item in fixtures.BODY if kind == "paragraph" and isinstance(item, str)]
    table = next(item for kind, item in fixtures.BODY if kind == "table" and not isinstance(item, str))
    while pages.page <= PAGES:
        for paragraph in paragraphs:
            lines = fixtures._wrapped(paragraph)
            for index, line in enumerate(lines):
                pages.line(line, fixtures.SIZE, "justify" if index < len(lines) - 1 else "left")
        pages.line(table[0], 11, "centre")
        pages.table(table[2])
    pages.canvas.showPage()
    pages.save()


def pdf() -> None:
    from presscan.readers import open_document

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fifty.pdf"
        fifty_pages(path)
        import pypdfium2

        count = len(pypdfium2.PdfDocument(str(path)))
        ours = best(lambda: open_document(str(path)))
        print(
            f"PDF, {count} pages: presscan (pypdfium2) {ours:.3f} s, {ours / count * 10:.3f} s per 10 pages (target < 1)"
        )
        try:
            import pdfplumber
        except ImportError:
            print("PDF: pdfplumber is not installed; pip install pdfplumber to compare")
            return

        def plumber() -> str:
            with pdfplumber.open(str(path)) as document:
                return "\n".join(page.extract_text() or "" for page in document.pages)

        theirs = best(plumber, 2)
        print(f"PDF, {count} pages: pdfplumber {theirs:.3f} s, {theirs / count * 10:.3f} s per 10 pages")
        print(f"PDF ratio: pdfplumber takes {theirs / ours:.1f}x presscan's time")
    expected = (FIXTURES / "bulletin.txt").read_text(encoding="utf-8")
    ours_text = open_document(str(FIXTURES / "bulletin.pdf")).text
    with pdfplumber.open(str(FIXTURES / "bulletin.pdf")) as document:
        plain = "\n".join(page.extract_text() or "" for page in document.pages)
    print(f"PDF fixture: presscan's text is the bulletin's: {ours_text == expected}")
    print(
        "PDF fixture: pdfplumber's text keeps the running header:"
        f" {'2026年第3期' in plain}, the page numbers: {'- 1 -' in plain},"
        f" and breaks 3.1% across lines: {'增长3.1%' not in plain}"
    )


def long_page(path: Path, copies: int) -> None:
    """The fixture page with its article written `copies` times: the length of a full bulletin."""
    page = (FIXTURES / "bulletin.html").read_bytes().decode("gb2312")
    start = page.index('<div class="TRS_Editor">') + len('<div class="TRS_Editor">')
    end = page.index('<div class="share-bar">')
    article = page[start:end].rsplit("</div>", 1)[0]
    path.write_bytes((page[:start] + article * copies + "</div>\n" + page[end:]).encode("gb2312", "xmlcharrefreplace"))


def html() -> None:
    from presscan import default_patterns, extract
    from presscan.readers import Document, locate, open_document
    from presscan.tables import with_tables

    patterns = default_patterns()

    def extraction(document: Document) -> object:
        # what presscan does with a document's text once read: the core, the tables, the pages
        figures, located = with_tables(extract(document.text, patterns=patterns), document, patterns)
        return locate(figures, located)

    fixture_reading = 0.0
    with tempfile.TemporaryDirectory() as folder:
        long = Path(folder) / "long.html"
        long_page(long, 15)
        for name, page in (("the fixture page", str(FIXTURES / "bulletin.html")), ("a full-length page", str(long))):
            document = open_document(page)
            text = document.text
            extraction(document)  # warm up: the lexicon
            times_extract, times_read = [], []
            for _ in range(ROUNDS * 4):
                start = time.perf_counter()
                extraction(document)
                times_extract.append(time.perf_counter() - start)
                start = time.perf_counter()
                open_document(page)
                times_read.append(time.perf_counter() - start)
            extracting, reading = statistics.median(times_extract), statistics.median(times_read)
            fixture_reading = fixture_reading or reading
            print(
                f"HTML, {name} ({len(text)} characters of article): extraction {extracting * 1000:.2f} ms,"
                f" reading the page {reading * 1000:.2f} ms: reading adds {reading / extracting:.0%} (target < 20 %)"
            )
    page = str(FIXTURES / "bulletin.html")
    try:
        import trafilatura
    except ImportError:
        print("HTML: trafilatura is not installed; pip install trafilatura to compare")
        return
    data = Path(page).read_bytes()
    trafilatura.extract(data)
    theirs = statistics.median(
        [best(lambda: trafilatura.extract(data, include_tables=True), 1) for _ in range(ROUNDS * 4)]
    )
    got = trafilatura.extract(data, include_tables=True) or ""
    print(
        f"HTML: trafilatura {theirs * 1000:.2f} ms for the fixture page: {theirs / fixture_reading:.1f}x presscan's reader"
    )
    print(
        f"HTML: trafilatura's text has the title: {'青岚市2025年国民经济和社会发展统计公报' in got},"
        f" table cells: {'143.6' in got}, the view counter: {'3862' in got}"
    )


if __name__ == "__main__":
    pdf()
    html()
