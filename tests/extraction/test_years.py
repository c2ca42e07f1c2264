"""Years: explicit, deadlines, five-year plans, the coming years."""

from __future__ import annotations

from huangpu_tracker.extraction import extract_text
from huangpu_tracker.extraction.years import next_years, plan_period, year_mentions, year_range


def test_explicit_and_deadline_years():
    mentions = year_mentions("2023年完成投资，到2027年建成，至二〇四〇年全面提升")
    assert [(m.year, m.by) for m in mentions] == [(2023, False), (2027, True), (2040, True)]


def test_years_typed_with_a_letter_o_or_zero_digits_for_the_chinese_zero():
    mentions = year_mentions("二00六年全县生产总值增长百分之十，二O一五年建成新城")
    assert [m.year for m in mentions] == [2006, 2015]


def test_year_with_month_range_counts():
    assert [m.year for m in year_mentions("2024年1-9月实现营收")] == [2024]


def test_five_year_plans():
    assert plan_period("力争“十五五”末实现") == (2026, 2030)
    assert plan_period("“十三五”时期取得成就") == (2016, 2020)
    assert plan_period("第十五个五年规划") == (2026, 2030)
    assert plan_period("“十四五”开局之年") is None  # the start of a plan is not its horizon


def test_a_plan_with_a_long_name_after_its_period_is_that_period():
    assert plan_period("我省印发“十四五”推进农业农村现代化规划") == (2021, 2025)


def test_coming_years_counted_from_the_text_year():
    # the N years after the text's year, as the annotators of the real corpus count them …
    assert next_years("今后三年，全市将", 2024) == (2025, 2027)
    assert next_years("未来10年", 2020) == (2021, 2030)
    # … unless the text counts its own year first (its deadlines fall four years on)
    assert next_years("未来5年", 2021, inclusive=True) == (2021, 2025)
    assert next_years("一年内就实现投产", 2021, inclusive=True) == (2022, 2022)
    assert next_years("近年来", 2020) is None


def test_year_range():
    assert year_range("规划期(2026-2035年)") == (2026, 2035)


def test_a_base_year_written_as_the_foundation_is_a_baseline():
    mentions = year_mentions("人均收入在2020年基础上翻一番，到2035年实现")
    assert [(m.year, m.base) for m in mentions] == [(2020, True), (2035, False)]


def test_a_year_split_by_a_line_wrap_and_a_from_baseline():
    assert [m.year for m in year_mentions("在天河区，2\n023年经济总量")] == [2023]
    mentions = year_mentions("企业由2015年的18家增加到96家，从2024年起每年新增")
    assert [(m.year, m.base) for m in mentions] == [(2015, True), (2024, False)]


def test_each_doubling_is_dated_by_its_own_span_of_years():
    text = "今后五年，力争全市经济总量五年翻一番，服务业增加值四年翻一番。"
    assert [(t.metric, t.target_year) for t in extract_text(text, 2011).targets] == [
        ("地区生产总值", 2016),
        ("服务业增加值", 2015),
    ]


def test_a_doubling_over_years_in_a_review_is_a_record():
    text = "过去五年，全省高新技术企业数3年翻一番，咖啡产值增长3倍。"
    assert extract_text(text, 2026).targets == []


def test_a_whole_year_named_in_another_clause_does_not_date_a_plans_goal():
    text = (
        "“十二五”期间，推动城市建设上水平。加快园林绿化，全年空气质量稳定达到国家二级标准，"
        "加快基础设施建设，市政设施完好率达到90%以上。"
    )
    assert [(t.value, t.target_year) for t in extract_text(text, 2011).targets] == [(90, 2015)]


def test_the_long_range_goals_of_2035_named_by_their_year_date_nothing():
    text = "二、“十五五”时期主要目标任务\n综合考虑实现2035年远景目标，提出地区生产总值年均增长5%—5.5%。"
    assert [(t.value, t.target_year) for t in extract_text(text, 2026).targets] == [(5, 2030)]


def test_a_span_named_after_a_deadline_ends_at_the_deadline():
    text = "据介绍，到2012年，用3年左右时间打牢基础。接待游客达到3160万人次。"
    assert [(t.value, t.target_year) for t in extract_text(text, 2011).targets] == [(3160, 2012)]


