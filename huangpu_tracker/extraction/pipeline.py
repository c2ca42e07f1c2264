"""Extraction of one document or text: articles -> sentences -> figures -> targets and reported figures.

The text is read in simplified characters with ASCII digits (normalise.py), quotes are cut from the
original. State carried along an article (article.py): the body it is about (switched by headlines
and sentences naming another body as the one acting), the tense of the paragraph, the plan horizon
(also a plan about to start named in the text) and the year a review speaks of. Lines of text
tables, with years in a header or in each row, are read by tables.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from typing import TypeVar

from huangpu_tracker.chinese.han import HAN, HAN_RUN
from huangpu_tracker.chinese.normalise import analysis_text
from huangpu_tracker.documents.dates import YEAR_PLAN_TITLE, date_line, deadlines, five_year_plan_of
from huangpu_tracker.documents.glosses import Unglossed, without_glosses
from huangpu_tracker.documents.lines import (
    after_serial,
    is_caption,
    is_chapter_heading,
    is_file_name,
    is_section_heading,
)
from huangpu_tracker.documents.model import YEARLESS_SOURCES, Article, Document
from huangpu_tracker.extraction.allocation_tables import AllocatedCell, is_total, share_kind, unit_in_text
from huangpu_tracker.extraction.article import (
    ArticleState,
    follow_body,
    follow_cues,
    follow_goals_owner,
    goal_kind,
    goal_period_start,
    goal_year,
    open_horizon,
    own_body,
    record_year,
    sentence_mentions,
    speaker_body,
    speakers,
)
from huangpu_tracker.extraction.classify import (
    FUTURE,
    PAST,
    baseline_year,
    closes_review_block,
    cue_before,
    is_list_item,
    meets_a_goal,
    only_forward,
    opens_goal_block,
    opens_programme,
    opens_review_block,
    opens_section,
    paragraph_tense,
    sentence_cues,
)
from huangpu_tracker.extraction.confidence import goal_confidence, possible_confidence
from huangpu_tracker.extraction.dedupe import base_quantity
from huangpu_tracker.extraction.entities import (
    Mention,
    bare_zone,
    dominant_body,
    find_mentions,
    full_names,
    headline_body,
)
from huangpu_tracker.extraction.figures import (
    GDP_GOAL_TOPIC,
    GDP_GROWTH,
    ROUNDUP_TOPIC,
    FigureContext,
    FigureItem,
    sentence_figures,
)
from huangpu_tracker.extraction.kinds import done_in_period
from huangpu_tracker.extraction.metrics import canonical_label, label_of
from huangpu_tracker.extraction.model import (
    NATIONAL_BODY,
    POSSIBLE_BELOW,
    QUOTE_MAX,
    UNKNOWN_BODY,
    Extraction,
    Kind,
    ReportedFigure,
    Target,
)
from huangpu_tracker.extraction.numbers import figures_in
from huangpu_tracker.extraction.reported_kind import reported_kind
from huangpu_tracker.extraction.sentences import SENTENCE_END, Sentence, clause_bounds, split_sentences
from huangpu_tracker.extraction.tables import QUALIFIERS, RowContext, inline_row, row_records
from huangpu_tracker.extraction.years import (
    paired_years,
    plan_period,
    plans_named,
    spans_ahead,
    year_mentions,
    year_range,
)
from huangpu_tracker.places.gazetteer import REGION
from huangpu_tracker.places.owner import inside, of_spoken_level, reporting_body

# 31省份均已召开地方两会 敲定经济社会发展路线图: meetings held to set the goals the text reports
_SETS_GOALS_TITLE = re.compile(r"敲定|定下|锁定|部署|划定|瞄准|剑指")
_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")  # not a day (2013年3月7日)
# 民生实事, 民生“十心”实事, 十件实事, 十大惠民工程: a programme of the year, as are a work plan's tasks
_PROGRAMME_TITLE = re.compile(
    r"(?:民生|为民|惠民|民心)[^。，,！!]{0,8}?(?:实事|工程)|[十百\d]+件实事|实事项目"
    r"|工作要点|重点工作|重点任务|任务清单|工作安排|目标任务|任务分工|量化指标"
)
# 2025年重点民生实事, 2024年十大民生实事项目, 2023年十大民生项目清单, 2016年县委县政府为民兴办10件实事,
# 2025年十个方面30项为民实事: this year's programme
# 《2014年要完成的与人民生活密切相关的实事》, published late in 2013: next year's programme
_YEARS_PROGRAMME = re.compile(
    r"(?:((?:19|20)\d{2})\s*年[^。；，,“”]{0,10}?(?:(?:民生|为民|惠民)(?:实事|项目|工程)|为民办实事|实事项目|兴办[^。；，,]{0,4}实事)"
    r"|((?:19|20)\d{2})\s*年要完成的[^。；，,“”《》]{0,20}?实事"
    # 省教育厅制定出台《2013年基础教育工作要点》, 印发《2020年…事业发展计划》: news of the year's
    # work plan, its goals after
    r"|(?:制定|印发|出台|发布|下发)了?《(?![^》]*(?:执行|完成|进展|情况|通报|总结))"  # not a report on one
    r"((?:19|20)\d{2})\s*年[^》]{0,30}?(?:要点|计划|工作任务|重点工作|方案)[^》]{0,8}》)"
    # …实事项目进展情况的报告, 民生项目资金绩效评价: a report on it, not the programme
    r"(?![^。；，,]{0,4}(?:进展|完成|执行|资金使用|绩效|评价|审计))"
)
# 今年政府工作报告的“目标清单”, 新一年的任务清单: a lead presenting the year's goals, listed after it
_LEAD_GOAL_LIST = re.compile(
    r"(?:今年|新一年|本年度)[^。！？?]{0,30}?(?:目标清单|任务清单|新目标)(?![^。]{0,6}[？?])"
)
_CELL_BEFORE = re.compile(r"\|[ \t]*\n?[ \t]*$")
_CELL_AFTER = re.compile(r"[ \t]*\n?[ \t]*\|")
_LEAD_IN_COLON = re.compile(r"(?:目标|指标|任务)(?:建议|拟定|安排)?(?:是|为|如下)?\s*[：:]")
_SPEECH_LEAD = re.compile(r"[^，,。；：:]{0,12}?(?:提到|指出|表示|介绍|强调|称|了解到?|获悉|悉)[，,：:]")
_DATED_HEADING = re.compile(r"(?:19|20)\d{2}\s*年|十[一二三四五六七八九]五")
_PLAN_TITLE = re.compile(r"规划|纲要|建议|计划|方案")
# 《…方案（2023-2027年）》已经…审议通过，现印发: a notice issuing the plan it is;
# 印发《…三年行动计划（2023-2025年）》: news of a plan issued, whose years its goals are due in
_ISSUED_PLAN = re.compile(r"《[^》]{2,80}?(?:规划|纲要|计划|方案)[^》]{0,16}》[^。]{0,30}?(?:印发|通过)")
_PLAN_ISSUED = re.compile(
    # 印发《…规划》, 印发「…实施方案」; 提请…审查《…纲要(草案)》: a draft laid before a congress
    r"(?:印发|发布|出台|审查|审议|提交)(?:了)?[《「][^》」]{2,80}?(?:规划|纲要|计划|方案)[^》」]{0,16}[》」]"
    r"|《[^》]{2,80}?(?:规划|纲要)[^》]{0,16}》[^。，,]{0,6}?(?:编制完成|正式发布|出台|公布)"
    # 发布关于印发重庆市能源发展“十四五”规划(2021—2025年)的通知: a plan named with its years, no 《》
    r"|(?:印发|发布|出台)[^。，,《]{2,60}?(?:规划|纲要|计划|方案)\s*[（(](?:19|20)\d{2}[^）)]{0,8}[）)]"
)
_RESULTS_TITLE = re.compile(
    r"执行情况|完成情况|预计完成|成绩单|回顾|盘点|统计公报|五[”\"]?\s*答卷"
)  # “十四五”答卷
_CLAUSES = re.compile(r"[，,。；;]")
# a title on results: a review's (above), or one reporting figures (…总结, …预计达1.08万亿元)
_REVIEW_TITLE = re.compile(rf"{_RESULTS_TITLE.pattern}|总结|成就|预计")
# a year's work, not a plan's (今年, 年底前 — not 2030年底前 —, 上半年, 今冬明春, 汛期前)
_SPEAKS_OF_A_YEAR = re.compile(
    r"今年|全年|本年|年内|当年|明年|(?<![\d〇零一二三四五六七八九年])年(?:底|末)|季度|上半年|下半年|今冬|明春|汛期"
)


def _a_plan_part(body: str) -> bool:
    """A text that never speaks of a year's work (今年, 年底前, 今冬明春) nor is titled as one
    (市卫生健康委工作要点, …工作会议召开): a plan, or a part of one."""
    first_line = body.lstrip().split("\n", 1)[0]
    titled = len(first_line) <= _TITLE_MAX and _YEARS_WORK_TITLE.search(first_line) is not None
    return not (_SPEAKS_OF_A_YEAR.search(body) or titled)


def _a_plan_chapter(body: str) -> bool:
    """第九篇 深入推进超大城市治理…, 五、强化国际贸易中心…: a text opening on a plan's numbered part, not on
    where it starts from (一、基本情况, 第二节 产业现状, 第一章 发展基础) nor a review."""
    first_line = body.lstrip().split("\n", 1)[0]
    return is_section_heading(first_line) and not (
        _BASE_HEADING.search(first_line) or _reviews(first_line) or _SITUATION.search(first_line)
    )


# 第五篇 完善现代化基础设施体系 in a text speaking of 规划: a part of a five-year plan's outline
# (not 第一篇章, 第二篇 总则, 第四篇 在…会议上的讲话)
_PLAN_PART = re.compile(r"第[一二三四五六七八九十]+篇(?!章)(?![^\n]*(?:讲话|报告|总则|致辞))")


def _a_plan_outline_part(body: str) -> bool:
    return _PLAN_PART.match(body.lstrip()) is not None and "规划" in body


# 一、基本情况, 二、现状与趋势 (not 全面改变农村落后现状，…)
_SITUATION = re.compile(r"(?:现状|情况|概况|概述|背景)(?:(?:与|和|及)[^，,。]{0,6})?\W*$")
# 2026年工作要点, 工作安排, 工作会议召开: one year's work, whose goals are that year's
_YEARS_WORK_TITLE = re.compile(r"工作要点|工作安排|工作计划|年度|召开")
_EACH_YEAR = re.compile(r"每年|年均|(?<![今全明当\d一二两三四五六七八九十])年新增|年度|逐年")
# …成就, 五年来, 实现良好开局, 取得显著成效: a section on what was achieved
_REVIEW_HEADING = re.compile(
    r"回顾|总结|成就|盘点|过去五年|五年来|实现良好开局|取得[^，。]{0,6}(?:成效|成绩|进展)|(?:发展|主要|工作|建设)成效"
)
# 一、奋力推动经济发展取得新成效: results to bring about, a task (not 改革开放取得新成效, a review's)
_AIMED_RESULT = re.compile(
    r"^\W*(?:[（(]?[一二三四五六七八九十\d]+[）)、.]\s*)?(?:奋力|全力|着力|努力)?(?:推动|促进|确保|力争|争取)"
    r"[^，,。；]{0,12}?取得"
)
_GOALS_HEADING = re.compile(
    r"指导思想|主要目标|远景目标|发展目标|目标任务|奋斗目标|重点任务|重点目标|总体目标|(?:重点|主要|预期|年度)指标"
    r"|^\W*(?:[一二三四五六七八九十]+、)?(?:工作|建设|具体)目标\s*$"  # 三、工作目标 (not …工作目标完成情况)
    r"|^\W*(?:[一二三四五六七八九十]+、)?(?:今后|未来)[\d一二两三四五六七八九十]+年"  # 今后五年的重点目标
    # 二、今年目标 (not 今年重点工作推进情况, a report of progress)
    r"|(?:今年|明年|新一年|本年度)的?(?:主要)?(?:目标|重点工作|工作重点|任务)(?!.*(?:情况|进展))"
)
# 一、发展基础 / （一）现状 / 基础与形势: a plan's account of where it starts from, the past
_BASE_HEADING = re.compile(
    r"发展基础|基础条件|现实基础|产业基础|基础与形势|发展现状|^\W*[（(]?[一二三四五六七八九十\d]*[)）、.]?\s*现状"
    # 一、环境形势 / 面临的形势 / 机遇与挑战 closing a heading: the state a plan sets out from (not
    # （三）全面整改存在的问题, a task)
    r"|(?:形势|面临的挑战|(?:机遇|形势)(?:与|和)挑战)\W*$"
)
# 过去一年，我们主要做了以下工作 / 重点抓了以下几个方面: the sections after it record the past year
_REVIEW_LIST_LEAD = re.compile(
    r"(?:做了|抓了|开展了|完成了)(?:以下|如下|下列)[^。；]{0,8}?(?:工作|方面|事情)"
)
# （二）聚焦扩大内需，更好融入强大国内市场: a task section of a work plan, every clause a charge
# (a charge whatever verb follows 聚力, 着力, 奋力: （一）聚力挖掘内需潜能, （八）着力增强城市文化软实力)
_TASK_VERB = (
    rf"(?:(?:聚力|着力|奋力|全力|加力|大力)(?={HAN})|(?:更好|更加|扎实|持续|纵深|深入|全面|不断)?"
    r"(?:聚焦|推进|推动|加快|实施|深化|强化|坚持|统筹|提升|优化|做好|抓好|促进|构建|打造|培育|保障|增进"
    r"|守牢|防范|巩固|落实|加强|完善|激发|扩大|筑牢|厚植|夯实|建强|用好|办好|融入))"
)
# （一）深化改革取得新突破, 发展质量稳步提升: a heading reporting how things went
_RESULT_ENDING = re.compile(
    r"(?:取得|实现|迈出|成效|突破|提升|增强|向好|平稳|显著|明显|改善|加快|进展|成绩)(?!势头|态势)[^，,]{0,4}$"
)  # (not 巩固经济稳中向好势头: the momentum to keep, a charge)
_TASK_HEADING = re.compile(
    rf"^\W*[（(]?[一二三四五六七八九十]+[）)、]\s*{_TASK_VERB}[^，,。；]*(?:[，,]\s*{_TASK_VERB}[^，,。；]*)*。?\s*$"
)
# 从固定资产投资增长目标来看, 从各省份敲定的新年GDP…: the indicator a roundup's topic ends with
_INDICATOR_END = re.compile(rf"(?:GDP|生产总值|经济总量|{HAN}{{2,8}}?(?:增加值|投资|收入|总额|产值))$")
# 建成深汕高中园 in a list of goals: an item without a figure (not 过去一年成绩单, a heading)
_ITEM_VERB = re.compile(
    r"\s*(?:新建|建成|建设|开工|加快|推进|完成|实施|打造|改造|提升|开展|新增|推动|启动|举办)"
)
# 牵头单位 | 协同单位: a column header of a task table (not 责任单位：区教育局, one task's unit)
_UNIT_COLUMN = re.compile(
    r"^[|｜\s]*(?:(?:牵头|责任|协同|配合|参与)(?:单位|部门|主体)|(?:建设|项目|实施)?地点|所在地)[^：:，,。]{0,8}$"
)
# （一）聚焦…，推动…⏎加强…。: a numbered heading on a line of its own over the text it heads
_SUB_HEADING = re.compile(r"^\s*[（(][一二三四五六七八九十]+[）)][^。；;！？\n]{2,40}(?:\n|。\s*$)")
# 李强总理代表国务院在十四届全国人大四次会议上作《政府工作报告》: the country's goals
_NATIONAL_LEAD = re.compile(
    rf"代表国务院|国务院总理|总理{HAN}{{2,3}}(?:作|在|表示|提出|指出|说|没|未)|全国人大[^，。]{{0,6}}会议"
    rf"|{HAN}{{2,3}}总理(?:作|在)[^，。]{{0,4}}政府工作报告"  # 李克强总理作政府工作报告
    r"|全国人民代表大会[^，。]{0,12}会议"
)
# 国务院新闻办公室发表…白皮书, 中国交通运输部制定…: a national body issuing in the lead, where the text
# names no province or city of its own
_NATIONAL_ISSUER = re.compile(
    r"国务院(?:新闻办公室|新闻办|办公厅|常务会议|关于|印发|发布|公布)|国新办"
    r"|^\s*国(?:办)?(?:发|函)\s*[〔［\[（(](?:19|20)\d{2}"  # 国发〔2016〕65号: a State Council document
    r"|(?<![省市区县州])(?:中国|国家)?(?:交通运输部|工业和信息化部|工信部|财政部|商务部|农业农村部|生态环境部"
    r"|住房和城乡建设部|教育部|科技部|民政部|人力资源和社会保障部|自然资源部|水利部|文化和旅游部"
    r"|国家卫生健康委|国家发展改革委|国家发改委|国家能源局)"
)
# 我国…, 全国…达到: a text naming no body that speaks of the whole country (not 全国人大, 全国第一)
# (not 健全乡镇…, 安全县: 全 closing another word; 确保全市 is the city's)
_SPEAKS_AS_A_PLACE = re.compile(
    r"(?:(?<![健安齐周])全|我|本)(?:省|市|区|县|州|盟|镇|乡)(?!场|域|民|委|长|属|级)"
)
_SPEAKS_AS_THE_COUNTRY = re.compile(
    # (not 争创全国…示范县: an honour the country awards)
    r"(?<!争创)(?<!创建)(?<!获评)(?<!评为)(?<!入选)(?<!荣获)"
    # (nor 服务全国统一大市场, 全国领先 nor 全国百强县: a place joining the country's market, ranking in it)
    r"(?:我国|全国)(?!人大|政协|人民代表|第|前列|首|平均|同期|总量|的比重|各地|范围内|领先|一流|性|[十百千]强)"
    r"(?!(?<=(?:服务|融入|对接|参与)全国)统一大?市场)"
)
_GLOSSARY = re.compile(r"^\W*(?:附[:：]?\s*)?(?:名\s*词\s*解\s*释|注\s*释)\W*$")  # also 名 词 解 释, spaced
_ANNEX = re.compile(r"^\W*附件\s*[\d一二三四五六七八九十]+\W*$")
# 注：1.“15+8”产业是指… ⏎ 2. …: notes under a table, what its names mean, until a line no note goes on
# 同时，… / 此外，… opening a paragraph: it goes on with the one before, in its tense
_GOES_ON = re.compile(r"^\s*(?:同时|此外|另外|与此同时|除此之外|还要|并且)[，,]")
_NOTE = re.compile(r"^\s*注\s*[:：]")
_NOTE_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[.、．]|[（(]\d{1,2}[)）])")
_LABEL_LINE = re.compile(rf"^\s*{HAN}{{2,8}}\s*[:：]\s*$")  # 福州： over that city's part
_LEAD = 300  # characters of an article where a national report names its occasion
_OPENING_YEAR = re.compile(r"^[#\s【]*((?:19|20)\d{2})\s*年")
# 2024年是…之年 wrapped onto a line of its own: a sentence about that year, not a new article's date
_YEAR_IS = re.compile(r"^[#\s【]*(?:19|20)\d{2}\s*年(?:是|为|以来|，|,)")


def extract_text(
    text: str, doc_year: int | None, issuer: str | None = None, plan: tuple[int, int] | None = None
) -> Extraction:
    """Targets and reported figures of a bare text written in `doc_year` by `issuer`.

    `plan`: (first, last) year of the five-year plan the text is about, when known.
    """
    state = _extract_article(text, 0, len(text), doc_year, issuer, None, plan)
    return Extraction(targets=state.targets, actuals=state.actuals, possible=state.possible)


def extract_document(document: Document) -> Extraction:
    """Targets and reported figures of every article of `document`; spans index `document.text`.

    A text with pinyin glosses (國(guó)內(nèi)) is read without them; quotes stay as written."""
    unglossed = without_glosses(document.text)
    if unglossed is None:
        return _extract_articles(document)
    position = {origin: index for index, origin in enumerate(unglossed.origin)}

    def clean(offset: int) -> int:
        return position.get(offset, bisect_left(unglossed.origin, offset))

    articles = [replace(a, start=clean(a.start), end=clean(a.end)) for a in document.articles]
    extraction = _extract_articles(replace(document, text=unglossed.text, articles=articles))

    def as_written(item: _Item, unglossed: Unglossed = unglossed) -> _Item:
        start, end = unglossed.span(item.start, item.end)
        return replace(item, start=start, end=end, quote=document.text[start:end])

    return Extraction(
        targets=[as_written(t) for t in extraction.targets],
        actuals=[as_written(a) for a in extraction.actuals],
        possible=[as_written(p) for p in extraction.possible],
    )


_Item = TypeVar("_Item", Target, ReportedFigure)
_TITLE_MAX = 60  # a first line this long or shorter is the article's title
_FIRST_LINE = re.compile(r"[^\n]*\S[^\n]*")


def _without_title_repeats(targets: list[Target], text: str, start: int, end: int) -> list[Target]:
    """A goal the title announces (…GDP增长9%新年小目标) and the body states again is one goal: the
    body's statement, with its sentence, is kept."""
    first = _FIRST_LINE.search(text, start, end)
    if first is None or len(first.group().strip()) > _TITLE_MAX:
        return targets
    in_body = [t for t in targets if t.start >= first.end()]
    return [t for t in targets if t.start >= first.end() or not any(_restates(t, b) for b in in_body)]


