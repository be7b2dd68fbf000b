"""Sentences in, exact figures out: one parametrized test per named list.

Each row is a sentence (also the test id) and the exact list of figures
`extract` must find in it, as (text, value, unit, kind, qualifier). Every row
also checks that `text == sentence[start:end]`. A row presscan gets wrong is
kept with marks=pytest.mark.xfail(strict=True, reason="...") until it is fixed.

How to add a unit: add it to patterns/units.toml, then a row here with a
sentence that uses it.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from presscan import default_patterns, extract
from presscan.numerals import parse_arabic, parse_chinese
from presscan.output import json_line

D = Decimal


def row(sentence: str, *figures: tuple[str, str, str, str, str | None], marks=()):  # type: ignore[no-untyped-def]
    return pytest.param(sentence, [(t, D(v), u, k, q) for t, v, u, k, q in figures], id=sentence, marks=marks)


def records(sentence: str) -> list[tuple[str, Decimal, str, str, str | None]]:
    figures = extract(sentence)
    for figure in figures:
        assert figure.text == sentence[figure.start : figure.end], figure
    return [(f.text, f.value, f.unit, f.kind, f.qualifier) for f in figures]


# Sentences as bulletins write them: one figure each, every unit family in patterns/units.toml.
BULLETIN_CASES = [
    row("全省高速公路已建成充电桩890台", ("890台", "890", "台", "count", None)),
    row("全年新增新能源汽车1.2万辆", ("1.2万辆", "12000", "辆", "count", None)),
    row("建成5G基站1.1万座", ("1.1万座", "11000", "座", "count", None)),
    row("新增就业岗位5.6万个", ("5.6万个", "56000", "个", "count", None)),
    row("实施重点项目320项", ("320项", "320", "项", "count", None)),
    row("规模以上工业企业2486家", ("2486家", "2486", "家", "count", None)),
    row("年末常住人口3680.5万人", ("3680.5万人", "36805000", "人", "count", None)),
    row("新增清洁取暖改造12.8万户", ("12.8万户", "128000", "户", "count", None)),
    row("卫生机构病床8899张", ("8899张", "8899", "张", "count", None)),
    row("公共图书馆藏书总量204.5万册", ("204.5万册", "2045000", "册", "count", None)),
    row("深圳运动健儿获得金牌10枚", ("10枚", "10", "枚", "count", None)),
    row("接待游客3560万人次", ("3560万人次", "35600000", "人次", "count", None)),
    row("港口集装箱吞吐量128.6万标箱", ("128.6万标箱", "1286000", "标箱", "count", None)),
    row("提出了10方面重点任务", ("10方面", "10", "方面", "count", None)),
    row("增长了12%", ("12%", "12", "%", "percent", None)),
    row("人口自然增长率为3.5‰", ("3.5‰", "3.5", "‰", "permille", None)),
    row("比上年提高3个百分点", ("3个百分点", "3", "百分点", "percentage_point", None)),
    row("比上年下降3.2百分点", ("3.2百分点", "3.2", "百分点", "percentage_point", None)),
    row("出生率比上年下降0.6个千分点", ("0.6个千分点", "0.6", "千分点", "permille_point", None)),
    row("是上年的2.5倍", ("2.5倍", "2.5", "倍", "multiple", None)),
    row("全年一般公共预算收入16.4亿元", ("16.4亿元", "1640000000", "元", "money", None)),
    row("实际利用外资3.2亿美元", ("3.2亿美元", "320000000", "美元", "money", None)),
    row("港资1200万港元", ("1200万港元", "12000000", "港元", "money", None)),
    row("每千瓦时0.35元", ("0.35元", "0.35", "元", "money", None)),
    row("粮食产量1466.4万吨", ("1466.4万吨", "14664000", "吨", "mass", None)),
    row("人均消费猪肉25.6公斤", ("25.6公斤", "25.6", "公斤", "mass", None)),
    row("每袋50千克", ("50千克", "50", "千克", "mass", None)),
    row("全社会用电量216.4亿千瓦时", ("216.4亿千瓦时", "21640000000", "千瓦时", "energy", None)),
    row("全市用电量129.36亿千瓦小时", ("129.36亿千瓦小时", "12936000000", "千瓦时", "energy", None)),
    row("节能量折合12.6万吨标准煤", ("12.6万吨标准煤", "126000", "吨标准煤", "energy", None)),
    row("新增装机1200万千瓦", ("1200万千瓦", "12000000", "千瓦", "power", None)),
    row("储能规模达到500MW", ("500MW", "500", "兆瓦", "power", None)),
    row("新增绿地面积560公顷", ("560公顷", "560", "公顷", "area", None)),
    row("新建保障性住房35.6万平方米", ("35.6万平方米", "356000", "平方米", "area", None)),
    row("城市建成区面积达到96.5平方公里", ("96.5平方公里", "96.5", "平方公里", "area", None)),
    row("植树造林12.3万亩", ("12.3万亩", "123000", "亩", "area", None)),
    row("新建改造城市道路86.5公里", ("86.5公里", "86.5", "公里", "length", None)),
    row("日供水能力338.7万立方米", ("338.7万立方米", "3387000", "立方米", "volume", None)),
    row("区域环境噪声平均值为54.3分贝", ("54.3分贝", "54.3", "分贝", "sound_level", None)),
    row("年平均气温14.2℃", ("14.2℃", "14.2", "℃", "temperature", None)),
    row("重污染天数减少到7天", ("7天", "7", "天", "duration", None)),
    row("单程缩短至2.5小时", ("2.5小时", "2.5", "小时", "duration", None)),
    row("PM2.5平均浓度为38微克/立方米", ("38微克/立方米", "38", "微克/立方米", "rate", None)),
    row("新建商品住宅均价为8500元/平方米", ("8500元/平方米", "8500", "元/平方米", "rate", None)),
    row("炼油能力3095万吨/年", ("3095万吨/年", "30950000", "吨/年", "rate", None)),
    row("全年货物周转量1234.5亿吨公里", ("1234.5亿吨公里", "123450000000", "吨公里", "freight_turnover", None)),
    row("旅客周转量56.7亿人公里", ("56.7亿人公里", "5670000000", "人公里", "passenger_turnover", None)),
    row("有57.61万职工参加了基本养老保险", ("57.61万", "576100", "人", "count", None)),
    row(
        "卫生机构899个，比上年减少227个",
        ("899个", "899", "个", "count", None),
        ("227个", "227", "个", "count", None),
    ),
]

# Units that begin with a magnitude character, and magnitudes before them.
TRAPS = [
    row("年发电量3.2万千瓦时", ("3.2万千瓦时", "32000", "千瓦时", "energy", None)),
    row("发电2800万千瓦时", ("2800万千瓦时", "28000000", "千瓦时", "energy", None)),
    row("光伏装机120兆瓦", ("120兆瓦", "120", "兆瓦", "power", None)),
    row("风电装机2.5万兆瓦", ("2.5万兆瓦", "25000", "兆瓦", "power", None)),
    row("每户3千瓦", ("3千瓦", "3", "千瓦", "power", None)),
    row("全省新增充电桩 1.46 万辆", ("1.46 万辆", "14600", "辆", "count", None)),
    row("1,234.5万元", ("1,234.5万元", "12345000", "元", "money", None)),
    row("预期增长5.5%—6%", ("5.5%—6%", "5.5", "%", "percent", None)),
    row(
        "出生率为8.5‰，比上年下降0.6个千分点",
        ("8.5‰", "8.5", "‰", "permille", None),
        ("0.6个千分点", "0.6", "千分点", "permille_point", None),
    ),
]

# What PDF and web copies do to figures: line breaks, spaces, full-width forms.
LAYOUT = [
    # a figure across the break of a wrapped line (a line of ten or more Chinese characters,
    # as long as the lines around it): see tests/test_layout.py for lines that were not wrapped
    row(
        "全省加快推进新型能源体系建设，风电光伏项目投资达到 35 亿\n元以上",
        ("35 亿\n元", "3500000000", "元", "money", "at_least"),
    ),
    row("全市自来水日供应能力保持稳定，全年供水总量795\n96万吨", ("795\n96万吨", "795960000", "吨", "mass", None)),
    row("年末全市民用汽车保有量稳步增长，其中新能源汽车1.46万\n辆", ("1.46万\n辆", "14600", "辆", "count", None)),
    row("全年全市空气质量优良天数比例达到95.\n65%", ("95.\n65%", "95.65", "%", "percent", None)),
    row(
        "全年全社会用电量保持较快增长，工业用电量12.6亿千瓦\n时",
        ("12.6亿千瓦\n时", "1260000000", "千瓦时", "energy", None),
    ),
    row("全年全市细颗粒物PM2.5平均浓度为32微克/立方\n米", ("32微克/立方\n米", "32", "微克/立方米", "rate", None)),
    row("全年全市重点项目建设加快推进，新增35亿元以\n上", ("35亿元", "3500000000", "元", "money", "at_least")),
    row("全年全市新登记各类市场主体数量超过\n300家", ("300家", "300", "家", "count", "more_than")),
    row("今 年 要 做 的 10 项 重 点 工 作", ("10 项", "10", "项", "count", None)),
    row("力 争 完 成 投 资 35 亿 元 以 上", ("35 亿 元", "3500000000", "元", "money", "at_least")),
    row("建 成 5 G 基 站 1 . 2 万 座", ("1 . 2 万 座", "12000", "座", "count", None)),
    row("新建污水管网 1200 米", ("1200 米", "1200", "米", "length", None)),
    row("增长 5.2 %", ("5.2 %", "5.2", "%", "percent", None)),
    row("约 1.2 万 人", ("1.2 万 人", "12000", "人", "count", "approx")),
    row("新建住宅面积 120.5 万平方米", ("120.5 万平方米", "1205000", "平方米", "area", None)),
    row("２０２３年全市优良天数比例达到９５.６５％", ("９５.６５％", "95.65", "%", "percent", None)),
    row("增长９５．６５％", ("９５．６５％", "95.65", "%", "percent", None)),
    row("全年生产总值３２５６.８亿元", ("３２５６.８亿元", "325680000000", "元", "money", None)),
    row("增长１２％", ("１２％", "12", "%", "percent", None)),
    row("收入1２３元", ("1２３元", "123", "元", "money", None)),
    row("全市\u3000共有医院\u3000１２９\u3000家", ("１２９\u3000家", "129", "家", "count", None)),
    row("新建\u200b充电桩 45\u200b台", ("45\u200b台", "45", "台", "count", None)),
    row("完成投资１，２３４亿元", ("１，２３４亿元", "123400000000", "元", "money", None)),
    row("新增就业\r\n5.62万人", ("5.62万人", "56200", "人", "count", None)),
    # a letter-spaced line: the spaces between digits are layout as well
    row("共 建 成 充 电 桩 8 9 0 台", ("8 9 0 台", "890", "台", "count", None)),
    row(
        "全 市 共 有 学 校 1 2 所\n其中 10 20 台",
        ("1 2 所", "12", "所", "count", None),
        ("20 台", "20", "台", "count", None),
    ),
]

QUALIFIERS = [
    row("约13公斤", ("13公斤", "13", "公斤", "mass", "approx")),
    row("大约1.8万张", ("1.8万张", "18000", "张", "count", "approx")),
    row("增长5.2%左右", ("5.2%", "5.2", "%", "percent", "approx")),
    row("3000人左右", ("3000人", "3000", "人", "count", "approx")),
    row("达到100万千瓦时以上", ("100万千瓦时", "1000000", "千瓦时", "energy", "at_least")),
    row("不少于15天", ("15天", "15", "天", "duration", "at_least")),
    row("至少300台", ("300台", "300", "台", "count", "at_least")),
    row("降至30微克/立方米以下", ("30微克/立方米", "30", "微克/立方米", "rate", "at_most")),
    row("不超过35微克/立方米", ("35微克/立方米", "35", "微克/立方米", "rate", "at_most")),
    row("超过200家", ("200家", "200", "家", "count", "more_than")),
    row("逾200亿元", ("200亿元", "20000000000", "元", "money", "more_than")),
    row("光伏装机突破 1.2GW", ("1.2GW", "1.2", "吉瓦", "power", "more_than")),
    row("100余家", ("100余家", "100", "家", "count", "more_than")),
    row("10多万人", ("10多万人", "100000", "人", "count", "more_than")),
    row("2万多人", ("2万多人", "20000", "人", "count", "more_than")),
    row("20余万元", ("20余万元", "200000", "元", "money", "more_than")),
    row("近5000人", ("5000人", "5000", "人", "count", "nearly")),
    row("接近90%", ("90%", "90", "%", "percent", "nearly")),
    row("不足30%", ("30%", "30", "%", "percent", "less_than")),
    row("不足1000户", ("1000户", "1000", "户", "count", "less_than")),
]

CHINESE_NUMERALS = [
    row("三千五百台", ("三千五百台", "3500", "台", "count", None)),
    row("一万五千人", ("一万五千人", "15000", "人", "count", None)),
    row("两千三百万元", ("两千三百万元", "23000000", "元", "money", None)),
    row("十二万吨", ("十二万吨", "120000", "吨", "mass", None)),
    row("一百零五家", ("一百零五家", "105", "家", "count", None)),
    row("两万千瓦", ("两万千瓦", "20000", "千瓦", "power", None)),
    row("推进三项改革", ("三项", "3", "项", "count", None)),
    row("优良天数比例达到百分之三十", ("百分之三十", "30", "%", "percent", None)),
]

# Numbers written in words, ranges and signs (the rows for 百分之, ranges and １，２３４ stand above).
NEW_FEATURES = [
    row("占比三成", ("三成", "30", "%", "percent", None)),
    row("十二点五亿元", ("十二点五亿元", "1250000000", "元", "money", None)),
    row("出口额翻了一番", ("翻了一番", "2", "倍", "multiple", None)),
    row("自然增长率为-2.41‰", ("-2.41‰", "-2.41", "‰", "permille", None)),
    row("数百家企业", ("数百家", "200", "家", "count", "approx")),
    row("新增3至5万吨", ("3至5万吨", "30000", "吨", "mass", None)),  # a range: value is its low end
    row("约三分之一的企业", ("三分之一", "0.333333", "分之", "fraction", "approx")),
    # a class of size is not a quantity; the count after it is
    row("新建1000吨级泊位2个", ("2个", "2", "个", "count", None)),
    row(
        "建成10万吨级码头",
    ),
    row("新开工百万千瓦级核电机组3台", ("3台", "3", "台", "count", None)),
    # a denominator may carry a magnitude
    row("单位产值能耗0.5吨/万元", ("0.5吨/万元", "0.5", "吨/万元", "rate", None)),
    row("万元GDP用水量35立方米/万元", ("35立方米/万元", "35", "立方米/万元", "rate", None)),
]

# Numbers that are not figures: years, dates, document numbers, ordinals, names, phone numbers.
NO_FIGURE = [
    pytest.param(sentence, id=sentence)
    for sentence in [
        "2023年",
        "1998年",
        "二〇二三年",
        "二〇二四年一月",
        "3月21日",
        "3月21日上午",
        "三月二十一日",
        "2023年3月21日",
        "2023年底",
        "截至2023年底",
        "2024年1—11月",
        "1-2月份",
        "2023年至2025年",
        "（2021—2025年）",
        "2024-03-21",
        "2024/3/21",
        "上午9时30分",
        "晋政发〔2024〕5号",
        "国发〔2023〕24号文件",
        "文号：晋环发[2024]3号",
        "根据《环境空气质量标准》（GB 3095-2012）",
        "第一",
        "全国第一",
        "排名第3位",
        "第十三届",
        "第二批",
        "一是加快；二是推动",
        "其一",
        "一个",
        "他是一个好人",
        "“十四五”",
        "“十四五”时期",
        "实施“五项机制”",
        "“三个一批”",
        "地铁15号线",
        "G20高速",
        "103国道",
        "2号楼3单元",
        "PM2.5和PM10",
        "5G网络",
        "咨询电话：0351-4567890",
        "拨打12345热线",
        "联系电话13912345678",
        "邮编030001",
        "",
        "没有数字的句子。",
    ]
]

# Current failures of the extractor; strict, so that a fix is noticed and the row moves up.


@pytest.mark.parametrize(("sentence", "expected"), BULLETIN_CASES)
def test_bulletin_cases(sentence: str, expected: list) -> None:
    assert records(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), TRAPS)
def test_traps(sentence: str, expected: list) -> None:
    assert records(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), LAYOUT)
def test_layout(sentence: str, expected: list) -> None:
    assert records(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), QUALIFIERS)
def test_qualifiers(sentence: str, expected: list) -> None:
    assert records(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), CHINESE_NUMERALS)
def test_chinese_numerals(sentence: str, expected: list) -> None:
    assert records(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), NEW_FEATURES)
def test_new_features(sentence: str, expected: list) -> None:
    assert records(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "high"), [("预期增长5.5%—6%", "6"), ("新增3至5万吨", "50000"), ("数百家企业", "900")]
)
def test_range_keeps_its_high_end(sentence: str, high: str) -> None:
    (figure,) = extract(sentence)
    assert figure.value_high == Decimal(high)


@pytest.mark.parametrize("sentence", NO_FIGURE)
def test_no_figure(sentence: str) -> None:
    assert extract(sentence) == []


def test_value_is_exact_decimal_and_integral_json_number() -> None:
    (figure,) = extract("全年一般公共预算收入16.4亿元")
    assert isinstance(figure.value, Decimal)
    assert figure.value == Decimal(1640000000)
    assert str(figure.value) == "1640000000"
    assert json.loads(json_line(figure))["value"] == 1640000000
    assert '"value":1640000000,' in json_line(figure)


def test_magnitude_is_kept_apart_from_unit() -> None:
    (figure,) = extract("全省新增充电桩 1.46 万辆")
    assert (figure.number, figure.magnitude, figure.value, figure.unit) == ("1.46", "万", Decimal(14600), "辆")


def _number_value(number: str) -> Decimal | None:
    patterns = default_patterns()
    if number[0].isdigit():
        return parse_arabic(number)
    return parse_chinese(number, patterns.digits, patterns.places, patterns.sections)


# value must equal number × magnitude, whatever way the number is written.
NUMBER_TIMES_MAGNITUDE = [
    pytest.param("1.46万辆", id="1.46万辆"),
    pytest.param("3095万吨/年", id="3095万吨/年"),
    pytest.param("十二万吨", id="十二万吨"),
    pytest.param("二十万人", id="二十万人"),
    pytest.param("两万千瓦", id="两万千瓦"),
    pytest.param("一百零五家", id="一百零五家"),
    pytest.param("三千五百台", id="三千五百台"),
    pytest.param("一万五千人", id="一万五千人"),
    pytest.param("两千三百万元", id="两千三百万元"),
    pytest.param("一亿两千万元", id="一亿两千万元"),
]


@pytest.mark.parametrize("sentence", NUMBER_TIMES_MAGNITUDE)
def test_value_is_number_times_magnitude(sentence: str) -> None:
    (figure,) = extract(sentence)
    factor = int(default_patterns().magnitudes[figure.magnitude].value) if figure.magnitude else 1  # type: ignore[call-overload]
    assert _number_value(figure.number) * factor == figure.value, (figure.number, figure.magnitude, figure.value)


def test_every_unit_family_has_a_row() -> None:
    """A new kind in patterns/units.toml needs a row above."""
    tables = [BULLETIN_CASES, TRAPS, LAYOUT, QUALIFIERS, CHINESE_NUMERALS, NEW_FEATURES]
    covered = {kind for table in tables for param in table for _, _, _, kind, _ in param.values[1]}
    shipped = {unit.kind for unit in default_patterns().units.values()}
    assert shipped - covered == set()