def test_the_main_goals_of_a_plan_name_the_plan_a_text_of_its_first_year_is_about():
    text = "“十四五”主要目标\n今后五年的主要任务\n力争全社会研发经费投入年均增长20%以上。"
    assert [(t.value, t.target_year) for t in extract_text(text, 2021).targets] == [(20, 2025)]


def test_a_deadline_opening_a_goal_sentence_dates_the_goals_after_it_in_its_paragraph():
    text = "方案提出，到2027年，全省特色产业集群达到50个。县域产业加快升级，即争创3-5个领军型县域冠军产业。"
    assert [(t.value, t.target_year) for t in extract_text(text, 2025).targets] == [(50, 2027), (3, 2027)]


def test_the_coming_year_in_a_report_opening_a_year_is_that_year():
    text = "未来一年，全区将擎起科技创新担当，全年遴选瞪羚企业200家，新增高新技术企业100家。"
    assert [(t.value, t.target_year) for t in extract_text(text, 2022).targets] == [(200, 2022), (100, 2022)]


def test_a_programme_named_by_its_years_dates_no_other_goal():
    text = "今年要启动外国人才三年倍增行动，优化外国人来琼政策，来琼工作外国人增长20%。"
    assert [(t.value, t.target_year) for t in extract_text(text, 2026).targets] == [(20, 2026)]


def test_a_whole_year_in_the_figures_own_clause_wins_over_a_plan_named_before_it():
    text = "围绕“十四五”规划实施，谋划一批大项目，全年省市重点项目完成投资8000亿元以上。"
    assert [(t.value, t.target_year) for t in extract_text(text, 2022).targets] == [(8000, 2022)]


def test_a_three_year_programme_due_in_its_third_year_counts_its_own_year_first():
    text = (
        "某区今天印发行动方案，未来3年，某区将加快发展。\n根据方案，到2023年，某区产业体系将壮大成势。\n"
        "经济总量突破3600亿元，年均增长14%。"
    )
    rows = [(t.value, t.target_year, t.period_start) for t in extract_text(text, 2021, "某区").targets]
    assert rows == [(3600, 2023, None), (14, 2023, 2021)]


def test_a_list_titled_with_the_plan_is_due_at_the_plans_end():
    text = "某省“十四五”县域发展目标任务清单出炉\n\n主导产业\n\n■全省县域主导产业总产值将达1.7万亿元\n"
    assert [(t.value, t.target_year) for t in extract_text(text, 2021).targets] == [(1.7, 2025)]


def test_a_notice_issuing_a_plan_of_some_years_dates_its_goals_at_the_plans_end():
    text = (
        "各街道办事处、乡镇人民政府：\n《某区科技创新能力提升实施方案（2023-2027年）》已经区政府常务会议审议通过，"
        "现印发给你们，请认真贯彻落实。\n一、总体要求\n不断加快技术创新体系建设，争取建成省级重点企业研究院3家。\n"
    )
    assert [(t.value, t.target_year) for t in extract_text(text, 2023, "某区").targets] == [(3, 2027)]


def test_news_of_a_plan_issued_dates_its_goals_in_the_plans_years():
    text = (
        "6月15日，某市人民政府办公厅印发《某市推动制造业高质量发展三年行动计划（2023-2025年）》，"
        "其中提到，工业增加值力争超过1.3万亿元。"
    )
    assert [(t.value, t.target_year) for t in extract_text(text, 2023, "某市").targets] == [(1.3, 2025)]


def test_a_title_naming_a_later_year_with_a_goal_verb_dates_the_goals_below_it(extract_titled):
    body = "记者从会上获悉，全省将力争培育10万家创新型中小企业，1万家专精特新企业。"
    targets = extract_titled("某省：2027年将培育10万家创新型企业", body, 2024).targets
    assert {t.target_year for t in targets} == {2027}


