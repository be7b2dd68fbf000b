"""Sentences in, exact figures out: one parametrized test per named list.

Each row is a sentence (also the test id) and the exact list of figures
`extract` must find in it (tests/rows.py: `Fig(text, value, unit, kind,
qualifier, high=...)`). Every row also checks that `text == sentence[start:end]`.
A row presscan gets wrong is kept with marks=known_failure("...") until it is
fixed. The sentences that must give no figure at all are in
tests/test_numbers_table.py (NO_FIGURE).

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
from rows import Fig, records, row

# Sentences as bulletins write them: one figure each, every unit family in patterns/units.toml.
BULLETIN_CASES = [
    row("建成12寸晶圆生产线", Fig("12寸", "12", "寸", "length")),
    row("全市孕产妇死亡率为6.8/10万", Fig("6.8/10万", "6.8", "/10万", "rate")),
    row("法定报告传染病死亡率为0.52/十万", Fig("0.52/十万", "0.52", "/10万", "rate")),
    row("全年开展检查三次，举办培训12次", Fig("三次", "3", "次", "count"), Fig("12次", "12", "次", "count")),
    row("全省高速公路已建成充电桩890台", Fig("890台", "890", "台", "count")),
    row("全年新增新能源汽车1.2万辆", Fig("1.2万辆", "12000", "辆", "count")),
    row("建成5G基站1.1万座", Fig("1.1万座", "11000", "座", "count")),
    row("新增就业岗位5.6万个", Fig("5.6万个", "56000", "个", "count")),
    row("实施重点项目320项", Fig("320项", "320", "项", "count")),
    row("规模以上工业企业2486家", Fig("2486家", "2486", "家", "count")),
    row("年末常住人口3680.5万人", Fig("3680.5万人", "36805000", "人", "count")),
    # a number with a magnitude and no unit after a noun of people counts them, at a clause's or a
    # list item's end
    row(
        "其中，视力残疾人4.2万、听力残疾人2.9万",
        Fig("4.2万", "42000", "人", "count"),
        Fig("2.9万", "29000", "人", "count"),
    ),
    row("全省固定宽带用户达到4500万", Fig("4500万", "45000000", "户", "count")),
    row("新增清洁取暖改造12.8万户", Fig("12.8万户", "128000", "户", "count")),
    row("卫生机构病床8899张", Fig("8899张", "8899", "张", "count")),
    row("公共图书馆藏书总量204.5万册", Fig("204.5万册", "2045000", "册", "count")),
    row("深圳运动健儿获得金牌10枚", Fig("10枚", "10", "枚", "count")),
    row("接待游客3560万人次", Fig("3560万人次", "35600000", "人次", "count")),
    row("港口集装箱吞吐量128.6万标箱", Fig("128.6万标箱", "1286000", "标箱", "count")),
    row("春运期间加开临客320列次", Fig("320列次", "320", "列次", "count")),
    row("全年查验出入境交通工具86.5万辆（艘、架、列）次", Fig("86.5万辆（艘、架、列）次", "865000", "辆次", "count")),
    row("向灾区调拨救灾帐篷1500顶", Fig("1500顶", "1500", "顶", "count")),
    row("发放棉被8000床、毛毯5000床", Fig("8000床", "8000", "床", "count"), Fig("5000床", "5000", "床", "count")),
    row("全年实际占用总床日数86.4万床日", Fig("86.4万床日", "864000", "床日", "count")),
    row("医院开放床位500张，床位使用率92%", Fig("500张", "500", "张", "count"), Fig("92%", "92", "%", "percent")),
    row("提出了10方面重点任务", Fig("10方面", "10", "方面", "count")),
    row("增长了12%", Fig("12%", "12", "%", "percent")),
    row("签发普通护照41.68万本", Fig("41.68万本", "416800", "本", "count")),
    row("总印张26.48亿印张", Fig("26.48亿印张", "2648000000", "印张", "count")),
    row("完成并购重组23单", Fig("23单", "23", "单", "count")),
    # lottery bets, units of blood, doses of platelets, cases and occasions counted each time
    row("全年中出福利彩票一等奖45注", Fig("45注", "45", "注", "count")),
    row(
        "全市采集全血12.6万单位，单采血小板8420治疗量",
        Fig("12.6万单位", "126000", "单位", "count"),
        Fig("8420治疗量", "8420", "治疗量", "count"),
    ),
    row(
        "开展输血相容性检测310例次，资助困难群众1.5万个次",
        Fig("310例次", "310", "例次", "count"),
        Fig("1.5万个次", "15000", "个次", "count"),
    ),
    row("检查企业860家（次）", Fig("860家（次）", "860", "家次", "count")),
    row("参加单位120家", Fig("120家", "120", "家", "count")),
    # issues and sessions of a series; a phase (二期, 三期) is none, nor 期间 or 期末
    row("举办业务培训24期、专题讲座三十六期", Fig("24期", "24", "期", "count"), Fig("三十六期", "36", "期", "count")),
    row("机场三期建成投用，地铁二期工程开工"),
    row("十四五期间，全市完成投资"),
    row("出生缺陷发生率98.6/万", Fig("98.6/万", "98.6", "/万", "rate")),
    row("先天梅毒报告发病率3.1/10万活产", Fig("3.1/10万活产", "3.1", "/10万活产", "rate")),
    row("全省共有132个站次超警戒水位", Fig("132个站次", "132", "站次", "count")),
    row("调度大中型水库426座次", Fig("426座次", "426", "座次", "count")),
    row("单位产品能耗538.6千克标准煤", Fig("538.6千克标准煤", "538.6", "千克标准煤", "energy")),
    row("供电煤耗291.4克标准煤/千瓦时", Fig("291.4克标准煤/千瓦时", "291.4", "克标准煤/千瓦时", "rate")),
    # a plus sign is part of the figure (not after a letter or a number: 5G+, 3+2)
    row("环比 +4.2%，同比 -2.3%", Fig("+4.2%", "4.2", "%", "percent"), Fig("-2.3%", "-2.3", "%", "percent")),
    row("5G+工业互联网项目12个", Fig("12个", "12", "个", "count")),
    row("人口自然增长率为3.5‰", Fig("3.5‰", "3.5", "‰", "permille")),
    row("比上年提高3个百分点", Fig("3个百分点", "3", "百分点", "percentage_point")),
    row("比上年下降3.2百分点", Fig("3.2百分点", "3.2", "百分点", "percentage_point")),
    row("出生率比上年下降0.6个千分点", Fig("0.6个千分点", "0.6", "千分点", "permille_point")),
    row("是上年的2.5倍", Fig("2.5倍", "2.5", "倍", "multiple")),
    row("全年一般公共预算收入16.4亿元", Fig("16.4亿元", "1640000000", "元", "money")),
    row("实际利用外资3.2亿美元", Fig("3.2亿美元", "320000000", "美元", "money")),
    row("港资1200万港元", Fig("1200万港元", "12000000", "港元", "money")),
    row("每千瓦时0.35元", Fig("0.35元", "0.35", "元", "rate")),
    row("粮食产量1466.4万吨", Fig("1466.4万吨", "14664000", "吨", "mass")),
    row("人均消费猪肉25.6公斤", Fig("25.6公斤", "25.6", "公斤", "mass")),
    row("每袋50千克", Fig("50千克", "50", "千克", "mass")),
    row("全社会用电量216.4亿千瓦时", Fig("216.4亿千瓦时", "21640000000", "千瓦时", "energy")),
    row("全市用电量129.36亿千瓦小时", Fig("129.36亿千瓦小时", "12936000000", "千瓦时", "energy")),
    row("节能量折合12.6万吨标准煤", Fig("12.6万吨标准煤", "126000", "吨标准煤", "energy")),
    row("新增装机1200万千瓦", Fig("1200万千瓦", "12000000", "千瓦", "power")),
    row("储能规模达到500MW", Fig("500MW", "500", "兆瓦", "power")),
    row("新增绿地面积560公顷", Fig("560公顷", "560", "公顷", "area")),
    row("新建保障性住房35.6万平方米", Fig("35.6万平方米", "356000", "平方米", "area")),
    row("城市建成区面积达到96.5平方公里", Fig("96.5平方公里", "96.5", "平方公里", "area")),
    row("植树造林12.3万亩", Fig("12.3万亩", "123000", "亩", "area")),
    row("新建改造城市道路86.5公里", Fig("86.5公里", "86.5", "公里", "length")),
    row("日供水能力338.7万立方米", Fig("338.7万立方米", "3387000", "立方米", "volume")),
    row("区域环境噪声平均值为54.3分贝", Fig("54.3分贝", "54.3", "分贝", "sound_level")),
    # A-weighted decibels, also one space after the number as Latin units may stand; dB is 分贝
    row("昼间平均等效声级为53.6 dB(A)", Fig("53.6 dB(A)", "53.6", "dB(A)", "sound_level")),
    row("夜间平均等效声级为45.1dB（A）", Fig("45.1dB（A）", "45.1", "dB(A)", "sound_level")),
    row("道路交通噪声为67.2dB", Fig("67.2dB", "67.2", "分贝", "sound_level")),
    row("年平均气温14.2℃", Fig("14.2℃", "14.2", "℃", "temperature")),
    # a number of days or hours named as such (天数, 日数, 时数) is a count of them; a length of
    # time that names no such number stays a duration
    row("重污染天数减少到7天", Fig("7天", "7", "天", "count")),
    row(
        "全年日照时数1783.5小时，较常年偏多92.6小时",
        Fig("1783.5小时", "1783.5", "小时", "count"),
        Fig("92.6小时", "92.6", "小时", "count"),
    ),
    row("一审案件平均审理天数68天", Fig("68天", "68", "天", "count")),
    row("高温过程持续8天", Fig("8天", "8", "天", "duration")),
    row("全市人均预期寿命达到80.6岁", Fig("80.6岁", "80.6", "岁", "age")),
    row("千兆光网接入速率达到1Gbps", Fig("1Gbps", "1", "吉比特/秒", "data_rate")),
    row("储能电池单体容量5000毫安时", Fig("5000毫安时", "5000", "毫安时", "charge")),
    row("政务云存储容量扩充至800TB", Fig("800TB", "800", "太字节", "data_size")),
    row("全省数据中心存储总量达到12PB", Fig("12PB", "12", "拍字节", "data_size")),
    row("智能算力规模达到3.6EFLOPS", Fig("3.6EFLOPS", "3.6", "EFLOPS", "computing_power")),
    # 点 is an index's level only where the clause names an index
    row("上证指数报3,286.45点", Fig("3,286.45点", "3286.45", "点", "index_points")),
    row("恒生指数下跌312点", Fig("312点", "312", "点", "index_points")),
    # a rent per square metre per month (a second slash), a price per room-night, papers counted each time
    row("全市住房平均租金为42.7元/平方米/月", Fig("42.7元/平方米/月", "42.7", "元/平方米/月", "rate")),
    row(
        "平均房价412元/间夜，入选论文57篇次",
        Fig("412元/间夜", "412", "元/间夜", "rate"),
        Fig("57篇次", "57", "篇次", "count"),
    ),
    # the points of a score, where the clause names one; a time of day or a price is none
    row("全年乘客满意度测评得分92.6分", Fig("92.6分", "92.6", "分", "score")),
    # the score named anywhere before in the sentence, over clause marks
    row(
        "芙蓉区、天心区得分居前，分别为86.4分、85.9分",
        Fig("86.4分", "86.4", "分", "score"),
        Fig("85.9分", "85.9", "分", "score"),
    ),
    row("综合得分为82.6分，比上年提高1.9分", Fig("82.6分", "82.6", "分", "score"), Fig("1.9分", "1.9", "分", "score")),
    # an exam's marks and lines are scores too
    row(
        "全省物理类考生中总分600分以上的有1.38万人",
        Fig("600分", "600", "分", "score", "at_least"),
        Fig("1.38万人", "13800", "人", "count"),
    ),
    row("与去年相比，物理类本科线上升7分", Fig("7分", "7", "分", "score")),
    row("满意度调查于10点30分开始，售价5元3分", Fig("5元3分", "5.03", "元", "money")),
    # an index's move in a clause of its own after its level
    row(
        "钢材价格指数为102.4点，环比上升1.8点",
        Fig("102.4点", "102.4", "点", "index_points"),
        Fig("1.8点", "1.8", "点", "index_points"),
    ),
    row("会议提出三点要求，上午9点开始"),
    row("上午9点召开会议，提出三点意见"),
    # 对 counts pairs where the clause is about couples or pairs, else it is the preposition
    row("全年办理结婚登记3.12万对", Fig("3.12万对", "31200", "对", "count")),
    row("投入资金5000万对企业进行补贴"),
    # ...or where its sentence named them before (the clause of the count itself names only a day)
    row(
        "全县办理结婚登记2140对，元旦当天办理376对",
        Fig("2140对", "2140", "对", "count"),
        Fig("376对", "376", "对", "count"),
    ),
    # 类 counts classes after digits; a class named (二类疫苗) or a standard's class (3类区) is none
    row(
        "监测的24类农产品中有17类价格上涨",
        Fig("24类", "24", "类", "count"),
        Fig("17类", "17", "类", "count"),
    ),
    # instruments in pieces or sets, flat glass in weight cases, groups of animals after digits; a
    # volume as a rate's denominator
    row("全年检定计量器具132.5万台件", Fig("132.5万台件", "1325000", "台件", "count")),
    row(
        "平板玻璃产量1860.4万重量箱，单位能耗12.3千克标准煤/重量箱",
        Fig("1860.4万重量箱", "18604000", "重量箱", "count"),
        Fig("12.3千克标准煤/重量箱", "12.3", "千克标准煤/重量箱", "rate"),
    ),
    row("保护区内监测到短尾猴17群", Fig("17群", "17", "群", "count")),
    # wells and ponds (口); not a word that opens with 口, nor a numeral of one character (一口气), and
    # 人口 still counts people
    row("新打抗旱机井36口，清淤山塘七十二口", Fig("36口", "36", "口", "count"), Fig("七十二口", "72", "口", "count")),
    row("一口气建成口岸3个", Fig("3个", "3", "个", "count")),
    row("惠及86万人口", Fig("86万", "860000", "人", "count")),
    row("全年检查非煤矿山418矿次", Fig("418矿次", "418", "矿次", "count")),
    # a qualifier after the last of figures listed with nothing but a list mark between them qualifies
    # each; one after a figure named on its own qualifies that one
    row(
        "网络时延分别控制在12毫秒、16毫秒和25毫秒以内",
        Fig("12毫秒", "12", "毫秒", "count", "at_most"),
        Fig("16毫秒", "16", "毫秒", "count", "at_most"),
        Fig("25毫秒", "25", "毫秒", "count", "at_most"),
    ),
    row(
        "新增就业1.6万人，技能培训8万人以上",
        Fig("1.6万人", "16000", "人", "count"),
        Fig("8万人", "80000", "人", "count", "at_least"),
    ),
    # operations at each site (点次); rounds fired where the clause names shells (发), else 发 opens a verb;
    # guns (门) written in characters of more than one
    row(
        "开展防雹作业1 260点次，发射防雹炮弹3.6万发",
        Fig("1 260点次", "1260", "点次", "count"),
        Fig("3.6万发", "36000", "发", "count"),
    ),
    row("全年发放补贴3亿元发展产业", Fig("3亿元", "300000000", "元", "money")),
    row("新增高炮十六门", Fig("十六门", "16", "门", "count")),
    row("一门心思抓落实"),
    row("走访群众3万余人次", Fig("3万余人次", "30000", "人次", "count", "more_than")),
    row("景区负氧离子浓度为4350个/立方厘米", Fig("4350个/立方厘米", "4350", "个/立方厘米", "rate")),
    row("全省接种二类疫苗8.6万剂次", Fig("8.6万剂次", "86000", "剂次", "count")),
    row("2类声环境功能区夜间达标率为91.3%", Fig("91.3%", "91.3", "%", "percent")),
    row("集装箱吞吐量4560万标准箱", Fig("4560万标准箱", "45600000", "标准箱", "count")),
    row("桥吊平均作业效率32.6自然箱/小时", Fig("32.6自然箱/小时", "32.6", "自然箱/小时", "rate")),
    # 具 counts bodies; 具有, 具备 and 具体 are words, no unit
    # 年 as a length moved by a verb of length; a year reached (延长至2030年) stays a date
    row(
        "新发放贷款平均期限6.2年，比上年延长1.4年",
        Fig("6.2年", "6.2", "年", "count"),
        Fig("1.4年", "1.4", "年", "count"),
    ),
    row("试点期限延长至2030年"),
    row("全年火化遗体29.7万具", Fig("29.7万具", "297000", "具", "count")),
    row("主要河流共发生超警戒洪水27站次", Fig("27站次", "27", "站次", "count")),
    # the value of an indicator that has no unit (性别比, 系数): kind number, no unit; only at the end
    # of its clause, right after the name, a filler or a note in brackets
    row("常住人口性别比（以女性为100）为104.2，比2020年下降1.4", Fig("104.2", "104.2", "", "number")),
    row("农田灌溉水有效利用系数0.5643。", Fig("0.5643", "0.5643", "", "number")),
    row("亿元地区生产总值生产安全事故死亡率为0.025，下降0.002", Fig("0.025", "0.025", "", "number")),
    row("基尼系数2020年"),
    row("性别比104.2万"),
    row("全省有3具备条件的园区"),
    row("有5具体措施"),
    # lengths along a line, passenger places and a fleet's tonnage, as transport bulletins count them
    row("全省公路桥梁398.7万延米", Fig("398.7万延米", "3987000", "延米", "length")),
    row("营业性载客汽车85.3万客位", Fig("85.3万客位", "853000", "客位", "count")),
    row("营业性货运车辆2216.4万吨位", Fig("2216.4万吨位", "22164000", "吨位", "mass")),
    row("造船完工量386万载重吨", Fig("386万载重吨", "3860000", "载重吨", "mass")),
    # a ship's gross and compensated gross tonnage measure its size and its building's work, not a mass
    row("全市完工236.8万修正总吨", Fig("236.8万修正总吨", "2368000", "修正总吨", "ship_tonnage")),
    row("交付汽车运输船2.8万总吨", Fig("2.8万总吨", "28000", "总吨", "ship_tonnage")),
    # 条 before 线 counts lines: 3条线路, 地铁2条线
    row("新开通至阿拉木图2条线路", Fig("2条", "2", "条", "count")),
    row("总股本28.26亿股", Fig("28.26亿股", "2826000000", "股", "count")),
    row("掀起一股学习热潮"),
    row("在职退休比为2.50", Fig("2.50", "2.50", "", "number")),
    # a number right after 表 or 图 at a line's start labels a table or a chart
    row("表1　农民工年龄构成"),
    row("全市人大代表1200名", Fig("1200名", "1200", "名", "count")),
    # basis points, as interest rates move
    row("加权平均利率比上年同期下降38个基点", Fig("38个基点", "38", "基点", "basis_point")),
    row("1年期LPR较上年末下降10基点", Fig("10基点", "10", "基点", "basis_point")),
    # a ratio to one: 生师比 (value the first term, unit :1), whatever its colon
    row("全省普通小学生师比为17.56∶1", Fig("17.56∶1", "17.56", ":1", "ratio")),
    row("幼儿园生师比14.46:1", Fig("14.46:1", "14.46", ":1", "ratio")),
    row("普通高中生师比12.8：1", Fig("12.8：1", "12.8", ":1", "ratio")),
    # a time measured (开办时间) is a statistic, kind count; a time frame alone stays a duration
    row("企业开办时间压缩至1个工作日以内", Fig("1个工作日", "1", "工作日", "count", "at_most")),
    row("3个工作日内办结", Fig("3个工作日", "3", "工作日", "duration")),
    row("案件平均审理周期为38.6天", Fig("38.6天", "38.6", "天", "count")),
    row("全年志愿服务时长累计126万小时", Fig("126万小时", "1260000", "小时", "count")),
    row("应收账款平均回收期68.5天", Fig("68.5天", "68.5", "天", "count")),
    row("自动速报平均用时1.8分钟", Fig("1.8分钟", "1.8", "分钟", "count")),
    row("网络时延控制在15毫秒", Fig("15毫秒", "15", "毫秒", "count")),
    # ...and so is an average of spans (平均运营138天: many resorts' seasons, not one span)
    row("全省滑雪场平均运营138天", Fig("138天", "138", "天", "count")),
    # ...and a length of time with a magnitude: hours summed over many (机时4.8万小时, 志愿服务2.2万小时)
    row("全年对外开放机时4.8万小时", Fig("4.8万小时", "48000", "小时", "count")),
    row("播出科教节目0.36万小时", Fig("0.36万小时", "3600", "小时", "count")),
    # ...and one a verb of change moved: a time measured, not a span set
    row("货物通关比上年缩短0.7天", Fig("0.7天", "0.7", "天", "count")),
    row("审批办结压缩至5天", Fig("5天", "5", "天", "count")),
    # ...and an average over many written before it in its clause, or the time a stock covers
    row("过夜游客平均在景区停留3.4天", Fig("3.4天", "3.4", "天", "count")),
    row("增雨飞机累计飞行五十二小时", Fig("五十二小时", "52", "小时", "count")),
    # ...past the items of a list, and the longest or shortest of many (an extreme), with or without a name
    row(
        "直升机累计飞行860架次、1140小时",
        Fig("860架次", "860", "架次", "count"),
        Fig("1140小时", "1140", "小时", "count"),
    ),
    row("拨付资金最长延误46天", Fig("46天", "46", "天", "count")),
    # ...and what follows a time measured in its unit in the sentence, its parts (其中：公立医院7.9天)
    row(
        "平均住院日为8.1天，其中：公立医院7.9天，民营医院8.8天",
        Fig("8.1天", "8.1", "天", "count"),
        Fig("7.9天", "7.9", "天", "count"),
        Fig("8.8天", "8.8", "天", "count"),
    ),
    # ...and days of an air-quality grade (优, 良, 轻度污染), the grade named right before them or ending
    # their subject
    row(
        "其中，优12天，良15天，轻度污染3天",
        Fig("12天", "12", "天", "count"),
        Fig("15天", "15", "天", "count"),
        Fig("3天", "3", "天", "count"),
    ),
    row("寒潮过程持续6天，其间降雪2天", Fig("6天", "6", "天", "duration"), Fig("2天", "2", "天", "duration")),
    row("全市于11月1日供热，共计151天", Fig("151天", "151", "天", "count")),
    row(
        "失业保险基金累计结余62.4亿元，可支付约27.5个月",
        Fig("62.4亿元", "6240000000", "元", "money"),
        Fig("27.5个月", "27.5", "月", "count", "approx"),
    ),
    row("平均每户，连续帮扶30天以上", Fig("30天", "30", "天", "duration", "at_least")),
    # maps and files counted (幅, 卷); not a word that opens with them (幅度, 卷烟)
    row("全年产出仪器地震烈度图21幅", Fig("21幅", "21", "幅", "count")),
    row("开展案卷评查1574卷", Fig("1574卷", "1574", "卷", "count")),
    row("查获卷烟5万条，增长幅度3%", Fig("5万条", "50000", "条", "count"), Fig("3%", "3", "%", "percent")),
    # 集 counts episodes, never where it opens a word (集中, 集团)
    row("全年生产电视剧8部326集", Fig("8部", "8", "部", "count"), Fig("326集", "326", "集", "count")),
    row("建成5集中式光伏电站"),
    # poultry, fish fry and loans are counted in their own measure words; none opens a word
    row("全年家禽出栏1.2亿羽", Fig("1.2亿羽", "120000000", "羽", "count")),
    row("增殖放流鱼苗3000万尾", Fig("3000万尾", "30000000", "尾", "count")),
    row("发放创业担保贷款1.2万笔", Fig("1.2万笔", "12000", "笔", "count")),
    row("新能源发电1.8太瓦时", Fig("1.8太瓦时", "1.8", "太瓦时", "energy")),
    row("他写了3笔记本，减少3尾气排放"),
    row("原油产量增至860万桶", Fig("860万桶", "8600000", "桶", "volume")),
    row("细颗粒物平均浓度为31μg/m³", Fig("31μg/m³", "31", "微克/立方米", "rate")),
    row("新建基站工作频段为3.5GHz", Fig("3.5GHz", "3.5", "吉赫兹", "frequency")),
    row("单程缩短至2.5小时", Fig("2.5小时", "2.5", "小时", "count")),
    row("PM2.5平均浓度为38微克/立方米", Fig("38微克/立方米", "38", "微克/立方米", "rate")),
    row("新建商品住宅均价为8500元/平方米", Fig("8500元/平方米", "8500", "元/平方米", "rate")),
    row("炼油能力3095万吨/年", Fig("3095万吨/年", "30950000", "吨/年", "rate")),
    row("全年货物周转量1234.5亿吨公里", Fig("1234.5亿吨公里", "123450000000", "吨公里", "freight_turnover")),
    row("旅客周转量56.7亿人公里", Fig("56.7亿人公里", "5670000000", "人公里", "passenger_turnover")),
    row("有57.61万职工参加了基本养老保险", Fig("57.61万", "576100", "人", "count")),
    row(
        "卫生机构899个，比上年减少227个",
        Fig("899个", "899", "个", "count"),
        Fig("227个", "227", "个", "count"),
    ),
]

# Units that begin with a magnitude character, and magnitudes before them.
TRAPS = [
    row("年发电量3.2万千瓦时", Fig("3.2万千瓦时", "32000", "千瓦时", "energy")),
    row("发电2800万千瓦时", Fig("2800万千瓦时", "28000000", "千瓦时", "energy")),
    row("光伏装机120兆瓦", Fig("120兆瓦", "120", "兆瓦", "power")),
    row("风电装机2.5万兆瓦", Fig("2.5万兆瓦", "25000", "兆瓦", "power")),
    row("每户3千瓦", Fig("3千瓦", "3", "千瓦", "rate")),
    row("全省新增充电桩 1.46 万辆", Fig("1.46 万辆", "14600", "辆", "count")),
    row("1,234.5万元", Fig("1,234.5万元", "12345000", "元", "money")),
    row("预期增长5.5%—6%", Fig("5.5%—6%", "5.5", "%", "percent", high="6")),
    row(
        "出生率为8.5‰，比上年下降0.6个千分点",
        Fig("8.5‰", "8.5", "‰", "permille"),
        Fig("0.6个千分点", "0.6", "千分点", "permille_point"),
    ),
]

# What PDF and web copies do to figures: line breaks, spaces, full-width forms.
LAYOUT = [
    # a figure across the break of a wrapped line (a line of ten or more Chinese characters,
    # as long as the lines around it): see tests/test_layout.py for lines that were not wrapped
    row(
        "全省加快推进新型能源体系建设，风电光伏项目投资达到 35 亿\n元以上",
        Fig("35 亿\n元", "3500000000", "元", "money", "at_least"),
    ),
    row("全市自来水日供应能力保持稳定，全年供水总量795\n96万吨", Fig("795\n96万吨", "795960000", "吨", "mass")),
    row("年末全市民用汽车保有量稳步增长，其中新能源汽车1.46万\n辆", Fig("1.46万\n辆", "14600", "辆", "count")),
    row("全年全市空气质量优良天数比例达到95.\n65%", Fig("95.\n65%", "95.65", "%", "percent")),
    row(
        "全年全社会用电量保持较快增长，工业用电量12.6亿千瓦\n时",
        Fig("12.6亿千瓦\n时", "1260000000", "千瓦时", "energy"),
    ),
    row("全年全市细颗粒物PM2.5平均浓度为32微克/立方\n米", Fig("32微克/立方\n米", "32", "微克/立方米", "rate")),
    row("全年全市重点项目建设加快推进，新增35亿元以\n上", Fig("35亿元", "3500000000", "元", "money", "at_least")),
    row("全年全市新登记各类市场主体数量超过\n300家", Fig("300家", "300", "家", "count", "more_than")),
    row("今 年 要 做 的 10 项 重 点 工 作", Fig("10 项", "10", "项", "count")),
    row("力 争 完 成 投 资 35 亿 元 以 上", Fig("35 亿 元", "3500000000", "元", "money", "at_least")),
    row("建 成 5 G 基 站 1 . 2 万 座", Fig("1 . 2 万 座", "12000", "座", "count")),
    row("新建污水管网 1200 米", Fig("1200 米", "1200", "米", "length")),
    row("增长 5.2 %", Fig("5.2 %", "5.2", "%", "percent")),
    row("约 1.2 万 人", Fig("1.2 万 人", "12000", "人", "count", "approx")),
    row("新建住宅面积 120.5 万平方米", Fig("120.5 万平方米", "1205000", "平方米", "area")),
    row("２０２３年全市优良天数比例达到９５.６５％", Fig("９５.６５％", "95.65", "%", "percent")),
    row("增长９５．６５％", Fig("９５．６５％", "95.65", "%", "percent")),
    row("全年生产总值３２５６.８亿元", Fig("３２５６.８亿元", "325680000000", "元", "money")),
    row("增长１２％", Fig("１２％", "12", "%", "percent")),
    row("收入1２３元", Fig("1２３元", "123", "元", "money")),
    row("全市\u3000共有医院\u3000１２９\u3000家", Fig("１２９\u3000家", "129", "家", "count")),
    row("新建\u200b充电桩 45\u200b台", Fig("45\u200b台", "45", "台", "count")),
    row("完成投资１，２３４亿元", Fig("１，２３４亿元", "123400000000", "元", "money")),
    row("新增就业\r\n5.62万人", Fig("5.62万人", "56200", "人", "count")),
    # a letter-spaced line: the spaces between digits are layout as well
    row("共 建 成 充 电 桩 8 9 0 台", Fig("8 9 0 台", "890", "台", "count")),
    row(
        "全 市 共 有 学 校 1 2 所\n其中 10 20 台",
        Fig("1 2 所", "12", "所", "count"),
        Fig("20 台", "20", "台", "count"),
    ),
]

QUALIFIERS = [
    row("出生率约为5‰", Fig("5‰", "5", "‰", "permille", "approx")),
    row("其中内地旅客约占76%", Fig("76%", "76", "%", "percent", "approx")),
    row("全年约有1200万人次", Fig("1200万人次", "12000000", "人次", "count", "approx")),
    row("约13公斤", Fig("13公斤", "13", "公斤", "mass", "approx")),
    row("大约1.8万张", Fig("1.8万张", "18000", "张", "count", "approx")),
    row("增长5.2%左右", Fig("5.2%", "5.2", "%", "percent", "approx")),
    row("3000人左右", Fig("3000人", "3000", "人", "count", "approx")),
    row("达到100万千瓦时以上", Fig("100万千瓦时", "1000000", "千瓦时", "energy", "at_least")),
    row("不少于15天", Fig("15天", "15", "天", "duration", "at_least")),
    row("至少300台", Fig("300台", "300", "台", "count", "at_least")),
    row("降至30微克/立方米以下", Fig("30微克/立方米", "30", "微克/立方米", "rate", "at_most")),
    row("不超过35微克/立方米", Fig("35微克/立方米", "35", "微克/立方米", "rate", "at_most")),
    row("日最高气温≥35℃", Fig("35℃", "35", "℃", "temperature", "at_least")),
    row("PM2.5浓度≤35微克/立方米", Fig("35微克/立方米", "35", "微克/立方米", "rate", "at_most")),
    row("超过200家", Fig("200家", "200", "家", "count", "more_than")),
    row("逾200亿元", Fig("200亿元", "20000000000", "元", "money", "more_than")),
    row("光伏装机突破 1.2GW", Fig("1.2GW", "1.2", "吉瓦", "power", "more_than")),
    row("100余家", Fig("100余家", "100", "家", "count", "more_than")),
    row("10多万人", Fig("10多万人", "100000", "人", "count", "more_than")),
    row("2万多人", Fig("2万多人", "20000", "人", "count", "more_than")),
    row("20余万元", Fig("20余万元", "200000", "元", "money", "more_than")),
    row("近5000人", Fig("5000人", "5000", "人", "count", "nearly")),
    row("接近90%", Fig("90%", "90", "%", "percent", "nearly")),
    row("不足30%", Fig("30%", "30", "%", "percent", "less_than")),
    row("不足1000户", Fig("1000户", "1000", "户", "count", "less_than")),
]

CHINESE_NUMERALS = [
    row("三千五百台", Fig("三千五百台", "3500", "台", "count")),
    row("一万五千人", Fig("一万五千人", "15000", "人", "count")),
    row("两千三百万元", Fig("两千三百万元", "23000000", "元", "money")),
    row("十二万吨", Fig("十二万吨", "120000", "吨", "mass")),
    row("一百零五家", Fig("一百零五家", "105", "家", "count")),
    row("两万千瓦", Fig("两万千瓦", "20000", "千瓦", "power")),
    row("推进三项改革", Fig("三项", "3", "项", "count")),
    row("优良天数比例达到百分之三十", Fig("百分之三十", "30", "%", "percent")),
]

# Numbers written in words, ranges and signs (the rows for 百分之, ranges and １，２３４ stand above).
NEW_FEATURES = [
    row("占比三成", Fig("三成", "30", "%", "percent")),
    row("十二点五亿元", Fig("十二点五亿元", "1250000000", "元", "money")),
    row("出口额翻了一番", Fig("翻了一番", "2", "倍", "multiple")),
    row("自然增长率为-2.41‰", Fig("-2.41‰", "-2.41", "‰", "permille")),
    row("数百家企业", Fig("数百家", "200", "家", "count", "approx", high="900")),
    row(
        "新增3至5万吨", Fig("3至5万吨", "30000", "吨", "mass", high="50000")
    ),  # a range: value is its low end, high its high end
    row("约三分之一的企业", Fig("三分之一", "33.333333", "%", "percent", "approx")),
    # a class of size is not a quantity (新建1000吨级泊位2个: see BUGS_CAUGHT in tests/test_numbers_table.py)
    row(
        "建成10万吨级码头",
    ),
    row("新开工百万千瓦级核电机组3台", Fig("3台", "3", "台", "count")),
    # a denominator may carry a magnitude
    row("单位产值能耗0.5吨/万元", Fig("0.5吨/万元", "0.5", "吨/万元", "rate")),
    row("万元GDP用水量35立方米/万元", Fig("35立方米/万元", "35", "立方米/万元", "rate")),
]


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
    covered = {figure[3] for table in tables for param in table for figure in param.values[1]}
    shipped = {unit.kind for unit in default_patterns().units.values()}
    assert shipped - covered == set()
