"""Issue-year inference on texts it has never seen: one group per rule, wraps and spaces tolerated.

The sentences are made up for these tests; the seeds and the development documents are only
checked at the end, as acceptance of the rules on real-looking text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from huangpu_tracker.documents import Document, read_document, read_document_bytes
from huangpu_tracker.documents.dates import content_year, mentioned_year, news_lead, plan_looked_back_on
from huangpu_tracker.paths import bundled_documents

FILLER = "园区道路绿化改造稳步推进，居民出行更加便利，公共服务持续完善。" * 6
MTIME_2026 = 1_780_000_000  # a freshly copied file: 2026


def _read(text: str) -> Document:
    return read_document_bytes("sample.txt", text.encode("utf-8"), mtime=MTIME_2026)


def _wrapped(text: str, width: int, breaker: str = "\n") -> str:
    """`text` hard-wrapped every `width` characters, as a PDF export or an old newspaper file is."""
    return breaker.join(text[i : i + width] for i in range(0, len(text), width))


def _rule(text: str, title: str | None = None) -> tuple[int, str] | None:
    cue = content_year(text, title)
    return (cue.year, cue.rule) if cue else None


# -- lead: a day without a year takes the year of the same or the next sentence ---------------


def test_lead_takes_the_year_of_a_meeting_in_the_same_sentence():
    text = "3月8日，某新区召开2019年科技创新大会。会上通报，2018年全区实现营收九百亿元。"
    assert _rule(text) == (2019, "lead")
    assert _read(text + FILLER).issue_date == "2019-03-08"


def test_lead_takes_the_year_after_results_reported_in_the_next_sentence():
    text = "4月2日，记者从区统计部门获悉。2020年全区实现工业产值三千亿元，同比增长百分之六。"
    assert _rule(text) == (2021, "lead")


def test_early_in_a_year_a_lead_stating_a_year_s_output_without_aim_reports_the_year_past():
    assert _rule(f"【本报讯1月20日电】(记者王某)协同发展。2025年，两市经济总量突破6万亿元。{FILLER}") == (
        2026,
        "lead",
    )
    assert (
        _rule(f"【本报讯1月20日电】(记者王某)协同发展。2025年，两市经济总量力争突破6万亿元。{FILLER}") is None
    )


def test_lead_results_that_are_only_forecasts_keep_their_year():
    text = "12月28日，区委举行务虚会。2022年全区预计实现地区生产总值两千亿元。"
    assert _rule(text) == (2022, "lead")


def test_lead_takes_a_year_planned_for_in_the_next_sentence():
    text = "7月9日，某区第四届代表大会第\n二次会议召开。会议提出，20\n17年全区将新增绿地百公顷。"
    assert _rule(text) == (2017, "lead")


def test_lead_targets_and_starting_points_are_not_the_year():
    text = "9月1日，园区发布行动方案，提出到2030年产值翻番，2015年以来累计投资千亿元，2022年新增企业百家。"
    assert _rule(text) == (2022, "lead")
    assert _rule("9月1日，园区提出到2030年将建成三座新城。") is None


def test_late_in_the_year_a_lead_speaks_of_next_year_plans():
    late = "11月30日，园区召开务虚会，梳理2016年成绩，谋划2017年思路。"
    early = "2月10日，园区召开务虚会，梳理2016年成绩，谋划2017年思路。"
    assert (_rule(late), _rule(early)) == ((2016, "lead"), (2017, "lead"))


def test_lead_after_a_dispatch_and_a_reporter_credit_across_wrapped_lines():
    text = "园区大会吹响冲锋号\n\n本报讯（记者 张 明\n通讯员 李 华）5月6日，园区举\n行2022年招商推介会。"
    text += FILLER
    lead = news_lead(text)
    assert lead is not None and (lead.month, lead.day) == (5, 6)
    document = _read(text)
    assert (document.issue_year, document.issue_date, document.year_source) == (2022, "2022-05-06", "content")


def test_lead_with_a_dated_dispatch_line():
    text = "新华社广州9月3日电 广州开发区9月3日启动2023年秋季招聘会。" + FILLER
    assert _rule(text) == (2023, "lead")


@pytest.mark.parametrize(("width", "breaker"), [(31, "\n"), (17, "\n"), (23, "\n\n"), (29, " \n")])
def test_lead_year_survives_hard_wraps_and_spaces_inside_numbers(width, breaker):
    text = (
        "2月14日，某开发区、某高新区召开2025年营商环境大会。记者从会上获悉，2024年全区实现地区生产"
        "总值31 20亿元。今年，全区将力争新增企业五百家。"
    )
    document = _read("营商环境再升级\n\n" + _wrapped(text + FILLER, width, breaker))
    assert (document.issue_year, document.issue_date) == (2025, "2025-02-14")


def test_a_deadline_day_is_not_a_lead():
    assert news_lead("某区工作安排\n6月30日前完成2019年度老旧小区改造。") is None


# -- this year: 今年（YYYY年） ---------------------------------------------------------------------


def test_this_year_in_brackets():
    assert _rule(FILLER + "今年（2017年）全区将新建学校八所。" + FILLER) == (2017, "this_year")
    assert _rule(FILLER + "明年（2018年）将完成改造。") == (2017, "this_year")
    assert _rule("报告指出，2016年全市生产总值增长7%。报告又提出今(2017)年的各项预期目标。") == (
        2017,
        "this_year",
    )


# -- plan: a five-year plan's proposal or outline --------------------------------------------------


def test_plan_proposal_is_adopted_the_year_before_the_plan():
    title = "中共某县委关于制定某县国民经济和社会发展第十五个五年规划和二〇四〇年远景目标的建议"
    assert _rule(FILLER, title) == (2025, "plan")
    document = _read(f"{title}\n\n{FILLER}")
    assert (document.issue_year, document.year_source) == (2025, "content")


def test_plan_outline_is_adopted_in_the_plan_first_year():
    title = "某市国民经济和社会发展第十三个五年规划纲要"
    assert _rule(FILLER, title) == (2016, "plan")


def test_another_plan_of_the_period_dates_from_its_first_year():
    title = "某区科技创新“十四五”规划"
    assert _rule(FILLER, title) == (2021, "plan_period")
    assert _rule("今后5年，园区面积翻番；到2024年，产值突破千亿元。", title)[1] == "window"  # stronger


def test_a_plan_s_stated_term_dates_it_from_its_first_year():
    text = f"为促进农产品加工业高质量发展，根据有关要求，制定本规划。\n规划期限2021-2025年。\n{FILLER}"
    assert _rule(text) == (2021, "term")


def test_a_notice_issuing_a_sector_plan_of_a_period_dates_from_the_plan_s_first_year():
    title = "某市人民政府关于印发《某市“十一五”新农村建设规划实施纲要》的通知"
    assert _rule(FILLER, title) == (2006, "plan")


@pytest.mark.parametrize(
    "text",
    [
        f"编制说明（2024年）\n{FILLER}",  # 说明 ends in 明, no 明年
        f"“十三五”期间我区城乡规划建设成效显著。{FILLER}",  # a review of the plan's years
        f"该市国土空间总体规划已获批复，规划期限为2021-2035年。{FILLER}",  # approved years later
        f"【本报讯1月8日电】(记者王某)稳就业。2025年，全市新增城镇就业达到8万人。{FILLER}",  # an aim
    ],
)
def test_cues_that_name_a_year_without_dating_the_text(text):
    assert _rule(text) is None


def test_a_part_of_a_year_reported_in_a_title_is_told_in_that_year():
    assert _rule(FILLER, "关于某市2024年上半年国民经济和社会发展计划执行情况的报告") == (2024, "title")


def test_a_plan_cited_in_the_body_is_not_the_document_type():
    text = "《某市国民经济和社会发展第十四个五年规划纲要》提出，到2025年建成创新高地。" + FILLER
    assert _rule(text) is None


# -- title: a year in the title, unless it is a target ---------------------------------------------


def test_title_year_skips_targets():
    assert _rule(FILLER, "2016年某区国民经济运行情况") == (2016, "title")
    assert _rule(FILLER, "面向2035年的某区空间发展战略") is None


# -- event: a meeting or work report of its year named in the opening ------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "全区上下召开2019年经济工作会议，部署全年任务。",
        "区委2019年第三次全体会议在区行政中心举行。",
        "2019年区政府工作报告提请大会审议。",
        "记者日前从全省2019交通运输工作会议上获悉，去年全省新建公路300公里。",
        "记者从2019年全市教育工作大会上了解到，去年全市新增学位8000个。",
    ],
)
def test_event_of_the_year_in_the_opening(opening):
    assert _rule(opening + FILLER) == (2019, "event")


def test_a_yearly_award_meeting_is_not_an_event_of_that_year():
    assert _rule("园区召开2019年度表彰大会，表彰先进集体。" + FILLER) is None


# -- theme: YYYY年是…之年 --------------------------------------------------------------------------


def test_theme_year():
    assert _rule(FILLER + "2016年是实施新一轮规划的开局之年。" + FILLER) == (2016, "theme")


def test_the_theme_of_the_year_the_text_then_calls_this_year_is_its_own():
    text = (
        "2022年是党的二十大召开之年，全市上下砥砺奋进。" + FILLER + "二、今年的工作\n"
        "2023年是全面贯彻党的二十大精神的开局之年。做好今年工作，意义重大。"
    )
    assert _rule(text) == (2023, "theme")


def test_a_key_year_whose_work_the_text_then_calls_this_years_is_its_own():
    """A work report opening on its review year's theme (2022年是…开局之年) dates itself by the year
    whose work it then calls 今年工作, though that year is only 关键一年, no 之年."""
    text = (
        "2022年是全面贯彻党的二十大精神的开局之年，也是对我市具有特殊意义的一年。" + FILLER
        + "2023年是实施“十四五”规划的关键一年，做好今年工作至关重要。"
    )  # fmt: skip
    assert _rule(text) == (2023, "theme")


def test_a_key_year_the_text_then_calls_the_past_year_is_the_reviews():
    """2019年是…关键一年。过去一年，我们…: the year reviewed; the report is of the next, whose theme
    is too long a sentence to tie to its 今年工作."""
    text = (
        "一、团结奋斗，2019年某区建设迈出新步伐\n2019年是某某成立70周年，是实现规划目标任务的关键一年。"
        "过去一年，我们坚持稳中求进，全区经济平稳增长。" + FILLER + "\n二、全面抓好2020年政府工作\n"
        "2020年是“十三五”规划收官之年，是某某经济特区建立40周年，是贯彻落实某某全会精神、进一步全面深化"
        "改革的关键之年，"
        "做好今年政府工作意义重大。"
    )
    assert content_year(text).year == 2020
    speech = "同志们：\n2024年是规划实施的关键一年。过去一年，全市经济持续回升向好。做好今年工作，意义重大。"
    assert content_year(speech).year == 2024  # a speech of 2024 naming no later year


def test_the_first_year_of_carrying_out_a_decision_is_the_texts_theme_but_a_momentous_year_is_not():
    """2014年是认真贯彻…精神的第一年: the year the text speaks of (though it aims 在2015年之前 too);
    2022年是党和国家历史上极为重要的一年 opens a review of that year, no theme of the text's own."""
    text = FILLER + "2014年是认真贯彻党的十八届三中全会精神的第一年。力争在2015年之前，打造创新创业型城区。"
    assert _rule(text) == (2014, "theme")
    assert _rule(FILLER + "2022年是党和国家历史上极为重要的一年，也是我区改革发展史上不平凡的一年。") != (
        2022,
        "theme",
    )


