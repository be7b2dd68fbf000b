"""Layout (issue 12, part C and A.7; issue 17): the structure of a text as copied out of a PDF,
a newspaper, a web page or typed with ASCII punctuation.

- A line break joins where the line was wrapped (it is about as long as the lines around it)
  and ends the line's sentence where it was not (a heading, a title, an item of a list).
- Headings and titles stand alone: they are not glued to the sentence after them.
- ASCII punctuation cuts sentences and clauses as Chinese punctuation does.
- A record's context is its sentence, bounded by core.CONTEXT_CHARACTERS.

Every text here is made up; the wrapped ones are wrapped at a fixed width, as a page would
(`assert_wrapped_at` checks it), with a break inside a figure where the row says so.
"""

from __future__ import annotations

import io

import pytest

from presscan import extract
from presscan.core import CONTEXT_CHARACTERS
from presscan.normalise import normalise
from presscan.patternset import load_patterns
from presscan.proselines import prose_cuts_a_word
from presscan.segment import layout


def columns(line: str) -> int:
    """Display width, as normalise measures it: two columns for a character that is not ASCII."""
    return sum(1 if char.isascii() else 2 for char in line.rstrip())


def assert_wrapped_at(text: str, width: int) -> None:
    """Every line of the paragraph but the last fills `width` columns (or one less: a wide
    character that did not fit)."""
    lines = text.split("\n")
    assert all(width - 1 <= columns(line) <= width for line in lines[:-1]), [columns(line) for line in lines]


def row(text: str, *expected: object) -> object:
    return pytest.param(text, list(expected), id=text)


# ----- which line breaks join -----------------------------------------------------------------------

PARAGRAPH_48 = (
    "全年全市规模以上工业企业增加值比上年增长6.2%，全\n"
    "市自来水日供应能力338.7万吨，全年自来水供水总量7\n"
    "9596万吨，其中居民生活用水量112.4万吨，城市污水\n"
    "处理率达到96.5%。"
)
# old newspaper text: every line indented, the first line of a paragraph further
NEWSPAPER_63 = (
    "                 税务部门把促产增收作为今年全省税务工作主要内容\n"
    "             来抓。结果，全省税收工作创历史同期最高水平，今年一\n"
    "             季度工业方面的税收达３．８亿元，比去年同期增长百分\n"
    "             之十八点五。\n"
    "                 工商行政管理部门也积极为企业排忧解难。"
)
# a newspaper column of 16 characters, with a page break (a blank line) inside a paragraph
COLUMN_32 = (
    "同时，城市客运领域新能源汽车持续\n"
    "推广。到2023年底，城市公交车中，\n"
    "\n"
    "新能源车1.46万辆、占比95.65%；巡\n"
    "游出租车中，新能源车2.69万辆、占\n"
    "比64.62%。"
)

# a centred title block, a heading, and a paragraph under it whose first line is indented
TITLE_BLOCK = (
    "　　　　河川市2025年国民经济和社会发展统计公报\n"
    "　　　　　　　　河川市统计局　2026年3月12日\n"
    "\n"
    "一、综合\n"
    "　　初步核算，全年全市地区生产总值3256.8亿元，比上年增长\n"
)

