"""Goal blocks, clause evidence and possible targets (issue: extraction that holds on unseen documents).

Each failure mechanism is tested with sentences written for these tests (bodies invented), then
with the example sentences of the issue itself. Bodies are not asserted here: they belong to the
body-resolution tests.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from huangpu_tracker.cli import main
from huangpu_tracker.documents import read_document_bytes
from huangpu_tracker.extraction import extract_document, extract_text
from huangpu_tracker.extraction.model import POSSIBLE_BELOW


def _goals(text: str, year: int) -> list[tuple]:
    return [(t.value, t.unit, t.kind, t.comparator, t.target_year) for t in extract_text(text, year).targets]


def _records(text: str, year: int) -> list[tuple]:
    return [(a.value, a.unit, a.year) for a in extract_text(text, year).actuals]


# 1. A scope stated once holds for the items listed after it, across paragraphs and lines.


def test_a_five_year_scope_holds_for_the_next_paragraph():
    text = "大会提出，今后五年全市将聚焦数字经济。\n全市软件业务收入突破600亿元，快递业务量达到9亿件。"
    assert _goals(text, 2022) == [(600, "亿元", "level", "min", 2027), (9, "亿件", "level", "reach", 2027)]


def test_every_item_after_a_lead_in_with_a_colon_is_a_goal():
    text = (
        "今后，柳岸区将抓好三项工作：\n一是扩大有效投资，完成技改投资80亿元。\n"
        "二是培育市场主体，新增个体工商户6000户以上。\n三是办好民生实事，新建社区食堂25个。"
    )
    values = [goal[0] for goal in _goals(text, 2025)]
    assert values == [80, 6000, 25]


def test_will_after_a_short_name_is_a_cue():
    assert _goals("石湾将新建充电桩300个。", 2025) == [(300, "个", "increment", "reach", 2025)]


def test_a_programme_announced_in_one_sentence_covers_the_plain_figures_after_it():
    text = "今年全镇将重点办好五件事。要稳住农业基本盘。全镇水稻种植面积稳定在8万亩。"
    assert _goals(text, 2024) == [(8, "万亩", "level", "reach", 2024)]


def test_one_goal_per_short_line_under_a_lead_in():
    text = "今年，东岭县确定以下年度目标：\n签约亿元以上项目30个以上\n新增造林面积2万亩\n改造农村公路85公里"
    values = [(goal[0], goal[2]) for goal in _goals(text, 2024)]
    assert values == [(30, "increment"), (2, "increment"), (85, "increment")]


# 2. A wrapped line starting with a year does not date the rest of the text.


def test_a_wrapped_line_opening_with_a_year_keeps_the_texts_year():
    text = "新的一年，全县上下要乘势而上，\n2026年是规划目标之年\n全年新增城镇就业1.2万人。"
    assert _goals(text, 2024) == [(1.2, "万人", "increment", "reach", 2024)]


# 3. Past evidence holds in its own clause; a review's estimates and bounded outcomes stay records.


def test_a_past_particle_does_not_turn_the_next_sentence_into_a_record():
    text = "围绕今后三年，县里明确了一组指标。届时全县森林覆盖率要达到68%。"
    assert _goals(text, 2025) == [(68, "%", "level", "reach", 2028)]


def test_a_reviews_estimates_and_bounded_outcomes_are_records_of_the_year_reviewed():
    text = "2024年，全市经济回升向好。预计全年地区生产总值增长5.2%左右，全年城镇新增就业4.1万人以上。"
    assert _goals(text, 2025) == []
    assert _records(text, 2025) == [(5.2, "%", 2024), (4.1, "万人", 2024)]


def test_a_bounded_goal_after_a_plain_record_is_a_goal():
    text = "2024年全县社会消费品零售总额增长6%。全年外贸进出口增长8%以上。"
    assert _goals(text, 2025) == [(8, "%", "growth", "min", 2025)]


def test_this_year_inside_a_reviewed_clause_does_not_end_the_review():
    """…跨江通道主线全线贯通、今年通车后…: a result's sequel named in passing, the review goes on; a clause
    opening on 今年 (…，省长说，今年全省将…) turns to the year ahead."""
    review = "一、2023年工作回顾\n过去一年，全省经济回升向好，新增市场主体12万户。\n"
    passing = "我们推进基础设施联通，城际铁路开工建设，跨江通道主线全线贯通、今年通车后两市只需半小时。"
    results = "全面加强规则衔接，发布110项标准，108项政务服务事项实现跨境通办。\n"
    assert _goals(review + passing + results, 2024) == []
    records = [(12, "万户", 2023), (110, "项", 2023), (108, "项", 2023)]
    assert _records(review + passing + results, 2024) == records
    turning = "“粮稳天下安”，省长说，今年全省将抓好粮食生产。确保粮食产量稳定在800亿斤以上。\n"
    assert [(g[0], g[4]) for g in _goals(review + turning, 2024)] == [(800, 2024)]


def test_planning_the_years_ahead_reported_in_a_review_opens_no_goals():
    """过去一年…周密部署未来五年发展和某区全面振兴之路: what was planned last year, the review goes on
    (部署今后五年的发展目标任务 still leads into goals)."""
    text = (
        "一、2016年工作回顾\n过去一年，我们重点开展了以下工作。\n规划引领再启新程。树立战略思维，周密部署未来五年发展"
        "和某区全面振兴之路。\n着力招商引资。引进总部大型企业34家，新增创新载体3个。\n"
    )
    assert _goals(text, 2017) == []
    assert _records(text, 2017) == [(34, "家", 2016), (3, "个", 2016)]


def test_a_heading_of_results_to_bring_about_is_a_task_not_a_review():
    """一、奋力推动经济发展取得新成效 under 未来五年…六个方面的工作: the results to bring about (改革开放取得
    新成效 alone would head a review)."""
    text = (
        "未来五年，我们将奋力抓好六个方面的工作。\n一、奋力推动经济发展取得新成效\n升级现有产业。依托龙头企业，"
        "推动全产业链提升。\n培育科技企业。全区国家级高新技术企业达到2000家。\n"
    )
    assert [(g[0], g[4]) for g in _goals(text, 2021)] == [(2000, 2026)]
    assert _goals(text.replace("奋力推动经济发展取得新成效", "经济发展取得新成效"), 2021) == []  # a review's


def test_the_review_ends_where_the_text_speaks_of_its_own_year():
    text = "过去一年，全区新增市场主体1.5万户。\n\n2025年是收官之年，全年新增市场主体1.8万户。"
    assert _records(text, 2025) == [(1.5, "万户", 2024)]
    assert _goals(text, 2025) == [(1.8, "万户", "increment", "reach", 2025)]


# 4. A plan named in passing is not the horizon of the goals around it.


def test_a_plan_named_in_passing_does_not_date_this_years_goals():
    text = "做好“十五五”规划编制工作，是今年的重要任务。全年一般公共预算收入增长4%。"
    assert _goals(text, 2025) == [(4, "%", "growth", "reach", 2025)]


def test_a_plan_named_as_a_document_in_a_report_does_not_date_its_goals():
    text = "今年是实施“十四五”规划承前启后的一年。全年粮食产量稳定在50万吨以上。"
    assert _goals(text, 2023) == [(50, "万吨", "level", "min", 2023)]


# 5. A year named in one clause is that clause's; spans such as 奋战三年 count.


def test_a_year_in_a_later_clause_belongs_to_that_clause():
    text = "今后五年，全县力争2024年建成高铁站，城区人口达到30万人。"
    assert _goals(text, 2021) == [(30, "万人", "level", "reach", 2026)]


def test_the_next_five_years_are_counted_after_the_texts_year():
    goals = _goals("会议提出，未来五年全县地区生产总值年均增长7%。", 2023)
    assert [(g[2], g[4]) for g in goals] == [("avg_growth", 2028)]


def test_a_text_with_deadlines_four_years_on_counts_its_own_year_first():
    text = (
        "未来五年，全区将实施三大计划。到2025年，全区规上工业总产值突破1万亿元；"
        "未来5年累计完成投资超5000亿元。"
    )
    targets = extract_text(text, 2021).targets
    assert [(t.value, t.target_year, t.period_start) for t in targets] == [
        (1, 2025, None),
        (5000, 2025, 2021),
    ]


def test_a_text_calling_its_year_the_first_of_five_counts_its_own_year_first():
    """2019年是…未来五年工作的开局之年 with no deadline named: 未来五年 are 2019–2023; a review's
    一年内就建成 before it stays a record of the year past."""
    text = (
        "过去一年，某某产业园一年内就建成投产，全区新增市场主体1.2万户。"
        "2019年是新一届政府的起步之年，也是做好未来五年工作的开局之年。"
        "未来五年，全区地区生产总值年均增长8%，累计新建保障性住房2万套以上。"
    )
    opening = "2019年是新一届政府的起步之年，也是做好未来五年工作的开局之年。"
    goals = [(8, "%", "avg_growth", "reach", 2023), (2, "万套", "cumulative", "min", 2023)]
    assert _goals(text, 2019) == goals
    assert _records(text, 2019) == [(1.2, "万户", 2018)]
    assert _goals(text.replace(opening, ""), 2019) == [(*goal[:4], 2024) for goal in goals]


def test_a_span_of_years_written_as_effort_is_a_period():
    goals = _goals("再用三年时间，全县新增规上企业60家。", 2024)
    assert [(g[0], g[2], g[4]) for g in goals] == [(60, "cumulative", 2027)]


# 6. Figures written as multiples, bare index values and paired figures.


def test_doubling_words_are_multiples():
    goals = _goals("到2030年，全市研发经费投入增加一倍，实现工业产值倍增。", 2025)
    assert [(g[0], g[1], g[4]) for g in goals] == [(2, "倍", 2030), (2, "倍", 2030)]


def test_a_bare_index_value_is_a_goal():
    goals = _goals("到2026年，全省营商环境指数达到85。", 2024)
    assert [(g[0], g[4]) for g in goals] == [(85, 2026)]


def test_paired_figures_share_the_kind_and_the_bound():
    goals = _goals("全年城镇和农村居民收入分别增长5%、7%以上。", 2024)
    assert goals == [(5, "%", "growth", "min", 2024), (7, "%", "growth", "min", 2024)]


def test_spoken_hundred_millions_are_read():
    goals = _goals("今年产值将突破50个亿。", 2024)
    assert [(g[0], g[1]) for g in goals] == [(50, "亿元")]


def test_a_question_is_no_goal():
    assert _goals("今年全市GDP能否突破3万亿元吗？", 2024) == []


# 7. Nothing silently dropped: figures without tense evidence are possible targets.


def test_a_figure_without_any_evidence_is_a_possible_target():
    extraction = extract_text("城区绿地面积480公顷。", 2024)
    assert extraction.targets == []
    assert [(p.value, p.unit) for p in extraction.possible] == [(480, "公顷")]
    assert all(p.confidence < POSSIBLE_BELOW for p in extraction.possible)


def test_targets_with_more_evidence_are_more_confident():
    cued = extract_text("今年，全区力争新增企业200家。", 2024).targets[0]
    in_block = extract_text("主要目标是：\n\n新增企业200家。", 2024).targets[0]
    assert cued.confidence > in_block.confidence >= POSSIBLE_BELOW


def test_extract_all_lists_possible_targets_marked_with_their_confidence(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("今年全区将新增学位3000个。\n\n城区绿地面积480公顷。\n", encoding="utf-8")
    default = json.loads(CliRunner().invoke(main, ["extract", str(path), "--json"]).output)
    everything = json.loads(CliRunner().invoke(main, ["extract", str(path), "--json", "--all"]).output)
    assert [row["value"] for row in default] == [3000]
    possible = [row for row in everything if row.get("possible")]
    assert [row["value"] for row in possible] == [480]
    assert possible[0]["confidence"] < POSSIBLE_BELOW


# The example sentences of the issue, as written there: (text, year, [(value, target year)]).
ISSUE_EXAMPLES = [
    ("会议明确，今后五年全县将聚焦制造业升级。\n全县规模以上工业产值突破900亿元，研发投入强度达到3%。", 2021,
     [(900, 2026), (3, 2026)]),
    ("下一步，澜泽区将着力推进四项任务：\n一是加快产业升级，完成重大项目投资260亿元。\n"
     "二是优化营商环境，新增企业8000户以上。\n三是补齐民生短板，新建幼儿园15所。", 2024,
     [(260, 2024), (8000, 2024), (15, 2024)]),
    ("滨湾将引进高端人才500名。", 2024, [(500, 2024)]),
    ("今年全区将重点推进三件事。要加快现代农业发展，稳定粮食生产。全区生猪出栏达到50万头。", 2024,
     [(50, 2024)]),
    ("今年，青禾区定下以下具体目标：\n引进重大产业项目45个以上\n新增绿地面积120公顷\n改造老旧小区60个", 2024,
     [(45, 2024), (120, 2024), (60, 2024)]),
    ("对于未来三年，区政府确定了一批硬指标。届时全区常住人口要达到120万人，城镇化率达到70%。", 2024,
     [(120, 2027), (70, 2027)]),
    ("2023年，全县经济运行稳中向好。预计全年全县生产总值增长4.8%左右，全年新增就业2.1万人以上。", 2024, []),
    ("今后五年，全区力争2026年建成综合交通枢纽，城镇化率达到75%。", 2021, [(75, 2026)]),
    ("奋战三年，全市新增市场主体10万户。", 2024, [(10, 2027)]),
    ("2025年全区工作安排：科学编制“十五五”规划。全年地区生产总值增长5.5%左右。", 2025, [(5.5, 2025)]),
    ("到2027年，全市研发投入增加一倍。", 2024, [(2, 2027)]),
    ("到2027年，数字化转型指数达到70。", 2024, [(70, 2027)]),
    ("到2025年，粮食和蔬菜产量分别达到30万吨、45万吨以上。", 2021, [(30, 2025), (45, 2025)]),
    ("《某市新能源产业发展三年行动计划(2024—2026年)》提出，到2026年，全市新能源汽车产量达到20万辆以上。",
     2024, [(20, 2026)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year", "expected"), ISSUE_EXAMPLES)
def test_issue_examples(text, year, expected):
    assert [(goal[0], goal[4]) for goal in _goals(text, year)] == expected


def test_issue_examples_records_and_bounds():
    text = "2023年，全县经济运行稳中向好。预计全年全县生产总值增长4.8%左右，全年新增就业2.1万人以上。"
    assert _records(text, 2024) == [(4.8, "%", 2023), (2.1, "万人", 2023)]
    goals = _goals("到2025年，粮食和蔬菜产量分别达到30万吨、45万吨以上。", 2021)
    assert [goal[3] for goal in goals] == ["min", "min"]


def test_a_deadline_holds_for_the_clauses_after_it():
    text = "2024年3月该市还印发了实施意见，提出力争到2026年，全市软件业务收入突破800亿元。"
    assert [(g[0], g[4]) for g in _goals(text, 2024)] == [(800, 2026)]


def test_future_industries_and_a_year_within_a_review_end_no_review():
    text = (
        "过去一年，全省新增高新技术企业800家。未来产业加快布局，一年内就实现3个项目投产。\n"
        "全年规上工业增加值增长7.2%，新增就业35万人。"
    )
    assert _goals(text, 2026) == []
    assert [r[0] for r in _records(text, 2026)] == [800, 3, 7.2, 35]


def test_a_plans_first_year_report_keeps_its_five_years_and_this_years_goals_apart():
    text = (
        "“十五五”时期，要努力实现以下目标：今后五年，全省地区生产总值年均增长5%左右。\n"
        "今年是“十五五”开局之年。全省经济社会发展的主要预期目标是：地区生产总值增长4.5%左右，"
        "城镇新增就业45万人以上。"
    )
    targets = extract_text(text, 2026).targets
    rows = [(t.value, t.kind, t.target_year, t.period_start) for t in targets]
    assert rows == [(5, "avg_growth", 2030, 2026), (4.5, "growth", 2026, None), (45, "increment", 2026, None)]


def test_figures_named_before_the_goal_word_of_their_sentence_are_goals():
    text = "一、对地区生产总值增长5%以上、城镇新增就业30万人左右等主要预期目标，分解落实到各部门。"
    assert [(g[0], g[2], g[3]) for g in _goals(text, 2025)] == [
        (5, "growth", "min"),
        (30, "increment", "approx"),
    ]


def test_carrying_out_the_cabinets_work_plan_in_a_review_is_no_programme():
    text = "一年来，我们认真落实国务院工作安排，全省地区生产总值增长5.1%，新增就业130万人。"
    assert _goals(text, 2026) == []


def test_a_list_of_the_years_practical_matters_is_a_programme(extract_titled):
    body = "为超5000名残疾儿童免费提供康复服务，新建社区食堂200个。"
    assert [t.value for t in extract_titled("2026年十件民生实事", body, 2026).targets] == [5000, 200]
    for title in ("临溪区发布2026年民生“暖心”实事", "临溪县今年为民办好十件实事", "临溪区2026年十大惠民工程"):
        assert [t.value for t in extract_titled(title, body, 2026).targets] == [5000, 200], title


def test_last_year_as_the_measure_of_a_goal_does_not_turn_the_paragraph_back():
    text = "今年，低保补差水平不低于上年度水平。全省新建社区食堂300个。"
    assert [g[0] for g in _goals(text, 2026)] == [300]


def test_a_period_named_inside_a_paragraph_of_this_years_programme_dates_that_paragraph_only():
    text = (
        "三、2026年工作安排\n"
        "推进新型城镇化，“十五五”时期县城新增人口50万人。\n"
        "推进乡村建设，农村生活污水治理率达60%。"
    )
    targets = extract_text(text, 2026).targets
    assert [(t.value, t.target_year) for t in targets] == [(50, 2030), (60, 2026)]


def test_a_record_of_no_known_year_is_no_actual():
    assert extract_text("过去五年，全区地区生产总值达到4000亿元，增长8%。", None).actuals == []


def test_a_notices_signing_date_does_not_date_the_plan_after_it(extract_titled):
    body = (
        "现将行动方案印发给你们，请认真贯彻执行。\n某省人民政府办公厅\n2023年3月10日\n"
        "一、主要目标\n到2025年，全省新能源汽车产量达到120万辆以上。培育年营业收入超百亿元的企业10家。"
    )
    targets = extract_titled("某省新能源汽车产业发展行动方案（2023—2025年）", body, 2023).targets
    assert [(t.value, t.target_year) for t in targets] == [(120, 2025), (10, 2025)]


def test_a_programme_of_n_items_announced_ahead_opens_a_goal_block_over_its_numbered_items():
    text = (
        "1月20日，某州人代会开幕。报告明确，今年将继续统筹财力，扎实办好“十件民生实事”。\n（一）\n"
        "促进群众就业增收，开展职业技能培训3万人次。\n（二）\n办好教育，新建、改扩建公办学校12所。"
    )
    assert _goals(text, 2025) == [
        (3, "万人次", "increment", "reach", 2025),
        (12, "所", "increment", "reach", 2025),
    ]


def test_a_programme_of_n_items_carried_out_in_a_review_opens_no_goal_block():
    text = "过去一年，我们实施十项民生工程。\n（一）\n新建学校12所。\n（二）\n新增就业2万人。"
    assert _goals(text, 2025) == []


def test_a_span_of_years_deep_in_a_goal_sentence_holds_for_that_sentence_only():
    text = (
        "2025年主要任务\n推动装备集群发展，力争通过3年努力，培育上市企业10家以上。"
        "全市开发区营业收入增长15%以上。"
    )
    assert [(t.value, t.target_year) for t in extract_text(text, 2025).targets] == [(10, 2028), (15, 2025)]


def test_a_span_of_years_in_a_lead_in_dates_the_goals_after_it():
    text = "区长介绍，我们对今后五年的发展提出了具体目标。总体来说，要实现地区生产总值超过1800亿元。"
    assert [(t.value, t.target_year) for t in extract_text(text, 2025).targets] == [(1800, 2030)]


def test_a_heading_naming_a_plans_main_goals_dates_the_section_below_it():
    text = "二、“十五五”主要目标任务\n（一）打造生态文明高地。\n全面实施保护法，森林覆盖率达到38%。"
    assert [(t.value, t.target_year) for t in extract_text(text, 2026).targets] == [(38, 2030)]


def test_a_resolve_for_what_people_will_have_keeps_a_goal_block_going():
    text = (
        "今年主要目标是：地区生产总值增长6%。\n各县要千方百计增加农民收入，让群众拥有更好的房子。"
        "二要让农业生产更有甜头儿。建设高标准农田38万亩。"
    )
    assert [(t.value, t.unit) for t in extract_text(text, 2022).targets] == [(6, "%"), (38, "万亩")]


def test_a_past_verb_opening_a_list_of_indicators_stops_before_the_list():
    text = "《纲要草案》设置了29项主要指标，包括：地区生产总值年均增速4.5%-5%，彩化率达24.2%。"
    assert [(t.value, t.unit) for t in extract_text(text, 2026).targets] == [(4.5, "%"), (24.2, "%")]


def test_a_past_verb_goes_on_over_the_achievements_listed_after_it():
    text = "全省开发区聚集了一批龙头企业，聚集世界500强企业10家，上市公司38家。"
    assert extract_text(text, 2026).targets == []


def test_a_resolve_opening_the_item_after_a_semicolon_ends_a_past_verbs_hold():
    text = "去年全县新建的养老站点均已投用；计划新建日间照料中心16个，床位增加到800张以上。"
    assert [(t.value, t.unit) for t in extract_text(text, 2025).targets] == [(16, "个"), (800, "张")]
    review = "去年全县新建养老站点9个；争取上级资金1.2亿元；目标任务完成率达110%。"
    assert extract_text(review, 2025).targets == []
    for spoken in (
        "去年全县新建的养老站点均已投用；要新建日间照料中心16个。",
        "…均已投用；目标新建日间照料中心16个。",
    ):
        assert [t.value for t in extract_text(spoken, 2025).targets] == [16.0]


def test_a_plan_named_in_this_years_goal_lead_in_is_its_context_not_its_horizon():
    text = (
        "2023年，全区经济社会发展主要预期目标是：锚定“十四五”期间县域经济冲十进百的目标，稳中求进。\n"
        "力争固定资产投资增幅16%以上。"
    )
    assert [(t.value, t.target_year) for t in extract_text(text, 2023).targets] == [(16, 2023)]


def test_a_list_line_without_an_indicator_goes_on_with_the_line_before_it():
    text = "目标\n\n主营业务收入2017年达到2400亿元左右\n\n2020年达到3800亿元左右\n\n年均增长20%左右\n"
    goals = [(t.metric, t.value, t.target_year) for t in extract_text(text, 2016).targets]
    assert goals == [
        ("主营业务收入", 2400, 2017),
        ("主营业务收入", 3800, 2020),
        ("主营业务收入增速", 20, 2020),
    ]


def test_the_glossary_closing_a_report_holds_no_goals():
    text = "今年全县新增就业5000人。\n附：名词解释\n1.“双千工程”：即每年实施1000个项目，完成投资1000亿元。"
    assert [(t.value, t.unit) for t in extract_text(text, 2025).targets] == [(5000, "人")]
    spaced = (  # a heading spaced out as printed, over what a park is
        "今年全县新增就业5000人。\n名 词 解 释\n〔1〕农副产品加工园区：位于某某镇，总面积2763亩，"
        "其中工业用地1268亩，总投资12.82亿元，计划2021年7月全面达到企业入驻条件。\n"
    )
    assert [(t.value, t.unit) for t in extract_text(spaced, 2021).targets] == [(5000, "人")]


def test_a_coming_year_naming_a_list_in_a_review_does_not_turn_the_review_ahead():
    text = (
        "过去一年，项目建设扎实推进。全年实施重点项目63个。列入2021年省级重点项目15个。"
        "开展外出招商活动39次，签约项目41个。"
    )
    assert extract_text(text, 2021).targets == []


def test_a_work_plan_heading_run_into_its_first_sentence_opens_a_goal_block():
    text = "2021年，工业稳步增长。\n2022年工作安排，做强工业。储氢材料产量达到0.4万吨，产值达到500亿元。"
    assert [(t.value, t.target_year) for t in extract_text(text, 2022).targets] == [(0.4, 2022), (500, 2022)]


def test_a_half_year_by_which_something_is_done_is_no_record():
    text = "推动二期项目在上半年集中投产，力争年内多晶硅料产能达到37.5万吨。"
    assert [(t.value, t.unit) for t in extract_text(text, 2022).targets] == [(37.5, "万吨")]


def test_a_single_past_word_in_a_programme_does_not_turn_the_sentences_after_it():
    text = (
        "2026年主要任务\n推动国家公园博物馆建设取得决定性进展、已开工社区完成主要工程量。"
        "巩固提升“禁塑”成效，重点行业场所替代品占有率达84%。"
    )
    assert [(t.value, t.target_year) for t in extract_text(text, 2026).targets] == [(84, 2026)]


def test_a_blank_line_after_a_closed_line_ends_the_paragraph_before_a_review():
    text = (
        "今年新建学校10所。\n\n黄埔故事令人振奋……\n\n"
        "过去的一年，全区全力打造典范区。扎实开展学习教育，建成学习阵地157个。"
    )
    assert [(t.value, t.unit) for t in extract_text(text, 2022).targets] == [(10, "所")]


def test_goals_a_text_says_it_set_are_goals_after_a_review():
    text = (
        "一年来，全州各项事业取得新成效，地区生产总值增长2.7%。\n"
        "临山州划定发展预期目标，地区生产总值增长4%；固定资产投资增长6%；城镇登记失业率控制在3%以内。"
    )
    assert [t.value for t in extract_text(text, 2023).targets] == [4, 6, 3]


def test_a_slogan_of_goals_in_a_review_opens_no_goals():
    text = "过去一年，全省锚定“3815”战略发展目标，地区生产总值突破3万亿元、年均增长4.7%。"
    assert extract_text(text, 2025).targets == []


def test_a_numbered_goals_heading_closed_by_a_full_stop_opens_a_goal_block():
    text = (
        "（二）发展目标。\n"
        "到2027年，产业创新能力明显增强。全省渔船总动力超过300万千瓦，"
        "其中远洋渔船动力达到40万千瓦，装备结构进一步优化。全省水产品加工率达到60%，加工体系基本建立。"
    )
    assert [(t.value, t.target_year) for t in extract_text(text, 2024).targets] == [
        (300, 2027),
        (40, 2027),
        (60, 2027),
    ]


def test_a_title_on_a_plan_s_answer_sheet_is_a_review(extract_titled):
    body = "“十四五”以来，全县发展稳进提质。\n综合实力显著提升。\n预计2025年生产总值305亿元，年均增长8%。"
    assert extract_titled("临川“十四五”答卷：生产总值年均增长8%", body, 2025).targets == []


def test_figures_ranked_among_others_after_the_goals_are_results():
    text = (
        "今年，临海将坚持稳中求进，地区生产总值预期目标为增长5.5%左右。\n"
        "固定资产投资增长9.2%、增速居全省第一，外贸进出口总额增长15.1%、增速居全省第三，"
        "海上风电装机容量超500万千瓦、居全国第二。"
    )
    assert [(t.metric, t.value) for t in extract_text(text, 2025).targets] == [("地区生产总值增速", 5.5)]


def test_a_rank_set_as_a_goal_is_no_result():
    text = "到2027年，人均体育场地面积达到3平方米以上；赛事成绩位居全国前列；体育产业规模达到5000亿元以上。"
    assert [t.value for t in extract_text(text, 2024).targets] == [3, 5000]


def test_last_year_s_goal_met_opens_no_goals_but_a_goal_to_meet_this_year_s_does():
    review = "据报告，2024年全省地区生产总值预计可实现全年预期目标，一般公共预算收入3600.5亿元、增长0.6%。"
    assert extract_text(review, 2025).targets == []
    goal = "今年要确保实现全年目标，地区生产总值增长5%左右。"
    assert [t.value for t in extract_text(goal, 2025).targets] == [5]


def test_a_year_to_reach_after_an_opening_clause_holds_for_its_paragraph():
    text = (
        "围绕管网改造开展专项整治，到2028年，基本消除城区易涝点。全面建立长效管护机制。"
        "雨污分流覆盖率达到85%，污水集中收集率达到75%。"
    )
    assert _goals(text, 2025) == [(85, "%", "level", "reach", 2028), (75, "%", "level", "reach", 2028)]


def test_a_programme_done_with_concentrated_effort_opens_its_list():
    text = (
        "记者从县人代会上获悉，2024年，县政府继续把办实事作为工作的出发点，将集中力量办好八件民生实事。\n"
        "这八件民生实事分别是：新建农村公路80公里；改造农村危房600户；新增城区停车位1200个。"
    )
    assert [t[0] for t in _goals(text, 2024)] == [80, 600, 1200]


def test_goals_set_with_le_before_their_list_are_goals_and_goals_met_are_records():
    text = "今年，东岭区自我加压，确定了新的奋斗目标：地区生产总值增长6%左右，固定资产投资增长9%以上。"
    assert [(t[0], t[4]) for t in _goals(text, 2024)] == [(6, 2024), (9, 2024)]
    assert _records("去年全区实现了预期目标：地区生产总值增长6%。", 2024) == [(6, "%", 2023)]


def test_last_years_goal_restated_in_brackets_beside_its_result_opens_no_goals():
    text = (
        "一、2023年计划执行情况\n"
        "全年实现地区生产总值增长6.1%，高于全市0.5个百分点（预期目标为7%以上）；"
        "固定资产投资增长8.2%（预期目标为10%以上）。"
    )
    assert _goals(text, 2024) == []


def test_a_review_or_programme_opened_after_who_says_it():
    text = (
        "报告提出今年的预期目标是生产总值增长8%。\n"
        "报告提到，过去五年，全市综合实力实现跨越。财政总收入512.3亿元，增长21.6%。\n"
        "市长指出，今年全市经济社会发展的主要预期目标是：固定资产投资增长12%以上。"
    )
    assert [(t[0], t[4]) for t in _goals(text, 2013)] == [(8, 2013), (12, 2013)]


def test_the_size_class_of_a_statistic_is_no_bound_that_sets_a_goal():
    text = "统计数据显示，2023年，全区规模以上工业增加值增长6.2%，限额以上单位消费品零售额增长4%。"
    assert _goals(text, 2023) == []


def test_a_review_opened_after_we_learn_that():
    text = (
        "报告显示，建议今年全省经济社会发展主要预期目标为：地区生产总值增长5%以上，城镇新增就业110万人以上。\n\n"
        "据了解，2023年全省生产总值为5.1万亿元，比上年增长6%。其中，第一产业增加值3000亿元，同比增长4.5%；"
        "第二产业增加值2万亿元，同比增长5%。"
    )
    assert [t[0] for t in _goals(text, 2024)] == [5, 110]


def test_a_lead_presenting_this_years_goal_list_covers_the_items_after_it():
    text = (
        "本报讯 临溪市两会开幕，今年政府工作报告的“目标清单”以一组数据展现了新一年的蓝图。\n"
        "新建养老服务中心12个，改造城中村道路40公里。"
    )
    assert [g[0] for g in _goals(text, 2026)] == [12, 40]


def test_the_years_tasks_named_then_counted_open_a_block_of_goals():
    text = (
        "2026年，临溪区将重点抓好招商引资、城市更新、生态保护、民生改善四大重点工作。\n"
        "民生领域，全面完成30个社区食堂、12个停车场建设。"
    )
    assert [g[0] for g in _goals(text, 2026)] == [30, 12]


def test_a_day_of_this_year_inside_a_review_does_not_end_the_review():
    text = (
        "一、2025年工作回顾\n"
        "全区上下团结一心，特别是今年2月3日至9日，在全区人民的支持下，我们经受住了考验。\n"
        "（二）经济稳步增长\n全年新增规上工业企业120家、总量1500家。"
    )
    assert _goals(text, 2026) == []
    deadline = "一、2025年工作回顾\n今年6月底前，全区将建成社区食堂30个。"
    assert [g[0] for g in _goals(deadline, 2026)] == [30]


def test_a_quarter_named_as_the_time_ahead_or_in_a_meetings_name_is_no_record():
    text = (
        "记者从临溪新区2026年第一季度经济运行分析会上获悉，二季度，临溪新区将加快项目建设，"
        "力争上半年完成投资120亿元。"
    )
    assert [g[0] for g in _goals(text, 2026)] == [120]
    review = "一季度，临溪新区完成固定资产投资40亿元，占年计划投资的30%。"
    assert _goals(review, 2026) == []


def test_news_of_a_plan_issued_for_a_period_makes_its_plain_figures_goals():
    text = (
        "某部委印发「十四五城乡建设实施方案」通知，提出到2025年城乡面貌明显改善。\n\n"
        "通知指，城镇开发边界全面划定，新增建设用地规模控制在900万亩以内，城市绿化覆盖率超过40%。"
    )
    assert [(g[0], g[4]) for g in _goals(text, 2022)] == [(900, 2025), (40, 2025)]


def test_a_goal_kept_at_last_years_level_does_not_turn_the_goals_after_it_back():
    text = "今年主要预期目标：生产总值增长6%；财政收入保持上年水平；社会消费品零售总额增长8%左右。"
    assert [g[0] for g in _goals(text, 2026)] == [6, 8]


def test_a_past_year_in_brackets_holds_only_inside_them():
    text = (
        "今年主要预期目标建议为：一般公共预算支出（扣除2025年灾后重建支出外）增长3%以上；"
        "规模以上工业增加值增长9%以上。"
    )
    assert [g[0] for g in _goals(text, 2026)] == [3, 9]


def test_the_next_five_years_as_what_a_plan_maps_out_set_no_block_horizon():
    text = (
        "二、2026年主要工作任务\n科学编制《某区第十五个五年规划》，长远谋划未来五年我区发展路径。\n"
        "综合考虑各方面因素，我区主要预期指标拟订为：\n——地区生产总值增长6%，人均GDP达到2万美元；"
    )
    assert [(g[0], g[4]) for g in _goals(text, 2026)] == [(6, 2026), (2, 2026)]


def test_next_years_programme_announced_late_in_the_year_is_due_next_year():
    text = (
        "为民办实事是区委、区政府历年来非常重视的工作。我们编制了《2027年要完成的与人民生活密切相关的实事"
        "（征求意见稿）》，现予公布。\n一、为老服务\n新增养老床位100张。"
    )
    assert [(g[0], g[2], g[4]) for g in _goals(text, 2026)] == [(100, "increment", 2027)]


def test_a_programme_headline_saying_it_is_out_is_no_look_back():
    text = (
        "青禾区2025年惠民实事清单来了！\n"
        "近日，青禾区人大会议公布了今年的惠民实事。\n"
        "一、新建3所幼儿园，新增学位1200个。\n"
        "二、改造老旧小区15个。\n"
    )
    assert [(value, year) for value, _, _, _, year in _goals(text, 2025)] == [
        (3, 2025),
        (1200, 2025),
        (15, 2025),
    ]


def test_a_pictures_file_name_between_items_names_no_body():
    text = "青禾区2025年惠民实事\n一、新建3所幼儿园。\n澜泽区公租房小区1.jpg\n二、改造老旧小区15个。\n"
    targets = extract_text(text, 2025).targets
    assert [(t.entity, t.value) for t in targets] == [("青禾区", 3), ("青禾区", 15)]


def test_goals_said_to_be_set_by_now_are_goals_not_results():
    text = (
        "蓝图已绘就，号角已吹响。\n“全区生产总值增长6%左右，城镇新增就业8000人……”"
        "今年青禾区经济社会发展的主要预期目标已经确定。"
    )
    assert [(value, year) for value, _, _, _, year in _goals(text, 2025)] == [(6, 2025), (8000, 2025)]


def test_a_quarter_after_a_modal_and_the_bodys_own_word_is_the_quarter_a_goal_is_set_for():
    text = "青禾区部署一季度工作，确保全区一季度新开工亿元以上项目30个以上，将在一季度引进企业12家。"
    assert [(value, unit) for value, unit, _, _, _ in _goals(text, 2025)] == [(30, "个"), (12, "家")]


def test_goals_named_as_the_topic_of_a_lead_open_a_goal_block_after_a_review():
    text = (
        "报告中提到，2024年全省生产总值达到1.2万亿元、增长5%。\n\n"
        "对于2025发展主要预期目标，省政府工作报告中提到，生产总值增长5.5%左右，城镇新增就业30万人以上。"
    )
    assert [(value, year) for value, _, _, _, year in _goals(text, 2025)] == [(5.5, 2025), (30, 2025)]


def test_economic_growth_named_as_the_goal_and_grown_on_some_basis_is_a_gdp_goal():
    text = (
        "今年全县经济增长预期目标是增长6%。\n"
        "今后五年，全县经济在优化结构的基础上年均增长6.5%。\n"
        "今后五年，全县经济增长预期目标是，在提高效益的基础上实现年均增长7%。"
    )
    targets = extract_text(text, 2021).targets
    assert [(t.metric, t.kind, t.value, t.target_year) for t in targets] == [
        ("地区生产总值增速", "growth", 6, 2021),
        ("地区生产总值增速", "avg_growth", 6.5, 2026),
        ("地区生产总值增速", "avg_growth", 7, 2026),
    ]


def test_a_paragraph_opening_with_a_dash_is_running_text_not_a_list_of_headlines():
    text = (
        "今后五年的主要目标是：\n\n"
        "　　--推动经济发展上新台阶。加快发展服务业，服务业增加值比重提高3个百分点。"
        "继续加强基础设施建设，夯实发展基础。研发经费投入强度达到2.5%。\n"
    )
    assert [(value, year) for value, _, _, _, year in _goals(text, 2021)] == [(3, 2026), (2.5, 2026)]


def test_an_attached_division_of_tasks_lists_goals_named_without_their_serial_numbers():
    text = (
        "澜泽市人民政府办公室关于印发2025年重点指标任务分工的通知\n\n各区人民政府：\n\n"
        "现将《2025年重点指标任务分工》印发给你们，请认真贯彻落实。\n\n澜泽市人民政府办公室\n2025年3月2日\n\n"
        "(本文有删减)\n\n2025年重点指标任务分工\n\n序号 工作任务 牵头单位\n"
        "1 居民消费价格涨幅3%左右 市发展改革委\n2 新建公办幼儿园12所 市教育局\n"
    )
    targets = extract_text(text, 2025).targets
    assert [(t.metric, t.value, t.target_year) for t in targets] == [
        ("居民消费价格涨幅", 3, 2025),
        ("新建公办幼儿园", 12, 2025),
    ]


def test_a_goal_the_title_announces_and_the_body_states_again_is_one_goal():
    text = (
        "青禾区定下新年小目标：GDP增长6%\n"
        "记者从青禾区两会获悉，今年全区地区生产总值增长6%左右，新增就业8000人。\n"
    )
    targets = extract_text(text, 2025).targets
    assert [(t.value, t.quote) for t in targets] == [
        (6, "今年全区地区生产总值增长6%左右"),
        (8000, "新增就业8000人"),
    ]


def test_a_title_of_meetings_held_to_set_goals_is_no_review(extract_titled):
    title = "多个省份均已召开地方两会 敲定经济发展路线图"
    body = "在扩投资方面，江西提出全年完成投资9000亿元以上；甘肃提出新开工项目1500个。\n"
    targets = extract_titled(title, body, 2025).targets
    assert [(t.value, t.target_year) for t in targets] == [(9000, 2025), (1500, 2025)]


def test_a_heading_naming_this_years_goals_ends_the_review_before_it():
    text = (
        "一、去年成就\n全区生产总值增长6.1%。\n新增就业8200人。\n"
        "二、今年目标\n全区生产总值增长6%左右。\n新增就业8000人以上。\n"
    )
    assert [(value, year) for value, _, _, _, year in _goals(text, 2025)] == [(6, 2025), (8000, 2025)]


def test_a_years_plan_named_with_its_year_written_without_nian_sets_that_years_goals(extract_titled):
    title = "数字澜泽2024行动方案"
    body = "一、建设数字政府\n（一）优化政务服务。打造50个左右智慧应用场景，建设20家智慧农业基地。\n"
    targets = extract_titled(title, body, None).targets
    assert [(t.value, t.target_year) for t in targets] == [(50, 2024), (20, 2024)]


def test_within_the_year_sets_the_years_goals_but_within_three_years_or_a_past_year_does_not():
    text = "青禾区今年重点推进产业升级。\n年内新增规上企业46家，培育专精特新企业12家。\n"
    assert [(value, year) for value, _, _, _, year in _goals(text, 2025)] == [(46, 2025), (12, 2025)]
    records = "2024年内全区完成造林1.2万亩。"
    assert _goals(records, 2025) == []


def test_within_next_year_is_next_years_goal():
    assert [
        (value, year) for value, _, _, _, year in _goals("力争明年内建成投产标准厂房10万平方米。", 2025)
    ] == [(10, 2026)]


def test_a_heading_of_this_years_work_in_progress_opens_no_goal_block():
    text = "二、今年重点工作推进情况\n上半年，全区新增就业4200人，完成固定资产投资80亿元。\n"
    assert _goals(text, 2025) == []


def test_a_goals_lead_naming_no_indicator_lends_none_to_the_figure_after_it():
    targets = extract_text("2025年主要预期目标是：增长6%左右。", 2025).targets
    assert all(t.metric != "主增速" for t in targets)


def test_a_question_about_the_year_ahead_opens_the_list_that_answers_it():
    text = "2025年，市民的生活将有哪些新变化？\n新增托位8000个\n新增停车位3万个\n改造燃气管道120公里\n"
    assert [goal[:2] for goal in _goals(text, 2025)] == [(8000, "个"), (3, "万个"), (120, "公里")]
    assert _goals("去年全市完成了哪些民生实事？\n新增托位8000个\n新增停车位3万个\n", 2025) == []


def test_an_item_without_a_figure_in_a_goal_list_one_per_line_keeps_the_list_going():
    text = "今年全市将新增托位8000个\n建成市民服务中心\n新增停车位3万个\n改造燃气管道120公里\n"
    assert [goal[:2] for goal in _goals(text, 2025)] == [(8000, "个"), (3, "万个"), (120, "公里")]


def test_the_task_sections_of_a_work_plan_read_without_its_goals_section_are_goals():
    text = (
        "（一）聚焦扩大内需，更好融入国内市场\n实施消费提质行动，新增限上商贸企业60家，改造农贸市场30个。\n"
        "（二）加快建设现代化产业体系\n推动制造业提质，新增规上工业企业80家。\n"
    )
    assert [goal[:2] for goal in _goals(text, 2026)] == [(60, "家"), (30, "个"), (80, "家")]


def test_a_heading_that_reports_how_things_went_opens_no_task_section():
    text = (
        "（一）坚持稳中求进，经济运行总体平稳\n实施消费提质行动，新增限上商贸企业60家，改造农贸市场30个。\n"
    )
    assert _goals(text, 2026) == []


def test_a_plan_s_section_on_what_was_achieved_holds_no_goal():
    text = (
        "某省农产品加工业发展“十四五”规划\n2021年8月1日\n第一节 发展成效\n"
        "农产品加工业稳中有进。全省规上农产品加工业主营业务收入8000亿元，加工转化率达到68%。\n"
    )
    extraction = extract_document(read_document_bytes("plan.txt", text.encode()))
    assert extraction.targets == []
    assert [(a.value, a.year) for a in extraction.actuals] == [(8000, 2020), (68, 2020)]


def test_a_statistical_bulletin_reports_the_year_it_names_and_sets_no_goal():
    text = (
        "临河县2024年国民经济和社会发展统计公报\n临河县统计局\n"
        "全年实现地区生产总值182.4亿元，同比增长5.6%。全年新增城镇就业3120人。\n"
    )
    document = read_document_bytes("bulletin.txt", text.encode())
    extraction = extract_document(document)
    assert document.issue_year == 2025
    assert extraction.targets == []
    assert [(a.value, a.year) for a in extraction.actuals] == [(182.4, 2024), (5.6, 2024), (3120, 2024)]


def test_headings_reporting_how_things_went_open_no_task_section():
    for heading in ("（一）发展质量稳步提升", "（二）深化改革取得新突破"):
        assert _goals(f"{heading}\n全区新建学校10所，新增市场主体3000户。\n", 2025) == [], heading


def test_a_list_s_goals_end_at_a_heading_that_is_no_item():
    text = (
        "今年全市将新增托位8000个\n新增停车位3万个\n\n过去一年成绩单\n\n新建学校10所\n改造燃气管道120公里\n"
    )
    assert [goal[:2] for goal in _goals(text, 2025)] == [(8000, "个"), (3, "万个")]


def test_progress_against_the_years_plan_is_reported_and_the_plan_stays_a_goal():
    """A share of the plan done reports the amount done before it; the year's plan, also the one
    named inside the share (占目标任务8亿元的116%), stays a goal."""
    text = (
        "今年全县共安排重点项目120个，年度计划投资85亿元，1-9月完成投资70.2亿元，占年度计划的82.6%。"
        "全年引进项目12个，到位资金9.3亿元，占目标任务8亿元的116%。"
    )
    ex = extract_text(text, 2024)
    assert sorted(t.value for t in ex.targets) == [8.0, 85.0, 120.0]
    assert {70.2, 82.6, 9.3, 116.0} <= {a.value for a in ex.actuals}
    resolved = extract_text("明年全县力争完成投资100亿元，占年度计划的110%以上。", 2024)
    assert 100.0 in [t.value for t in resolved.targets]


def test_the_goal_a_share_done_is_measured_against_is_a_goal_of_what_was_done():
    text = (
        "1-10月，全县城镇新增就业3120人，占全年目标任务2800人的111%；引进资金45亿元，"
        "完成市政府下达任务数50亿元的90%。前三季度全市用水总量下降2.1%，超过1.5%的年度约束性目标。"
    )
    goals = [(t.metric, t.value) for t in extract_text(text, 2024).targets]
    assert goals == [("城镇新增就业", 2800.0), ("引进资金", 50.0), ("用水总量降幅", 1.5)]
    plain = "今年全区新建保障房3000套；完成造林绿化，年度任务5000亩。"
    assert [t.metric for t in extract_text(plain, 2024).targets] == ["新建保障房", "年度任务"]  # no share
    short = "前三季度全省地区生产总值增长5.2%，距6%的年度目标仍有差距。"
    assert [t.value for t in extract_text(short, 2024).targets] == [6.0]


def test_a_goal_named_before_its_word_in_a_share_done_is_a_goal_and_the_records_are_this_years():
    text = (
        "前三季度，全省城镇新增就业52万人，完成全年60万人目标的87%；"
        "招商引资到位资金88亿元，完成省分配任务100亿元的88%。"
    )
    ex = extract_text(text, 2019)
    assert [(t.metric, t.value, t.target_year) for t in ex.targets] == [
        ("城镇新增就业", 60.0, 2019),
        ("招商引资到位资金", 100.0, 2019),
    ]
    assert {(a.value, a.year) for a in ex.actuals} >= {(52.0, 2019), (88.0, 2019)}


def test_a_share_already_done_of_the_years_goal_is_a_record_not_a_goal():
    for text in (
        "1-9月，全县完成固定资产投资68亿元，完成了85%的年度目标。",
        "前三季度，全市已完成80%的年度目标任务。",
    ):
        assert extract_text(text, 2024).targets == []


def test_a_part_of_last_year_dates_its_records_to_last_year():
    assert [a.year for a in extract_text("去年上半年，全县完成固定资产投资40亿元。", 2024).actuals] == [2023]
    compared = "今年上半年，全县完成固定资产投资40亿元，比去年上半年增长5%。"
    assert [a.year for a in extract_text(compared, 2024).actuals] == [2024, 2024]


def test_the_whole_year_resolved_on_after_months_reported_is_a_goal():
    text = (
        "某县日报讯 进入第四季度以来，全县攻坚克难，截至目前，主要经济指标持续好转。\n"
        "今年1至9月，全县实现生产总值97.4亿元，增长1.7%。全年确保实现生产总值176亿元，增长9.3%。\n"
    )
    extraction = extract_document(read_document_bytes("冲刺.txt", text.encode()))
    assert [t.value for t in extraction.targets] == [176.0, 9.3]
    review = "去年全县经济平稳。全年争取上级资金3.9亿元，增长8%。"
    assert extract_text(review, 2018).targets == []


def test_a_floor_goal_level_with_last_year_does_not_turn_the_stretch_goal_into_a_record():
    text = "今年商务工作目标如下。引进外资：保底目标6亿美元，与去年持平；奋斗目标7亿美元，增长16%。"
    goals = [(t.metric, t.value) for t in extract_text(text, 2016).targets]
    assert goals == [("引进外资", 6.0), ("引进外资", 7.0), ("引进外资增速", 16.0)]
    tiers = "今年，我区招商引资，底线目标280亿元，奋斗目标300亿元。"
    assert [t.metric for t in extract_text(tiers, 2016).targets] == ["招商引资", "招商引资"]
    compared = "今年全县地区生产总值力争与上年相比增长6%，招商引资同去年相比增长8%。"
    assert [t.value for t in extract_text(compared, 2016).targets] == [6.0, 8.0]  # a base, not a time
    effort = "今年固定资产投资确保100亿元、全力冲刺120亿元。"
    assert [t.metric for t in extract_text(effort, 2016).targets] == ["固定资产投资", "固定资产投资"]


def test_goals_set_by_now_for_the_years_ahead_are_goals_of_the_plan_the_sentence_names():
    text = "新城已编制《新城三年行动计划（2024-2026年）》，未来三年确定了42个重点项目，总投资约180亿元。"
    goals = [(t.value, t.target_year) for t in extract_text(text, 2024).targets]
    assert goals == [(42.0, 2026), (180.0, 2026)]
    assert extract_text("去年全区确定了42个重点项目，完成投资180亿元。", 2024).targets == []


def test_a_body_stating_what_it_has_set_leads_in_goals():
    """我市明确，… : the city states its goals; figures after it, without a cue of their own, are goals."""
    text = "我市明确，扩大普惠托育资源，每千人口托位数达4.5个以上。全市新增普惠托位2000个以上。"
    assert sorted(t.value for t in extract_text(text, 2024).targets) == [4.5, 2000.0]


def test_news_of_a_years_work_plan_lists_its_goals():
    """A lead reporting the year's 工作要点 issued: the paragraphs after it are the plan's goals."""
    text = (
        "本报讯 昨日，市卫健委印发《2024年全市卫生健康工作要点》。\n\n"
        "全市每千人口执业医师数达3.2人以上，新增家庭医生签约居民5万人。\n\n"
        "基层医疗卫生机构诊疗量占比超过55%。"
    )
    ex = extract_text(text, 2024)
    assert sorted(t.value for t in ex.targets) == [3.2, 5.0, 55.0]
    assert {t.target_year for t in ex.targets} == {2024}


def test_a_plan_execution_report_keeps_the_years_plan_and_reports_the_months_so_far():
    """年计划… are the year's goals; 1—9月完成…, its 同比 and 全年预计 are progress, not goals, also
    after a line that dates the indicators' 主要 report (主 + 要 is no resolve)."""
    text = (
        "一、2024年计划执行情况\n"
        "2024年，全县主要指标完成情况如下：\n"
        "——年计划完成地区生产总值320亿元以上，1—9月完成231.5亿元，同比增长4.1%，全年预计完成310亿元，完成年计划的97%。\n"
        "——年计划固定资产投资增长8%以上，1—10月完成96.2亿元，同比增长6.5%。\n"
    )
    ex = extract_text(text, 2024)
    assert sorted(t.value for t in ex.targets) == [8.0, 320.0]
    assert {231.5, 96.2} <= {a.value for a in ex.actuals}