def _restates(title: Target, body: Target) -> bool:
    """Whether a title's goal and a body's are one: the same quantity, kind and year. A title's
    indicator is written too loosely to compare (预期目标GDP增速 beside 地区生产总值增速)."""
    return (
        base_quantity(title.value, title.unit) == base_quantity(body.value, body.unit)
        and title.kind == body.kind
        and title.target_year == body.target_year
    )


def _extract_articles(document: Document) -> Extraction:
    targets: list[Target] = []
    actuals: list[ReportedFigure] = []
    possible: list[Target] = []
    articles: list[Article | None] = list(document.articles) or [None]
    for article in articles:
        if article is None:
            start, end, title = 0, len(document.text), document.title
            year, issuer, date = document.issue_year, document.issuer, document.issue_date
            source = document.year_source
        else:
            start, end, title = article.start, article.end, article.title
            year = article.issue_year or document.issue_year
            issuer = article.issuer if headline_body(title or "") else None
            date = article.issue_date if article.issue_year else document.issue_date
            source = article.year_source if article.issue_year else document.year_source
        year = _year_ahead(document.text[start:end], year, date)
        state = _extract_article(
            document.text, start, end, _title_year(title, year), issuer, title,
            page_issuer=article.issuer if article else document.issuer,
            yearless=source in YEARLESS_SOURCES or year is None,
        )  # fmt: skip
        targets += state.targets
        actuals += state.actuals
        possible += state.possible
    return Extraction(targets=targets, actuals=actuals, possible=possible)


