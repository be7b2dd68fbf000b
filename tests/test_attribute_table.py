"""Subject, base, period, direction and status: one row per real-world-style sentence.

Each row is a text (also the test id) and the exact attribution of every figure
in it, as `Fig` records with named fields; a field left out has its default (no
base, no period, no direction, actual). The sentences are written for these
tests in the way bulletins write, never copied from the corpus. Rows presscan
gets wrong are marked xfail(strict=True), so that a fix is noticed; FIXED_FAILURES
keeps those that once were.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from presscan import extract


class Fig(NamedTuple):
    text: str
    subject: str | None
    base: str | None = None
    period: str | None = None
    years: tuple[int | None, int | None] = (None, None)
    direction: str | None = None
    status: str = "actual"


def case(text: str, *figures: Fig, marks=(), year: int | None = None):  # type: ignore[no-untyped-def]
    return pytest.param(text, list(figures), year, id=text, marks=marks)


def observed(text: str, year: int | None = None) -> list[Fig]:
    rows = []
    for figure in extract(text, year=year):
        period = figure.period
        rows.append(
            Fig(
                figure.text,
                figure.subject,
                figure.base,
                period.text if period else None,
                (period.start_year, period.end_year) if period else (None, None),
                figure.direction,
                figure.status or "actual",
            )
        )
    return rows


# Sentences as bulletins write them: the noun phrase before the figure.
BULLETIN_SENTENCES = [
    # a serial number (3号) inside a name is part of it, no figure
    case("地铁3号线全长42.6公里", Fig("42.6公里", "地铁3号线全长")),
    case("2号机组发电量12亿千瓦时", Fig("12亿千瓦时", "2号机组发电量")),
    # words jieba cuts or tags apart: a cut to a level (压减至), an amount overdue (逾期额), letters and
    # visits (信访, 越级访), chip packaging and testing (封装测试)
    case("力争全省预算规模压减至30亿元以内。", Fig("30亿元", "预算规模", direction="down", status="target")),
    case("越级访1958批，同比下降21.3%。", Fig("1958批", "越级访"), Fig("21.3%", "越级访", direction="down")),
    case("年末个人住房贷款逾期额1862.5万元。", Fig("1862.5万元", "个人住房贷款逾期额", period="年末")),
    case("信访总量稳中有降，力争下降5%左右。", Fig("5%", "信访总量", direction="down", status="target")),
    case("封装测试业实现营收804.5亿元。", Fig("804.5亿元", "封装测试业营收")),
    # people by age, which jieba tags as times (青年/t); a verbal noun whose object is a place or a
    # person opens the predicate after a count's noun (服务[杭州]亚运会); money goes to a purpose (用于)
    case("组织1.2万名青年志愿者服务杭州亚运会。", Fig("1.2万名", "青年志愿者")),
    case("全市老年大学12所。", Fig("12所", "老年大学")),
    case("安排2.6亿元专项资金用于农村公路养护。", Fig("2.6亿元", "专项资金")),
    # the noun between a verb of reaching and a count is what it counts; 占道 is no share's 占
    case("研发费用加计扣除政策惠及企业1.86万户。", Fig("1.86万户", "企业")),
    case("力争占道经营问题发生量下降10%以上。", Fig("10%", "占道经营问题发生量", direction="down", status="target")),
    case(
        "高速公路事故死亡人数占道路交通事故死亡总数的31.5%。",
        Fig("31.5%", "高速公路事故死亡人数", base="道路交通事故死亡总数"),
    ),
    # a note in brackets between a name's noun and the verb that heads it
    case("配套服务业（物流、检测等）实现营收52亿元。", Fig("52亿元", "配套服务业营收")),
    # ...and a short insert in the name stays before a verb the name leaves out
    case("其中，嘉兴（海宁）完成快递业务量12.5亿件。", Fig("12.5亿件", "嘉兴（海宁）快递业务量")),
    # a tenor (how long a bond, loan or deposit runs) opens its name, however jieba cuts it; it is no figure
    case("全年发行10年期及以下债券320亿元", Fig("320亿元", "10年期及以下债券", period="全年")),
    case(
        "一年期贷款市场报价利率为3.1%，5年期以上LPR为3.6%",
        Fig("3.1%", "一年期贷款市场报价利率"),
        Fig("3.6%", "5年期以上LPR"),
    ),
    case("开展7天期逆回购操作2000亿元", Fig("2000亿元", "7天期逆回购操作")),
    case("3个月期定期存款利率为1.25%", Fig("1.25%", "3个月期定期存款利率")),
    case("十年期国债收益率为1.85%", Fig("1.85%", "十年期国债收益率")),
    case("1.5年期品种发行20亿元", Fig("20亿元", "1.5年期品种发行")),
    case(
        "其中，1号线客运量4215.6万人次，占线网总客运量的22.7%。",
        Fig("4215.6万人次", "1号线客运量"),
        Fig("22.7%", "1号线客运量", "线网总客运量"),
    ),
    # an adjective jieba tags as an adverb (ad) between two nouns of one name stays in it
    case(
        "今年实际利用外商直接投资12亿美元",
        Fig("12亿美元", "实际利用外商直接投资", period="今年", years=(2026, 2026)),
        year=2026,
    ),
    case("火灾直接财产损失1.86亿元", Fig("1.86亿元", "火灾直接财产损失")),
    # ...and before the noun that opens a name
    case(
        "全市共发生火灾3126起，直接财产损失4682.3万元。",
        Fig("3126起", "火灾"),
        Fig("4682.3万元", "直接财产损失"),
    ),
    # a localiser right after a count places it (among them), it names nothing
    case(
        "境内升学的1086人中，进入“双一流”高校637人。",
        Fig("1086人", "境内升学"),
        Fig("637人", "“双一流”高校"),
    ),
    case("吨钢综合能耗101.3千克标准煤/吨", Fig("101.3千克标准煤/吨", "吨钢综合能耗")),
    case("全省14个市州均实现增长", Fig("14个", "市州")),
    # work that cuts carbon is a name, no direction
    case("全年实施重点节能降碳改造项目316个", Fig("316个", "重点节能降碳改造项目", period="全年")),
    # an abbreviation in brackets inside a name is part of it, its digits too; in a list, where each
    # item has its own, they are left out of all
    case(
        "细颗粒物（PM2.5）年均浓度31微克/立方米，同比下降8.8%",
        Fig("31微克/立方米", "细颗粒物（PM2.5）年均浓度"),
        Fig("8.8%", "细颗粒物（PM2.5）年均浓度", direction="down"),
    ),
    case(
        "二氧化硫（SO2）、二氧化氮（NO2）平均浓度分别为11微克/立方米和23微克/立方米",
        Fig("11微克/立方米", "二氧化硫平均浓度"),
        Fig("23微克/立方米", "二氧化氮平均浓度"),
    ),
    # a verb of carrying out after what a count counts opens the predicate; a verb inside a name stays
    case(
        "全年共有118家上市公司实施现金分红；1家公司终止上市。",
        Fig("118家", "上市公司", period="全年"),
        Fig("1家", "公司", period="全年"),
    ),
    case("建成120个乡镇污水处理设施", Fig("120个", "乡镇污水处理设施")),
    # the order of a birth
    case("其中二孩、三孩及以上分别占39.2%和12.6%。", Fig("39.2%", "二孩"), Fig("12.6%", "三孩及以上")),
    # verbs of handling alone before a count, no topic before them: what was done names it
    case(
        "1—11月累计受理538.9万件，其中7月受理量最高，达61.2万件；12月受理47.8万件。",
        Fig("538.9万件", "受理", period="1—11月"),
        Fig("61.2万件", "受理量", period="7月"),
        Fig("47.8万件", "受理", period="12月"),
    ),
    # a quoted name right before the figure names it, quotes and all
    case(
        "临时查封173家，责令“三停”62家，追回“血汗钱”4.86亿元。",
        Fig("173家", "临时查封"),
        Fig("62家", "责令“三停”"),
        Fig("4.86亿元", "“血汗钱”"),
    ),
    # a verb of occurrence before a measure is part of the name (before what occurred it is not)
    case("全省小麦赤霉病发生面积612万亩", Fig("612万亩", "小麦赤霉病发生面积")),
    case("煤矿发生事故2起", Fig("2起", "煤矿事故")),
    # the stages of a project alone before a count are what was done to the projects counted before
    case(
        "全年签约项目120个，开工85个，投产42个。",
        Fig("120个", "项目", period="全年"),
        Fig("85个", "开工项目", period="全年"),
        Fig("42个", "投产项目", period="全年"),
    ),
    case(
        "计划新改建农村公路1200公里，已完工986公里。",
        Fig("1200公里", "农村公路", status="target"),
        Fig("986公里", "农村公路"),
    ),
    # 继续 (still) before a predicate goes on with the topic
    case(
        "孕产妇死亡率为8.42/10万，继续控制在10/10万以下。",
        Fig("8.42/10万", "孕产妇死亡率"),
        Fig("10/10万", "孕产妇死亡率"),
    ),
    case("继续教育学员1.2万人", Fig("1.2万人", "继续教育学员")),
    # grades, which jieba tags as numerals
    case("其中一等小麦占比71.4%。", Fig("71.4%", "一等小麦占比")),
    # purchases, like trade, name the goods first
    case("全省累计收购粮食542.6亿斤", Fig("542.6亿斤", "粮食收购")),
    # 首 (first) inside a name, which jieba tags as a numeral
    case(
        "发放消费券5000万元，新引进品牌首店40家。",
        Fig("5000万元", "消费券"),
        Fig("40家", "品牌首店"),
    ),
    # what a cause caused (造成) is named after the cause, the verb unwritten
    case("电气火灾造成直接财产损失1672.5万元", Fig("1672.5万元", "电气火灾直接财产损失")),
    case("洪涝灾害造成直接经济损失5.6亿元", Fig("5.6亿元", "洪涝灾害直接经济损失")),
    case("用火不慎引发512起，占21.2%", Fig("512起", "用火不慎"), Fig("21.2%", "用火不慎")),
    case("电气原因引发火灾894起。", Fig("894起", "电气原因火灾")),
    # 及其他 (and other) joins a name's groups: jieba cuts it 及其/c 他/r
    case(
        "全省登记在册退役军人及其他优抚对象86.3万人。",
        Fig("86.3万人", "登记在册退役军人及其他优抚对象"),
    ),
    # a quoted name may hold a list mark
    case("开展“双随机、一公开”执法检查2600余家次", Fig("2600余家次", "“双随机、一公开”执法检查")),
    case("对外直接投资18亿美元", Fig("18亿美元", "对外直接投资")),
    # a flow named by the way it goes (以…方式 + its verb) is measured, the manner noun set aside
    case(
        "上半年，全市以一般贸易方式进出口5318.2亿元，增长6.1%；以加工贸易方式出口612.7亿元，下降3.8%。",
        Fig("5318.2亿元", "一般贸易进出口", period="上半年"),
        Fig("6.1%", "一般贸易进出口", period="上半年", direction="up"),
        Fig("612.7亿元", "加工贸易出口", period="上半年"),
        Fig("3.8%", "加工贸易出口", period="上半年", direction="down"),
    ),
    # a verb of having ends a name, a noun of the name before it too; not inside a rate (每万人拥有)
    case("高中阶段教育共有学校1082所。", Fig("1082所", "学校")),
    case("年末每万人拥有医院病床数21.7张。", Fig("21.7张", "每万人拥有医院病床数", period="年末")),
    # a per-student value (生均) keeps its 生均; a cut (压减) is a predicate
    case("全市普通高中生均公用经费达到1800元。", Fig("1800元", "普通高中生均公用经费")),
    case("全市能耗压减5%。", Fig("5%", "能耗", direction="down")),
    # verbs of handling alone before a figure say what was done to what the clause before counted
    case(
        "仲裁机构受理争议案件6126件，审结5958件。",
        Fig("6126件", "仲裁机构受理争议案件"),
        Fig("5958件", "审结争议案件"),
    ),
    case(
        "全省法院共受理各类案件736.4万件，审结、执结703.9万件，分别比前五年上升27.3%和29.1%。",
        Fig("736.4万件", "案件"),
        Fig("703.9万件", "审结、执结案件"),
        Fig("27.3%", "案件", direction="up"),
        Fig("29.1%", "审结、执结案件", direction="up"),
    ),
    # ...also those jieba tags as verbal nouns (采纳/vn), and after a passive 被
    case(
        "全市职工提出合理化建议3.6万条，被采纳1.9万条。",
        Fig("3.6万条", "职工提出合理化建议"),
        Fig("1.9万条", "采纳职工提出合理化建议"),
    ),
    case(
        "全年受理家电补贴申请12.4万份，审核通过11.8万份。",
        Fig("12.4万份", "家电补贴申请", period="全年", years=(2026, 2026)),
        Fig("11.8万份", "审核通过家电补贴申请", period="全年", years=(2026, 2026)),
        year=2026,
    ),
    case(
        "全年检查收购企业1320家，发现问题64个，已督促整改59个。",
        Fig("1320家", "收购企业", period="全年", years=(2026, 2026)),
        Fig("64个", "问题", period="全年", years=(2026, 2026)),
        Fig("59个", "督促整改问题", period="全年", years=(2026, 2026)),
        year=2026,
    ),
    # ...but other verbs alone continue the topic as it is
    case(
        "城镇就业人员520万人，增加8.5万人。",
        Fig("520万人", "城镇就业人员"),
        Fig("8.5万人", "城镇就业人员", direction="up"),
    ),
    # a departure from the normal (偏高, 偏多) is a predicate like a move, jieba's 偏/高 kept whole
    case(
        "3月、10月和11月平均气温分别偏高2.1℃、1.8℃和2.4℃。",
        Fig("2.1℃", "平均气温", period="3月", direction="up"),
        Fig("1.8℃", "平均气温", period="10月", direction="up"),
        Fig("2.4℃", "平均气温", period="11月", direction="up"),
    ),
    # a contribution to a whole (拉动, 影响 + the whole + its move) is the topic's
    case(
        "民营企业进出口4867.9亿元，增长8.3%，拉动全市进出口增长5.5个百分点。",
        Fig("4867.9亿元", "民营企业进出口"),
        Fig("8.3%", "民营企业进出口", direction="up"),
        Fig("5.5个百分点", "民营企业进出口", direction="up"),
    ),
    case(
        "猪肉价格下降15.0%，影响CPI下降约0.24个百分点。",
        Fig("15.0%", "猪肉价格", direction="down"),
        Fig("0.24个百分点", "猪肉价格", direction="down"),
    ),
    case(
        "工业投资增长8%，拉动全部投资增长3.2个百分点。",
        Fig("8%", "工业投资", direction="up"),
        Fig("3.2个百分点", "工业投资", direction="up"),
    ),
    # ...but what a policy brings about (带动) is measured itself
    case("全市发放消费券1500万元，带动相关消费约1.38亿元。", Fig("1500万元", "消费券"), Fig("1.38亿元", "相关消费")),
    # the basis a change is measured on (同口径, 自然口径) is no name, like 同比
    case(
        "全市税收收入完成2345.6亿元，自然口径下降1.2%，同口径增长4.5%。",
        Fig("2345.6亿元", "税收收入"),
        Fig("1.2%", "税收收入", direction="down"),
        Fig("4.5%", "税收收入", direction="up"),
    ),
    # an aside closed by 后 is set aside whole, before or after the name it follows
    case(
        "全市税收收入完成2345.6亿元，扣除留抵退税因素后增长3.6%。",
        Fig("2345.6亿元", "税收收入"),
        Fig("3.6%", "税收收入", direction="up"),
    ),
    case("全市居民消费价格剔除季节因素后环比上涨0.3%。", Fig("0.3%", "居民消费价格", direction="up")),
    case("城镇居民人均可支配收入扣除价格因素后实际增长4.1%。", Fig("4.1%", "城镇居民人均可支配收入", direction="up")),
    case("扣除后的净收入为500万元。", Fig("500万元", "净收入")),
    # what is left of a whole, named alone, is a name of its own
    case(
        "其中，存款利息6.83亿元，委托贷款利息11.86亿元，其他0.05亿元。",
        Fig("6.83亿元", "存款利息"),
        Fig("11.86亿元", "委托贷款利息"),
        Fig("0.05亿元", "其他"),
    ),
    case("外商投资企业占5.8%，其他占4.5%。", Fig("5.8%", "外商投资企业"), Fig("4.5%", "其他")),
    # a sum word right before the figure is no part of the name
    case(
        "省财政厅有14项转移支付资金共计38.29亿元未及时下达。",
        Fig("14项", "转移支付资金"),
        Fig("38.29亿元", "转移支付资金"),
    ),
    # the words that sum a list up after its last item are no part of it; the measure after 分别
    # and its verb is each item's
    case(
        "智能矿山装备、工程机械、新能源装备三大板块分别实现营业收入158.36亿元、121.07亿元和72.85亿元。",
        Fig("158.36亿元", "智能矿山装备营业收入"),
        Fig("121.07亿元", "工程机械营业收入"),
        Fig("72.85亿元", "新能源装备营业收入"),
    ),
    # a predicate jieba glues to a noun's suffix, before its particle and the figure
    case("小额信贷逾期率控制在1%以内。", Fig("1%", "小额信贷逾期率")),
    # a gap over a group, not an indicator, measures the subject before the marker
    case(
        "农村居民人均可支配收入增长6.2%，增速快于城镇居民1.6个百分点。",
        Fig("6.2%", "农村居民人均可支配收入", direction="up"),
        Fig("1.6个百分点", "农村居民人均可支配收入增速"),
    ),
    # a 每-time right before the figure is its denominator, no period
    case("污水处理能力提升到每年38.6万吨。", Fig("38.6万吨", "污水处理能力", direction="up")),
    # a short relative clause between a count and its noun
    case("全省有5个已完成的项目。", Fig("5个", "项目")),
    # a bound before a whole and 的: the thing bounded is the subject, the whole its base
    case(
        "全市研发投入不低于地区生产总值的3%。",
        Fig("3%", "研发投入", base="地区生产总值", status="target"),
    ),
    # tax cuts and refunds are amounts, named whole (减/降 inside them move nothing)
    case(
        "全年新增减税降费及退税缓费683.5亿元，办理增值税留抵退税325.1亿元。",
        Fig("683.5亿元", "减税降费及退税缓费", period="全年", years=(2026, 2026), direction="up"),
        Fig("325.1亿元", "增值税留抵退税", period="全年", years=(2026, 2026)),
        year=2026,
    ),
    # holidays and a report's period are periods
    case(
        "今年国庆中秋假期，全市接待游客682.4万人次，同比增长7.6%。",
        Fig("682.4万人次", "游客", period="今年国庆中秋假期", years=(2026, 2026)),
        Fig("7.6%", "游客", period="今年国庆中秋假期", years=(2026, 2026), direction="up"),
        year=2026,
    ),
    case(
        "假期期间，全市开展文化惠民演出320余场。",
        Fig("320余场", "文化惠民演出", period="假期期间", years=(2026, 2026)),
        year=2026,
    ),
    case(
        "报告期内，公司实现营业收入386.42亿元，同比增长8.73%。",
        Fig("386.42亿元", "公司营业收入", period="报告期内", years=(2026, 2026)),
        Fig("8.73%", "公司营业收入", period="报告期内", years=(2026, 2026), direction="up"),
        year=2026,
    ),
    # a verb naming an indicator before a total named alone names that total
    case(
        "全省一般公共预算收入总量3215.68亿元、支出总量3198.24亿元。",
        Fig("3215.68亿元", "一般公共预算收入总量"),
        Fig("3198.24亿元", "支出总量"),
    ),
    # names listed after a copula ending the clause before pair with the figures listed with 分别
    case(
        "增速居前三位的行业依次为汽车制造业、电子信息业和医药制造业，分别增长12%、10%和8%。",
        Fig("12%", "汽车制造业", direction="up"),
        Fig("10%", "电子信息业", direction="up"),
        Fig("8%", "医药制造业", direction="up"),
    ),
    case(
        "发病数居前五位的病种依次为病毒性肝炎、肺结核、梅毒、淋病和猩红热，分别报告5862例、3417例、3209例、1496例和1204例。",
        Fig("5862例", "病毒性肝炎"),
        Fig("3417例", "肺结核"),
        Fig("3209例", "梅毒"),
        Fig("1496例", "淋病"),
        Fig("1204例", "猩红热"),
    ),
    # a rate per so many people written before its number: the denominator is no name
    case(
        "全省传染病报告发病率为每10万人612.34，死亡率为每10万人0.44。",
        Fig("612.34", "传染病报告发病率"),
        Fig("0.44", "死亡率"),
    ),
    # a range of days from one month to another is one period
    case(
        "2025年1月1日至11月30日，全市共受理工单586.7万件。",
        Fig("586.7万件", "工单", period="2025年1月1日至11月30日", years=(2025, 2025)),
    ),
    case(
        "10月1日至8日，全市城市影院累计实现票房1.06亿元。",
        Fig("1.06亿元", "票房", period="10月1日", years=(2026, 2026)),
        year=2026,
    ),
    case(
        "截至10月末，全省本外币存款余额8.9万亿元，较年初增加5678亿元。",
        Fig("8.9万亿元", "本外币存款余额", period="截至10月末", years=(2026, 2026)),
        Fig("5678亿元", "本外币存款余额", period="截至10月末", years=(2026, 2026), direction="up"),
        year=2026,
    ),
    case(
        "全年新设企业注册资本合计2345.6亿元，同比下降4.3%。",
        Fig("2345.6亿元", "新设企业注册资本", period="全年", years=(2026, 2026)),
        Fig("4.3%", "新设企业注册资本", period="全年", years=(2026, 2026), direction="down"),
        year=2026,
    ),
    # an attributive verb opening the name, whatever jieba tags it (过夜/t)
    case(
        "全县接待过夜游客86.2万人次，增长7.5%。",
        Fig("86.2万人次", "过夜游客"),
        Fig("7.5%", "过夜游客", direction="up"),
    ),
    # what is left of a whole (其他/r) opens a name of its own
    case("其他行业用电量12.4亿千瓦时。", Fig("12.4亿千瓦时", "其他行业用电量")),
    # words jieba cuts at a verb, an adverb or a morpheme: kinds of research, disaster
    # statistics, price categories, the purchasing managers' order indexes
    case("全省应用研究经费增长9.1%。", Fig("9.1%", "应用研究经费", direction="up")),
    case("全省紧急转移安置受灾群众3.2万人。", Fig("3.2万人", "紧急转移安置受灾群众")),
    case("因灾死亡2人，直接经济损失5.6亿元。", Fig("2人", "因灾死亡"), Fig("5.6亿元", "直接经济损失")),
    case(
        "禽肉类价格上涨2.1%，畜肉类价格下降4.0%。",
        Fig("2.1%", "禽肉类价格", direction="up"),
        Fig("4.0%", "畜肉类价格", direction="down"),
    ),
    case(
        "新订单指数和新出口订单指数分别为50.2%和48.7%。",
        Fig("50.2%", "新订单指数"),
        Fig("48.7%", "新出口订单指数"),
    ),
    # items named as classes share what follows the last one's class word, though the last holds
    # a list of its own; a long list is read from its first word (the window cut no word)
    case(
        "限额以上单位中，金银珠宝类、通讯器材类、家用电器和音像器材类商品零售额分别增长15.3%、12.6%和9.8%。",
        Fig("15.3%", "金银珠宝类商品零售额", direction="up"),
        Fig("12.6%", "通讯器材类商品零售额", direction="up"),
        Fig("9.8%", "家用电器和音像器材类商品零售额", direction="up"),
    ),
    # a list before 分别 longer than a figure's window is read whole, from its clause's start
    case(
        "限额以上单位汽车类、家用电器和音像器材类、通讯器材类、金银珠宝类、粮油食品类零售额分别增长12.6%、23.8%、31.5%、15.2%和8.4%。",
        Fig("12.6%", "限额以上单位汽车类零售额", direction="up"),
        Fig("23.8%", "家用电器和音像器材类零售额", direction="up"),
        Fig("31.5%", "通讯器材类零售额", direction="up"),
        Fig("15.2%", "金银珠宝类零售额", direction="up"),
        Fig("8.4%", "粮油食品类零售额", direction="up"),
    ),
    # most items end with their class word: the last item's is its own, not the head's (no 类类)
    case(
        "家用电器、通讯器材类、金银珠宝类和粮油食品类零售额分别增长23.8%、31.5%、15.2%和8.4%。",
        Fig("23.8%", "家用电器零售额", direction="up"),
        Fig("31.5%", "通讯器材类零售额", direction="up"),
        Fig("15.2%", "金银珠宝类零售额", direction="up"),
        Fig("8.4%", "粮油食品类零售额", direction="up"),
    ),
    # ...so do items that end alike (污染), whatever the word; 及 before 以上 joins a bound to a
    # grade and splits no list
    case(
        "全市轻度污染、中度污染和重度及以上污染天数比例分别为10.2%、0.9%和0.8%。",
        Fig("10.2%", "轻度污染天数比例"),
        Fig("0.9%", "中度污染天数比例"),
        Fig("0.8%", "重度及以上污染天数比例"),
    ),
    case(
        "一级医院、二级医院和三级及以上医院分别有12家、30家和8家。",
        Fig("12家", "一级医院"),
        Fig("30家", "二级医院"),
        Fig("8家", "三级及以上医院"),
    ),
    # customs name goods after the flow's verb: the subject names the flow of those goods (机电产品出口);
    # not a measure after the verb (出口总额, 出口交货值), an agent (出口企业), or words that are no nouns
    case(
        "上半年，宁波市出口机电产品2356.8亿元，增长8.7%。进口铁矿砂2215.7万吨，下降1.8%。",
        Fig("2356.8亿元", "宁波市机电产品出口", period="上半年"),
        Fig("8.7%", "宁波市机电产品出口", period="上半年", direction="up"),
        Fig("2215.7万吨", "铁矿砂进口", period="上半年"),
        Fig("1.8%", "铁矿砂进口", period="上半年", direction="down"),
    ),
    case("全市有出口企业1200家，出口总额增长5%。", Fig("1200家", "出口企业"), Fig("5%", "出口总额", direction="up")),
    case(
        "预计全年全市进出口总值有望突破1500亿元。",
        Fig("1500亿元", "进出口总值", period="全年", years=(2026, 2026), status="target"),
        year=2026,
    ),
    # 的 keeps what a measure noun is of (参加医疗保险的人数), as written before a share noun too
    case("参加医疗保险的人数达到120万人。", Fig("120万人", "参加医疗保险的人数")),
    case(
        "与去年同期相比，同城快递业务量的比重下降0.7个百分点。",
        Fig("0.7个百分点", "同城快递业务量的比重", direction="down"),
    ),
    case("通过网络平台购票的比例为93.7%。", Fig("93.7%", "通过网络平台购票的比例")),
    # 高出 measures a gap to what it names, like 高于: the subject is what is compared
    case(
        "大众餐饮门店营业额增长10.8%，高出全市餐饮业平均水平3.5个百分点。",
        Fig("10.8%", "大众餐饮门店营业额", direction="up"),
        Fig("3.5个百分点", "大众餐饮门店营业额"),
    ),
    # a level set anew, 调整 cut from its 为: no part of the name
    case(
        "全市月最低工资标准调整为2490元/月和2260元/月两档。",
        Fig("2490元/月", "月最低工资标准"),
        Fig("2260元/月", "月最低工资标准"),
    ),
    # how much the counted things were hit is no part of their name
    case("全市12个乡镇不同程度受灾。", Fig("12个", "乡镇")),
    # a loss that shrank (减亏) is down, one that grew (增亏) up; neither is a name
    case(
        "全年净利润亏损1.2亿元，同比减亏0.8亿元。",
        Fig("1.2亿元", "净利润亏损", period="全年"),
        Fig("0.8亿元", "净利润亏损", period="全年", direction="down"),
    ),
    case("净亏损3亿元，同比增亏0.5亿元。", Fig("3亿元", "净亏损"), Fig("0.5亿元", "净亏损", direction="up")),
    # the share of industries that grew is a name, no movement
    case("全市有29个行业增加值保持增长，增长面为70.7%。", Fig("29个", "行业增加值"), Fig("70.7%", "增长面")),
    # a bound right before the predicate is no part of the name (最高 in 最高气温 is)
    case("单日客流最高达8.6万人次。", Fig("8.6万人次", "单日客流")),
    case("最高气温达到39.2℃。", Fig("39.2℃", "最高气温")),
    # a movement word inside a compound name is no movement (技能提升 is one word)
    case("全年发放职业技能提升补贴2.6亿元。", Fig("2.6亿元", "职业技能提升补贴", period="全年")),
    # a name that ends a list of names before one figure: the list is what it measures, whole
    case(
        "分行业看，制造业增长7.8%，电力、热力、燃气及水生产和供应业增长4.6%。",
        Fig("7.8%", "制造业", direction="up"),
        Fig("4.6%", "电力、热力、燃气及水生产和供应业", direction="up"),
    ),
    case("全市教育、文化支出12.5亿元。", Fig("12.5亿元", "教育、文化支出")),
    case("年末风电、光伏发电装机容量达到420万千瓦。", Fig("420万千瓦", "风电、光伏发电装机容量", period="年末")),
    # ...not past a verb that takes the list as its object
    case("全年新建中小学、幼儿园43所。", Fig("43所", "中小学、幼儿园", period="全年")),
    # ...and a list that 分别 pairs with figures is still as many names
    case(
        "钢材、水泥产量分别增长3.1%和2.4%。",
        Fig("3.1%", "钢材产量", direction="up"),
        Fig("2.4%", "水泥产量", direction="up"),
    ),
    # a clause with no figure between two figures names its own topic, which the next clause continues
    case(
        "全年接待游客1200万人次，单日峰值出现在10月3日，达到8.6万人次。",
        Fig("1200万人次", "游客", period="全年", years=(2026, 2026)),
        Fig("8.6万人次", "单日峰值", period="10月3日", years=(2026, 2026)),
        year=2026,
    ),
    case(
        "全市工业用电量增长5.1%，其中制造业用电较快，增长7.3%。",
        Fig("5.1%", "工业用电量", direction="up"),
        Fig("7.3%", "制造业用电", direction="up"),
    ),
    # ...but not past a figure in the figure's own clause (由上年的9.5%上升到14.2%)
    case(
        "全民健身活动广泛开展，经常参加锻炼的人数比例由上年的36.1%上升到38.4%。",
        Fig("36.1%", "参加锻炼的人数比例", period="由上年", years=(2025, 2025)),
        Fig("38.4%", "参加锻炼的人数比例", direction="up"),
        year=2026,
    ),
    # occurrence after what occurs is no part of its name
    case("全市安全事故发生12起。", Fig("12起", "安全事故")),
    # 其中 as a clause of its own (其中，…) is a partitive too, for a share and for listed shares;
    # 其中 opening a sentence names no whole in it
    case(
        "全市固定资产投资1200亿元，其中，工业投资450亿元，占37.5%。",
        Fig("1200亿元", "固定资产投资"),
        Fig("450亿元", "工业投资"),
        Fig("37.5%", "工业投资", base="固定资产投资"),
    ),
    case(
        "全年完成交通投资1865.3亿元，其中，公路、水路投资分别完成1423.6亿元和168.2亿元，分别占76.3%和9.0%。",
        Fig("1865.3亿元", "交通投资", period="全年"),
        Fig("1423.6亿元", "公路投资", period="全年"),
        Fig("168.2亿元", "水路投资", period="全年"),
        Fig("76.3%", "公路投资", base="交通投资", period="全年"),
        Fig("9.0%", "水路投资", base="交通投资", period="全年"),
    ),
    case(
        "全市固定资产投资1200亿元。其中，工业投资450亿元，占37.5%。",
        Fig("1200亿元", "固定资产投资"),
        Fig("450亿元", "工业投资"),
        Fig("37.5%", "工业投资"),
    ),
    # the parts of a sentence after 其中's part go on listing shares of its whole (not the next sentence)
    case(
        "全市财政支出312亿元，其中教育支出56亿元，占17.9%；卫生健康支出28亿元，占9.0%。",
        Fig("312亿元", "财政支出"),
        Fig("56亿元", "教育支出"),
        Fig("17.9%", "教育支出", base="财政支出"),
        Fig("28亿元", "卫生健康支出"),
        Fig("9.0%", "卫生健康支出", base="财政支出"),
    ),
    case(
        "全市财政支出312亿元，其中教育支出56亿元，占17.9%。卫生健康支出28亿元，占9.0%。",
        Fig("312亿元", "财政支出"),
        Fig("56亿元", "教育支出"),
        Fig("17.9%", "教育支出", base="财政支出"),
        Fig("28亿元", "卫生健康支出"),
        Fig("9.0%", "卫生健康支出"),
    ),
    # a list of parts before a share's marker: the items are the parts, the whole is the base
    case(
        "城镇、农村居民医疗保健支出所占比重分别为8.1%和9.6%。",
        Fig("8.1%", "城镇居民医疗保健支出"),
        Fig("9.6%", "农村居民医疗保健支出"),
    ),
    case(
        "城镇和农村居民消费支出占可支配收入比重分别为66.2%和81.5%。",
        Fig("66.2%", "城镇居民消费支出", base="可支配收入"),
        Fig("81.5%", "农村居民消费支出", base="可支配收入"),
    ),
    case(
        "全市有养老机构210家、床位3.2万张，分别占全省的6.1%和5.8%。",
        Fig("210家", "养老机构"),
        Fig("3.2万张", "床位"),
        Fig("6.1%", "养老机构", base="全省"),
        Fig("5.8%", "床位", base="全省"),
    ),
    # a verb that names a class before its class word is part of the name
    case("投诉类诉求28.6万件，占33.1%。", Fig("28.6万件", "投诉类诉求"), Fig("33.1%", "投诉类诉求")),
    # a negation that is part of the name stays in it (不/d alone ends a name)
    case("检出不合格样品386批次。", Fig("386批次", "不合格样品")),
    # 三次产业 (the three sectors) is a name; an average over years is part of the predicate
    case(
        "三次产业增加值比重分别为5.2%、38.6%和56.2%。",
        Fig("5.2%", "三次产业增加值比重"),
        Fig("38.6%", "三次产业增加值比重"),
        Fig("56.2%", "三次产业增加值比重"),
    ),
    case(
        "全市社会消费品零售总额比2019年同期增长12.3%，两年平均增长6.0%。",
        Fig("12.3%", "社会消费品零售总额", direction="up"),
        Fig("6.0%", "社会消费品零售总额", direction="up"),
    ),
    # 次均 (per visit) is an average word; a goal set at a level: 定为
    case("门诊次均费用236元。", Fig("236元", "门诊次均费用")),
    case("今年全区GDP增长目标定为6%左右。", Fig("6%", "GDP", period="今年", direction="up", status="target")),
    # a section of the classification of industries is one name
    case(
        "批发和零售业增加值增长5%，租赁和商务服务业增长8.5%。",
        Fig("5%", "批发和零售业增加值", direction="up"),
        Fig("8.5%", "租赁和商务服务业", direction="up"),
    ),
    # 当期 (the current period) is a frame word, jieba's 当/期 gave 期结余
    case("当期结余15.6亿元，可支付月数7.7个月。", Fig("15.6亿元", "结余"), Fig("7.7个月", "月数")),
    case("每公顷产量5838公斤。", Fig("5838公斤", "每公顷产量")),
    # the verb an index closes with is no part of its name
    case(
        "上证指数报3,286.45点，全周上涨1.2%。",
        Fig("3,286.45点", "上证指数"),
        Fig("1.2%", "上证指数", direction="up"),
    ),
    case("深证成指收于10526点。", Fig("10526点", "深证成指")),
    # tiers and second-hand goods, which jieba tags as numerals, are part of the name
    case(
        "一线城市新建商品住宅销售价格环比下降0.3%。",
        Fig("0.3%", "一线城市新建商品住宅销售价格", direction="down"),
    ),
    case("二手住宅销售价格环比下降0.5%。", Fig("0.5%", "二手住宅销售价格", direction="down")),
    case("全市二手车交易量12.3万辆。", Fig("12.3万辆", "二手车交易量")),
    case("全市千兆宽带用户达到120万户。", Fig("120万户", "千兆宽带用户")),
    # a verb of administration opens what it acts on, whatever jieba tags it (办理/n)
    case("办理政务服务事项120万件。", Fig("120万件", "政务服务事项")),
    case("开展职业技能培训12万人次。", Fig("12万人次", "职业技能培训")),
    case("检测样品1.2万批次。", Fig("1.2万批次", "检测样品")),
    # a verb of sale or delivery before the figure is its predicate, not part of the name
    case("C919大飞机交付5架。", Fig("5架", "C919大飞机")),
    case("商品房销售面积120万平方米。", Fig("120万平方米", "商品房销售面积")),
    case("目前，全省高速公路已建成充电桩890台。", Fig("890台", "充电桩", period="目前")),
    case(
        "城市公交车中，新能源车1.46万辆、占比95.65%。",
        Fig("1.46万辆", "新能源车"),
        Fig("95.65%", "新能源车占比"),
    ),
    case("全省制造业年均增长11.4%。", Fig("11.4%", "制造业", direction="up")),
    case("工业总产值40亿元以上。", Fig("40亿元", "工业总产值")),
    case("每平方米可减少碳排放约13公斤。", Fig("13公斤", "碳排放", direction="down")),
    case("建成加气站21座，其中10座已投入运营。", Fig("21座", "加气站"), Fig("10座", "加气站")),
    case("全市地区生产总值增长6.2%。", Fig("6.2%", "地区生产总值", direction="up")),
    case("粮食产量1347万吨。", Fig("1347万吨", "粮食产量")),
    case("新增城镇就业52.3万人。", Fig("52.3万人", "城镇就业", direction="up")),
    case("全年社会消费品零售总额增长5.8%。", Fig("5.8%", "社会消费品零售总额", period="全年", direction="up")),
    case(
        "年末全市有公共图书馆12座，比上年增加2座。",
        Fig("12座", "公共图书馆", period="年末"),
        Fig("2座", "公共图书馆", period="年末", direction="up"),
    ),
    case(
        "卫生技术人员1.50万人，比上年增长0.3%。",
        Fig("1.50万人", "卫生技术人员"),
        Fig("0.3%", "卫生技术人员", direction="up"),
    ),
    case(
        "城镇恩格尔系数31.9%，比上年下降3.5个百分点。",
        Fig("31.9%", "城镇恩格尔系数"),
        Fig("3.5个百分点", "城镇恩格尔系数", direction="down"),
    ),
    case("人口出生率比上年下降0.99个千分点。", Fig("0.99个千分点", "人口出生率", direction="down")),
    case("全省共建设装配式建筑约3773万平方米。", Fig("3773万平方米", "装配式建筑")),
    case(
        "截至2023年底，累计建设分布式光伏发电201.32兆瓦。",
        Fig("201.32兆瓦", "分布式光伏发电", period="截至2023年底", years=(2023, 2023)),
    ),
    case(
        "2019年至2021年，共淘汰注销老旧车辆152836辆，完成率达110.67%。",
        Fig("152836辆", "老旧车辆", period="2019年至2021年", years=(2019, 2021)),
        Fig("110.67%", "完成率", period="2019年至2021年", years=(2019, 2021)),
    ),
    case(
        "2021年—2023年，全省规上工业增加值年均增长8.4%。",
        Fig("8.4%", "规上工业增加值", period="2021年—2023年", years=(2021, 2023), direction="up"),
    ),
    case(
        "上半年，全省进出口总额2345.6亿元，同比下降3.2%。",
        Fig("2345.6亿元", "进出口总额", period="上半年"),
        Fig("3.2%", "进出口总额", period="上半年", direction="down"),
    ),
    case("1—10月，全市固定资产投资增长4.1%。", Fig("4.1%", "固定资产投资", period="1—10月", direction="up")),
    case("前三季度，全省居民人均可支配收入21345元。", Fig("21345元", "居民人均可支配收入", period="前三季度")),
    case("相当于减少二氧化碳排放10.86万吨。", Fig("10.86万吨", "二氧化碳排放", direction="down")),
    case(
        "计划到2027年，全省新能源汽车保有量达到100万辆。",
        Fig("100万辆", "新能源汽车保有量", period="到2027年", years=(2027, 2027), status="target"),
    ),
    case("目标是森林覆盖率提高到25%以上。", Fig("25%", "森林覆盖率", direction="up", status="target")),
    # a monitoring report sets a level reached against a later goal in one sentence: the clause
    # with its own earlier year, after the goal words, is a result; a stage still to come stays a goal
    case(
        "孕产妇死亡率目标为到2030年控制在8/10万以下，2024年全市孕产妇死亡率为5.12/10万。",
        Fig("8/10万", "孕产妇死亡率", period="到2030年", years=(2030, 2030), status="target"),
        Fig("5.12/10万", "孕产妇死亡率", period="2024年", years=(2024, 2024)),
        year=2025,
    ),
    # a clause that 的 ends with no noun after it, before 占, names the part (those it describes)
    case(
        "在全部农民工中，未上过学的占0.8%，小学文化程度占13.5%。",
        Fig("0.8%", "未上过学的", base="农民工"),
        Fig("13.5%", "小学文化程度", base="农民工"),
    ),
    # words that sum a list up inside its last item (两市, 两大区域) stand between the items and the head
    # they share
    case(
        "宁德、漳州两市海洋经济增速分别为8.1%和7.4%。",
        Fig("8.1%", "宁德海洋经济增速", direction="up"),
        Fig("7.4%", "漳州海洋经济增速", direction="up"),
    ),
    case(
        "东部、西部两大区域生产总值分别增长5%和6%。",
        Fig("5%", "东部生产总值", direction="up"),
        Fig("6%", "西部生产总值", direction="up"),
    ),
    # the items' number in digits sums them up as a numeral does; any other number stays in its item
    case(
        "杭州、宁波、温州3市省重点项目完成投资分别为1520.4亿元、986.1亿元和634.9亿元。",
        Fig("1520.4亿元", "杭州省重点项目完成投资"),
        Fig("986.1亿元", "宁波省重点项目完成投资"),
        Fig("634.9亿元", "温州省重点项目完成投资"),
    ),
    # ...and so does a word of a numeral and what the items are before a head of one word (两市销量); not
    # 日均, whose 日 jieba tags as a numeral
    case(
        "宁德、漳州两市销量分别为38.6亿元和15.4亿元。",
        Fig("38.6亿元", "宁德销量"),
        Fig("15.4亿元", "漳州销量"),
    ),
    case(
        "全市餐厨垃圾、园林垃圾日均处理量分别为1250吨和360吨。",
        Fig("1250吨", "餐厨垃圾日均处理量"),
        Fig("360吨", "园林垃圾日均处理量"),
    ),
    # a list before a bound said of all its items (均超过) pairs with the figures of 分别 after the bound
    case(
        "苏州、无锡、常州三市进出口总额均超过3000亿元，分别为5123亿元、3890亿元和3210亿元。",
        Fig("3000亿元", "市进出口总额"),  # the bound's own name loses its numeral (三市): left as it is
        Fig("5123亿元", "苏州"),
        Fig("3890亿元", "无锡"),
        Fig("3210亿元", "常州"),
    ),
    case(
        "地铁1号线、2号线客运量分别为1824万人次和796万人次。",
        Fig("1824万人次", "地铁1号线客运量"),
        Fig("796万人次", "2号线客运量"),
    ),
    # a unit of time alone before a noun of the name (jieba's 年/m) makes it a measure per that time
    case("全省年降水量1523.6毫米。", Fig("1523.6毫米", "年降水量")),
    # classes in brackets inside a name define the word before, numerals and all: no part of the name
    case("近岸海域优良（一、二类）水质面积比例为93.8%。", Fig("93.8%", "近岸海域优良水质面积比例")),
    # an age band inside a name is no figure for a list after it to pair with
    case(
        "婴儿死亡率为1.62‰，5岁以下儿童死亡率为2.35‰，分别比上年下降0.21个和0.18个千分点。",
        Fig("1.62‰", "婴儿死亡率"),
        Fig("5岁", "儿童死亡率"),
        Fig("2.35‰", "5岁以下儿童死亡率"),
        Fig("0.21个", "婴儿死亡率", direction="down"),
        Fig("0.18个千分点", "5岁以下儿童死亡率", direction="down"),
    ),
    # a bracketed alias between a name and its figure is read past (拨贷比: a dictionary word, so 比
    # is no comparison marker)
    case("贷款拨备率（拨贷比）3.67%。", Fig("3.67%", "贷款拨备率")),
    # a base year after 以…为 (基期, 基数) is a baseline, however many words stand between
    case("儿童伤害死亡率以2020年为基期下降20%。", Fig("20%", "儿童伤害死亡率", direction="down")),
    case(
        "儿童伤害死亡率目标为到2030年以2020年为基数下降20%，2024年为8.72/10万。",
        Fig("20%", "儿童伤害死亡率", period="到2030年", years=(2030, 2030), direction="down", status="target"),
        Fig("8.72/10万", "儿童伤害死亡率", period="2024年", years=(2024, 2024)),
        year=2025,
    ),
    # a plan's span in brackets names the plan, and a goal word inside a document's title sets no
    # goal: neither dates nor marks the figures after them
    case(
        "全市落实《儿童发展规划（2021—2030年）》，婴儿死亡率为2.1‰。",
        Fig("2.1‰", "婴儿死亡率"),
    ),
    case(
        "适龄妇女宫颈癌筛查率为76.8%，高于70%的2030年目标。",
        Fig("76.8%", "适龄妇女宫颈癌筛查率"),
        Fig("70%", "适龄妇女宫颈癌筛查率", status="target"),
    ),
    case(
        "到2030年，森林覆盖率达到48%，2027年达到46%。",
        Fig("48%", "森林覆盖率", period="到2030年", years=(2030, 2030), status="target"),
        Fig("46%", "森林覆盖率", period="2027年", years=(2027, 2027), status="target"),
        year=2026,
    ),
    # 争取 with funds as its object obtains them, no goal; with anything else it strives for a goal
    case(
        "全年全市争取中央预算内投资2.6亿元、省级专项资金8400万元。",
        Fig("2.6亿元", "中央预算内投资", period="全年", years=(2026, 2026)),
        Fig("8400万元", "省级专项资金", period="全年", years=(2026, 2026)),
        year=2026,
    ),
    case(
        "明年争取地区生产总值增长6%。",
        Fig("6%", "地区生产总值", period="明年", years=(2027, 2027), direction="up", status="target"),
        year=2026,
    ),
    # the goals of a sentence that opens with its time hold past ；, a past year's never (a result told)
    case(
        "2026年，全市将力争实现旅游总收入820亿元；新建游客服务中心12个。",
        Fig("820亿元", "旅游总收入", period="2026年", years=(2026, 2026), status="target"),
        Fig("12个", "游客服务中心", period="2026年", years=(2026, 2026), status="target"),
        year=2026,
    ),
    case(
        "2025年，全市力争实现旅游总收入820亿元，实际完成845亿元；新建游客服务中心12个。",
        Fig("820亿元", "旅游总收入", period="2025年", years=(2025, 2025)),
        Fig("845亿元", "旅游总收入", period="2025年", years=(2025, 2025)),
        Fig("12个", "游客服务中心", period="2025年", years=(2025, 2025)),
        year=2026,
    ),
    case("全市城镇登记失业率控制在2.48%。", Fig("2.48%", "城镇登记失业率")),
    case(
        "年末全市从业人员286.37万人，比上年末增长5.8%。",
        Fig("286.37万人", "从业人员", period="年末"),
        Fig("5.8%", "从业人员", period="年末", direction="up"),
    ),
    case("入境游客增长1倍。", Fig("1倍", "入境游客", direction="up")),
    case("新认定省级企业技术中心45家。", Fig("45家", "省级企业技术中心")),
    case("国家卓越级智能工厂达16个。", Fig("16个", "国家卓越级智能工厂")),
    case("404家企业通过国家两化融合贯标。", Fig("404家", "企业")),
    case("生产氢燃料汽车760辆。", Fig("760辆", "氢燃料汽车")),
    case(
        "全市自来水普及率96.5%，其中特区内自来水普及率100%。",
        Fig("96.5%", "自来水普及率"),
        Fig("100%", "特区内自来水普及率"),
    ),
    case("全年城镇新建住宅593.42万平方米。", Fig("593.42万平方米", "城镇新建住宅", period="全年")),
    case(
        "2023年以来，全省累计完成造林面积156万亩。",
        Fig("156万亩", "造林面积", period="2023年以来", years=(2023, None)),
    ),
    case("全年外送电量1116亿千瓦时。", Fig("1116亿千瓦时", "外送电量", period="全年")),
    case("可可盖等11处煤矿建成试运转。", Fig("11处", "煤矿")),
    case("全市区域环境噪声平均值为55.8分贝。", Fig("55.8分贝", "区域环境噪声平均值")),
    case("人口自然增长率为3.1‰。", Fig("3.1‰", "人口自然增长率", direction="up")),
    case("空气质量优良天数比例达到86.4%。", Fig("86.4%", "空气质量优良天数比例")),
    case("全省建成５Ｇ基站１.２万个。", Fig("１.２万个", "５Ｇ基站")),
    case("其中蔬菜价格下降2.4%。", Fig("2.4%", "蔬菜价格", direction="down")),
    case(
        "全年出生人口1.8万人，出生率6.9‰。",
        Fig("1.8万人", "出生人口", period="全年"),
        Fig("6.9‰", "出生率", period="全年"),
    ),
    case("全市PM2.5平均浓度为29微克/立方米。", Fig("29微克/立方米", "PM2.5平均浓度")),
    case("全县经济总量迈上500亿元台阶。", Fig("500亿元", "经济总量")),
    # nouns jieba cuts or tags as other words (地/uv 市, 展会/v, 稳/a 增长/v); 创 opens a predicate; funds
    # disbursed (拨付) alone after the fund's amount, a handling verb
    case("全省16个地市中有12个地市创历史新高。", Fig("16个", "地市"), Fig("12个", "地市")),
    case("全年共有三十余个展会开展线上办展。", Fig("三十余个", "展会", period="全年", years=(2026, 2026)), year=2026),
    case(
        "设立15亿元稳外贸专项资金，已拨付9.6亿元。",
        Fig("15亿元", "稳外贸专项资金"),
        Fig("9.6亿元", "拨付稳外贸专项资金"),
    ),
    # a verb of going after a count of people opens its predicate (赴一线指导 names nothing)
    case("派出技术人员312人次赴一线指导。", Fig("312人次", "技术人员")),
    # a net change (净减少, 净增加) is a move and opens the clause like 新增; 隐患点, 算力 one word each
    case("在册隐患点总数净减少537处。", Fig("537处", "在册隐患点总数", direction="down")),
    case(
        "全年净增加就业岗位1.2万个。",
        Fig("1.2万个", "就业岗位", period="全年", years=(2026, 2026), direction="up"),
        year=2026,
    ),
    case("算力产业营业收入19.4亿元。", Fig("19.4亿元", "算力产业营业收入")),
    # a grade before 及以上 is part of a name whatever jieba tags it (健康/a); 市控 one word
    case("评价为“健康”及以上等级的占比91.1%。", Fig("91.1%", "“健康”及以上等级的占比")),
    case("全市市控以上地表水断面58个。", Fig("58个", "市控以上地表水断面")),
    # things listed before 等 with no noun after the count are what it counts
    case("全年组织义诊、健康讲座等120场。", Fig("120场", "健康讲座", period="全年", years=(2026, 2026)), year=2026),
    # a one-character head (村/zg) keeps the verb or the clause that names it
    case("开展股份分红的村1.28万个。", Fig("1.28万个", "开展股份分红的村")),
    case("建设整建制推进县25个。", Fig("25个", "推进县")),
    # a denominator after 每 of a one-character morpheme and a measure word (每剂次) is no name
    case("全省预防接种服务补助标准提高到每剂次15元。", Fig("15元", "预防接种服务补助标准", direction="up")),
    # a count past a short relative clause that ends with an adjective counts the noun after 的
    case("建成3个规模较大的物流园区。", Fig("3个", "物流园区")),
    # an indicator with no unit and a note in brackets: 电能利用效率（PUE）
    case("全市数据中心平均电能利用效率（PUE）为1.21。", Fig("1.21", "数据中心平均电能利用效率")),
    # words jieba cuts or mistags: the price paid in a deal (成交价/款), flats by their rooms (一/居室),
    # wetlands (湿地/z), a verb that founds what it counts (成立)
    case(
        "全年国有土地出让价款52.3亿元。",
        Fig("52.3亿元", "国有土地出让价款", period="全年", years=(2026, 2026)),
        year=2026,
    ),
    case(
        "两居室成交8600套，占全市成交量的41.2%。",
        Fig("8600套", "两居室成交"),
        Fig("41.2%", "两居室成交", base="全市成交量"),
    ),
    case("在鄱阳湖、洞庭湖等6处湿地开展越冬水鸟调查。", Fig("6处", "湿地")),
    case("通过技术入股成立科技型企业9家。", Fig("9家", "科技型企业")),
]

# A comparison's baseline (去年同期, 上年, 1989年) is never the subject nor the period.
COMPARISONS = [
    # the value of a comparison's baseline is of the baseline's time and of the chain's subject
    case(
        "社会消费品零售总额增长6.2%，较上月的5.4%有所加快。",
        Fig("6.2%", "社会消费品零售总额", direction="up"),
        Fig("5.4%", "社会消费品零售总额", period="上月"),
    ),
    case("出口额比去年同期增长12%。", Fig("12%", "出口额", direction="up")),
    case("进口额较上年下降3.4%。", Fig("3.4%", "进口额", direction="down")),
    case(
        "营业收入同比增长8.8%，环比增长1.2%。",
        Fig("8.8%", "营业收入", direction="up"),
        Fig("1.2%", "营业收入", direction="up"),
    ),
    case(
        "2024年，全市第三产业比重为56.1%，比2019年提高4.2个百分点。",
        Fig("56.1%", "第三产业比重", period="2024年", years=(2024, 2024)),
        Fig("4.2个百分点", "第三产业比重", period="2024年", years=(2024, 2024), direction="up"),
    ),
    case(
        "2024年，全县农民人均纯收入与2020年相比增长31%。",
        Fig("31%", "农民人均纯收入", period="2024年", years=(2024, 2024), direction="up"),
    ),
    case(
        "本月居民消费价格比上年同期低0.6个百分点。", Fig("0.6个百分点", "居民消费价格", period="本月", direction="down")
    ),
    case("货运量比上年末增加120万吨。", Fig("120万吨", "货运量", direction="up")),
    case("全市工业用水量比年初减少0.8亿立方米。", Fig("0.8亿立方米", "工业用水量", direction="down")),
    # the words of a share's whole say what the whole is, not how the figure moved: 占[新增装机]的
    case(
        "新增风电装机210万千瓦，占新增装机的41%。",
        Fig("210万千瓦", "风电装机", direction="up"),
        Fig("41%", "风电装机", base="新增装机"),
    ),
    # [与]上年[持平] is a baseline too; the clause after it continues the indicator before it
    case(
        "2025年，全县油料产量与上年持平，为8.6万吨。", Fig("8.6万吨", "油料产量", period="2025年", years=(2025, 2025))
    ),
    # a figure said in words that move (翻一番) moved that way
    case("全县农民人均纯收入比2015年翻一番。", Fig("翻一番", "农民人均纯收入", direction="up")),
    case("进出口总额五年翻了两番。", Fig("翻了两番", "进出口总额", direction="up")),
]

# The thing a count counts after its measure word, and the noun a figure modifies through 的.
COUNTED_AND_MODIFIED = [
    # what the counted say (表示满意, a noun in jieba's dictionary) is no part of what is counted
    case("超四成受访者表示满意。", Fig("四成", "受访者")),
    # an age before a noun names a group: the figure after it is that group's
    case(
        "0—14岁人口占14.2%，60岁及以上人口占27.2%。",
        Fig("0—14岁", "人口"),
        Fig("14.2%", "0—14岁人口"),
        Fig("60岁", "人口"),
        Fig("27.2%", "60岁及以上人口"),
    ),
    case(
        "全市60周岁以上老年人口达到120万人。",
        Fig("60周岁", "老年人口"),
        Fig("120万人", "60周岁以上老年人口"),
    ),
    # a figure inside a note in brackets does not end the name before the note
    case(
        "全年出现高温日数（日最高气温≥35℃）共32天，较常年偏多11天。",
        Fig("35℃", "最高气温", period="全年"),
        Fig("32天", "高温日数", period="全年"),
        Fig("11天", "高温日数", period="全年", direction="up"),
    ),
    # verbs of occurrence open what occurs
    case(
        "全年共发生火灾1.86万起，死亡23人。", Fig("1.86万起", "火灾", period="全年"), Fig("23人", "死亡", period="全年")
    ),
    # a short bracketed insert between two words of a name is part of it; a note of what is
    # counted in is not, nor an insert the name does not open with
    case("每千人口执业（助理）医师3.1人。", Fig("3.1人", "每千人口执业（助理）医师")),
    case("全区共有卫生机构（含村卫生室）412个。", Fig("412个", "卫生机构")),
    case("全区水质优良（Ⅰ～Ⅲ类）断面比例为90.5%。", Fig("90.5%", "水质优良断面比例")),
    # a per word before a noun of the name is part of it; right before the figure it is not
    case("公司基本每股收益0.86元。", Fig("0.86元", "公司基本每股收益")),
    # a count's noun ends before a clause-opening verb (开通)
    case("全区已有926家定点药店开通医保移动支付。", Fig("926家", "定点药店")),
    # a one-character head jieba tags as a numeral ends the name: 服务网[点]
    case("全市农村电商服务站点增至860个。", Fig("860个", "农村电商服务站点", direction="up")),
    # a count of people an outcome befalls, the outcome closing its clause, is named by it
    case("强降雨造成3.2万人受灾。", Fig("3.2万人", "受灾")),
    case("事故造成2人死亡、4人受伤。", Fig("2人", "死亡"), Fig("4人", "受伤")),
    # a change that names what it changes, after an average, is the name
    case("带动8600人就业，人均增收2600元。", Fig("8600人", "就业"), Fig("2600元", "人均增收", direction="up")),
    case("水稻亩均增产35公斤。", Fig("35公斤", "水稻亩均增产", direction="up")),
    # 每 and a noun of one character (and a second per) right before the figure are its
    # denominator, no part of its name, and the second per is no time
    case(
        "2025年，生均公用经费小学每生每年650元。",
        Fig("650元", "生均公用经费小学", period="2025年", years=(2025, 2025)),
    ),
    # financial terms jieba cuts through (归/母, 扣/非, 拨/备) are words
    case(
        "公司归母净利润8.6亿元，扣非净利润7.9亿元，拨备覆盖率231.5%。",
        Fig("8.6亿元", "公司归母净利润"),
        Fig("7.9亿元", "扣非净利润"),
        Fig("231.5%", "拨备覆盖率"),
    ),
    # a number before 强 inside a name is a rank, part of the name
    case("引进世界500强企业投资项目18个。", Fig("18个", "世界500强企业投资项目")),
    # classes of a classification are words (大类, 中类): 大/a 类/q ended the name
    case("41个大类行业中有35个实现增长。", Fig("41个", "大类行业"), Fig("35个", "大类行业")),
    # a verb of saying opens its clause: what is counted ends before it
    case("超过六成受访企业认为营商环境有所改善。", Fig("六成", "受访企业")),
    case("全区有12家企业反映用工紧张。", Fig("12家", "企业")),
    # a verb of rank opens its clause: what it ranks stands before it, what is counted ends there;
    # a rank band (前30位) is no figure, and the clause it ends gives the topic of the figures after
    case("全市有5所高校进入全国百强。", Fig("5所", "高校")),
    case(
        "全市经济总量进入全国前30位，达到8600亿元。",
        Fig("8600亿元", "经济总量"),
    ),
    # a verb of completion inside a name stays there (签约服务)
    case("家庭医生签约服务覆盖重点人群118万人。", Fig("118万人", "家庭医生签约服务覆盖重点人群")),
    # a verb before a one-character head names what is counted, the clause's predicate after it
    case(
        "打造30个示范镇、300个提质村建设。",
        Fig("30个", "示范镇"),
        Fig("300个", "提质村"),
    ),
    # letter grades are part of the name after a count
    case("全县18家A级旅游景区接待游客96万人次。", Fig("18家", "A级旅游景区"), Fig("96万人次", "A级旅游景区接待游客")),
    case("其中，同城快递业务量2.3亿件。", Fig("2.3亿件", "同城快递业务量")),
    case("新增首台（套）重大技术装备18项。", Fig("18项", "重大技术装备", direction="up")),
    # ...but a figure before 、 is no list of names: the quote is in the name
    case(
        "新培育单项冠军企业12家、专精特新“小巨人”企业96家。",
        Fig("12家", "单项冠军企业"),
        Fig("96家", "专精特新“小巨人”企业"),
    ),
    case(
        "新（改）建农村公路860公里，32个县（市、区）整县推进美丽乡村建设。",
        Fig("860公里", "农村公路"),
        Fig("32个", "县（市、区）"),
    ),
    # a place's variants in brackets inside a name, the place with them whatever its tag (县/zg)
    case("全省县（市、区）级医院120家。", Fig("120家", "县（市、区）级医院")),
    case("省级352个，县（市、区）级2140个。", Fig("352个", "省级"), Fig("2140个", "县（市、区）级")),
    # a quoted name after a list sums the list up: the name opens with the quote; a total
    # adverb inside the name is no part of it
    case(
        "光伏组件、锂电池、电动载人汽车“新三样”产品合计出口215亿元。",
        Fig("215亿元", "“新三样”产品出口"),
    ),
    # growth to a level, two words for jieba: 发展/到
    case("全县蔬菜种植面积发展到8.6万亩。", Fig("8.6万亩", "蔬菜种植面积")),
    # an average after a counted noun opens the next figure's name
    case(
        "带动1.6万户果农户均增收4300元。",
        Fig("1.6万户", "果农"),
        Fig("4300元", "果农户均增收", direction="up"),
    ),
    # a short quoted name is part of the name, whatever jieba makes of its words
    case("“先投后股”试点22项。", Fig("22项", "“先投后股”试点")),
    case("部署实施“双尖双领+X”项目400项以上。", Fig("400项", "“双尖双领+X”项目")),
    case("覆盖21万家“四上”企业。", Fig("21万家", "四上企业")),
    case("建成“口袋公园”120个。", Fig("120个", "“口袋公园”")),
    # a count of places ends with the place when a figure of theirs follows in the clause
    case(
        "全省14个设区市环境空气质量优良天数比例平均为84.6%。",
        Fig("14个", "设区市"),
        Fig("84.6%", "设区市环境空气质量优良天数比例"),
    ),
    # digits and signs before a figure name nothing (2×: two units of what follows)
    case("新建2×66万千瓦燃煤机组。", Fig("66万千瓦", None)),
    # ...with its variants in brackets (县（市、区）), a list's next count after it
    case(
        "示范区涉及4个县（市、区）、17个乡镇（街道）、86个行政村。",
        Fig("4个", "县（市、区）"),
        Fig("17个", "乡镇（街道）"),
        Fig("86个", "行政村"),
    ),
    # a modal verb (可, 能) before the predicate is no part of the name; 可再生能源 is one word
    case("项目达产后，年产值可达12亿元。", Fig("12亿元", "年产值", status="target")),
    case("全省可再生能源发电量达到860亿千瓦时。", Fig("860亿千瓦时", "可再生能源发电量")),
    # the amount of money a ratio is per is part of its name
    case("全市万元GDP能耗下降4.1%。", Fig("4.1%", "万元GDP能耗", direction="down")),
    case("万元工业增加值用水量为21.5立方米。", Fig("21.5立方米", "万元工业增加值用水量")),
    # 全社会 names the whole of an indicator (全社会用电量), not a place frame; R&D is one word
    case("全社会用电量增长6.2%。", Fig("6.2%", "全社会用电量", direction="up")),
    case("年末能繁母猪存栏4.2万头。", Fig("4.2万头", "能繁母猪存栏", period="年末")),
    case("全年快递业务量完成8.6亿件。", Fig("8.6亿件", "快递业务量", period="全年")),
    # after a clause-opening verb, a second verb before the noun is in the name, unless it is
    # a verb of building (a second action)
    case("全年共开展采购项目2315个。", Fig("2315个", "采购项目", period="全年")),
    # a verb opening a name whose predicate follows it names with it (购进价格下降), unless it
    # is a verb that takes an object (实现, 完成)
    case(
        "工业生产者购进价格同比下降2.6%，出厂价格下降2.1%。",
        Fig("2.6%", "工业生产者购进价格", direction="down"),
        Fig("2.1%", "出厂价格", direction="down"),
    ),
    case("全年购进价格下降2.6%。", Fig("2.6%", "购进价格", period="全年", direction="down")),
    case("全年实现利润增长5%。", Fig("5%", "利润", period="全年", direction="up")),
    case("累计新建改造城市道路86公里。", Fig("86公里", "城市道路")),
    case("R&D经费支出相当于地区生产总值的2.5%。", Fig("2.5%", "R&D经费支出", base="地区生产总值")),
    # a clause-opening verb with a noun of the name right before it stays in the name
    case(
        "全年城镇新增就业12.3万人。",
        Fig("12.3万人", "城镇新增就业", period="全年", years=(2026, 2026), direction="up"),
        year=2026,
    ),
    case("全市新增就业6.1万人。", Fig("6.1万人", "就业", direction="up")),
    # ...as the corpus annotates it: whose investment, whose profit (省重点项目完成投资)
    # ...实现 there joins owner and achievement and is not written; after a means (通过…) it stays
    case("全市规上工业企业实现利润总额356.2亿元。", Fig("356.2亿元", "规上工业企业利润总额")),
    case(
        "全年星级饭店实现营业收入35.4亿元，增长4.1%。",
        Fig("35.4亿元", "星级饭店营业收入", period="全年"),
        Fig("4.1%", "星级饭店营业收入", period="全年", direction="up"),
    ),
    case("通过公共网络实现零售额增长22.9%。", Fig("22.9%", "公共网络实现零售额", direction="up")),
    case("前三季度，农业保险提供风险保障1286.4亿元。", Fig("1286.4亿元", "农业保险风险保障", period="前三季度")),
    case("全年实现地区生产总值5000亿元。", Fig("5000亿元", "地区生产总值", period="全年")),
    # whom a service was for (为/向/给 and the nouns after it) is no part of the name: the service
    # is, owned by the nouns before the preposition; a count of whom counts the nouns only
    case(
        "前三季度，农业保险累计为312.6万户次农户提供风险保障1284.53亿元。",
        Fig("312.6万户次", "农户", period="前三季度"),
        Fig("1284.53亿元", "农业保险风险保障", period="前三季度"),
    ),
    case("全年为消费者挽回经济损失1.2亿元。", Fig("1.2亿元", "挽回经济损失", period="全年")),
    case(
        "全年共为1.86万名失业人员发放失业保险金1.94亿元。",
        Fig("1.86万名", "失业人员", period="全年"),
        Fig("1.94亿元", "发放失业保险金", period="全年"),
    ),
    case(
        "全年为3.2万户小微企业发放贷款125亿元。",  # 发放贷款/n: jieba glues the verb to its object
        Fig("3.2万户", "小微企业", period="全年"),
        Fig("125亿元", "发放贷款", period="全年"),
    ),
    case("全市税务部门为企业办理出口退税86.5亿元。", Fig("86.5亿元", "税务部门办理出口退税")),
    case("工会向困难职工发放慰问金1500万元。", Fig("1500万元", "工会发放慰问金")),
    # ...but 为 of a basis after 以 is no service (its basis word 单位 is left in the name: a limit)
    case(
        "以乡镇为单位适龄儿童疫苗接种率保持在90%以上。",
        Fig("90%", "单位适龄儿童疫苗接种率"),
    ),
    case("全年失业人员再就业1.6万人。", Fig("1.6万人", "失业人员再就业", period="全年")),
    # a verb naming a population (参保, 外出) stays in the name after a clause-opening verb too
    case("累计惠及参保职工86万人次。", Fig("86万人次", "参保职工")),
    # a verbal noun set aside before the figure is the object of the verb that opens the clause
    # (what was driven or achieved), not that verb
    case("带动销售16.8亿元。", Fig("16.8亿元", "销售")),
    case("全年完成投资5000亿元。", Fig("5000亿元", "投资", period="全年")),
    # ...and right before the count, 惠及 is the predicate: what reached them is named
    case("手机等数码产品购新补贴惠及39.7万人次。", Fig("39.7万人次", "数码产品购新补贴")),
    # a count followed by a figure in its clause ends before what that figure measures of them
    case(
        "全市15个湿地公园总面积达到2300公顷。",
        Fig("15个", "湿地公园"),
        Fig("2300公顷", "湿地公园总面积"),
    ),
    case(
        "8个试点县参保人数达到52万人。",
        Fig("8个", "试点县"),
        Fig("52万人", "试点县参保人数"),
    ),
    # verbs of moving, hiring and inspecting open what they act on; as a noun after another they head it
    case("转移农村劳动力8.6万人。", Fig("8.6万人", "农村劳动力")),
    case("全年招录公务员1800名。", Fig("1800名", "公务员", period="全年")),
    case("开展安全检查3000次。", Fig("3000次", "安全检查")),
    # a denominator jieba glues to its 每 (每吨, 每公斤) is no part of the name
    case("小麦最低收购价每斤1.19元。", Fig("1.19元", "小麦最低收购价")),
    case("鸡蛋价格每公斤下降0.6元。", Fig("0.6元", "鸡蛋价格", direction="down")),
    case("新建3个社区服务中心。", Fig("3个", "社区服务中心")),
    case(
        "全省9个设区城市PM2.5平均浓度为31微克/立方米。",
        Fig("9个", "设区城市"),
        Fig("31微克/立方米", "设区城市PM2.5平均浓度"),
    ),
    # verbs of rebuilding open what they build, listed or not
    case("全年新建、改扩建公办幼儿园36所。", Fig("36所", "公办幼儿园", period="全年")),
    case("扩建污水处理厂4座。", Fig("4座", "污水处理厂")),
    # a count after a whole named with 中 counts the whole's things (213 of the 480 goods), not the noun
    # after it (价格), unless that noun has the whole's head
    case("纳入统计的480种商品中有213种价格同比上涨。", Fig("480种", "商品"), Fig("213种", "商品")),
    case(
        "抽查的386个村级养老服务设施中，有97个闲置。", Fig("386个", "村级养老服务设施"), Fig("97个", "村级养老服务设施")
    ),
    case("13个区县中有11个降尘量同比下降。", Fig("13个", "区县"), Fig("11个", "区县")),
    case("8条入湖河流考核断面中，7个断面达到水质目标。", Fig("8条", "入湖河流考核断面"), Fig("7个", "断面")),
    # a class named by numerals is part of the name
    case("Ⅰ～Ⅲ类水质断面比例为91.2%。", Fig("91.2%", "Ⅰ～Ⅲ类水质断面比例")),
    case("劣Ⅴ类断面比例为1.2%。", Fig("1.2%", "劣Ⅴ类断面比例")),
    # after 的 the name a count serves may open with verbs; two verbs closing the clause are its predicate
    case("惠及12万人的引黄灌溉工程开工建设。", Fig("12万人", "引黄灌溉工程")),
    case("覆盖5000户的集中供暖项目完成改造。", Fig("5000户", "集中供暖项目")),
    case("惠及3万人的污水处理。", Fig("3万人", "污水处理")),
    # ...and an amount's name after 的 may be a verb and a verbal noun jieba takes for a verb of handling
    case("对低保家庭另给予每户800元的取暖救助。", Fig("800元", "取暖救助")),
    # a number after a demonstrative is no figure, and its measure word no part of the name
    case("该3个项目总投资12亿元。", Fig("12亿元", "项目总投资")),
    case("这两个月社会消费品零售总额达二千八百亿元。", Fig("二千八百亿元", "社会消费品零售总额")),
    # a count whose unit the noun before it names (常住人口1200万)
    case(
        "全年接待游客3.2亿，增长8%。",
        Fig("3.2亿", "游客", period="全年"),
        Fig("8%", "游客", period="全年", direction="up"),
    ),
    # a verb that names a population opens a list item too: 、[注册]护士
    case(
        "每千人口执业医师3.4人、注册护士4.1人。",
        Fig("3.4人", "每千人口执业医师"),
        Fig("4.1人", "注册护士"),
    ),
    case("全市登记失业人员1.2万人。", Fig("1.2万人", "登记失业人员")),
    # 每 and a number right before the figure is its denominator, no part of the name
    case("公路密度每百平方公里128.5公里。", Fig("128.5公里", "公路密度")),
    case(
        "主城区高峰时段平均车速达到每小时26.4公里，同比提高3.1%。",
        Fig("26.4公里", "主城区高峰时段平均车速"),
        Fig("3.1%", "主城区高峰时段平均车速", direction="up"),
    ),
    case("全市每万人拥有律师3.2名。", Fig("3.2名", "每万人拥有律师")),
    # 在 + verb or noun is a modifier (in a state), not a preposition that ends the name
    case("高等教育在学总规模4846万人。", Fig("4846万人", "高等教育在学总规模")),
    case("全省在岗职工平均工资9.6万元。", Fig("9.6万元", "在岗职工平均工资")),
    case("全市在建项目1260个。", Fig("1260个", "在建项目")),
    case("在学校读书的学生1200人。", Fig("1200人", "学生")),
    # words jieba tags as pronouns (本科) or cuts into numerals (一带一路) stay inside a name
    case("其中本科院校1308所。", Fig("1308所", "本科院校")),
    case("对共建“一带一路”国家进出口18.07万亿元。", Fig("18.07万亿元", "“一带一路”国家进出口")),
    case("全年新建3所高校。", Fig("3所", "高校", period="全年")),
    case("产品远销30多个国家和地区。", Fig("30多个", "国家和地区")),
    case("该工程惠及12万群众。", Fig("12万", "群众")),
    case("带动2.6万村民增收。", Fig("2.6万", "村民")),
    case("全县有18个乡镇完成改造。", Fig("18个", "乡镇")),
    case("调查覆盖了6个省、自治区的农户。", Fig("6个", "省、自治区")),
    case("新培育8个省级特色产业集群。", Fig("8个", "省级特色产业集群")),
    case("组建规模200亿元的产业引导基金。", Fig("200亿元", "产业引导基金")),
    case("外贸贡献了全省18.5%的增量。", Fig("18.5%", "增量")),
    # 将 before a noun is the disposal marker (把), not "will": the figure is a result.
    case("当年将20%的贷款用于支持小微企业。", Fig("20%", "贷款", period="当年")),
    case("消费品零售额取得6.1%的增长。", Fig("6.1%", "消费品零售额", direction="up")),
    case("在粤就业创业的高校毕业生达到46万名。", Fig("46万名", "高校毕业生")),
    case("参加基本医疗保险的人数达到412万人。", Fig("412万人", "参加基本医疗保险的人数")),
    case("实施重大科技项目35项。", Fig("35项", "重大科技项目")),
    case("全年推进320个在建重点项目。", Fig("320个", "在建重点项目", period="全年")),
    case("某企业年产20万吨电解铝项目开工。", Fig("20万吨", "电解铝项目")),
    case("全年节约能源折合标准煤8.6万吨。", Fig("8.6万吨", "节约能源", period="全年")),
    case("某镇发生山洪，冲毁道路1.6公里。", Fig("1.6公里", "道路")),
    case("宝钢集团200万吨/年镀锌钢板生产线建成投产。", Fig("200万吨/年", "镀锌钢板生产线")),
    case(
        "政府采购预算金额38亿元，节约额2.1亿元。",
        Fig("38亿元", "政府采购预算金额"),
        Fig("2.1亿元", "节约额"),
    ),
    case("全口径财政科技投入达到120亿元。", Fig("120亿元", "财政科技投入")),
]

# A share: the part is the subject, the whole its base.
SHARES = [
    # a bracket after a share's whole names the share; a note of what the whole counts in does not
    case(
        "城镇常住人口占常住人口的比重（常住人口城镇化率）为67.4%。",
        Fig("67.4%", "常住人口城镇化率", base="常住人口"),
    ),
    case("工业用电占全社会用电量（含居民用电）的58.3%。", Fig("58.3%", "工业用电", base="全社会用电量")),
    # a goal or estimate word between the whole and the figure is no part of the whole
    case(
        "数字经济核心产业增加值占GDP比重预计达到11%左右。",
        Fig("11%", "数字经济核心产业增加值", base="GDP"),
    ),
    # the time of the whole a share is of is a baseline, never the figure's period
    case("粮食产量相当于上年的98%。", Fig("98%", "粮食产量", base="上年")),
    case("一般公共预算收入完成年初预算的101.2%。", Fig("101.2%", "一般公共预算收入", base="年初预算")),
    case("旅游收入恢复到2019年的95%以上。", Fig("95%", "旅游收入")),
    # A share or multiple of a named whole after a verb and 的: the whole is the base, never the subject
    case(
        "全年交通固定资产投资完成486亿元，为年度计划的103.2%。",
        Fig("486亿元", "交通固定资产投资", period="全年"),
        Fig("103.2%", "交通固定资产投资", base="年度计划", period="全年"),
    ),
    case(
        "机场旅客吞吐量2650万人次，恢复至2019年同期的112%。",
        Fig("2650万人次", "机场旅客吞吐量"),
        Fig("112%", "机场旅客吞吐量", base="同期"),
    ),
    case("全市游客人数恢复到疫情前同期的95%。", Fig("95%", "游客人数", base="疫情前同期")),
    case("城镇居民收入是农村居民的2.1倍。", Fig("2.1倍", "城镇居民收入", base="农村居民")),
    case("工业用电占全社会用电量的61.2%。", Fig("61.2%", "工业用电", base="全社会用电量")),
    case("第三产业增加值占地区生产总值比重为55.3%。", Fig("55.3%", "第三产业增加值", base="地区生产总值")),
    case("民营经济占全省经济总量的比重达到57%。", Fig("57%", "民营经济", base="全省经济总量")),
    case("其中纺织品出口占28%。", Fig("28%", "纺织品出口")),
    case("外资企业所占比重为12.5%。", Fig("12.5%", "外资企业")),
    case("全省近四成规上企业实现利润增长。", Fig("四成", "规上企业")),
    case("全市95%以上行政村开通了公交。", Fig("95%", "行政村")),
    case(
        "全市常住人口中，城镇人口占66.3%，乡村人口占33.7%。",
        Fig("66.3%", "城镇人口", base="常住人口"),
        Fig("33.7%", "乡村人口", base="常住人口"),
    ),
    case(
        "在全部规模以上工业企业中，民营企业占81.5%。",
        Fig("81.5%", "民营企业", base="规模以上工业企业"),
    ),
    case(
        "新增贷款中，制造业中长期贷款占比达28%。",
        Fig("28%", "制造业中长期贷款占比", base="新增贷款"),
    ),
    case("在推进过程中，服务业占比提高到55%。", Fig("55%", "服务业占比", direction="up")),
    case(
        "粮食播种面积中，小麦占47.1%，玉米占38.6%。",
        Fig("47.1%", "小麦", base="粮食播种面积"),
        Fig("38.6%", "玉米", base="粮食播种面积"),
    ),
    case(
        "旅游业增加值占全市生产总值的比重为8.1%，比上年提高0.4个百分点。",
        Fig("8.1%", "旅游业增加值", base="全市生产总值"),
        Fig("0.4个百分点", "旅游业增加值", direction="up"),
    ),
    case("研发费用与营业收入之比达到2.6%。", Fig("2.6%", "研发费用与营业收入之比")),
    case("社会物流总费用与地区生产总值的比率为14.1%。", Fig("14.1%", "社会物流总费用与地区生产总值的比率")),
    case(
        "目前存量分别只占需求量的31%和58%。",
        Fig("31%", "存量", base="需求量", period="目前"),
        Fig("58%", "存量", base="需求量", period="目前"),
    ),
    # a count with no name of its own goes on with the topic before a ratio's name (开工率): no count is of it
    case(
        "全年筹集保障性租赁住房5.26万套，项目开工率达到100%，基本建成4.13万套。",
        Fig("5.26万套", "保障性租赁住房", period="全年"),
        Fig("100%", "项目开工率", period="全年"),
        Fig("4.13万套", "保障性租赁住房", period="全年"),
    ),
]

# Lists: 分别 pairs items and figures in order; a shared head is distributed.
LISTS = [
    # a list that opens the clause before the figures': past its frame (全年), up to a change jieba tags as a
    # noun (快速增长/n), and with the rate alone before 分别 (增幅分别为)
    case(
        "新能源汽车、集成电路、工业机器人产量快速增长，分别增长35.2%、18.1%和27.4%。",
        Fig("35.2%", "新能源汽车产量", direction="up"),
        Fig("18.1%", "集成电路产量", direction="up"),
        Fig("27.4%", "工业机器人产量", direction="up"),
    ),
    case(
        "全年新能源汽车、集成电路产量增长较快，分别增长35.2%和18.1%。",
        Fig("35.2%", "新能源汽车产量", period="全年", direction="up"),
        Fig("18.1%", "集成电路产量", period="全年", direction="up"),
    ),
    case(
        "工业、服务业投资增长较快，增幅分别为12.1%和9.3%。",
        Fig("12.1%", "工业投资", direction="up"),
        Fig("9.3%", "服务业投资", direction="up"),
    ),
    # a tenor alone is an item, the head after the last distributed to it
    case(
        "15年期、20年期债券分别发行586.35亿元和541.96亿元。",
        Fig("586.35亿元", "15年期债券"),
        Fig("541.96亿元", "20年期债券"),
    ),
    # figures in units of their own (户, 人) measure the whole two ways: no abbreviation's parts
    case(
        "截至9月底，全市共有城乡低保对象6.83万户、11.47万人。",
        Fig("6.83万户", "城乡低保对象", period="截至9月底"),
        Fig("11.47万人", "城乡低保对象", period="截至9月底"),
    ),
    # income groups and classes of spending are names, a list word inside (生活用品及服务) and all
    case(
        "低收入组、中间收入组、高收入组人均可支配收入分别为12436元、31245元和67361元。",
        Fig("12436元", "低收入组人均可支配收入"),
        Fig("31245元", "中间收入组人均可支配收入"),
        Fig("67361元", "高收入组人均可支配收入"),
    ),
    case(
        "人均衣着、居住、生活用品及服务支出分别为1532元、5174元和1398元。",
        Fig("1532元", "人均衣着支出"),
        Fig("5174元", "居住支出"),
        Fig("1398元", "生活用品及服务支出"),
    ),
    # an item that ends as the last item's last word does is a name of its kind: no head shared
    case(
        "城市维护建设税、契税、土地增值税分别完成123.6亿元、145.2亿元和168.7亿元，其中契税和土地增值税分别下降9.4%和12.1%。",
        Fig("123.6亿元", "城市维护建设税"),
        Fig("145.2亿元", "契税"),
        Fig("168.7亿元", "土地增值税"),
        Fig("9.4%", "契税", direction="down"),
        Fig("12.1%", "土地增值税", direction="down"),
    ),
    # names listed after a copula in the clause before, the figures' clause naming a measure
    case(
        "排名前三的品类分别为服装鞋帽、家用电器和音像器材、日用品，零售额分别为512.6亿元、398.2亿元和286.4亿元。",
        Fig("512.6亿元", "服装鞋帽零售额"),
        Fig("398.2亿元", "家用电器和音像器材零售额"),
        Fig("286.4亿元", "日用品零售额"),
    ),
    case(
        "病种依次为肺结核、梅毒和淋病，分别报告3417例、3209例和1496例。",
        Fig("3417例", "肺结核"),
        Fig("3209例", "梅毒"),
        Fig("1496例", "淋病"),
    ),
    # a measure named after 分别 and its verb is each item's
    case(
        "10月份，四川、重庆辖区分别完成旅客吞吐量1106.4万人次和441.2万人次。",
        Fig("1106.4万人次", "四川辖区旅客吞吐量", period="10月份"),
        Fig("441.2万人次", "重庆辖区旅客吞吐量", period="10月份"),
    ),
    # items that hold list marks of their own are parted by commas: the clauses of names alone before the
    # figures' clause, ending alike, are its items, and share the head the last one has
    case(
        "化学原料和化学制品制造业，非金属矿物制品业，石油、煤炭及其他燃料加工业利润总额分别下降3.5%、18.7%、26.4%。",
        Fig("3.5%", "化学原料和化学制品制造业利润总额", direction="down"),
        Fig("18.7%", "非金属矿物制品业利润总额", direction="down"),
        Fig("26.4%", "石油、煤炭及其他燃料加工业利润总额", direction="down"),
    ),
    # ...not a clause that says something of them
    case(
        "对外直接投资汇出38.6亿美元，主要投向制造业和批发零售业，占比分别为46.2%和21.5%。",
        Fig("38.6亿美元", "对外直接投资汇出"),
        Fig("46.2%", "对外直接投资汇出占比"),
        Fig("21.5%", "对外直接投资汇出占比"),
    ),
    # a list that opens the clause before 分别, the clause saying something of it, pairs with the figures
    case(
        "分区域看，包河区、蜀山区户籍人口增量较大，分别增加1.12万人和0.98万人。",
        Fig("1.12万人", "包河区户籍人口增量", direction="up"),
        Fig("0.98万人", "蜀山区户籍人口增量", direction="up"),
    ),
    # ...not a clause of nouns alone
    case("医生、护士，分别为3万人和4万人。", Fig("3万人", None), Fig("4万人", None)),
    # the head the items share starts at a word of the last item unless the first item makes a
    # word with the rest (城镇 + 居民, cut from 农村居民)
    case(
        "六大优势产业、高技术制造业、绿色低碳优势产业增加值分别增长6.8%、12.3%、7.8%。",
        Fig("6.8%", "六大优势产业增加值", direction="up"),
        Fig("12.3%", "高技术制造业增加值", direction="up"),
        Fig("7.8%", "绿色低碳优势产业增加值", direction="up"),
    ),
    case(
        "汽车、集成电路产品产量分别增长12%和15%。",
        Fig("12%", "汽车产品产量", direction="up"),
        Fig("15%", "集成电路产品产量", direction="up"),
    ),
    case(
        "城镇和农村居民人均可支配收入分别增长4.5%和6.3%。",
        Fig("4.5%", "城镇居民人均可支配收入", direction="up"),
        Fig("6.3%", "农村居民人均可支配收入", direction="up"),
    ),
    # a figure that opens a bracket after a name is that name's
    case(
        "全市出口商品中，机电产品（1234亿元）、纺织品（567亿元）增长较快。",
        Fig("1234亿元", "机电产品"),
        Fig("567亿元", "纺织品"),
    ),
    # numbers listed with the unit after the last share it, and their predicate
    case(
        "办结率99.2%，满意率96.8%，分别比上年提高1.3和2.1个百分点。",
        Fig("99.2%", "办结率"),
        Fig("96.8%", "满意率"),
        Fig("1.3", "办结率", direction="up"),
        Fig("2.1个百分点", "满意率", direction="up"),
    ),
    case("企业退休人员基本养老金月人均达到3012元。", Fig("3012元", "企业退休人员基本养老金月人均")),
    # things counted are each named in full: where the last item is no longer than the first,
    # its last word is no head for items that end with nouns of their own; modifiers share it,
    # and so do names of things measured
    case(
        "孵化器、众创空间分别达到38家、65家。",
        Fig("38家", "孵化器"),
        Fig("65家", "众创空间"),
    ),
    # ...but where the items are as long as each other, the last one's head is theirs
    case(
        "男性和女性人口分别为612万人和588万人。",
        Fig("612万人", "男性人口"),
        Fig("588万人", "女性人口"),
    ),
    case(
        "小学、初中在校生分别为86万人、41万人。",
        Fig("86万人", "小学在校生"),
        Fig("41万人", "初中在校生"),
    ),
    case(
        "国家级、省级农业产业化龙头企业分别为12家、85家。",
        Fig("12家", "国家级农业产业化龙头企业"),
        Fig("85家", "省级农业产业化龙头企业"),
    ),
    # a rate measures nothing that follows it without 的: lines with no end marks, as a phone
    # article sets them, may read as one wrapped paragraph
    case(
        "第一产业增加值126.5亿元，增长3.2%\n第二产业增加值986.3亿元，增长6.1%\n第三产业增加值1244亿元，增长5.4%",
        Fig("126.5亿元", "第一产业增加值"),
        Fig("3.2%", "第一产业增加值", direction="up"),
        Fig("986.3亿元", "第二产业增加值"),
        Fig("6.1%", "第二产业增加值", direction="up"),
        Fig("1244亿元", "第三产业增加值"),
        Fig("5.4%", "第三产业增加值", direction="up"),
    ),
    # a verb coordinated with a noun of the name is in the name (jieba tags 就业 and 支出 verbs)
    case("全市社会保障和就业支出96.4亿元。", Fig("96.4亿元", "社会保障和就业支出")),
    case("建设和改造城市燃气管网320公里。", Fig("320公里", "城市燃气管网")),
    # 城乡 before as many figures as it stands for names: 城镇…, 农村… (in that order); alone it stays
    case(
        "城乡居民人均可支配收入分别增长5.5%和7%。",
        Fig("5.5%", "城镇居民人均可支配收入", direction="up"),
        Fig("7%", "农村居民人均可支配收入", direction="up"),
    ),
    case("城乡居民人均可支配收入增长5%。", Fig("5%", "城乡居民人均可支配收入", direction="up")),
    # the head a list shares starts after the last item's words that end as the other items end
    case(
        "鄂尔多斯市、锡林郭勒盟和乌海市原煤产量分别为62384.5万吨、10647.2万吨和1236.4万吨。",
        Fig("62384.5万吨", "鄂尔多斯市原煤产量"),
        Fig("10647.2万吨", "锡林郭勒盟原煤产量"),
        Fig("1236.4万吨", "乌海市原煤产量"),
    ),
    case(
        "氮氧化物、挥发性有机物重点工程减排量分别为1530吨、620吨。",
        Fig("1530吨", "氮氧化物重点工程减排量"),
        Fig("620吨", "挥发性有机物重点工程减排量"),
    ),
    # 产销 stands for 产量 and 销量 before two figures, in the figures that go on with it too
    case(
        "全省汽车产销分别完成18.6万辆和18.2万辆，同比分别增长6.4%和5.1%。",
        Fig("18.6万辆", "汽车产量"),
        Fig("18.2万辆", "汽车销量"),
        Fig("6.4%", "汽车产量", direction="up"),
        Fig("5.1%", "汽车销量", direction="up"),
    ),
    case("全省汽车产销量突破300万辆。", Fig("300万辆", "汽车产销量")),
    # a measure of the goods after them (票房) keeps a trade verb where it stands
    case("进口影片票房103.57亿元。", Fig("103.57亿元", "进口影片票房")),
    # shares listed after figures each named pair with those names, in order
    case(
        "其中公办幼儿园1260所、民办幼儿园980所，占比分别为56.3%和43.7%。",
        Fig("1260所", "公办幼儿园"),
        Fig("980所", "民办幼儿园"),
        Fig("56.3%", "公办幼儿园占比"),
        Fig("43.7%", "民办幼儿园占比"),
    ),
    # 压缩 cuts: a move down, no part of the name
    case("企业开办时间平均压缩65%。", Fig("65%", "企业开办时间", direction="down")),
    # a figure before 的 and a limit set from above (控制指标) is that limit's value, a goal
    case(
        "全市森林火灾受害率为0.02‰，低于0.9‰的国家控制指标。",
        Fig("0.02‰", "森林火灾受害率"),
        Fig("0.9‰", "森林火灾受害率", status="target"),
    ),
    # items that each end with a head of their own (量) share none
    case(
        "客运量和旅客周转量分别下降3.2%、1.8%。",
        Fig("3.2%", "客运量", direction="down"),
        Fig("1.8%", "旅客周转量", direction="down"),
    ),
    # Ordinals listed before one head: every ordinal takes the head (and the first's 第).
    case(
        "第一、二、三产业增加值分别增长3.1%、5.2%、6.3%。",
        Fig("3.1%", "第一产业增加值", direction="up"),
        Fig("5.2%", "第二产业增加值", direction="up"),
        Fig("6.3%", "第三产业增加值", direction="up"),
    ),
    case(
        "第一、第二、第三产业增加值分别增长3.1%、5.2%、6.3%。",
        Fig("3.1%", "第一产业增加值", direction="up"),
        Fig("5.2%", "第二产业增加值", direction="up"),
        Fig("6.3%", "第三产业增加值", direction="up"),
    ),
    case(
        "第二、三产业增加值分别为120亿元和300亿元。",
        Fig("120亿元", "第二产业增加值"),
        Fig("300亿元", "第三产业增加值"),
    ),
    case("医生和护士分别为0.72万人和0.50万人。", Fig("0.72万人", "医生"), Fig("0.50万人", "护士")),
    # names listed before a verb of rank in the clause before pair with the figures after 分别
    case(
        "西藏、新疆、云南用电量增速位列前三，分别为21.7%、18.5%和16.9%。",
        Fig("21.7%", "西藏用电量增速"),
        Fig("18.5%", "新疆用电量增速"),
        Fig("16.9%", "云南用电量增速"),
    ),
    # the names of the classification of industries that hold a list word are one item each
    case(
        "交通运输、仓储和邮政业、批发和零售业增加值分别增长3.1%和5.2%。",
        Fig("3.1%", "交通运输、仓储和邮政业", direction="up"),
        Fig("5.2%", "批发和零售业增加值", direction="up"),
    ),
    case(
        "黑色金属冶炼和压延加工业、纺织业分别下降1.7%和3.2%。",
        Fig("1.7%", "黑色金属冶炼和压延加工业", direction="down"),
        Fig("3.2%", "纺织业", direction="down"),
    ),
    # figures listed after 分别 with a move verb each: one list of names, each its own direction
    case(
        "粮食、油料和蔬菜产量分别增长2.1%、下降0.8%和增长3.5%。",
        Fig("2.1%", "粮食产量", direction="up"),
        Fig("0.8%", "油料产量", direction="down"),
        Fig("3.5%", "蔬菜产量", direction="up"),
    ),
    case(
        "一般贸易、加工贸易进出口额同比分别增长6.2%、减少1.9%。",
        Fig("6.2%", "一般贸易进出口额", direction="up"),
        Fig("1.9%", "加工贸易进出口额", direction="down"),
    ),
    # without 分别 each figure names its own (no list to share)
    case(
        "其中，出口增长5.4%、进口下降3.2%。",
        Fig("5.4%", "出口", direction="up"),
        Fig("3.2%", "进口", direction="down"),
    ),
    case(
        "交通、水利投资分别达到845亿元、486.3亿元。",
        Fig("845亿元", "交通投资"),
        Fig("486.3亿元", "水利投资"),
    ),
    case(
        "限额以上通讯器材、家用电器零售额分别增长40.9%、27.1%。",
        Fig("40.9%", "限额以上通讯器材零售额", direction="up"),
        Fig("27.1%", "家用电器零售额", direction="up"),
    ),
    case(
        "城镇和农村居民人均可支配收入分别增长4.6%、6.3%。",
        Fig("4.6%", "城镇居民人均可支配收入", direction="up"),
        Fig("6.3%", "农村居民人均可支配收入", direction="up"),
    ),
    case(
        "钢材、工业机器人、光纤产品产量分别增长3.5%、18.2%、6.1%。",
        Fig("3.5%", "钢材产品产量", direction="up"),
        Fig("18.2%", "工业机器人产品产量", direction="up"),
        Fig("6.1%", "光纤产品产量", direction="up"),
    ),
    case(
        "教师和医护、社工人员分别为1.2万人和0.8万人。",
        Fig("1.2万人", "教师"),
        Fig("0.8万人", "医护、社工人员"),
    ),
    case(
        "全县存栏生猪12.1万头、肉牛3.4万头，分别比上年增长4.4%和2.9%。",
        Fig("12.1万头", "存栏生猪"),
        Fig("3.4万头", "肉牛"),
        Fig("4.4%", "存栏生猪", direction="up"),
        Fig("2.9%", "肉牛", direction="up"),
    ),
    case(
        "新增规上企业132家、高新技术企业58家、专精特新企业21家。",
        Fig("132家", "规上企业", direction="up"),
        Fig("58家", "高新技术企业", direction="up"),
        Fig("21家", "专精特新企业", direction="up"),
    ),
    case(
        "全年教育、卫生支出分别增长6.1%、4.8%。",
        Fig("6.1%", "教育支出", period="全年", direction="up"),
        Fig("4.8%", "卫生支出", period="全年", direction="up"),
    ),
    case(
        "批发、零售业与住宿、餐饮业分别占12.1%和4.3%。",
        Fig("12.1%", "批发、零售业"),
        Fig("4.3%", "住宿、餐饮业"),
    ),
    case(
        "城镇、农村居民人均消费支出分别为2.8万元和1.6万元，扣除价格因素实际增长4.9%和6.2%。",
        Fig("2.8万元", "城镇居民人均消费支出"),
        Fig("1.6万元", "农村居民人均消费支出"),
        Fig("4.9%", "城镇居民人均消费支出", direction="up"),
        Fig("6.2%", "农村居民人均消费支出", direction="up"),
    ),
    # a time inside the last item splits its own name from the measure all the items share
    case(
        "分地区看，东区、西区1—9月原煤产量分别为3.2亿吨、1.1亿吨。",
        Fig("3.2亿吨", "东区原煤产量", period="1—9月", years=(2026, 2026)),
        Fig("1.1亿吨", "西区原煤产量", period="1—9月", years=(2026, 2026)),
        year=2026,
    ),
    case(
        "城区、郊区上半年社会消费品零售总额分别增长4.1%、5.3%。",
        Fig("4.1%", "城区社会消费品零售总额", period="上半年", years=(2026, 2026), direction="up"),
        Fig("5.3%", "郊区社会消费品零售总额", period="上半年", years=(2026, 2026), direction="up"),
        year=2026,
    ),
    # alternatives joined by a slash are one item's name
    case("大专/高职学历从业人员占比31.5%。", Fig("31.5%", "大专/高职学历从业人员占比")),
    case(
        "其中2022年和2023年分别为-1.2%和3.5%。",
        Fig("-1.2%", None, period="2022年", years=(2022, 2022), direction="down"),
        Fig("3.5%", None, period="2023年", years=(2023, 2023)),
    ),
]

# A clause with no indicator of its own continues the topic before it.
CHAINS = [
    # a verb of contribution alone names nothing: the topic added (not a rate read before it); the noun
    # 影响 is a name
    case(
        "工业投资增长12%，对全部投资增长的贡献率达34.5%，拉动增长3.5个百分点。",
        Fig("12%", "工业投资", direction="up"),
        Fig("34.5%", "贡献率"),
        Fig("3.5个百分点", "工业投资", direction="up"),
    ),
    case("据测算，翘尾影响约为-0.1个百分点。", Fig("-0.1个百分点", "影响", direction="down")),
    # a part after ； that opens with 占 is the share of the topic
    case(
        "高技术服务业营业收入512.3亿元，同比增长11.6%；占全市营业收入的比重为21.7%。",
        Fig("512.3亿元", "高技术服务业营业收入"),
        Fig("11.6%", "高技术服务业营业收入", direction="up"),
        Fig("21.7%", "高技术服务业营业收入", "全市营业收入"),
    ),
    # ...and so is one that opens with the basis of another measure (以…计, 按…计算)
    case(
        "全市造船完工量820.5万载重吨，同比增长12.6%；以修正总吨计为236.8万修正总吨，同比增长9.3%。",
        Fig("820.5万载重吨", "造船完工量"),
        Fig("12.6%", "造船完工量", direction="up"),
        Fig("236.8万修正总吨", "造船完工量"),
        Fig("9.3%", "造船完工量", direction="up"),
    ),
    # times listed (一季度、二季度) date the figures; the topic goes on
    case(
        "全国社会物流总额297.4万亿元。一季度、二季度分别增长5.3%和5.1%。",
        Fig("297.4万亿元", "社会物流总额"),
        Fig("5.3%", "社会物流总额", period="一季度", direction="up"),
        Fig("5.1%", "社会物流总额", period="二季度", direction="up"),
    ),
    # a sum right after a list adds the list up, as written
    case(
        "南阳、驻马店、周口三市生猪出栏分别为612.4万头、587.3万头和498.6万头，合计占全省的38.7%。",
        Fig("612.4万头", "南阳生猪出栏"),
        Fig("587.3万头", "驻马店生猪出栏"),
        Fig("498.6万头", "周口生猪出栏"),
        Fig("38.7%", "南阳、驻马店、周口三市生猪出栏", "全省"),
    ),
    # a trade verb before a price, a place or money of the trade stays where it is written
    case(
        "全省设立收购网点6812个，大豆收购均价每斤2.05元。",
        Fig("6812个", "收购网点"),
        Fig("2.05元", "大豆收购均价"),
    ),
    # a topic, 已 and a verb alone before the figure: what the verb tells of, with the verb; the topic
    # alone when it is a measure; a frame is no topic
    case(
        "全省秋粮已播种6086万亩，占计划面积的92.1%。",
        Fig("6086万亩", "秋粮播种"),
        Fig("92.1%", "秋粮播种", "计划面积"),
    ),
    case("全市新冠疫苗已接种1200万剂次。", Fig("1200万剂次", "新冠疫苗接种")),
    case("西安中欧班列已累计开行2380列。", Fig("2380列", "西安中欧班列开行")),
    case(
        "今年全省保护性耕作实施面积已落实3520万亩，比上年增加220万亩。",
        Fig("3520万亩", "保护性耕作实施面积", period="今年", years=(2026, 2026)),
        Fig("220万亩", "保护性耕作实施面积", period="今年", years=(2026, 2026), direction="up"),
        year=2026,
    ),
    case("全省已播种6086万亩。", Fig("6086万亩", "播种")),
    # work that opens its clause (新建改造, 改造提升) names no thing: the topic it goes on with does,
    # and a direction word in the work is no movement; named work keeps its name
    case(
        "全年新建高标准农田3.5万亩，改造提升1.2万亩。",
        Fig("3.5万亩", "高标准农田", period="全年"),
        Fig("1.2万亩", "高标准农田", period="全年"),
    ),
    case(
        "全市共有城市公厕2386座，全年新建改造126座。",
        Fig("2386座", "城市公厕", period="全年"),
        Fig("126座", "城市公厕", period="全年"),
    ),
    case("全市新增清洁取暖改造12.8万户。", Fig("12.8万户", "清洁取暖改造", direction="up")),
    # a speaker's name before a colon and first-person words is no topic of the figures after it
    case("张华：我们的目标是增长6%。", Fig("6%", None, direction="up", status="target")),
    # a text whose first line ends with a predicate opens with prose, not a title: the line wraps
    case(
        "全市规模以上工业增加值比上年增长\n6.8%，其中高技术制造业增加值增长1\n5.2%。全年全市完成固定资产投资12\n86.5亿元，比上年增长5.1%。",
        Fig("6.8%", "规模以上工业增加值", direction="up"),
        Fig("1\n5.2%", "高技术制造业增加值", direction="up"),
        Fig("12\n86.5亿元", "固定资产投资", period="全年"),
        Fig("5.1%", "固定资产投资", period="全年", direction="up"),
    ),
    # an idiom that closes a clause with no figure is its predicate: the noun before it is the topic
    case("全县规上工业企业利润总额扭亏为盈，实现3.6亿元。", Fig("3.6亿元", "规上工业企业利润总额")),
    # a verb of completion right before the figure is its predicate: the noun is the chain's
    case(
        "全年计划新建城市污水管网260公里，已竣工214公里。",
        Fig("260公里", "城市污水管网", period="全年", status="target"),
        Fig("214公里", "城市污水管网", period="全年"),
    ),
    case(
        "全市共有各级文物保护单位214处，其中国家级9处、省级48处。",
        Fig("214处", "文物保护单位"),
        Fig("9处", "国家级文物保护单位"),
        Fig("48处", "省级文物保护单位"),
    ),
    # a grade alone after an item that names its grade takes that item's name, the grade put in its place
    case(
        "记录到的重点保护鸟类有45种，其中国家一级保护鸟类12种、二级33种。",
        Fig("45种", "重点保护鸟类"),
        Fig("12种", "国家一级保护鸟类"),
        Fig("33种", "国家二级保护鸟类"),
    ),
    case(
        "全省建成省级以上企业技术中心326家，其中国家级21家。",
        Fig("326家", "省级以上企业技术中心"),
        Fig("21家", "国家级企业技术中心"),
    ),
    case(
        "居民消费价格同比由上月的下降0.2%转为上涨0.1%。",
        Fig("0.2%", "居民消费价格", direction="down"),
        Fig("0.1%", "居民消费价格", direction="up"),
    ),
    # a label before a colon names the figures after it; a goal phrase does not
    case(
        "规模以上工业增加值：1865亿元，增长6.8%。",
        Fig("1865亿元", "规模以上工业增加值"),
        Fig("6.8%", "规模以上工业增加值", direction="up"),
    ),
    case("一般公共预算收入: 412亿元", Fig("412亿元", "一般公共预算收入")),
    case("（二）进出口总额：1260亿元", Fig("1260亿元", "进出口总额")),
    case("主要预期目标是：增长5%左右。", Fig("5%", None, direction="up", status="target")),
    case(
        "居民消费价格上涨0.6%，涨幅比上月扩大0.2个百分点；环比下降0.1%。",
        Fig("0.6%", "居民消费价格", direction="up"),
        Fig("0.2个百分点", "居民消费价格涨幅", direction="up"),
        Fig("0.1%", "居民消费价格", direction="down"),
    ),
    case(
        "集团研发投入18.6亿元，占营业收入的4.2%。",
        Fig("18.6亿元", "集团研发投入"),
        Fig("4.2%", "集团研发投入", base="营业收入"),
    ),
    case(
        "全市人社部门共提供就业岗位9.6万个，组织招聘活动318场。",
        Fig("9.6万个", "就业岗位"),
        Fig("318场", "招聘活动"),
    ),
    case(
        "全年地铁客运量5.84亿人次，日均160万人次。",
        Fig("5.84亿人次", "地铁客运量", period="全年"),
        Fig("160万人次", "日均地铁客运量", period="全年"),
    ),
    # after an owner whose verb is left out of the name, the average word stands before the measure
    case(
        "有轨电车完成客运量2512万人次，日均6.86万人次。",
        Fig("2512万人次", "有轨电车客运量"),
        Fig("6.86万人次", "有轨电车日均客运量"),
    ),
    case(
        "全年快递业务量8.6亿件，月均7200万件。",
        Fig("8.6亿件", "快递业务量", period="全年"),
        Fig("7200万件", "月均快递业务量", period="全年"),
    ),
    case(
        "全市农村公路总里程9800公里，其中一级公路420公里，四级公路6100公里。",
        Fig("9800公里", "农村公路总里程"),
        Fig("420公里", "一级公路"),
        Fig("6100公里", "四级公路"),
    ),
    case(
        "全市一类水质监测断面18个。",
        Fig("18个", "一类水质监测断面"),
    ),
    case(
        "全年粮食产量456.2万吨，比上年增长2.3%，其中夏粮161.4万吨。",
        Fig("456.2万吨", "粮食产量", period="全年"),
        Fig("2.3%", "粮食产量", period="全年", direction="up"),
        Fig("161.4万吨", "夏粮", period="全年"),
    ),
    case(
        "城镇居民人均可支配收入41210元，增长4.8%，扣除价格因素实际增长4.1%。",
        Fig("41210元", "城镇居民人均可支配收入"),
        Fig("4.8%", "城镇居民人均可支配收入", direction="up"),
        Fig("4.1%", "城镇居民人均可支配收入", direction="up"),
    ),
    case(
        "货物进出口总额1.3万亿元、增长6.2%。",
        Fig("1.3万亿元", "货物进出口总额"),
        Fig("6.2%", "货物进出口总额", direction="up"),
    ),
    case(
        "制造业占比持续回落：从2015年的33%下降到2024年的27%。",
        Fig("33%", "制造业占比", period="从2015年", years=(2015, 2015)),
        Fig("27%", "制造业占比", period="到2024年", years=(2024, 2024), direction="down"),
    ),
    case(
        "全年税收收入增长3.1%；非税收入下降5.2%。",
        Fig("3.1%", "税收收入", period="全年", direction="up"),
        Fig("5.2%", "非税收入", period="全年", direction="down"),
    ),
    case(
        "年末全县户籍人口52.3万人；比上年末减少0.4万人。",
        Fig("52.3万人", "户籍人口", period="年末"),
        Fig("0.4万人", "户籍人口", period="年末", direction="down"),
    ),
    case(
        "有3.2万名职工参加了补充医疗保险。",
        Fig("3.2万名", "补充医疗保险"),
    ),
]

# Periods: the sentence's (before the figure, else after it), else the paragraph's, else
# the section heading's.
PERIODS = [
    # a time that opens the clause after a topic (X方面，) frames what follows, as after 从…看
    case(
        "集装箱方面，1—11月全市港口完成集装箱吞吐量21.6万标箱。其中，新港完成13.2万标箱。",
        Fig("21.6万标箱", "港口集装箱吞吐量", period="1—11月", years=(2026, 2026)),
        Fig("13.2万标箱", "新港", period="1—11月", years=(2026, 2026)),
        year=2026,
    ),
    # a season of farm work with its span or 前 is a period; 春播 alone is a word of a name
    case(
        "春播前，全省抽检种子样品1200余份，合格率98.6%。全省春播面积8200万亩。",
        Fig("1200余份", "种子样品", period="春播前", years=(2026, 2026)),
        Fig("98.6%", "合格率", period="春播前", years=(2026, 2026)),
        Fig("8200万亩", "春播面积", period="春播前", years=(2026, 2026)),
        year=2026,
    ),
    # seasons over the turn of a year, with their years written before them and no 年, or alone
    case(
        "2025—2026雪季，全市接待滑雪游客86.4万人次。本雪季新开滑雪道12条。",
        Fig("86.4万人次", "滑雪游客", period="2025—2026雪季", years=(2025, 2026)),
        Fig("12条", "滑雪道", period="本雪季", years=(2026, 2026)),
        year=2026,
    ),
    case(
        "2024—2025流行季，全市接种流感疫苗68.2万剂次。",
        Fig("68.2万剂次", "流感疫苗", period="2024—2025流行季", years=(2024, 2025)),
        year=2025,
    ),
    # a holiday read with its quoted name, and with the year before the name; an event's time
    # since (…会议以来) is a period whose years are not known; a verb's 以来 is none
    case(
        "2026年“五一”假期，全省接待游客4128.7万人次。“十一”黄金周期间，全市接待游客682万人次。",
        Fig("4128.7万人次", "游客", period="2026年“五一”假期", years=(2026, 2026)),
        Fig("682万人次", "游客", period="“十一”黄金周期间", years=(2026, 2026)),
        year=2026,
    ),
    case(
        "十三届三次会议以来，广大委员共提交提案1046件，比上年增加58件。",
        Fig("1046件", "提案", period="十三届三次会议以来"),
        Fig("58件", "提案", period="十三届三次会议以来", direction="up"),
    ),
    case("规模扩大以来，全市新增企业320家。", Fig("320家", "企业", direction="up")),
    # ...while a title's 今年以来 is a headline's, as its 今年 is: it dates nothing below it
    case(
        "今年以来全市经济运行情况\n一、总体情况\n全市地区生产总值增长5.2%。",
        Fig("5.2%", "地区生产总值", direction="up"),
        year=2026,
    ),
    # a title under its issuer's line that names the time since an event dates the text, as a
    # title's year does
    case(
        "政协某省第十三届委员会常务委员会\n关于十三届三次会议以来提案工作情况的报告\n"
        "一、提案提交情况\n委员个人提交提案862件。\n二、办理情况\n截至12月底，已办复提案930件。",
        Fig("862件", "委员个人提交提案", period="十三届三次会议以来"),
        Fig("930件", "办复提案", period="截至12月底", years=(2026, 2026)),
        year=2026,
    ),
    # a copy of a PDF with no indented paragraphs: a sentence that ends at the column's edge ends no
    # paragraph, and the time that opens it dates the sentences after it
    case(
        "二、基础设施\n年末全国铁路营业里程达到16.2万公里，其中高铁营业里程4.8万公里。\n"
        "全国铁路路网密度168.8公里/万平方公里，比上年末增加3.4公里/万平方\n公里。全国铁路复线里程9.8万公里，"
        "复线率60.5%；电气化里程12.3万公\n里，电化率75.9%。",
        Fig("16.2万公里", "铁路营业里程", period="年末", years=(2026, 2026)),
        Fig("4.8万公里", "高铁营业里程", period="年末", years=(2026, 2026)),
        Fig("168.8公里/万平方公里", "铁路路网密度", period="年末", years=(2026, 2026)),
        Fig("3.4公里/万平方\n公里", "铁路路网密度", period="年末", years=(2026, 2026), direction="up"),
        Fig("9.8万公里", "铁路复线里程", period="年末", years=(2026, 2026)),
        Fig("60.5%", "复线率", period="年末", years=(2026, 2026)),
        Fig("12.3万公\n里", "电气化里程", period="年末", years=(2026, 2026)),
        Fig("75.9%", "电化率", period="年末", years=(2026, 2026)),
        year=2026,
    ),
    # the heating season after its years is one period of both; 本采暖期 alone is given as written
    case(
        "2024—2025年采暖期，全市共有供热企业32家。本采暖期全市供热共消耗原煤612.8万吨。",
        Fig("32家", "供热企业", period="2024—2025年采暖期", years=(2024, 2025)),
        Fig("612.8万吨", "消耗原煤", period="本采暖期"),
    ),
    # the ten days and the month a release reports on take the year in force
    case(
        "2025年7月中旬钢铁生产情况\n本旬全省粗钢日产39.8万吨，环比下降2.0%。",
        Fig("39.8万吨", "粗钢日产", period="本旬", years=(2025, 2025)),
        Fig("2.0%", "粗钢日产", period="本旬", years=(2025, 2025), direction="down"),
    ),
    # an event in quotes with its span word is a period of the year
    case(
        "“三夏”期间，全省累计投入联合收割机8.2万台，机收率98.5%。",
        Fig("8.2万台", "联合收割机", period="“三夏”期间", years=(2026, 2026)),
        Fig("98.5%", "机收率", period="“三夏”期间", years=(2026, 2026)),
        year=2026,
    ),
    # before and at the end of the flood season are periods of the year
    case(
        "汛前，排查各类风险隐患3412处。汛末全省大中型水库蓄水142.8亿立方米。",
        Fig("3412处", "风险隐患", period="汛前", years=(2026, 2026)),
        Fig("142.8亿立方米", "大中型水库蓄水", period="汛末", years=(2026, 2026)),
        year=2026,
    ),
    # the same day said again (当日) is given as written, with the day's year
    case(
        "2月21日发送旅客103.6万人次，同比增长8.2%；当日郑州东站发送旅客21.7万人次。",
        Fig("103.6万人次", "旅客", period="2月21日", years=(2026, 2026)),
        Fig("8.2%", "旅客", period="2月21日", years=(2026, 2026), direction="up"),
        Fig("21.7万人次", "郑州东站发送旅客", period="当日", years=(2026, 2026)),
        year=2026,
    ),
    # a kind of year between the digits and 年: a school year, a fiscal year
    case(
        "2024—2025学年，学校举办招聘会612场。",
        Fig("612场", "学校举办招聘会", period="2024—2025学年", years=(2024, 2025)),
    ),
    case("2025财年公司营业收入12亿元", Fig("12亿元", "公司营业收入", period="2025财年", years=(2025, 2025))),
    # a time opening a bracket right after another time is a note on it, no period of its own; a
    # provisional figure (预计数) is no forecast
    case(
        "6—8月（8月为预计数），全省全社会用电量累计1186.5亿千瓦时，同比增长5.9%。",
        Fig("1186.5亿千瓦时", "全社会用电量", period="6—8月", years=(2026, 2026)),
        Fig("5.9%", "全社会用电量", period="6—8月", years=(2026, 2026), direction="up"),
        year=2026,
    ),
    # a season of peak load with its span word is a period, as an event's is
    case(
        "今年以来新增装机862万千瓦。迎峰度夏期间，全省统调发电机组最大出力5836万千瓦。",
        Fig("862万千瓦", "装机", period="今年以来", years=(2026, 2026), direction="up"),
        Fig("5836万千瓦", "统调发电机组最大出力", period="迎峰度夏期间", years=(2026, 2026)),
        year=2026,
    ),
    # the date a rule took effect (自…起) dates its own sentence; the sentence after goes on in the
    # time before it (a start with no 起 is a change's, for its clause only: 从1996年下跌)
    case(
        "全年全省退役军人就业2.3万人。自8月1日起，优抚对象抚恤补助标准再提高5.5%，生活补助标准提高到9840元。全年发放补助12亿元。",
        Fig("2.3万人", "退役军人就业", period="全年", years=(2026, 2026)),
        Fig("5.5%", "优抚对象抚恤补助标准", period="自8月1日起", years=(2026, 2026), direction="up"),
        Fig("9840元", "生活补助标准", period="自8月1日起", years=(2026, 2026), direction="up"),
        Fig("12亿元", "补助", period="全年", years=(2026, 2026)),
        year=2026,
    ),
    case(
        "自2025年1月1日起，全市月最低工资标准调整为2490元。",
        Fig("2490元", "月最低工资标准", period="自2025年1月1日起", years=(2025, 2025)),
    ),
    # a whole year named later in the figure's own part of the sentence holds for all of the part;
    # a part after ； has a frame of its own and dates nothing before it
    case(
        "新建改建农村公路1200公里，全年完成交通投资860亿元。",
        Fig("1200公里", "农村公路", period="全年", years=(2026, 2026)),
        Fig("860亿元", "交通投资", period="全年", years=(2026, 2026)),
        year=2026,
    ),
    case(
        "全省共有博物馆412家，比上年末增加23家；全年接待观众7860万人次。",
        Fig("412家", "博物馆"),
        Fig("23家", "博物馆", direction="up"),
        Fig("7860万人次", "观众", period="全年", years=(2026, 2026)),
        year=2026,
    ),
    # a part of the year that opens its clause after a lead-in with no figure or time frames
    # the sentences after it, as one that opens the sentence does
    case(
        "初步核算，前三季度国内生产总值101503亿元，同比增长5.2%。分产业看，第一产业增加值5702亿元。",
        Fig("101503亿元", "国内生产总值", period="前三季度"),
        Fig("5.2%", "国内生产总值", period="前三季度", direction="up"),
        Fig("5702亿元", "第一产业增加值", period="前三季度"),
    ),
    case(
        "会上，市统计局副局长介绍，上半年全市地区生产总值5826.3亿元。分产业看，第一产业增加值186.2亿元。",
        Fig("5826.3亿元", "地区生产总值", period="上半年"),
        Fig("186.2亿元", "第一产业增加值", period="上半年"),
    ),
    # ... not after a clause that says something itself
    case(
        "全年城市居民人均可支配收入19886元。储蓄存款大幅增长，年末储蓄存款余额861.88亿元。城镇恩格尔系数31.9%。",
        Fig("19886元", "城市居民人均可支配收入", period="全年"),
        Fig("861.88亿元", "储蓄存款余额", period="年末"),
        Fig("31.9%", "城镇恩格尔系数", period="全年"),
    ),
    # 同期 right after another time is part of it: no period of its own
    case(
        "利润由上年同期下降3.5%转为增长4.2%。",
        Fig("3.5%", "利润", period="由上年", direction="down"),
        Fig("4.2%", "利润", direction="up"),
    ),
    # a year that names the prices a value is reckoned in is no period, and a note in brackets
    # between a name and its figure is read past, times and all
    case(
        "1996年，全市完成工业总产值（按1990年不变价格计算）212.4亿元，比上年增长14.2%。",
        Fig("212.4亿元", "工业总产值", period="1996年", years=(1996, 1996)),
        Fig("14.2%", "工业总产值", period="1996年", years=(1996, 1996), direction="up"),
    ),
    case(
        "全年农业总产值42.7亿元，按1990年不变价计算，比上年增长5.1%。",
        Fig("42.7亿元", "农业总产值", period="全年"),
        Fig("5.1%", "农业总产值", period="全年", direction="up"),
    ),
    # the years a record is counted over (为1961年以来第三高) are no figure's period
    case(
        "2025年，全市年平均气温16.8℃，为1961年以来第三高。年降水量1352.6毫米，较常年偏多12%。",
        Fig("16.8℃", "年平均气温", period="2025年", years=(2025, 2025)),
        Fig("1352.6毫米", "年降水量", period="2025年", years=(2025, 2025)),
        Fig("12%", "年降水量", period="2025年", years=(2025, 2025), direction="up"),
    ),
    # the time of one value (至2025年的98.1%) dates that figure, not the sentences after it
    case(
        "五年来，出庭应诉率由2021年的46.3%提升至2025年的98.1%。执结案件241.5万件，一审服判息诉率达到92.3%。",
        Fig("46.3%", "出庭应诉率", period="由2021年", years=(2021, 2021)),
        Fig("98.1%", "出庭应诉率", period="至2025年", years=(2025, 2025), direction="up"),
        Fig("241.5万件", "案件", period="五年来", years=(2021, 2025)),
        Fig("92.3%", "一审服判息诉率", period="五年来", years=(2021, 2025)),
        year=2026,
    ),
    # a baseline's value (与…的N相比) is of the topic and of the baseline's time, which dates
    # nothing after it; the clause it opens continues the topic of the sentence before
    case(
        "全市常住人口为982.56万人。与2020年第七次全国人口普查的949.89万人相比，五年共增加32.67万人。",
        Fig("982.56万人", "常住人口"),
        Fig("949.89万人", "常住人口", period="2020年", years=(2020, 2020)),
        Fig("32.67万人", "常住人口", direction="up"),
    ),
    # ...also where words left uncut stand before 相比; the start of a change after such a
    # comparison (由0.95%) is of the comparison's time
    case(
        "2025年全市人口抽样调查\n与2020年第七次全国人口普查相比，文盲率由0.95%下降为0.71%，下降0.24个百分点。",
        Fig("0.95%", "文盲率", period="2020年", years=(2020, 2020)),
        Fig("0.71%", "文盲率", period="2025年", years=(2025, 2025), direction="down"),
        Fig("0.24个百分点", "文盲率", period="2025年", years=(2025, 2025), direction="down"),
        year=2026,
    ),
    # an amount after a rate's clause is of the indicator, not of its rate
    case(
        "本外币各项存款余额22.36万亿元，同比增长6.8%，增速比上月末高0.3个百分点，比年初增加1.12万亿元。",
        Fig("22.36万亿元", "存款余额"),
        Fig("6.8%", "存款余额", direction="up"),
        Fig("0.3个百分点", "存款余额增速", direction="up"),
        Fig("1.12万亿元", "存款余额", direction="up"),
    ),
    # a season glossed with its months in a bracket is one period, of those months
    case(
        "2025年全市气候公报\n后汛期（7—9月）降水量1032.6毫米，较常年同期偏多5成。",
        Fig("1032.6毫米", "降水量", period="后汛期（7—9月）", years=(2025, 2025)),
        Fig("5成", "降水量", period="后汛期（7—9月）", years=(2025, 2025), direction="up"),
        year=2026,
    ),
    # a verb of achievement before a measure is left out of the name; before what was done it stays
    case(
        "全年公路完成客运量2.03亿人次；港口完成货物吞吐量20.36亿吨；省重点项目完成投资5000亿元。",
        Fig("2.03亿人次", "公路客运量", period="全年"),
        Fig("20.36亿吨", "港口货物吞吐量", period="全年"),
        Fig("5000亿元", "省重点项目完成投资", period="全年"),
    ),
    # a verb of occurrence after a noun of the name is left out of it
    case(
        "全年煤矿发生事故2起，高速公路发生事故死亡41人。",
        Fig("2起", "煤矿事故", period="全年"),
        Fig("41人", "高速公路事故死亡", period="全年"),
    ),
    # a part of the year said in passing in one part of a sentence (前三季度增加986亿元) holds in
    # that part only; a part that goes on with its predicate (；环比增长) goes on with its time
    case(
        "9月末，普惠小微贷款余额1.12万亿元，前三季度增加986亿元；制造业中长期贷款余额6842亿元，同比增长11.6%。",
        Fig("1.12万亿元", "普惠小微贷款余额", period="9月末", years=(2026, 2026)),
        Fig("986亿元", "普惠小微贷款余额", period="前三季度", years=(2026, 2026), direction="up"),
        Fig("6842亿元", "制造业中长期贷款余额", period="9月末", years=(2026, 2026)),
        Fig("11.6%", "制造业中长期贷款余额", period="9月末", years=(2026, 2026), direction="up"),
        year=2026,
    ),
    case(
        "其中，10月份工业增加值同比增长6.3%；环比增长0.42%。",
        Fig("6.3%", "工业增加值", period="10月份", years=(2026, 2026), direction="up"),
        Fig("0.42%", "工业增加值", period="10月份", years=(2026, 2026), direction="up"),
        year=2026,
    ),
    # a time that opens a bracket with a figure of its own dates that figure only; a time in a
    # clause that gives a cause (主要是…) dates no figure
    case(
        "2025年，全省孕产妇死亡率为10.6/10万（上年为11.4/10万）；婴儿死亡率为2.86‰。",
        Fig("10.6/10万", "孕产妇死亡率", period="2025年", years=(2025, 2025)),
        Fig("11.4/10万", "孕产妇死亡率", period="上年"),
        Fig("2.86‰", "婴儿死亡率", period="2025年", years=(2025, 2025)),
    ),
    case(
        "11月份，PPI同比下降2.2%，降幅比上月收窄0.3个百分点，主要是上年同期对比基数走低。其中，钢材价格下降4.8%。",
        Fig("2.2%", "PPI", period="11月份", years=(2026, 2026), direction="down"),
        Fig("0.3个百分点", "PPI降幅", period="11月份", years=(2026, 2026), direction="down"),
        Fig("4.8%", "钢材价格", period="11月份", years=(2026, 2026), direction="down"),
        year=2026,
    ),
    # a paragraph that opens with 其中 is a part of the one before: its time holds on; a paragraph
    # after that opens afresh
    case(
        "1—10月，全省快递业务量累计完成220.6亿件。\n其中，金华完成快递业务量102.2亿件，同比增长21.7%。\n"
        "全省快递业务量超过10亿件的城市有5个。",
        Fig("220.6亿件", "快递业务量", period="1—10月", years=(2026, 2026)),
        Fig("102.2亿件", "金华快递业务量", period="1—10月", years=(2026, 2026)),
        Fig("21.7%", "金华快递业务量", period="1—10月", years=(2026, 2026), direction="up"),
        Fig("10亿件", "城市"),
        Fig("5个", "城市"),
        year=2026,
    ),
    # so does one that opens with a frame naming a part of it (在…中，); after a heading it opens afresh
    case(
        "2023年末，全市共有法人单位7.42万个。\n在法人单位中，企业法人单位6.10万个，占82.2%。\n"
        "二、产业活动单位\n在产业活动单位中，第二产业1.2万个。",
        Fig("7.42万个", "法人单位", period="2023年末", years=(2023, 2023)),
        Fig("6.10万个", "企业法人单位", period="2023年末", years=(2023, 2023)),
        Fig("82.2%", "企业法人单位", base="法人单位", period="2023年末", years=(2023, 2023)),
        Fig("1.2万个", "第二产业"),
        year=2026,
    ),
    # an event and its span word (购物节期间, 消费季期间) is a period within the year, its note of dates
    # a gloss; a time word of the pattern's own (春节期间) and one before the event (今年) stay as they are
    case(
        "据市统计局监测，购物节期间（12月1日至31日），全市实现社会消费品零售额约468亿元，同比增长6.2%。",
        Fig("468亿元", "社会消费品零售额", period="购物节期间"),
        Fig("6.2%", "社会消费品零售额", period="购物节期间", direction="up"),
    ),
    case("全市消费季期间累计接待游客120万人次。", Fig("120万人次", "游客", period="全市消费季期间")),
    case(
        "2026年春节期间组织开展促消费活动200场以上。",
        Fig("200场", "促消费活动", period="2026年春节期间", years=(2026, 2026), status="target"),
        year=2025,
    ),
    case("调节期间没有数字。"),
    # 当月 (the month a monthly release reports on, said again) is a period of its own
    case(
        "截至11月底，集团航线总数达到206条。当月各港区累计靠离泊船舶3452艘次，同比增长5.1%。",
        Fig("206条", "集团航线总数", period="截至11月底"),
        Fig("3452艘次", "离泊船舶", period="当月"),
        Fig("5.1%", "离泊船舶", period="当月", direction="up"),
    ),
    # 当年价 names the prices a value is reckoned in: no time (当年), and, in brackets, no part of the name
    case(
        "2024年，全省万元国内生产总值（当年价）用水量61.0立方米，万元工业增加值（按当年价格计算）用水量58.7立方米。",
        Fig("61.0立方米", "万元国内生产总值用水量", period="2024年", years=(2024, 2024)),
        Fig("58.7立方米", "万元工业增加值用水量", period="2024年", years=(2024, 2024)),
    ),
    case("当年新增城镇就业12万人。", Fig("12万人", "城镇就业", period="当年", direction="up")),
    # when a figure was seen (出现在 + a time right after it) is its period; not where the time is
    # another clause's (最高峰出现在…), and 出现在 holds no 现在 (now)
    case(
        "2025年，全市极端最高气温38.6℃，出现在7月29日；极端最低气温2.7℃，出现在1月10日。",
        Fig("38.6℃", "极端最高气温", period="7月29日", years=(2025, 2025)),
        Fig("2.7℃", "极端最低气温", period="1月10日", years=(2025, 2025)),
    ),
    case(
        "2025年，街区日均客流量约15万人次，最高峰出现在10月3日。",
        Fig("15万人次", "街区日均客流量", period="2025年", years=(2025, 2025)),
    ),
    # ...also where words stand between the year and its 以来 (有完整气象记录以来)
    case(
        "2025年，全市年平均气温23.4℃，为1951年有完整气象记录以来第3高；年日照时数1783.5小时。",
        Fig("23.4℃", "年平均气温", period="2025年", years=(2025, 2025)),
        Fig("1783.5小时", "年日照时数", period="2025年", years=(2025, 2025)),
    ),
    case(
        "2025年，全市粮食产量创1978年以来新高。全年油料产量23.5万吨。",
        Fig("23.5万吨", "油料产量", period="全年", years=(2025, 2025)),
    ),
    case(
        "2020年以来，全市累计新增就业12.3万人。",
        Fig("12.3万人", "就业", period="2020年以来", years=(2020, None), direction="up"),
    ),
    # ...and after 自 or 从 too: a span since, not the start of a change of its own clause only
    case(
        "自2019年以来，全省累计募集资金38.6亿元。",
        Fig("38.6亿元", "募集资金", period="自2019年以来", years=(2019, None)),
    ),
    # ...and with what happened then between the time and 以来, written or not after 自
    case(
        "自2014年首发以来，全省累计募集资金38.6亿元。",
        Fig("38.6亿元", "募集资金", period="自2014年首发以来", years=(2014, None)),
    ),
    case(
        "2018年机构改革以来，全省累计募集资金38.6亿元。",
        Fig("38.6亿元", "募集资金", period="2018年机构改革以来", years=(2018, None)),
    ),
    # the second half of a rate's denominator is no time: 每人[每年]
    case(
        "2025年，农村低保平均标准提高到每人每年7920元。",
        Fig("7920元", "农村低保平均标准", period="2025年", years=(2025, 2025), direction="up"),
    ),
    # a year that could not be told (今年 in an undated text) is not looked past, as a span of
    # years is (below): 全年 is that year, not a horizon named before
    case(
        "到2027年底，PM2.5平均浓度力争降至30微克/立方米。\n市财政今年安排专项资金4.2亿元，全年检查企业2000家。",
        Fig(
            "30微克/立方米", "PM2.5平均浓度", period="到2027年底", years=(2027, 2027), direction="down", status="target"
        ),
        Fig("4.2亿元", "专项资金", period="今年"),
        Fig("2000家", "企业", period="全年"),
    ),
    # a part of a year cannot take its year from a span of years (a plan's name): it looks past it
    case(
        "截至2025年底，全市有效发明专利达到3.2万件，提前完成“十四五”规划目标。全年专利授权量1.9万件。",
        Fig("3.2万件", "有效发明专利", period="截至2025年底", years=(2025, 2025)),
        Fig("1.9万件", "专利授权量", period="全年", years=(2025, 2025)),
    ),
    case(
        "期末全市金融机构人民币贷款余额1.8万亿元。",
        Fig("1.8万亿元", "金融机构人民币贷款余额", period="期末"),
    ),
    case(
        "本周，全市猪肉批发价格下降1.2%。",
        Fig("1.2%", "猪肉批发价格", period="本周", direction="down"),
    ),
    case(
        "上周末，全市接待游客38万人次。",
        Fig("38万人次", "游客", period="上周末"),
    ),
    case(
        "新建城市公园18个，全年城市绿化投入增长9%。",
        Fig("18个", "城市公园", period="全年"),
        Fig("9%", "城市绿化投入", period="全年", direction="up"),
    ),
    case(
        "2024年，全市旅游收入增长6%，特别是下半年增长9%。全市接待游客增长5%。",
        Fig("6%", "旅游收入", period="2024年", years=(2024, 2024), direction="up"),
        Fig("9%", "旅游收入", period="下半年", years=(2024, 2024), direction="up"),
        Fig("5%", "游客", period="2024年", years=(2024, 2024), direction="up"),
    ),
    case(
        "年末每万人拥有医院病床数由上年的21张增加到23张。",
        Fig("21张", "每万人拥有医院病床数", period="由上年"),
        Fig("23张", "每万人拥有医院病床数", period="年末", direction="up"),
    ),
    # the time before or after an event a change starts from (由改革前的) is the start's period, no
    # subject; a time ago (由五年前的) is none
    case(
        "办事跑动次数由改革前的2.6次减少到0.5次。",
        Fig("2.6次", "办事跑动次数", period="由改革前"),
        Fig("0.5次", "办事跑动次数", direction="down"),
    ),
    case(
        "项目审批时长从改革前的22天缩短到9天。",
        Fig("22天", "项目审批时长", period="从改革前"),
        Fig("9天", "项目审批时长", direction="down"),
    ),
    case(
        "2024年，全市地区生产总值5120亿元。同时，一般公共预算收入386亿元。",
        Fig("5120亿元", "地区生产总值", period="2024年", years=(2024, 2024)),
        Fig("386亿元", "一般公共预算收入", period="2024年", years=(2024, 2024)),
    ),
    case(
        "截至2023年底，全省建成充电桩8900台。\n全市医院病床8899张。",
        Fig("8900台", "充电桩", period="截至2023年底", years=(2023, 2023)),
        Fig("8899张", "医院病床"),
    ),
    case(
        "一、2024年工作回顾\n全市新建公园12个，城市绿化覆盖率达到43.2%。",
        Fig("12个", "公园", period="2024年", years=(2024, 2024)),
        Fig("43.2%", "城市绿化覆盖率", period="2024年", years=(2024, 2024)),
    ),
    case(
        "较好完成全年目标任务，全市实现生产总值2810亿元。",
        Fig("2810亿元", "生产总值"),
    ),
    case("90年代年均通货膨胀率为5.1%。", Fig("5.1%", "年均通货膨胀率", period="90年代", years=(1990, 1999))),
    case(
        "“十四五”时期，全省新增城镇就业265万人。",
        Fig("265万人", "城镇就业", period="“十四五”时期", years=(2021, 2025), direction="up"),
    ),
    case("打造“新十二月市”等消费品牌，全省接待游客增长12%。", Fig("12%", "游客", direction="up")),
    case(
        "今年前两个月，全省出口总值83.5亿元。",
        Fig("83.5亿元", "出口总值", period="今年前两个月"),
    ),
    case(
        "二〇二五年首九个月，全市接待旅客3210万人次。",
        Fig("3210万人次", "旅客", period="二〇二五年首九个月", years=(2025, 2025)),
    ),
    case(
        "二〇二四年第三季，全市出口增长4.2%。",
        Fig("4.2%", "出口", period="二〇二四年第三季", years=(2024, 2024), direction="up"),
    ),
    case("３月份，全省出口增长7.5%。", Fig("7.5%", "出口", period="３月份", direction="up")),
    case(
        "今年一季度，全区工业贷款比年初净增3.6亿元。",
        Fig("3.6亿元", "工业贷款", period="今年一季度", direction="up"),
    ),
    case(
        "今年１至５月，全市完成工业总产值64.2亿元。",
        Fig("64.2亿元", "工业总产值", period="今年１至５月"),
    ),
    case(
        "新华社北京５月１２日电　据１７个省的调查，今年棉花种植面积减少8%。",
        # "据" opens a clause of its own: the survey's coverage is not dated by the clause after it.
        Fig("１７个", "省"),
        Fig("8%", "棉花种植面积", period="今年", direction="down"),
    ),
    case(
        "五年来，全省累计新增就业325万人。",
        Fig("325万人", "就业", period="五年来", direction="up"),
    ),
    # A deadline dates its own sentence only; the next sentence reports the present.
    case(
        "力争2027年底前，全市建成5G基站2万个。全市新能源汽车保有量12万辆。",
        Fig("2万个", "5G基站", period="2027年底前", years=(2027, 2027), status="target"),
        Fig("12万辆", "新能源汽车保有量"),
    ),
    # A year that opens a sentence frames the sentences after it (其中…).
    case(
        "2025年，全市地区生产总值3120亿元。其中，第一产业增加值210亿元。",
        Fig("3120亿元", "地区生产总值", period="2025年", years=(2025, 2025)),
        Fig("210亿元", "第一产业增加值", period="2025年", years=(2025, 2025)),
    ),
    # A part of the year that opens its sentence is the frame of the next one too.
    case(
        "上半年，全市出口增长6.1%。其中，机电产品出口增长8.2%。",
        Fig("6.1%", "出口", period="上半年", years=(2026, 2026), direction="up"),
        Fig("8.2%", "机电产品出口", period="上半年", years=(2026, 2026), direction="up"),
        year=2026,
    ),
    # ... and so does one set off as a clause of its own after a lead-in, before any figure.
    case(
        "分行业看，三季度，全市纺织业增加值增长3.4%。其中，服装产量2.1亿件。",
        Fig("3.4%", "纺织业增加值", period="三季度", years=(2026, 2026), direction="up"),
        Fig("2.1亿件", "服装产量", period="三季度", years=(2026, 2026)),
        year=2026,
    ),
    case(
        "市统计局负责人介绍，前两个月，全市社会消费品零售总额增长5.5%。其中，餐饮收入增长9%。",
        Fig("5.5%", "社会消费品零售总额", period="前两个月", years=(2026, 2026), direction="up"),
        Fig("9%", "餐饮收入", period="前两个月", years=(2026, 2026), direction="up"),
        year=2026,
    ),
    # ...and on a line of its own ended by a comma (a phone article): the next line continues it
    case(
        "全市经济运行情况\n\n一季度，\n全市社会消费品零售总额增长5.5%。\n餐饮收入增长9%。",
        Fig("5.5%", "社会消费品零售总额", period="一季度", years=(2026, 2026), direction="up"),
        Fig("9%", "餐饮收入", period=None, direction="up"),
        year=2026,
    ),
    # ...and a time on a line of its own, with nothing else on it, frames the next line
    case(
        "全市经济运行情况\n\n前三季度\n全市地区生产总值完成2356.8亿元，同比增长5.6%",
        Fig("2356.8亿元", "地区生产总值", period="前三季度", years=(2026, 2026)),
        Fig("5.6%", "地区生产总值", period="前三季度", years=(2026, 2026), direction="up"),
        year=2026,
    ),
    # A part of the year set off after a figure is said in passing: its sentence only.
    case(
        "全年出口增长5%，其中四季度，增长6%。进口增长4%。",
        Fig("5%", "出口", period="全年", years=(2026, 2026), direction="up"),
        Fig("6%", "出口", period="四季度", years=(2026, 2026), direction="up"),
        Fig("4%", "进口", period="全年", years=(2026, 2026), direction="up"),
        year=2026,
    ),
    # the end of a month named from the month of writing; a deadline before it is a goal
    case("上月末，全市人民币存款余额为2.3万亿元。", Fig("2.3万亿元", "人民币存款余额", period="上月末")),
    case("本月底前新开工项目30个。", Fig("30个", "项目", period="本月底前", status="target")),
    # quarters written with digits
    case(
        "前3季度，全省规上工业增加值增长6.2%。其中，制造业增长7%。",
        Fig("6.2%", "规上工业增加值", period="前3季度", years=(2026, 2026), direction="up"),
        Fig("7%", "制造业", period="前3季度", years=(2026, 2026), direction="up"),
        year=2026,
    ),
    case(
        "2025年3季度，全市GDP增长5.1%。", Fig("5.1%", "GDP", period="2025年3季度", years=(2025, 2025), direction="up")
    ),
    # A time named later does not reach back to the sentence before it.
    case(
        "全市常住人口712万人。2025年，全市接待游客8600万人次。",
        Fig("712万人", "常住人口"),
        Fig("8600万人次", "游客", period="2025年", years=(2025, 2025)),
    ),
    case("现在全市每万人拥有律师3.2名。", Fig("3.2名", "每万人拥有律师", period="现在")),
    case("当前全市城镇调查失业率为5.1%。", Fig("5.1%", "城镇调查失业率", period="当前")),
    # 新建 opens the clause (jieba tags it a place name, ns): the verbs after it are no part of the name.
    case("全年新建改造农村公路1200公里。", Fig("1200公里", "农村公路", period="全年")),
    # A gap to a named indicator (高于[各项贷款平均增速]) or to a place's average is the topic's: what
    # it is compared with is a baseline, never the subject (four held-out annotators of five read it
    # so; the corpus once gives the indicator, 高于规上工业增速3个百分点)
    case(
        "制造业贷款余额1865亿元，同比增长21.3%，高于各项贷款平均增速13.7个百分点。",
        Fig("1865亿元", "制造业贷款余额"),
        Fig("21.3%", "制造业贷款余额", direction="up"),
        Fig("13.7个百分点", "制造业贷款余额"),
    ),
    case(
        "全市居民消费价格上涨1.2%，低于全省平均水平0.3个百分点。",
        Fig("1.2%", "居民消费价格", direction="up"),
        Fig("0.3个百分点", "居民消费价格"),
    ),
    # 少增 and 名义 are predicate words even where jieba cuts them apart or tags them as nouns.
    case(
        "全年新增贷款1471亿元，同比少增162亿元。",
        Fig("1471亿元", "贷款", period="全年", direction="up"),
        Fig("162亿元", "贷款", period="全年", direction="down"),
    ),
    case(
        "城镇居民人均可支配收入12540元，同比名义增长5.6%，扣除价格因素实际增长5.2%。",
        Fig("12540元", "城镇居民人均可支配收入"),
        Fig("5.6%", "城镇居民人均可支配收入", direction="up"),
        Fig("5.2%", "城镇居民人均可支配收入", direction="up"),
    ),
    # Modifiers and verbs inside a long technical name keep it whole.
    case(
        "城市区域环境噪声昼间平均等效声级为53.6分贝。",
        Fig("53.6分贝", "城市区域环境噪声昼间平均等效声级"),
    ),
    case("每千人口注册护士3.66人。", Fig("3.66人", "每千人口注册护士")),
    case("普惠小微贷款余额2418亿元。", Fig("2418亿元", "普惠小微贷款余额")),
    # A verb and a one-character head after a count are part of the name (领跑县, 示范村)...
    case("新增11个县域商业领跑县。", Fig("11个", "县域商业领跑县", direction="up")),
    # ...but a one-character word followed by more is not its head (较 opens a comparison).
    case("新增12个项目较上年增加。", Fig("12个", "项目", direction="up")),
    case(
        "区域环境噪声年平均值57.2分贝，城市交通噪声平均值69.8分贝。",
        Fig("57.2分贝", "区域环境噪声年平均值"),
        Fig("69.8分贝", "城市交通噪声平均值"),
    ),
    # The object of a preposition of manner is the basis of a measurement, not what it measures.
    case(
        "全省共接待国内游客6523.4万人次，按可比口径同比增长7.9%。",
        Fig("6523.4万人次", "国内游客"),
        Fig("7.9%", "国内游客", direction="up"),
    ),
    # After 其中, a share with no whole of its own is a share of the sentence's topic.
    case(
        "全年完成固定资产投资1200亿元，其中工业投资450亿元，占37.5%。",
        Fig("1200亿元", "固定资产投资", period="全年"),
        Fig("450亿元", "工业投资", period="全年"),
        Fig("37.5%", "工业投资", base="固定资产投资", period="全年"),
    ),
    # A duration that is no figure (连续5年) is no part of the name before it.
    case("粮食总产量连续5年稳定在100万吨以上。", Fig("100万吨", "粮食总产量")),
    # A base period is a baseline, never the figure's period.
    case("以2020年为基期，全市能耗强度下降13.5%。", Fig("13.5%", "能耗强度", direction="down")),
    # A measure of the whole topic before it: 总数 is the total of what was just counted.
    case(
        "全年新增规上工业企业23家，总数达到210家。",
        Fig("23家", "规上工业企业", period="全年", direction="up"),
        Fig("210家", "规上工业企业总数", period="全年"),
    ),
    # ...and 货值 the value of the goods just counted
    case(
        "其中工程机械出口3800台以上，货值12.4亿元。",
        Fig("3800台", "工程机械出口"),
        Fig("12.4亿元", "工程机械出口货值"),
    ),
    case("对86家市级社会组织开展财务检查。", Fig("86家", "市级社会组织")),
    # a count after 其中 whose next word is a verb names nothing after it: what the part did
    case(
        "全省有示范企业120家，其中5家获评国家级示范企业。",
        Fig("120家", "示范企业"),
        Fig("5家", "示范企业"),
    ),
    # A localiser after a counted noun places it (among the 23), it does not name it.
    case(
        "全市23个国控断面中，水质优良断面21个。",
        Fig("23个", "国控断面"),
        Fig("21个", "水质优良断面"),
    ),
    # 港澳台 is a noun (jieba tags it a numeral, m): the name runs through it.
    case(
        "股份制企业增长7.1%，外商及港澳台商投资企业增长5.3%。",
        Fig("7.1%", "股份制企业", direction="up"),
        Fig("5.3%", "外商及港澳台商投资企业", direction="up"),
    ),
    # What follows a speaker's colon opens the sentence: its time frames the sentences after it.
    case(
        "王明：一季度，全省经济开局良好。分产业看，第一产业增加值562亿元。",
        Fig("562亿元", "第一产业增加值", period="一季度"),
    ),
    # 力争 is a goal word wherever it stands (jieba tags it nz), and no part of the subject.
    case("全市力争新建学校20所。", Fig("20所", "学校", status="target")),
]

# Years resolved against the document's own year: its title, its date line, or `year`.
RESOLVED = [
    # the plans of the 1980s and 1990s, as their bulletins name them
    case(
        "“八五”期间，全市国内生产总值年均增长11.6%。",
        Fig("11.6%", "国内生产总值", period="“八五”期间", years=(1991, 1995), direction="up"),
    ),
    # since the start of the year of writing ends within it; since an earlier year stays open
    case(
        "今年以来，全市新增市场主体3.2万户。",
        Fig("3.2万户", "市场主体", period="今年以来", years=(2026, 2026), direction="up"),
        year=2026,
    ),
    case(
        "2021年以来，全省累计新增就业120万人。",
        Fig("120万人", "就业", period="2021年以来", years=(2021, None), direction="up"),
        year=2026,
    ),
    # now (目前, 当前) is the year of writing, also after a year reviewed; unknown without one
    case(
        "截至目前，全市已建成充电桩890台。",
        Fig("890台", "充电桩", period="截至目前", years=(2026, 2026)),
        year=2026,
    ),
    case(
        "2025年，全省新增造林面积12万亩。当前，全省森林覆盖率达到43.2%。",
        Fig("12万亩", "造林面积", period="2025年", years=(2025, 2025), direction="up"),
        Fig("43.2%", "森林覆盖率", period="当前", years=(2026, 2026)),
        year=2026,
    ),
    case("目前全县共有养老机构36家。", Fig("36家", "养老机构", period="目前")),
    # 现在 after a verb's character is its 在 (出现在), no time at all
    case(
        "最大降水出现在7月29日，日雨量达156.3毫米。",
        Fig("156.3毫米", "日雨量", period="7月29日", years=(2026, 2026)),
        year=2026,
    ),
    # A plan's title with no year was written in the plan's first year: periods after it are
    # goals, those before it results
    case(
        "某县国民经济和社会发展第十五个五年规划纲要\n“十五五”时期，累计新增城镇就业4万人。“十四五”期间，全县生产总值年均增长6.1%。",
        Fig("4万人", "城镇就业", period="“十五五”时期", years=(2026, 2030), direction="up", status="target"),
        Fig("6.1%", "生产总值", period="“十四五”期间", years=(2021, 2025), direction="up"),
    ),
    case(
        "某市“十四五”规划纲要\n今年全市生产总值增长7%。",
        Fig("7%", "生产总值", period="今年", years=(2021, 2021), direction="up"),
    ),
    # 到 + a time is as often "as of" as "by": where the document does not say when it was
    # written, nothing tells a horizon from a date of a result
    case(
        "到2023年底，全市新能源公交车1.46万辆。",
        Fig("1.46万辆", "新能源公交车", period="到2023年底", years=(2023, 2023)),
    ),
    case(
        "河西市2024年国民经济和社会发展统计公报\n全年地区生产总值3120亿元。",
        Fig("3120亿元", "地区生产总值", period="全年", years=(2024, 2024)),
    ),
    case(
        "政府工作报告\n——2026年1月18日在县第十八届人民代表大会第五次会议上\n过去一年，全县生产总值增长5.6%。今年生产总值预期增长5%左右。",
        Fig("5.6%", "生产总值", period="过去一年", years=(2025, 2025), direction="up"),
        Fig("5%", "生产总值", period="今年", years=(2026, 2026), direction="up", status="target"),
    ),
    case(
        "五年来，全县累计改造农村公路1200公里。",
        Fig("1200公里", "农村公路", period="五年来", years=(2021, 2025)),
        year=2026,
    ),
    case(
        "去年全市接待游客3100万人次。",
        Fig("3100万人次", "游客", period="去年", years=(2024, 2024)),
        year=2025,
    ),
    case(
        "今年上半年，全市规上工业增加值增长6.8%。",
        Fig("6.8%", "规上工业增加值", period="今年上半年", years=(2025, 2025), direction="up"),
        year=2025,
    ),
    # Every relative expression, against the year of writing (here given as `year`).
    case("上年末全市常住人口712万人。", Fig("712万人", "常住人口", period="上年末", years=(2025, 2025)), year=2026),
    case(
        "一年来，全市新增市场主体3.2万户。",
        Fig("3.2万户", "市场主体", period="一年来", years=(2025, 2025), direction="up"),
        year=2026,
    ),
    case("前年全市粮食产量120万吨。", Fig("120万吨", "粮食产量", period="前年", years=(2024, 2024)), year=2026),
    case(
        "明年全市力争新建5G基站2000个。",
        Fig("2000个", "5G基站", period="明年", years=(2027, 2027), status="target"),
        year=2026,
    ),
    case(
        "3月份，全市出口增长7.5%。",
        Fig("7.5%", "出口", period="3月份", years=(2026, 2026), direction="up"),
        year=2026,
    ),
    case(
        "前两个月，全市出口总值83.5亿元。",
        Fig("83.5亿元", "出口总值", period="前两个月", years=(2026, 2026)),
        year=2026,
    ),
    # Written years need no document year; an open period has no end year.
    case(
        "2017年以来，全市累计新增就业32万人。",
        Fig("32万人", "就业", period="2017年以来", years=(2017, None), direction="up"),
    ),
    case(
        "90年代，全市粮食产量年均增长3%。",
        Fig("3%", "粮食产量", period="90年代", years=(1990, 1999), direction="up"),
    ),
    # A date line in the first lines gives the year of writing; a bulletin's title the year it reports on.
    case(
        "2026年3月8日\n近三年，全市累计新建学校42所。",
        Fig("42所", "学校", period="近三年", years=(2023, 2025)),
    ),
    # ...in numerals, as official documents sign them (〇 or ○ for zero)
    case(
        "某市人民政府\n二○二六年三月八日\n近三年，全市累计新建学校42所。",
        Fig("42所", "学校", period="近三年", years=(2023, 2025)),
    ),
    # ...written as web pages write it, too
    case(
        "发布时间：2025-10-24 09:30\n前三季度，全市农林牧渔业总产值286.5亿元。",
        Fig("286.5亿元", "农林牧渔业总产值", period="前三季度", years=(2025, 2025)),
    ),
    case(
        "2025年统计公报\n年末全市常住人口712万人。",
        Fig("712万人", "常住人口", period="年末", years=(2025, 2025)),
    ),
    # A title that names a year, with no report or plan word, names the year reported on.
    case(
        "省政府新闻办举行2026年一季度经济运行情况新闻发布会\n王明：一季度，全省地区生产总值12860亿元。",
        Fig("12860亿元", "地区生产总值", period="一季度", years=(2026, 2026)),
    ),
    # ...which is its 今年 when nothing says when it was written: a text on 2025 that says 今年以来
    # speaks in 2025.
    case(
        "市政府新闻办举行2025年经济运行情况新闻发布会\n今年以来，全市出口增长3%。",
        Fig("3%", "出口", period="今年以来", years=(2025, 2025), direction="up"),
    ),
    # `year` gives the year of writing where a bulletin's title gives only the year reported on.
    case(
        "2025年工作总结\n到2030年，全市森林覆盖率达到48%。",
        Fig("48%", "森林覆盖率", period="到2030年", years=(2030, 2030), status="target"),
        year=2026,
    ),
    # In a text that gives no year of its own, the last year named resolves 全年 in later paragraphs.
    case(
        "新华社北京三月五日电　一九九六年国内生产总值达到六万七千七百九十五亿元。\n"
        "　　全年粮食总产量达到四亿八千万吨，比上年增产二千五百万吨。棉花产量四百二十万吨，减产百分之七点三。",
        Fig("六万七千七百九十五亿元", "国内生产总值", period="一九九六年", years=(1996, 1996)),
        Fig("四亿八千万吨", "粮食总产量", period="全年", years=(1996, 1996)),
        Fig("二千五百万吨", "粮食总产量", period="全年", years=(1996, 1996), direction="up"),
        Fig("四百二十万吨", "棉花产量", period="全年", years=(1996, 1996)),
        Fig("百分之七点三", "棉花产量", period="全年", years=(1996, 1996), direction="down"),
    ),
    # A bulletin's own year (its title) wins over a year named earlier in its text.
    case(
        "2025年统计公报\n2020年，全市地区生产总值3000亿元。\n全年粮食产量120万吨。",
        Fig("3000亿元", "地区生产总值", period="2020年", years=(2020, 2020)),
        Fig("120万吨", "粮食产量", period="全年", years=(2025, 2025)),
    ),
    # The text's own date wins over `year`, which stands in only where the text says nothing.
    case(
        "2026年3月8日\n去年全市接待游客3100万人次。",
        Fig("3100万人次", "游客", period="去年", years=(2025, 2025)),
        year=2020,
    ),
]

# Direction: movement words, negative rates, gaps to another thing, new items.
DIRECTIONS = [
    # a verb of change that names no way, from a figure after 由/从 to the next: the values tell the way
    case(
        "首付款比例由20%调整为15%。",
        Fig("20%", "首付款比例"),
        Fig("15%", "首付款比例", direction="down"),
    ),
    case("缴存比例从8%调至12%。", Fig("8%", "缴存比例"), Fig("12%", "缴存比例", direction="up")),
    # a rate raised or lowered, an age put off, a cut made again (再压缩, one word to jieba); the time a
    # trade takes names no goods (进口整体通关时间 stays as written)
    case("全省退休人员基本养老金上调2%。", Fig("2%", "退休人员基本养老金", direction="up")),
    case("全市公积金贷款利率下调0.25个百分点。", Fig("0.25个百分点", "公积金贷款利率", direction="down")),
    case("平均初婚年龄比上年推迟0.4岁。", Fig("0.4岁", "平均初婚年龄", direction="up")),
    case("进口整体通关时间再压缩10%。", Fig("10%", "进口整体通关时间", direction="down")),
    # a list after 新增 was all added
    case(
        "新增社区养老服务设施41处、托育服务设施23处。",
        Fig("41处", "社区养老服务设施", direction="up"),
        Fig("23处", "托育服务设施", direction="up"),
    ),
    # a spread over a reference rate is a gap, no movement
    case(
        "全年专项债券平均利率为2.11%，较同期限国债收益率上浮9.2个基点。",
        Fig("2.11%", "专项债券平均利率", period="全年", years=(2026, 2026)),
        Fig("9.2个基点", "专项债券平均利率", period="全年", years=(2026, 2026)),
        year=2026,
    ),
    # a figure after a copula alone takes the direction of a change said to be the most right before
    # it; one in a colon's list, with no word of its own, that of the list's label (每月增加：…), unless
    # the item opens with no noun (比重持续下降：从…: each item says its own)
    case(
        "其中甲市减少最多，为218.64平方公里；乙市水土保持率提高幅度最大，达1.02个百分点。",
        Fig("218.64平方公里", "甲市", direction="down"),
        Fig("1.02个百分点", "乙市水土保持", direction="up"),
    ),
    case(
        "新增查明资源储量：铜52.3万吨，钨8.6万吨。",
        Fig("52.3万吨", "查明资源储量", direction="up"),
        Fig("8.6万吨", "查明资源储量", direction="up"),
    ),
    case(
        "每位退休人员每月增加：基础养老金30元，工龄补贴12元。",
        Fig("30元", "基础养老金", direction="up"),
        Fig("12元", "工龄补贴", direction="up"),
    ),
    case(
        "制造业占生产总值的比重持续下降：从2019年的20.8%降至2024年的15.6%。",
        Fig("20.8%", "制造业", period="从2019年", years=(2019, 2019)),
        Fig("15.6%", "制造业", period="至2024年", years=(2024, 2024), direction="down"),
    ),
    # savings named as such are a level; a cost saved moved down; a time lengthened moved up; 减幅
    # is a fall's rate, as 降幅 is
    case(
        "全年节约资金9.86亿元，资金节约率5.02%。",
        Fig("9.86亿元", "节约资金", period="全年"),
        Fig("5.02%", "资金节约率", period="全年"),
    ),
    case("新开办企业节约开办成本约560万元。", Fig("560万元", "开办成本", direction="down")),
    case(
        "应收账款平均回收期为68.5天，比上年延长3.2天。",
        Fig("68.5天", "应收账款平均回收期"),
        Fig("3.2天", "应收账款平均回收期", direction="up"),
    ),
    case(
        "水土流失面积比上年减少1082.54平方公里，减幅2.34%。",
        Fig("1082.54平方公里", "水土流失面积", direction="down"),
        Fig("2.34%", "水土流失面积减幅", direction="down"),
    ),
    case(
        "房地产相关税收拉低全省税收增幅约1.9个百分点。",
        Fig("1.9个百分点", "房地产相关税收拉低全省税收增幅", direction="down"),
    ),
    # a verb of achievement after a noun of the name is left out of it, except in a term it makes
    # (完成投资: the work done on projects)
    case(
        "全市化工园区完成固定资产投资386.2亿元，同比增长9.7%。",
        Fig("386.2亿元", "化工园区固定资产投资"),
        Fig("9.7%", "化工园区固定资产投资", direction="up"),
    ),
    case("沿海防护林带完成造林12.4万亩。", Fig("12.4万亩", "沿海防护林带造林")),
    case("市重点项目完成投资642亿元。", Fig("642亿元", "市重点项目完成投资")),
    # an item after 、 whose words are all its name (a verb inside it: 转移就业) says what the first item did;
    # one of another unit is a level of its own
    case(
        "全年新增城镇就业3.6万人、农村劳动力转移就业2.4万人。",
        Fig("3.6万人", "城镇就业", period="全年", direction="up"),
        Fig("2.4万人", "农村劳动力转移就业", period="全年", direction="up"),
    ),
    case(
        "力争地区生产总值增长6%、实际使用外资15亿美元。",
        Fig("6%", "地区生产总值", direction="up", status="target"),
        Fig("15亿美元", "实际使用外资", status="target"),
    ),
    # the parts of a count of what was added (新增) were added too; the parts of a level that moved not
    case(
        "全年新增技能人才18.4万人，其中高技能人才6.2万人。",
        Fig("18.4万人", "技能人才", period="全年", direction="up"),
        Fig("6.2万人", "高技能人才", period="全年", direction="up"),
    ),
    case(
        "年末常住人口1200万人，比上年增加5万人，其中城镇人口800万人。",
        Fig("1200万人", "常住人口", period="年末"),
        Fig("5万人", "常住人口", period="年末", direction="up"),
        Fig("800万人", "城镇人口", period="年末"),
    ),
    case(
        "化学需氧量排放量1843吨，比上年减排62吨。",
        Fig("1843吨", "化学需氧量排放量"),
        Fig("62吨", "化学需氧量排放量", direction="down"),
    ),
    # the words before 占 name the part: no move of the share
    case("新增设站单位中民营企业占62.5%。", Fig("62.5%", "单位中民营企业")),
    # 新增 that names a kind of bond is no rise
    case(
        "全年发行新增债券1912.5亿元，同比增长9.8%。",
        Fig("1912.5亿元", "新增债券", period="全年"),
        Fig("9.8%", "新增债券", period="全年", direction="up"),
    ),
    # a figure written with a plus sign moved up, as one with a minus sign moved down
    case(
        "全市常住人口净流入+1.2万人，客运量同比+3.8%。",
        Fig("+1.2万人", "常住人口净流入", direction="up"),
        Fig("+3.8%", "客运量", direction="up"),
    ),
    # a recovery moved up, and its word is no part of the name
    case("利润反弹至12.3亿元。", Fig("12.3亿元", "利润", direction="up")),
    # a length of time shortened or lengthened moved
    case(
        "平均住院日7.2天，较上年缩短0.5天。",
        Fig("7.2天", "平均住院日"),
        Fig("0.5天", "平均住院日", direction="down"),
    ),
    case("平均住院日6.9天，缩短0.5天。", Fig("6.9天", "平均住院日"), Fig("0.5天", "平均住院日", direction="down")),
    case(
        "案件平均审理周期为38.6天，比上年缩短3.2天。",
        Fig("38.6天", "案件平均审理周期"),
        Fig("3.2天", "案件平均审理周期", direction="down"),
    ),
    # a direction word before 的 says which things are counted, not how the figure moved
    case(
        "全市38个县中，地区生产总值增长的县有35个，比上年增加3个。",
        Fig("38个", "县"),
        Fig("35个", "县"),
        Fig("3个", "县", direction="up"),
    ),
    case("营业收入增长的企业占62.3%。", Fig("62.3%", "企业")),
    case("房价环比下降的城市有64个。", Fig("64个", "城市")),
    # the figures inside 除…外 are the exception's own; a change's state after 的 is no name
    case(
        "除化肥、农膜价格分别上涨6.2%、3.5%外，其他农资价格基本稳定。",
        Fig("6.2%", "化肥价格", direction="up"),
        Fig("3.5%", "农膜价格", direction="up"),
    ),
    case(
        "出口从上年下降4.1%的低谷中回升，全年增长3.2%。",
        Fig("4.1%", "出口", period="从上年", direction="down"),
        Fig("3.2%", "出口", period="全年", direction="up"),
    ),
    # a change of price is a movement, and no part of the name
    case(
        "45种集采药品平均降价53%。",
        Fig("45种", "集采药品"),
        Fig("53%", "集采药品", direction="down"),
    ),
    # Hong Kong releases: 录得 (recorded) is a predicate, 首三季 a part of the year, and a
    # provisional estimate (临时估计) of a thing is no name of its own
    case(
        "二零二五年首三季，訪港旅客總數錄得3,560萬人次，與去年同期比較上升12%。",
        Fig("3,560萬人次", "訪港旅客總數", period="二零二五年首三季", years=(2025, 2025)),
        Fig("12%", "訪港旅客總數", period="二零二五年首三季", years=(2025, 2025), direction="up"),
    ),
    case(
        "零售業總銷貨價值的臨時估計為306億元，較去年同期下跌3.5%。",
        Fig("306億元", "零售業總銷貨價值"),
        Fig("3.5%", "零售業總銷貨價值", direction="down"),
    ),
    # against the normal of past years (常年): 偏多 and 偏高 moved up, 偏少 and 偏低 down
    case(
        "全年平均降水量987毫米，较常年偏少9%。",
        Fig("987毫米", "平均降水量", period="全年"),
        Fig("9%", "平均降水量", period="全年", direction="down"),
    ),
    case("年平均气温16.9℃，比常年偏高0.8℃。", Fig("16.9℃", "年平均气温"), Fig("0.8℃", "年平均气温", direction="up")),
    # a narrowing of a fall (收窄) is down and no part of the name, whatever jieba cuts
    case("降幅比上月收窄0.3个百分点。", Fig("0.3个百分点", "降幅", direction="down")),
    # a growth rate that sped up moved up; 加快 before a verb of building and its object says how
    # the building goes
    case("增速比上半年加快0.4个百分点。", Fig("0.4个百分点", "增速", direction="up")),
    # ... and a rate of change named alone after its indicator is that indicator's rate
    case(
        "全市工业投资下降2.6%，降幅比一季度收窄1.2个百分点。",
        Fig("2.6%", "工业投资", direction="down"),
        Fig("1.2个百分点", "工业投资降幅", direction="down"),
    ),
    case(
        "全省港口货物吞吐量增长8.4%，增速比上年回落3.1个百分点。",
        Fig("8.4%", "港口货物吞吐量", direction="up"),
        Fig("3.1个百分点", "港口货物吞吐量增速", direction="down"),
    ),
    case("加快建设科创生态岛和11个分岛。", Fig("11个", "分岛")),
    case(
        "其中，网上零售额4120亿元，增长12.3%。",
        Fig("4120亿元", "网上零售额"),
        Fig("12.3%", "网上零售额", direction="up"),
    ),
    # Taiwan's 成长 (growth) and 衰退; quarters named 第三季
    case(
        "第三季來臺旅客人次達350萬人次，較去年同期成長25%。",
        Fig("350萬人次", "來臺旅客人次", period="第三季"),
        Fig("25%", "來臺旅客人次", period="第三季", direction="up"),
    ),
    case("出口較上年衰退3.2%。", Fig("3.2%", "出口", direction="down")),
    # a verb whose object is a time is a predicate, not a name; 跌幅 after 的 names no subject
    case(
        "私人消费开支按年实质上升2.1%，扭转上一季1.8%的跌幅。",
        Fig("2.1%", "私人消费开支", direction="up"),
        Fig("1.8%", "私人消费开支", period="上一季"),
    ),
    case("全年工业投资负增长2%。", Fig("2%", "工业投资", period="全年", direction="down")),
    case("全市常住人口增至712.5万人。", Fig("712.5万人", "常住人口", direction="up")),
    case("单位能耗降至0.38吨标准煤。", Fig("0.38吨标准煤", "单位能耗", direction="down")),
    case("居民消费价格涨幅1.8%。", Fig("1.8%", "居民消费价格涨幅", direction="up")),
    case("研发投入增速高于全省平均3个百分点。", Fig("3个百分点", "研发投入增速")),
    # ...and so is 比 with another thing before 高, 快: a gap, whatever the name says; with a time, a move
    case(
        "全县农民人均可支配收入增速比全市快0.8个百分点，比上年加快0.3个百分点。",
        Fig("0.8个百分点", "农民人均可支配收入增速"),
        Fig("0.3个百分点", "农民人均可支配收入增速", direction="up"),
    ),
    case("全年经济增速为-2.1%。", Fig("-2.1%", "经济增速", period="全年", direction="down")),
    case("新建城市口袋公园86个。", Fig("86个", "城市口袋公园")),
    case("采用新工艺可节约钢材15%。", Fig("15%", "钢材", direction="down")),
    case("全市森林覆盖率达到45.3%。", Fig("45.3%", "森林覆盖率")),
    # A direction word compounded after a verb of building names the action, not a movement...
    case("全年改造提升农村公路86公里。", Fig("86公里", "农村公路", period="全年")),
    # ...while after a verb of comparing it is the movement (相当于减少 is down).
    case("相当于减少二氧化碳排放10.86万吨。", Fig("10.86万吨", "二氧化碳排放", direction="down")),
]

# Status: a goals section, target words, estimates, a review section.
STATUSES = [
    # what is needed (需) is a goal of its own clause only, no frame of the clauses after it
    case(
        "基层团组织活力仍需增强，全省三成左右的乡镇团委书记仍为兼职。",
        Fig("三成", "乡镇团委书记"),
    ),
    case("基层团组织仍需新建120个。", Fig("120个", "基层团组织", status="target")),
    # a section of plans, by any name (主要打算)
    case(
        "三、2027年工作主要打算\n全年组织协商活动25场以上，评选优秀提案40件左右。",
        Fig("25场", "协商活动", period="全年", years=(2027, 2027), status="target"),
        Fig("40件", "优秀提案", period="全年", years=(2027, 2027), status="target"),
        year=2026,
    ),
    # a goal reached (达到…目标) is no goal word; a requirement followed (根据…要求，) introduces no goals
    case(
        "8条入湖河流考核断面中，7个断面达到水质目标，达标率为87.5%。",
        Fig("8条", "入湖河流考核断面"),
        Fig("7个", "断面"),
        Fig("87.5%", "达标率"),
    ),
    case("根据省政府要求，全年新建学校12所。", Fig("12所", "学校", period="全年", years=(2025, 2025)), year=2025),
    case(
        "会议要求，全年新建学校12所。",
        Fig("12所", "学校", period="全年", years=(2025, 2025), status="target"),
        year=2025,
    ),
    # a section on progress or problems reviews results; one on what comes next sets goals; a
    # heading with words of both says what its name ends with (重点工作[推进情况]: results), unless
    # it joins two things (存在问题[及]下一步工作): each sentence's words tell
    case(
        "二、重点工作推进情况\n上半年，全省争取中央预算内投资286.4亿元，同比增长12.6%。",
        Fig("286.4亿元", "中央预算内投资", period="上半年"),
        Fig("12.6%", "中央预算内投资", period="上半年", direction="up"),
    ),
    case(
        "二、重点任务推进情况\n（二）完善类改造。新增停车位8642个。",
        Fig("8642个", "停车位", direction="up"),
    ),
    case(
        "三、存在的问题\n全县尚有76座桥梁需要加固改造，资金需求约4.5亿元。",
        Fig("76座", "桥梁"),
        Fig("4.5亿元", "资金需求"),
    ),
    case(
        "六、下一步工作\n新增ODR企业1000家以上，培育放心消费示范单位5000家。",
        Fig("1000家", "ODR企业", direction="up", status="target"),
        Fig("5000家", "放心消费示范单位", status="target"),
    ),
    case(
        "三、存在问题及下一步工作\n全市PM2.5平均浓度为38微克/立方米。力争全年优良天数达到225天。",
        Fig("38微克/立方米", "PM2.5平均浓度"),
        Fig("225天", "优良天数", period="全年", status="target"),
    ),
    # a goal word after a time is read as the sentence's words are, the time cut off (本年度|计划)
    case(
        "已腾出仓容280万吨，本年度计划再腾库540万吨。",
        Fig("280万吨", "仓容"),
        Fig("540万吨", "腾库", period="本年度", status="target"),
    ),
    # a plan told in a review section is a goal, whatever the heading: the plan word before the
    # figure in its clause, no figure and no result word between
    case(
        "二、重点任务推进情况\n全年计划新建学校12所，已建成10所。",
        Fig("12所", "学校", period="全年", status="target"),
        Fig("10所", "学校", period="全年"),
    ),
    case(
        "六、存在问题与建议\n部分市民出行受到影响。建议力争赛事带动综合消费突破15亿元。",
        Fig("15亿元", "赛事带动综合消费", status="target"),
    ),
    # a year still to come under a review heading is a goal's: no result can be told for it
    case(
        "一、工作回顾\n全市新建学校12所。2027年，全市新建学校15所。",
        Fig("12所", "学校"),
        Fig("15所", "学校", period="2027年", years=(2027, 2027), status="target"),
        year=2026,
    ),
    case("二、重点任务推进情况\n全省年度计划投资1320亿元。", Fig("1320亿元", "投资", status="target")),
    # a goal noun jieba glues to a time (年度计划) is a goal word
    case(
        "全省安排重点项目236个，年度计划投资1320亿元。",
        Fig("236个", "重点项目"),
        Fig("1320亿元", "投资", status="target"),
    ),
    # a goal's value: after a goal noun and a copula, or right after the noun with 的 after the
    # figure; in a review section too. The goal noun sets no goal for the figures after its value
    case(
        "国家下达我省的耕地保有量目标为3925万亩，年末全省耕地面积4010万亩。",
        Fig("3925万亩", "耕地保有量", status="target"),
        Fig("4010万亩", "耕地面积", period="年末"),
    ),
    case(
        "一、工作成效\n全年新筹集保障性租赁住房2.31万套，完成年度目标任务2.5万套（间）的92.4%。",
        Fig("2.31万套", "保障性租赁住房", period="全年"),
        Fig("2.5万套", "年度目标任务", period="全年", status="target"),
        Fig("92.4%", "年度目标任务", period="全年"),
    ),
    # a goal noun after a word of comparing is what the figure is set against; after a word of
    # following, the plan followed: no goal
    case(
        "全市地区生产总值增长6.1%，高于年度目标1.1个百分点。",
        Fig("6.1%", "地区生产总值", direction="up"),
        Fig("1.1个百分点", "地区生产总值"),
    ),
    case("项目按照计划完成投资50亿元。", Fig("50亿元", "投资")),
    # a goal noun right after a figure makes it the goal's value; a goal word that ends a quoted
    # name is part of the name
    case(
        "“十四五”前四年累计下降13.9%，完成“十四五”下降19.5%目标的71.3%。",
        Fig("13.9%", None, period="“十四五”", years=(2021, 2025), direction="down"),
        Fig("19.5%", None, period="“十四五”", years=(2021, 2025), direction="down", status="target"),
        Fig("71.3%", None, period="“十四五”", years=(2021, 2025)),
    ),
    case(
        "入选国家“博士后创新人才支持计划”27人。",
        Fig("27人", "国家“博士后创新人才支持计划”"),
    ),
    # a goal's value after the words of meeting the goal measures the topic the clause goes on with
    case(
        "2025年，全省城镇新增就业78.6万人，超额完成年度目标任务（70万人）。",
        Fig("78.6万人", "城镇新增就业", period="2025年", years=(2025, 2025), direction="up"),
        Fig("70万人", "城镇新增就业", period="2025年", years=(2025, 2025), status="target"),
    ),
    case(
        "全省单位地区生产总值能耗比上年下降3.4%，超额完成年度下降3%左右的目标任务。",
        Fig("3.4%", "单位地区生产总值能耗", direction="down"),
        Fig("3%", "单位地区生产总值能耗", direction="down", status="target"),
    ),
    # so does by how much a goal was beaten, the figure right after the goal noun a verb of beating takes
    case(
        "全市脱贫人口务工规模21.5万人，超过年度目标任务0.8万人。",
        Fig("21.5万人", "脱贫人口务工规模"),
        Fig("0.8万人", "脱贫人口务工规模"),
    ),
    case(
        "全年完成投资120亿元，超出目标任务10亿元。",
        Fig("120亿元", "投资", period="全年", years=(2026, 2026)),
        Fig("10亿元", "投资", period="全年", years=(2026, 2026)),
        year=2026,
    ),
    # rates named by a word jieba takes for no verb (及时/c 率/v) are words of their own
    case(
        "数据报送及时率和合规率分别达到98.7%和97.9%。",
        Fig("98.7%", "数据报送及时率"),
        Fig("97.9%", "合规率"),
    ),
    # in a section of outlook, a figure dated up to now (截至) has been reached
    case(
        "五、安全运营与下月展望\n截至10月底，全市城市轨道交通累计客运量突破30亿人次。11月，预计客运量达到1.6亿人次。",
        Fig("30亿人次", "城市轨道交通累计客运量", period="截至10月底", years=(2026, 2026)),
        Fig("1.6亿人次", "客运量", period="11月", years=(2026, 2026), status="target"),
        year=2026,
    ),
    # a document that sets out a horizon (提出到2027年底) sets goals
    case(
        "《措施》共6个方面28条，提出到2027年底，全市企业开办时间压缩至1个工作日以内，政务服务事项网上可办率达到100%。",
        Fig("6个方面", None),
        Fig("28条", None),
        Fig("1个工作日", "企业开办时间", period="到2027年底", years=(2027, 2027), direction="down", status="target"),
        Fig("100%", "政务服务事项网上可办率", period="到2027年底", years=(2027, 2027), status="target"),
    ),
    case("全市森林覆盖率提升至45%。", Fig("45%", "森林覆盖率", direction="up")),
    # an outlook section (展望) forecasts: its figures are targets, dated by its heading's year
    # where a season (汛期) names none
    case(
        "2025年全市气候公报\n一、气候概况\n2025年，全市年平均气温23.4℃。\n"
        "二、2026年气候趋势展望\n预计全市年平均气温22.9～23.4℃；汛期（4—9月）降水量较常年偏少1成左右。",
        Fig("23.4℃", "年平均气温", period="2025年", years=(2025, 2025)),
        Fig("22.9～23.4℃", "年平均气温", period="2026年", years=(2026, 2026), status="target"),
        Fig("1成", "降水量", period="汛期（4—9月）", years=(2026, 2026), direction="down", status="target"),
        year=2026,
    ),
    # a line that opens with a clause mark goes on with the line before (a PDF copy's wrap)
    case(
        "2025年交通运输统计公报\n全省交通投资2313.6亿元，占80.9%。2026年\n，全省力争完成交通投资2200亿元左右。",
        Fig("2313.6亿元", "交通投资", period="2025年", years=(2025, 2025)),
        Fig("80.9%", "交通投资", period="2025年", years=(2025, 2025)),
        Fig("2200亿元", "交通投资", period="2026年", years=(2026, 2026), status="target"),
        year=2026,
    ),
    # a bracketed value of a goal (年度目标任务（70万人）) is an aside: it measures the topic (the
    # goal is new jobs), the figures after it go on with the topic, and a share of the goal keeps it
    # as its base
    case(
        "全年城镇新增就业92.4万人，完成年度目标任务（70万人）的132%，比上年多增3.1万人。",
        Fig("92.4万人", "城镇新增就业", period="全年", direction="up"),
        Fig("70万人", "城镇新增就业", period="全年", status="target"),
        Fig("132%", "城镇新增就业", base="年度目标任务", period="全年"),
        Fig("3.1万人", "城镇新增就业", period="全年", direction="up"),
    ),
    # a class of a year (2026届) dates the figures of its sentence
    case(
        "据初步统计，2026届全省高校毕业生预计达到48.5万人，比上年增加1.7万人。今年新增就业岗位5万个。",
        Fig("48.5万人", "高校毕业生", period="2026届", years=(2026, 2026), status="target"),
        Fig("1.7万人", "高校毕业生", period="2026届", years=(2026, 2026), direction="up", status="target"),
        Fig("5万个", "就业岗位", period="今年", years=(2026, 2026), direction="up"),
        year=2026,
    ),
    # a draft budget's section (预算草案) plans: its figures are targets
    case(
        "二、2026年预算草案\n全市一般公共预算支出安排498.6亿元，下降2.7%。",
        Fig("498.6亿元", "一般公共预算支出", period="2026年", years=(2026, 2026), status="target"),
        Fig("2.7%", "一般公共预算支出", period="2026年", years=(2026, 2026), direction="down", status="target"),
        year=2026,
    ),
    # a goal set in the text outweighs a past year carried from its title; the year after a
    # review (新的一年) is a period of its own
    case(
        "2025年全市热线运行情况\n下一步，力争群众满意率达到95%以上。",
        Fig("95%", "群众满意率", period="2025年", years=(2025, 2025), status="target"),
        year=2026,
    ),
    case(
        "2025年全市热线运行情况\n新的一年，全市将新增就业岗位5万个。",
        Fig("5万个", "就业岗位", period="新的一年", years=(2026, 2026), direction="up", status="target"),
        year=2026,
    ),
    # a plan denied (无计划) sets no goal
    # a goal word naming the whole of a share (占计划…的) is no goal word; nor is an index of expectations
    case(
        "截至5月11日，全省已播种农作物5238万亩，占计划播种面积的56.4%，进度比上年同期快4.2个百分点。",
        Fig("5238万亩", "农作物", period="截至5月11日"),
        Fig("56.4%", "农作物", base="计划播种面积", period="截至5月11日"),
        Fig("4.2个百分点", "进度", period="截至5月11日", direction="up"),
    ),
    case(
        "生产经营活动预期指数为53.8%，比上月上升1.3个百分点。",
        Fig("53.8%", "生产经营活动预期指数"),
        Fig("1.3个百分点", "生产经营活动预期指数", direction="up"),
    ),
    # a place's variants in brackets end its name, the place with them whatever jieba tags it
    case(
        "全省水产品产量超过10万吨的县（市、区）有14个，比上年增加2个。",
        Fig("10万吨", "水产品产量"),
        Fig("14个", "县（市、区）"),
        Fig("2个", "县（市、区）", direction="up"),
    ),
    case("年末全省共有乡镇（街道）1326个。", Fig("1326个", "乡镇（街道）", period="年末")),
    # a group's share keeps the clause before 的 that says which group, its opening verb too
    case(
        "反映资金紧张的企业占比为26.3%，比上月上升0.5个百分点。",
        Fig("26.3%", "反映资金紧张的企业占比"),
        Fig("0.5个百分点", "反映资金紧张的企业占比", direction="up"),
    ),
    case("具有研究生学位的专任教师占比达到81.4%。", Fig("81.4%", "具有研究生学位的专任教师占比")),
    # a goal word that ends a short quoted name names a programme, no goal
    case("通过“春蕾计划”资助女童620名。", Fig("620名", "女童")),
    # a cause names what it caused (雷击引发5起: fires caused by lightning)
    case(
        "全年发生森林火灾23起，其中雷击引发5起、农事用火引发11起。",
        Fig("23起", "森林火灾", period="全年"),
        Fig("5起", "雷击", period="全年"),
        Fig("11起", "农事用火", period="全年"),
    ),
    # a decision made (作出…决定) is no goal word; a decision to act still is
    case("全年依法作出不起诉决定326人。", Fig("326人", "起诉", period="全年")),
    case(
        "会议决定，全年新增就业10万人。",
        Fig("10万人", "就业", period="全年", direction="up", status="target"),
    ),
    # the change nouns 升幅 and 降幅 name the index's rate; an amount after them is the index's
    case(
        "价格指数为96.8点，环比上升1.2点，升幅1.3%；同比下降4.1点，降幅4.0%。",
        Fig("96.8点", "价格指数"),
        Fig("1.2点", "价格指数", direction="up"),
        Fig("1.3%", "价格指数升幅", direction="up"),
        Fig("4.1点", "价格指数", direction="down"),
        Fig("4.0%", "价格指数降幅", direction="down"),
    ),
    case(
        "2025年全省预算执行情况\n3个部门无计划组织出国4批次。",
        Fig("3个", "部门", period="2025年", years=(2025, 2025)),
        Fig("4批次", "出国", period="2025年", years=(2025, 2025)),
        year=2026,
    ),
    # a horizon (到2030年) with a goal word before the figure in its sentence dates goals, in the
    # parts of the sentence after the goal word's too; without one it dates results
    case(
        "到2030年，全省地区生产总值力争突破8万亿元；常住人口城镇化率达到72%。",
        Fig("8万亿元", "地区生产总值", period="到2030年", years=(2030, 2030), status="target"),
        Fig("72%", "常住人口城镇化率", period="到2030年", years=(2030, 2030), status="target"),
    ),
    case(
        "到2025年底，全市共有5G基站1.2万个；行政村通光纤比例达到100%。",
        Fig("1.2万个", "5G基站", period="到2025年底", years=(2025, 2025)),
        Fig("100%", "行政村通光纤比例", period="到2025年底", years=(2025, 2025)),
    ),
    # a goal word before a verb of seeing asks the reader to take a fact in: no goal
    case(
        "我们要清醒地看到，全市工业投资下降5.2%。",
        Fig("5.2%", "工业投资", direction="down"),
    ),
    case("要认识到，全市民间投资下降3.1%。", Fig("3.1%", "民间投资", direction="down")),
    # a verb that introduces what a plan says, before a comma, makes its figures goals; with an
    # object of its own it says nothing of status
    case(
        "《实施方案》提出，到2028年，全市数据中心机架数达到3.5万架。",
        Fig("3.5万架", "数据中心机架数", period="到2028年", years=(2028, 2028), status="target"),
    ),
    case("全年提出合理化建议860条。", Fig("860条", "合理化建议", period="全年")),
    # ...nor where the frame word is a noun (全面部署/n), or what is counted is the plan's own
    case("《行动方案》对治理工作进行了全面部署，提出了12方面重点任务。", Fig("12方面", "重点任务")),
    # a sentence that opens with 其中 breaks down the goal before it, unless it says a result
    case(
        "今年计划实施市级重点项目420个。其中，产业项目268个，年度计划投资610亿元。",
        Fig("420个", "市级重点项目", period="今年", years=(2026, 2026), status="target"),
        Fig("268个", "产业项目", period="今年", years=(2026, 2026), status="target"),
        Fig("610亿元", "投资", period="今年", years=(2026, 2026), status="target"),
        year=2026,
    ),
    # ...and so does one that opens with 同时 (at the same time), adding to the goals before; after
    # results it adds results
    case(
        "今年，我们的目标是全社会研发投入强度达到3%左右。同时，新建省级以上创新平台15个。",
        Fig("3%", "全社会研发投入强度", period="今年", years=(2026, 2026), status="target"),
        Fig("15个", "省级以上创新平台", period="今年", years=(2026, 2026), status="target"),
        year=2026,
    ),
    case(
        "2025年，全市新建5G基站1.2万个。同时，新增充电桩3000个。",
        Fig("1.2万个", "5G基站", period="2025年", years=(2025, 2025)),
        Fig("3000个", "充电桩", period="2025年", years=(2025, 2025), direction="up"),
        year=2026,
    ),
    case(
        "今年计划实施市级重点项目420个。其中，已开工398个。",
        Fig("420个", "市级重点项目", period="今年", years=(2026, 2026), status="target"),
        Fig("398个", "市级重点项目", period="今年", years=(2026, 2026)),
        year=2026,
    ),
    case(
        "该园区总投资60亿元，建成后年产值可达150亿元。",
        Fig("60亿元", "园区总投资"),
        Fig("150亿元", "产值", status="target"),
    ),
    case(
        "二期工程投产后，新增产能30万吨。",
        Fig("30万吨", "产能", direction="up", status="target"),
    ),
    case(
        "一期工程建成后已接待游客86万人次。",
        Fig("86万人次", "游客"),
    ),
    case(
        "全市城镇调查失业率为4.9%，低于5.5%左右的预期目标。",
        Fig("4.9%", "城镇调查失业率"),
        Fig("5.5%", "城镇调查失业率", status="target"),
    ),
    case(
        "全年新增造林面积26万亩，超过25万亩的年度目标。",
        Fig("26万亩", "造林面积", period="全年", direction="up"),
        Fig("25万亩", "造林面积", period="全年", status="target"),
    ),
    case(
        "城镇登记失业率2.8%，控制在4%的年度目标以内。",
        Fig("2.8%", "城镇登记失业率"),
        Fig("4%", "城镇登记失业率", status="target"),
    ),
    # relative years say where they stand from the year of writing even where it is unknown:
    # a forecast of this year and anything of next year are goals, last year's results
    case(
        "今年经济成长率预测为3.8%，明年为2.9%。",
        Fig("3.8%", "经济成长率", period="今年", status="target"),
        Fig("2.9%", "经济成长率", period="明年", status="target"),
    ),
    case("去年全市生产总值增长5%。", Fig("5%", "生产总值", period="去年", direction="up")),
    # a goal word inside an indicator's name is no goal: 人均[预期]寿命
    case(
        "居民人均预期寿命达到80.2岁，比上年提高0.4岁。",
        Fig("80.2岁", "居民人均预期寿命"),
        Fig("0.4岁", "居民人均预期寿命", direction="up"),
    ),
    case("力争人均预期寿命达到80.5岁。", Fig("80.5岁", "人均预期寿命", status="target")),
    case(
        "今年主要预期目标是：全市生产总值增长5.5%左右；城镇调查失业率5.5%以内。",
        Fig("5.5%", "生产总值", period="今年", direction="up", status="target"),
        Fig("5.5%", "城镇调查失业率", period="今年", status="target"),
    ),
    case(
        "三、2026年重点任务\n新增城镇就业6万人以上。",
        Fig("6万人", "城镇就业", period="2026年", years=(2026, 2026), direction="up", status="target"),
    ),
    case(
        "一、2025年工作回顾\n争取中央预算内投资增长12.4%。",
        Fig("12.4%", "中央预算内投资", period="2025年", years=(2025, 2025), direction="up"),
    ),
    case("力争全年粮食产量稳定在300万吨以上。", Fig("300万吨", "粮食产量", period="全年", status="target")),
    case("预计全年接待游客8600万人次。", Fig("8600万人次", "游客", period="全年")),
    case(
        "预计到2030年，全市常住人口达到850万人。",
        Fig("850万人", "常住人口", period="到2030年", years=(2030, 2030), status="target"),
        year=2026,
    ),
    case("主要饮用水源水质达标率100%。", Fig("100%", "主要饮用水源水质达标率")),
    case(
        "计划投资120亿元，已完成投资96亿元。",
        Fig("120亿元", "投资", status="target"),
        Fig("96亿元", "投资"),
    ),
    case(
        "2025年底前，全市装配式建筑面积占比达40%。",
        Fig("40%", "装配式建筑面积占比", period="2025年底前", years=(2025, 2025), status="target"),
    ),
    # A title that opens with a deadline is no numbered section: its deadline dates its own line only.
    case(
        "2025年底前全省装配式建筑占新建建筑面积比例达30%\n发展装配式建筑有利于减少环境污染。\n\n"
        "相比传统现浇方式，采用装配式可节约木材60%。",
        Fig("30%", "装配式建筑", base="新建建筑面积", period="2025年底前", years=(2025, 2025), status="target"),
        Fig("60%", "木材", direction="down"),
    ),
    # A numbered heading (1. or 1、) is a section, and its year dates the figures under it.
    case(
        "1. 2025年重点任务\n新增城镇就业6万人以上。",
        Fig("6万人", "城镇就业", period="2025年", years=(2025, 2025), direction="up", status="target"),
    ),
    # A title that names its time dates the figures nothing nearer dates (a section over all).
    case(
        "2025年全市水利发展统计公报\n全市水库年末蓄水总量12.6亿立方米。\n\n新建农村供水工程86处。",
        Fig("12.6亿立方米", "蓄水总量", period="年末", years=(2025, 2025)),
        Fig("86处", "农村供水工程", period="2025年", years=(2025, 2025)),
    ),
    case(
        "2026年8月全市居民消费价格变动情况\n全市居民消费价格同比上涨0.6%。\n\n服务价格上涨1.1%。",
        Fig("0.6%", "居民消费价格", period="2026年8月", years=(2026, 2026), direction="up"),
        Fig("1.1%", "服务价格", period="2026年8月", years=(2026, 2026), direction="up"),
    ),
    # ...a sentence's own time and a numbered heading's come first.
    case(
        "2025年全市交通运输统计公报\n2024年全市公路总里程2.1万公里。\n\n港口货物吞吐量3.1亿吨。\n"
        "二、2026年主要任务\n新建农村公路300公里。",
        Fig("2.1万公里", "公路总里程", period="2024年", years=(2024, 2024)),
        Fig("3.1亿吨", "港口货物吞吐量", period="2025年", years=(2025, 2025)),
        Fig("300公里", "农村公路", period="2026年", years=(2026, 2026), status="target"),
    ),
    # a heading of work goals (主要工作目标) opens a goals section, whatever year the text is read in
    case(
        "一、2025年工作回顾\n\n全年新设经营主体11.8万户，全市市场监管系统持续优化营商环境，经营主体活力不断增强。"
        "\n\n六、2026年主要工作目标\n\n经营主体总量突破90万户。",
        Fig("11.8万户", "新设经营主体", period="全年", years=(2025, 2025)),
        Fig("90万户", "经营主体总量", period="2026年", years=(2026, 2026), status="target"),
        year=2026,
    ),
    # 当月 right after a month restates it as that month alone: one period, for its own sentence; the
    # sentences after go back to the months to date
    case(
        "１—１１月，省属企业累计实现营业总收入１２８５６．７亿元。其中，11月当月实现营业总收入1268.4亿元。"
        "营业收入利润率为4.56%。",
        Fig("１２８５６．７亿元", "营业总收入", period="１—１１月", years=(2025, 2025)),
        Fig("1268.4亿元", "营业总收入", period="11月当月", years=(2025, 2025)),
        Fig("4.56%", "营业收入利润率", period="１—１１月", years=(2025, 2025)),
        year=2025,
    ),
    # A headline's 今年, a title with two years, a work report's year of session: no period.
    case("今年全市春耕备耕进展顺利\n全市已储备化肥3.2万吨。", Fig("3.2万吨", "储备化肥")),
    case(
        "关于2025年预算执行情况和2026年预算草案的报告\n全市民生支出占一般公共预算支出的80%。",
        Fig("80%", "民生支出", base="一般公共预算支出"),
    ),
    case("某县2026年政府工作报告\n全县新增城镇就业5320人。", Fig("5320人", "城镇就业", direction="up")),
    # ...but a year a report covers (2025年度) is what it reports on, whatever kind of report
    case(
        "关于2025年度省级预算执行的审计工作报告\n——2026年7月28日在省人大常委会会议上\n省审计厅\n\n"
        "审计发现，3个部门无预算支出4.52亿元。",
        Fig("3个", "部门", period="2025年", years=(2025, 2025)),
        Fig("4.52亿元", "部门无预算支出", period="2025年", years=(2025, 2025)),
    ),
    # A headline with its figures (a colon, decimals) is a title too.
    case(
        "中原智装发布2025年年度报告：净利润同比增长12.41%\n\n报告期内，公司实现营业收入386.42亿元。\n\n公司研发投入18.9亿元。",
        Fig("12.41%", "净利润", period="2025年", years=(2025, 2025), direction="up"),
        Fig("386.42亿元", "公司营业收入", period="报告期内", years=(2025, 2025)),
        Fig("18.9亿元", "公司研发投入", period="2025年", years=(2025, 2025)),
    ),
    # A first sentence with no figure that announces the text's time does what a title would;
    # the day of the event it tells of dates nothing after it.
    case(
        "全年受理群众诉求586.7万件\n\n1月15日上午，市政府新闻办召开新闻发布会，通报2025年全市热线运行情况。\n\n"
        "从受理渠道看，电话渠道受理381.2万件。",
        Fig("586.7万件", "群众诉求", period="全年", years=(2026, 2026)),
        Fig("381.2万件", "电话渠道受理", period="2025年", years=(2025, 2025)),
        year=2026,
    ),
    # ...under a web page's byline too, whose time of day is no number cut by the line break;
    # the figures under a subheading that names no time take the text's time
    case(
        "关于全市热线运行情况的通报\n来源：市政务服务和数据管理局　　发布时间：2026-01-15 10:30\n\n"
        "1月15日上午，市政府新闻办召开新闻发布会，通报2025年全市12345热线运行情况。\n\n"
        "网络渠道占比持续提升\n从受理渠道看，网络渠道受理205.5万件。",
        Fig("205.5万件", "网络渠道受理", period="2025年", years=(2025, 2025)),
        year=2026,
    ),
    case(
        "全市教育工作情况\n2026年7月28日\n\n全市新建学校3所。",
        Fig("3所", "学校"),
    ),
    # a web page copied as text: its menu and breadcrumb are no title; a holiday titles the text
    case(
        "首页 | 机构概况 | 政务公开 | 文旅资讯\n当前位置：首页 > 文旅资讯\n国庆假期我市文旅消费升温\n\n"
        "据统计，全市共接待游客682.4万人次。\n\n文旅消费持续活跃，夜间客流量达到326万人次。",
        Fig("682.4万人次", "游客", period="国庆假期", years=(2026, 2026)),
        Fig("326万人次", "客流量", period="国庆假期", years=(2026, 2026)),
        year=2026,
    ),
    # ...but a title with its figures' time over a byline is the title still
    case(
        "2025年1—11月全市房地产市场运行情况\n发布时间：2025-12-17　　来源：市统计局　　浏览次数：\n\n"
        "一、房地产开发投资\n全市房地产开发投资1862.4亿元，同比下降9.6%。",
        Fig("1862.4亿元", "房地产开发投资", period="2025年1—11月", years=(2025, 2025)),
        Fig("9.6%", "房地产开发投资", period="2025年1—11月", years=(2025, 2025), direction="down"),
        year=2026,
    ),
    # ...and the site's name over its menu; a title set with a space between its characters
    case(
        "市统计局\n首页 | 统计数据 | 数据发布\n当前位置：首页 > 数据发布\n1 — 1 0 月 份 全 市 工 业 生 产 情 况\n\n"
        "一、工业生产\n全市规模以上工业增加值同比增长7.1%。",
        Fig("7.1%", "规模以上工业增加值", period="1 — 1 0 月 份", years=(2026, 2026), direction="up"),
        year=2026,
    ),
    # ...and a site's name over a menu set one item a line
    case(
        "市物流协会\nCity Logistics Association\n首页\n新闻中心\n统计数据\n联系我们\n当前位置：首页 > 统计数据\n"
        "2025年1—10月全市物流运行情况\n发布时间：2025-11-21\n\n从构成看，工业品物流总额263.5万亿元。",
        Fig("263.5万亿元", "工业品物流总额", period="2025年1—10月", years=(2025, 2025)),
        year=2026,
    ),
    # a letterhead and the document's number over the title: the title is the third line
    case(
        "洛阳市城市更新办公室\n\n洛更新办〔2025〕23号\n\n关于2025年1—9月全市老旧小区改造进展情况的通报\n\n"
        "各县（市、区）：\n（二）完善类改造。新增停车位8642个。",
        Fig("8642个", "停车位", period="2025年1—9月", years=(2025, 2025), direction="up"),
        year=2026,
    ),
    # ...or its issue and the issuer's line with the day: the title is under them
    case(
        "民航运输生产简报\n2024年第11期（总第263期）\n机场集团有限责任公司　　2024年12月12日\n\n"
        "2024年1—11月全省民航运输生产情况\n\n二、分机场情况\n支线机场合计完成旅客吞吐量1700.1万人次。",
        Fig("1700.1万人次", "支线机场旅客吞吐量", period="2024年1—11月", years=(2024, 2024)),
    ),
    # a letterhead (no number) over the title: the title is the second line
    case(
        "东 川 省 卫 生 健 康 委 员 会\n东川省2025年10月法定传染病疫情概况\n发布日期：2025-11-18\n\n"
        "一、乙类传染病\n乙类传染病共报告发病16215例。",
        Fig("16215例", "报告发病", period="2025年10月", years=(2025, 2025)),
    ),
    # A review heading near the top says the report was written the year after the one it reviews.
    case(
        "各位代表：\n一、2025年工作回顾\n过去一年，全省地区生产总值增长5.3%。\n二、主要目标\n今年全省地区生产总值增长5%左右。",
        Fig("5.3%", "地区生产总值", period="过去一年", years=(2025, 2025), direction="up"),
        Fig("5%", "地区生产总值", period="今年", years=(2026, 2026), direction="up", status="target"),
    ),
    # A level reached is no name (迈上, which jieba cuts in two).
    case(
        "全省地区生产总值迈上3万亿元台阶。",
        Fig("3万亿元", "地区生产总值"),
    ),
    # A text that names the year it reports on, and not when it was written, calls that year 今年
    # (its spans, 五年来, stay unknown: they count back from a year of writing it does not give).
    case(
        "2026年全省就业工作新闻发布会\n今年1—10月，全省城镇新增就业68.4万人。",
        Fig("68.4万人", "城镇新增就业", period="今年1—10月", years=(2026, 2026), direction="up"),
    ),
    case(
        "某县2025年工作总结\n五年来，全县新建公路120公里。",
        Fig("120公里", "公路", period="五年来"),
    ),
    # A list of quarters written short pairs with listed figures, each quarter as its numeral...
    case(
        "一、二、三季度，全市进出口分别增长4.1%、5.2%和5.6%。",
        Fig("4.1%", "进出口", period="一", years=(2026, 2026), direction="up"),
        Fig("5.2%", "进出口", period="二", years=(2026, 2026), direction="up"),
        Fig("5.6%", "进出口", period="三季度", years=(2026, 2026), direction="up"),
        year=2026,
    ),
    case(
        "2024年一、二季度，全省工业增加值分别增长6.1%和5.4%。",
        Fig("6.1%", "工业增加值", period="一", years=(2024, 2024), direction="up"),
        Fig("5.4%", "工业增加值", period="二季度", years=(2024, 2024), direction="up"),
    ),
    # ...and a figure of its own after such a list is in the last quarter's, as written
    case(
        "一、二季度全市工业增加值增长5%。",
        Fig("5%", "工业增加值", period="二季度", years=(2026, 2026), direction="up"),
        year=2026,
    ),
    # A period still to come cannot have a result yet, whatever the verb.
    case(
        "到2030年，全市森林覆盖率达到48%。城市建成区绿地率41%。",
        Fig("48%", "森林覆盖率", period="到2030年", years=(2030, 2030), status="target"),
        Fig("41%", "城市建成区绿地率", period="到2030年", years=(2030, 2030), status="target"),
        year=2026,
    ),
    # A plan period that ends after the year of writing is still to come...
    case(
        "“十五五”时期，全市新增城镇就业30万人。",
        Fig("30万人", "城镇就业", period="“十五五”时期", years=(2026, 2030), direction="up", status="target"),
        year=2026,
    ),
    # ...unless the sentence says the work is done.
    case(
        "2025年至2027年，全市已完成投资120亿元。",
        Fig("120亿元", "投资", period="2025年至2027年", years=(2025, 2027)),
        year=2026,
    ),
    # The same sentence in a bulletin written after 2030 reports a result.
    case(
        "到2030年，全市森林覆盖率达到48%。",
        Fig("48%", "森林覆盖率", period="到2030年", years=(2030, 2030)),
        year=2031,
    ),
    # An estimate of the year of writing is a forecast of a year still running: a target...
    case(
        "预计今年全市地区生产总值增长5%左右。",
        Fig("5%", "地区生产总值", period="今年", years=(2026, 2026), direction="up", status="target"),
        year=2026,
    ),
    # ...an estimate of a year that has ended is a result.
    case(
        "2025年全市地区生产总值预计增长5.2%。",
        Fig("5.2%", "地区生产总值", period="2025年", years=(2025, 2025), direction="up"),
        year=2026,
    ),
    # 将 before a verb that opens a clause (新建, tagged a place name by jieba) is "will".
    case("我们将新建改建学校20所。", Fig("20所", "学校", status="target")),
    # A goal noun before a verb is no part of the name (计划 实施重点项目).
    case(
        "全年计划实施重点项目300个，目前已开工210个。",
        Fig("300个", "重点项目", period="全年", status="target"),
        Fig("210个", "重点项目", period="目前"),
    ),
    # 目前 says the figure is in hand, even after a target word of the sentence.
    case(
        "共需化肥12万吨，目前准备量只占需要量的29%。",
        Fig("12万吨", "化肥", status="target"),
        Fig("29%", "准备量", base="需要量", period="目前"),
    ),
    case(
        "截至目前，全省累计建成充电桩1.2万台。",
        Fig("1.2万台", "充电桩", period="截至目前"),
    ),
    # a goal noun after 的 may be a compound noun of its own
    case(
        "全年城镇调查失业率平均为5.2%，低于5.5%的控制目标。",
        Fig("5.2%", "城镇调查失业率", period="全年", years=(2026, 2026)),
        Fig("5.5%", "城镇调查失业率", period="全年", years=(2026, 2026), status="target"),
        year=2026,
    ),
    # a plan word before a verb that opens a clause is a goal word, whatever jieba tags the
    # verb (新建/ns)
    case("计划新建社区食堂120个。", Fig("120个", "社区食堂", status="target")),
    # a result said after the goal holds for the figures after it in its part of the sentence
    case(
        "今年计划改造老旧小区320个，目前已完工275个，完工率85.9%。",
        Fig("320个", "老旧小区", period="今年", years=(2026, 2026), status="target"),
        Fig("275个", "老旧小区", period="目前", years=(2026, 2026)),
        Fig("85.9%", "完工率", period="目前", years=(2026, 2026)),
        year=2026,
    ),
    # 实际 and a verb of result say a result, even in words jieba cuts apart
    case(
        "全年计划新增就业8万人，实际新增9.2万人，完成计划的115%。",
        Fig("8万人", "就业", period="全年", direction="up", status="target"),
        Fig("9.2万人", "就业", period="全年", direction="up"),
        Fig("115%", "就业", base="计划", period="全年"),
    ),
    # a plan as the whole of a share is no goal word: 占[计划]的
    case(
        "计划投资48亿元，已完成投资41亿元，占计划的85.4%。",
        Fig("48亿元", "投资", status="target"),
        Fig("41亿元", "投资"),
        Fig("85.4%", "投资", base="计划"),
    ),
]

# Hong Kong, Macau and Taiwan releases: traditional characters are read as simplified
# ones, and subjects and periods are quoted as written.
TRADITIONAL = [
    case(
        "二〇二五年第三季本地生產總值按年實質上升3.8%。",
        Fig("3.8%", "本地生產總值", period="二〇二五年第三季", years=(2025, 2025), direction="up"),
    ),
    case(
        "二〇二五年首九個月，訪港旅客總數達3210萬人次，按年增加12.4%，其中內地旅客佔約76%。",
        Fig("3210萬人次", "訪港旅客總數", period="二〇二五年首九個月", years=(2025, 2025)),
        Fig("12.4%", "訪港旅客總數", period="二〇二五年首九個月", years=(2025, 2025), direction="up"),
        Fig("76%", "內地旅客", base="訪港旅客總數", period="二〇二五年首九個月", years=(2025, 2025)),
    ),
    case(
        "失業率由上一期的3.6%下跌至3.4%，就業不足率維持在1.3%。",
        Fig("3.6%", "失業率", period="由上一期"),
        Fig("3.4%", "失業率", direction="down"),
        Fig("1.3%", "就業不足率"),
    ),
    case(
        "零售業總銷貨價值臨時估計為310億元，較去年同期下跌2.1%。",
        Fig("310億元", "零售業總銷貨價值"),
        Fig("2.1%", "零售業總銷貨價值", direction="down"),
    ),
    case("經季節性調整後，本地生產總值按季上升0.9%。", Fig("0.9%", "本地生產總值", direction="up")),
    case("全港出口貨值按月下跌2.1%。", Fig("2.1%", "出口貨值", direction="down")),
    # 頭 and 個月 are read as 头 and 个月: the first months of a year
    case("今年頭三個月，出口貨值按年上升5%。", Fig("5%", "出口貨值", period="今年頭三個月", direction="up")),
]

# Once known failures, fixed: bonds jieba cut into adverbs (a dictionary word now), and items
# that each have a head of their own (人次) listed without 分别
FIXED_FAILURES = [
    # a count's noun followed by a clause of its own was read on into it (14个地市[电网负荷]创…); a count
    # after a whole named with 中 now counts the whole's things
    case("全省16个地市中有12个地市用电负荷创历史新高。", Fig("16个", "地市"), Fig("12个", "地市")),
    case(
        "中央预算内投资、超长期特别国债分别增长64.8%、42.5%。",
        Fig("64.8%", "中央预算内投资", direction="up"),
        Fig("42.5%", "超长期特别国债", direction="up"),
    ),
    case(
        "国内游客人次、总花费增长5.6%、7.5%。",
        Fig("5.6%", "国内游客人次", direction="up"),
        Fig("7.5%", "总花费", direction="up"),
    ),
]

ALL = (
    BULLETIN_SENTENCES
    + COMPARISONS
    + COUNTED_AND_MODIFIED
    + SHARES
    + LISTS
    + CHAINS
    + PERIODS
    + RESOLVED
    + DIRECTIONS
    + STATUSES
    + TRADITIONAL
    + FIXED_FAILURES
)


@pytest.mark.parametrize(("text", "expected", "year"), ALL)
def test_attribution(text: str, expected: list[Fig], year: int | None) -> None:
    assert observed(text, year) == expected


def test_share_and_growth_measures() -> None:
    share, growth = extract("新能源车占比95.65%，全市地区生产总值增长6.2%。")
    assert (share.measure, growth.measure) == ("share", "growth")


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("全市地区生产总值增长6.2%。", "growth"),
        ("全省研发投入强度提高到2.65%。", None),  # the level reached
        ("常住人口城镇化率提高至68.3%。", None),
        ("城镇调查失业率下降到4.9%。", None),
        ("工业投资占比提高到30%。", "share"),
        ("服务业增加值增速提高1.2个百分点。", "growth"),
        ("全省年降水量较常年偏多12.4%。", "growth"),
        ("全年平均气温比常年偏高0.8%。", "growth"),
        ("工业用电量比上年回升3.1%。", "growth"),
        ("外贸出口比上年下滑4.5%。", "growth"),
        ("贸易顺差比上年扩大18.6%。", "growth"),
        ("全市居民消费价格比上年上涨到102.3%。", None),
    ],
)
def test_a_level_reached_is_no_growth(sentence: str, measure: str | None) -> None:
    (figure,) = extract(sentence)
    assert figure.measure == measure


def test_resolved_years_say_where_they_come_from() -> None:
    (written,) = extract("2024年全市新增就业5万人。")
    (documented,) = extract("2025年3月1日\n今年新增就业5万人。")
    # a title's year is the document's own
    (titled,) = extract("河西市2024年国民经济和社会发展统计公报\n全年新增就业5万人。")
    (optioned,) = extract("今年新增就业5万人。", year=2025)
    (unknown,) = extract("今年新增就业5万人。")
    assert written.period is not None and written.period.resolved_from == "text"
    assert documented.period is not None and documented.period.resolved_from == "document"
    assert titled.period is not None and (titled.period.start_year, titled.period.resolved_from) == (2024, "document")
    assert optioned.period is not None and optioned.period.resolved_from == "option"
    assert unknown.period is not None and (unknown.period.start_year, unknown.period.resolved_from) == (None, None)


def test_months_are_resolved_with_the_period() -> None:
    (quarter,) = extract("2024年一季度，全市出口增长3%。")
    (months,) = extract("2024年1—11月，全市投资增长4%。")
    assert quarter.period is not None and (quarter.period.start_month, quarter.period.end_month) == (1, 3)
    assert months.period is not None and (months.period.start_month, months.period.end_month) == (1, 11)
    (quarters,) = extract("2025年1—3季度，全市出口增长5%。")
    assert quarters.period is not None and quarters.period.text == "2025年1—3季度"
    assert (quarters.period.start_month, quarters.period.end_month) == (1, 9)
    (days,) = extract("2025年1月1日至11月30日，全市共受理工单586.7万件。")
    assert days.period is not None and (days.period.start_month, days.period.end_month) == (1, 11)
    (holiday,) = extract("2025年10月1日至8日，全市影院实现票房1.06亿元。")
    assert holiday.period is not None and (holiday.period.start_month, holiday.period.end_month) == (10, 10)


def test_the_same_period_is_the_one_in_force() -> None:
    """同期 stands for the period before it in its paragraph, months and all, and the figure is
    given that period's words; a baseline's 同期 (比去年同期) is no period."""
    text = "2024年1—11月，全市进口增长2%。同期，出口增长3%，比去年同期提高1个百分点。"
    imports, exports, gap = extract(text)
    assert imports.period is not None and exports.period is not None and gap.period is not None
    assert exports.period.text == "2024年1—11月" and (exports.period.start, exports.period.end) == (0, 10)
    assert (exports.period.start_year, exports.period.start_month, exports.period.end_month) == (2024, 1, 11)
    assert (gap.period.start_year, gap.period.end_month) == (2024, 11)
    (alone,) = extract("同期，出口增长3%。", year=2026)
    assert alone.period is not None and alone.period.text == "同期" and alone.period.start_year is None
    (baseline,) = extract("出口额比上年同期增长12%。")
    assert baseline.period is None
    # 同期 opening a paragraph is the period the paragraph before ended in
    _, following = extract("2024年1—10月，全市进口增长2%。\n同期，对东盟出口增长8%。")
    assert following.period is not None and following.period.text == "2024年1—10月"
    assert (following.period.start_year, following.period.start_month, following.period.end_month) == (2024, 1, 10)