def test_headings_of_the_years_work_and_of_the_years_ahead_open_goals():
    """2025年主要工作 in a text of 2025, 今后五年的重点目标: the lines under them are goals."""
    text = (
        "过去五年的成绩\n地区生产总值从2019年的410亿元增加到2024年的560亿元。\n"
        "今后五年的重点目标\n地区生产总值突破800亿元；\n一般公共预算收入突破60亿元。\n"
        "2025年主要工作\n全县经济社会发展主要预期目标：\n地区生产总值增长6%以上；\n固定资产投资增长8%。\n"
    )
    ex = extract_text(text, 2025)
    assert sorted((t.value, t.target_year) for t in ex.targets) == [
        (6.0, 2025),
        (8.0, 2025),
        (60.0, 2030),
        (800.0, 2030),
    ]


def test_a_work_plan_paragraph_with_a_goal_and_no_report_states_its_tasks_as_goals():
    """Tasks stated by their verb in a paragraph that sets a goal by a cue and reports nothing are
    goals; a fact in a paragraph (总人口) and tasks beside a report (去年完成…) are not."""
    text = (
        "政府工作报告\n\n"
        "完善农村基础设施。新建农村公路150千米，疏浚沟渠80条，争创全国“四好农村路”示范县。"
        "力争农产品网络零售额达3亿元。\n\n"
        "全镇总人口2.3万人。力争新增市场主体300户。\n\n"
        "去年完成造林1.5万亩。建设高标准农田2万亩。"
    )
    ex = extract_text(text, 2024)
    assert {t.value for t in ex.targets} == {150.0, 80.0, 3.0, 300.0}
    assert {t.entity for t in ex.targets} == {"未识别"}  # 争创全国…示范县 is no national text