def _year_ahead(body: str, year: int | None, date: str | None) -> int | None:
    """A report to a congress or plenum in December that frames the next year (2021年12月29日: …
    2022年是…新一届政府开局之年) speaks from that year: its 今年 and 今后五年 count from it. News of
    December calling that year 明年, or a year-end meeting reviewing its own year, speaks from its own."""
    if year is None or date is None or not date.startswith(f"{year}-12"):
        return year
    body = analysis_text(body)
    delivered = _DELIVERED.search(body, 0, _LEAD) is not None
    frames = re.search(rf"{year + 1}\s*年(?:是|，|,)", body) is not None
    return year + 1 if delivered and frames and "明年" not in body else year


# 在平潭县第十八届人民代表大会第一次会议上, 政府工作报告, 两会, 区委全会, 经济工作会议: a congress,
# plenum or conference setting the next year's work (not a 年终工作总结会, reviewing its own year)
_DELIVERED = re.compile(
    r"代表大[会會]|人大[^，。\n]{0,6}[会會]|政府工作[报報]告|[两兩][会會]|全[会會]|经济工作[会會]"
)


def _title_year(title: str | None, year: int | None) -> int | None:
    """A title such as "2021年…政府工作报告" dates the article's content better than its posting date.

    A review's title (2020年工作回顾, 回顧2017年) names the year reviewed, not the year the text
    speaks from.
    """
    title = analysis_text(title or "")
    match = _TITLE_YEAR.search(title) or YEAR_PLAN_TITLE.search(title)
    if match and (_REVIEW_TITLE.search(title) or _CLAUSES.search(title) or title.endswith("…")):
        return year  # a review's title; or no title but the opening sentence (clipped) standing in for one
    span = year_range(title)
    if span is not None:  # 行动计划（2025—2027年）: its years are the plan's, not the text's
        return year if year is not None else span[0]
    if match and (year is None or int(match.group(1)) <= year):
        return int(match.group(1))
    return year


