"""Plan and news styles: project sizes that are no goals, Chinese-numeral point changes, the year's
own goals after a record of last year, stocks reached against additions, a plan's base section,
goal lists under a dated heading, and numbered table rows."""

from __future__ import annotations

from huangpu_tracker.documents import read_document_bytes
from huangpu_tracker.documents.dates import YEAR_PLAN_TITLE
from huangpu_tracker.documents.model import Article, Document
from huangpu_tracker.extraction import extract_document, extract_text


def _goals_of_a_2026_copy(text: str) -> list:
    """The targets of `text` read as a file saved in 2026 (a text naming no year is dated by its file)."""
    return extract_document(read_document_bytes("plan.txt", text.encode(), mtime=1_780_000_000)).targets


def _targets(text, year=2025):
    return [
        (t.metric, t.kind, t.comparator, t.value, t.unit, t.target_year)
        for t in extract_text(text, year, "某区").targets
    ]


def test_the_size_of_a_project_or_firm_is_no_goal():
    assert _targets("到2027年，推动总投资60亿元的高端装备产业园项目竣工投产。") == []
    assert _targets("对投资额超2亿元的工程实行“一企一策”，全年新开工项目30个。") == [
        ("新开工项目", "increment", "reach", 30, "个", 2025)
    ]
    assert _targets("其中，某储能电池项目预计总投资80亿元，明年建成。", 2024) == []
    values = [t[3] for t in _targets("到2026年，培育年营收超10亿元的链主企业12家。")]
    assert values == [12]


def test_a_projects_planned_investment_and_output_are_its_description():
    text = (
        "某智造园计划总投资30亿元，达产后年产值超90亿元。"
        "该基地位于科学城，预计总投资12亿元，建成后可提供岗位1500个。"
    )
    assert _targets(text, 2024) == []


def test_an_investment_goal_is_still_a_goal():
    assert _targets("全年完成固定资产投资650亿元。") == [
        ("固定资产投资", "level", "reach", 650, "亿元", 2025)
    ]
    rows = _targets("今年引进项目90个、总投资800亿元以上。")
    assert (800, "亿元") in [(t[3], t[4]) for t in rows]


def test_percentage_point_changes_written_in_chinese_numerals():
    rows = _targets("到2028年，服务业增加值比重提高三个百分点，城镇登记失业率下降一个百分点。")
    assert [(r[1], r[3], r[4], r[5]) for r in rows] == [
        ("increment", 3, "个百分点", 2028),
        ("increment", 1, "个百分点", 2028),
    ]


def test_the_items_own_year_with_a_bound_is_a_goal_after_last_years_record():
    text = (
        "2024年，全区新增高新技术企业210家。2025年全区新增高新技术企业不少于240家，全年工业投资增长8%以上。"
    )
    extraction = extract_text(text, 2025, "某区")
    assert [(t.value, t.comparator, t.target_year) for t in extraction.targets] == [
        (240, "min", 2025),
        (8, "min", 2025),
    ]
    assert [(a.value, a.year) for a in extraction.actuals] == [(210, 2024)]


def test_the_items_year_standing_alone_before_a_goal_clause_is_a_goal():
    text = "去年全区地区生产总值增长6.2%。2025年，全区地区生产总值预期增长5.5%左右，新增上市企业不少于6家。"
    extraction = extract_text(text, 2025, "某区")
    assert [(t.kind, t.comparator, t.value, t.target_year) for t in extraction.targets] == [
        ("growth", "approx", 5.5, 2025),
        ("increment", "min", 6, 2025),
    ]
    assert [(a.value, a.year) for a in extraction.actuals] == [(6.2, 2024)]


def test_a_bounded_annual_goal_after_a_record_is_a_goal():
    extraction = extract_text("2024年全区工业投资增长9%。全年技术改造投资增长15%以上。", 2025, "某区")
    assert [(t.kind, t.comparator, t.value, t.target_year) for t in extraction.targets] == [
        ("growth", "min", 15, 2025)
    ]
    assert [(a.value, a.year) for a in extraction.actuals] == [(9, 2024)]