def test_news_of_a_years_development_plan_lists_its_goals():
    """印发《2024年…事业发展计划》: a year's plan of any name opens its goals, stated without a cue."""
    text = (
        "近日，市人社局印发《2024年全市人力资源和社会保障事业发展计划》。\n"
        "在社会保险方面，参加失业保险人数达52万人，参加工伤保险人数达60万人。"
    )
    assert sorted(t.value for t in extract_text(text, 2024).targets) == [52.0, 60.0]


def test_the_task_part_of_a_work_report_states_its_tasks_as_goals():
    """A page of a 政府工作报告 holding only its tasks: each task opened by its verb is a goal, though
    no sentence has a cue; a fact (辖区面积) is not."""
    text = (
        "政府工作报告\n\n"
        "（上接第一版）建成光伏项目5个，新增有机农产品认证30个。辖区面积1.2万平方公里。\n\n"
        "实施乡村道路改造120公里，建设现代化牧场试点6个。"
    )
    extraction = extract_document(read_document_bytes("报告.txt", text.encode()))
    assert sorted(t.value for t in extraction.targets) == [5.0, 6.0, 30.0, 120.0]
    review = (
        "政府工作报告\n\n各位代表：过去一年，全县发展取得新成效。\n\n实施乡村振兴战略。建设高标准农田5万亩。"
    )
    assert extract_document(read_document_bytes("报告.txt", review.encode())).targets == []  # the review's


