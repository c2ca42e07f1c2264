"""Paragraphs written in styles the extractor was not developed on: Chinese-numeral amounts, new
units, thresholds inside an indicator's name, hard line wraps, other zones, alternating articles,
tables with years in the rows and reviews inside plans."""

from __future__ import annotations

from huangpu_tracker.documents.model import Article, Document
from huangpu_tracker.extraction import extract_document, extract_text
from huangpu_tracker.extraction.numbers import find_figures


def _rows(extraction):
    return [
        (t.metric, t.kind, t.comparator, t.value, t.value_hi, t.unit, t.target_year)
        for t in extraction.targets
    ]


def test_chinese_numeral_amounts_before_a_magnitude_are_figures():
    text = "到2028年，力争完成工业投资八百亿元以上，数字经济规模达到三千五百亿元，建成厂房六十万平方米。"
    rows = [(t.value, t.unit, t.comparator) for t in extract_text(text, 2025, "某区").targets]
    assert rows == [(800, "亿元", "min"), (3500, "亿元", "reach"), (60, "万平方米", "reach")]


def test_size_classes_and_bare_magnitudes_stay_classes():
    assert [(f.value, f.unit, f.level) for f in find_figures("打造两个千亿级产业集群")] == [
        (1000, "亿元", True)
    ]
    assert find_figures("建设百亿元产业基金") == []  # no digit before the magnitude: a class word


def test_trains_and_hours_are_units():
    text = "2026年，全年开行中欧班列不少于150列，出口整体通关时间压缩至18小时以内，提供24小时政务服务。"
    targets = extract_text(text, 2026, "某海关").targets
    assert [(t.value, t.unit, t.comparator) for t in targets] == [(150, "列", "min"), (18, "小时", "max")]
    assert targets[1].metric == "出口整体通关时间"


def test_a_threshold_inside_the_indicator_is_not_the_goal():
    text = (
        "到2029年，新签约投资超亿元产业项目不少于70个，其中投资超20\n亿元的项目10个以上；"
        "培育营业收入过千亿元企业3至4家，年产值5亿元以上企业达到120家。"
    )
    targets = extract_text(text, 2026, "某区").targets
    assert [(t.value, t.value_hi, t.unit) for t in targets] == [
        (70, None, "个"), (10, None, "个"), (3, 4, "家"), (120, None, "家"),
    ]  # fmt: skip
    assert targets[2].metric == "营业收入过千亿元企业"


def test_a_short_wrapped_line_going_on_in_the_next_line_is_not_a_headline():
    text = "全区计划新开工重大项目\n不少于40个。其中总投资超10\n亿元的项目8个以上。\n"
    targets = extract_text(text, 2026, "某区").targets
    assert [(t.value, t.unit, t.comparator) for t in targets] == [(40, "个", "min"), (8, "个", "min")]


def test_zones_named_with_other_suffixes_are_bodies():
    cases = {
        "嘉兴工业园区今年将新增规上企业60家。": "嘉兴工业园区",
        "据悉，南沙自贸片区计划全年新增企业300家。": "南沙自贸片区",
        "准格尔旗今年将引进项目40个。": "准格尔旗",
        "新塘镇力争全年新建公园5个。": "新塘镇",
    }
    for text, body in cases.items():
        assert [t.entity for t in extract_text(text, 2025, "某市").targets] == [body], text


def test_a_zone_opening_the_text_sets_its_body():
    text = "嘉兴工业园区今年将加快转型升级。\n\n全年新增规上企业60家，完成工业投资120亿元。"
    assert {t.entity for t in extract_text(text, 2025).targets} == {"嘉兴工业园区"}


def test_the_body_follows_the_most_recent_naming_along_a_page():
    text = (
        "天河区今年将加快发展，全年引进总部企业30家以上。\n\n"
        "广州开发区今年将全力拼经济，全年新增企业5000家。\n\n"
        "科学城方面，计划新引进项目80个。生物岛力争新增生物医药企业60家。\n\n"
        "另外，全年还将新建公园12个。\n\n"
        "白云区今年将新增学位8000个。新建道路30公里。\n\n"
        "全市今年将新增就业30万人。"
    )
    rows = [(t.value, t.entity, t.area) for t in extract_text(text, 2025, "广州市").targets]
    assert rows == [
        (30, "天河区", None), (5000, "黄埔区", None), (80, "黄埔区", "科学城"), (60, "黄埔区", "生物岛"),
        (12, "黄埔区", None), (8000, "白云区", None), (30, "白云区", None), (30, "广州市", None),
    ]  # fmt: skip
    assert [t.metric for t in extract_text(text, 2025, "广州市").targets][3] == "新增生物医药企业"