FOLDING = [
    row(PARAGRAPH_48, PARAGRAPH_48.replace("\n", "")),
    row(
        NEWSPAPER_63,
        "税务部门把促产增收作为今年全省税务工作主要内容来抓。结果，全省税收工作创历史同期最高水平，"
        "今年一季度工业方面的税收达3.8亿元，比去年同期增长百分之十八点五。\n工商行政管理部门也积极为企业排忧解难。",
    ),
    row(COLUMN_32, COLUMN_32.replace("\n", "")),
    # a list, one item per line: short lines were ended by hand, however alike
    row(
        "主要产品产量：\n粮食 1456.2万吨\n棉花 23.5万吨\n合计 8,432\n15万吨",
        "主要产品产量：\n粮食1456.2万吨\n棉花23.5万吨\n合计8,432\n15万吨",
    ),
    # a title block, a heading and a wrapped paragraph under it (first line indented)
    row(
        TITLE_BLOCK + "5.2%。其中，第一产业增加值218.4亿元，增长3.1%。",
        "河川市2025年国民经济和社会发展统计公报\n河川市统计局2026年3月12日\n一、综合\n"
        "初步核算，全年全市地区生产总值3256.8亿元，比上年增长5.2%。其中，第一产业增加值218.4亿元，增长3.1%。",
    ),
    # a subheading longer than the column it stands over was ended by hand
    row(
        "，节约资源能源。截至2023年底，全\n"
        "省累计建设装配式建筑约3773万平方\n"
        "米。\n"
        "2025年底前全省装配式建筑占新建建筑面积比例达30%\n"
        "发展装配式建筑有利于减少环境污染\n"
        "，节约资源能源。截至2023年底，全\n"
        "省累计建设装配式建筑约3773万平方\n"
        "米。",
        "，节约资源能源。截至2023年底，全省累计建设装配式建筑约3773万平方米。\n"
        "2025年底前全省装配式建筑占新建建筑面积比例达30%\n"
        "发展装配式建筑有利于减少环境污染，节约资源能源。截至2023年底，全省累计建设装配式建筑约3773万平方米。",
    ),
    # a web page: one paragraph per line; a heading between them stays a line of its own
    row(
        "（一）着力扩大有效投资\n"
        "全年完成固定资产投资1.2万亿元，增长4.1%，其中制造业投资增长9.3%，基础设施投资增长5.6%，"
        "民间投资占全部投资的比重为52.4%。\n"
        "（二）着力提升创新能力\n"
        "全社会研发投入达到850亿元，增长7.2%。",
        "（一）着力扩大有效投资\n"
        "全年完成固定资产投资1.2万亿元，增长4.1%，其中制造业投资增长9.3%，基础设施投资增长5.6%，"
        "民间投资占全部投资的比重为52.4%。\n"
        "（二）着力提升创新能力\n"
        "全社会研发投入达到850亿元，增长7.2%。",
    ),
    # a full line that ends with a sentence end ends its paragraph
    row(
        "全年全市规模以上工业企业增加值比上年增长6.2%。\n全市自来水日供应能力338.7万吨，比上年增长1.6%。",
        "全年全市规模以上工业企业增加值比上年增长6.2%。\n全市自来水日供应能力338.7万吨，比上年增长1.6%。",
    ),
    # ... but where paragraphs open indented, a full line ended by a sentence mark, with a full
    # line at the margin after it, ends a sentence inside its paragraph; the indented line opens one
    row(
        "\u3000\u30002024年，全省平均降水量1612.4毫米，较上\n年偏多18.6%，属偏丰年份。全省地表水资源量1\n"
        "986.3亿立方米，较多年平均偏多17.5%；地下水\n资源量425.7亿立方米，较多年平均偏多6.3%；\n"
        "水资源总量1998.1亿立方米，较上年偏多36.8%\n。\n\u3000\u30002024年全省总供水量324.6亿立方米，总用\n"
        "水量324.6亿立方米，耗水总量141.2亿立方米。",
        "2024年，全省平均降水量1612.4毫米，较上年偏多18.6%，属偏丰年份。全省地表水资源量1986.3亿立方米，"
        "较多年平均偏多17.5%；地下水资源量425.7亿立方米，较多年平均偏多6.3%；水资源总量1998.1亿立方米，"
        "较上年偏多36.8%。\n2024年全省总供水量324.6亿立方米，总用水量324.6亿立方米，耗水总量141.2亿立方米。",
    ),
    # the same lines with no indented paragraph anywhere: the same, a paragraph's last line as full as
    # the lines it wraps being rarer than a sentence that ends at the column's edge
    row(
        "2024年，全省平均降水量1612.4毫米，较上\n年偏多18.6%，属偏丰年份。全省地表水资源量1\n"
        "986.3亿立方米，较多年平均偏多17.5%；地下水\n资源量425.7亿立方米，较多年平均偏多6.3%；\n"
        "水资源总量1998.1亿立方米，较上年偏多36.8%\n。",
        "2024年，全省平均降水量1612.4毫米，较上年偏多18.6%，属偏丰年份。全省地表水资源量1986.3亿立方米，"
        "较多年平均偏多17.5%；地下水资源量425.7亿立方米，较多年平均偏多6.3%；"
        "水资源总量1998.1亿立方米，较上年偏多36.8%。",
    ),
    # a decimal point at the end of a wrapped line is not a sentence end
    row(
        "全年全市空气质量优良天数比例达到95.\n65%，比上年提高1.2个百分点。",
        "全年全市空气质量优良天数比例达到95.65%，比上年提高1.2个百分点。",
    ),
    # a break inside a number is no line's end, however short the lines (5.⏎6%, 4⏎.9%)
    row("全区零售额增长5.\n6%。", "全区零售额增长5.6%。"),
    row("城镇居民收入增长4\n.9%。", "城镇居民收入增长4.9%。"),
    # ...and so is a break between two digits of a sentence's number (桩8⏎90台, 1,2⏎34.5亿元)
    row("全省高速公路已建成充电桩8\n90台。", "全省高速公路已建成充电桩890台。"),
    row("社会消费品零售总额达到1,2\n34.5亿元。", "社会消费品零售总额达到1,234.5亿元。"),
    row("高技术制造业增长1\n2.5%。", "高技术制造业增长12.5%。"),
    # a number spaced out digit by digit in a line that is not: one number (10 20 stays two)
    row("城镇居民人均可支配收入5 2 3 6 8元，增长4.9%。", "城镇居民人均可支配收入52368元，增长4.9%。"),
    row("两组数据为10 20和2 3。", "两组数据为10 20和2 3。"),
    # ...but not where the line holds digits alone, or the next opens a list item (2. 工业)
    row("2024年\n2025年\n12\n15", "2024年\n2025年\n12\n15"),
    row("全年新建学校5\n2. 工业企业12家", "全年新建学校5\n2.工业企业12家"),
    row("全年新建学校5\n2、工业企业12家", "全年新建学校5\n2、工业企业12家"),
    # a number on a line of its own inside a sentence, as copying from a PDF leaves a number set
    # in a font of its own, joins the lines around it
    row(
        "全年粮食产量\n1234.5\n万吨，比上年增长\n2.3\n%。地区生产总值\n3256.8\n亿元，增长\n5.2%。",
        "全年粮食产量1234.5万吨，比上年增长2.3%。地区生产总值3256.8亿元，增长5.2%。",
    ),
    # a line of prose (a mark inside it) that ends with a word runs on into the figure that opens
    # the next line; a title or a heading (no mark inside) does not
    row(
        "城镇居民收入增长4.9%；农村居民人均可支配收入\n31256元，增长6.6%。",
        "城镇居民收入增长4.9%；农村居民人均可支配收入31256元，增长6.6%。",
    ),
    row("2025年全县统计公报\n2025年，全县生产总值156.3亿元。", "2025年全县统计公报\n2025年，全县生产总值156.3亿元。"),
    # ...and so does one that ends with a word needing what follows (与, 的), whatever the lengths
    row(
        "报告死亡率为0.08/10万。与\n去年同期相比，报告发病数上升17.43%。",
        "报告死亡率为0.08/10万。与去年同期相比，报告发病数上升17.43%。",
    ),
    # ...or with a number, or a number and a character or two of its unit, cut from the rest
    row(
        "全市乡村旅游点接待游客153.2万人次，实现乡村旅游收入6.9\n亿元，同比增长16.8%。",
        "全市乡村旅游点接待游客153.2万人次，实现乡村旅游收入6.9亿元，同比增长16.8%。",
    ),
    row(
        "全市42家景区，累计接待游客286.5万人\n次，其中5A级景区接待游客118.7万人次。",
        "全市42家景区，累计接待游客286.5万人次，其中5A级景区接待游客118.7万人次。",
    ),
    # ...also where the mark is a character or two into the next line
    row(
        "全市纳入监测的42家A级旅游景区累计接待游客286.5万人\n次，其中5A级景区接待游客118.7万人次。",
        "全市纳入监测的42家A级旅游景区累计接待游客286.5万人次，其中5A级景区接待游客118.7万人次。",
    ),
    # ...or with a word cut in two, a mark a character or two into the next line, however short the line
    row(
        "全省以乡为单位适龄儿童国家免疫规划疫苗接种率保持在90%以上，卡介苗、乙肝疫苗\n"
        "接种率分别为99.2%、98.7%，主要受出生人口减少影\n响；非免疫规划疫苗927.4万剂次，同比增长6.8%。",
        "全省以乡为单位适龄儿童国家免疫规划疫苗接种率保持在90%以上，卡介苗、乙肝疫苗\n"
        "接种率分别为99.2%、98.7%，主要受出生人口减少影响；非免疫规划疫苗927.4万剂次，同比增长6.8%。",
    ),
    # ...or with an opening bracket or quote, which no paragraph ends with
    row(
        "二、生猪生产\n全省生猪养殖场（\n户）12.8万个，比上年同期减少0.9万个。",
        "二、生猪生产\n全省生猪养殖场（户）12.8万个，比上年同期减少0.9万个。",
    ),
    # ...or a list mark
    row(
        "全年全市居民人均消费支出23264元，比上年增长5.8%，扣除价格因素，实际增长5.5%。按常住地分，城镇居民\n"
        "人均衣着、居住支出分别增长3.4%、\n"
        "2.9%和4.7%；人均交通通信支出3126元，增长8.6%，人均教育文化娱乐支出2870元，增长7.9%，人均医疗\n"
        "保健支出2215元，增长6.1%。",
        "全年全市居民人均消费支出23264元，比上年增长5.8%，扣除价格因素，实际增长5.5%。按常住地分，城镇居民"
        "人均衣着、居住支出分别增长3.4%、2.9%和4.7%；人均交通通信支出3126元，增长8.6%，人均教育文化娱乐支出"
        "2870元，增长7.9%，人均医疗保健支出2215元，增长6.1%。",
    ),
    # ...or with a sentence opened after a full stop inside the line, which no paragraph ends with
    row(
        "非免疫规划疫苗927.4万剂次。全省以乡\n为单位适龄儿童国家免疫规划疫苗接种率保持在90%以上，卡介苗接种率为99.2%。",
        "非免疫规划疫苗927.4万剂次。全省以乡为单位适龄儿童国家免疫规划疫苗接种率保持在90%以上，卡介苗接种率为99.2%。",
    ),
    # and a line that opens with a mark ending a clause goes on with the line before
    row("占80.9%。2026年\n，全省力争完成投资2200亿元。", "占80.9%。2026年，全省力争完成投资2200亿元。"),
    # a number cut in two after a list mark (3417例、32⏎09例)
    row("分别报告5862例、3417例、32\n09例。", "分别报告5862例、3417例、3209例。"),
    # a heading with no mark inside ends its line
    row("一、甲类传染病与\n乙类传染病无发病报告。", "一、甲类传染病与\n乙类传染病无发病报告。"),
    # ...however long it is against the short lines around it (a web page's short paragraphs)
    row(
        "一、2025年工作回顾\n\n全年新设经营主体11.8万户。\n\n（二）2026年主要发展任务\n\n经营主体总量突破90万户。",
        "一、2025年工作回顾\n全年新设经营主体11.8万户。\n（二）2026年主要发展任务\n经营主体总量突破90万户。",
    ),
    # a first line out to the left of the indented column after it, as long as its lines, hangs:
    # it is wrapped into the column (a newspaper's dateline line); a centred title is not
    row(
        "      全国夏粮收购进度加快\n新华社北京7月20日电据国家粮食局对20个主产\n"
        "             省、自治区的统计，截至7月15日，各地国有粮食企\n"
        "             业累计收购夏粮4560万吨，比去年同期增加860万\n"
        "             吨，增长23.2%。",
        "全国夏粮收购进度加快\n新华社北京7月20日电据国家粮食局对20个主产省、自治区的统计，截至7月15日，"
        "各地国有粮食企业累计收购夏粮4560万吨，比去年同期增加860万吨，增长23.2%。",
    ),
    # ... but two such lines are the cells of a table, and a short integer may be a page number
    row("粮食产量\n1234.5\n2.3\n棉花产量\n23.5\n1.2", "粮食产量1234.5\n2.3\n棉花产量23.5\n1.2"),
    row("实现营业收\n3\n入1286.5亿元。", "实现营业收\n3\n入1286.5亿元。"),
    # a letter-spaced line still reads; English keeps the space after its full stop
    row("今 年 要 做 的 10 项 重 点 工 作", "今年要做的10项重点工作"),
    row("GDP grew 5.2%. The CPI rose 0.2%.", "GDP grew 5.2%. The CPI rose 0.2%."),
]