def test_a_cumulative_stock_is_a_level_and_the_years_works_are_additions():
    rows = _targets("到2027年，累计建成5G基站3万座，全年植树造林2万亩，新建公园8个。")
    assert [(r[1], r[3], r[4]) for r in rows] == [
        ("level", 3, "万座"),
        ("increment", 2, "万亩"),
        ("increment", 8, "个"),
    ]


PLAN = """{title}
一、{base}
全区新材料产业规模达到640亿元，同比增长7.5%。集聚相关企业超过500家，其中上市企业12家。
二、发展目标
到2028年，实现以下目标：
——产业规模突破1000亿元，年均增长12%以上；
——三年新增规上企业150家；
● 培育营业收入超5亿元的骨干企业10家
（1）研发投入强度达到3.8%。
三、重点任务
对总投资超2亿元的项目实行专班服务。
"""


def _plan(title="某区新材料产业高质量发展三年行动计划（2026——2028年）", base="发展基础", year=2026):
    return _document(PLAN.format(title=title, base=base), year)


def _document(text, year):
    title = text.split("\n", 1)[0]
    article = Article(1, 0, len(text), title, issue_year=year)
    return extract_document(Document("p.txt", "p.txt", "txt", "utf-8", "0", text, title, issue_year=year,
                                     articles=[article]))  # fmt: skip


def test_a_plans_base_section_reports_the_year_before_it():
    for base in ("发展基础", "基础与形势", "（一）现状"):
        actuals = [(a.metric, a.year, a.value) for a in _plan(base=base).actuals]
        assert ("新材料产业规模", 2025, 640) in actuals
        assert ("上市企业", 2025, 12) in actuals


def test_bullets_under_a_dated_goal_heading_take_its_year_and_the_plans_period():
    rows = [(t.kind, t.comparator, t.value, t.target_year, t.period_start) for t in _plan().targets]
    assert rows == [
        ("level", "min", 1000, 2028, None),
        ("avg_growth", "min", 12, 2028, 2026),
        ("cumulative", "reach", 150, 2028, 2026),
        ("level", "reach", 10, 2028, None),
        ("level", "reach", 3.8, 2028, None),
    ]


def test_the_plan_period_is_read_from_titles_with_other_range_marks():
    for title in (
        "某区行动方案（2026-2028年）",
        "某区行动计划(2026年至2028年)",
        "某区三年行动计划2026—2028年",
        "某区三年行动计划（2026—2028）",
    ):
        starts = {t.period_start for t in _plan(title=title, year=2025).targets if t.kind != "level"}
        assert starts == {2026}, title


def test_numbered_table_rows_with_a_unit_column_are_read():
    text = (
        "某区行动方案（2024-2026年）\n序号 指标名称 单位 2023年 2026年（目标） 属性\n"
        "1 规模以上工业总产值 亿元 3200 4000以上 预期性\n2\t新增高新技术企业\t家\t—\t〔600〕\t预期性\n"
    )
    extraction = extract_text(text, 2024, "某区")
    assert [(t.kind, t.comparator, t.value, t.target_year, t.period_start) for t in extraction.targets] == [
        ("level", "min", 4000, 2026, None),
        ("cumulative", "reach", 600, 2026, 2024),
    ]
    assert [(a.year, a.value) for a in extraction.actuals] == [(2023, 3200)]


def test_figures_before_a_later_goals_section_describe_the_start_of_the_plan():
    text = (
        "某区促进现代服务业发展实施方案\n全区服务业增加值达2100亿元，占GDP比重55%。\n"
        "二、发展目标\n到2027年，服务业增加值突破2600亿元。"
    )
    extraction = _document(text, 2025)
    assert [(t.value, t.target_year) for t in extraction.targets] == [(2600, 2027)]
    assert [(a.value, a.year) for a in extraction.actuals] == [(2100, 2024), (55, 2024)]
    recent = extract_text("近年来，全区产业规模达1800亿元，集聚企业超4000家。", 2025, "某区")
    assert [(a.value, a.year) for a in recent.actuals] == [(1800, 2024), (4000, 2024)]


