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
    # digits spoken with their places, as 三万五千 is with numerals
    # 几 after 十 stands for the units digit
    row("产品销往十几个国家", Fig("十几个", "11", "个", "count", "approx", high="19")),
    row("二十几家企业参展", Fig("二十几家", "21", "家", "count", "approx", high="29")),
    row("共有3万5千名志愿者参与服务", Fig("3万5千名", "35000", "名", "count")),
    row("项目总投资2亿5千万元", Fig("2亿5千万元", "250000000", "元", "money")),
    row("现场观众达1万5人", Fig("1万5人", "15000", "人", "count")),
    row("全市12万个市场主体", Fig("12万个", "120000", "个", "count")),
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
    row("每户补贴最高可达5000元", Fig("5000元", "5000", "元", "money", "at_most")),
    row("年收入3万元出头", Fig("3万元", "30000", "元", "money", "more_than")),
    row("总投资100亿元开外", Fig("100亿元", "10000000000", "元", "money", "more_than")),
    row(
        "出口额48.6亿美元，约合人民币346亿元",
        Fig("48.6亿美元", "4860000000", "美元", "money"),
        Fig("346亿元", "34600000000", "元", "money", "approx"),
    ),
    row("民营经济贡献了三成五的税收", Fig("三成五", "35", "%", "percent")),
    row("九成以上的行政村通了光纤", Fig("九成", "90", "%", "percent", "at_least")),
    row("近七成受访者表示满意", Fig("七成", "70", "%", "percent", "nearly")),
    row("比上年提高五个百分点", Fig("五个百分点", "5", "百分点", "percentage_point")),
    row("比上年下降0.3个百分点", Fig("0.3个百分点", "0.3", "百分点", "percentage_point")),
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
    row("民营经济贡献了三分之一的投资", Fig("三分之一", "33.333333", "%", "percent")),
    row("森林覆盖率提高到全省面积的四分之一", Fig("四分之一", "25", "%", "percent")),
    row("清洁能源占能源消费总量的三分之二以上", Fig("三分之二", "66.666667", "%", "percent", "at_least")),
    row("外资企业占1/3", Fig("1/3", "33.333333", "%", "percent")),
    row("民营企业贡献了1/2以上的税收", Fig("1/2", "50", "%", "percent", "at_least")),
    row("约占全省的1/4", Fig("1/4", "25", "%", "percent", "approx")),  # 约占 before the whole
    # ...however long the whole's name
    row("约占全国自主研发游戏海外市场实际销售收入的15.0%", Fig("15.0%", "15.0", "%", "percent", "approx")),
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
    # two denominators joined by a middle dot are one rate per both (per person per month)
    row("城市低保平均保障标准为856元/人·月", Fig("856元/人·月", "856", "元/人·月", "rate")),
    row("农村低保标准为7548元/人・年", Fig("7548元/人・年", "7548", "元/人・年", "rate")),
    row("产能3095万吨/年·线", Fig("3095万吨/年", "30950000", "吨/年", "rate")),
    row("全员劳动生产率达到15.6万元/人", Fig("15.6万元/人", "156000", "元/人", "rate")),
    row("化肥施用量降至25公斤/平方米", Fig("25公斤/平方米", "25", "公斤/平方米", "rate")),
    row("吨钢综合能耗550千瓦时/吨", Fig("550千瓦时/吨", "550", "千瓦时/吨", "rate")),
    row("全年接待游客8600万人次", Fig("8600万人次", "86000000", "人次", "count")),
    row("图书外借册次增至46.5万册次", Fig("46.5万册次", "465000", "册次", "count")),
    row("全年检修设备1260台次", Fig("1260台次", "1260", "台次", "count")),
    row("抽检食品样品3.2万批次", Fig("3.2万批次", "32000", "批次", "count")),
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
    # 零下 (below zero) is a sign, as 负 is
    row("最低气温零下5摄氏度", Fig("零下5摄氏度", "-5", "℃", "temperature")),
    row("最高气温零下1℃", Fig("零下1℃", "-1", "℃", "temperature")),
    row("零下的气温持续了5天", Fig("5天", "5", "天", "duration")),
    row("PM2.5平均浓度为35微克/立方米", Fig("35微克/立方米", "35", "微克/立方米", "rate")),
    row("炼油能力1000万吨/年", Fig("1000万吨/年", "10000000", "吨/年", "rate")),
    row("建成5G基站2.3万个", Fig("2.3万个", "23000", "个", "count")),
    row("全年节约标准煤12万吨标准煤", Fig("12万吨标准煤", "120000", "吨标准煤", "energy")),
]