def test_a_plan_period_named_as_a_goal_set_is_not_looked_back_on():
    """党代会提出“十四五”期间实现…目标: a goal set for the plan's years, not a text written after them
    (which “十四五”以来…实现 would be)."""
    text = (
        "2023年，全市经济运行回升向好，地区生产总值增长5.1%。今年全市地区生产总值预期增长6%。"
        "确定这些目标，综合考虑了市第十四次党代会提出“十四五”期间实现“两个高于”的目标要求。"
    )
    assert plan_looked_back_on(text) is None
    assert plan_looked_back_on("“十四五”期间实现“两个高于”，全市经济总量提档进位。") == 2026
    assert plan_looked_back_on("报告指出“十四五”以来，全市经济总量实现历史性跨越。") == 2026


# -- review: the year under review, plus one --------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "回顾2018年，全区经济稳中向好。",
        "过去一年（2018年），全区经济稳中向好。",
        "在过去的一年里，2018年全区经济稳中向好。",
        "一、2018年工作回顾",
        "2018年，全区实现税收四百亿元。今年将继续发力。",
        "区统计局发布《2018年某区国民经济和社会发展统计公报》。",
    ],
)
def test_review_year_plus_one(sentence):
    assert _rule(FILLER + sentence + FILLER) == (2019, "review")