def test_an_article_naming_only_a_sub_area_belongs_to_the_home_district():
    first = "天河区加快建设\n本报讯 天河区今年将新增高新技术企业200家，引进总部企业30家以上。\n"
    second = "知识城再提速\n本报讯 知识城今年将引进重大项目不少于60个。全年新增市场主体8000户。\n"
    text = first + second
    articles = [
        Article(seq=1, start=0, end=len(first), title="天河区加快建设", issuer="天河区", issue_year=2025),
        Article(seq=2, start=len(first), end=len(text), title="知识城再提速", issuer=None, issue_year=2025),
    ]
    document = Document(
        name="page.txt", source_path="page.txt", format="txt", encoding="utf-8", content_hash="x",
        text=text, title="天河区加快建设", issue_year=2025, issuer="天河区", articles=articles,
    )  # fmt: skip
    owners = {t.value: t.entity for t in extract_document(document).targets}
    assert owners == {200: "天河区", 30: "天河区", 60: "黄埔区", 8000: "黄埔区"}


def test_plan_table_rows_naming_their_own_years():
    text = (
        "主要指标\n"
        "规上工业总产值（亿元） 2025年 3100 2030年 4600 年均增长 8%\n"
        "每万人发明专利拥有量（件）｜2025年：95｜2030年：150\n"
        "森林覆盖率（%）\t2025年\t41.5\t2030年\t≥42\n"
    )
    extraction = extract_text(text, 2025, "某区")
    assert [
        (t.metric, t.kind, t.comparator, t.value, t.target_year, t.period_start) for t in extraction.targets
    ] == [
        ("规模以上工业总产值", "level", "reach", 4600, 2030, None),
        ("规模以上工业总产值增速", "avg_growth", "reach", 8, 2030, 2026),
        ("每万人发明专利拥有量", "level", "reach", 150, 2030, None),
        ("森林覆盖率", "level", "min", 42, 2030, None),
    ]
    assert [(a.metric, a.year, a.value) for a in extraction.actuals] == [
        ("规模以上工业总产值", 2025, 3100), ("每万人发明专利拥有量", 2025, 95), ("森林覆盖率", 2025, 41.5),
    ]  # fmt: skip
    assert all(t.quote in text and "2030年" in t.quote for t in extraction.targets)


def test_the_base_year_column_of_a_plan_table_is_a_reported_figure():
    text = "指标  2025年  2030年  属性\n常住人口（万人）  86  95  预期性\n"
    extraction = extract_text(text, 2025, "某县")
    assert [(t.value, t.target_year) for t in extraction.targets] == [(95, 2030)]
    assert [(a.value, a.year) for a in extraction.actuals] == [(86, 2025)]


_PROPOSAL = (
    "一、“十四五”时期取得的重大成就\n"
    "“十四五”期间，全县地区生产总值年均增长5.6%，2025年预计达到860亿元左右。"
    "研发投入强度提高到2.7%，高新技术企业数量达到420家。近五年，社会消费品零售总额年均增长6.2%。"
    "一般公共预算收入从2020年的38亿元增长到2024年的52亿元。\n\n"
    "二、“十五五”时期经济社会发展的指导思想和主要目标\n"
    "到2030年，全县地区生产总值突破1200亿元，研发投入强度达到3.5%。\n"
)


def test_review_statements_of_a_plan_proposal_are_reported_figures():
    extraction = extract_text(_PROPOSAL, 2025, "某县")
    assert [(t.value, t.target_year) for t in extraction.targets] == [(1200, 2030), (3.5, 2030)]
    reported = {a.value: a.year for a in extraction.actuals}
    assert {5.6: 2025, 860: 2025, 2.7: 2025, 420: 2025}.items() <= reported.items()
    assert reported[38] == 2020 and reported[52] == 2024


def test_from_to_past_range_in_a_goals_section_is_not_a_goal():
    text = (
        "二、主要目标\n到2030年，全区税收总额达到300亿元。"
        "全区税收总额从2019年的150亿元增长到2024年的210亿元。"
    )
    extraction = extract_text(text, 2025, "某区")
    assert [t.value for t in extraction.targets] == [300]
    assert sorted((a.year, a.value) for a in extraction.actuals) == [(2019, 150), (2024, 210)]


