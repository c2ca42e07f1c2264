"""End to end: goals and records of invented report texts, with their year, body and quote."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from huangpu_tracker.documents.model import Article, Document
from huangpu_tracker.extraction import extract_document, extract_text
from huangpu_tracker.extraction.model import UNKNOWN_BODY

REPORT = (
    "过去五年，全市地区生产总值年均增长6.8%，2022年达到1500亿元。"
    "到2027年，全市地区生产总值突破2000亿元，研发经费投入强度达到3%以上。"
    "2023年主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%。"
    "全年新增高新技术企业150家，建成保障性住房3000套。"
)


def _by_value(extraction):
    return {t.value: t for t in extraction.targets}


def test_goals_with_years_kinds_and_comparators():
    targets = _by_value(extract_text(REPORT, 2023, "某市"))
    assert set(targets) == {2000, 3, 6, 5, 150, 3000}
    assert (targets[2000].target_year, targets[2000].comparator, targets[2000].metric) == (
        2027,
        "min",
        "地区生产总值",
    )
    assert (targets[3].target_year, targets[3].comparator) == (2027, "min")
    assert (targets[6].kind, targets[6].comparator, targets[6].target_year) == ("growth", "approx", 2023)
    assert (targets[150].kind, targets[150].target_year) == ("increment", 2023)
    assert targets[3000].unit == "套"


def test_past_figures_are_reported_not_targets():
    reported = {a.value: a for a in extract_text(REPORT, 2023).actuals}
    assert reported[1500].year == 2022
    assert reported[6.8].metric == "地区生产总值增速"
    assert all(t.value not in (1500, 6.8) for t in extract_text(REPORT, 2023).targets)


def test_review_year_of_a_report_is_not_its_own_year():
    text = "2024年是攻坚之年。全年新增就业3.2万人。\n\n2025年是收官之年，全年新增就业3.5万人。"
    extraction = extract_text(text, 2025)
    assert [(a.value, a.year) for a in extraction.actuals] == [(3.2, 2024)]
    assert [(t.value, t.target_year) for t in extraction.targets] == [(3.5, 2025)]


def test_coming_years_make_a_cumulative_goal_with_its_period():
    (target,) = extract_text("未来5年，累计完成固定资产投资超5000亿元。", 2024).targets
    assert (target.kind, target.comparator, target.target_year, target.period_start) == (
        "cumulative",
        "min",
        2029,
        2025,
    )  # fmt: skip  (the five years after 2024, as the real corpus's annotators count them)


def test_goals_of_other_districts_keep_their_owner():
    text = (
        "海珠区将推动会展经济发展，2025年地区生产总值力争突破2500亿元；番禺区将加快建设，今年新引进项目50个。"
    )
    owners = {t.value: t.entity for t in extract_text(text, 2025, "广州市").targets}
    assert owners == {2500: "海珠区", 50: "番禺区"}


def test_names_and_subsidies_are_not_goals():
    text = (
        "出台“稳企10条”，实施“三个一百”工程，建设地铁8号线。力争全年新增企业100家。"
        "对首次上市的企业，最高给予500万元奖励。"
    )
    assert [t.value for t in extract_text(text, 2024).targets] == [100]


def test_headline_switches_the_body_and_areas_belong_to_home():
    text = (
        "区政府工作报告\n2024年，知识城将新增企业80家。\n\n"
        "合肥高新区出台新政\n下一步，力争全年引进重大项目60个。"
    )
    targets = _by_value(extract_text(text, 2024, "黄埔区"))
    assert (targets[80].entity, targets[80].area) == ("黄埔区", "中新广州知识城")
    assert targets[60].entity == "合肥高新区"


def test_shanghai_huangpu_keeps_its_full_name():
    text = "上海市黄浦区政府工作报告\n黄浦区将持续发力，力争全年引进总部企业30家。"
    (target,) = extract_text(text, 2021).targets
    assert target.entity == "上海市黄浦区"


def _document(text: str, title: str, articles: list[Article] | None = None) -> Document:
    return Document(
        name="plan.txt", source_path="plan.txt", format="txt", encoding="utf-8", content_hash="x",
        text=text, title=title, issue_year=2026, articles=articles or [],
    )  # fmt: skip


def test_plan_document_speaks_of_its_horizon():
    text = "一、主要目标\n加快产业升级，打造3-5个特色产业园区。\n森林覆盖率达到45%。"
    extraction = extract_document(_document(text, "某区国民经济和社会发展第十五个五年规划纲要"))
    targets = _by_value(extraction)
    assert (targets[3].comparator, targets[3].value_hi, targets[3].target_year) == ("range", 5, 2030)
    assert targets[45].target_year == 2030


def test_spans_index_the_document_text_and_quote_holds_the_figure():
    intro = "某县新闻\n"
    body = "2026年，全县将新建学校4所，新增学位\n3000个，改造道路28公里。"
    text = intro + body
    articles = [
        Article(seq=1, start=len(intro), end=len(text), title="某县新闻", issuer="某县", issue_year=2026)
    ]
    extraction = extract_document(_document(text, "某县新闻", articles))
    assert len(extraction.targets) == 3
    for target in extraction.targets:
        assert text[target.start : target.end] == target.quote
        assert len(target.quote) <= 80
        assert target.quote in target.sentence
    wrapped = next(t for t in extraction.targets if t.value == 3000)
    assert "\n" in wrapped.quote


def test_articles_of_a_document_are_read_with_their_own_year():
    first = "2020年工作回顾\n全年新增就业2万人。"
    second = "\n2021年工作安排\n2021年，全区将新增就业2.5万人。"
    text = first + second
    articles = [
        Article(seq=1, start=0, end=len(first), title="2020年工作回顾", issue_year=2021),
        Article(seq=2, start=len(first), end=len(text), title="2021年工作安排", issue_year=2021),
    ]
    extraction = extract_document(_document(text, "报告", articles))
    assert [(t.value, t.target_year) for t in extraction.targets] == [(2.5, 2021)]


def test_programme_section_sets_out_goals_without_cues():
    text = (
        "去年全区新建学校6所。\n\n2025年主要预期目标是：地区生产总值增长5%左右。\n"
        "重点抓好以下工作：\n新建学校8所，新增学位9000个。\n\n改造老旧小区40个。"
    )
    extraction = extract_text(text, 2025)
    assert sorted(t.value for t in extraction.targets) == [5, 8, 40, 9000]
    assert [a.value for a in extraction.actuals] == [6]


def test_baseline_year_is_not_the_target_year():
    (target,) = extract_text("到2035年，人均地区生产总值比2020年翻一番。", 2024).targets
    assert (target.metric, target.value, target.unit, target.target_year) == (
        "人均地区生产总值",
        2,
        "倍",
        2035,
    )


def test_area_is_the_acting_sub_area_not_a_name_or_an_example():
    text = (
        "实施知识城“一号工程”，全年完成固定资产投资500亿元。"
        "重点新建知识城南方医院等6家医院。围绕“万亿国资”目标，力争全年新增企业90家。"
    )
    areas = {t.value: t.area for t in extract_text(text, 2024, "黄埔区").targets}
    assert areas == {500: "中新广州知识城", 6: None, 90: None}


# fmt: off
_PIECES = st.sampled_from([
    "到2030年，", "全年", "力争", "过去一年，", "天河区将", "新增", "学校", "12所", "超过", "5%",
    "1.5万亿元", "“十五五”末", "。", "，", "\n", "以上", "左右", "翻一番", "黄浦区", "“万亿制造”", "等", "、",
])
# fmt: on


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, max_size=30))
def test_any_text_yields_consistent_records(pieces):
    text = "".join(pieces)
    extraction = extract_text(text, 2026)
    for record in [*extraction.targets, *extraction.actuals]:
        assert text[record.start : record.end] == record.quote
        assert len(record.quote) <= 80 and record.metric


def test_parts_of_the_year_report_that_year():
    text = "今年一季度，全区实现营业收入420亿元。下一步，全区将力争上半年营业收入达到900亿元。"
    extraction = extract_text(text, 2024)
    assert [(a.value, a.year) for a in extraction.actuals] == [(420, 2024)]
    assert [(t.value, t.target_year) for t in extraction.targets] == [(900, 2024)]


def test_review_of_a_span_of_years_reports_its_last_year():
    (reported,) = extract_text("2019年至2023年，全区累计引进项目1200个。", 2024).actuals
    assert (reported.year, reported.metric) == (2023, "引进项目")


def test_decline_against_a_base_year():
    (target,) = extract_text("到2025年，单位地区生产总值能耗较2020年下降13.5%。", 2021).targets
    assert (target.metric, target.kind, target.value, target.target_year) == (
        "单位地区生产总值能耗降幅", "growth", 13.5, 2025,
    )  # fmt: skip


def test_per_capita_denominator_is_not_a_figure():
    (target,) = extract_text("到2025年，每千人口执业医师数达到3.5人。", 2021).targets
    assert (target.value, target.metric) == (3.5, "每千人口执业医师数")


def test_size_classes_without_members_share_the_list_head():
    text = "到2030年，打造一大五百亿级、两大三百亿级、三大百亿级产业集群。"
    targets = extract_text(text, 2026).targets
    assert [(t.value, t.metric, t.comparator) for t in targets] == [
        (500, "产业集群规模", "min"), (300, "产业集群规模", "min"), (100, "产业集群规模", "min"),
    ]  # fmt: skip


def test_section_headings_set_the_tense_of_their_paragraphs():
    text = (
        "一、2023年工作回顾\n全区经济稳中有进。\n\n全年新增就业2万人。\n\n"
        "二、2024年工作安排\n坚持稳中求进。\n\n全年新增就业2.5万人。"
    )
    extraction = extract_text(text, 2024)
    assert [(a.value, a.year) for a in extraction.actuals] == [(2, 2023)]
    assert [(t.value, t.target_year) for t in extraction.targets] == [(2.5, 2024)]


def test_size_class_of_counted_items_is_not_a_goal_of_its_own():
    text = "到2030年，培育形成5个以上千亿级产业集群，引进百亿级项目不少于8个。"
    targets = extract_text(text, 2026).targets
    assert [(t.value, t.unit, t.comparator, t.metric) for t in targets] == [
        (5, "个", "min", "千亿级产业集群"), (8, "个", "min", "引进百亿级项目"),
    ]  # fmt: skip


def test_traditional_and_full_width_texts_read_like_simplified_ones():
    text = "到２０２８年，全縣地區生產總值年均增長6%以上，研發經費投入強度超過4%。過去一年新增企業30家。"
    extraction = extract_text(text, 2024)
    rows = [(t.metric, t.kind, t.comparator, t.value, t.target_year) for t in extraction.targets]
    assert rows == [
        ("地区生产总值增速", "avg_growth", "min", 6, 2028),
        ("全社会研发经费投入强度", "level", "min", 4, 2028),
    ]
    assert extraction.targets[0].quote in text  # quotes stay verbatim
    assert [(a.value, a.year) for a in extraction.actuals] == [(30, 2023)]


def test_a_text_naming_no_body_belongs_to_its_issuer():
    text = "全年新增企业100家，完成投资50亿元。"
    assert {t.entity for t in extract_text(text, 2024, issuer="鹿鸣高新区").targets} == {"鹿鸣高新区"}
    assert {t.entity for t in extract_text(text, 2024).targets} == {UNKNOWN_BODY}  # never a default


def test_listed_goals_on_short_lines_under_a_goals_heading():
    text = (
        "2026年主要目标\n\n1. 工业增加值增长7%\n● 新增市场主体2万户\n"
        "（3）PM2.5年均浓度控制在25微克/立方米以内\n"
    )
    targets = extract_text(text, 2026).targets
    assert [(t.metric, t.value, t.target_year) for t in targets] == [
        ("工业增加值增速", 7, 2026),
        ("新增市场主体", 2, 2026),
        ("PM2.5年均浓度", 25, 2026),
    ]
