"""Build the test documents of tests/fixtures/formats/: one bulletin, as published.

    python tools/build_fixtures.py [FOLDER]     (needs reportlab: pip install '.[test]')

The same bulletin (written for these tests; no real city) as:

- bulletin.txt   plain text, its two tables as tab-separated rows (the reference);
- bulletin.html  a GB2312 page of a statistics bureau's site: menus, a breadcrumb,
                 a visitor counter, share buttons, a footer with the copyright line,
                 an ICP number and a phone number around the article and its tables;
- bulletin.pdf   made by reportlab (another producer than pdfium, which presscan reads
                 with) in its built-in Chinese font STSong-Light: A5 pages with a
                 running header and "- N -" page numbers, paragraphs wrapped by hand
                 so that figures break across lines (2718.6亿 | 元) and a paragraph
                 across a page, a table whose numbers are right-aligned under a
                 `单位：万吨` line;
- bulletin.docx  Office Open XML written directly: paragraphs, two tables, a page
                 header (not part of the text);
- scanned.pdf    a page with a drawing and no text layer;
- encrypted.pdf  bulletin text behind a password.

The tests compare presscan's records with gold lists written by hand
(tests/test_formats.py), never with the data here.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "formats"

TITLE = "青岚市2025年国民经济和社会发展统计公报"
BY = "青岚市统计局"
DATE = "2026年3月10日"

# The bulletin: headings, paragraphs and tables in order. A table is
# (title, caption or None, rows, note or None).
Table = tuple[str, str | None, list[list[str]], str | None]
BODY: list[tuple[str, str] | tuple[str, Table]] = [
    ("heading", "一、综合"),
    (
        "paragraph",
        "初步核算，全年全市地区生产总值2718.6亿元，比上年增长5.4%。其中，第一产业增加值186.3亿元，"
        "增长3.1%；第二产业增加值1042.7亿元，增长5.9%；第三产业增加值1489.6亿元，增长5.3%。",
    ),
    ("paragraph", "年末全市常住人口412.5万人，比上年末增加2.3万人。全年城镇新增就业6.8万人，城镇调查失业率为5.1%。"),
    ("heading", "二、农业"),
    (
        "paragraph",
        "全年粮食播种面积318.4万亩，比上年增加1.2万亩。粮食总产量146.2万吨，增长1.8%。蔬菜产量287.5万吨，增长3.6%。",
    ),
    (
        "table",
        (
            "表1 2025年主要农产品产量",
            "单位：万吨",
            [
                ["指标", "2024年", "2025年", "比上年增长%"],
                ["粮食", "143.6", "146.2", "1.8"],
                ["蔬菜", "277.5", "287.5", "3.6"],
                ["水果①", "64.9", "…", "—"],
                ["肉类", "22.2", "21.7", "-2.3"],
            ],
            "注：①水果产量统计口径调整，当年数据待核。",
        ),
    ),
    ("heading", "三、工业和建筑业"),
    (
        "paragraph",
        "全年规模以上工业增加值比上年增长6.7%。全市新能源汽车产量8.62万辆，增长34.5%；工业机器人产量1260套，"
        "增长18.2%。全年建筑业总产值905.4亿元，增长2.6%。",
    ),
    ("heading", "四、国内贸易和居民收入"),
    (
        "paragraph",
        "全年社会消费品零售总额1236.8亿元，比上年增长4.9%。城镇居民人均可支配收入48526元，增长4.6%；"
        "农村居民人均可支配收入23190元，增长6.2%。",
    ),
    (
        "table",
        (
            "表2 2025年主要经济指标",
            None,
            [
                ["指标", "绝对数", "比上年增长%"],
                ["地区生产总值(亿元)", "2718.6", "5.4"],
                ["规模以上工业增加值(亿元)", "865.3", "6.7"],
                ["社会消费品零售总额(亿元)", "1236.8", "4.9"],
                ["城镇居民人均可支配收入(元)", "48526*", "4.6"],
            ],
            "注：*为抽样调查数据。",
        ),
    ),
]


def text_lines() -> list[str]:
    """The bulletin as plain text: a line per paragraph, a table as tab-separated rows."""
    lines = [TITLE, BY, DATE]
    for _kind, item in BODY:
        if isinstance(item, str):
            lines.append(item)
            continue
        title, caption, rows, note = item
        lines.append(title)
        if caption:
            lines.append(caption)
        lines.extend("\t".join(row) for row in rows)
        if note:
            lines.append(note)
    return lines


def build_text() -> None:
    (OUT / "bulletin.txt").write_text("\n".join(text_lines()) + "\n", encoding="utf-8")


def build_html() -> None:
    article: list[str] = []
    for kind, item in BODY:
        if isinstance(item, str):
            tag = "h3" if kind == "heading" else "p"
            article.append(f'<{tag} style="text-indent:2em">{escape(item)}</{tag}>')
            continue
        title, caption, rows, note = item
        article.append(f'<p align="center"><b>{escape(title)}</b></p>')
        if caption:
            article.append(f'<p align="right">{escape(caption)}</p>')
        body = []
        for index, row in enumerate(rows):
            cell = "th" if index == 0 else "td"
            body.append("<tr>" + "".join(f"<{cell}>{escape(value)}</{cell}>" for value in row) + "</tr>")
        article.append('<table border="1" cellspacing="0" width="90%">\n' + "\n".join(body) + "\n</table>")
        if note:
            article.append(f"<p>{escape(note)}</p>")
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{TITLE}_青岚市统计局</title>
<script>var visits = 1234567; document.title += "";</script>
<style>.nav li {{ float: left; }}</style>
</head>
<body>
<div class="top">
  <div class="logo"><img src="logo.png" alt="青岚市统计局"></div>
  <ul class="nav">
    <li><a href="/">首页</a></li><li><a href="/tjdt/">统计动态</a></li><li><a href="/tjsj/">统计数据</a></li>
    <li><a href="/tjgb/">统计公报</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li>
  </ul>
</div>
<div class="location">您现在的位置：<a href="/">首页</a> &gt; <a href="/tjsj/">统计数据</a> &gt; 统计公报</div>
<table width="1000" align="center"><tr>
<td width="200" valign="top">
  <div class="leftmenu"><a href="/tjgb/2024.html">2024年统计公报</a><br><a href="/tjgb/2023.html">2023年统计公报</a><br>
  <a href="/tjnj/">统计年鉴（共12卷）</a></div>
</td>
<td valign="top">
<div class="article">
<h1>{TITLE}</h1>
<div class="info">发布时间：2026-03-10&nbsp;&nbsp;来源：{BY}&nbsp;&nbsp;浏览次数：3862次&nbsp;&nbsp;【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="TRS_Editor">
<p style="text-align:right">{BY}<br>{DATE}</p>
{chr(10).join(article)}
</div>
<div class="share-bar">分享到：<a href="#">微信</a> <a href="#">微博</a> 已有1520人分享</div>
<div class="print">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
</td></tr></table>
<div class="footer">
  <p>版权所有：青岚市统计局&nbsp;&nbsp;地址：青岚市人民路18号&nbsp;&nbsp;邮编：455000</p>
  <p>联系电话：0372-5556123&nbsp;&nbsp;传真：0372-5556124</p>
  <p>豫ICP备12004567号-1&nbsp;&nbsp;网站标识码：4105000012</p>
  <p>您是第2034561位访客&nbsp;&nbsp;今日访问量：1280次</p>
</div>
</body>
</html>
"""
    (OUT / "bulletin.html").write_bytes(page.encode("gb2312", errors="xmlcharrefreplace"))