@pytest.mark.parametrize(
    "sentence",
    [
        "2018年全区实现税收四百亿元。",  # no 今年: it may be a year-end report
        "回顾2012年以来的发展历程，今年更需奋进。",  # a span, not a year under review
        "到2018年全区实现税收四百亿元，今年先完成一半。",  # a goal, not a result
    ],
)
def test_not_a_review(sentence):
    assert _rule(FILLER + sentence + FILLER) is None


# -- window: 未来N年 with the earliest 到YYYY年 ----------------------------------------------------------


def test_planning_window():
    assert _rule("今后5年，园区面积翻番；到2020年，产值突破千亿元。") == (2016, "window")


# -- traditional characters (a Big5 file) and Chinese-numeral years --------------------------------------


def test_cues_in_traditional_characters():
    assert _rule("園區召開二〇一九年經濟工作會議，部署全年任務。" + FILLER) == (2019, "event")
    assert _rule(FILLER + "回顧二〇一八年，全區經濟穩中向好。") == (2019, "review")


def test_every_traditional_character_and_full_width_digit_reads_as_extraction_reads_it():
    assert _rule("二〇二四年灣區科技論壇在園區開幕。" + FILLER) == (2024, "event")
    assert _rule("園區召開２０２３年經濟工作會議，部署全年任務。" + FILLER) == (2023, "event")


def test_a_chinese_year_typed_with_zero_digits_or_a_letter_o_dates_the_text():
    assert _rule("二00六年湖区经济工作会议召开，部署全年任务。" + FILLER) == (2006, "event")
    assert _rule("回顾二O一八年，全区经济稳中向好。" + FILLER) == (2019, "review")


def test_a_chinese_numeral_date_that_is_no_date_is_left_as_written():
    assert _rule("二〇二一年一一月，園區召開二〇二一年經濟工作會議。" + FILLER) == (2021, "event")


# -- ranking and fallbacks -----------------------------------------------------------------------------


def test_a_stated_date_beats_the_content():
    document = _read(f"某区工作简报\n2015-06-01\n召开2019年科技创新大会。{FILLER}")
    assert (document.issue_date, document.issue_year, document.year_source) == ("2015-06-01", 2015, "date")


def test_the_lead_beats_a_year_in_the_title():
    document = _read(f"2018年产值再创新高\n\n6月9日，园区召开2019年产业大会。{FILLER}")
    assert (document.issue_year, document.issue_date) == (2019, "2019-06-09")


def test_mentioned_year_is_a_weak_guess_without_a_date():
    text = f"某区产业简报\n{FILLER}2016年产值增长百分之八，2017年新增企业百家。到2035年建成强区。{FILLER}"
    assert mentioned_year(text) == 2017
    document = _read(text)
    assert (document.issue_year, document.issue_date, document.year_source) == (2017, None, "mentions")