def test_table_cells_may_carry_the_percent_sign():
    text = (
        "某区行动方案（2024-2026年）\n指标\t2023年（基期）\t2026年（目标）\t属性\n"
        "研发投入强度\t4.1%\t≥4.6%\t约束性\n"
    )
    extraction = extract_text(text, 2024, "某区")
    assert [(t.comparator, t.value, t.unit, t.target_year) for t in extraction.targets] == [
        ("min", 4.6, "%", 2026)
    ]
    assert [(a.value, a.unit, a.year) for a in extraction.actuals] == [(4.1, "%", 2023)]


def test_an_undated_plan_is_dated_by_the_first_year_of_its_title():
    extraction = _plan(year=None)
    assert {(t.target_year, t.period_start) for t in extraction.targets if t.kind != "level"} == {
        (2028, 2026)
    }
    assert {a.year for a in extraction.actuals} == {2025}


def test_news_of_a_plan_drawn_up_gives_its_goals_under_each_heading_the_plans_last_year():
    text = (
        "记者从省政府新闻发布会上获悉，《某省国民经济和社会发展第十四个五年规划纲要》已编制完成，"
        "明确了“十四五”时期的总体目标。\n"
        "在“产业强”方面，提出制造业增加值占比达到35%、数字经济核心产业增加值占比12%。\n"
        "在“生态优”方面，提出森林覆盖率达到40%、地表水达到或好于Ⅲ类水体比例90%以上。"
    )
    targets = extract_text(text, 2021).targets
    assert [(t.value, t.target_year) for t in targets] == [(35, 2025), (12, 2025), (40, 2025), (90, 2025)]


def test_a_plan_notice_quoted_below_its_lead_gives_its_goals_the_plans_years():
    text = (
        "6月3日，某市人民政府办公厅发布关于印发某市水务发展“十四五”规划(2021—2025年)的通知。\n"
        "通知相关内容如下:\n"
        "供水保障能力明显增强。\n"
        "城市公共供水管网漏损率控制在9%以内，农村自来水普及率达到99%以上。"
    )
    targets = extract_text(text, 2021).targets
    assert [(t.value, t.target_year) for t in targets] == [(9, 2025), (99, 2025)]


def test_news_of_a_draft_plan_laid_before_a_congress_dates_its_plain_goals_at_the_plan_end():
    text = (
        "6日，市政府提请市人大会议审查《某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要(草案)》。\n"
        "坚持创新驱动发展，力争研发经费投入总量年均增长15%以上，高新技术企业增加到2000家以上。\n"
    )
    assert [(t.value, t.target_year) for t in extract_text(text, 2021).targets] == [(15, 2025), (2000, 2025)]


def test_a_notice_issuing_a_years_programme_on_a_subject_sets_goals_in_its_lead():
    """关于印发《某区2026年餐厨垃圾治理工作实施方案》的通知: a programme of the year on one subject; its
    lead paragraph states the goals before the first numbered section (一、重点任务), and the
    signature and title lines above it are no sections of a plan that starts with its base."""
    text = (
        "关于印发《某区2026年餐厨垃圾治理工作实施方案》的通知\n\n各街镇：\n\n现将方案印发给你们，请认真执行。\n\n"
        "某区绿化市容局\n\n2026年3月2日\n\n某区2026年餐厨垃圾治理工作实施方案\n\n"
        "为落实条例要求，高质量完成各项工作：全区新建收运站点12个；餐厨垃圾资源化利用率达到92%。\n\n"
        "一、重点任务\n\n（一）完善收运体系\n\n二、保障措施\n\n（一）加强组织领导\n"
    )
    assert [(t.value, t.target_year) for t in _document(text, 2026).targets] == [(12, 2026), (92, 2026)]