def test_a_counted_question_opens_the_list_of_the_things_just_decided():
    """人大代表…确定了8个项目。这8个项目是什么？ The items after it are the year's goals; 整合现有平台 in
    one of them names what exists, and makes no later item a report."""
    text = (
        "近日，区人代会票决确定了8个民生实事项目。一起来看看，这8个项目是什么？\n"
        "优化政务服务。整合现有区级服务平台，集中入驻新办事服务中心。 加强住房保障。"
        "开建安置房80万平方米以上，回迁安置1500户以上。 加大交通投入。新增新能源公交车60辆，新辟公交线路5条。"
    )
    assert sorted(t.value for t in extract_text(text, 2024).targets) == [5.0, 60.0, 80.0, 1500.0]
    done = "去年，区政府承诺的10件民生实事已全部完成。一起来看看，这10件实事有哪些？\n新建幼儿园5所。"
    assert extract_text(done, 2024).targets == []  # the things done, listed


def test_what_was_actually_done_and_its_completion_rate_are_reported():
    """实际完成… and 完成率为…% report progress on the year's task set before them."""
    text = (
        "今年省里下达给我市的保障性住房目标任务为：棚户区改造开工8000套，公租房分配2000套。"
        "其中棚户区改造实际完成开工4320套，完成率为54%。"
    )
    ex = extract_text(text, 2024)
    assert sorted(t.value for t in ex.targets) == [2000.0, 8000.0]
    assert {4320.0, 54.0} <= {a.value for a in ex.actuals}