def test_the_year_of_a_goal_a_plan_lays_the_ground_for_is_no_guess_of_the_text_s_year():
    text = "五、建设科创中心\n为2035年建成国际科技创新中心奠定基础。到2030年研发强度达到5%。"
    assert mentioned_year(text) is None
    # 列为, 作为: the year of a listed project or of a measure, the text's own
    assert mentioned_year("该项目被列为2023年建成投产的省重点项目，全年计划完成投资5亿元。") == 2023
    assert mentioned_year("作为2024年实现开门红的重要举措，全市开工项目100个。") == 2024
    assert mentioned_year("该项目成为2023年建成投产的全省最大光伏电站，全年发电5亿千瓦时。") == 2023


def test_a_year_about_to_end_is_no_year_planned_for():
    text = "2019年上半年即将结束，各地节能压力不小。其他指标也将在明年完成。"
    assert mentioned_year(text) == 2019  # 即将结束: the text's own year, not one it plans (明年 → 2018)
    # a year about to close (即将落下帷幕) is the text's own; 即将全面实施 a year ahead is planned, so with
    # 明年 the text is of the year before
    assert mentioned_year("2025年即将落下帷幕，全县经济稳中有进。明年要再接再厉。") == 2025
    assert mentioned_year("2026年全市经济稳中向好。2027年即将全面实施新规划，明年要抓好开局。") == 2026


def test_a_baseline_year_compared_with_is_no_guess_of_the_text_s_year():
    text = "预计2025年全县生产总值305亿元，较2020年净增100亿元，比2020年翻一番，与2020年相比增长明显。"
    assert mentioned_year(text) == 2025


def test_file_year_only_when_the_content_names_no_year():
    document = _read(f"某区产业简报\n{FILLER}")
    assert (document.issue_year, document.issue_date, document.year_source) == (2026, None, "file")


def test_a_file_named_as_a_title_dates_and_names_a_text_without_a_title_line():
    text = f"各位代表：\n今年全区经济社会发展的主要预期目标是：新增城镇就业1.2万人以上。{FILLER}"
    document = read_document_bytes("萧山区2017年政府工作报告.txt", text.encode(), mtime=MTIME_2026)
    assert (document.title, document.issuer) == ("萧山区2017年政府工作报告", "萧山区")
    assert (document.issue_year, document.year_source) == (2017, "title")


@pytest.mark.parametrize("name", ["政府工作报告_2016.docx", "2016.txt", "某县-2016-政府工作报告.txt"])
def test_a_bare_year_in_a_file_name_dates_the_text(name):
    document = read_document_bytes(name.replace(".docx", ".txt"), f"各位代表：\n{FILLER}".encode())
    assert (document.issue_year, document.year_source) == (2016, "title")


@pytest.mark.parametrize(
    "name",
    [
        "AB01.txt",
        "000_ab5a8fadc595617d.txt",
        "report-2019-final.txt",
        "新建文本文档.txt",
        "扫描件_2019_001.txt",
    ],
)
def test_a_file_name_that_is_no_title_leaves_the_text_to_speak(name):
    document = read_document_bytes(name, f"各位代表：\n{FILLER}".encode(), mtime=MTIME_2026)
    assert document.title.startswith("各位代表")
    assert (document.issue_year, document.year_source) == (2026, "file")


def test_a_title_line_outranks_the_file_name():
    text = f"滨江区2019年政府工作报告\n\n各位代表：\n{FILLER}"
    document = read_document_bytes("萧山区2017年政府工作报告.txt", text.encode(), mtime=MTIME_2026)
    assert (document.title, document.issuer, document.issue_year) == (
        "滨江区2019年政府工作报告",
        "滨江区",
        2019,
    )


def test_a_plan_execution_report_speaks_from_the_year_of_its_draft_plan():
    title = "关于某市2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案的报告"
    assert _rule(FILLER, title) == (2023, "title")


def test_no_year_at_all_without_a_file_time():
    document = read_document_bytes("memo.txt", f"某区产业简报\n{FILLER}".encode())
    assert (document.issue_year, document.year_source) == (None, None)


def test_a_first_article_without_evidence_takes_the_file_content_year():
    first = f"园区快讯\n\n张三\n\n{FILLER * 2}"
    second = f"园区召开大会\n\n李四\n\n7月1日，园区召开2019年人才工作大会。{FILLER}"
    document = _read(f"{first}\n\n{second}")
    assert len(document.articles) == 2
    assert [(a.issue_year, a.year_source) for a in document.articles] == [(2019, "page"), (2019, "content")]


# -- acceptance on the seeds and the development documents --------------------------------------------

_DEVGOLD = Path(__file__).parents[1] / "extraction" / "devgold" / "docs"


@pytest.mark.parametrize(
    ("prefix", "year"), [("000", 2021), ("001", 2021), ("002", 2022), ("003", 2021), ("004", 2024)]
)
def test_seed_years_hold(prefix, year):
    (path,) = [p for p in bundled_documents() if p.name.startswith(prefix)]
    assert read_document(path).issue_year == year