def test_a_headline_block_is_about_its_body_and_its_sector_words():
    text = (
        "天河区优化营商环境\n天河区今年将引进总部企业30家。全区新增市场主体2万户。\n\n"
        "区属国企加快转型\n区属国企今年计划完成投资超过400亿元，全区新增企业900家。\n"
    )
    rows = [(t.value, t.entity, t.area, t.metric) for t in extract_text(text, 2025).targets]
    assert rows == [
        (30, "天河区", None, "引进总部企业"), (2, "天河区", None, "新增市场主体"),
        (400, "黄埔区", "区属国企", "投资"), (900, "黄埔区", "区属国企", "新增企业"),
    ]  # fmt: skip


def test_sector_words_of_another_district_do_not_switch_the_body():
    text = "区属企业今年将减免租金1.5亿元。全年新增就业岗位2万个。"
    assert {t.entity for t in extract_text(text, 2025, "上海市黄浦区").targets} == {"上海市黄浦区"}


def test_a_size_threshold_does_not_make_the_count_a_stock():
    text = "全年新增产值超亿元企业20家，新增营收5000万元以上企业30家，年营收超10亿元的企业达到50家。"
    rows = [(t.value, t.unit, t.kind) for t in extract_text(text, 2025, "某区").targets]
    assert rows == [(20, "家", "increment"), (30, "家", "increment"), (50, "家", "level")]


def test_the_body_a_report_speaks_for_owns_its_goals():
    text = (
        "天河区今年将新增企业300家。\n\n本报讯 记者从广州开发区获悉，全年计划新引进项目80个。\n\n"
        "白云区今年将新建学校10所。\n\n据知识城相关负责人介绍，全年新增企业500家。"
    )
    owners = [(t.value, t.entity) for t in extract_text(text, 2025, "广州市").targets]
    assert owners == [(300, "天河区"), (80, "黄埔区"), (10, "白云区"), (500, "黄埔区")]


def test_an_article_whose_title_names_no_body_is_about_the_body_it_names_most():
    text = (
        "重大平台再提速\n本报讯 今年将在知识城引进重大项目60个，推动知识城新增企业800家。"
        "加快知识城建设，为广州市高质量发展作出贡献。\n"
    )
    article = Article(seq=1, start=0, end=len(text), title="重大平台再提速", issuer="广州市", issue_year=2025)
    document = Document(
        name="page.txt", source_path="page.txt", format="txt", encoding="utf-8", content_hash="x",
        text=text, title="重大平台再提速", issue_year=2025, issuer="广州市", articles=[article],
    )  # fmt: skip
    assert {t.entity for t in extract_document(document).targets} == {"黄埔区"}


def test_the_base_year_of_a_coming_plan_is_reported_even_in_its_goals_part():
    text = "2025年，全区地区生产总值预计达到3900亿元。\n\n到2030年，全区地区生产总值达到5000亿元。"
    extraction = extract_text(text, 2025, "某区", plan=(2026, 2030))
    assert [(t.value, t.target_year) for t in extraction.targets] == [(5000, 2030)]
    assert [(a.metric, a.value, a.year, a.qualifier) for a in extraction.actuals] == [
        ("地区生产总值", 3900, 2025, "approx")
    ]


def test_pinyin_glosses_of_a_mirror_site_are_read_through_and_quotes_stay_as_written(extract_titled):
    body = (
        "今年某省經(jīng)濟(jì)社會(huì)發(fā)展的主要預(yù)期目標(biāo)是："
        "地區(qū)生產(chǎn)總值增長(zhǎng)5.5%左右，城鎮(zhèn)新增就業(yè)60萬(wàn)人以上。"
    )
    extraction = extract_titled("某省政府工作報告", body, 2025)
    rows = [(t.metric, t.value, t.unit, t.comparator) for t in extraction.targets]
    assert rows == [("地区生产总值增速", 5.5, "%", "approx"), ("城镇新增就业", 60, "万人", "min")]
    text = "某省政府工作報告\n" + body
    for target in extraction.targets:
        assert text[target.start : target.end] == target.quote
        assert "(" in target.quote  # as written, glosses and all


def test_a_text_naming_no_body_that_speaks_of_gross_domestic_product_is_the_countrys():
    text = "来源：某广电总台\n今年的主要预期目标是：国内生产总值增长5%左右，城镇新增就业1200万人。"
    assert {t.entity for t in extract_text(text, 2025).targets} == {"中国"}