def test_a_programme_whose_items_are_listed_after_it_opens_its_goals():
    """8件30项民生实事具体包括：… — the items after the colon, over paragraphs, are the year's goals."""
    text = (
        "区人代会日前闭幕，票决产生总投资12亿元的8件30项民生实事。\n"
        "8件30项民生实事具体包括：加强教育设施建设。新建学校3所，开办幼儿园4所。\n"
        "丰富群众文体生活。升级改造街道文化站6个，新建笼式足球场8处。"
    )
    assert {3.0, 4.0, 6.0, 8.0} <= {t.value for t in extract_text(text, 2024).targets}


def test_a_schedule_of_months_stays_the_plans_goals():
    """3—5月完成…, 1-6月完成… beside 7-12月完成…: when the planned work is to be done, not months so far."""
    text = (
        "今年全县计划造林3万亩，3—5月完成春季造林2万亩，9—11月完成秋冬季造林1万亩。"
        "全年计划新建充电桩500个，其中1-6月完成200个，7-12月完成300个。"
    )
    assert sorted(t.value for t in extract_text(text, 2024).targets) == [1.0, 2.0, 3.0, 200.0, 300.0, 500.0]


def test_news_of_a_report_on_a_years_plan_opens_no_goals():
    """印发《2024年…计划执行情况》, 《…计划完成情况通报》: a report on the plan, its figures no goals."""
    for title in ("2024年上半年全市重点项目计划执行情况", "2024年重点项目计划完成情况通报"):
        text = f"近日，市发改委印发《{title}》。\n全市新开工项目120个，完成投资360亿元。"
        assert extract_text(text, 2024).targets == [], title