# ----- PDF (reportlab) ----------------------------------------------------------------
PAGE_WIDTH, PAGE_HEIGHT = 420.0, 595.0  # A5, points
LEFT, TOP, BOTTOM = 60.0, 530.0, 52.0
SIZE = 12.0
LINE = 20.0
PER_LINE = 25  # characters of 12 pt in the text width (300 pt)


def _wrapped(paragraph: str) -> list[str]:
    """A paragraph cut into lines as a typesetter would: two characters of indent, then full lines
    (a figure may be cut anywhere: 2718.6亿 | 元)."""
    lines = []
    rest = "\u3000\u3000" + paragraph
    while rest:
        width, cut = 0.0, 0
        while cut < len(rest) and width + _width(rest[cut]) <= PER_LINE + 0.01:
            width += _width(rest[cut])
            cut += 1
        lines.append(rest[:cut])
        rest = rest[cut:]
    return lines


def _width(char: str) -> float:
    return 0.5 if char.isascii() else 1.0


class _Pages:
    def __init__(self, path: Path, password: str | None = None) -> None:
        from reportlab.lib.pdfencrypt import StandardEncryption
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        encrypt = StandardEncryption(password, canModify=0) if password else None
        self.canvas = canvas.Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), encrypt=encrypt, invariant=1)
        self.canvas.setAuthor(BY)
        self.page = 0
        self.y = 0.0
        self.new_page()

    def new_page(self) -> None:
        if self.page:
            self.canvas.showPage()
        self.page += 1
        c = self.canvas
        c.setFont("STSong-Light", 9)
        c.drawString(LEFT, PAGE_HEIGHT - 40, "青岚市统计局　统计公报")
        c.drawRightString(PAGE_WIDTH - LEFT, PAGE_HEIGHT - 40, "2026年第3期")
        c.line(LEFT, PAGE_HEIGHT - 45, PAGE_WIDTH - LEFT, PAGE_HEIGHT - 45)
        c.drawCentredString(PAGE_WIDTH / 2, 40, f"- {self.page} -")
        self.y = TOP

    def room(self, lines: int, height: float = LINE) -> None:
        if self.y - lines * height < BOTTOM:
            self.new_page()

    def line(self, text: str, size: float = SIZE, how: str = "left") -> None:
        self.room(1, size + 8)
        c = self.canvas
        c.setFont("STSong-Light", size)
        if how == "justify":
            # spread over the text width, as a typesetter justifies every line of a paragraph but its last
            from reportlab.pdfbase.pdfmetrics import stringWidth

            spare = PAGE_WIDTH - 2 * LEFT - stringWidth(text, "STSong-Light", size)
            c.drawString(LEFT, self.y, text, charSpace=spare / max(len(text) - 1, 1))
        elif how == "centre":
            c.drawCentredString(PAGE_WIDTH / 2, self.y, text)
        elif how == "right":
            c.drawRightString(PAGE_WIDTH - LEFT, self.y, text)
        else:
            c.drawString(LEFT, self.y, text)
        self.y -= size + 8

    def table(self, rows: list[list[str]]) -> None:
        columns = len(rows[0])
        first = 110.0 if columns == 4 else 150.0
        rest = (PAGE_WIDTH - 2 * LEFT - first) / (columns - 1)
        self.room(len(rows), 18)
        c = self.canvas
        for index, row in enumerate(rows):
            c.setFont("STSong-Light", 10)
            c.line(LEFT, self.y + 13, PAGE_WIDTH - LEFT, self.y + 13)
            for column, value in enumerate(row):
                if column == 0:
                    c.drawString(LEFT + 2, self.y, value)
                elif index == 0:
                    c.drawCentredString(LEFT + first + rest * (column - 0.5), self.y, value)
                else:
                    c.drawRightString(LEFT + first + rest * column - 8, self.y, value)
            self.y -= 18
        c.line(LEFT, self.y + 13, PAGE_WIDTH - LEFT, self.y + 13)
        self.y -= 6

    def save(self) -> None:
        self.canvas.save()