def _outvotes_every_body(country_votes: int, mentions: list[Mention]) -> bool:
    """未来五年，我国人均预期寿命提高1岁 … 2015年，北京人均预期寿命81.95岁: a text that speaks as the
    country (我国, 全国: `country_votes`) at least twice and more often than it names any one body."""
    named = Counter(m.name for m in mentions if not (m.passing or m.deictic or m.loose or m.level == REGION))
    return country_votes >= 2 and country_votes > max(named.values(), default=0)


def _main_body(
    issuer: str | None,
    mentions: list[Mention],
    headlines: list[Mention],
    page_issuer: str | None = None,
    national: bool = False,
    speaks_of_the_country: bool = False,
    reporter: str | None = None,
    text: str = "",
) -> str:
    """The issuer (as the text names it), else the country for a national report (`national`: its
    lead names 国务院 or 全国人大), else the body whose government delivers the report (`reporter`:
    我代表宝安区人民政府…), else the body the text names most (a sub-area counting for the
    home district) unless it is a province while `text` speaks as a city (我市) and the page it is
    printed on is that city's, or a town while `text` speaks as its district (我区) and names the
    town neither in its title nor as acting, else that page's issuer; else the country for a text naming no
    body that speaks of 国内生产总值 (`speaks_of_the_country`), else 未识别 (never a default)."""
    if issuer:
        named = find_mentions(issuer)
        return named[0].name if named else issuer
    if national:
        return NATIONAL_BODY
    page_body = _main_body(page_issuer, [], []) if page_issuer else None
    owner = of_spoken_level(dominant_body(mentions, headlines), page_body, text)
    return reporter or owner or (NATIONAL_BODY if speaks_of_the_country else UNKNOWN_BODY)


def _extract_article(
    text: str,
    start: int,
    end: int,
    year: int | None,
    issuer: str | None,
    title: str | None,
    plan: tuple[int, int] | None = None,
    page_issuer: str | None = None,
    yearless: bool = False,
) -> ArticleState:
    body = _plain_body(analysis_text(text[start:end]))  # quotes are still taken from `text`
    sentences = split_sentences(body)
    mentions = find_mentions(body)
    in_headlines = bytearray(len(body) + 1)
    for sentence in sentences:
        if sentence.headline:
            in_headlines[sentence.start : sentence.end] = b"\x01" * (sentence.end - sentence.start)
    in_headline = [m for m in mentions if in_headlines[m.start]]
    names = full_names(mentions)
    # 我国…, 全国… in a text that never speaks as a place (全省, 我市)
    country_votes = len(_SPEAKS_AS_THE_COUNTRY.findall(body))
    as_a_place = _SPEAKS_AS_A_PLACE.search(body) is not None
    reporter = reporting_body(body)
    # a province's report on a national occasion (…参加十三届全国人大一次会议广东代表团审议) stays its own
    national = reporter is None and (
        _NATIONAL_LEAD.search(body, 0, _LEAD) is not None
        or (
            _NATIONAL_ISSUER.search(body, 0, _LEAD) is not None
            and not any(
                m.start < _LEAD and not (m.passing or m.deictic or m.level == REGION) for m in mentions
            )
        )
        or (issuer is None and not as_a_place and _outvotes_every_body(country_votes, mentions))
    )
    country = "国内生产总值" in body or (country_votes > 0 and not as_a_place)
    owner = bare_zone(
        body[:_LEAD],
        _main_body(issuer, mentions, in_headline, page_issuer, national, country, reporter, body),
    )
    state = ArticleState(year=year, body=owner, names=names)
    state.main_body = state.body
    state.inclusive = _counts_its_own_year(body, year)
    state.main_area = _subject_area(title, sentences)
    state.mentions = mentions
    state.horizon = year
    # the plan named in the title, else a plan starting this year or next named in the text as a time
    # (十五五时期 in 2025 or 2026); a plan only named as a document (科学编制“十五五”规划) is not
    named_plans = [
        p for p in plans_named(body, as_time=True) if year is not None and p[0] in (year, year + 1)
    ]
    state.plan = plan or plan_period(analysis_text(title or "")) or next(iter(named_plans), None)
    if title:
        title = analysis_text(title)
        span = year_range(title) if _PLAN_TITLE.search(title) else None
        if state.plan is None and span is not None and (year is None or span[1] > year):
            # 三年行动计划（2025—2027年）: the plan's years are its horizon and period
            state.plan, state.horizon, state.period_start = span, span[1], span[0]
        title_cues = sentence_cues(title, year, state.plan)
        follow_cues(state, title_cues, at_start=True)
        looks_back = any(cue.tense == PAST and cue.year is None for cue in title_cues)
        if _RESULTS_TITLE.search(title) or (looks_back and not _SETS_GOALS_TITLE.search(title)):
            state.default_tense = PAST  # a review: 工作回顾, 五年来的成就, “十三五”规划预计完成31项指标
        elif (
            (_PLAN_TITLE.search(title) and (plan_period(title) or span))
            or _PROGRAMME_TITLE.search(title)
            or YEAR_PLAN_TITLE.search(title)
        ):
            state.default_tense = FUTURE  # a plan of a period; 2026年十件民生实事: a programme
    # the first plan issued in the lead whose years are named (印发「十四五…方案」, not a title's 「…方案」)
    span = next(
        (
            found
            for rule in (_ISSUED_PLAN, _PLAN_ISSUED)
            for match in rule.finditer(body, 0, _LEAD)
            if (found := year_range(match.group()) or plan_period(match.group())) is not None
        ),
        None,
    )
    if span is not None and (year is None or span[1] > year):
        if state.plan is None:  # 印发《…三年行动计划（2023-2025年）》: its years are the goals'
            state.plan, state.period_start = span, span[0]
        if state.plan == span:  # 《…第十三个五年规划纲要》已编制完成: the plan named as a time
            state.horizon = span[1]
            if state.default_tense is None:
                state.default_tense = FUTURE  # the notice's text is the plan, or news of what it sets
    lead_programme = _YEARS_PROGRAMME.search(body, 0, _LEAD)
    programme_year = int(next(year for year in lead_programme.groups() if year)) if lead_programme else None
    if state.default_tense != PAST and year is not None and programme_year in (year, year + 1):
        # 记者从…2025年重点民生实事新闻发布会上获悉: this year's programme, or next year's announced
        state.default_tense = FUTURE
        state.horizon = state.programme_year = programme_year
    elif state.default_tense is None and _LEAD_GOAL_LIST.search(body, 0, _LEAD):
        state.default_tense = FUTURE
    if yearless and state.horizon == year and _a_plan_part(body):
        # a part of a plan naming no year of its own nor 今年: its goals are due by its one deadline,
        # or by the end of the plan it names as its time (“十五五”期间 → 2030)
        ahead = {deadline for deadline in deadlines(body) if year is None or deadline > year}
        if state.plan is None and not ahead and year is not None and _a_plan_outline_part(body):
            state.plan = five_year_plan_of(year)  # 第五篇 …: a part of the five-year plan of its year
        if state.plan is not None:
            ahead = ahead or {state.plan[1]}
        if len(ahead) == 1:
            state.horizon = ahead.pop()
            if state.plan is not None and state.default_tense is None and _a_plan_chapter(body):
                state.default_tense = FUTURE  # 第九篇 …, 五、…: a chapter of the plan, which sets goals
    state.block_horizon = (state.horizon, state.period_start)
    if title and _PLAN_TITLE.search(title) and _goals_come_later(sentences):
        state.default_tense = PAST  # 发展基础 … before 二、发展目标: where the plan starts from
    previous_end = 0
    state.term_opens = year is not None and _FIRST_SESSION.search(body, 0, _LEAD) is not None
    roster = speakers(body)
    in_note = False
    after_item = False  # in a list of short items that began with a figure (新增学位20万个 ⏎ 建成…)
    in_glossary = False
    for sentence in sentences:
        if _GLOSSARY.match(sentence.text):
            in_glossary = True  # 附：名词解释 closing a report: what its programmes' names mean, not goals
        elif in_glossary and _ANNEX.match(sentence.text):
            in_glossary = False  # 附件2 ⏎ 2014年民生实事: the next attachment may list goals again
        if in_glossary:
            continue
        if (sentence.headline and is_caption(sentence.text)) or is_file_name(sentence.text):
            continue  # 记者 李明 摄, …住房1.png, 附件3 …（42项）.docx: a caption or file names no body acting
        new_paragraph = "\n" in body[previous_end : sentence.start] and body[
            max(0, previous_end - 2) : previous_end
        ].rstrip("”’」』").endswith(("。", "！", "？"))  # …。” closing a quoted speech, too
        if _NOTE.match(sentence.text) or (in_note and (not new_paragraph or _NOTE_ITEM.match(sentence.text))):
            in_note = True
            previous_end = sentence.end
            continue
        in_note = False
        if _REVIEW_LIST_LEAD.search(sentence.text):
            state.default_tense = state.section_tense = PAST  # 我们主要做了以下工作：the year's record
        heading = sentence.text.split("\n", 1)[0]
        section = opens_section(sentence.text)
        if section:
            state.unit_columns = False  # 二、…: a task table's columns are behind
        if sentence.headline or section:
            if not figures_in(heading):  # a heading states no figure of its own
                _enter_section(state, heading)
        elif _SUB_HEADING.match(sentence.text) and _tasks_heading(heading) and _tasks_resume(state):
            state.default_tense = state.tense = FUTURE  # （一）聚焦…，推动…⏎加强…: a task section
        if (new_paragraph and not _GOES_ON.match(sentence.text)) or section:
            state.tense = state.default_tense  # a new paragraph does not inherit the previous tense
            state.paragraph_year = None
            state.uncued = 0
            # a period named inside a paragraph (…，“十五五”时期新增人口100万) dates that paragraph only
            state.horizon, state.period_start = state.block_horizon
        elif new_paragraph:
            state.uncued = 0  # 同时，…: the paragraph before goes on, its cue as near as its own
        previous_end = sentence.end
        if sentence.headline and _read_table_line(state, text, start, sentence):
            continue
        if sentence.headline and not figures_in(sentence.text):
            after_item = after_item and _ITEM_VERB.match(sentence.text) is not None  # 建成…, not 成绩单
            _read_headline(state, sentence, in_table=_is_table_cell(body, sentence), amid_items=after_item)
            continue
        after_item = (after_item or sentence.headline) and not sentence.text.rstrip().endswith(_FULL_STOPS)
        label = sentence.text.rsplit("\n", 1)[-1]  # …——⏎福州： a label closing a sentence
        if sentence.headline or _LABEL_LINE.match(label):
            # 新增绿地面积120公顷: an item of a goal list, one per line; 福州： labels the part below
            _headline_body(state, sentence.text if sentence.headline else label)
        state.table.end()  # running text ends a table
        state.allocation.end()
        speaker_body(state, sentence.text, roster, new_paragraph)
        _read_sentence(state, text, start, sentence)
    _promote_in_goal_paragraphs(state, text, bool(title and _WORK_REPORT_TITLE.match(title)))
    state.targets = _without_title_repeats(state.targets, text, start, end)
    return state