def test_a_title_naming_a_deadline_or_a_span_is_no_programme_of_that_year():
    """某省2030年前碳达峰行动方案 names when its goals fall due, not the year it was written in."""
    for title in (
        "某省2030年前碳达峰行动方案",
        "某市2021—2025年数字经济发展行动计划",
        "推进2035年远景目标实施方案",
    ):
        assert YEAR_PLAN_TITLE.search(title) is None, title
    assert YEAR_PLAN_TITLE.search("某区2026年餐厨垃圾治理工作实施方案") is not None


def test_the_state_a_plan_sets_out_from_is_no_goal():
    text = (
        "某省生态环境保护规划（2026—2030年）\n一、生态环境形势\n"
        "全省仍有18%的监测断面水质劣于III类，35%的设区城市空气质量未达到二级标准。\n"
        "二、主要目标\n到2030年，全省优良水体比例达到85%。"
    )
    assert [(t.value, t.target_year) for t in _document(text, 2026).targets] == [(85, 2030)]
    tasks = "某市2026年安全生产工作要点\n（三）全面整改存在的问题\n全年整改隐患1000处以上。"
    assert [(t.value, t.target_year) for t in _document(tasks, 2026).targets] == [(1000, 2026)]


def test_a_plan_part_naming_no_year_of_its_own_dates_its_goals_by_its_one_deadline():
    text = (
        "第四章 建立优质高效的医疗卫生服务体系\n"
        "推进区医院扩容提质，力争医院床位达到300张，确保区域就诊率比2020年提高5个百分点。"
        "城乡居民医保参保人数要稳定在20万人以上。到2025年，每千人口执业医师数达到3.2人。\n"
    )
    years = {t.value: t.target_year for t in _goals_of_a_2026_copy(text)}
    assert years == {300: 2025, 5: 2025, 20: 2025, 3.2: 2025}
    # a year's work (今年) keeps the goals without a year in that year
    worked = text.replace("推进区医院扩容提质", "今年推进区医院扩容提质")
    years = {
        t.value: t.target_year
        for t in extract_document(read_document_bytes("w.txt", worked.encode())).targets
    }
    assert years[300] != 2025 and years[3.2] == 2025


def test_a_years_work_naming_no_year_keeps_its_goals_in_its_year():
    texts = (
        "全市老旧小区改造工作推进会召开\n会议要求，年底前全市新开工改造老旧小区120个，新增停车位3000个。"
        "到2028年，全市基本完成老旧小区改造任务。\n",
        "全市冬春季植树造林动员会\n会议要求，今冬明春全市完成植树造林5万亩，新增绿地200公顷。"
        "到2030年，全市森林覆盖率达到45%。\n",
        "市卫生健康委工作要点\n一、新增托位2000个，新建社区托育点50个。\n二、到2030年，每千人口托位数达到4.5个。\n",
    )
    for text in texts:
        years = sorted({t.target_year for t in _goals_of_a_2026_copy(text)})
        assert years[0] == 2026, text
    # 2000年底前建成的小区 names which estates, no deadline of the text's
    text = (
        "关于推进老旧小区改造的意见\n"
        "到2028年，全市基本完成2000年底前建成的老旧小区改造任务，累计改造小区800个。\n"
    )
    document = read_document_bytes("o.txt", text.encode(), mtime=1_780_000_000)
    assert document.issue_year == 2026
    assert [(t.value, t.target_year) for t in extract_document(document).targets] == [(800, 2028)]