@pytest.mark.parametrize(("prefix", "year"), [("d01", 2023), ("d02", 2024), ("d03", 2020)])
def test_development_documents_read_their_year(prefix, year, tmp_path):
    (path,) = _DEVGOLD.glob(f"{prefix}_*.txt")
    copy = tmp_path / path.name  # a fresh copy: its modification time says nothing
    copy.write_bytes(path.read_bytes())
    document = read_document(copy)
    assert document.issue_year == year
    assert document.year_source in {"date", "title", "content"}


_PIECES = st.sampled_from(
    [
        "2月3日，",
        "召开",
        "2019年",
        "二〇二〇年",
        "大会",
        "。",
        "\n",
        " ",
        "今年",
        "（",
        "）",
        "回顾",
        "第十四个五年规划",
        "关于制定",
        "建议",
        "未来5年",
        "到2025年",
        "是",
        "开局之年",
        "全区实现",
        "本报讯",
        "统计公报",
    ]
)


@settings(max_examples=80, deadline=None)
@given(st.lists(_PIECES, max_size=40), st.lists(_PIECES, max_size=6))
def test_inference_never_fails_and_gives_a_plausible_year(body, title):
    for text, head in (("".join(body), "".join(title)), ("".join(body), None)):
        cue = content_year(text, head)
        assert cue is None or 1900 <= cue.year <= 2100
        guess = mentioned_year(text)
        assert guess is None or 1900 <= guess <= 2100


# -- posting lines, titled reports, plans issued, windows in one sentence -------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "发布时间：2022-06-18 10:05 来源：区政府办",
        "编稿时间: 2022-06-18 09:42",
        "某某日报 2022-06-18 10:25",
        "时间:2022-06-18 08:00:43 | 来源:某某日报",
        "浏览次数：37 日期：2022-06-18",
    ],
)
def test_a_posting_line_dates_the_page(header):
    document = _read(f"某区推进城市更新\n{header}\n{FILLER}今年将改造老旧小区20个。")
    assert (document.issue_year, document.issue_date) == (2022, "2022-06-18")


@pytest.mark.parametrize(
    "header", ["2022年06月18日 某某三农在线 宁静", "字数:3,443 2022年06月18日 牢记嘱托 奋力开创新局面"]
)
def test_a_full_date_among_other_words_of_a_header_line_dates_the_page(header):
    document = _read(f"某区推进城市更新\n{header}\n{FILLER}2025年全区将改造老旧小区20个。")
    assert (document.issue_year, document.issue_date) == (2022, "2022-06-18")


def test_a_deadline_in_a_header_line_is_no_date_of_the_page():
    document = _read(f"某区推进城市更新\n到2025年12月31日前完成改造\n2022-06-18\n{FILLER}")
    assert document.issue_date == "2022-06-18"


def test_a_year_s_results_followed_by_the_goals_set_date_the_text_a_year_later():
    text = (
        "3月1日，临山州第九届人民代表大会第二次会议开幕。州长代表州政府作工作报告。\n"
        "报告回顾了过去的发展。2021年，临山州实现地区生产总值60亿元，同比增长3%。\n"
        "临山州确定发展预期目标，地区生产总值增长5%。"
    )
    assert _rule(text) == (2022, "review")


def test_a_year_s_output_stated_before_this_year_s_goals_dates_the_text_a_year_later():
    text = (
        "2月18日，某市人民代表大会开幕。市长作政府工作报告。\n"
        "报告显示，2023年，该市地区生产总值4210.5亿元，增速居全省第三。\n"
        "今年，该市主要预期目标是：地区生产总值增长6%左右。"
    )
    assert _rule(text) == (2024, "review")


def test_an_output_written_without_a_comma_dates_the_text_but_a_half_year_s_does_not():
    goals = "今年，全省主要预期目标为：地区生产总值增长5%以上。"
    assert _rule(f"1月20日，某省人代会开幕。\n{goals}\n2023年某省生产总值为9000.5亿元。") == (2024, "review")
    assert _rule(f"{goals}\n2023年上半年，某区GDP为600.5亿元。") is None


def test_early_in_a_year_a_lead_s_estimate_of_a_year_is_of_the_year_just_ended():
    assert _rule("1月14日，某省政府工作报告指出，初步预计2023年全省地区生产总值5.1万亿元。" + FILLER) == (
        2024,
        "lead",
    )
    assert _rule("11月20日，某省统计局称，预计2023年全省地区生产总值5.1万亿元。" + FILLER)[0] == 2023


def test_a_report_named_in_the_title_outranks_the_years_of_its_lead():
    text = "3月2日，某区区长作报告，展示了2023年取得的成绩，提出今年预期增长6%。" + FILLER
    assert _rule(text, "图解某区2024年《政府工作报告》") == (2024, "title")


def test_a_plan_issued_in_the_lead_dates_it_by_its_first_year():
    text = "11月9日，某省印发《制造业提质行动方案（2022—2024年）》，提出到2024年产值翻番。" + FILLER
    assert _rule(text) == (2022, "lead")


def test_a_window_and_its_deadline_in_one_sentence_date_the_text():
    text = FILLER + "到2020年，邻市产值突破千亿元。会议提出，未来五年到2028年全市产值翻一番。"
    assert _rule(text) == (2024, "window")


def test_a_plan_issued_in_the_opening_dates_the_text_by_its_first_year():
    text = "近日，某省人民政府办公厅印发《某省开发区发展规划（2024—2028年）》，明确到2028年的目标。" + FILLER
    assert _rule(text) == (2024, "issued")