def test_a_count_named_before_its_value_and_a_length_in_years_are_figures():
    text = "到2030年，全省城镇新增就业人数45万人，新增劳动力平均受教育年限达到14.2年。"
    rows = [(t.value, t.unit, t.kind) for t in extract_text(text, 2026).targets]
    assert rows == [(45, "万人", "cumulative"), (14.2, "年", "level")]


def test_several_in_front_of_a_chinese_numeral_is_still_a_word():
    assert [f.value for f in find_figures("吸引数十万人次游客，接待游客500万人次。")] == [500]


def test_a_stock_per_thousand_people_and_days_of_good_air_are_goals():
    text = "到2020年，每千名老人拥有养老服务床位数35张，空气质量优良天数达到270天以上。"
    assert [(t.value, t.unit) for t in extract_text(text, 2016).targets] == [(35, "张"), (270, "天")]


def test_people_counted_in_wan_without_a_noun_unit_are_figures_in_wan_ren():
    text = "“十五五”时期县城新增人口100万，今年为80万农村妇女免费做检查。投资100万用于建设。"
    assert [(f.value, f.unit) for f in find_figures(text)] == [(100, "万人"), (80, "万人")]


def test_teams_counted_in_zhi_and_groups_of_people_in_wan_are_figures():
    text = "今年为80万重点群体提供就业帮扶，组建心理关爱专家团队100支。"
    assert [(f.value, f.unit) for f in find_figures(text)] == [(80, "万人"), (100, "支")]


def test_a_paragraph_opened_by_recent_years_and_figures_cited_from_data_are_records():
    text = (
        "报告提出，未来五年，某城地区生产总值达到1.2万亿元。\n"
        "近年，某城新能源产业势头强劲。二十余个算力中心相继投入运营，一年内就举办30场推介会，"
        "智能工厂达到85家。\n"
        "根据某研究院发布的年度数据，某城数字经济规模超八百亿元，占全省近25%。"
    )
    extraction = extract_text(text, 2024, "某城")
    assert [(t.value, t.unit) for t in extraction.targets] == [(1.2, "万亿元")]
    assert {(a.value, a.unit) for a in extraction.actuals} >= {(85, "家"), (800, "亿元")}


def test_a_span_of_years_dates_its_goals_at_its_end_and_starts_their_sums():
    text = "某省出台意见明确提出：2024-2027年，全省每年新增专精特新企业80家以上，累计建成数字车间300个。"
    rows = [(t.kind, t.value, t.target_year, t.period_start) for t in extract_text(text, 2024).targets]
    assert rows == [("increment", 80, 2027, None), ("cumulative", 300, 2027, 2024)]


def test_a_plans_review_chapter_and_the_notes_under_its_table_set_no_goals():
    text = (
        "某市国民经济和社会发展第十五个五年规划纲要\n"
        "第一章 “十四五”时期取得的显著成效为开启新征程奠定了坚实基础\n"
        "综合实力稳步提升。全市地区生产总值达到9800亿元，新设外资企业超过2万家。"
        "国家、省要素市场化配置改革试点加力推进，跨国公司地区总部增至120家。\n"
        "第二章 发展目标\n"
        "到2030年，全市地区生产总值突破1.3万亿元。\n"
        "注：1.“8+6”产业是指8个先进制造业和6个现代服务业。\n"
        "2. 研发投入强度指研发经费与地区生产总值之比，2025年为3.6%。\n"
    )
    extraction = extract_text(text, 2026, "某市")
    assert [(t.value, t.unit, t.target_year) for t in extraction.targets] == [(1.3, "万亿元", 2030)]
    assert {(a.value, a.unit) for a in extraction.actuals} >= {(9800, "亿元"), (120, "家")}


def test_a_paragraph_opened_by_at_the_same_time_goes_on_with_the_goals_before_it():
    text = (
        "今年，某市将全力推动重大项目落地，全年工业投资增长10%以上。\n\n"
        "同时，着力提升市场主体质量，新增高新技术企业300家、上市公司12家。\n"
    )
    rows = [(t.value, t.unit) for t in extract_text(text, 2024, "某市").targets]
    assert rows == [(10, "%"), (300, "家"), (12, "家")]


def test_power_in_megawatts_is_a_unit():
    text = "到2025年，全市新增光伏装机容量确保达到90MW，新型储能规模达到1.2GWh。"
    assert [(t.value, t.unit) for t in extract_text(text, 2023).targets] == [(90, "MW"), (1.2, "GWh")]