@pytest.mark.parametrize(
    ("this", "following", "cut"),
    [
        (
            "同比下降3.2%，主要受出生人口减少影",
            "响；非免疫规划疫苗927.4万剂次",
            True,
        ),  # a word cut, the clause ends in the next line
        ("同比增长6.8%。全省以乡", "为单位适龄儿童国家免疫规划疫苗接种率保持在90%以上", True),  # a sentence runs on
        (
            "同比下降3.2%，主要受出生人口减少影",
            "响非免疫规划疫苗927.4万剂次",
            False,
        ),  # no mark in the next line's first characters
        ("同比增长6.8%。全省以乡。", "为单位适龄儿童", False),  # ended by a mark
        ("2025年工作回顾", "响；全年", False),  # no mark inside: a heading, not prose
        ("全年新建学校12所，在建", "8所", False),  # the next line opens with no Han character
        ("检查供热企业32家次，下发整改通知", "书47份，约谈供热企业5家", True),  # a word cut before its figure
    ],
)
def test_prose_that_cuts_a_word_or_runs_on(this: str, following: str, cut: bool) -> None:
    punctuation = load_patterns().punctuation
    stops = (punctuation.clause_end | punctuation.sentence_end) - punctuation.colons
    assert prose_cuts_a_word(this, following, stops, punctuation.sentence_end) is cut