def test_a_year_planned_in_the_texts_own_voice_dates_it():
    text = "奋力开创新局面\n2026年我省将推动经济持续向好，主要预期目标是地区生产总值增长5%左右。" + FILLER
    assert _rule(text) == (2026, "planned")


def test_a_review_of_the_governments_work_dates_the_text_a_year_on():
    text = "1月10日，某区人代会开幕。区长对2025年政府工作进行了回顾。今年主要预期目标是增长6%。" + FILLER
    assert _rule(text) == (2026, "lead")


def test_a_years_result_with_its_growth_dates_a_forward_looking_text_a_year_on():
    text = (
        "某市人代会开幕\n过去五年，全市综合实力明显增强。2018年，全市生产总值达到2563.4亿元、增长7.2%。"
        "今后五年，全市将加快建设区域中心城市。" + FILLER
    )
    assert _rule(text) == (2019, "review")


def test_the_completed_work_of_a_year_dates_the_text_a_year_on():
    text = "区长作报告。2019年工作任务的完成，标志着发展迈上新台阶。今年全区将新增就业5000人。" + FILLER
    assert _rule(text) == (2020, "review")


def test_a_text_naming_no_year_but_five_year_plans_speaks_from_the_latest_plans_first_year():
    text = (
        "中共某县第十次代表大会召开\n十一五期间，全县经济实力显著增强。展望十二五期间，全县将加快发展。"
        + FILLER
    )
    document = _read(text)
    assert (document.issue_year, document.year_source) == (2011, "plans")


def test_a_plan_named_only_as_a_document_does_not_date_a_text_without_years():
    text = "某区召开会议\n全区将新增就业5000人。" + FILLER + "会议部署科学编制“十三五”规划等工作。"
    document = _read(text)
    assert (document.issue_year, document.year_source) == (2026, "file")


def test_a_date_and_time_line_naming_its_source_dates_the_page():
    document = _read("2020-09-25 21:39:50 来源:中国新闻网\n中新网9月25日电，某省启动产业壮大工程。" + FILLER)
    assert (document.issue_date, document.year_source) == ("2020-09-25", "date")


def test_a_text_without_years_that_sets_goals_by_a_deadline_was_written_before_it():
    text = "某省出台推进方案\n方案提出，到2015年，全省页岩气产量达到20亿立方米。" + FILLER
    document = _read(text)
    assert (document.issue_year, document.year_source) == (2014, "file")


def test_a_good_start_of_a_plan_dates_a_text_without_years_by_the_plans_first_year():
    text = "某开发区召开会议\n会议总结了“十二五”期间的成绩，要求努力实现“十三五”良好开局。" + FILLER
    document = _read(text)
    assert (document.issue_year, document.year_source) == (2016, "plans")


def test_pinyin_glosses_of_a_mirror_site_do_not_hide_a_plan_named_as_a_time():
    text = "報告也謀劃了“十四五”發(fā)展藍(lán)圖，快一起來看看\n" + FILLER
    document = _read(text)
    assert (document.issue_year, document.year_source) == (2021, "plans")


def test_a_report_reviewing_its_previous_year_is_of_the_year_after():
    text = f"各位代表：\n一、2023年工作回顾\n2023年是某项规划实施的关键之年。{FILLER}\n二、今年安排\n{FILLER}"
    assert content_year(text).year == 2024


def test_the_heading_of_the_years_work_outranks_an_event_the_review_opens_on():
    """A province's report opening straight on its review (…为2019年某某论坛开幕发表视频致辞…) lays
    out the year of its heading 二、2020年工作安排, not the year of the forum it mentions."""
    text = (
        "各位代表：\n一、过去一年的工作\n过去一年，我们向2019年某某科学论坛致贺信，为2019年某某国际论坛开幕"
        f"发表视频致辞。{FILLER}\n二、2020年工作安排\n2020年将召开某某会议，做好今年工作意义重大。{FILLER}"
    )
    assert content_year(text) == (2020, "arranged")
    progress = text.replace("二、2020年工作安排", "二、2019年重点任务推进情况")  # a review's heading
    assert content_year(progress).rule != "arranged"


def test_a_schedule_in_a_term_reports_years_ahead_is_no_result_of_a_year_past():
    """A report at a term change reviews five years, then turns to 今后五年 and schedules its works
    (2018年完成…工程, 2019年建成…): those years are ahead, the report is of the year its window
    counts from (未来五年 … 到2020年 → 2016). A short news item, going back and forth, keeps its
    reported year (2015年，某区完成…)."""
    review = "过去五年工作回顾\n五年来，全区上下团结一心。" + FILLER * 20
    plans = (
        "\n未来五年工作\n今后五年区政府工作的总体目标是：到2020年，全区生产总值达到4000亿元。今年要开好局。"
        "加快西江引水工程建设，2018年完成支线和配套水厂的改扩建工程，2019年建成会展中心。"
    )
    assert len(review) > 3000
    assert content_year(review + plans) == (2016, "window")
    news = "某区：未来五年坚持开放带动。今后五年，将围绕新目标奋进。报告指出，2015年，某区完成了规划任务。"
    assert content_year(news + "今年…").year == 2016


