"""Numbers as Chinese bulletins write them (issues #4 and #12), and nothing that only looks like one.

One row per sentence (the sentence is the test id), with the exact figures it
holds (tests/rows.py: `Fig(text, value, unit, kind, qualifier, high=...)`), or
none at all. `text` is checked against the sentence's own offsets, and value and
value_high against the match layer (`find_figures`), which is where ranges are
made. NO_FIGURE here is the one list of sentences that must give nothing.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from presscan import default_patterns, extract
from presscan.match import find_figures
from presscan.normalise import normalise
from rows import Fig, records, row

D = Decimal


def checked(sentence: str) -> list[tuple[str, Decimal, str, str, str | None, Decimal | None]]:
    """The records of `sentence`, after checking they carry what the match layer found."""
    found = records(sentence)
    raw = find_figures(normalise(sentence).text, default_patterns())
    assert [(figure.value, figure.value_high) for figure in raw] == [(value, high) for _, value, *_, high in found]
    return found


CHINESE_AND_MIXED = [
    row("全省已建成充电桩三千五百台", Fig("三千五百台", "3500", "台", "count")),
    row("全年新增新能源公交车两万辆", Fig("两万辆", "20000", "辆", "count")),
    row("新建村级综合服务站一百二十个", Fig("一百二十个", "120", "个", "count")),
    row("全年压减粗钢产能十二万吨", Fig("十二万吨", "120000", "吨", "mass")),
    row("新能源汽车保有量达到1.46万辆", Fig("1.46万辆", "14600", "辆", "count")),
    row("安排专项资金3千万元", Fig("3千万元", "30000000", "元", "money")),
    row("完成固定资产投资1,234.5万元", Fig("1,234.5万元", "12345000", "元", "money")),
    row("完成技改投资1，234万元", Fig("1，234万元", "12340000", "元", "money")),
    row(
        "两市分别新增1，23个和45个",
        Fig("23个", "23", "个", "count"),
        Fig("45个", "45", "个", "count"),
    ),
    row("全市空气优良天数比例为９５.６５％", Fig("９５.６５％", "95.65", "%", "percent")),
    row("全年接待游客１２３４万人次", Fig("１２３４万人次", "12340000", "人次", "count")),
    row("人口自然增长率为0.5‰", Fig("0.5‰", "0.5", "‰", "permille")),
    row("全省共有博物馆二百零八家", Fig("二百零八家", "208", "家", "count")),
    row("一万五千名志愿者参与服务", Fig("一万五千名", "15000", "名", "count")),
    row("全年引进高层次人才一千二百人", Fig("一千二百人", "1200", "人", "count")),
    row("新建改建农村公路一万公里", Fig("一万公里", "10000", "公里", "length")),
    row("全年植树造林六十万亩", Fig("六十万亩", "600000", "亩", "area")),
    row("实现利润十二点五亿元", Fig("十二点五亿元", "1250000000", "元", "money")),
    row("全年增长十二点五%", Fig("十二点五%", "12.5", "%", "percent")),
    row("新增城镇就业44.1万人", Fig("44.1万人", "441000", "人", "count")),
    row("全省地区生产总值达到3.58万亿元", Fig("3.58万亿元", "3580000000000", "元", "money")),
    row("社会消费品零售总额突破一万亿元", Fig("一万亿元", "1000000000000", "元", "money", "more_than")),
    row("粮食总产量二百七十三亿斤", Fig("二百七十三亿斤", "27300000000", "斤", "mass")),
    row("全年发放创业担保贷款二十亿零五百万元", Fig("二十亿零五百万元", "2005000000", "元", "money")),
]

PERCENT_IN_WORDS = [
    row("优良天数比例达到百分之三十", Fig("百分之三十", "30", "%", "percent")),
    row("城镇化率提高到百分之十二点五", Fig("百分之十二点五", "12.5", "%", "percent")),
    row("财政支出的百分之七十以上用于民生", Fig("百分之七十", "70", "%", "percent", "at_least")),
    row("出生率为千分之八", Fig("千分之八", "8", "‰", "permille")),
    row("约三成企业实现盈利", Fig("三成", "30", "%", "percent", "approx")),
    row("民营经济贡献了三成五的税收", Fig("三成五", "35", "%", "percent")),
    row("九成以上的行政村通了光纤", Fig("九成", "90", "%", "percent", "at_least")),
    row("近七成受访者表示满意", Fig("七成", "70", "%", "percent", "nearly")),
    row("比上年提高五个百分点", Fig("五个百分点", "5", "百分点", "percentage_point")),
    row("比上年下降0.3个百分点", Fig("0.3个百分点", "0.3", "百分点", "percentage_point")),
    row("登记失业率下降零点三个百分点", Fig("零点三个百分点", "0.3", "百分点", "percentage_point")),
    row("零点整"),
    row("城镇登记失业率为3.2%", Fig("3.2%", "3.2", "%", "percent")),
    row("一半以上的县实现全覆盖", Fig("一半", "50", "%", "percent", "at_least")),
    row("超过一半的企业开展了数字化改造", Fig("一半", "50", "%", "percent", "more_than")),
]

MULTIPLES_AND_FRACTIONS = [
    row("全市经济总量比2010年翻一番", Fig("翻一番", "2", "倍", "multiple")),
    row("城乡居民收入比十年前翻了一番", Fig("翻了一番", "2", "倍", "multiple")),
    row("到2035年实现经济总量翻两番", Fig("翻两番", "4", "倍", "multiple")),
    row("进出口总额增长1.5倍", Fig("1.5倍", "1.5", "倍", "multiple")),
    row("是全国平均水平的两倍", Fig("两倍", "2", "倍", "multiple")),
    row("新能源汽车产量增长一倍", Fig("一倍", "1", "倍", "multiple")),
    row("民营经济贡献了三分之一的投资", Fig("三分之一", "0.333333", "分之", "fraction")),
    row("森林覆盖率提高到全省面积的四分之一", Fig("四分之一", "0.25", "分之", "fraction")),
    row("清洁能源占能源消费总量的三分之二以上", Fig("三分之二", "0.666667", "分之", "fraction", "at_least")),
    row("外资企业占1/3", Fig("1/3", "0.333333", "分之", "fraction")),
    row("民营企业贡献了1/2以上的税收", Fig("1/2", "0.5", "分之", "fraction", "at_least")),
    row("约占全省的1/4", Fig("1/4", "0.25", "分之", "fraction")),
    row("见附件1/3页"),
    row("2024/3/21发布"),
]

RANGES = [
    row("预期增长10%—15%", Fig("10%—15%", "10", "%", "percent", high="15")),
    row("预期增长10%-15%", Fig("10%-15%", "10", "%", "percent", high="15")),
    row("预期增长10%～15%", Fig("10%～15%", "10", "%", "percent", high="15")),
    row("地区生产总值增长5.5%—6%", Fig("5.5%—6%", "5.5", "%", "percent", high="6")),
    row("新增产能3至5万吨", Fig("3至5万吨", "30000", "吨", "mass", high="50000")),
    row("新增产能3-5万吨", Fig("3-5万吨", "30000", "吨", "mass", high="50000")),
    row("每个乡镇建设10到15个示范点", Fig("10到15个", "10", "个", "count", high="15")),
    row("培育3万至5万家科技型企业", Fig("3万至5万家", "30000", "家", "count", high="50000")),
    row("每年新增就业三至五万人", Fig("三至五万人", "30000", "人", "count", high="50000")),
    row("农村居民人均可支配收入增长7%左右到8%", Fig("7%左右到8%", "7", "%", "percent", "approx", high="8")),
    row(
        "增长7%左右，到2025年达到8%",
        Fig("7%", "7", "%", "percent", "approx"),
        Fig("8%", "8", "%", "percent"),
    ),
    row("年均增长6%—7%以上", Fig("6%—7%", "6", "%", "percent", "at_least", high="7")),
    row("力争达到约20—30亿元", Fig("20—30亿元", "2000000000", "元", "money", "approx", high="3000000000")),
    row("2019年至2021年"),
    row("2021—2023年"),
    row("1—10月，全省规上工业增加值增长4.3%", Fig("4.3%", "4.3", "%", "percent")),
    row("2023年1-11月"),
    row("比上年增长8%-10%", Fig("8%-10%", "8", "%", "percent", high="10")),
    row("人均可支配收入3万—4万元", Fig("3万—4万元", "30000", "元", "money", high="40000")),
    row("每县建设十至十五个", Fig("十至十五个", "10", "个", "count", high="15")),
    row("力争增长10-20%以上", Fig("10-20%", "10", "%", "percent", "at_least", high="20")),
    row("3月-5月共接待游客100万人次", Fig("100万人次", "1000000", "人次", "count")),
    row("依据GB 3095-2012标准"),
]

RATES_AND_UNITS = [
    row("全省电煤平均价格为850元/吨", Fig("850元/吨", "850", "元/吨", "rate")),
    row("全员劳动生产率达到15.6万元/人", Fig("15.6万元/人", "156000", "元/人", "rate")),
    row("化肥施用量降至25公斤/平方米", Fig("25公斤/平方米", "25", "公斤/平方米", "rate")),
    row("吨钢综合能耗550千瓦时/吨", Fig("550千瓦时/吨", "550", "千瓦时/吨", "rate")),
    row("全年接待游客8600万人次", Fig("8600万人次", "86000000", "人次", "count")),
    row("机场起降航班12.3万架次", Fig("12.3万架次", "123000", "架次", "count")),
    row("港口集装箱吞吐量300万标箱", Fig("300万标箱", "3000000", "标箱", "count")),
    row("集装箱吞吐量120万TEU", Fig("120万TEU", "1200000", "标箱", "count")),
    row("货物周转量1234.5亿吨公里", Fig("1234.5亿吨公里", "123450000000", "吨公里", "freight_turnover")),
    row("新增风电装机300万千瓦", Fig("300万千瓦", "3000000", "千瓦", "power")),
    row("全社会用电量2500亿千瓦时", Fig("2500亿千瓦时", "250000000000", "千瓦时", "energy")),
    row("汛期最大流量达到3200立方米/秒", Fig("3200立方米/秒", "3200", "立方米/秒", "rate")),
    row("建设高标准农田120万亩", Fig("120万亩", "1200000", "亩", "area")),
    row("治理水土流失面积560公顷", Fig("560公顷", "560", "公顷", "area")),
    row("全省国土面积15.67万平方公里", Fig("15.67万平方公里", "156700", "平方公里", "area")),
    row("年平均气温为11.2℃", Fig("11.2℃", "11.2", "℃", "temperature")),
    row("最低气温零下5摄氏度", Fig("5摄氏度", "5", "℃", "temperature")),
    row("PM2.5平均浓度为35微克/立方米", Fig("35微克/立方米", "35", "微克/立方米", "rate")),
    row("炼油能力1000万吨/年", Fig("1000万吨/年", "10000000", "吨/年", "rate")),
    row("建成5G基站2.3万个", Fig("2.3万个", "23000", "个", "count")),
    row("全年节约标准煤12万吨标准煤", Fig("12万吨标准煤", "120000", "吨标准煤", "energy")),
]

SIGNED = [
    row("人口自然增长率为-2.41‰", Fig("-2.41‰", "-2.41", "‰", "permille")),
    row("工业品出厂价格同比-1.2%", Fig("-1.2%", "-1.2", "%", "percent")),
    row("居民消费价格指数-0.3%", Fig("-0.3%", "-0.3", "%", "percent")),
    row("城镇登记失业率下降0.3个百分点", Fig("0.3个百分点", "0.3", "百分点", "percentage_point")),
    row("全年下降2.5%", Fig("2.5%", "2.5", "%", "percent")),
]

VAGUE = [
    row("已有几十个村开展试点", Fig("几十个", "20", "个", "count", "approx", high="90")),
    row("数百家企业参展", Fig("数百家", "200", "家", "count", "approx", high="900")),
    row("上千人参加了招聘会", Fig("上千人", "1000", "人", "count", "approx")),
    row("带动数十万人就业", Fig("数十万人", "200000", "人", "count", "approx", high="900000")),
    row("上万名志愿者参与", Fig("上万名", "10000", "名", "count", "approx")),
    row("几百名专家参与评审", Fig("几百名", "200", "名", "count", "approx", high="900")),
    row("数十年来"),
    row("几个方面"),
]

APPROXIMATIONS_AND_BOUNDS = [
    row("全年接待游客约1.2亿人次", Fig("1.2亿人次", "120000000", "人次", "count", "approx")),
    row("近5000户家庭受益", Fig("5000户", "5000", "户", "count", "nearly")),
    row("逾300家企业入驻", Fig("300家", "300", "家", "count", "more_than")),
    row("超1500亿元", Fig("1500亿元", "150000000000", "元", "money", "more_than")),
    row("超过200万人", Fig("200万人", "2000000", "人", "count", "more_than")),
    row("全市常住人口10多万人", Fig("10多万人", "100000", "人", "count", "more_than")),
    row("引进企业100余家", Fig("100余家", "100", "家", "count", "more_than")),
    row("五百多万人参保", Fig("五百多万人", "5000000", "人", "count", "more_than")),
    row("增长6%左右", Fig("6%", "6", "%", "percent", "approx")),
    row("投资40亿元以上", Fig("40亿元", "4000000000", "元", "money", "at_least")),
    row("降至30微克/立方米以下", Fig("30微克/立方米", "30", "微克/立方米", "rate", "at_most")),
    row("不足1000户", Fig("1000户", "1000", "户", "count", "less_than")),
    row("不低于90%", Fig("90%", "90", "%", "percent", "at_least")),
    row("不超过5%", Fig("5%", "5", "%", "percent", "at_most")),
    row("年产量1000吨上下", Fig("1000吨", "1000", "吨", "mass", "approx")),
    row("新建学校至少50所", Fig("50所", "50", "所", "count", "at_least")),
    row("补贴最高5000元", Fig("5000元", "5000", "元", "money", "at_most")),
    row(
        "每周参加三次（含三次）以上体育锻炼者占27.5%",
        Fig("三次", "3", "次", "count", "at_least"),
        Fig("27.5%", "27.5", "%", "percent"),
    ),
    row("每天锻炼1小时（含1小时）以上", Fig("1小时", "1", "小时", "duration", "at_least")),
    row("新增2万多个就业岗位", Fig("2万多个", "20000", "个", "count", "more_than")),
    row("大约3000人", Fig("3000人", "3000", "人", "count", "approx")),
    row("接近90%", Fig("90%", "90", "%", "percent", "nearly")),
]

BULLETIN_SENTENCES = [
    row(
        "全年全省地区生产总值35644.8亿元，比上年增长5.1%",
        Fig("35644.8亿元", "3564480000000", "元", "money"),
        Fig("5.1%", "5.1", "%", "percent"),
    ),
    row(
        "年末全市常住人口1766.18万人，比上年末增加10.7万人",
        Fig("1766.18万人", "17661800", "人", "count"),
        Fig("10.7万人", "107000", "人", "count"),
    ),
    row(
        "全年城镇新增就业44.1万人，城镇调查失业率5.3%",
        Fig("44.1万人", "441000", "人", "count"),
        Fig("5.3%", "5.3", "%", "percent"),
    ),
    row(
        "粮食产量达到1323.7万吨，连续三年稳定在1300万吨以上",
        Fig("1323.7万吨", "13237000", "吨", "mass"),
        Fig("1300万吨", "13000000", "吨", "mass", "at_least"),
    ),
    row(
        "规模以上工业增加值增长6.7%，其中高技术制造业增长12.3%",
        Fig("6.7%", "6.7", "%", "percent"),
        Fig("12.3%", "12.3", "%", "percent"),
    ),
    row(
        "一般公共预算收入3524.2亿元，增长4.8%，税收占比达到七成",
        Fig("3524.2亿元", "352420000000", "元", "money"),
        Fig("4.8%", "4.8", "%", "percent"),
        Fig("七成", "70", "%", "percent"),
    ),
    row(
        "全年共处置突发事件二十三起",
        Fig("二十三起", "23", "起", "count"),
    ),
    row(
        "居民人均可支配收入32460元，增长5.6%，城乡收入比缩小到2.43",
        Fig("32460元", "32460", "元", "money"),
        Fig("5.6%", "5.6", "%", "percent"),
    ),
    row(
        "全省共有各级各类学校2.1万所，在校学生850.6万人",
        Fig("2.1万所", "21000", "所", "count"),
        Fig("850.6万人", "8506000", "人", "count"),
    ),
    row(
        "全年完成造林面积405万亩，森林覆盖率达到23.57%",
        Fig("405万亩", "4050000", "亩", "area"),
        Fig("23.57%", "23.57", "%", "percent"),
    ),
    row(
        "PM2.5平均浓度下降到37微克/立方米，优良天数比例为76.2%",
        Fig("37微克/立方米", "37", "微克/立方米", "rate"),
        Fig("76.2%", "76.2", "%", "percent"),
    ),
    row(
        "新能源汽车产量102.5万辆，增长1.8倍",
        Fig("102.5万辆", "1025000", "辆", "count"),
        Fig("1.8倍", "1.8", "倍", "multiple"),
    ),
    row(
        "研发经费投入强度达到2.5%左右，比上年提高0.2个百分点",
        Fig("2.5%", "2.5", "%", "percent", "approx"),
        Fig("0.2个百分点", "0.2", "百分点", "percentage_point"),
    ),
    row(
        "外贸进出口总额4890.3亿元，下降2.1%，其中出口占三分之二",
        Fig("4890.3亿元", "489030000000", "元", "money"),
        Fig("2.1%", "2.1", "%", "percent"),
        Fig("三分之二", "0.666667", "分之", "fraction"),
    ),
    row(
        "全年新增减税降费及退税缓税缓费超过600亿元",
        Fig("600亿元", "60000000000", "元", "money", "more_than"),
    ),
    row(
        "实施城市更新项目1200余个，惠及群众50多万户",
        Fig("1200余个", "1200", "个", "count", "more_than"),
        Fig("50多万户", "500000", "户", "count", "more_than"),
    ),
]

# Sentences that must give no figure: years, dates, document numbers, ordinals,
# names and slogans, phone numbers, codes. The one such list of the tables.
NO_FIGURE = [
    row("2023年"),
    row("3月21日"),
    row("2023年底"),
    row("截至2023年底，全省"),
    row("2021—2023年"),
    row("2023年3月21日上午"),
    row("二〇二四年三月"),
    row("9:30"),
    row("上午10时召开"),
    row("晚上8点30分"),
    row("“十四五”时期"),
    row("“十四五”规划纲要"),
    row("全面推行国三标准"),
    row("淘汰国三及以下排放标准柴油货车"),
    row("国六b排放标准"),
    row("建成5G网络"),
    row("4A级景区"),
    row("创建5A级旅游景区"),
    row("第一"),
    row("一是"),
    row("二是加快产业转型"),
    row("（一）"),
    row("(一)"),
    row("1.加快推进"),
    row("晋政发〔2024〕5号"),
    row("国办发〔2023〕36号"),
    row("联系电话：0351-4567890"),
    row("传真：0351-4567891"),
    row("联系电话13912345678"),
    row("邮编030001"),
    row("身份证号140102198001011234"),
    row("详见http://www.gov.cn/zhengce/2024-03/21/content_5678.htm"),
    row("升级到v2.0"),
    row("版本V3.1.2"),
    row("依据《条例》第十条"),
    row("第十三条规定"),
    row("共建“一带一路”"),
    row("实现“双碳”目标"),
    row("落实“一岗双责”"),
    row("建设“一环”"),
    row("推进京津冀一体化"),
    row("出台一系列政策"),
    row("培育一批龙头企业"),
    row("涌现出一大批先进典型"),
    row("党委书记是第一责任人"),
    row("统一部署"),
    row("进一步优化营商环境"),
    row("一个"),
    row("一项"),
    row("第十四届全运会"),
    row("地铁2号线"),
    row("G5京昆高速"),
    row("PM2.5和PM10"),
    row("第2至3名"),
    row("排名第5位"),
    row("一成不变"),
    row("马上千方百计解决"),
    row("线上百货销售"),
    row("1—2月份"),
    row("5至10年内"),
    row("第3-5名"),
    row("PM2.5-10微克"),
    row("三是"),
    row("实施“三个一批”"),
    # moved from tests/test_extract_table.py
    row("1998年"),
    row("二〇二三年"),
    row("二〇二四年一月"),
    row("3月21日上午"),
    row("三月二十一日"),
    row("2023年3月21日"),
    row("截至2023年底"),
    row("2024年1—11月"),
    row("1-2月份"),
    row("2023年至2025年"),
    row("（2021—2025年）"),
    row("2024-03-21"),
    row("2024/3/21"),
    row("上午9时30分"),
    row("国发〔2023〕24号文件"),
    row("文号：晋环发[2024]3号"),
    row("根据《环境空气质量标准》（GB 3095-2012）"),
    row("全国第一"),
    row("排名第3位"),
    row("第十三届"),
    row("第二批"),
    row("一是加快；二是推动"),
    row("其一"),
    row("他是一个好人"),
    row("“十四五”"),
    row("实施“五项机制”"),
    row("“三个一批”"),
    row("地铁15号线"),
    row("G20高速"),
    row("103国道"),
    row("2号楼3单元"),
    row("5G网络"),
    row("咨询电话：0351-4567890"),
    row("拨打12345热线"),
    row(""),
    row("没有数字的句子。"),
]


ALL = [
    *CHINESE_AND_MIXED,
    *PERCENT_IN_WORDS,
    *MULTIPLES_AND_FRACTIONS,
    *RANGES,
    *RATES_AND_UNITS,
    *SIGNED,
    *VAGUE,
    *APPROXIMATIONS_AND_BOUNDS,
    *BULLETIN_SENTENCES,
    *NO_FIGURE,
]


@pytest.mark.parametrize(("sentence", "expected"), ALL)
def test_numbers(sentence: str, expected: list) -> None:
    assert checked(sentence) == expected


def test_table_is_long_enough() -> None:
    assert len(ALL) >= 150


def test_extract_carries_value_high() -> None:
    (figure,) = extract("新增产能3至5万吨")
    assert (figure.value, figure.value_high) == (D(30000), D(50000))
