"""A text's title line: its first line when that is a headline, past a web page's furniture (the
site's name, its menu and breadcrumb) and a letterhead's document number. core.py reads the
periods and the status a title gives the text with it.
"""

from __future__ import annotations

import re
from typing import Final

from presscan.patternset import PatternSet

# A text's first line is its title when it is no longer than this and holds no sentence or
# clause mark, though its length alone makes it look wrapped (a title over one line of text);
# a news headline with its figures runs to about 45 (X发布2025年年度报告：归母净利润同比增长12.41% 拟…)
TITLE_MOST_CHARACTERS: Final = 50


def title_line(piece: str, patterns: PatternSet) -> str | None:
    """The text's first line when it is a title: short, without a sentence or clause mark (a
    headline's colon and a decimal point are none: X发布2025年年度报告：净利润增长12.41%), and
    followed by more text; or the second, when the first is such a line with no number, as a
    letterhead is (东 川 省 卫 生 健 康 委 员 会⏎东川省2025年10月法定传染病疫情概况), and the second
    is one with a number or opens as an official document's title does (关于…的报告)."""
    first = past_furniture(piece.lstrip(), patterns)
    line_end = _line_end(first)
    if line_end <= 0 or not first[line_end:].strip():
        return None
    line = first[:line_end].strip()
    if not _titles(line, patterns):
        return None
    if any(char.isdigit() for char in line):
        return line
    rest = first[line_end:].lstrip()
    second_end = _line_end(rest)
    if second_end <= 0 or not rest[second_end:].strip():
        return line
    second = rest[:second_end].strip()
    for _ in range(LETTERHEAD_LINES):
        if not (DOCUMENT_NUMBER.fullmatch(second) or ISSUE_NUMBER.fullmatch(second) or ISSUED_ON.search(second)):
            break
        # 洛更新办〔2025〕23号, 2024年第11期（总第263期）, 云南机场集团有限责任公司　2024年12月12日 under the
        # letterhead: the document's number, issue and issuer, the title below them
        rest = rest[second_end:].lstrip()
        second_end = _line_end(rest)
        if second_end <= 0:
            return line
        second = rest[:second_end].strip()
    if _titles(second, patterns) and (
        any(char.isdigit() for char in second)
        or second.startswith(tuple(patterns.attribution.document.subject_openers))
    ):
        return second  # …常务委员会⏎[关于]十三届三次会议以来提案工作情况的报告: an issuer, then the title
    return line


# An official document's number (发文字号) under its letterhead: an issuer's short name, the year in
# brackets, a serial number and 号 (洛更新办〔2025〕23号, 国办发[2024]5号)
DOCUMENT_NUMBER: Final = re.compile(r"\S{1,16}[〔\[【（(]\d{4}[〕\]】）)]\s*\d{1,4}\s*号")
# ...an issue of a periodical release (2024年第11期（总第263期）), and a line that ends with the day it
# was issued on (云南机场集团有限责任公司　　2024年12月12日): at most LETTERHEAD_LINES of them
ISSUE_NUMBER: Final = re.compile(r"\d{4}\s*年\s*第\s*\d{1,4}\s*期\s*(?:[（(]\s*总第\s*\d{1,5}\s*期\s*[）)])?")
ISSUED_ON: Final = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")
LETTERHEAD_LINES: Final = 3


# a web page copied as text: at most this many lines of menu and breadcrumb above its title
FURNITURE_LINES: Final = 4


# a menu set one item a line: how many lines are looked at, how long (without spaces) an item may be,
# and the site's name over it, in its first lines (its name in Chinese and in English)
MENU_BLOCK_LINES: Final = 16
MENU_ITEM_CHARACTERS: Final = 8
SITE_NAME_LINES: Final = 2
SITE_NAME_CHARACTERS: Final = 40


def past_furniture(text: str, patterns: PatternSet) -> str:
    """`text` past a web page's furniture: past a block of short lines that ends with a furniture line
    (see _past_menu_block), else from its first line that is no furniture (below)."""
    block = _past_menu_block(text, patterns)
    return block if block is not None else _past_furniture_lines(text, patterns)