def test_a_notice_is_dated_by_its_signature_above_the_plan_it_issues():
    """关于印发…的通知 ⏎ …印发给你们 ⏎ 某市某区人民政府 ⏎ 2016年10月25日 ⏎ the plan: the signed date, not a
    year the plan reviews (2013年…完成)."""
    text = (
        "# 某区人民政府关于印发《某区消防“十三五”规划》的通知\n\n区政府各委、办、局：\n\n"
        "现将《某区消防“十三五”规划》印发给你们，请认真按照执行。\n\n某市某区人民政府\n\n2016年10月25日\n\n"
        "某区消防“十三五”规划\n\n一、发展现状\n2013年，全区完成消防站建设3座。" + FILLER
    )
    (article,) = _read(text).articles
    assert (article.issue_date, article.year_source) == ("2016-10-25", "date")
    assert _read(text.replace("某市某区人民政府\n\n", "")).articles[0].issue_date is None  # no office signing
    assert _read(text.replace("某市某区人民政府\n\n", "来源：市统计局\n\n")).articles[0].issue_date is None


def test_a_site_name_with_a_timestamp_dates_the_page():
    (article,) = _read(f"某某图数馆 2018-03-20 10:33:06\n{FILLER}").articles
    assert (article.issue_date, article.year_source) == ("2018-03-20", "date")


def test_a_title_reporting_a_years_results_is_of_the_year_after():
    assert content_year(FILLER, "某市2015年GDP预计达1.08万亿元").year == 2016
    assert content_year(FILLER, "2021年某县成绩单、2022年某县这样干").year == 2022


def test_a_date_written_day_first_dates_the_page():
    (article,) = _read(f"某盟未来五年发展的顶层设计\n22.12.2015  16:39\n{FILLER}").articles
    assert (article.issue_date, article.year_source) == ("2015-12-22", "date")


def test_a_deadline_by_the_end_of_a_year_is_no_year_spoken_from():
    text = f"某市今年要全面启动乡村建设行动。2025年年底前，建成示范村100个。{FILLER}"
    assert mentioned_year(text) is None


def test_a_text_looking_back_on_a_whole_plan_is_of_the_plan_after_it():
    """“十三五”以来…实现历史性跨越 with only older years named (由2016年的第9位…, 自2018年…): the text
    is written in the 十四五 years, and a change's starting year is not its own."""
    text = (
        "昨日，某某州专场发布会举行。州委书记表示，“十三五”以来，全州经济社会发展实现历史性跨越。"
        "全州GDP排名由2016年的第9位晋升到第6位；自2018年提出打造“三张牌”以来，重点产业加快发展。"
        "力争在“十四五”时期，全州GDP总量达1800亿元以上。"
    )
    document = read_document_bytes("发布会.txt", text.encode())
    assert (document.issue_year, document.year_source) == (2021, "mentions")
    assert mentioned_year("全州排名由2019年的第9位晋升到第6位，GDP由2019年的900亿元增加到1200亿元。") is None
    retrospective = "“十三五”以来，全州经济社会发展实现历史性跨越。2019年全州GDP达1500亿元。"
    assert read_document_bytes("回顾.txt", retrospective.encode()).issue_year == 2019  # no 十四五 named


def test_a_text_setting_next_years_tasks_is_of_the_year_before_the_one_it_plans():
    """日前…明确明年全省造林任务… 按计划，2025年将建设…: the only year named is the one planned as 明年."""
    text = (
        "日前，省政府办公厅明确明年全省植树造林任务为80万亩。各地要拓展造林绿化空间。"
        "按计划，全省2025年将建设省级森林城镇12个。"
    )
    assert mentioned_year(text) == 2024
    assert mentioned_year("全省2025年将建设省级森林城镇12个。") == 2025


def test_a_programme_decided_for_a_year_dates_the_text():
    """决定2024年开展12项为民办实事活动: the text is of the programme's year, though its items say
    2024年完成… (which alone would read as the results of a year past)."""
    text = (
        "记者昨日获悉，市委、市政府发出通知，决定2024年开展12项为民办实事活动。 一、水库综合治理项目。"
        "2024年完成前期工作并动工建设。今年计划投资0.5亿元。"
    )
    assert content_year(text).year == 2024


def test_a_web_address_in_the_text_dates_a_page_that_states_no_date():
    text = (
        "全区今年将新建公园5个，新增就业岗位3000个。\n\n"
        "*[原文](http://news.example.cn/2021/09/05/VIDE0905.shtml)*\n"
    )
    document = _read(text)
    assert (document.articles[0].issue_date, document.issue_year) == ("2021-09-05", 2021)
    assert _read("全区今年将新建公园5个。\n来源：http://news.example.cn/p/95612\n").issue_year != 2021


def test_a_date_stamped_with_its_time_in_a_header_line_dates_the_page():
    text = "网上收集 2019/12/1 12:31:17 (1009)\n全区今年将新建公园5个。\n"
    assert _read(text).issue_year == 2019
    run_on = (
        "某市发布十二五规划\nhttp://finance.example.cn 2011-12-05 08:30 来源: 某网站近日,某市发布规划。\n"
    )
    assert _read(run_on).issue_year == 2011
    assert _read("版本3.2.1 12:30 发布\n全区今年将新建公园5个。\n").issue_year != 3