def test_cities_named_as_owners_of_their_goals_in_one_article():
    text = (
        "中部城市纷纷公布目标。武汉市今年地区生产总值增长6%左右。"
        "2024年洛阳的主要预期目标是生产总值增长6.5%，规模以上工业增加值增长7%以上。"
        "2024年株洲经济社会发展主要预期目标包括地区生产总值增长6%左右。"
    )
    rows = [(t.entity, t.metric, t.value) for t in extract_text(text, 2024).targets]
    assert rows == [
        ("武汉市", "地区生产总值增速", 6), ("洛阳市", "地区生产总值增速", 6.5),
        ("洛阳市", "规模以上工业增加值增速", 7), ("株洲市", "地区生产总值增速", 6),
    ]  # fmt: skip


def test_an_event_named_by_its_year_does_not_end_a_review():
    text = (
        "一、2018年工作回顾\n申办工作初战告捷。某市顺利入围2026年亚运会候选城市，"
        "全年签约项目45个，实际利用外资30亿美元。\n"
    )
    extraction = extract_text(text, 2019, "某市")
    assert extraction.targets == []
    assert {(a.value, a.unit) for a in extraction.actuals} >= {(45, "个"), (30, "亿美元")}


def test_the_site_of_a_project_and_the_capacity_of_a_named_plant_are_no_goals():
    text = (
        "今年全速推进某能源公司300兆瓦光伏制氢、某电力260兆瓦风电项目，建成占地270亩的职教中心。"
        "到2025年，全县光伏装机容量达到500兆瓦，新增风电装机20万千瓦。"
    )
    rows = [(t.value, t.unit) for t in extract_text(text, 2024, "某县").targets]
    assert rows == [(500, "兆瓦"), (20, "万千瓦")]


def test_a_next_step_inside_an_experts_words_opens_no_goals():
    text = (
        "某市上半年地区生产总值增长3%。\n"
        "某研究所专家表示：“总体来看，经济呈现工业好于服务业的复苏特点，如何保障中小微企业的发展也应是下一步关注的重点。”\n"
        "从行业看，规模以上汽车制造业增加值增长91.1%，专用设备制造业增长10.6%。\n"
    )
    assert extract_text(text, 2022, "某市").targets == []


def test_a_title_on_a_years_results_and_a_date_in_the_opening_do_not_date_the_goals(extract_titled):
    body = (
        "2015年，某市预计全年固定资产投资7006亿元，增长5.8%；一般公共预算收入1154.4亿元。\n"
        "2016年，预期某市地区生产总值增长7%以上，固定资产投资总额7000亿元以上。\n"
    )
    extraction = extract_titled("某市2015年GDP预计达1.08万亿元 增长8%左右", body, 2016)
    assert [(t.value, t.target_year) for t in extraction.targets] == [(7, 2016), (7000, 2016)]
    dated = extract_titled(
        "2018-03-08 09:09:15 来源：某日报",
        "2013年3月7日，某试验区建设上升为国家战略。据初步统计，2017年，该区完成地区生产总值700.1亿元，增长14%。",
        2018,
    )
    assert dated.targets == []


def test_a_years_estimated_result_in_a_review_is_no_goal():
    text = (
        "过去五年，某县大力实施发展战略。\n"
        "2021年，全县完成地区生产总值263.5亿元（预计数，下同），年均增长6.94%；城镇化率达到36%。\n"
        "报告明确了某县2022年的主要预期目标，即地区生产总值增长6.5%以上。\n"
    )
    rows = [(t.value, t.target_year) for t in extract_text(text, 2021, "某县").targets]
    assert rows == [(6.5, 2022)]


def test_a_list_headed_as_this_years_projects_for_the_people_sets_goals():
    text = (
        "某区政府为民办实事项目公布\n\n据悉，区人代会票决出15项为民办实事项目。\n\n"
        "2024年某区政府为民办实事项目\n\n1\n\n新增100张养护床位\n\n完成300户居家环境适老化改造\n\n"
        "2\n\n新增400个公共充电桩\n"
    )
    assert [(t.value, t.unit, t.target_year) for t in extract_text(text, 2024, "某区").targets] == [
        (100, "张", 2024), (300, "户", 2024), (400, "个", 2024),
    ]  # fmt: skip