@pytest.mark.parametrize(("text", "expected"), FOLDING)
def test_wrapped_lines_join_and_lines_ended_by_hand_stay(text: str, expected: list[str]) -> None:
    folded = normalise(text)
    assert [folded.text] == expected
    # a kept line break points at the original's
    for index, char in enumerate(folded.text):
        if char == "\n":
            start, end = folded.span(index, index + 1)
            assert text[start:end] == "\n"


def test_the_rows_are_wrapped_as_a_page_would_be() -> None:
    assert_wrapped_at(PARAGRAPH_48, 48)
    assert_wrapped_at(NEWSPAPER_63.split("\n                 工商")[0], 63)
    assert_wrapped_at(COLUMN_32.replace("\n\n", "\n"), 32)


# ----- figures across line breaks, or not ------------------------------------------------------------


def figures(text: str) -> list[tuple[str, str, str, str]]:
    """Text, value, unit and context of each figure (what a subject is, is attribution's business)."""
    return [(f.text, str(f.value), f.unit, f.context) for f in extract(text)]


FIGURES = [
    row(
        PARAGRAPH_48,
        ("6.2%", "6.2", "%", PARAGRAPH_48.replace("\n", "")),
        ("338.7万吨", "3387000", "吨", PARAGRAPH_48.replace("\n", "")),
        ("7\n9596万吨", "795960000", "吨", PARAGRAPH_48.replace("\n", "")),
        ("112.4万吨", "1124000", "吨", PARAGRAPH_48.replace("\n", "")),
        ("96.5%", "96.5", "%", PARAGRAPH_48.replace("\n", "")),
    ),
    row(
        NEWSPAPER_63,
        (
            "３．８亿元",
            "380000000",
            "元",
            "结果，全省税收工作创历史同期最高水平，今年一季度工业方面的税收达3.8亿元，比去年同期增长百分之十八点五。",
        ),
        (
            "百分\n             之十八点五",
            "18.5",
            "%",
            "结果，全省税收工作创历史同期最高水平，今年一季度工业方面的税收达3.8亿元，比去年同期增长百分之十八点五。",
        ),
    ),
    # a list with one item per line: every line is a figure of its own, with its line as context
    row(
        "主要产品产量：\n粮食 1456.2万吨\n棉花 23.5万吨\n油料 158万吨\n合计 8,432\n15万吨",
        ("1456.2万吨", "14562000", "吨", "粮食1456.2万吨"),
        ("23.5万吨", "235000", "吨", "棉花23.5万吨"),
        ("158万吨", "1580000", "吨", "油料158万吨"),
        ("15万吨", "150000", "吨", "15万吨"),
    ),
    # the first figure of a bulletin: the title block and the heading are not its context
    row(
        TITLE_BLOCK + "5.2%。其中，第一产业增加值218.4亿元，增长3.1%。",
        ("3256.8亿元", "325680000000", "元", "初步核算，全年全市地区生产总值3256.8亿元，比上年增长5.2%。"),
        ("5.2%", "5.2", "%", "初步核算，全年全市地区生产总值3256.8亿元，比上年增长5.2%。"),
        ("218.4亿元", "21840000000", "元", "其中，第一产业增加值218.4亿元，增长3.1%。"),
        ("3.1%", "3.1", "%", "其中，第一产业增加值218.4亿元，增长3.1%。"),
    ),
    # text typed with ASCII punctuation: sentences and clauses as with Chinese marks
    row(
        "全年全市地区生产总值3,256.8亿元,比上年增长5.2%.其中,第一产业增加值218.4亿元,增长3.1%;年末常住人口486.3万人.",
        ("3,256.8亿元", "325680000000", "元", "全年全市地区生产总值3,256.8亿元,比上年增长5.2%."),
        ("5.2%", "5.2", "%", "全年全市地区生产总值3,256.8亿元,比上年增长5.2%."),
        ("218.4亿元", "21840000000", "元", "其中,第一产业增加值218.4亿元,增长3.1%;"),
        ("3.1%", "3.1", "%", "其中,第一产业增加值218.4亿元,增长3.1%;"),
        ("486.3万人", "4863000", "人", "年末常住人口486.3万人."),
    ),
    row(
        "详见www.stats.gov.cn/tjgb?id=3.全年新增充电桩890台,No.5项目投资12亿元.",
        ("890台", "890", "台", "全年新增充电桩890台,No.5项目投资12亿元."),
        ("12亿元", "1200000000", "元", "全年新增充电桩890台,No.5项目投资12亿元."),
    ),
]