# 政府工作报告, 某某县2025年政府工作报告: the report itself, not news of it
_WORK_REPORT_TITLE = re.compile(r"^\W*[\u4e00-\u9fff\d]{0,16}?政府工作报告\W*$")
# 建设县乡村公路200千米, 疏浚农村河道160条: a task stated by its verb (not 总人口1.1万人, a fact)
_TASK_START = re.compile(
    r"^\W*(?:[（(][^）)]{1,8}[）)]\s*)?(?:[一二三四五六七八九十]+是)?(?:新建|改建|扩建|新改建|建设|建成|完成|实施|新增|开工|铺设|疏浚|开挖|改造"
    r"|整治|培育|引进|创建|打造|实现|开展|推广|举办|组织|提供|招引|新培育|新引进)"
)


def _promote_in_goal_paragraphs(state: ArticleState, text: str, work_report: bool) -> None:
    """A paragraph of a work plan states its tasks without a cue each (建设县乡村公路200千米。疏浚农村
    河道160条。…力争农产品线上销售额达5亿元): where it sets a goal by a cue, or, in a text titled a
    政府工作报告 (`work_report`), where no review was opened after the last look ahead, and reports
    nothing, its figures opened by a task verb and without tense evidence are goals too."""

    def paragraph(pos: int) -> tuple[int, int]:
        return text.rfind("\n", 0, pos) + 1, (text.find("\n", pos) + 1 or len(text) + 1) - 1

    reviews = [m.start() for m in _REVIEW_MARK.finditer(text)] if work_report else []
    looks = [m.start() for m in _AHEAD_MARK.finditer(text)] if work_report else []

    def ahead(pos: int) -> bool:
        """No review opened before `pos`, or a look ahead after the last one."""
        review = bisect_left(reviews, pos)
        return not review or bisect_left(looks, pos) > bisect_left(looks, reviews[review - 1])

    cued = {paragraph(t.start) for t in state.targets if t.confidence >= _CUED}
    reported = {paragraph(a.start) for a in state.actuals}
    kept = []
    for possible in state.possible:
        where = paragraph(possible.start)
        in_tasks = where in cued or (work_report and ahead(where[0]))
        if in_tasks and where not in reported and _TASK_START.match(possible.quote):
            state.targets.append(replace(possible, confidence=POSSIBLE_BELOW))
        else:
            kept.append(possible)
    state.possible = kept


# “十五五”时期，… / “十四五”期间, opening a sentence: the plan period the text goes on to speak of
_PLAN_PERIOD_OPENING = re.compile(r"\s*[“\"]?十[一二三四五六七八九]五[”\"]?(?:时期|期间)\s*[,，]")
_CUED = 0.75  # a goal's confidence with a cue in its own clause or sentence (confidence.py)
# 过去一年…, 五年来…, 回顾…: a review opened; 今年…, 2025年工作安排, 下一步: the text looks ahead again
_REVIEW_MARK = re.compile(r"过去的?[一二三五]?年|[一二三四五六七八九十\d]+年来|回顾|去年")
_AHEAD_MARK = re.compile(r"今年|明年|工作安排|重点工作|主要任务|目标任务|下一步")


_FULL_STOPS = tuple(SENTENCE_END)


# 增长目标定为「5.5%以上」, “6%左右”: a value quoted, no name (“9高12快” is one)
_QUOTED_VALUE = re.compile(r"[“「\"]((?:增长|成长)?[\d.]+%(?:以上|左右|以内|以下|上下)?)[”」\"]")
_GROWTH_IN_TAIWAN = re.compile(r"(?<=经济)成长|成长(?=率|目标)")  # 經濟成長「5%以上」: economic growth


def _plain_body(body: str) -> str:
    """`body` as a mainland report writes it, length for length (offsets kept): the quote marks
    around a quoted value blanked, 经济成长 read as 经济增长, and in a text whose PDF layer spaces
    every digit (2 9 0 0 亿元, 6 .5 %) each number closed up, the spaces moved before it."""
    body = _QUOTED_VALUE.sub(lambda match: f" {match.group(1)} ", body)
    if len(_SPACED_NUMBER.findall(body)) >= _SPACED_TEXT_MIN and not _CLOSE_DIGITS.search(body):
        body = _SPACED_NUMBER.sub(lambda m: m.group().replace(" ", "").rjust(len(m.group())), body)
    return _GROWTH_IN_TAIWAN.sub("增长", body)


_SPACED_NUMBER = re.compile(r"\d(?: ?[\d.])* ?\d")  # 1 2 %, 2 0 0 0年, 6 .5
_CLOSE_DIGITS = re.compile(r"\d\d")
_SPACED_TEXT_MIN = 3


# 2021年是“十四五”规划开局之年, 今年是…做好未来五年工作的开局之年 (year written 今 by the caller)
_OPENS_FIVE_YEARS = re.compile(
    r"今年?是[^。；]{0,40}?(?:十[一二三四五六七八九]五|(?:未来|今后)(?:五|5)年|新一届政府|本届政府)"
    r"[^。；]{0,12}?(?:开局|起步)之?年"
)


def _counts_its_own_year(body: str, year: int | None) -> bool:
    """A text whose goals are due 到{year + N - 1}年 and never a year later counts its own year as
    the first of its 未来N年 (a plan's first year: 未来3年 … 到2023年 in 2021); otherwise 未来N年 are
    the N years after it. A plan's five years are read so whatever span the text names (通过3年攻坚
    in a plan to 2025)."""
    if year is None:
        return False
    if _OPENS_FIVE_YEARS.search(body.replace(str(year), "今")):
        return True  # 今年是“十四五”开局之年 / 新一届政府的开局之年: its own year is the first of five
    deadlines = {mention.year for mention in year_mentions(body) if mention.by}
    spans = {last - first + 1 for _, (first, last) in spans_ahead(body, year)}
    n = spans.pop() if len(spans) == 1 else 5  # one span of one length: 未来3年 … 到2023年
    if n != 5 and year + n - 1 in deadlines and year + n not in deadlines:
        return True
    return year + 4 in deadlines and year + 5 not in deadlines