def test_the_length_of_a_named_road_is_no_goal():
    text = "十二五期间，某市将新建高速公路300公里。其中某某高速全长约165公里，其中某段长约140公里。"
    assert [(t.value, t.unit) for t in extract_text(text, 2011, "某市").targets] == [(300, "公里")]


def test_last_years_goal_and_how_much_it_was_lowered_are_no_goals():
    text = (
        "某省今年经济增长目标定为7.5%左右，比去年的8.5%下降1个百分点；"
        "某市为7%左右，比去年10%左右下调3个百分点。"
    )
    rows = [(t.value, t.unit) for t in extract_text(text, 2015).targets]
    assert rows == [(7.5, "%"), (7, "%")]


def test_a_project_threshold_written_in_two_currencies_is_the_name_of_what_is_counted():
    text = "今年全区引进总投资超3亿元或3000万美元项目30个，其中超10亿元或1亿美元项目8个。"
    rows = [(t.value, t.unit) for t in extract_text(text, 2023, "某区").targets]
    assert rows == [(30, "个"), (8, "个")]


def test_the_five_years_already_begun_are_ahead_and_the_built_up_area_is_a_level():
    text = (
        "此次会议对过去五年作了全面总结。据了解，2020年，某市预计全年实现地区生产总值140亿元。\n"
        "对于已经开启的新的五年征程，市长表示，到“十四五”末，某市地区生产总值要达到300亿元。\n"
        "同时，城区建成区面积达到20平方公里，城区常住人口达到20万人。\n"
    )
    rows = [(t.value, t.unit, t.kind, t.target_year) for t in extract_text(text, 2021, "某市").targets]
    assert rows == [
        (300, "亿元", "level", 2025),
        (20, "平方公里", "level", 2025),
        (20, "万人", "level", 2025),
    ]


def test_a_title_reporting_a_plans_completion_makes_a_review(extract_titled):
    body = "“十三五”期间，全市地区生产总值年均增长7.2%左右；人均生产总值73000元左右。\n"
    extraction = extract_titled("某市“十三五”规划《纲要》预计完成31项指标", body, 2020)
    assert extraction.targets == []
    assert {(a.value, a.unit) for a in extraction.actuals} >= {(73000, "元")}


def test_a_mirrors_broken_characters_ask_nothing_and_spaced_glosses_are_read_through(extract_titled):
    body = (
        "今年主要目標(biāo)：\n"
        "固定資產(chǎn)投資增長(cháng)9%以上;城鎮登記失業(yè)率控制在4%以?xún)?;"
        "社會(huì )消費品零售總額增長(cháng)7%以上;"
    )
    extraction = extract_titled("某市政府工作報告", body, 2024)
    rows = [(t.metric, t.value, t.comparator) for t in extraction.targets]
    assert rows == [
        ("固定资产投资增速", 9, "min"),
        ("城镇登记失业率", 4, "max"),
        ("社会消费品零售总额增速", 7, "min"),
    ]
    closing = (
        "今年全市生產總值增長(cháng)百分之八以上，城鎮登記失業(yè)率控制在百分之四以?xún),"
        "物價漲幅控制在百分之三以?xún)取?"
    )
    assert [t.value for t in extract_titled("某市政府工作報告", closing, 2024).targets] == [8, 4, 3]


def test_a_traditional_review_title_names_the_year_reviewed_not_the_texts(extract_titled):
    body = "生產總值增長7.5%\n展望2019年\n全年接待遊客人數超過3000萬人次"
    extraction = extract_titled("回顧2018年", body, 2019)
    assert [(t.value, t.target_year) for t in extraction.targets] == [(3000, 2019)]


def test_a_pdf_layer_that_spaces_every_digit_keeps_its_numbers_whole():
    text = (
        "（2 0 0 1年2月1 6日省人民代表大会通过）\n"
        "今后五年全省国内生产总值年均增长8 %左右，人均国内生产总值年均增长6 .5 %左右，"
        "全社会固定资产投资年均增长1 2 %左右，城镇化水平达到2 6 %左右，"
        "国内生产总值达到2 9 0 0 亿元左右。"
    )
    ex = extract_text(text, 2001)
    assert sorted(t.value for t in ex.targets) == [6.5, 8.0, 12.0, 26.0, 2900.0]
    # a table's columns keep their own numbers where digits are written close elsewhere
    table = "交通 40 0.7828\n今年全省新建公路12 0 公里。"
    assert 120.0 not in {t.value for t in extract_text(table, 2024).targets}