KNOWN_FAILURES = [
    pytest.param(
        "河西市2024年国民经济和社会发展统计公报\n全年新增就业5万人。",
        [("5万人", "50000", "人", "全年新增就业5万人。")],
        id="a title over one line of text",
        marks=pytest.mark.xfail(
            strict=True,
            reason="two lines, the first the longer: by their lengths alone they read as a wrapped paragraph",
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES + KNOWN_FAILURES)
def test_figures_and_their_contexts(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert figures(text) == expected


# ----- structure for attribution: sentences, headings, paragraphs -------------------------------------


def structure(text: str) -> tuple[list[str], list[str], list[str]]:
    """The sentences, the headings and the paragraphs of a text, as folded text."""
    folded = normalise(text).text
    found = layout(folded)
    spans = found.sentences
    sentences = [folded[start:end] for start, end in zip(spans.starts, spans.ends, strict=True)]
    paragraphs = [folded[a:b] for a, b in zip(found.paragraphs.starts, found.paragraphs.ends, strict=True)]
    return sentences, [sentences[index] for index in found.headings], paragraphs


STRUCTURE = [
    row(
        TITLE_BLOCK + "5.2%。其中，第一产业增加值218.4亿元。\n（二）农业\n全年粮食产量1456.2万吨。",
        [
            "河川市2025年国民经济和社会发展统计公报\n",
            "河川市统计局2026年3月12日\n",
            "一、综合\n",
            "初步核算，全年全市地区生产总值3256.8亿元，比上年增长5.2%。",
            "其中，第一产业增加值218.4亿元。\n",
            "（二）农业\n",
            "全年粮食产量1456.2万吨。",
        ],
        ["河川市2025年国民经济和社会发展统计公报\n", "河川市统计局2026年3月12日\n", "一、综合\n", "（二）农业\n"],
        [
            "河川市2025年国民经济和社会发展统计公报\n河川市统计局2026年3月12日\n一、综合\n"
            "初步核算，全年全市地区生产总值3256.8亿元，比上年增长5.2%。其中，第一产业增加值218.4亿元。\n",
            "（二）农业\n全年粮食产量1456.2万吨。",
        ],
    ),
    # a title and a heading over paragraphs written on one line each (as web pages give them)
    # stand alone, whatever their lengths: a line more than twice as long shows no wrapping
    row(
        "2025年上半年全市经济运行情况\n\n一、工业生产稳中有进\n"
        "上半年，全市规模以上工业增加值同比增长7.1%。分经济类型看，国有控股企业增加值增长3.2%，"
        "股份制企业增长7.9%，外商及港澳台商投资企业增长4.4%。",
        [
            "2025年上半年全市经济运行情况\n",
            "一、工业生产稳中有进\n",
            "上半年，全市规模以上工业增加值同比增长7.1%。",
            "分经济类型看，国有控股企业增加值增长3.2%，股份制企业增长7.9%，外商及港澳台商投资企业增长4.4%。",
        ],
        ["2025年上半年全市经济运行情况\n", "一、工业生产稳中有进\n"],
        [
            "2025年上半年全市经济运行情况\n一、工业生产稳中有进\n"
            "上半年，全市规模以上工业增加值同比增长7.1%。分经济类型看，国有控股企业增加值增长3.2%，"
            "股份制企业增长7.9%，外商及港澳台商投资企业增长4.4%。",
        ],
    ),
    # a list's lead line stands alone; items closed by ；stay in one paragraph; a one-line text is no heading
    row(
        "主要目标是：\n一是地区生产总值增长5%左右；\n二是城镇新增就业5万人以上。",
        ["主要目标是：\n", "一是地区生产总值增长5%左右；\n", "二是城镇新增就业5万人以上。"],
        ["主要目标是：\n"],
        ["主要目标是：\n一是地区生产总值增长5%左右；\n二是城镇新增就业5万人以上。"],
    ),
    row("全省高速公路已建成充电桩890台", ["全省高速公路已建成充电桩890台"], [], ["全省高速公路已建成充电桩890台"]),
    # ASCII marks: decimal points, thousands separators, times, item numbers and web addresses cut nothing
    row(
        "1.综合\n全年增长5.2%.总量8,432亿元,时间10:30.见www.gov.cn.完",
        ["1.综合\n", "全年增长5.2%.", "总量8,432亿元,时间10:30.", "见www.gov.cn.", "完"],
        ["1.综合\n"],
        ["1.综合\n全年增长5.2%.总量8,432亿元,时间10:30.见www.gov.cn.完"],
    ),
    # a quotation closed after the full stop belongs to the sentence it ends
    row(
        "他说：“全年增长5%。”随后发布了数据。",
        ["他说：“全年增长5%。”", "随后发布了数据。"],
        [],
        ["他说：“全年增长5%。”随后发布了数据。"],
    ),
]


@pytest.mark.parametrize(
    ("text", "sentences", "headings", "paragraphs"),
    [
        pytest.param(param.values[0], *param.values[1], id=param.id)
        for param in STRUCTURE  # type: ignore[attr-defined]
    ],
)
def test_sentences_headings_and_paragraphs(
    text: str, sentences: list[str], headings: list[str], paragraphs: list[str]
) -> None:
    assert structure(text) == (sentences, headings, paragraphs)


def test_clauses_cut_at_clause_marks_within_sentences() -> None:
    folded = "全年增长5.2%,其中,工业增长6%：达到8,432亿元。\n一、综合\n"
    spans = layout(folded).clauses
    assert [folded[a:b] for a, b in zip(spans.starts, spans.ends, strict=True)] == [
        "全年增长5.2%,",
        "其中,",
        "工业增长6%：",
        "达到8,432亿元。\n",
        "一、综合\n",
    ]


# ----- the context window --------------------------------------------------------------------------


def test_a_long_sentence_gives_each_figure_the_clauses_around_it() -> None:
    clause = "新建充电桩890台，"
    text = "全年" + clause * 200 + "完成投资12亿元。"
    found = extract(text)
    assert len(found) == 201
    for figure in found:
        assert len(figure.context) <= CONTEXT_CHARACTERS
        assert figure.context.endswith(("，", "。"))  # whole clauses
        assert normalise(figure.text).text in figure.context
    assert found[100].context == clause * (CONTEXT_CHARACTERS // len(clause))
    assert found[0].context.startswith("全年新建充电桩890台，")
    assert found[-1].context.endswith("完成投资12亿元。")


def test_a_clause_longer_than_the_window_is_cut_around_the_figure() -> None:
    text = "各地" * 400 + "新建充电桩890台" + "各地" * 400
    (figure,) = extract(text)
    assert len(figure.context) == CONTEXT_CHARACTERS
    before = figure.context.index("890台")
    after = CONTEXT_CHARACTERS - len("890台") - before
    assert abs(before - after) <= 1  # centred on the figure


def test_a_sentence_up_to_the_window_is_the_whole_context() -> None:
    text = "全年" + "新建充电桩890台，" * 20 + "完成投资12亿元。"
    assert len(text) <= CONTEXT_CHARACTERS
    assert {figure.context for figure in extract(text)} == {text}


# ----- linear work in a sentence of thousands of clauses ----------------------------------------------

CLAUSE_UNITS = {
    "full stops": "全省新增充电桩1.46万辆，比上年增长36.8%，建成5G基站1200座。",
    "commas": "全省新增充电桩1.46万辆，比上年增长36.8%，建成5G基站1200座，",
    "ASCII marks": "全省新增充电桩1.46万辆,比上年增长36.8%,建成5G基站1200座.",
    "no marks": "全省新增充电桩1.46万辆比上年增长36.8%建成5G基站1200座",
}


def extract_and_write(text: str) -> tuple[int, int]:
    """Work of extract + JSON Lines on `text`: Python lines executed, and characters written
    (the C work of writing, which counting lines does not see)."""
    from helpers import python_lines
    from presscan.writers import make_writer

    stream = io.StringIO()

    def run() -> None:
        writer = make_writer("jsonl", stream)
        for figure in extract(text):
            writer.write(figure)
        writer.close()

    return python_lines(run), len(stream.getvalue())


@pytest.mark.parametrize("unit", list(CLAUSE_UNITS.values()), ids=list(CLAUSE_UNITS))
def test_work_is_linear_in_a_sentence_of_many_clauses(unit: str) -> None:
    extract(unit)  # loads what extraction needs
    small_lines, small_written = extract_and_write(unit * 100)
    large_lines, large_written = extract_and_write(unit * 400)
    # exact counts: linear work is 4x (plus a constant); 5x is already super-linear
    assert large_lines <= 5 * small_lines, (small_lines, large_lines)
    assert large_written <= 5 * small_written, (small_written, large_written)


def test_a_sentence_of_many_clauses_costs_about_what_sentences_cost() -> None:
    """Issue 12: one sentence of 1 200 clauses cost 40x as much per character as the same
    clauses in sentences (every record carried the whole sentence). Within 2x now."""
    stops_lines, stops_written = extract_and_write(CLAUSE_UNITS["full stops"] * 400)
    for name in ("commas", "ASCII marks", "no marks"):
        lines, written = extract_and_write(CLAUSE_UNITS[name] * 400)
        assert lines <= 2 * stops_lines, (name, stops_lines, lines)
        assert written <= 2 * stops_written, (name, stops_written, written)