def _subject_area(title: str | None, sentences: list[Sentence]) -> str | None:
    """The home sub-area the article is about: the last one its title names (中新广州知识城三年行动计划),
    else its opening line; None when that line also names another body (天河区)."""
    opening = title or (sentences[0].text.split("\n", 1)[0] if sentences else "")
    named = find_mentions(analysis_text(opening))
    if not named or any(not mention.is_home for mention in named):
        return None
    return named[-1].area


def _goals_come_later(sentences: list[Sentence]) -> bool:
    """A plan whose first section heading is not its goals, with a goals heading later
    (一、发展基础 … 二、发展目标): what it says before the goals describes the present. Goals in the
    first numbered section (一、重点任务) come first: what stands before them is the lead."""
    headings = [s.text.split("\n", 1)[0] for s in sentences if s.headline or opens_section(s.text)]
    goals = [i for i, heading in enumerate(headings) if _GOALS_HEADING.search(heading)]
    if not goals or _FIRST_SECTION.match(headings[goals[0]]):
        return False
    return goals[0] > 0 and not opens_programme(headings[0])


_FIRST_SECTION = re.compile(r"^\s*一\s*[、.．]")


def _read_table_line(state: ArticleState, text: str, offset: int, sentence: Sentence) -> bool:
    """A header (指标 2020年 2025年) or row (地区生产总值（亿元） 3700 5500) of a text table, or a
    line of one written over several lines (table_reader.py); a row of an allocation table
    (allocation_tables.py)."""
    claimed, shares = state.allocation.feed(sentence)
    if claimed:
        for share in shares:
            _read_share(state, text, offset, share)
        return True
    own_years = inline_row(sentence.text)  # 地区生产总值（亿元） 2025年 5200 2030年 7000
    if own_years is not None:
        row, columns = own_years
    else:
        belongs, read = state.table.feed(sentence)
        if read is None:
            return belongs
        row, columns, sentence = read
    context = RowContext(sentence.text, offset + sentence.start, text, state.body, state.year, state.plan)
    for record in row_records(row, columns, context):
        (state.targets if isinstance(record, Target) else state.actuals).append(record)  # type: ignore[arg-type]
    return True


# 新发展创新型中小企业、规上工业企业各40家: each thing listed before 各 gets the figure
_EACH_LIST = re.compile(r"([^，,。；;：:]+?)、[^，,。；;：:、]{2,16}?各\s*$")
_THING_MIN = 4  # a listed thing named in fewer characters (国家级、省级…, 男、女…) only qualifies the last


def _shared_by(sentence: str, item: FigureItem, items: list[FigureItem]) -> list[str]:
    """The things listed before 各 other than the last, which the figure's own metric names
    (新发展创新型中小企业、规上工业企业各40家 → [新发展创新型中小企业]); none that comes with a figure of
    its own (企业5户、绿色工厂、智能工厂各1家 → [绿色工厂]); [] without 各, when the list is already
    split into members (城镇、农村居民人均收入各…) or when a listed word only qualifies the last."""
    match = _EACH_LIST.search(sentence, item.clause_start, item.figure.start)
    if not match or sum(other.figure.start == item.figure.start for other in items) > 1:
        return []
    names = match[1].split("、")
    own = max((i for i, name in enumerate(names) if figures_in(name)), default=-1)
    labels = [label_of(name) for name in names[own + 1 :]]
    if any(len(label) < _THING_MIN or label.endswith("级") for label in labels if label):
        return []
    return [label for label in labels if label]


def _paired_figures(sentence: str, items: list[FigureItem]) -> dict[int, int]:
    """2026年、2030年…分别达到2000亿元、4000亿元: each figure after 分别 (by its start) paired with its
    year, when there are as many figures as years; empty otherwise."""
    paired = paired_years(sentence)
    if paired is None:
        return {}
    start, years = paired
    after = [item.figure.start for item in items if item.figure.start >= start]
    return dict(zip(after, years, strict=True)) if len(after) == len(years) else {}


def _read_share(state: ArticleState, text: str, offset: int, share: AllocatedCell) -> None:
    """One body's share in an allocation table: a goal of the caption's year (or the text's), of
    the row's body (全市小计 of 济南市's row: 济南市; 全市 alone: the text's body)."""
    entity: str | None
    if is_total(share.body) or _OWN_LEVEL.match(share.body):  # 市本级: the body's own projects
        entity = (_named_body(share.group, state.body) or share.group) if share.group else state.body
    else:
        group = _named_body(share.group, state.body) if share.group else None
        entity = _named_body(share.body, group or state.body)
        if entity is None and (_PLACE_LIKE.search(share.body) or len(share.body) <= _SHORT_LABEL):
            entity = share.body  # 港区, 城厢: a part the text names as it knows it
    if entity is None:
        return  # 滨江大道改造工程: a row that is no body's
    year = state.allocation.year or state.year
    start = offset + max(share.row_start, share.end - QUOTE_MAX)
    end = offset + share.end
    quote, line = text[start:end], text[offset + share.row_start : end]
    metric = share.measure.name
    unit = share.measure.unit or unit_in_text(metric, text)
    if not unit or year is None:
        return  # a column whose unit is written nowhere, or a table of no known year
    reader = state.allocation
    ahead = state.year is None or year > state.year or (year == state.year and reader.sets_goals)
    if ahead and (not reader.reports or share.measure.planned):
        kind = share_kind(share.measure, unit)
        state.targets.append(
            Target(entity, None, metric, kind, share.comparator, share.value, None, unit, year, None, quote,
                   start, end, line, 0.6)
        )  # fmt: skip
    else:
        state.actuals.append(
            ReportedFigure(entity, None, metric, year, share.value, unit, QUALIFIERS[share.comparator], quote,
                           start, end, line, 0.6, reported_kind(f"{metric}{quote}", unit))
        )  # fmt: skip


_PLACE_LIKE = re.compile(r"(?:区|县|市|镇|乡|街道|园区|开发区|新区|片区|旗|州)$")
_OWN_LEVEL = re.compile(r"^[省市州县区]本级$")
_SHORT_LABEL = 4  # 城厢, 沙溪: a town's name without its level word


def _named_body(label: str | None, within: str) -> str | None:
    """The body a table cell names (历下区, 济南市; None for 港区, which names none): a short form only
    of a body inside `within` (城厢 in a table of 太仓市 is its town, not 莆田's 城厢区)."""
    found = [
        m
        for m in find_mentions(label or "")
        if not m.deictic and (not m.short or within == UNKNOWN_BODY or inside(m.name, within))
    ]
    return found[0].name if found else None


def _enter_section(state: ArticleState, heading: str) -> None:
    """一、2020年工作回顾 / 三、2021年工作安排 / 二、…指导思想和主要目标: a section heading sets
    the tense of what follows; a heading of achievements (…发展成就, 过去五年…) opens a review."""
    if opens_section(heading):
        state.section_tense = None  # 二、过去一年的主要工作: a new section, whatever tense it sets
        state.years_work = _years_work(state, heading)
    # a time that dates the section (2020年…, “十四五”时期…); 今年有点悬 is a news sub-heading
    dated = _DATED_HEADING.search(heading) is not None
    strong = [cue for cue in sentence_cues(heading, state.year, state.plan) if not cue.weak and dated]
    tense = paragraph_tense(strong, None)
    goals = _GOALS_HEADING.search(heading) and not meets_a_goal(heading)  # not 超额完成全年目标任务
    if _RESULTS_TITLE.search(heading):
        tense = PAST  # 2023年国民经济和社会发展计划执行情况: how the year's plan was carried out
    elif (term := _term(state, heading)) is not None:
        tense = FUTURE  # 新一届政府工作思路和目标任务: the five years of its term, this one the first
        state.horizon, state.period_start = state.block_horizon = term
    elif goals or opens_programme(heading) or _years_work(state, heading):
        tense = FUTURE
    elif _reviews(heading, in_goals=state.default_tense == FUTURE) or _BASE_HEADING.search(heading):
        tense = PAST
    elif _tasks_heading(heading) and _tasks_resume(state):
        tense = FUTURE
    if tense is not None:
        state.default_tense = state.section_tense = tense