def _past_menu_block(text: str, patterns: PatternSet) -> str | None:
    """`text` after the last furniture line among its first MENU_BLOCK_LINES lines when every line
    above it is a menu's item or the site's name, short, with no digit and no sentence mark: a
    site's name and its menu set one item a line (中国物流与采购联合会⏎China Federation of…⏎首页⏎新闻中心⏎…⏎当前位置：首页 > 统计数据); None when
    there is no such block."""
    lines = text.split("\n", MENU_BLOCK_LINES)[:MENU_BLOCK_LINES]
    marks = patterns.punctuation.sentence_end | patterns.punctuation.clause_end
    last = -1  # the last furniture line reached through short lines only
    for index, line in enumerate(lines):
        if _furniture(line, patterns):
            last = index
            continue
        packed = "".join(line.split())
        longest = SITE_NAME_CHARACTERS if index < SITE_NAME_LINES else MENU_ITEM_CHARACTERS
        if len(packed) > longest or any(char.isdigit() or char in marks for char in packed):
            break  # a title or the text: the block ends above it
    if last < 1:
        return None  # none, or the first line alone: the lines below it are read one by one
    return text[sum(len(line) + 1 for line in lines[: last + 1]) :].lstrip()


def _past_furniture_lines(text: str, patterns: PatternSet) -> str:
    """`text` from its first line that is no site furniture (a line with a `chrome_words` word,
    a menu or breadcrumb of `menu_separators`: 首页 | 机构概况…, 当前位置：首页 > 文旅资讯, and the
    site's name over them), as a web page copied as text opens; `text` itself when none of its
    first lines is furniture."""
    rest = text
    for line_number in range(FURNITURE_LINES):
        line_end = _line_end(rest)
        if line_end <= 0:
            return text
        following = rest[line_end:].lstrip()
        line = rest[:line_end]
        if not _furniture(line, patterns):
            next_end = _line_end(following)
            if (
                line_number > 0
                or next_end <= 0
                or any(char.isdigit() for char in line)  # a title (2025年…情况), not a site's name
                or not _menu(following[:next_end], patterns)
            ):
                return rest  # not the site's name over its menu (江苏省统计局⏎首页 | 机构概况…)
        rest = following
    return text


def _furniture(line: str, patterns: PatternSet) -> bool:
    """True when `line` is a site's furniture: a `chrome_words` word, or a menu or breadcrumb."""
    return any(word in line for word in patterns.pages.chrome_words) or _menu(line, patterns)


def _menu(line: str, patterns: PatternSet) -> bool:
    """True when `line` is a site's menu or breadcrumb: two `menu_separators` or more."""
    return sum(line.count(mark) for mark in patterns.pages.menu_separators) >= 2


def _line_end(text: str) -> int:
    """Where the first line of `text` ends, or -1 for a text of one line."""
    return min((at for at in (text.find("\n"), text.find("\r")) if at != -1), default=-1)


def _titles(line: str, patterns: PatternSet) -> bool:
    """True when `line` can be a title (see _title_line)."""
    punctuation = patterns.punctuation
    marks = (punctuation.sentence_end | punctuation.clause_end) - punctuation.colons
    # counted without spaces: a title set with a space between every character is no longer
    if not line or len(line) - line.count(" ") > TITLE_MOST_CHARACTERS or line[-1:] in punctuation.colons:
        return False  # 各位代表：, a salutation
    for at, char in enumerate(line):
        if char in marks and not (0 < at < len(line) - 1 and line[at - 1].isdigit() and line[at + 1].isdigit()):
            return False  # a sentence, not a headline (whose decimals, 增长12.41%, and colon are no marks)
    # 工业增加值比上年增长⏎6.8%: a predicate (or a number) runs on into the next line
    return not (line.endswith(_continuing_words(patterns)) or line[-1:].isdigit())


def _continuing_words(patterns: PatternSet) -> tuple[str, ...]:
    """Words no title ends with: the predicates between a subject and its figure (增长, 达到)."""
    return tuple(word for word in patterns.attribution.subject.skip_trailing if len(word) > 1)