def test_a_bullet_on_a_goal_met_does_not_turn_a_review_into_goals():
    """●重点项目投资超额完成全年目标任务 in a review: a goal met, the bullets after it still results."""
    text = (
        "回顾2024年\n"
        "●地区生产总值完成515亿元，同比增长2.5%\n"
        "●省重点项目投资均超额完成全年目标任务\n"
        "●新设立外商投资企业81家\n"
        "●在建农文旅项目66个，完成投资36亿元\n"
    )
    assert extract_text(text, 2025).targets == []


def test_months_from_january_written_with_yuan_are_progress():
    """元-4月累计完成投资…，占年度计划投资的16.8%: January to April so far, a share of the year's plan."""
    text = "全县今年计划实施项目84个，计划投资60亿元，元-4月累计完成投资10.1亿元，占年度计划投资的16.8%。"
    ex = extract_text(text, 2016)
    assert sorted(t.value for t in ex.targets) == [60.0, 84.0]
    assert {10.1, 16.8} <= {a.value for a in ex.actuals}


def test_a_year_judged_against_the_past_is_reported_even_in_that_year():
    """创历史新高, 为历年之最, 剔除…因素: a review of the text's own year, not its goals."""
    text = (
        "2024年，全县招商引资到位资金突破90亿元，创历史新高。"
        "剔除政策性减收因素，税收收入增长6.5%。"
        "开工亿元以上项目38个，为历年之最。"
    )
    ex = extract_text(text, 2024)
    assert ex.targets == []
    assert {90.0, 6.5, 38.0} <= {a.value for a in ex.actuals}
    # a goal set beside such a record keeps its own cue
    goal = extract_text("今年全县力争招商引资到位资金突破100亿元。去年到位资金创历史新高。", 2024)
    assert [t.value for t in goal.targets] == [100.0]


def test_a_first_estimate_reports_even_in_the_future_tense():
    """初步预计，…将达到…: the statistics' first estimate of a period just ended."""
    text = "近日，一季度经济运行会议召开。初步预计，全市生产总值将达到103.22亿元左右，增长14%以上。"
    ex = extract_text(text, 2012)
    assert ex.targets == []
    assert {103.22, 14.0} <= {a.value for a in ex.actuals}
    goal = extract_text("今年全市经济预期增长目标为14%以上。", 2012)
    assert [t.value for t in goal.targets] == [14.0]
    # a first estimate planned ahead, or a statistic adjusted in a goal, stays a goal
    for text, year in (
        ("到2025年，全市初步预计建成5G基站1万个。", 2025),
        ("到2025年，剔除价格因素，全市城乡居民人均可支配收入年均增长7%。", 2025),
        ("2024年主要预期目标：剔除价格因素后，地区生产总值增长6%左右。", 2024),
    ):
        assert [t.target_year for t in extract_text(text, 2024).targets] == [year], text
    adjusted = extract_text("剔除政策性减收因素，全县税收收入增长6.5%。", 2024)
    assert adjusted.targets == [] and [a.value for a in adjusted.actuals] == [6.5]


def test_a_tasks_named_goal_in_a_progress_report_is_a_goal():
    """…目前，开工率100%；老旧小区改造工程，任务目标是改造181个小区: each item's task, after progress."""
    text = (
        "实施棚户区改造工程，任务目标是棚改开工8264套，目前，全市棚改项目开工率100%；"
        "城镇老旧小区改造工程，任务目标是改造181个城镇老旧小区，目前，项目开工率100%。"
    )
    assert sorted(t.value for t in extract_text(text, 2022).targets) == [181.0, 8264.0]
    # last year's task beside what was done is a record
    review = extract_text("去年，全区目标任务为新增就业1万人，实际新增1.2万人。", 2024)
    assert review.targets == [] and {1.0, 1.2} <= {a.value for a in review.actuals}


def test_a_past_year_that_sorts_out_which_things_is_no_time_cue():
    """1975年以前危旧住房, 2000年前建成的小区: which buildings, not the time the list speaks of."""
    text = (
        "2022年十项民生实事：一、打通36条城区规划路；二、加快推进1975年以前危旧住房更新试点建设；"
        "三、建设200个球类运动场地；四、改造2000年前建成的老旧小区956个。"
    )
    assert sorted(t.value for t in extract_text(text, 2022).targets) == [36.0, 200.0, 956.0]
    assert [t.target_year for t in extract_text("全市2025年前完成改造100个。", 2024).targets] == [2025]


def test_the_new_year_looks_ahead_after_a_stock_reported_to_the_end_of_last_year():
    text = (
        "截至去年底，江湾市累计建成保障性租赁住房2.3万套。"
        "新的一年，江湾市还将再筹集保障性租赁住房1.5万套以上。"
    )
    assert _goals(text, 2025) == [(1.5, "万套", "increment", "min", 2025)]
    assert _records(text, 2025) == [(2.3, "万套", 2024)]


def test_a_year_to_reach_after_a_modal_dates_the_goals_of_the_sentences_after_it():
    text = (
        "一、主要目标\n围绕数字经济发力。力争到2028年，全县数字基础不断夯实。"
        "全县建成5G基站1500个；培育数字企业30家。"
    )
    assert [(value, year) for value, _, _, _, year in _goals(text, 2025)] == [(1500, 2028), (30, 2028)]


def test_a_future_events_hosting_rights_won_in_a_review_do_not_end_the_review():
    text = (
        "一、2024年工作回顾\n一年来，全市经济稳中有进。\n（一）文旅融合取得新成效。获得2027年世界龙舟大会举办权。"
        "举办2024年江湾艺术节，打造了一场文化盛宴。\n（二）生态保护成效突显。成功争取省级生态保护专项资金3亿元。"
    )
    assert _goals(text, 2025) == []


def test_goals_proposed_as_the_main_expected_targets_are_goals_after_a_review():
    text = (
        "2024年，全市生产总值增长5.1%。 全市经济社会发展主要预期目标建议为：地区生产总值增长6%左右，"
        "一般公共预算收入增长5%，固定资产投资增长7%。"
    )
    assert [(value, kind, year) for value, _, kind, _, year in _goals(text, 2025)] == [
        (6, "growth", 2025),
        (5, "growth", 2025),
        (7, "growth", 2025),
    ]


def test_a_report_opening_on_its_review_years_theme_is_dated_by_the_year_it_plans():
    document = read_document_bytes(
        "report.txt",
        (
            "2023年是全面贯彻党的二十大精神的开局之年，是经济恢复发展的一年。全市生产总值增长5.2%。\n"
            "二、2024年工作安排\n2024年是新中国成立75周年。做好今年政府工作，意义重大。\n"
            "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，固定资产投资增长6%。"
        ).encode(),
    )
    assert [(t.value, t.target_year) for t in extract_document(document).targets] == [(5, 2024), (6, 2024)]


def test_a_year_in_the_lead_in_before_a_colon_dates_every_goal_listed_after_it():
    text = (
        "根据分解安排，2025年全省商务发展主要预期目标为：社会消费品零售总额增长6%左右，货物出口增长5%左右。"
    )
    assert [(value, year) for value, _, _, _, year in _goals(text, 2024)] == [(6, 2025), (5, 2025)]


def test_a_figure_after_each_of_a_list_is_a_goal_of_every_thing_listed():
    text = "今年，新认定市级众创空间、科技企业孵化器各12家，新建、改造农贸市场各5个。"
    goals = [(t.metric, t.value, t.unit) for t in extract_text(text, 2025).targets]
    assert goals == [
        ("新认定市级众创空间", 12, "家"),
        ("科技企业孵化器", 12, "家"),
        ("改造农贸市场", 5, "个"),
    ]


def test_goals_named_as_a_thing_in_a_review_open_no_goal_block():
    text = (
        "一、2024年工作回顾\n——战略方向更加明确。市委全会明确了未来五年目标和2035年远景目标，作出全面部署。\n"
        "——综合实力稳步增强。全年实现地区生产总值2806亿元、增长6.5%，一般公共预算收入突破200亿元。"
    )
    assert _goals(text, 2025) == []


def test_a_plan_that_set_the_next_years_named_in_a_review_opens_no_goal_block():
    text = (
        "一、过去五年工作回顾\n城市总体规划获得批复，确定了未来十年的城市空间发展蓝图。五年新建口袋公园210个。\n"
        "教育事业加快发展，新增中小学学位8万个，惠及学生150万人次。\n"
        "组织编制了规划纲要，明确了未来五年发展的指导思想、目标任务。加快制定40项专项规划，新增实验室60家。"
    )
    assert _goals(text, 2021) == []


def test_the_part_of_this_year_already_lived_does_not_close_a_review():
    text = (
        "一、2024年工作回顾\n面对今年初部分地区突发冰冻灾害，我们迅速组织抢险保供。\n"
        "（二）经济运行回升向好。全年地区生产总值增长4.2%，一般公共预算收入增长3.1%。"
    )
    assert _goals(text, 2025) == []
    assert _goals("今年初步建成5G基站1000个。", 2025) == [(1000, "个", "increment", "reach", 2025)]


def test_years_behind_a_result_open_no_goal_block():
    text = (
        "一、2020年工作回顾\n经过5年持续奋斗，全区经济社会发展取得长足进步，突出表现为：\n"
        "一是产业结构加快转变，先进制造业增加值占工业比重提高到72%，高技术产业产值突破2000亿元。"
    )
    assert _goals(text, 2021) == []
    plan = "一、工作目标\n经过五年努力，全市科技创新取得重大突破，研发投入强度达到3.5%。"
    assert [(value, year) for value, _, _, _, year in _goals(plan, 2024)] == [(3.5, 2029)]
    done = "经过3年全区上下团结一心、顽强拼搏的不懈努力，全区高新技术企业达到2500家，取得了重大成果。"
    assert _goals(done, 2024) == []