# 新一届政府工作思路和目标任务, 本届政府的奋斗目标 (not 加强新一届政府自身建设, the year's work)
_TERM_HEADING = re.compile(r"(?:新一届|本届)政府[^，。：:]{0,6}?(?:思路|目标|任务|方向)")
_FIRST_SESSION = re.compile(r"第一次会议|一次会议")  # a report to a new congress's first session


def _term(state: ArticleState, heading: str) -> tuple[int, int] | None:
    """(last year, first year) of the government's term whose goals a heading opens: 新一届政府工作
    思路和目标任务 (a new term begins), or 本届政府的奋斗目标 in a report to a new congress's first
    session; None for any other heading."""
    term = _TERM_HEADING.search(heading)
    if term is None or _REVIEW_HEADING.search(heading) or state.year is None:
        return None
    if not (term.group().startswith("新一届") or state.term_opens):
        return None
    return state.year + 4, state.year


def _in_years_work(state: ArticleState) -> bool:
    """In a section of one year's work (二、2026年工作安排), or a text about this year's programme
    (区工信局部署今年工作)."""
    programme = state.default_tense == FUTURE and state.block_horizon == (state.year, None)
    return state.years_work or programme


def _tasks_resume(state: ArticleState) -> bool:
    """A task heading (（六）着力深化…改革) turns the text to its tasks: in a work plan read without
    the goals section before them, or in a goals section after a paragraph looking back
    (回顾宝安40年改革开放征程，…), not in a section of the year's results."""
    return state.default_tense is None or state.section_tense == FUTURE


def _reviews(heading: str, in_goals: bool = False) -> bool:
    """二、过去五年工作回顾 / 改革开放取得新成效 (not 奋力推动经济发展取得新成效, results to bring about;
    nor, `in_goals`, ——结构调整取得重大进展 listed under 主要目标是：, a goal in the words of its result)."""
    if in_goals and _DASH_ITEM.match(heading):
        return False
    return _REVIEW_HEADING.search(heading) is not None and _AIMED_RESULT.match(heading) is None


_DASH_ITEM = re.compile(r"\s*(?:—|--)")


# 2017年主要工作, 2024年重点工作安排: the work of a year
_YEARS_WORK = re.compile(r"((?:19|20)\d{2})\s*年的?(?:主要|重点)?(?:工作|任务)(?:安排|任务|重点)?\s*$")


def _years_work(state: ArticleState, heading: str) -> bool:
    """A heading naming the work of the text's year or a later one (2017年主要工作 in a text of 2017)."""
    match = _YEARS_WORK.search(heading)
    return match is not None and state.year is not None and int(match.group(1)) >= state.year


def _tasks_heading(heading: str) -> bool:
    """（二）聚焦扩大内需，更好融入…: every clause a charge, none reporting how things went."""
    return (
        _TASK_HEADING.match(heading) is not None
        and _REVIEW_HEADING.search(heading) is None
        and _RESULT_ENDING.search(heading) is None
    )


def _is_table_cell(body: str, sentence: Sentence) -> bool:
    """A line between a table's bars (|⏎汤峪镇⏎| or 汤峪镇 |), or after its row's serial number (21 ⏎
    平湖市 ⏎ 2020年8月): one cell of a table written one per line."""
    barred = _CELL_BEFORE.search(body, max(0, sentence.start - 4), sentence.start)
    if barred or _CELL_AFTER.match(body, sentence.end):
        return True
    before = body[: sentence.start].rstrip().rsplit("\n", 1)[-1].strip()
    return after_serial(before, body[sentence.end :].lstrip().split("\n", 1)[0].strip())


def _read_headline(
    state: ArticleState, sentence: Sentence, *, in_table: bool, amid_items: bool = False
) -> None:
    """A line without a figure: a heading that resets the tense to the block's, or (`amid_items`,
    in a list of short items outside any block) an item of the same list (建成深汕高中园)."""
    if opens_programme(sentence.text):
        state.default_tense = FUTURE
    if not amid_items or state.default_tense is not None:
        state.tense = state.default_tense
    state.unit_columns = state.unit_columns or _UNIT_COLUMN.match(sentence.text) is not None
    in_table = in_table or state.unit_columns
    if not in_table:  # a table's cell (谢村镇 |) names where a project is, not whose it is
        if not is_list_item(sentence.text) and not headline_body(sentence.text):
            state.body = state.main_body  # a section heading naming no body: the text's own body again
        _headline_body(state, sentence.text)
    if date_line(sentence.text):
        return  # 2023年3月10日 closing a notice: when it was signed, no programme of that year
    opening_year = _OPENING_YEAR.match(sentence.text)
    later = (
        opening_year is not None and state.year is not None and int(opening_year.group(1)) > state.year + 1
    )
    if (
        opening_year
        and not later
        and not _REVIEW_TITLE.search(sentence.text)
        and not _YEAR_IS.match(sentence.text)
    ):
        # 【2022年…】新闻标题 / 2022年政府工作报告: a new article of that year starts here (not one of
        # years ahead: 2018年城乡居民人均收入 under 今后5年目标 in a text of 2013 heads its goal)
        state.year = state.horizon = int(opening_year.group(1))
    cues = sentence_cues(sentence.text, state.year, state.plan, inclusive=state.inclusive)
    follow_cues(state, cues, at_start=True)
    state.block_horizon = (state.horizon, state.period_start)  # a heading dates the section below it


def _done_in_period(item: FigureItem, sentence: str, annual: bool) -> bool:
    """A count of the programme's things done (创建卫生乡镇2个), read in the figure's clause."""
    figure = item.figure
    _, clause_end = clause_bounds(sentence, figure.start)
    before, after = sentence[item.clause_start : figure.start], sentence[figure.end : clause_end]
    return done_in_period(figure, before, after, annual)


def _programme_kind(state: ArticleState, item: FigureItem, sentence: str, target_year: int | None) -> Kind:
    """A level-looking count of things done: the year's additions in a year's programme, a sum over
    the plan period in a plan (三年行动计划: 培育100个引领性产品), else a level."""
    this_year = target_year == state.year or (target_year is not None and target_year == state.programme_year)
    if this_year and _done_in_period(item, sentence, annual=True):
        return "increment"
    if _plan_goal(state, target_year) and _done_in_period(item, sentence, annual=False):
        return "cumulative"
    return "level"


def _plan_goal(state: ArticleState, target_year: int | None) -> bool:
    """A goal for the end of the plan period the article is in (not a single year's)."""
    return (
        state.period_start is not None
        and target_year == state.horizon
        and state.horizon is not None
        and state.horizon > state.period_start
    )


def _is_question(sentence: str) -> bool:
    """杭州今年GDP能破2万亿吗？: a question asked, not a goal set; a broken character (以?xún)?, a
    mirror's mojibake for 以内, 以?xún)取? for 以内。) asks nothing."""
    ending = sentence.rstrip("”’」\n ")
    asked = ending.endswith("?") and HAN_RUN.match(ending[-2:-1]) is not None and sentence.count("?") == 1
    return ending.endswith(("吗", "？")) or asked


def _headline_body(state: ArticleState, line: str) -> None:
    """A headline naming a body: the block below it is about that body. An item of a numbered list
    (8、哈尔滨新区自贸片区加速崛起), or a line of a plan divided into chapters (建德市 over its row of a
    table of counties), names the body of that item only."""
    named = headline_body(line)
    state.chapters = state.chapters or is_chapter_heading(line)
    if named and (is_list_item(line) or state.chapters):
        state.body = state.names.get(named, named)
    elif named:
        state.body = state.main_body = state.names.get(named, named)
    else:
        own_body(state, line, [])


# 到2027年，轻工骨干企业基本实现数字化改造全覆盖，…取得显著成效。 opening a line, no figure in it: the
# picture of a deadline year within a plan's span, which the paragraphs after it put in figures (not
# 到2035年，基本实现…, the long-range vision closing a plan's goals)
_VISION_LEAD = re.compile(r"\s*(?:到|至)\s*(20\d{2})\s*年(?:底|末)?\s*[，,]")
_VISION_REACH = 5  # years ahead of the text within which a pictured deadline dates what follows


