"""Tables as figures (presscan.tables): one record per numeric cell, its unit, subject, measure, direction and period
read from the table's headers and caption.

Each row of TABLES is a table as plain text (tab-separated rows, with the lines above it) and the exact
records of its cells: (text, value, unit, subject, measure, direction, period text, row, column). The
table is the test id. Tables whose cells give no figure are in NO_FIGURE.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from helpers import assert_records_hold
from presscan import default_patterns, extract
from presscan.readers import Document, locate
from presscan.tables import find_text_tables, with_tables

Cell = tuple[str, str, str, str | None, str | None, str | None, str | None, int, int]

TABLES: list[tuple[str, list[Cell]]] = [
    (
        # sites named by their place (机场) are places too
        "机场\t旅客吞吐量（万人次）\t同比\n昆明长水\t4587.3\t12.9%\n丽江三义\t578.4\t9.8%\n",
        [
            ("4587.3", "45873000", "人次", "昆明长水旅客吞吐量", None, None, None, 2, 2),
            ("12.9%", "12.9", "%", "昆明长水旅客吞吐量", "growth", "up", None, 2, 3),
            ("578.4", "5784000", "人次", "丽江三义旅客吞吐量", None, None, None, 3, 2),
            ("9.8%", "9.8", "%", "丽江三义旅客吞吐量", "growth", "up", None, 3, 3),
        ],
    ),
    (
        # a table of places: a cell's subject is its row's place and its column's indicator, a column
        # of changes the indicator's to its left; a number in a header names a column, no figure
        "地区\t参保人数（万人）\t同比增长%\t三项基金收入（亿元）\n南湖区\t45.3\t3.4\t36.8\n秀洲区\t38.6\t-0.6\t30.2\n",
        [
            ("45.3", "453000", "人", "南湖区参保人数", None, None, None, 2, 2),
            ("3.4", "3.4", "%", "南湖区参保人数", "growth", "up", None, 2, 3),
            ("36.8", "3680000000", "元", "南湖区三项基金收入", None, None, None, 2, 4),
            ("38.6", "386000", "人", "秀洲区参保人数", None, None, None, 3, 2),
            ("-0.6", "-0.6", "%", "秀洲区参保人数", "growth", "down", None, 3, 3),
            ("30.2", "3020000000", "元", "秀洲区三项基金收入", None, None, None, 3, 4),
        ],
    ),
    (
        # a row of a tab-separated table copied with runs of spaces for its tabs is one of its rows
        "食品类别\t抽检批次\t合格率\n粮食加工品\t612\t99.51%\n乳制品  204  100%\n肉制品\t486\t98.97%\n",
        [
            ("99.51%", "99.51", "%", "粮食加工品合格率", None, None, None, 2, 3),
            ("100%", "100", "%", "乳制品合格率", None, None, None, 3, 3),
            ("98.97%", "98.97", "%", "肉制品合格率", None, None, None, 4, 3),
        ],
    ),
    (
        # a table of things measured (not indicators): a cell's subject is its row's thing and its column's
        # indicator without the column's time; a change column measures the thing; 序号 names no row
        "序号\t项目名称\t总投资\t2025年完成投资\t同比增长\n1\t物流枢纽\t6.8亿元\t4.1亿元\t12.5%\n"
        "2\t产业园二期\t35亿元\t12.6亿元\t8.1%\n",
        [
            ("6.8亿元", "680000000", "元", "物流枢纽总投资", None, None, None, 2, 3),
            ("4.1亿元", "410000000", "元", "物流枢纽完成投资", None, None, "2025年", 2, 4),
            ("12.5%", "12.5", "%", "物流枢纽", "growth", "up", "2025年", 2, 5),
            ("35亿元", "3500000000", "元", "产业园二期总投资", None, None, None, 3, 3),
            ("12.6亿元", "1260000000", "元", "产业园二期完成投资", None, None, "2025年", 3, 4),
            ("8.1%", "8.1", "%", "产业园二期", "growth", "up", "2025年", 3, 5),
        ],
    ),
    (
        # a table drawn with bars (Markdown, copied web tables): the rule under the header is no row
        "| 指标 | 2025年 | 比上年增长 |\n| --- | :---: | --- |\n| 地区生产总值（亿元） | 5126 | 5.6% |\n"
        "| 粮食产量（万吨） | 49.3 | 2.1% |\n",
        [
            ("5126", "512600000000", "元", "地区生产总值", None, None, "2025年", 2, 2),
            ("5.6%", "5.6", "%", "地区生产总值", "growth", "up", "2025年", 2, 3),
            ("49.3", "493000", "吨", "粮食产量", None, None, "2025年", 3, 2),
            ("2.1%", "2.1", "%", "粮食产量", "growth", "up", "2025年", 3, 3),
        ],
    ),
    (
        # full-width bars, no outer bars on the rule line's ends needed
        "｜项目｜数值｜\n｜---｜---｜\n｜新建5G基站｜1.2万个｜\n｜充电桩｜890台｜\n",
        [
            ("1.2万个", "12000", "个", "新建5G基站", None, None, None, 2, 2),
            ("890台", "890", "台", "充电桩", None, None, None, 3, 2),
        ],
    ),
    (
        # the caption's magnitude applies: 单位：亿元 with 3256.8 is 325680000000 元
        "单位：亿元\n指标\t绝对数\t比上年增长%\n地区生产总值\t3256.8\t5.2\n第一产业\t218.4\t3.6\n",
        [
            ("3256.8", "325680000000", "元", "地区生产总值", None, None, None, 2, 2),
            ("5.2", "5.2", "%", "地区生产总值", "growth", "up", None, 2, 3),
            ("218.4", "21840000000", "元", "第一产业", None, None, None, 3, 2),
            ("3.6", "3.6", "%", "第一产业", "growth", "up", None, 3, 3),
        ],
    ),
    (
        # the row header's unit, in brackets (half- or full-width), over the caption's
        "单位：万元\n项目\t2025年\n粮食产量(万吨)\t1462.5\n油料产量（万吨）\t36.2\n财政收入\t81500\n",
        [
            ("1462.5", "14625000", "吨", "粮食产量", None, None, "2025年", 2, 2),
            ("36.2", "362000", "吨", "油料产量", None, None, "2025年", 3, 2),
            ("81500", "815000000", "元", "财政收入", None, None, "2025年", 4, 2),
        ],
    ),
    (
        # the column header's unit; a rate column's % wins over the row's unit; a negative growth is down
        "指标\t绝对数(亿元)\t增速(%)\n工业增加值\t865.3\t-1.4\n人均可支配收入(元)\t48526\t4.6\n",
        [
            ("865.3", "86530000000", "元", "工业增加值", None, None, None, 2, 2),
            ("-1.4", "-1.4", "%", "工业增加值", "growth", "down", None, 2, 3),
            ("48526", "48526", "元", "人均可支配收入", None, None, None, 3, 2),
            ("4.6", "4.6", "%", "人均可支配收入", "growth", "up", None, 3, 3),
        ],
    ),
    (
        # a unit column gives each row its unit; the unit column itself gives no figure
        "指标\t单位\t绝对数\t比上年增长%\n发电量\t亿千瓦时\t412.6\t7.9\n货物周转量\t亿吨公里\t866.0\t3.3\n",
        [
            ("412.6", "41260000000", "千瓦时", "发电量", None, None, None, 2, 3),
            ("7.9", "7.9", "%", "发电量", "growth", "up", None, 2, 4),
            ("866.0", "86600000000", "吨公里", "货物周转量", None, None, None, 3, 3),
            ("3.3", "3.3", "%", "货物周转量", "growth", "up", None, 3, 4),
        ],
    ),
    (
        # empty cells, dashes, ellipses and footnote marks give nothing and shift no column;
        # a mark after a value or a row header is read past; 其中： is no part of the subject
        "单位：万吨\n品种\t2024年\t2025年\n粮食\t143.6\t146.2①\n其中：稻谷\t—\t61.0\n薯类*\t…\t\n",
        [
            ("143.6", "1436000", "吨", "粮食", None, None, "2024年", 2, 2),
            ("146.2", "1462000", "吨", "粮食", None, None, "2025年", 2, 3),
            ("61.0", "610000", "吨", "稻谷", None, None, "2025年", 3, 3),
        ],
    ),
    (
        # a cell that states its own unit keeps it; a share column is a share
        "表3 2025年末就业情况\n指标\t人数\t占比\n城镇就业\t265.3万人\t62.4%\n乡村就业\t159.8万人\t37.6%\n",
        [
            ("265.3万人", "2653000", "人", "城镇就业", None, None, "2025年末", 2, 2),
            ("62.4%", "62.4", "%", "城镇就业", "share", None, "2025年末", 2, 3),
            ("159.8万人", "1598000", "人", "乡村就业", None, None, "2025年末", 3, 2),
            ("37.6%", "37.6", "%", "乡村就业", "share", None, "2025年末", 3, 3),
        ],
    ),
    (
        # full-width digits and thousands separators
        "单位：元\n指标\t金额\n城镇居民人均可支配收入\t４８,５２６\n农村居民人均可支配收入\t23,190.5\n",
        [
            ("４８,５２６", "48526", "元", "城镇居民人均可支配收入", None, None, None, 2, 2),
            ("23,190.5", "23190.5", "元", "农村居民人均可支配收入", None, None, None, 3, 2),
        ],
    ),
    (
        # columns aligned with spaces: a label and numbers on every row
        "单位：万吨\n品种        2024年    2025年\n粮食        143.6     146.2\n蔬菜        277.5     287.5\n"
        "水果        64.9      66.0\n",
        [
            ("143.6", "1436000", "吨", "粮食", None, None, "2024年", 2, 2),
            ("146.2", "1462000", "吨", "粮食", None, None, "2025年", 2, 3),
            ("277.5", "2775000", "吨", "蔬菜", None, None, "2024年", 3, 2),
            ("287.5", "2875000", "吨", "蔬菜", None, None, "2025年", 3, 3),
            ("64.9", "649000", "吨", "水果", None, None, "2024年", 4, 2),
            ("66.0", "660000", "吨", "水果", None, None, "2025年", 4, 3),
        ],
    ),
    (
        # aligned columns with a unit column: each row's unit stands in it
        "产品名称      单位      绝对数      比上年增长%\n粮食          万吨      456.2       2.3\n"
        "油料          万吨      36.5        -1.2\n棉花          吨        820         4.0\n",
        [
            ("456.2", "4562000", "吨", "粮食", None, None, None, 2, 3),
            ("2.3", "2.3", "%", "粮食", "growth", "up", None, 2, 4),
            ("36.5", "365000", "吨", "油料", None, None, None, 3, 3),
            ("-1.2", "-1.2", "%", "油料", "growth", "down", None, 3, 4),
            ("820", "820", "吨", "棉花", None, None, None, 4, 3),
            ("4.0", "4", "%", "棉花", "growth", "up", None, 4, 4),
        ],
    ),
    (
        # a header spaced out over its column (指  标) is one cell; a column headed by a comparison
        # adverb (同比) holds changes, the sign their direction, of the latest time to its left (2025年)
        "指  标        2025年     2024年     同比\n事故起数（起）  2137       2364       -9.6%\n"
        "死亡人数（人）  386        435        -11.3%\n受伤人数（人）  2452       2659       7.8%\n",
        [
            ("2137", "2137", "起", "事故起数", None, None, "2025年", 2, 2),
            ("2364", "2364", "起", "事故起数", None, None, "2024年", 2, 3),
            ("-9.6%", "-9.6", "%", "事故起数", "growth", "down", "2025年", 2, 4),
            ("386", "386", "人", "死亡人数", None, None, "2025年", 3, 2),
            ("435", "435", "人", "死亡人数", None, None, "2024年", 3, 3),
            ("-11.3%", "-11.3", "%", "死亡人数", "growth", "down", "2025年", 3, 4),
            ("2452", "2452", "人", "受伤人数", None, None, "2025年", 4, 2),
            ("2659", "2659", "人", "受伤人数", None, None, "2024年", 4, 3),
            ("7.8%", "7.8", "%", "受伤人数", "growth", "up", "2025年", 4, 4),
        ],
    ),
    (
        # changes written with their sign, plus as well as minus (of the line: the rows are things measured)
        "线路      客运量（万人次）   环比     同比\n1号线     1589.4            +3.8%    +7.9%\n"
        "2号线     1236.8            +4.5%    -2.3%\n线网      2826.2            +4.1%    +3.0%\n",
        [
            ("1589.4", "15894000", "人次", "1号线客运量", None, None, None, 2, 2),
            ("+3.8%", "3.8", "%", "1号线", "growth", "up", None, 2, 3),
            ("+7.9%", "7.9", "%", "1号线", "growth", "up", None, 2, 4),
            ("1236.8", "12368000", "人次", "2号线客运量", None, None, None, 3, 2),
            ("+4.5%", "4.5", "%", "2号线", "growth", "up", None, 3, 3),
            ("-2.3%", "-2.3", "%", "2号线", "growth", "down", None, 3, 4),
            ("2826.2", "28262000", "人次", "线网客运量", None, None, None, 4, 2),
            ("+4.1%", "4.1", "%", "线网", "growth", "up", None, 4, 3),
            ("+3.0%", "3", "%", "线网", "growth", "up", None, 4, 4),
        ],
    ),
    (
        # a second column of words (规格) beside the row's name is no figure and does not stop the table
        "品种      规格            价格（元/吨）   环比\n螺纹钢    HRB400E Φ20mm   3286            +2.0%\n"
        "线材      HPB300 Φ8mm     3452            +1.7%\n中厚板    Q235B 20mm      3540            -0.3%\n",
        [
            ("3286", "3286", "元/吨", "螺纹钢价格", None, None, None, 2, 3),
            ("+2.0%", "2", "%", "螺纹钢", "growth", "up", None, 2, 4),
            ("3452", "3452", "元/吨", "线材价格", None, None, None, 3, 3),
            ("+1.7%", "1.7", "%", "线材", "growth", "up", None, 3, 4),
            ("3540", "3540", "元/吨", "中厚板价格", None, None, None, 4, 3),
            ("-0.3%", "-0.3", "%", "中厚板", "growth", "down", None, 4, 4),
        ],
    ),
    (
        # a header naming every column makes words after the numbers a column of their own (进度: 主体完工,
        # 完成55%), not prose laid out
        "序号  工程名称        计划投资    完成投资   进度\n1     城西污水处理厂  8.5亿元     3.2亿元    主体完工\n"
        "2     滨江大道        12亿元      6.6亿元    完成55%\n3     体育中心        6亿元       1.8亿元    设备安装\n",
        [
            ("8.5亿元", "850000000", "元", "城西污水处理厂计划投资", None, None, None, 2, 3),
            ("3.2亿元", "320000000", "元", "城西污水处理厂完成投资", None, None, None, 2, 4),
            ("12亿元", "1200000000", "元", "滨江大道计划投资", None, None, None, 3, 3),
            ("6.6亿元", "660000000", "元", "滨江大道完成投资", None, None, None, 3, 4),
            ("55%", "55", "%", "滨江大道", None, None, None, 3, 5),
            ("6亿元", "600000000", "元", "体育中心计划投资", None, None, None, 4, 3),
            ("1.8亿元", "180000000", "元", "体育中心完成投资", None, None, None, 4, 4),
        ],
    ),
    (
        # a cell's other units in brackets (套（间）) leave it a number, as the core reads it in prose
        "城市      年度任务          已筹集            完成率      进度\n甲市      8 000套（间）     8 400套（间）     105.0%      超额完成\n"
        "乙市      5 000套（间）     4 600套（间）     92.0%       序时推进\n丙市      3 000套（间）     3 300套（间）     110.0%      超额完成\n",
        [
            ("8 000套", "8000", "套", "甲市年度任务", None, None, None, 2, 2),
            ("8 400套", "8400", "套", "甲市已筹集", None, None, None, 2, 3),
            ("105.0%", "105", "%", "甲市完成率", None, None, None, 2, 4),
            ("5 000套", "5000", "套", "乙市年度任务", None, None, None, 3, 2),
            ("4 600套", "4600", "套", "乙市已筹集", None, None, None, 3, 3),
            ("92.0%", "92", "%", "乙市完成率", None, None, None, 3, 4),
            ("3 000套", "3000", "套", "丙市年度任务", None, None, None, 4, 2),
            ("3 300套", "3300", "套", "丙市已筹集", None, None, None, 4, 3),
            ("110.0%", "110", "%", "丙市完成率", None, None, None, 4, 4),
        ],
    ),
    (
        # rows with no name (their first column holds numbers: 12英寸) are named by each cell's column
        "尺寸\t产线数（条）\t月产能（万片）\t产能利用率\n12英寸\t4\t31.5\t93.2%\n8英寸\t6\t22.8\t86.7%\n",
        [
            ("12英寸", "12", "英寸", "尺寸", None, None, None, 2, 1),
            ("4", "4", "条", "产线数", None, None, None, 2, 2),
            ("31.5", "315000", "片", "月产能", None, None, None, 2, 3),
            ("93.2%", "93.2", "%", "产能利用率", None, None, None, 2, 4),
            ("8英寸", "8", "英寸", "尺寸", None, None, None, 3, 1),
            ("6", "6", "条", "产线数", None, None, None, 3, 2),
            ("22.8", "228000", "片", "月产能", None, None, None, 3, 3),
            ("86.7%", "86.7", "%", "产能利用率", None, None, None, 3, 4),
        ],
    ),
    (
        # a table of places whose title names its indicator (…城镇化率): columns headed by a generic word (比例,
        # 2026年目标) or the indicator's last word are named by it; a change column by the one to its left
        "表2  2025年各县（市、区）城镇化率\n地区        比例        比上年提高        2026年目标\n"
        "甲县        58.2%       1.1个百分点       60%\n乙县        61.5%       0.9个百分点       63%\n"
        "丙县        49.8%       1.4个百分点       52%\n",
        [
            ("58.2%", "58.2", "%", "甲县城镇化率", "share", None, "2025年", 2, 2),
            ("1.1个百分点", "1.1", "百分点", "甲县城镇化率", "growth", "up", "2025年", 2, 3),
            ("60%", "60", "%", "甲县城镇化率", None, None, "2026年", 2, 4),
            ("61.5%", "61.5", "%", "乙县城镇化率", "share", None, "2025年", 3, 2),
            ("0.9个百分点", "0.9", "百分点", "乙县城镇化率", "growth", "up", "2025年", 3, 3),
            ("63%", "63", "%", "乙县城镇化率", None, None, "2026年", 3, 4),
            ("49.8%", "49.8", "%", "丙县城镇化率", "share", None, "2025年", 4, 2),
            ("1.4个百分点", "1.4", "百分点", "丙县城镇化率", "growth", "up", "2025年", 4, 3),
            ("52%", "52", "%", "丙县城镇化率", None, None, "2026年", 4, 4),
        ],
    ),
    (
        # ...not by a title that names a report ([tables] report_titles: 情况)
        "表3  2025年各县（市、区）保障房建设情况\n地区        比例        2026年目标\n甲县        58.2%       60%\n"
        "乙县        61.5%       63%\n丙县        49.8%       52%\n",
        [
            ("58.2%", "58.2", "%", "甲县比例", "share", None, "2025年", 2, 2),
            ("60%", "60", "%", "甲县目标", None, None, "2026年", 2, 3),
            ("61.5%", "61.5", "%", "乙县比例", "share", None, "2025年", 3, 2),
            ("63%", "63", "%", "乙县目标", None, None, "2026年", 3, 3),
            ("49.8%", "49.8", "%", "丙县比例", "share", None, "2025年", 4, 2),
            ("52%", "52", "%", "丙县目标", None, None, "2026年", 4, 3),
        ],
    ),
    (
        # a column of ranks (排名) holds no figures; the row's name is in the column after it (a place: with
        # the column's indicator)
        "排名  区县      PM2.5浓度（微克/立方米）   同比（%）\n 1    蓝田县    29                        -17.1\n"
        " 2    周至县    31                        -13.9\n 3    长安区    35                        -12.5\n",
        [
            ("29", "29", "微克/立方米", "蓝田县PM2.5浓度", None, None, None, 2, 3),
            ("-17.1", "-17.1", "%", "蓝田县PM2.5浓度", "growth", "down", None, 2, 4),
            ("31", "31", "微克/立方米", "周至县PM2.5浓度", None, None, None, 3, 3),
            ("-13.9", "-13.9", "%", "周至县PM2.5浓度", "growth", "down", None, 3, 4),
            ("35", "35", "微克/立方米", "长安区PM2.5浓度", None, None, None, 4, 3),
            ("-12.5", "-12.5", "%", "长安区PM2.5浓度", "growth", "down", None, 4, 4),
        ],
    ),
    (
        # ...but one-character headers as wide as the rows are columns of their own (男, 女)
        "项目          男        女\n常住人口（万人）  51.2      48.8\n就业人员（万人）  30.1      25.6\n"
        "城镇人口（万人）  33.5      32.0\n",
        [
            ("51.2", "512000", "人", "常住人口", None, None, None, 2, 2),
            ("48.8", "488000", "人", "常住人口", None, None, None, 2, 3),
            ("30.1", "301000", "人", "就业人员", None, None, None, 3, 2),
            ("25.6", "256000", "人", "就业人员", None, None, None, 3, 3),
            ("33.5", "335000", "人", "城镇人口", None, None, None, 4, 2),
            ("32.0", "320000", "人", "城镇人口", None, None, None, 4, 3),
        ],
    ),
]

NO_FIGURE = [
    # a table that states no unit anywhere: its numbers are not figures
    "指标\t2024年\t2025年\n企业数\t1320\t1406\n",
    # a single tab-separated line is no table, and a year is no figure
    "发布日期\t2026年3月10日\n",
    # aligned columns with words in them are prose laid out, not a table
    "一、综合        二、农业\n三、工业        四、服务业\n五、贸易        六、收入\n七、财政        八、人口\n",
    # words after the numbers (下降4.0%) are prose laid out in columns, not a column of labels
    "二氧化硫      7微克/立方米      持平\n二氧化氮      24微克/立方米     下降4.0%\n"
    "一氧化碳      1.0毫克/立方米    下降9.1%\n臭氧          149微克/立方米    上升2.1%\n",
    # two rows of aligned numbers are too few to be sure
    "单位：万吨\n粮食        143.6     146.2\n蔬菜        277.5     287.5\n",
]


def _records(text: str) -> list:
    patterns = default_patterns()
    figures, document = with_tables(extract(text, patterns=patterns), Document("-", text, "text"), patterns)
    located = locate(figures, document)
    assert_records_hold(text, located)
    return [figure for figure in located if figure.table is not None]


@pytest.mark.parametrize(("text", "expected"), TABLES, ids=[text for text, _ in TABLES])
def test_table_cells_become_records(text: str, expected: list[Cell]) -> None:
    got = [
        (
            f.text,
            str(f.value),
            f.unit,
            f.subject,
            f.measure,
            f.direction,
            f.period.text if f.period else None,
            f.table.row if f.table else 0,
            f.table.column if f.table else 0,
        )
        for f in _records(text)
    ]
    assert got == [(t, str(Decimal(v)), *rest) for t, v, *rest in expected]


@pytest.mark.parametrize("text", NO_FIGURE, ids=NO_FIGURE)
def test_tables_that_give_no_figure(text: str) -> None:
    assert _records(text) == []


def test_a_cell_record_says_its_table_and_headers_as_written() -> None:
    (first, *_) = _records("表1 2025年主要指标\n单位：亿元\n指标\t绝对数\n地区生产总值(亿元)\t2718.6\n")
    assert first.table is not None and first.table.model_dump() == {
        "number": 1,
        "row": 2,
        "column": 2,
        "row_header": "地区生产总值(亿元)",
        "column_header": "绝对数",
    }
    assert first.period is not None and (first.period.text, first.period.start_year) == ("2025年", 2025)
    assert first.status == "actual" and first.kind == "money" and first.magnitude == "亿"


def test_a_column_headed_by_a_goal_noun_holds_targets() -> None:
    # 年度任务 is a goal ([status] target_nouns) whatever the words jieba cuts it into
    text = "城市\t年度任务\t已筹集\n甲市\t8000套\t8400套\n乙市\t5000套\t4600套\n"
    assert [(f.text, f.status) for f in _records(text)] == [
        ("8000套", "target"),
        ("8400套", "actual"),
        ("5000套", "target"),
        ("4600套", "actual"),
    ]


def test_a_period_in_a_column_header_is_resolved_and_a_baseline_is_not_a_period() -> None:
    # relative years count from the year the document was written (2026, from its date), as in text;
    # a column of changes is of the time of the column to its left, never of its baseline (上年)
    text = "单位：万吨\n品种\t上年\t今年\t比上年增长%\n粮食\t143.6\t146.2\t1.8\n"
    records = _records("青岚市统计局2026年3月10日\n" + text)
    assert [(f.period.text, f.period.start_year) if f.period else None for f in records] == [
        ("上年", 2025),
        ("今年", 2026),
        ("今年", 2026),
    ]


def test_the_core_records_of_running_text_around_a_table_stay() -> None:
    text = "全市粮食总产量146.2万吨。\n单位：万吨\n品种\t2025年\n粮食\t146.2\n蔬菜产量287.5万吨。\n"
    patterns = default_patterns()
    figures, _ = with_tables(extract(text, patterns=patterns), Document("-", text, "text"), patterns)
    assert [(f.text, f.table is not None) for f in figures] == [
        ("146.2万吨", False),
        ("146.2", True),
        ("287.5万吨", False),
    ]


def test_a_text_without_tables_comes_back_untouched() -> None:
    text = "全年全市地区生产总值2718.6亿元，比上年增长5.4%。\n"
    patterns = default_patterns()
    figures = extract(text, patterns=patterns)
    document = Document("-", text, "text")
    assert with_tables(figures, document, patterns) == (figures, document)
    assert find_text_tables(text, patterns) == []
