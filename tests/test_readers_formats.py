"""The HTML, PDF and Word readers one rule at a time: charsets, line breaks, furniture, page numbers,
paragraphs across lines, merged table cells. Each row is an input of our own and the exact text read."""

from __future__ import annotations

import io
import zipfile

import pytest

from presscan import default_patterns
from presscan.readers import Document, ReadOptions, choose_reader, docx, html, pdf

OPTIONS = ReadOptions()


def _html(body: str, head: str = "") -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()


HTML_TEXT = [
    # (page, the text read)
    (_html("<p>全年粮食产量146.2万吨。</p><p>增长1.8%。</p>"), "全年粮食产量146.2万吨。\n增长1.8%。\n"),
    (_html("<div>青岚市统计局<br>2026年3月10日</div>"), "青岚市统计局\n2026年3月10日\n"),
    (_html("<ul><li>粮食146.2万吨</li><li>蔬菜287.5万吨</li></ul>"), "粮食146.2万吨\n蔬菜287.5万吨\n"),
    # entities decoded; white space of the source collapsed, none left between Chinese characters
    (_html("<p>地区生产\n  总值&nbsp;2718.6&#20159;元，增长5.4&#x25;。</p>"), "地区生产总值 2718.6亿元，增长5.4%。\n"),
    # scripts, styles, hidden elements and comments are no text
    (
        _html("<script>var n=5;</script><!-- 访问量 --><p>全年增长5.4%。</p><p hidden>隐藏的3.2%</p>"),
        "全年增长5.4%。\n",
    ),
    # a table for layout (a table inside it) is walked into; the data table inside is kept whole
    (
        _html(
            "<table><tr><td><p>全年粮食产量146.2万吨，比上年增长1.8%。</p>"
            "<table><tr><th>指标</th><th>产量</th></tr><tr><td>粮食</td><td>146.2</td></tr></table></td></tr></table>"
        ),
        "全年粮食产量146.2万吨，比上年增长1.8%。\n指标\t产量\n粮食\t146.2\n",
    ),
    # spanned cells stand in their first row and column; the others are empty, nothing shifts
    (
        _html(
            "<table><tr><th rowspan=2>指标</th><th colspan=2>2025年</th></tr><tr><th>绝对数</th><th>增长%</th></tr>"
            "<tr><td>粮食</td><td>146.2</td><td>1.8</td></tr></table>"
        ),
        "指标\t2025年\t\n\t绝对数\t增长%\n粮食\t146.2\t1.8\n",
    ),
]


@pytest.mark.parametrize(("page", "expected"), HTML_TEXT, ids=[expected for _, expected in HTML_TEXT])
def test_html_text(page: bytes, expected: str) -> None:
    assert html.read(page, "page.html", OPTIONS).text == expected


ARTICLE = "".join(
    f"<p>第{n}段：全年全市地区生产总值2718.6亿元，比上年增长5.4%，经济运行总体平稳。</p>" for n in range(3)
)


@pytest.mark.parametrize(
    "furniture",
    [
        '<div class="nav"><a href="/">首页</a><a href="/a">统计数据</a><a href="/b">统计公报</a></div>',
        '<div id="footer-box">版权所有：青岚市统计局 联系电话：0372-5556123 您是第2034561位访客</div>',
        "<footer>豫ICP备12004567号 今日访问量：1280次</footer>",
        '<div class="share_bar">分享到：微信 微博 已有1520人分享</div>',
        "<div>【打印本页】【关闭窗口】 浏览次数：3862次</div>",
        "<div><a href='/1'>2024年统计公报（共12页）</a> <a href='/2'>2023年统计公报（共10页）</a></div>",
    ],
)
def test_html_furniture_gives_no_text(furniture: str) -> None:
    page = _html(f"{furniture}<div class='content'><h1>青岚市统计公报</h1>{ARTICLE}</div>{furniture}")
    text = html.read(page, "page.html", OPTIONS).text
    assert text.splitlines()[0] == "青岚市统计公报" and len(text.splitlines()) == 4, text


def test_html_h1_outside_the_article_comes_first() -> None:
    page = _html(
        f"<div class='title'><h1>青岚市统计公报</h1></div><div class='info'>来源：统计局</div><div>{ARTICLE}</div>"
    )
    assert html.read(page, "page.html", OPTIONS).text.splitlines()[0] == "青岚市统计公报"


CHARSETS = [
    # (bytes, what the server declares, the encoding read)
    ('<meta charset="gbk"><p>增长5.4%。</p>'.encode("gbk"), None, "gb18030"),
    (
        '<meta http-equiv="Content-Type" content="text/html; charset=GB2312"><p>增长5.4%。</p>'.encode("gb2312"),
        None,
        "gb18030",
    ),
    ('<meta charset="utf-8"><p>增长5.4%。</p>'.encode(), None, "utf-8"),
    # the server's charset wins over the page's
    ('<meta charset="gbk"><p>增长5.4%。</p>'.encode(), "utf-8", "utf-8"),
    # a page that declares one charset and is written in another: detected
    ('<meta charset="utf-8"><p>全年增长5.4%。</p>'.encode("gbk"), None, "gb18030"),
    # none declared: detected as for text
    ("<html><p>全年增长5.4%。</p></html>".encode("gb18030"), None, "gb18030"),
]