SIGNED = [
    row("人口自然增长率为-2.41‰", Fig("-2.41‰", "-2.41", "‰", "permille")),
    row("翘尾影响约为-0.1个百分点", Fig("-0.1个百分点", "-0.1", "百分点", "percentage_point", "approx")),
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
    row("每场活动参加人数至多500人", Fig("500人", "500", "人", "count", "at_most")),
    row("赤字率不高于3%", Fig("3%", "3", "%", "percent", "at_most")),
    row("首付比例最低15%", Fig("15%", "15", "%", "percent", "at_least")),
    # 最低 inside a name is no bound: 最低工资标准
    row("月最低工资标准2100元", Fig("2100元", "2100", "元", "money")),
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
        Fig("三分之二", "66.666667", "%", "percent"),
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

# ----- issue #12 B: every written form of a number -------------------------------------------------

# A decimal point written as a middle dot (U+00B7, U+30FB, U+2027, U+FF65), a full-width
# point, or 点/點 between Chinese numerals; inside magnitudes, percentages, ranges and lists.
DECIMAL_POINTS = [
    row("全县粮食播种面积４２·３万亩", Fig("４２·３万亩", "423000", "亩", "area")),
    row("城镇居民人均收入增长7・8%", Fig("7・8%", "7.8", "%", "percent")),
    row("出口额达到1‧25亿美元", Fig("1‧25亿美元", "125000000", "美元", "money")),
    row("化肥用量下降2･5个百分点", Fig("2･5个百分点", "2.5", "百分点", "percentage_point")),
    row("企业数量增长１．５倍", Fig("１．５倍", "1.5", "倍", "multiple")),
    row("今年一季度工业贷款净增２·６亿元", Fig("２·６亿元", "260000000", "元", "money")),
    row("全年接待游客２·６—３·８万人次", Fig("２·６—３·８万人次", "26000", "人次", "count", high="38000")),
    row(
        "储备化肥８·５万吨、农膜２·７万吨",
        Fig("８·５万吨", "85000", "吨", "mass"),
        Fig("２·７万吨", "27000", "吨", "mass"),
    ),
    row("杂交玉米种子每亩用量２１·３２公斤", Fig("２１·３２公斤", "21.32", "公斤", "mass")),
    # 每 and a unit right before the number are its denominator (`per`), as /吨 after it is; the
    # unit is the one written with the number (元 in 每吨2300元, 吨/年 in 3095万吨/年)
    row("全年推广农机具1.2万台套", Fig("1.2万台套", "12000", "台套", "count")),
    row("玉米收购价格每吨2300元", Fig("2300元", "2300", "元", "rate")),
    row("公路密度每百平方公里128.5公里", Fig("128.5公里", "128.5", "公里", "rate")),
    row("生活补贴每人约500元", Fig("500元", "500", "元", "rate", "approx")),
    # in a letter-spaced line the dot stands a space away from each digit
    row("城 镇 居 民 收 入 增 长 4 · 9 %", Fig("4 · 9 %", "4.9", "%", "percent")),
    # ...or a stray space on one side of it
    row("全省共有人民调解员11· 6万人", Fig("11· 6万人", "116000", "人", "count")),
    row("社区矫正对象再犯罪率为0 ·18%", Fig("0 ·18%", "0.18", "%", "percent")),
    # a name's middle dot stays one, spaced or not
    row("马 克 思 · 韦 伯 纪 念 馆 接 待 3 万 人 次", Fig("3 万 人 次", "30000", "人次", "count")),
    row("城镇化率达到百分之六十三点五", Fig("百分之六十三点五", "63.5", "%", "percent")),
    row("二产增加值增长十四点六个百分点", Fig("十四点六个百分点", "14.6", "百分点", "percentage_point")),
    row("全年降水量陆 点 五毫米", Fig("陆 点 五毫米", "6.5", "毫米", "length")),
    row("森林覆盖率提高到六十二點五%", Fig("六十二點五%", "62.5", "%", "percent")),
]

# 成 counts tenths of 100 %; 折 is a price as a share of the full price (patterns/units.toml).
TENTHS_AND_DISCOUNTS = [
    row("全省有六成五的企业开展了数字化改造", Fig("六成五", "65", "%", "percent")),
    row("近两成半的村庄实现集中供水", Fig("两成半", "25", "%", "percent", "nearly")),
    row("新能源车渗透率超过半成", Fig("半成", "5", "%", "percent", "more_than")),
    row("小麦单产提高8.5成", Fig("8.5成", "85", "%", "percent")),
    row("受访群众满意度达七成 六", Fig("七成 六", "76", "%", "percent")),
    row("欠费收缴率达到十成", Fig("十成", "100", "%", "percent")),
    row("商场春节期间全场九五折", Fig("九五折", "95", "%", "percent")),
    row("部分商品三八折销售", Fig("三八折", "38", "%", "percent")),
    row("以旧换新家电六折促销", Fig("六折", "60", "%", "percent")),
    row("持卡会员享受75折优惠", Fig("75折", "75", "%", "percent")),
    row("线上订单一律9.9折", Fig("9.9折", "99", "%", "percent")),
    row("过季服装打对折", Fig("对折", "50", "%", "percent")),
    row("部分图书半折出售", Fig("半折", "50", "%", "percent")),
    row("景区門票打對折", Fig("對折", "50", "%", "percent")),
    row("半成品仓库"),
    row("整件衣服对折后放入箱内"),
    row("十折就是原价"),
    row("以美元折合人民币约3亿元", Fig("3亿元", "300000000", "元", "money", "approx")),
    row("全年计提折旧3000万元", Fig("3000万元", "30000000", "元", "money")),
    row("二十折算成标准工时"),
    row("新增3台折叠屏产线", Fig("3台", "3", "台", "count")),
    row("行业发展迎来转折"),
    row("项目审批一波三折"),
    row("补贴层层七折八扣"),
]

# Parts per ten thousand and per million, in percent (patterns/number_words.toml).
PARTS_PER = [
    row("不良反应发生率为万分之三", Fig("万分之三", "0.03", "%", "percent")),
    row("安全事故率控制在百万分之五以下", Fig("百万分之五", "0.0005", "%", "percent", "at_most")),
    row("不良贷款率不超过千分之二", Fig("千分之二", "2", "‰", "permille", "at_most")),
    row("差错率降至萬分之一點五", Fig("萬分之一點五", "0.015", "%", "percent")),
    row("抽检合格率为百分之九十九点九", Fig("百分之九十九点九", "99.9", "%", "percent")),
    row("五百分之2.2"),
    row("占三千分之一", Fig("三千分之一", "0.033333", "%", "percent")),
]

# Hong Kong, Macau and Taiwan releases; financial numerals.
TRADITIONAL = [
    row(
        "營業額增幅達到拾萬零五十六點叁叁個百分點",
        Fig("拾萬零五十六點叁叁個百分點", "100056.33", "百分点", "percentage_point"),
    ),
    row("全港失業率下降零點三個百分點", Fig("零點三個百分點", "0.3", "百分点", "percentage_point")),
    row("全年出口貨值兩萬億元", Fig("兩萬億元", "2000000000000", "元", "money")),
    row("新增就業崗位兩萬個", Fig("兩萬個", "20000", "个", "count")),
    row("颱風造成損失約五億元", Fig("五億元", "500000000", "元", "money", "approx")),
    row("本澳生產總值達到4,000億澳門元", Fig("4,000億澳門元", "400000000000", "澳门元", "money")),
    row("回收廢紙3.5萬噸", Fig("3.5萬噸", "35000", "吨", "mass")),
    row("新增公共綠地120公頃", Fig("120公頃", "120", "公顷", "area")),
    row("採購救護車12臺", Fig("12臺", "12", "台", "count")),
    row("資助金額壹佰贰拾萬元", Fig("壹佰贰拾萬元", "1200000", "元", "money")),
    row("捐款貳拾萬元整", Fig("貳拾萬元", "200000", "元", "money")),
    row("合同總價陸仟伍佰元", Fig("陸仟伍佰元", "6500", "元", "money")),
    row("稅收收入增長佰分之八", Fig("佰分之八", "8", "%", "percent")),
    row("人口約六十八萬人", Fig("六十八萬人", "680000", "人", "count", "approx")),
    row("公司有3.5萬員工", Fig("3.5萬", "35000", "人", "count")),
    row("招聘技術人員1200人", Fig("1200人", "1200", "人", "count")),
    row("逾兩成市民表示滿意", Fig("兩成", "20", "%", "percent", "more_than")),
    row("全年用電量超過170億千瓦時", Fig("170億千瓦時", "17000000000", "千瓦时", "energy", "more_than")),
    row("旅客較上年增加一百餘萬人次", Fig("一百餘萬人次", "1000000", "人次", "count", "more_than")),
    row("陆家嘴金融区新增企业"),
    row("加强干部队伍建设"),
    # a financial digit that is also a word starts a number only before a place, a section
    # or a decimal point; elsewhere the numeral after it starts the number
    row("捐款參拾萬元整", Fig("參拾萬元", "300000", "元", "money")),
    row("购买海参三斤", Fig("三斤", "3", "斤", "mass")),
    row("参加三项活动", Fig("三项", "3", "项", "count")),
    row("来自大陆五万人参观", Fig("五万人", "50000", "人", "count")),
    row("组建巡逻队伍三百支", Fig("三百支", "300", "支", "count")),
    row("第陆拾条"),
    # Every kind of pattern word, written in traditional characters: the text is read as
    # simplified (patterns/traditional.txt), so the simplified words of patterns/ match it.
    row("工程款叄仟伍佰元", Fig("叄仟伍佰元", "3500", "元", "money")),
    row("撥款貳佰萬元", Fig("貳佰萬元", "2000000", "元", "money")),
    row("補助陸拾萬元", Fig("陸拾萬元", "600000", "元", "money")),
    row("本季出口貨值兩萬億元", Fig("兩萬億元", "2000000000000", "元", "money")),
    row("每斤售價三兩銀", Fig("三兩", "3", "两", "mass")),
    row("增長了兩個百分點", Fig("兩個百分點", "2", "百分点", "percentage_point")),
    row("事故率控制在百萬分之五", Fig("百萬分之五", "0.0005", "%", "percent")),
    row("經濟總量翻兩番", Fig("翻兩番", "4", "倍", "multiple")),
    row("十年來收入翻了兩番", Fig("翻了兩番", "4", "倍", "multiple")),
    row("全場商品打對折", Fig("對折", "50", "%", "percent")),
    row("幾百家企業參展", Fig("幾百家", "200", "家", "count", "approx", high="900")),
    row("數十萬市民參與", Fig("數十萬", "200000", "人", "count", "approx", high="900000")),
    row("增長率為十二點五個百分點", Fig("十二點五個百分點", "12.5", "百分点", "percentage_point")),
    row("氣溫降至負5攝氏度", Fig("負5攝氏度", "-5", "℃", "temperature")),
    row("為企業減負2500億元", Fig("2500億元", "250000000000", "元", "money")),
    row("營收超過百億美元", Fig("百億美元", "10000000000", "美元", "money", "more_than")),
    # a time taken (耗时), like a time measured, is a statistic: kind count (measure.toml time_counts)
    row("耗時一個半小時", Fig("一個半小時", "1.5", "小时", "count")),
    row("運輸兩噸半", Fig("兩噸半", "2.5", "吨", "mass")),
    row("大約5000輛", Fig("5000輛", "5000", "辆", "count", "approx")),
    row("將近三成", Fig("三成", "30", "%", "percent", "nearly")),
    row("控制在3%以內", Fig("3%", "3", "%", "percent", "at_most")),
    row("成交額邁上2萬億元新臺階", Fig("2萬億元", "2000000000000", "元", "money", "at_least")),
    row("經濟總量跨過十萬億元大關", Fig("十萬億元", "10000000000000", "元", "money", "more_than")),
    row("全年越過5萬億元關口", Fig("5萬億元", "5000000000000", "元", "money", "more_than")),
    row("全港有3隻貓", Fig("3隻", "3", "只", "count")),
    row("開通3條道路", Fig("3條", "3", "条", "count")),
    row("新建住宅12棟", Fig("12棟", "12", "栋", "count")),
    row("舉辦演出120場次", Fig("120場次", "120", "场次", "count")),
    row("吞吐量800萬標箱", Fig("800萬標箱", "8000000", "标箱", "count")),
    row("出口鋼材5萬公噸", Fig("5萬公噸", "50000", "吨", "mass")),
    row("節約用電3億度", Fig("3億度", "300000000", "千瓦时", "energy")),
    row("氣溫最高達到38度", Fig("38度", "38", "℃", "temperature")),
    row("新增耕地3000畝", Fig("3000畝", "3000", "亩", "area")),
    row("噪音低於55分貝", Fig("55分貝", "55", "分贝", "sound_level", "less_than")),
    # a bound right before the figure (低于, 高于); a word after the figure outweighs it, the
    # figure then compared with (低于5.5%左右的年度控制目标)
    row("3个县竣工率低于80%", Fig("3个", "3", "个", "count"), Fig("80%", "80", "%", "percent", "less_than")),
    row("PMI高于50%", Fig("50%", "50", "%", "percent", "more_than")),
    row("低于5.5%左右的年度控制目标", Fig("5.5%", "5.5", "%", "percent", "approx")),
    row("年滿18週歲", Fig("18週歲", "18", "岁", "age")),
    row("嬰兒6個月大", Fig("6個月大", "6", "月", "age")),
    row("等候不超過15分鐘", Fig("15分鐘", "15", "分钟", "duration", "at_most")),
    row("售價300港幣", Fig("300港幣", "300", "港元", "money")),
    row("補貼1萬新臺幣", Fig("1萬新臺幣", "10000", "新台币", "money")),
    row("投資2億英鎊", Fig("2億英鎊", "200000000", "英镑", "money")),
    row("罰款5萬人民幣", Fig("5萬人民幣", "50000", "元", "money")),
    row("每斤3塊錢", Fig("3塊錢", "3", "元", "rate")),
    row("每件2歐元50歐分", Fig("2歐元50歐分", "2.5", "欧元", "rate")),
    row("資助9萬兒童", Fig("9萬", "90000", "人", "count")),
    row("接待3000萬遊客", Fig("3000萬", "30000000", "人次", "count")),
    row("下降2個千分點", Fig("2個千分點", "2", "千分点", "permille_point")),
    row("每週三個團體"),
    # read as the simplified sentence is: 条 counts lines (線路), 处 is no unit before 于 (於),
    # and 12345市民热线 (熱線) is a telephone line
    row("開通3條線路", Fig("3條", "3", "条", "count")),
    row("有3處於山區"),
    row("撥打12345市民熱線"),
]

# Characters spaced apart inside a number or unit (normalise removes the spaces between Chinese characters).
SPACED = [
    row("利润率提高 二 十 三 个 百 分 点", Fig("二 十 三 个 百 分 点", "23", "百分点", "percentage_point")),
    row("就业率提高 四   个 百 分 点", Fig("四   个 百 分 点", "4", "百分点", "percentage_point")),
    row("消费增长 百 分 之 2.4", Fig("百 分 之 2.4", "2.4", "%", "percent")),
    row("投资增速回落２．４   个百分 点", Fig("２．４   个百分 点", "2.4", "百分点", "percentage_point")),
    row("差距缩小一百五十    个百分点", Fig("一百五十    个百分点", "150", "百分点", "percentage_point")),
    row("全 年 降 水 量 六 百 毫 米", Fig("六 百 毫 米", "600", "毫米", "length")),
    # digits spaced one by one in a line that is not (a number set with tracking in a PDF)
    row("城镇居民人均可支配收入5 2 3 6 8元", Fig("5 2 3 6 8元", "52368", "元", "money")),
    # a space that groups thousands (SI style, as some releases and tables write them)
    row("各项存款比年初增加6 842亿元", Fig("6 842亿元", "684200000000", "元", "money")),
    row("年末常住人口1 234 567人", Fig("1 234 567人", "1234567", "人", "count")),
    row("贷款余额223 614.5亿元", Fig("223 614.5亿元", "22361450000000", "元", "money")),
]

# 半 after a unit or between 个 and the unit; a smaller unit of money after the larger.
HALVES_AND_COMPOUND_MONEY = [
    row("每户收获稻谷两吨半", Fig("两吨半", "2.5", "吨", "mass")),
    row("新建护栏高三米半", Fig("三米半", "3.5", "米", "length")),
    row("生猪出栏平均重十五斤半", Fig("十五斤半", "15.5", "斤", "mass")),
    row("学生每天锻炼一个半小时", Fig("一个半小时", "1.5", "小时", "duration")),
    row("沿线每公里铺设一吨半碎石", Fig("一吨半", "1.5", "吨", "mass")),
    row("比上年提高三个半百分点", Fig("三个半百分点", "3.5", "百分点", "percentage_point")),
    row("管道三米半径范围内", Fig("三米", "3", "米", "length")),
    row("公交票价为5元3角", Fig("5元3角", "5.3", "元", "money")),
    row("每杯售价八美元又五美分", Fig("八美元又五美分", "8.05", "美元", "money")),
    row("每斤青菜三元五毛", Fig("三元五毛", "3.5", "元", "money")),
    row("一张邮票两美元又三美分", Fig("两美元又三美分", "2.03", "美元", "money")),
    row("每度电价0元5角8分", Fig("0元5角8分", "0.58", "元", "money")),
    row("罚款200元，扣3分", Fig("200元", "200", "元", "money")),
]

SIGNS = [
    row("工业品出厂价格同比负2.7%", Fig("负2.7%", "-2.7", "%", "percent")),
    row("监测点地面沉降负0.2千米", Fig("负0.2千米", "-0.2", "千米", "length")),
    row("出口增速为－12%", Fig("－12%", "-12", "%", "percent")),
    row("房地产投资增长-22.2%", Fig("-22.2%", "-22.2", "%", "percent")),
    row("房地产投资下降22.2%", Fig("22.2%", "22.2", "%", "percent")),
    row("增速为负百分之三", Fig("负百分之三", "-3", "%", "percent")),
    row("为经营主体减负2500亿元以上", Fig("2500亿元", "250000000000", "元", "money", "at_least")),
    row("测量误差正负2%", Fig("2%", "2", "%", "percent")),
    row("消费出现负增长"),
]

CURRENCIES = [
    row("国际油价跌至每桶$45", Fig("$45", "45", "美元", "money")),
    row("项目总投资US$3.5亿", Fig("US$3.5亿", "350000000", "美元", "money")),
    row("上市募集资金HK$12亿", Fig("HK$12亿", "1200000000", "港元", "money")),
    row("投资额为NT$200亿", Fig("NT$200亿", "20000000000", "新台币", "money")),
    row("成人门票￥120", Fig("￥120", "120", "元", "money")),
    row("单价¥35", Fig("¥35", "35", "元", "money")),
    row("每吨报价€30", Fig("€30", "30", "欧元", "money")),
    row("每件售价£12", Fig("£12", "12", "英镑", "money")),
    row("合同金额RMB 100万", Fig("RMB 100万", "1000000", "元", "money")),
    # an abbreviation in capitals right before a number with a magnitude: the number is a figure
    row("出口额USD3.5亿", Fig("USD3.5亿", "350000000", "美元", "money")),
    row("全市实现GDP3256.8亿元", Fig("3256.8亿元", "325680000000", "元", "money")),
    row("全市实现GDP3,256.8亿元", Fig("3,256.8亿元", "325680000000", "元", "money")),
    row("进口铁矿石价格$80/吨", Fig("$80/吨", "80", "美元/吨", "rate")),
    row("结算金额500 USD", Fig("500 USD", "500", "美元", "money")),
    row("累计捐赠80美圆", Fig("80美圆", "80", "美元", "money")),
    row("两岸贸易额1200亿台币", Fig("1200亿台币", "120000000000", "新台币", "money")),
    row("台资企业投资20亿新台币", Fig("20亿新台币", "2000000000", "新台币", "money")),
    row("援助资金2000万瑞士法郎", Fig("2000万瑞士法郎", "20000000", "瑞士法郎", "money")),
    row("双边贸易额30亿卢布", Fig("30亿卢布", "3000000000", "卢布", "money")),
    row("韩资企业投资100亿韩元", Fig("100亿韩元", "10000000000", "韩元", "money")),
    row("本澳生产总值584.7亿澳门元", Fig("584.7亿澳门元", "58470000000", "澳门元", "money")),
    row("查获比特币1.5万个", Fig("1.5万个", "15000", "个", "count")),
    row("涉案虚拟货币价值3000比特币", Fig("3000比特币", "3000", "比特币", "money")),
]

# Units beyond the bulletins of the corpus; 度 and 年 read the words of their clause.
MORE_UNITS = [
    row("全市用电量达到12亿度", Fig("12亿度", "1200000000", "千瓦时", "energy")),
    row("光伏电站年发电3000万度", Fig("3000万度", "30000000", "千瓦时", "energy")),
    row("居民每月免费用电50度", Fig("50度", "50", "千瓦时", "energy")),
    row("全市最高气温38度", Fig("38度", "38", "℃", "temperature")),
    row("体温超过37.3度的人员", Fig("37.3度", "37.3", "℃", "temperature", "more_than")),
    row("恒温库温度控制在4度左右", Fig("4度", "4", "℃", "temperature", "approx")),
    row("发电机组运行温度达到80度", Fig("80度", "80", "℃", "temperature")),
    row("坡面角度为30度"),
    row("2024年度部门预算"),
    row("年均气温14.5摄氏度", Fig("14.5摄氏度", "14.5", "℃", "temperature")),
    row("冷库温度零下18°C", Fig("零下18°C", "-18", "℃", "temperature")),
    row("当日最高气温98°F", Fig("98°F", "98", "℉", "temperature")),
    row("当日最高气温华氏95度", Fig("95度", "95", "℉", "temperature")),
    row("最高气温达到95华氏度", Fig("95华氏度", "95", "℉", "temperature")),
    row("人均预期寿命79.2岁", Fig("79.2岁", "79.2", "岁", "age")),
    row("年满60周岁以上老人", Fig("60周岁", "60", "岁", "age", "at_least")),
    row("为6个月大的婴儿接种", Fig("6个月大", "6", "月", "age")),
    row("出生3周大的幼犬", Fig("3周大", "3", "周", "age")),
    # years read after a noun of duration (年限); measured (平均受教育年限), a statistic: kind count
    row("平均受教育年限达到14.2年", Fig("14.2年", "14.2", "年", "count")),
    row(
        "平均受教育年限由2020年的10.5年提高到2025年的11.2年",
        Fig("10.5年", "10.5", "年", "count"),
        Fig("11.2年", "11.2", "年", "count"),
    ),
    row("城市发展已有30多年", Fig("30多年", "30", "年", "duration", "more_than")),
    row("坚持植树造林二十余年", Fig("二十余年", "20", "年", "duration", "more_than")),
    row("工龄满15年的职工", Fig("15年", "15", "年", "duration")),
    row("项目建设用时三年"),
    row("项目建设周期6个月", Fig("6个月", "6", "月", "count")),
    row("项目建设历时6个月", Fig("6个月", "6", "月", "duration")),
    row("今年前两个月"),
    row("前11个月累计"),
    row("每次检测约30分钟", Fig("30分钟", "30", "分钟", "duration", "approx")),
    row("学生平均身高160公分", Fig("160公分", "160", "厘米", "length")),
    row("新建管线300km", Fig("300km", "300", "千米", "length")),
    row("隧道长度达2.5 km", Fig("2.5 km", "2.5", "千米", "length")),
    row("单件重量不超过3kg", Fig("3kg", "3", "千克", "mass", "at_most")),
    row("每包净含量500g", Fig("500g", "500", "克", "mass")),
    row("路面宽3.5 m", Fig("3.5 m", "3.5", "米", "length")),
    row("地下管廊直径120cm", Fig("120cm", "120", "厘米", "length")),
    row("降水量达到35mm", Fig("35mm", "35", "毫米", "length")),
    row("人均住房面积40m2", Fig("40m2", "40", "平方米", "area")),
    row("调蓄池容积3000m3", Fig("3000m3", "3000", "立方米", "volume")),
    row("新建100m23号楼"),
    row("新增储能200MW", Fig("200MW", "200", "兆瓦", "power")),
    row("单台充电桩功率120kW", Fig("120kW", "120", "千瓦", "power")),
    row("年发电量3000kWh", Fig("3000kWh", "3000", "千瓦时", "energy")),
    row("电网频率为50Hz", Fig("50Hz", "50", "赫兹", "frequency")),
    row("芯片主频3.2GHz", Fig("3.2GHz", "3.2", "吉赫兹", "frequency")),
    row("每部手机存储空间64GB", Fig("64GB", "64", "吉字节", "data_size")),
    row("单个附件不超过10MB", Fig("10MB", "10", "兆字节", "data_size", "at_most")),
    row("数据中心备份数据2TB", Fig("2TB", "2", "太字节", "data_size")),
    row("内存256兆字节", Fig("256兆字节", "256", "兆字节", "data_size")),
    row("每帧数据1000字节", Fig("1000字节", "1000", "字节", "data_size")),
    row("每份午餐热量600千卡", Fig("600千卡", "600", "千卡", "energy")),
    row("当年出土黄金二两", Fig("二两", "2", "两", "mass")),
    row("每人每天食用油不超过五两", Fig("五两", "5", "两", "mass", "at_most")),
    row("每户储备大米3两", Fig("3两", "3", "两", "mass")),
    row("休息三两天"),
    row("学生两两结对"),
    row("组织3轮集中谈判", Fig("3轮", "3", "轮", "count")),
    row("完成两轮融资", Fig("两轮", "2", "轮", "count")),
    row("新增三轮车200辆", Fig("200辆", "200", "辆", "count")),
    row("全年开展巡查1200次", Fig("1200次", "1200", "次", "count")),
    row("召开了十次专题会议", Fig("十次", "10", "次", "count")),
    # a session of a congress, numbered without 第: no count
    row("在十四届全国人大三次会议上"),
    row("市委十二届五次全会"),
    row("召开常务会议12次", Fig("12次", "12", "次", "count")),
    row("举办演出3万余场次", Fig("3万余场次", "30000", "场次", "count", "more_than")),
]

# Units of devices and weather: data rates, battery charge, litres, wind force (级 only where
# the clause is about wind)
DEVICES_AND_WEATHER = [
    # a magnitude alone after 近 (nearly) or before 余/多 (and more)
    row("近万人参加活动", Fig("万人", "10000", "人", "count", "nearly")),
    row("吸引投资近千亿元", Fig("千亿元", "100000000000", "元", "money", "nearly")),
    row("培育千余家企业", Fig("千余家", "1000", "家", "count", "more_than")),
    row("帮助万余人就业", Fig("万余人", "10000", "人", "count", "more_than")),
    row("附近万人小区"),
    row("60岁及以上老年人口占比20%", Fig("60岁", "60", "岁", "age", "at_least"), Fig("20%", "20", "%", "percent")),
    row("千亿级产业集群"),
    # a range of tenths (成, 折): the low end is in the same unit as the high end
    row("收入增长两到三成", Fig("两到三成", "20", "%", "percent", None, "30")),
    row("商品打七到八折", Fig("七到八折", "70", "%", "percent", None, "80")),
    row("百分之百完成年度任务", Fig("百分之百", "100", "%", "percent")),
    row("失业率下降0.3pp", Fig("0.3pp", "0.3", "百分点", "percentage_point")),
    row("5G网速达1Gbps", Fig("1Gbps", "1", "吉比特/秒", "data_rate")),
    row("宽带接入速率100Mbps", Fig("100Mbps", "100", "兆比特/秒", "data_rate")),
    row("平均可用下载速率达到96.8Mbit/s", Fig("96.8Mbit/s", "96.8", "兆比特/秒", "data_rate")),
    # customs declarations counted in 票, sets of data in 组; not a word that opens with them (票据, 组织)
    row("累计办理报关单14.2万票", Fig("14.2万票", "142000", "票", "count")),
    row("全年获取监测数据12.6万组", Fig("12.6万组", "126000", "组", "count")),
    row("新建3组织"),
    # computing power in P where the clause is about it, a bandwidth in T; not a 1P air conditioner
    row("全市算力总规模达到6.8万P", Fig("6.8万P", "68000", "PFLOPS", "computing_power")),
    row("出省带宽达到48T", Fig("48T", "48", "太比特/秒", "data_rate")),
    row("推广1P空调3000台", Fig("3000台", "3000", "台", "count")),
    # seconds and their parts; pages scanned, files consulted, characters written (in digits only)
    row("百米成绩9.85秒", Fig("9.85秒", "9.85", "秒", "duration")),
    row(
        "完成数字化2.68亿画幅，调阅档案12.4万卷次",
        Fig("2.68亿画幅", "268000000", "画幅", "count"),
        Fig("12.4万卷次", "124000", "卷次", "count"),
    ),
    row("编研成果326万字", Fig("326万字", "3260000", "字", "count")),
    row("全省红十字会坚持十六字方针"),
    # models or products (款), checks counted each time (项次); not 款项, 款式
    row("推出新品120款", Fig("120款", "120", "款", "count")),
    row("开展检测213项次", Fig("213项次", "213", "项次", "count")),
    row("记录水鸟1.86万只次", Fig("1.86万只次", "18600", "只次", "count")),
    row("入库血样1.38万人份", Fig("1.38万人份", "13800", "人份", "count")),
    # hours of teaching, courses (门, in digits only: 三门峡 is a place), gas in standard cubic metres,
    # cases counted by the case or the person (件（人）次), couples matched (对 after 牵手)
    row("开展公益性课程培训2.6万课时", Fig("2.6万课时", "26000", "课时", "count")),
    row("建设精品在线开放课程340门", Fig("340门", "340", "门", "count")),
    row("三门峡市"),
    row("单台产氢能力1000标方/小时", Fig("1000标方/小时", "1000", "标方/小时", "rate")),
    row("登记受理信访事项21.46万件（人）次", Fig("21.46万件（人）次", "214600", "件次", "count")),
    row("青年联谊活动牵手成功三千对", Fig("三千对", "3000", "对", "count")),
    # lots of futures where the clause is about trading them; no unit elsewhere (二手房)
    row("期货成交量2864.52万手", Fig("2864.52万手", "28645200", "手", "count")),
    row("二手房3套", Fig("3套", "3", "套", "count")),
    row("3款式样"),
    row("开展秒杀活动"),
    row("电池容量5000毫安时", Fig("5000毫安时", "5000", "毫安时", "charge")),
    row("电池容量4500mAh", Fig("4500mAh", "4500", "毫安时", "charge")),
    row("发动机排量2.0L", Fig("2.0L", "2.0", "升", "volume")),
    row("每瓶500ml", Fig("500ml", "500", "毫升", "volume")),
    row("沿海风力8级，阵风10级", Fig("8级", "8", "级", "wind_force"), Fig("10级", "10", "级", "wind_force")),
    row("建成三级医院12家", Fig("12家", "12", "家", "count")),
    row("启动一级响应"),
    row("采用GBK编码"),
]

# Numbers listed with one unit after the last: each takes that unit, and its magnitude
# when it has none of its own; the unit stays outside the first figures' text.
SHARED_UNITS = [
    # a number after 每 counts a rate's denominator (每十万人口), no figure
    row("每十万人口拥有医生320人", Fig("320人", "320", "人", "count")),
    # ...in digits too, and a number with no unit after 每, a number and people is a rate per so many
    row("每10万人拥有医生320人", Fig("320人", "320", "人", "count")),
    row("报告发病率为每10万人612.34", Fig("612.34", "612.34", "/10万", "rate")),
    row("死亡率为每十万人口0.44", Fig("0.44", "0.44", "/10万", "rate")),
    row("每1元财政资金撬动社会资本5.6元", Fig("5.6元", "5.6", "元", "money")),
    # scheduled runs and calls; not 三班倒, 3个县通高速
    row("国际航线每周执飞64班", Fig("64班", "64", "班", "count")),
    row("热线接听来电213万通", Fig("213万通", "2130000", "通", "count")),
    row("实行三班倒"),
    row("全年检查企业2600余家次", Fig("2600余家次", "2600", "家次", "count", "more_than")),
    row("飞防作业21万亩次", Fig("21万亩次", "210000", "亩次", "count")),
    # a unit cut short before a list word is the next number's (0.5个和1.3个百分点)
    row(
        "分别提高0.5个和1.3个百分点",
        Fig("0.5个", "0.5", "百分点", "percentage_point"),
        Fig("1.3个百分点", "1.3", "百分点", "percentage_point"),
    ),
    row("新建学校3个和医院2个", Fig("3个", "3", "个", "count"), Fig("2个", "2", "个", "count")),
    # a bound or an estimate before a whole and 的 qualifies the share or multiple after it
    row("分红比例不低于当年归母净利润的30%", Fig("30%", "30", "%", "percent", "at_least")),
    row("在手订单约为本年营业收入的1.26倍", Fig("1.26倍", "1.26", "倍", "multiple", "approx")),
    row("工业用电占全社会用电量的61.2%", Fig("61.2%", "61.2", "%", "percent")),
    row("全省3个县通高速", Fig("3个", "3", "个", "count")),
    # the last item joined by 和, 及 or 与
    row(
        "分别比上年提高1.3和2.1个百分点",
        Fig("1.3", "1.3", "百分点", "percentage_point"),
        Fig("2.1个百分点", "2.1", "百分点", "percentage_point"),
    ),
    row(
        "分别提高1.3、2.1和0.8个百分点",
        Fig("1.3", "1.3", "百分点", "percentage_point"),
        Fig("2.1", "2.1", "百分点", "percentage_point"),
        Fig("0.8个百分点", "0.8", "百分点", "percentage_point"),
    ),
    row("2025和2026年连续两年增长"),
    row("地铁1和2号线"),
    row(
        "单日最高客运量分别达1409万、1305万人次",
        Fig("1409万", "14090000", "人次", "count"),
        Fig("1305万人次", "13050000", "人次", "count"),
    ),
    row("粮食、棉花产量分别为120、35万吨", Fig("120", "1200000", "吨", "mass"), Fig("35万吨", "350000", "吨", "mass")),
    row(
        "三地分别为12、15、18亿元",
        Fig("12", "1200000000", "元", "money"),
        Fig("15", "1500000000", "元", "money"),
        Fig("18亿元", "1800000000", "元", "money"),
    ),
    row(
        "两地分别增长5.6、7.5个百分点",
        Fig("5.6", "5.6", "百分点", "percentage_point"),
        Fig("7.5个百分点", "7.5", "百分点", "percentage_point"),
    ),
    row("箱体尺寸3×2米", Fig("3", "3", "米", "length"), Fig("2米", "2", "米", "length")),
    row("屏幕分辨率1920×1080"),  # no unit after the last: no figure
    # a product shares only a unit of length, the sides of a size: 2×66万千瓦 counts units of
    # 66万千瓦 each; 2 400×0.5% is a sum worked out
    row("新建2×66万千瓦燃煤机组", Fig("66万千瓦", "660000", "千瓦", "power")),
    row("每人每月增加12元（2 400×0.5%）", Fig("12元", "12", "元", "money"), Fig("0.5%", "0.5", "%", "percent")),
    row("第1、2季度"),  # ordinals: no unit, no figure
    row("地铁1、2、3号线"),
    row("惠及3、5万儿童", Fig("5万", "50000", "人", "count")),  # a counted noun counts the figure before it only
]

# A number before a noun that counts people or households (patterns/units.toml [counted_nouns]).
COUNTED_NOUNS = [
    row("项目建成后2.6万村民受益", Fig("2.6万", "26000", "人", "count")),
    row("营养改善计划惠及9万儿童", Fig("9万", "90000", "人", "count")),
    row("调查队对３·６万多农户进行调查", Fig("３·６万多", "36000", "户", "count", "more_than")),
    row("对１０００农户的抽样调查", Fig("１０００", "1000", "户", "count")),
    row("被调查的２１００农户中", Fig("２１００", "2100", "户", "count")),
    row("全校2000学生参加了演练", Fig("2000", "2000", "人", "count")),
    row("库区有5000居民搬迁", Fig("5000", "5000", "人", "count")),
    row("帮助1.2万脱贫户增收", Fig("1.2万", "12000", "户", "count")),
    row("全年接待200万游客", Fig("200万", "2000000", "人次", "count")),
    row("培训3.5万名农民", Fig("3.5万名", "35000", "名", "count")),
    row("2万多户家庭用上天然气", Fig("2万多户", "20000", "户", "count", "more_than")),
    row("拨打12345市民热线"),
    # ...and a number with a magnitude and no unit, at the end of its clause, after a noun that
    # names people or visits ([counted_nouns.before]): the noun before says what it counts
    row("全市常住人口1200万。", Fig("1200万", "12000000", "人", "count")),
    row(
        "訪港旅客人次約1,230萬，較去年同期增加12%",
        Fig("1,230萬", "12300000", "人次", "count", "approx"),
        Fig("12%", "12", "%", "percent"),
    ),
    row("全年接待游客3.2亿，增长8%", Fig("3.2亿", "320000000", "人次", "count"), Fig("8%", "8", "%", "percent")),
    row("该县户籍人口约86万", Fig("86万", "860000", "人", "count", "approx")),
    row("2023年末人口1200"),  # no magnitude: a code or a year may follow a noun
    row("全市就业人员1200万以上。", Fig("1200万", "12000000", "人", "count", "at_least")),
    row("常住人口1200万以上的城市"),  # a modifier of the noun after it, not a clause of its own
    row("全市人口1200万户", Fig("1200万户", "12000000", "户", "count")),  # a unit after it wins
    # not at the end of a clause (户 before 籍 is no unit): only the second is read
    row("常住人口1200万户籍人口800万", Fig("800万", "8000000", "人", "count")),
    row(
        "2025年学生体质健康达标率提高",
    ),
]

# Words before the number and after the figure that together make a bound.
BOUNDS_AROUND = [
    row("地区生产总值迈上3000亿元台阶", Fig("3000亿元", "300000000000", "元", "money", "at_least")),
    row("社会消费品零售总额突破1万亿元大关", Fig("1万亿元", "1000000000000", "元", "money", "more_than")),
    row("进出口总额跨越5000亿元大关", Fig("5000亿元", "500000000000", "元", "money", "more_than")),
    row("港口货物吞吐量跨上10亿吨新台阶", Fig("10亿吨", "1000000000", "吨", "mass", "at_least")),
    row("登山队登上3000米高峰", Fig("3000米", "3000", "米", "length")),
    row("输电线路跨越1000公里", Fig("1000公里", "1000", "公里", "length")),
    row(
        "股指跌破3000点",
    ),
]

# k, K, M after Arabic digits where a unit follows; magnitudes written alone after 超, 突破.
LATIN_AND_BARE_MAGNITUDES = [
    row("指标差距扩大12k个百分点", Fig("12k个百分点", "12000", "百分点", "percentage_point")),
    row("日配送量达到3K个", Fig("3K个", "3000", "个", "count")),
    row("点击率增长百分之15K", Fig("百分之15K", "15000", "%", "percent")),
    row("播放5K视频"),
    row("4K电视销量增长"),
    row("家庭1000M宽带"),
    row("春秋展会成交额均超百亿美元", Fig("百亿美元", "10000000000", "美元", "money", "more_than")),
    row("地铁日客运量突破千万人次", Fig("千万人次", "10000000", "人次", "count", "more_than")),
    row("等离子体电子温度均破亿度", Fig("亿度", "100000000", "℃", "temperature", "more_than")),
    row("企业营收过亿元", Fig("亿元", "100000000", "元", "money")),
    row("超千家企业参展", Fig("千家", "1000", "家", "count", "more_than")),
    row("培育千亿级产业集群"),
    row("实施百万英才汇南粤行动"),
]

# Two neighbouring digits written together: an approximate range (patterns/number_words.toml).
NEIGHBOUR_DIGITS = [
    row("两地相差二三十个百分点", Fig("二三十个百分点", "20", "百分点", "percentage_point", "approx", high="30")),
    row("仅占百分之二三十", Fig("百分之二三十", "20", "%", "percent", "approx", high="30")),
    row("每个项目投入三四百万元", Fig("三四百万元", "3000000", "元", "money", "approx", high="4000000")),
    row("覆盖十七八个村", Fig("十七八个", "17", "个", "count", "approx", high="18")),
    row("参加者多为五六十岁的居民", Fig("五六十岁", "50", "岁", "age", "approx", high="60")),
    row("每批一两百人", Fig("一两百人", "100", "人", "rate", "approx", high="200")),
    row("七八十年代建成的厂房"),
    row("通知三五天后生效"),
    row("推动一二三产业融合"),
    row("三四线城市房价企稳"),
]

# Inputs that once broke, with what they must give now.
BUGS_CAUGHT = [
    # indicators with no unit: an index, a ratio of jobs to seekers
    row("环境空气质量综合指数为3.62", Fig("3.62", "3.62", "", "number")),
    row("全省人力资源市场求人倍率为1.32", Fig("1.32", "1.32", "", "number")),
    # EMU sets, runs of a train, work of a railway in converted ton-kilometres
    row("动车组4806标准组", Fig("4806标准组", "4806", "标准组", "count")),
    row("开行返岗专列586趟", Fig("586趟", "586", "趟", "count")),
    row(
        "综合能耗3.76吨标准煤/百万换算吨公里",
        Fig("3.76吨标准煤/百万换算吨公里", "3.76", "吨标准煤/百万换算吨公里", "rate"),
    ),
    # work in person-years, classes of goods, doses given
    row("引进博士后研究人员78.3人年", Fig("78.3人年", "78.3", "人年", "count")),
    row("抽检覆盖32大类食品", Fig("32大类", "32", "大类", "count")),
    row("累计接种新冠疫苗1200万剂次", Fig("1200万剂次", "12000000", "剂次", "count")),
    row(
        "发放流感疫苗32万剂，接种剂量0.5毫升",
        Fig("32万剂", "320000", "剂", "count"),
        Fig("0.5毫升", "0.5", "毫升", "volume"),
    ),
    # a cap kept (未超过), and a qualifier before a denominator written before the number
    row("抵销比例均未超过应清缴配额的5%", Fig("5%", "5", "%", "percent", "at_most")),
    row("完全成本约每公斤13.05元", Fig("13.05元", "13.05", "元", "rate", "approx")),
    # a middle dot was no decimal point: 6亿元
    row("净增２·６亿元", Fig("２·６亿元", "260000000", "元", "money")),
    # 台 was read before 台币: 1200亿台, a count
    row("出口额1200亿台币", Fig("1200亿台币", "120000000000", "新台币", "money")),
    # 百分之二 was read out of 百分之二三十
    row("百分之二三十的企业", Fig("百分之二三十", "20", "%", "percent", "approx", high="30")),
    # the 百分之 of a fraction's denominator: 百分之2.2
    row("占五百分之2.2"),
    # 减负 was read as a minus sign: -2500亿元
    row("减负2500亿元", Fig("2500亿元", "250000000000", "元", "money")),
    # the figures of a web address: 30%, 25%, 2020%
    row("https://www.test.com/search?q=30%25%2020%"),
    # 千分之 of 三千分之一 was read as 1‰
    row("约三千分之一", Fig("三千分之一", "0.033333", "%", "percent", "approx")),
    # 百分之六十多 lost its 多
    row("百分之六十多的农户", Fig("百分之六十多", "60", "%", "percent", "more_than")),
    # 方 is not a unit in 千方百计; 零 starts a number before a decimal point
    row("登记失业率下降零点三个百分点", Fig("零点三个百分点", "0.3", "百分点", "percentage_point")),
    # a class of size is no quantity, and a numeral splits only where its parts multiply back
    row("新建1000吨级泊位2个", Fig("2个", "2", "个", "count")),
    row("全省已建成充电桩三千五百台", Fig("三千五百台", "3500", "台", "count")),
    # the low end of a range keeps the qualifier written after it
    row("农村居民人均可支配收入增长7%左右到8%", Fig("7%左右到8%", "7", "%", "percent", "approx", high="8")),
]


# Sentences that must give no figure: years, dates, document numbers, ordinals,
# names and slogans, phone numbers, codes. The one such list of the tables.
NO_FIGURE = [
    # a rank band after 前 counts no one (the 位 of a rank, as 第 makes one)
    row("投诉量居前十位的类别见表1"),
    # 本 and 单 open words after a number: no unit there
    row("3本市企业参加"),
    row("共3单元住宅"),
    row("三次产业结构为7.1:38.8:54.1"),  # the three sectors, and a ratio (no unit)
    row("分别为10 20"),  # two numbers a space apart, no unit: no thousands
    row("会议于10:15开始，11:30结束"),  # times of day, no ratio to one
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
    # codes, page numbers and headers, ordinals, titles (issue #12 B)
    row("通过ISO 9001质量管理体系认证"),
    row("ISO 14001"),
    row("详见附件No.5"),
    row("依据GB3095-2012二级标准"),
    row("访问www.stats.gov.cn/tjsj/2024/30%查看"),
    row("- 3 -"),
    row("第3页"),
    row("第 3 页 共 12 页"),
    row("召开第十五次党代会"),
    row("学习《中央八项规定实施细则》"),
    row("印发《关于做好2024年十项重点工作的通知》"),
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
    row("A380客机"),
    row("PM10浓度"),
    row("H7N9疫情"),
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
    *DECIMAL_POINTS,
    *TENTHS_AND_DISCOUNTS,
    *PARTS_PER,
    *TRADITIONAL,
    *SPACED,
    *HALVES_AND_COMPOUND_MONEY,
    *SIGNS,
    *CURRENCIES,
    *MORE_UNITS,
    *COUNTED_NOUNS,
    *SHARED_UNITS,
    *DEVICES_AND_WEATHER,
    *BOUNDS_AROUND,
    *LATIN_AND_BARE_MAGNITUDES,
    *NEIGHBOUR_DIGITS,
    *BUGS_CAUGHT,
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


def test_fractions_keep_their_own_unit_when_a_pattern_file_says_so(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from presscan import load_patterns

    own = tmp_path / "fractions.toml"
    own.write_text("[number_words]\nfraction_percent = false\n", encoding="utf-8")
    (figure,) = extract("森林覆盖率提高到全省面积的四分之一", patterns=load_patterns([own]))
    assert (figure.value, figure.unit, figure.kind) == (D("0.25"), "分之", "fraction")
    (shipped,) = extract("森林覆盖率提高到全省面积的四分之一")
    assert (shipped.value, shipped.unit, shipped.kind) == (D(25), "%", "percent")