def _states_a_vision(state: ArticleState, text: str, offset: int, sentence: Sentence) -> bool:
    """Outside any block of goals or records (三、2024年工作安排 dates its own), a line 到2027年，… with no
    figure."""
    lead = _VISION_LEAD.match(sentence.text)
    if lead is None or state.year is None or state.default_tense is not None:
        return False
    start = offset + sentence.start
    at_line_start = start == 0 or text[max(0, start - 8) : start].rstrip(" \t\u3000").endswith("\n")
    return (
        at_line_start
        and state.year < int(lead.group(1)) <= state.year + _VISION_REACH
        and not figures_in(sentence.text)
    )


def _read_sentence(state: ArticleState, text: str, offset: int, sentence: Sentence) -> None:
    cues = sentence_cues(
        sentence.text,
        state.year,
        state.plan,
        in_review=state.default_tense == PAST,
        inclusive=state.inclusive,
    )
    if state.default_tense == FUTURE:  # in a goal block, 同比增长5% is the goal's own measure
        cues = [cue for cue in cues if not cue.year_on_year]
    opening_end = clause_bounds(sentence.text, 0)[1]
    speech = _SPEECH_LEAD.match(sentence.text)
    if speech:  # 报告提到，过去五年，…: the clause after who said it opens the sentence
        opening_end = clause_bounds(sentence.text, opening_end + 1)[1]
    lead = _LEAD_IN_COLON.search(sentence.text)
    if lead and not figures_in(sentence.text[: lead.start()]):
        opening_end = max(opening_end, lead.start())  # …指出，2023年…主要预期目标是：…: all before the colon
    # A lead-in opens a block of goals (今后五年… / 下一步…：), a review opener a block of records;
    # the block holds over paragraphs until the next opener or section heading.
    block = state.default_tense
    lead_in = opens_goal_block(
        sentence.text, cues, after_report=state.tense == PAST, in_years_work=_in_years_work(state)
    ) or _states_a_vision(state, text, offset, sentence)
    if lead_in:
        block = FUTURE
    elif opens_review_block(sentence.text, cues, opening_end, state.year):
        block = PAST
    elif block == PAST and closes_review_block(sentence.text, cues, opening_end, state.year):
        block = None  # 科学城今年将…: the review is over
    if block != state.default_tense:
        state.default_tense = state.tense = block
        state.body = state.voice or state.main_body  # the owner is reset where a block begins
    follow_cues(
        state,
        cues,
        opening_end=opening_end,
        lead_in=lead_in,
        lead_end=speech.end() if speech else 0,
        lead_in_text=sentence.text,
    )
    if lead_in or (
        _PLAN_PERIOD_OPENING.match(sentence.text)
        and state.default_tense != PAST
        and not _in_years_work(state)
    ):
        # 今后五年…: the block's years; “十五五”时期，… opening a sentence, the years of what follows
        state.block_horizon = (state.horizon, state.period_start)
    if GDP_GOAL_TOPIC.search(sentence.text):
        state.roundup_metric = GDP_GROWTH  # 31个省区市经济增长预期目标均已出炉; 再看经济增长目标
    if state.roundup_metric is not None and (topic := ROUNDUP_TOPIC.search(sentence.text)) is not None:
        indicator = _INDICATOR_END.search(topic.group("topic"))  # 从固定资产投资…来看, 从各省敲定的GDP…
        if indicator is not None:
            state.roundup_metric = canonical_label(f"{indicator.group()}增速")
    mentions = sentence_mentions(state, sentence.start, sentence.end)
    own_body(state, sentence.text, mentions)
    follow_goals_owner(state, sentence.text, mentions)  # 郑州的主要预期目标是…: this sentence's too
    context = FigureContext(
        sentence=sentence.text,
        offset=offset + sentence.start,
        document_text=text,
        body=state.body,
        names=state.names,
        mentions=mentions,
        area=state.main_area,
        previous_metric=state.line_metric if sentence.headline else None,
        list_metric=state.list_metric,
        roundup_metric=state.roundup_metric,
    )
    items = list(sentence_figures(context))
    state.list_metric = next((item.metric for item in reversed(items) if item.listed), state.list_metric)
    state.line_metric = items[-1].metric if items and sentence.headline else None
    # ⏎2020年达到3800亿元左右⏎年均增长20%左右: a list line without a year goes on with the line's before
    named = [c.year for c in cues if c.year is not None and c.tense == FUTURE]
    if sentence.headline and items and not named and state.line_year is not None:
        state.paragraph_year = state.line_year
    state.line_year = (named[-1] if named else state.line_year) if sentence.headline and items else None
    if state.default_tense != PAST and any(cue.tense == FUTURE and not cue.weak for cue in cues):
        # 白云区今年将… names the owner of the goals after it; 通化市入选试点 in a review does not
        follow_body(state, sentence.text, mentions)
    # Far from its last cue, a programme goes on only in goal-shaped statements (控制在…以内, 新增…).
    # A paragraph opened on a year to reach (到2027年，…) is its goals' throughout.
    far = not cues and state.uncued >= 1 and state.default_tense != FUTURE and state.paragraph_year is None
    each_year_of = _paired_figures(sentence.text, items)
    for item in items:
        tense, cue = cue_before(cues, item.figure.start, state.tense)
        if tense is None and item.rostered:
            tense = FUTURE  # 海南为9.5%左右 in a roundup of this year's GDP goals
        if tense is None and only_forward(cues):
            tense = FUTURE  # 对地区生产总值增长5%以上…等预期目标，确保…: the sentence's goal, named after it
        clause_start = item.clause_start
        after = sentence.text[item.figure.end : item.figure.end + 30]
        base = baseline_year(sentence.text[clause_start : item.figure.start], after, state.year)
        if base is not None and item.goal_like:
            state.actuals.append(item.as_reported(base))
        elif _is_question(sentence.text):
            continue  # 今年能破2万亿吗？: asked, not set
        elif tense == FUTURE and item.goal_like and not (far and not item.goal_shaped):
            target_year = goal_year(state, cues, cue, item.figure.start, (item.clause_start, opening_end))
            target_year = each_year_of.get(item.figure.start, target_year)
            each_year = _EACH_YEAR.search(sentence.text, item.clause_start, item.figure.start) is not None
            kind = goal_kind(state, cues, cue, item.kind, item.figure.start, item.figure.unit, each_year)
            if kind == "level":
                kind = _programme_kind(state, item, sentence.text, target_year)
            target = item.as_target(target_year, goal_period_start(state, cue, kind, target_year))
            target.kind = kind
            target.confidence = goal_confidence(item, cue, state.default_tense == FUTURE)
            state.targets += [replace(target, metric=m) for m in _shared_by(sentence.text, item, items)]
            state.targets.append(target)
        elif tense != PAST and item.goal_like:
            # no tense evidence (or a plain figure far from its cue): a possible target, for review
            target_year = goal_year(state, cues, cue, item.figure.start, (item.clause_start, opening_end))
            target = item.as_target(target_year, goal_period_start(state, cue, item.kind, target_year))
            target.confidence = possible_confidence(item, state.default_tense == FUTURE)
            state.possible.append(target)
        elif tense == PAST and item.goal_like:
            in_clause = cue is not None and cue.pos >= item.clause_start
            year = record_year(state, cue if in_clause else None)
            # 2025年预计达到… in a review written in 2025: the year its own clause names
            dated = [c for c in cues if item.clause_start <= c.pos < item.figure.start and c.year is not None]
            if not in_clause and dated and dated[-1].weak and dated[-1].year == state.year:
                year = state.year
            so_far = [c for c in cues if c.part_of_year and c.pos < item.figure.start]
            if so_far and not (in_clause and cue is not None and cue.year is not None):
                year = so_far[-1].year  # 上半年，全国城镇新增就业656万人: this year so far
            if year is not None:  # a record of no known year cannot be an actual of a series
                state.actuals.append(item.as_reported(year))
    if state.default_tense != PAST:
        open_horizon(state, sentence.text)  # 其中提出，到2027年，…。 dates the goals after it too
    if state.sentence_span is not None:
        (state.horizon, state.period_start), state.sentence_span = state.sentence_span, None
    # A review, like a programme, goes on for a whole paragraph.
    if cues:
        state.tense = paragraph_tense(cues, state.tense)
        if state.default_tense is not None:
            # 列入2021年省级重点项目15个 in a review, 已开工入口社区 in a programme: a single cue does
            # not turn the block's tense for the sentences after it
            state.tense = state.default_tense
        state.uncued = 0
    else:
        state.uncued += 1