@pytest.mark.parametrize(("data", "declared", "encoding"), CHARSETS, ids=[str(i) for i in range(len(CHARSETS))])
def test_html_charset(data: bytes, declared: str | None, encoding: str) -> None:
    document = html.read(b"<!DOCTYPE html>" + data, "page.html", ReadOptions(declared_encoding=declared))
    assert (document.encoding, "增长5.4%" in document.text) == (encoding, True)


def test_html_is_recognised_by_its_content() -> None:
    assert choose_reader(b"\n  <!DOCTYPE HTML>\n<html>", "bulletin.txt").name == "html"
    assert choose_reader(b"<html><body>", "-").name == "html"
    assert choose_reader("全年增长5.4%。<br>".encode(), "notes.txt").name == "text"


# ----- PDF: the layout of lines ------------------------------------------------------------------


def _line(
    text: str, page: int, y: float, left: float = 60.0, right: float | None = None, size: float = 12.0
) -> pdf._Line:
    width = sum(size if not c.isascii() else size / 2 for c in text)
    return pdf._Line([(text, left, right if right is not None else left + width)], y, size, page)


def _laid_out(pages: list[list[pdf._Line]]) -> Document:
    return pdf._layout(pages, [595.0] * len(pages), default_patterns().pages, "report.pdf")


@pytest.mark.parametrize("number", ["- {n} -", "第 {n} 页", "第{n}页 共3页", "{n}", "— {n} —", "{n}/3"])
def test_pdf_page_numbers_and_running_headers_are_dropped(number: str) -> None:
    pages = [
        [
            _line("青岚市统计局 统计公报", page, 560, size=9),
            _line(f"全年粮食产量{page}46.2万吨。", page, 500, left=84),
            _line(number.format(n=page), page, 40, left=200, size=9),
        ]
        for page in (1, 2, 3)
    ]
    document = _laid_out(pages)
    assert document.text == "全年粮食产量146.2万吨。\n全年粮食产量246.2万吨。\n全年粮食产量346.2万吨。\n"
    # a page ends where the next begins: the line break between them is on the next
    assert [(r.start, r.end, r.page) for r in document.regions] == [(0, 14, 1), (14, 29, 2), (29, 45, 3)]


def test_pdf_lines_of_a_paragraph_are_joined_and_a_new_one_starts_indented() -> None:
    right = 360.0
    pages = [
        [
            _line("全年全市地区生产总值2718.6亿", 1, 500, left=84, right=right),
            _line("元，比上年增长5.4%。Gross", 1, 482, right=right),
            _line("product grew.", 1, 464),
            _line("年末常住人口412.5万人。", 1, 446, left=84),
        ],
        [_line("二、农业", 2, 500, size=14)],
    ]
    assert _laid_out(pages).text == (
        "全年全市地区生产总值2718.6亿元，比上年增长5.4%。Gross product grew.\n年末常住人口412.5万人。\n二、农业\n"
    )


def test_pdf_without_indents_ends_a_paragraph_at_a_sentence_end() -> None:
    right = 360.0
    lines = [
        _line("全年全市地区生产总值2718.6亿元，比上年增", 1, 500, right=right),
        _line("长5.4%。第一产业增加值186.3亿元，增长3.1%。", 1, 482, right=right),
        _line("年末常住人口412.5万人。", 1, 464),
    ]
    assert _laid_out([lines]).text == (
        "全年全市地区生产总值2718.6亿元，比上年增长5.4%。第一产业增加值186.3亿元，增长3.1%。\n年末常住人口412.5万人。\n"
    )


# ----- Word: merged cells and runs ----------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(body: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>')
    return buffer.getvalue()


def _p(*runs: str) -> str:
    return "<w:p>" + "".join(f"<w:r><w:t>{run}</w:t></w:r>" for run in runs) + "</w:p>"


def _tc(text: str, properties: str = "") -> str:
    return f"<w:tc><w:tcPr>{properties}</w:tcPr>{_p(text)}</w:tc>"


DOCX_TEXT = [
    (_p("全年粮食产量", "146.2", "万吨。"), "全年粮食产量146.2万吨。\n"),
    ("<w:p><w:r><w:t>青岚市统计局</w:t><w:br/><w:t>2026年3月10日</w:t></w:r></w:p>", "青岚市统计局\n2026年3月10日\n"),
    # deleted text is not read, inserted text is
    (
        "<w:p><w:r><w:t>增长</w:t></w:r><w:del><w:r><w:delText>9.9</w:delText></w:r></w:del>"
        "<w:ins><w:r><w:t>5.4</w:t></w:r></w:ins><w:r><w:t>%。</w:t></w:r></w:p>",
        "增长5.4%。\n",
    ),
    # a cell spanning two columns, and one merged down from the row above, leave the others empty
    (
        "<w:tbl><w:tr>"
        + _tc("指标", '<w:vMerge w:val="restart"/>')
        + _tc("2025年", '<w:gridSpan w:val="2"/>')
        + "</w:tr><w:tr>"
        + _tc("", "<w:vMerge/>")
        + _tc("绝对数")
        + _tc("增长%")
        + "</w:tr><w:tr>"
        + _tc("粮食")
        + _tc("146.2")
        + _tc("1.8")
        + "</w:tr></w:tbl>",
        "指标\t2025年\t\n\t绝对数\t增长%\n粮食\t146.2\t1.8\n",
    ),
]


@pytest.mark.parametrize(("body", "expected"), DOCX_TEXT, ids=[expected for _, expected in DOCX_TEXT])
def test_docx_text(body: str, expected: str) -> None:
    assert docx.read(_docx(body), "report.docx", OPTIONS).text == expected