def test_the_next_five_years_of_a_plan_issued_in_its_second_year_are_the_plan_s(extract_titled):
    body = "近日，省政府印发《规划》。《规划》勾勒出今后五年的路线图。\n具体包括：油料产量稳定在200万吨以上。"
    targets = extract_titled("我省印发“十四五”推进农业现代化规划", body, 2022).targets
    assert [(t.value, t.target_year) for t in targets] == [(200, 2025)]


def test_this_year_named_after_a_short_opening_clause_dates_the_goals_after_a_plan_s(extract_titled):
    body = (
        "未来五年主要预期目标：确保GDP超过2000亿元。\n"
        "报告指出，2026年是实施“十五五”规划的第一年。主要预期目标是：地区生产总值增长6%；固定资产投资增长8%。"
    )
    targets = extract_titled("某市“十五五”时期目标与任务明确", body, 2026).targets
    assert [(t.value, t.target_year) for t in targets] == [(2000, 2030), (6, 2026), (8, 2026)]


def test_a_plan_named_in_what_the_year_is_does_not_date_its_goals():
    text = "2019年是决胜全面小康、实施“十三五”规划的关键一年，全县将新建农村公路120公里。"
    assert [(t.value, t.target_year) for t in extract_text(text, 2019).targets] == [(120, 2019)]


def test_a_subheading_opening_with_a_year_ahead_is_a_goal_not_a_new_articles_date():
    text = (
        "澜泽市两会特刊\n今后五年目标\n2030年居民人均收入\n比2020年翻一番\n"
        "市长在报告中指出，今后五年全市生产总值年均增长6%左右。"
    )
    targets = extract_text(text, 2025).targets
    assert [(t.value, t.target_year, t.period_start) for t in targets] == [(6, 2030, 2026)]


def test_a_five_year_plan_written_as_taiwan_writes_it_dates_its_indicators():
    text = (
        "市長介紹未來十五五規畫提及，設置了20項主要指標，"
        "包括：地區生產總值年均增速5%左右，研發投入占比6%以上。"
    )
    assert [(t.value, t.target_year) for t in extract_text(text, 2026).targets] == [(5, 2030), (6, 2030)]


def test_a_year_written_straight_before_its_whole_year_is_a_year():
    assert [m.year for m in year_mentions("服务活动计划2025全年开展100场以上")] == [2025]
    assert year_mentions("编号20251231全年有效") == []


def test_each_figure_after_a_list_of_years_and_fen_bie_takes_its_own_year():
    ex = extract_text("全区力争2026年、2030年工业产值分别达到2000亿元、4000亿元。", 2022)
    assert sorted((t.value, t.target_year) for t in ex.targets) == [(2000.0, 2026), (4000.0, 2030)]
    # one figure for two years: no pairing
    one = extract_text("力争2026年、2030年工业产值分别突破2000亿元。", 2022)
    assert [t.value for t in one.targets] == [2000.0]


def test_a_heading_naming_the_works_of_a_plan_period_dates_the_section_below_it():
    """（二）“十四五”重点安排 in a guideline of 2021: the works listed under it are due by 2025."""
    assert plan_period("（二）“十四五”重点安排") == (2021, 2025)
    assert plan_period("“十五五”主要任务") == (2026, 2030)
    text = (
        "一、总体要求\n到2035年，全市森林覆盖率达到25%。\n"
        "二、主要任务\n推进湿地保护。\n"
        "（二）“十四五”重点安排\n"
        "推进郊野公园建设，确保新建郊野公园8座，新增绿道300公里。\n"
    )
    rows = [(t.value, t.target_year) for t in extract_text(text, 2021, "某市").targets]
    assert rows == [(25, 2035), (8, 2025), (300, 2025)]


def test_a_year_whose_results_a_sentence_builds_on_is_its_baseline_not_its_time():
    text = "某镇在2012年各项工作取得显著成绩的基础上，力争地区生产总值增长15%，地方财政收入增长20%。"
    assert [(t.value, t.target_year) for t in extract_text(text, 2013).targets] == [(15, 2013), (20, 2013)]
    # figures inside what the sentence builds on are that year's, no goals
    text = "在2016年2.8亿元投入基础上，今年将再安排专项基金5.6亿元。"
    assert [t.value for t in extract_text(text, 2017).targets] == [5.6]