def build_pdf(name: str = "bulletin.pdf", password: str | None = None) -> None:
    pages = _Pages(OUT / name, password)
    pages.line(TITLE, 14, "centre")
    pages.line(BY, SIZE, "centre")
    pages.line(DATE, SIZE, "centre")
    for kind, item in BODY:
        if isinstance(item, str):
            if kind == "heading":
                pages.line(item, 13)
            else:
                lines = _wrapped(item)
                for index, line in enumerate(lines):
                    pages.line(line, SIZE, "justify" if index < len(lines) - 1 else "left")
            continue
        title, caption, rows, note = item
        pages.room(len(rows) + 3, 18)
        pages.line(title, 11, "centre")
        if caption:
            pages.line(caption, 10, "right")
        pages.table(rows)
        if note:
            pages.line(note, 9)
    pages.save()


def build_scanned() -> None:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(OUT / "scanned.pdf"), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1)
    for row in range(20):  # grey bars where the lines of a scanned page would be
        c.setFillGray(0.3)
        c.rect(LEFT, TOP - row * LINE, 300 - (row % 3) * 40, 9, stroke=0, fill=1)
    c.showPage()
    c.save()


# ----- DOCX (Office Open XML, written directly) -----------------------------------------
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _paragraph(text: str, style: str | None = None) -> str:
    properties = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    # a run per clause, as Word writes them after edits: the reader joins the runs
    runs = "".join(f'<w:r><w:t xml:space="preserve">{escape(part)}</w:t></w:r>' for part in _runs(text))
    return f"<w:p>{properties}{runs}</w:p>"


def _runs(text: str) -> list[str]:
    parts, start = [], 0
    for index, char in enumerate(text):
        if char in "，；":
            parts.append(text[start : index + 1])
            start = index + 1
    parts.append(text[start:])
    return [part for part in parts if part]


def _table(rows: list[list[str]]) -> str:
    body = "".join("<w:tr>" + "".join(f"<w:tc>{_paragraph(value)}</w:tc>" for value in row) + "</w:tr>" for row in rows)
    return f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>{body}</w:tbl>'


def build_docx() -> None:
    parts = [_paragraph(TITLE, "Title"), _paragraph(BY), _paragraph(DATE)]
    for kind, item in BODY:
        if isinstance(item, str):
            parts.append(_paragraph(item, "Heading2" if kind == "heading" else None))
            continue
        title, caption, rows, note = item
        parts.append(_paragraph(title))
        if caption:
            parts.append(_paragraph(caption))
        parts.append(_table(rows))
        if note:
            parts.append(_paragraph(note))
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{_W}" xmlns:r="{_R}">'
        f'<w:body>{"".join(parts)}<w:sectPr><w:headerReference w:type="default" r:id="rId2"/></w:sectPr>'
        "</w:body></w:document>"
    )
    header = f'<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="{_W}">{_paragraph("青岚市统计局　第3期")}</w:hdr>'
    types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.header+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    document_rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/header" Target="header1.xml"/></Relationships>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in (
            ("[Content_Types].xml", types),
            ("_rels/.rels", rels),
            ("word/document.xml", document),
            ("word/_rels/document.xml.rels", document_rels),
            ("word/header1.xml", header),
        ):
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 10, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    (OUT / "bulletin.docx").write_bytes(buffer.getvalue())


def main() -> None:
    global OUT
    if len(sys.argv) > 1:  # another folder (tests/test_formats.py checks that the build is reproducible)
        OUT = Path(sys.argv[1])
    OUT.mkdir(parents=True, exist_ok=True)
    build_text()
    build_html()
    build_pdf()
    build_pdf("encrypted.pdf", password="qinglan")
    build_scanned()
    build_docx()
    for path in sorted(OUT.iterdir()):
        print(f"{path}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