def test_each_step_of_a_plan_dates_the_items_listed_under_it():
    text = (
        "（三）战略目标。\n分三步走：\n第一步，到2020年全市数字产业与国内先进水平同步。\n"
        "--数字产业竞争力显著增强，核心产业规模超过800亿元，带动相关产业规模超过3000亿元。\n"
        "第二步，到2025年数字经济成为全市主要增长动力。\n--核心产业规模超过2000亿元。"
    )
    assert [(value, year) for value, _, _, _, year in _goals(text, 2017)] == [
        (800, 2020),
        (3000, 2020),
        (2000, 2025),
    ]


def test_a_deadline_pictured_without_figures_dates_the_paragraphs_after_it():
    text = (
        "一、总体要求\n以数字化转型为牵引，推动纺织工业高质量发展。\n"
        "到2027年，全市纺织骨干企业基本实现数字化改造全覆盖，数字化转型取得显著成效。\n"
        "数字化普及率显著提升。重点企业关键工序数控化率达到70%，培育12家以上智能制造标杆企业。"
    )
    assert [(value, year) for value, _, _, _, year in _goals(text, 2024)] == [(70, 2027), (12, 2027)]
    # inside the year's own programme, the year's figures stay the year's
    programme = (
        "三、2024年工作安排\n（一）加快建设现代化产业体系。\n到2027年，全市先进制造业集群基本形成。\n"
        "规上工业增加值增长6%，新增高新技术企业200家。"
    )
    assert [(value, year) for value, _, _, _, year in _goals(programme, 2024)] == [(6, 2024), (200, 2024)]


def test_a_clipped_opening_sentence_standing_in_for_a_title_does_not_date_the_text():
    document = read_document_bytes(
        "report.txt",
        (
            "2023年是全面落实新发展理念的攻坚之年，是全市上下克服困难推动经济企稳回升的极不平凡的一年。"
            "在市委坚强领导下，全市生产总值增长5.2%。\n二、2024年工作安排\n"
            "2024年是新中国成立75周年。做好今年政府工作，意义重大。\n"
            "今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。"
        ).encode(),
    )
    assert document.articles[0].title.endswith("…")
    assert [(t.value, t.target_year) for t in extract_document(document).targets] == [(5, 2024)]


def test_what_the_district_will_have_then_does_not_make_the_goals_after_it_reports():
    """到那时：…拥有一批世界500强企业，GDP达到6000亿元以上: 拥有 says what there will be in its own
    clause, and the goals after it in the sentence stay goals; a stock in a review stays reported."""
    text = (
        "《纲要》提出，到2025年，基本建成现代化先锋样板城区。到那时：\n智创高地引擎功能更加强劲。"
        "工业互联网生态形成，拥有一批世界500强企业，GDP达到6000亿元以上，工业总产值突破10000亿元。"
    )
    assert [(t.value, t.target_year) for t in extract_text(text, 2021, "宝安区").targets] == [
        (6000, 2025),
        (10000, 2025),
    ]
    review = "2020年，全区拥有国家高新技术企业6000家，总数居全市第一。"
    assert extract_text(review, 2021, "宝安区").targets == []


def test_the_main_tasks_of_the_year_under_review_open_no_goal_block():
    """一年来，我们主要抓好六个方面的工作：(一)… — the review's account of its work (主要 is no 要), not
    the tasks ahead that 今年要抓好六个方面的工作 would announce."""
    review = (
        "一、2022年工作回顾\n过去一年，全区经济稳中向好。一年来，我们主要抓好六个方面的工作：\n"
        "（一）全力稳住经济大盘。新引进持牌金融机构6家，新增境内外上市公司7家。"
    )
    assert extract_text(review, 2023, "福田区").targets == []
    ahead = (
        "今年要抓好六个方面的工作：\n（一）全力稳住经济大盘。新引进持牌金融机构6家，新增境内外上市公司7家。"
    )
    assert [t.value for t in extract_text(ahead, 2023, "福田区").targets] == [6, 7]


def test_the_future_as_a_thing_won_does_not_end_a_review():
    """坚持抓创新就是抓发展、谋创新就是谋未来: 未来 as the thing planned for, no time ahead; the
    review it stands in goes on reporting."""
    review = (
        "一、2018年工作回顾\n过去一年，全市经济稳中有进。坚持抓创新就是抓发展、谋创新就是谋未来，构建全过程创新生态链。"
        "新增各类创新载体189家，全年新引进人才28.5万名。"
    )
    assert extract_text(review, 2019, "深圳市").targets == []


def test_a_review_section_whose_indicators_beat_expectations_opens_no_goal_block():
    """一、…主要指标好于预期、经济增长率先突围: a part of the five-year review whose results beat
    what was expected (好于预期), not a section of goals though it names 主要指标."""
    text = (
        "过去的五年，是光明发展历程中极不平凡的五年。\n"
        "一、统筹疫情防控和经济社会发展，打开高质量发展新局面，主要指标好于预期、经济增长率先突围\n"
        "疫情防控想在先、干在前。新建发热门诊3个，筛查发热患者8.8万人次。"
    )
    assert extract_text(text, 2021, "光明区").targets == []


def test_an_attachment_after_the_glossary_is_read_again():
    """附件1 名词解释 (what programmes' names mean: no goals) then 附件2 2014年民生实事 (the year's
    goals): reading stops over the glossary only, not for the rest of the report."""
    text = (
        "二、2014年工作任务\n今年全区新建学校6所。\n附件1\n名词解释\n"
        "1.“9064”养老体系：指90%的户籍老人通过家庭照顾养老，6%的老年人由社区提供照料。\n"
        "附件2\n龙岗区政府2014年民生实事\n新增幼儿园学位2700个，新建保障房4600套。"
    )
    assert [t.value for t in extract_text(text, 2014, "龙岗区").targets] == [6, 2700, 4600]


def test_winning_the_future_does_not_end_a_review_either():
    review = (
        "一、2018年工作回顾\n过去一年，全市经济稳中有进。谁赢得创新就能赢得未来，我们构建全过程创新生态链。"
        "新增各类创新载体189家，全年新引进人才28.5万名。"
    )
    assert extract_text(review, 2019, "深圳市").targets == []


def test_a_span_for_one_clause_after_the_years_figures_opens_no_block():
    """…全年整备产业用地20万平方米，…，未来三年释放连片产业用地3平方公里: the three years are that
    clause's; the goals after it are still the year's."""
    text = (
        "二、2025年工作安排\n强化资源要素综合保障。加快连片产业用地整备，全年整备产业用地20万平方米，"
        "释放产业用地1平方公里，未来三年释放连片产业用地3平方公里。加快产业空间筹建，新供应高品质产业空间"
        "170万平方米。建成投产变电站，新增供电容量19万千伏安。"
    )
    years = {t.value: t.target_year for t in extract_text(text, 2025, "坪山区").targets}
    assert (years[20], years[170], years[19]) == (2025, 2025, 2025)


def test_goals_said_to_fall_under_so_many_heads_open_a_block_of_the_period_named():
    """…介绍，“十五五”时期，全市交通发展的具体目标主要有三个方面。一是…: the heads below are the
    plan's goals, due at its end, though none states a cue of its own."""
    text = (
        "市交通局负责人介绍，根据规划，“十五五”时期，全市交通发展的具体目标主要有三个方面。\n"
        "一是路网更加完善。\n高速公路通车里程超过1500公里，农村公路优良路率达到85%。\n"
        "二是出行更加绿色。\n公交出行分担率达到60%以上。\n"
    )
    assert [(value, year) for value, *_, year in _goals(text, 2026)] == [(1500, 2030), (85, 2030), (60, 2030)]
    # weights of an assessment's heads are no goals
    assert (
        _goals("考核评价指标包括三个方面。\n一是经济发展，权重占40%。\n二是社会民生，权重占30%。\n", 2026)
        == []
    )


def test_a_heading_on_how_a_plan_was_carried_out_opens_a_review():
    """某区 ⏎ 2025年国民经济和社会发展计划执行情况: what follows reports the year, though the heading
    names the year's plan (a programme heading otherwise), also where the text is dated that year."""
    text = (
        "某高新区\n2025年国民经济和社会发展计划执行情况\n"
        "2025年，地区生产总值同比增长5.2%，规模以上工业增加值同比增长6%。\n"
    )
    assert extract_text(text, 2025).targets == []
    extraction = extract_text(text, 2026)
    assert extraction.targets == []
    assert [(a.value, a.year) for a in extraction.actuals] == [(5.2, 2025), (6, 2025)]


def test_a_heading_of_work_goals_opens_a_goal_block():
    """三、工作目标 ⏎ (二)…保持100%…不低于8%: the section's items are goals though they state no cue;
    a heading reporting on them (工作目标完成情况) opens none."""
    items = "三、{}\n(一)基本建立管理养护长效机制。\n(二)农村公路列养率保持100%，专项养护比例不低于8%。\n"
    assert [(value, year) for value, *_, year in _goals(items.format("工作目标"), 2021)] == [
        (100, 2021),
        (8, 2021),
    ]
    assert _goals(items.format("工作目标完成情况"), 2021) == []


def test_a_task_heading_after_a_paragraph_looking_back_returns_to_the_goals():
    """Inside 二、2021年工作安排 a paragraph recalling the past (回顾…) does not make the next task
    section a review: （二）着力…，不断… heads goals again. Under 一、2020年工作回顾 it stays a review."""
    tasks = (
        "一、2020年工作回顾\n过去一年，全区新增企业3000家。\n"
        "二、2021年工作安排\n（一）着力壮大实体经济\n全年新增规上工业企业50家。\n"
        "回顾建区30年的历程，企业家始终是我们最宝贵的财富。\n"
        "（二）着力深化改革，不断优化营商环境\n对标一流标准，力争减免各类税费12亿元，新建公共服务平台6个。\n"
    )
    assert [g[0] for g in _goals(tasks, 2021)] == [50, 12, 6]
    review = tasks.replace("二、2021年工作安排\n", "")
    assert [r[0] for r in _records(review, 2021)] == [3000, 50, 12, 6]


def test_an_attachments_file_name_states_nothing():
    text = "今年全区新建学校5所。\n附件：\n1．附件1 2021年区民生实事项目（12项）.docx\n"
    assert _goals(text, 2021) == [(5, "所", "increment", "reach", 2021)]


def test_a_span_aimed_at_in_a_later_clause_opens_no_block():
    """…融合发展，力争未来3年打造成为…产业集群。 is that clause's aim; the next paragraph's goals keep the
    year of the text (今后三年，… opening a sentence would date them)."""
    text = (
        "二、2020年主要工作\n推进重点项目建设，推动产业融合发展，力争未来3年打造成为区域产业集群。\n"
        "大力发展生物医药，力争新增生物医药企业100家以上。\n"
    )
    assert [(g[0], g[4]) for g in _goals(text, 2020)] == [(100, 2020)]
    opened = text.replace("推进重点项目建设，推动产业融合发展，力争未来3年", "未来3年，全区")
    assert [(g[0], g[4]) for g in _goals(opened, 2020)] == [(100, 2023)]  # the 3 years after 2020


def test_a_goal_listed_in_the_words_of_its_result_is_a_goal():
    """主要目标是：⏎——结构调整取得重大进展⏎…比重提高4个百分点: a dash item under the goals, phrased
    as the result to reach; the same item under 五年来… reports a result."""
    goals = "今后五年经济社会发展的主要目标是：\n——结构调整取得重大进展\n服务业增加值比重提高4个百分点\n"
    assert [(g[0], g[4]) for g in _goals(goals, 2020)] == [(4, 2025)]
    review = "五年来，我们取得了显著成就：\n——结构调整取得重大进展\n服务业增加值比重提高4个百分点\n"
    assert _goals(review, 2020) == []