def test_a_session_of_the_national_two_meetings_dates_the_text():
    text = "住建部部长在十四届全国人大二次会议记者会上表示，今年将再改造5万个老旧小区。"
    assert _read(text).issue_year == 2024
    text = "代表们在第十三届全国人民代表大会第三次会议上建议，今年新增就业900万人以上。"
    assert _read(text).issue_year == 2020
    # a standing committee's sessions are many a year: no date
    assert _read("十三届全国人大常委会第五次会议审议了报告，今年新增就业900万人。").issue_year == 2026
    # a session cited, not the one being held, dates nothing
    assert _read("自十三届全国人大一次会议以来，全省新增就业100万人。").issue_year == 2026


def test_an_undated_text_is_no_older_than_the_party_meetings_it_carries_out():
    text = "全区深入贯彻党的二十大精神，全年新增高新技术企业100家，地区生产总值增长6%左右。"
    document = _read(text)
    assert (document.issue_year, document.articles[0].year_source) == (2023, "meetings")
    text = "贯彻落实党的二十大和二十届三中全会精神，全年新增就业1万人。"
    assert _read(text).issue_year == 2025
    # a stated year still outranks the meetings, but a year the text only mentions is no earlier
    assert _read("2026年全区将贯彻党的二十大精神，新增就业1万人。").issue_year == 2026
    assert _read("深入贯彻党的二十大精神，巩固2021年脱贫攻坚成果，全年新增就业1万人。").issue_year == 2022
    # plenums of one term listed together: the latest of them
    assert _read("全面贯彻党的二十大和二十届二中、三中全会精神，全年新增就业1万人。").issue_year == 2025
    # 二十大 without the party or its 精神 names no congress
    assert _read("全市聚焦二十大重点产业链，全年新增就业1万人。").issue_year == 2026


def test_the_plan_year_a_text_names_as_this_years_dates_it():
    assert _read("今年是“十四五”规划收官之年。全市地区生产总值增长5%左右。").issue_year == 2025
    assert _read("今年是“十五五”开局之年，全区新增就业1万人。").issue_year == 2026
    assert _read("明年是“十五五”开局之年，要早谋划。全年新增就业1万人。").issue_year == 2025
    text = "今年是“十四五”规划收官、谋划“十五五”规划之年。全年新增就业1万人。"
    assert _read(text).issue_year == 2025
    assert _read("今年作为“十四五”的开局之年，全区新增就业1万人。").issue_year == 2021
    assert _read("今年是实施“十四五”规划的收官之年，全年新增就业1万人。").issue_year == 2025
    # this year's work is to finish the plan: its last year; a plan finished in a review dates nothing
    text = "今年政府工作的总体要求是：保持社会稳定，高质量完成“十三五”规划目标任务。全年新增就业1万人。"
    assert _read(text).issue_year == 2020
    # …but a year the text states outranks that guess, and a plan finished in a review dates nothing
    text = "2023年上半年，全区地区生产总值增长5%。会议强调，高质量完成“十四五”规划目标任务。"
    assert _read(text).issue_year == 2023
    assert _read("五年来，我们高质量完成“十三五”规划目标任务。全年新增就业1万人。").issue_year != 2020
    assert _read("确保高质量完成“十四五”规划目标任务，全年新增企业100家。").issue_year == 2025


def test_a_text_building_on_a_years_results_is_of_the_year_after():
    text = "某镇在2012年各项工作取得显著成绩的基础上，扎实谋开局，力争地区生产总值增长15%。"
    assert _read(text).issue_year == 2013


def test_a_lead_reporting_last_years_growth_after_who_says_it_is_of_the_next_year():
    text = (
        "1 月 30 日上午，某市第十五届人民代表大会第五次会议开幕，市长作政府工作报告。\n"
        "报告指出，2023 年，全市地区生产总值增长 4.6%，一般公共预算收入增长 6.8%。"
    )
    assert _read(text).issue_year == 2024
    aimed = "1月30日上午，某市人代会开幕。报告提出，2024年，全市地区生产总值增长5%左右。"
    assert _read(aimed).issue_year == 2024
    set_out = "1月30日，全市经济工作会议召开。\n会议明确，2024年，全市地区生产总值增长6.5%，投资增长8%。"
    assert _read(set_out).issue_year == 2024


def test_a_year_whose_goals_are_reported_met_is_over():
    text = "2022年度全市民生实事共计49项，在各部门共同努力下，49项民生实事均全部或超额完成年度目标任务。"
    assert _read(text).issue_year == 2023
    early = "截至10月底，2022年度全市民生实事49项已提前完成年度目标任务，全年新增就业1万人。"
    assert _read(early).issue_year == 2022
    resolved = "2022年度全市十件民生实事要确保全部完成年度目标任务，今年新增就业1万人。"
    assert _read(resolved).issue_year == 2022


def test_a_date_things_stand_as_of_is_no_deadline():
    """截至2020年 (as of 2020) reports; it does not move an undated text before a deadline."""
    text = "在解决了绝对贫困问题之后\n截至2020年\n全省建成高标准农田6910万亩\n"
    assert _read(text).issue_year >= 2020
    assert _read("到2020年全省建成高标准农田8000万亩，新增就业1万人。").issue_year == 2019