def test_a_plan_part_laying_the_ground_for_a_later_goal_dates_its_goals_by_its_deadline():
    text = (
        "五、建设国际科技创新中心\n"
        "全面提升创新体系整体效能，为2035年建成国际科技创新中心奠定坚实基础。\n"
        "加强港口建设，到2030年集装箱年吞吐量达到5000万标准箱以上。航空货邮年吞吐量达到400万吨左右。\n"
    )
    document = read_document_bytes("plan.txt", text.encode(), mtime=1_780_000_000)  # a copy of 2026
    assert document.issue_year != 2035  # the goal's year is not the text's
    found = [(t.value, t.target_year) for t in extract_document(document).targets]
    assert found == [(5000, 2030), (400, 2030)]


def test_a_plan_chapter_dated_only_by_its_plan_sets_goals_for_the_plans_end():
    text = (
        "第八篇 建设宜居韧性城市\n"
        "推进城市更新，改造老旧小区40个，试点建设15个完整社区。"
        "全市年用水总量控制在30亿立方米以内，“十五五”期间单位GDP能耗下降率达12%。建成绿道达2000公里。\n"
    )
    found = {t.value: t.target_year for t in _goals_of_a_2026_copy(text)}
    assert found == {40: 2030, 15: 2030, 30: 2030, 12: 2030, 2000: 2030}
    # a chapter heading that only names a state to change (…落后现状) still opens a chapter
    changed = text.replace("第八篇 建设宜居韧性城市", "第八篇 全面改变城市落后现状")
    changed_found = {t.value: t.target_year for t in _goals_of_a_2026_copy(changed)}
    assert set(changed_found.values()) == {2030} and {40, 30, 12, 2000} <= set(changed_found)
    # a profile of a town that names the plan is no chapter of it: its figures are no goals
    for profile in (
        "某某镇\n一、基本情况\n全镇辖18个行政村，有耕地3万亩。“十五五”期间，全镇将继续发展特色产业。\n",
        "一、基本情况\n全区现有规上工业企业850家，高新技术企业1200家。“十五五”期间聚焦先进制造。\n",
        "第二节 产业现状与发展趋势\n数字经济增加值占比达到12%，建成数据中心20个。“十五五”期间做强。\n",
    ):
        assert _goals_of_a_2026_copy(profile) == [], profile


def test_a_charge_heading_ending_in_a_full_stop_opens_a_task_section():
    text = (
        "今年是“十五五”开局之年。\n"
        "（四）强化改革牵引，激发市场活力。\n"
        "优化营商环境。深化要素市场化配置改革，更新改造供水管网300公里。\n"
        "（五）推动共同富裕，增进民生福祉。\n"
        "全力稳就业。完善公共就业服务体系，城镇新增就业12万人以上。\n"
    )
    assert [(t.value, t.target_year) for t in extract_text(text, 2026).targets] == [(300, 2026), (12, 2026)]


def test_a_part_of_a_plan_outline_naming_no_period_sets_goals_for_the_end_of_its_years_plan():
    text = (
        "第五篇 完善现代化基础设施体系\n"
        "坚持适度超前、统筹规划，城市轨道交通运营里程达600公里，新建公共充电设施3万个左右，"
        "全市水厂综合生产能力达800万立方米/日。\n"
    )
    assert {(t.value, t.target_year) for t in _goals_of_a_2026_copy(text)} == {
        (600, 2030),
        (3, 2030),
        (800, 2030),
    }


def test_a_chapter_of_a_story_a_law_or_a_speech_collection_is_no_part_of_a_plan():
    for text in (
        "第一篇 我的家乡\n河边种着100棵柳树，村里住着300户人家。\n",
        "第二篇 总则\n第一条 为规范建设管理，制定本规划。第二条 建筑高度不得超过100米。\n",
        "第四篇 在市委全会上的讲话\n同志们，全市地区生产总值突破5000亿元，城镇新增就业10万人。\n",
        "第一篇章 奋进新时代\n全市建成5G基站2万个，新增就业10万人。\n",
    ):
        assert [t.target_year for t in _goals_of_a_2026_copy(text)] != [2030] * 2, text