def test_a_report_delivered_in_december_speaks_from_the_year_it_frames():
    """——2021年12月29日在…第一次会议上: a report for 2022 (2022年是…开局之年); its goals are 2022's
    and its 今后五年 end in 2026. December news calling that year 明年 speaks from its own."""
    text = (
        "政府工作报告\n——2021年12月29日在青山县第十八届人民代表大会第一次会议上\n各位代表：\n"
        "一、2021年工作回顾\n2021年，全县地区生产总值增长8.1%。\n"
        "二、今后五年目标和2022年重点工作\n今后五年，全县一般公共预算收入年均增长4.5%。\n"
        "2022年是新一届政府开局之年。主要预期目标是：地区生产总值增长7%以上。\n"
    )
    extraction = extract_document(read_document_bytes("report.txt", text.encode()))
    assert sorted((t.value, t.target_year) for t in extraction.targets) == [(4.5, 2026), (7, 2022)]
    news = text.replace("2022年是新一届政府开局之年。", "明年全县将加快发展。2022年，")
    extraction = extract_document(read_document_bytes("news.txt", news.encode()))
    assert (7, 2022) in {(t.value, t.target_year) for t in extraction.targets}


def test_a_plan_period_opening_a_sentence_dates_the_paragraphs_after_it():
    """第十三篇 of a 十五五 plan: “十五五”时期，… opening its first paragraph dates the undated goals
    of the paragraphs below (2030); a heading of the year's work returns to the year."""
    text = (
        "第十三篇 加快绿色转型\n绿色发展是高质量发展的底色。“十五五”时期，协同推进降碳、减污、扩绿、增长。\n"
        "第一章 建设美丽山川\n全市森林覆盖率力争达到45%以上，新增生态公园100个。\n"
    )
    assert sorted((g[0], g[4]) for g in _goals(text, 2026)) == [(45, 2030), (100, 2030)]
    report = text + "二、2026年工作安排\n全年新增城镇就业5万人。\n"
    assert (5, 2026) in {(g[0], g[4]) for g in _goals(report, 2026)}


def test_a_plans_aim_for_the_next_five_years_before_its_goals_opens_their_block():
    """…，力争未来五年基本建成…。主要目标是：… outside a year's work: the plan's horizon."""
    text = "我们要奋力开创新局面，力争未来五年基本建成现代化城区。主要目标是：地区生产总值年均增长6%。"
    assert [(g[0], g[4]) for g in _goals(text, 2021)] == [(6, 2026)]


def test_a_year_end_meeting_in_december_reviews_its_own_year():
    """A department's 年终工作总结会 of 2023-12-22: its 今年 is 2023, only 2024年，… is 2024."""
    text = (
        "市发展改革委召开年终工作总结会\n发布时间：2023-12-22\n今年1-11月，全市地区生产总值增长5.6%。\n"
        "会议指出，今年全市计划新开工重大项目120个。\n2024年，全市将力争固定资产投资增长8%。\n"
    )
    extraction = extract_document(read_document_bytes("news.txt", text.encode()))
    assert sorted((t.value, t.target_year) for t in extraction.targets) == [(8, 2024), (120, 2023)]
    assert [(a.value, a.year) for a in extraction.actuals] == [(5.6, 2023)]


def test_task_headings_in_a_section_of_last_years_work_stay_a_review():
    """二、过去一年的主要工作 after 一、2021年主要目标: its （二）不断优化营商环境 reports results."""
    text = (
        "一、2021年主要目标\n全区地区生产总值增长7%左右。\n二、过去一年的主要工作\n"
        "过去一年，我们攻坚克难。\n（一）着力稳定经济增长\n规上工业增加值增长8%。\n"
        "（二）不断优化营商环境\n新增市场主体2.1万户。\n"
    )
    assert [g[0] for g in _goals(text, 2021)] == [7]
    assert _records(text, 2021) == [(8, "%", 2020), (2.1, "万户", 2020)]


def test_a_goal_naming_an_attached_file_is_kept():
    assert _goals("今年全区新建学校5所，项目清单详见附件1.xlsx", 2021) == [
        (5, "所", "increment", "reach", 2021)
    ]


def test_the_goals_of_a_new_government_s_term_are_due_at_its_end():
    """新一届政府工作思路和目标任务 in a report of 2023 opening a term: its goals are the term's (2027);
    本届政府工作回顾 reviews the last term; 2023年重点工作 returns to the year."""
    text = (
        "本届政府工作回顾\n四年多来，全区新增国家高新技术企业800家。\n"
        "新一届政府工作思路和目标任务\n本届政府将聚焦四个方面抓好落实。\n"
        "一、加快建设科学城\n力争承接国家科技项目200个以上。\n"
        "2023年重点工作\n今年全区新增国家高新技术企业150家。\n"
    )
    assert sorted((g[0], g[4]) for g in _goals(text, 2023)) == [(150, 2023), (200, 2027)]


def test_the_term_s_goals_are_only_those_of_a_term_that_begins():
    """本届政府各项目标任务 in the third year of a term, and 新一届政府自身建设 after the year's work:
    the year's goals (2026, 2023), not the term's end."""
    mid_term = (
        "二、2026年主要目标\n全区地区生产总值增长6%左右。\n三、全力实现本届政府各项目标任务\n"
        "（一）扩大有效投资。固定资产投资增长8%，实施重点项目120个。\n"
    )
    assert {g[4] for g in _goals(mid_term, 2026)} == {2026}
    own_work = (
        "三、2023年重点工作\n全年新增就业1万人。\n四、全面加强新一届政府自身建设\n一般性支出压减10%。\n"
    )
    assert {g[4] for g in _goals(own_work, 2023)} == {2023}


def test_a_plan_period_named_amid_the_year_s_work_does_not_date_it():
    text = (
        "二、2026年工作安排\n“十五五”时期，我们将坚持以高质量发展为主题。\n"
        "主要预期目标是：地区生产总值增长5.5%左右。\n（一）扩大有效投资。实施重点项目120个。\n"
    )
    assert {g[4] for g in _goals(text, 2026)} == {2026}


def test_a_december_economic_work_conference_sets_the_next_year():
    text = (
        "区委经济工作会议召开\n发布时间：2023-12-27\n12月26日，区委经济工作会议召开，部署2024年经济工作。\n"
        "2024年是实施“十四五”规划的关键之年。会议提出，全年地区生产总值增长6%左右。\n"
    )
    extraction = extract_document(read_document_bytes("news.txt", text.encode()))
    assert [(t.value, t.target_year) for t in extraction.targets] == [(6, 2024)]


def test_a_task_heading_opened_by_a_charge_word_makes_its_section_goals():
    text = (
        "（一）聚力挖掘内需潜能，加快巩固拓展经济发展态势\n"
        "充分释放政策效能，大力引导企业加大科技创新投入，规上工业研发费用占营收比重突破4%、"
        "全社会研发投入强度提高到4.1%左右，科技创新投入达2635亿元。\n"
        "（八）着力增强城市文化软实力\n深化文旅融合，文化及相关产业增加值增长6%。"
    )
    found = extract_text(text, 2026, "某市")
    assert [(t.value, t.target_year) for t in found.targets] == [
        (4, 2026), (4.1, 2026), (2635, 2026), (6, 2026)
    ]  # fmt: skip
    assert found.possible == []


def test_a_task_to_keep_a_momentum_is_a_charge_not_a_result():
    text = (
        "（一）着力巩固经济稳中向好势头\n"
        "深入实施扩大内需战略，网上零售额突破1700亿元，新开工亿元以上项目700个。"
    )
    found = extract_text(text, 2026, "某市")
    assert ([t.value for t in found.targets], found.possible) == ([1700, 700], [])


def test_charge_headings_after_a_lead_into_the_years_record_report_results():
    text = (
        "各位代表：过去一年，面对复杂严峻的形势，我们主要做了以下工作。\n"
        "（一）聚力稳增长\n地区生产总值增长5.5%，规上工业增加值增长6.8%。\n"
        "（二）奋力攻坚重大项目\n新开工重大项目120个，完成投资860亿元。\n"
        "二、2026年工作安排\n（一）聚力扩内需\n社会消费品零售总额增长6%。"
    )
    found = extract_text(text, 2026, "某市")
    assert [(t.value, t.target_year) for t in found.targets] == [(6, 2026)]
    assert [(a.value, a.year) for a in found.actuals] == [(5.5, 2025), (6.8, 2025), (120, 2025), (860, 2025)]


def test_a_sentence_closing_on_a_periods_goals_opens_their_block():
    text = (
        "综合考虑发展条件，《规划纲要》从五个方面提出了“十二五”期间的发展目标。"
        "在结构优化的基础上，全县生产总值年均增长12%左右，人均达到5000美元左右。"
    )
    assert [(t.value, t.target_year) for t in extract_text(text, 2011).targets] == [(12, 2015), (5000, 2015)]
    # a period's goals met (完成了…提出的…目标) open no block: the results listed after are no goals
    text = (
        "五年来，我们全面完成了区党代会提出的“十三五”时期的发展目标。\n地区生产总值年均增长8%，达到3000亿元。"
    )
    assert extract_text(text, 2021).targets == []
    text = "为实现高质量发展，区委提出了“十四五”时期的奋斗目标。地区生产总值年均增长6%，人均达到2万美元。"
    assert [(t.value, t.target_year) for t in extract_text(text, 2021).targets] == [(6, 2025), (2, 2025)]


def test_a_programme_decided_then_listed_is_the_years_goals():
    text = (
        "2012年，某省委、省政府确定了为全省人民办好8件实事：一是改造中小学校舍300万平方米；"
        "二是实现乡镇卫生院达标率90%。"
    )
    assert [(t.value, t.target_year) for t in extract_text(text, 2012).targets] == [(300, 2012), (90, 2012)]
    text = (
        "昨日，政府工作报告提出2024年十大民生项目清单。具体如下：\n\n"
        "推进保障性住房建设，筹集保障性租赁住房8万套。\n\n实施人居环境提升工程，建设美丽乡村150个。"
    )
    assert [t.value for t in extract_text(text, 2024).targets] == [8, 150]
    # an evaluation of the programme's spending is no programme
    text = "2023年民生项目资金绩效评价结果出炉。\n经评价，全市民生项目资金使用率达到98%，新建学校20所。"
    assert extract_text(text, 2023).targets == []
    text = "2024年民生工程资金安排如下：\n新建学校10所。\n新增养老床位500张。"
    assert [t.value for t in extract_text(text, 2024).targets] == [10, 500]


def test_the_whole_of_a_past_year_named_just_before_reports_that_year():
    # 2024年，全年…以上 in a text of 2025: last year's results, though bounded; the text's own 全年 sets goals
    text = "2024年，全年签约投资5000万元以上项目15个，新增就业2.1万人以上。今年全年新增就业2万人以上。"
    result = extract_text(text, 2025)
    assert [(t.value, t.target_year) for t in result.targets] == [(2, 2025)]
    assert [f.value for f in result.actuals] == [15, 2.1]
    # …unless 全年 names what is aimed at (2024年全年目标是…): a goal, dated the text's year as before
    assert [t.value for t in extract_text("2024年全年目标是新增企业100家以上。", 2025).targets] == [100]
