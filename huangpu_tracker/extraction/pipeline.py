"""Extraction of one document or text: articles -> sentences -> figures -> targets and reported figures.

The text is read in simplified characters with ASCII digits (normalise.py), quotes are cut from the
original. State carried along an article (article.py): the body it is about (switched by headlines
and sentences naming another body as the one acting), the tense of the paragraph, the plan horizon
(also a plan about to start named in the text) and the year a review speaks of. Lines of text
tables, with years in a header or in each row, are read by tables.py.
"""

from __future__ import annotations

import re

from huangpu_tracker.documents.model import Document
from huangpu_tracker.extraction.article import (
    ArticleState,
    follow_body,
    follow_cues,
    goal_kind,
    goal_period_start,
    goal_year,
    open_horizon,
    own_body,
    record_year,
    sentence_mentions,
)
from huangpu_tracker.extraction.classify import (
    FUTURE,
    PAST,
    baseline_year,
    cue_before,
    is_list_item,
    opens_programme,
    opens_section,
    paragraph_tense,
    sentence_cues,
)
from huangpu_tracker.extraction.entities import (
    Mention,
    dominant_body,
    find_mentions,
    full_names,
    headline_body,
)
from huangpu_tracker.extraction.figures import FigureContext, sentence_figures
from huangpu_tracker.extraction.model import UNKNOWN_BODY, Extraction, ReportedFigure, Target
from huangpu_tracker.extraction.normalise import analysis_text
from huangpu_tracker.extraction.numbers import UNITS, figures_in
from huangpu_tracker.extraction.sentences import Sentence, clause_bounds, split_sentences
from huangpu_tracker.extraction.tables import RowContext, inline_row, row_records, table_header, table_row
from huangpu_tracker.extraction.years import plan_period, plans_named, year_range

_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_PLAN_TITLE = re.compile(r"规划|纲要|建议|计划|方案")
_REVIEW_TITLE = re.compile(r"回顾|总结|成就|盘点")
_REVIEW_HEADING = re.compile(r"回顾|总结|成就|盘点|过去五年|五年来")
_GOALS_HEADING = re.compile(r"指导思想|主要目标|远景目标|发展目标|目标任务|奋斗目标|重点任务|总体目标")
# 一、发展基础 / （一）现状 / 基础与形势: a plan's account of where it starts from, the past
_BASE_HEADING = re.compile(
    r"发展基础|基础条件|现实基础|产业基础|基础与形势|发展现状|^\W*[（(]?[一二三四五六七八九十\d]*[)）、.]?\s*现状"
)
# Units a table's unit column may hold: 亿元, 万人, % …
CELL_UNITS = tuple(magnitude + unit for magnitude in ("", "万", "亿", "万亿") for unit in UNITS)
_OPENING_YEAR = re.compile(r"^[#\s【]*((?:19|20)\d{2})\s*年")


def extract_text(
    text: str, doc_year: int | None, issuer: str | None = None, plan: tuple[int, int] | None = None
) -> Extraction:
    """Targets and reported figures of a bare text written in `doc_year` by `issuer`.

    `plan`: (first, last) year of the five-year plan the text is about, when known.
    """
    state = _extract_article(text, 0, len(text), doc_year, issuer, None, plan)
    return Extraction(targets=state.targets, actuals=state.actuals)


def extract_document(document: Document) -> Extraction:
    """Targets and reported figures of every article of `document`; spans index `document.text`."""
    targets: list[Target] = []
    actuals: list[ReportedFigure] = []
    articles = list(document.articles) or [None]
    for article in articles:
        if article is None:
            start, end, title = 0, len(document.text), document.title
            year, issuer = document.issue_year, document.issuer
        else:
            start, end, title = article.start, article.end, article.title
            year = article.issue_year or document.issue_year
            issuer = article.issuer if headline_body(title or "") else None
        state = _extract_article(
            document.text, start, end, _title_year(title, year), issuer, title,
            page_issuer=article.issuer if article else document.issuer,
        )  # fmt: skip
        targets += state.targets
        actuals += state.actuals
    return Extraction(targets=targets, actuals=actuals)


def _title_year(title: str | None, year: int | None) -> int | None:
    """A title such as "2021年…政府工作报告" dates the article's content better than its posting date.

    A review's title (2020年工作回顾) names the year reviewed, not the year the text speaks from.
    """
    match = _TITLE_YEAR.search(title or "")
    if match and _REVIEW_TITLE.search(title or ""):
        return year
    span = year_range(analysis_text(title or ""))
    if span is not None:  # 行动计划（2025—2027年）: its years are the plan's, not the text's
        return year if year is not None else span[0]
    if match and (year is None or int(match.group(1)) <= year):
        return int(match.group(1))
    return year


def _main_body(
    issuer: str | None, mentions: list[Mention], headlines: list[Mention], page_issuer: str | None = None
) -> str:
    """The issuer (as the text names it), else the body the text names most (a sub-area counting
    for the home district), else the issuer of the page it is printed on, else 未识别 (never a default)."""
    if issuer:
        named = find_mentions(issuer)
        return named[0].name if named else issuer
    return (
        dominant_body(mentions, headlines)
        or (page_issuer and _main_body(page_issuer, [], []))
        or UNKNOWN_BODY
    )


def _extract_article(
    text: str,
    start: int,
    end: int,
    year: int | None,
    issuer: str | None,
    title: str | None,
    plan: tuple[int, int] | None = None,
    page_issuer: str | None = None,
) -> ArticleState:
    body = analysis_text(text[start:end])  # quotes are still taken from `text`
    sentences = split_sentences(body)
    mentions = find_mentions(body)
    in_headlines = bytearray(len(body) + 1)
    for sentence in sentences:
        if sentence.headline:
            in_headlines[sentence.start : sentence.end] = b"\x01" * (sentence.end - sentence.start)
    in_headline = [m for m in mentions if in_headlines[m.start]]
    names = full_names(mentions)
    state = ArticleState(year=year, body=_main_body(issuer, mentions, in_headline, page_issuer), names=names)
    state.main_body = state.body
    state.main_area = _subject_area(title, sentences)
    state.mentions = mentions
    state.horizon = year
    # the plan named in the title, else a plan about to start named in the text (十五五 in 2025)
    named_plans = [p for p in plans_named(body) if year is not None and p[0] == year + 1]
    state.plan = plan or plan_period(analysis_text(title or "")) or next(iter(named_plans), None)
    if title:
        title = analysis_text(title)
        span = year_range(title) if _PLAN_TITLE.search(title) else None
        if state.plan is None and span is not None and (year is None or span[1] > year):
            # 三年行动计划（2025—2027年）: the plan's years are its horizon and period
            state.plan, state.horizon, state.period_start = span, span[1], span[0]
        title_cues = sentence_cues(title, year, state.plan)
        follow_cues(state, title_cues, at_start=True)
        if _PLAN_TITLE.search(title) and (plan_period(title) or span):
            state.default_tense = FUTURE
        elif any(cue.tense == PAST and cue.year is None for cue in title_cues):
            state.default_tense = PAST  # a review: 工作回顾, 五年来的成就
    if title and _PLAN_TITLE.search(title) and _goals_come_later(sentences):
        state.default_tense = PAST  # 发展基础 … before 二、发展目标: where the plan starts from
    previous_end = 0
    for sentence in sentences:
        new_paragraph = (
            "\n" in body[previous_end : sentence.start] and body[previous_end - 1 : previous_end] in "。！？"
        )
        if sentence.headline or opens_section(sentence.text):
            _enter_section(state, sentence.text.split("\n", 1)[0])  # the heading line only
        if new_paragraph or opens_section(sentence.text):
            state.tense = state.default_tense  # a new paragraph does not inherit the previous tense
            state.paragraph_year = None
            state.uncued = 0
        previous_end = sentence.end
        if sentence.headline and _read_table_line(state, text, start, sentence):
            continue
        if sentence.headline and not (is_list_item(sentence.text) and figures_in(sentence.text)):
            _read_headline(state, sentence)
            continue
        state.table = None  # running text ends a table
        _read_sentence(state, text, start, sentence)
    return state


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
    (一、发展基础 … 二、发展目标): what it says before the goals describes the present."""
    headings = [s.text.split("\n", 1)[0] for s in sentences if s.headline or opens_section(s.text)]
    goals = [i for i, heading in enumerate(headings) if _GOALS_HEADING.search(heading)]
    return bool(goals) and goals[0] > 0 and not opens_programme(headings[0])


def _read_table_line(state: ArticleState, text: str, offset: int, sentence: Sentence) -> bool:
    """A header (指标 2020年 2025年) or row (地区生产总值（亿元） 3700 5500) of a text table."""
    header = table_header(sentence.text)
    if header is not None:
        state.table = header
        return True
    own_years = inline_row(sentence.text)  # 地区生产总值（亿元） 2025年 5200 2030年 7000
    if own_years is not None:
        row, columns = own_years
    elif state.table is not None and (row := table_row(sentence.text, CELL_UNITS)) is not None:
        columns = state.table
    else:
        return False
    context = RowContext(sentence.text, offset + sentence.start, text, state.body, state.year, state.plan)
    for record in row_records(row, columns, context):
        (state.targets if isinstance(record, Target) else state.actuals).append(record)  # type: ignore[arg-type]
    return True


def _enter_section(state: ArticleState, heading: str) -> None:
    """一、2020年工作回顾 / 三、2021年工作安排 / 二、…指导思想和主要目标: a section heading sets
    the tense of what follows; a heading of achievements (…发展成就, 过去五年…) opens a review."""
    strong = [cue for cue in sentence_cues(heading, state.year, state.plan) if not cue.weak]
    tense = paragraph_tense(strong, None)
    if _GOALS_HEADING.search(heading):
        tense = FUTURE
    elif _REVIEW_HEADING.search(heading) or _BASE_HEADING.search(heading):
        tense = PAST
    if tense is not None:
        state.default_tense = tense


def _read_headline(state: ArticleState, sentence: Sentence) -> None:
    if opens_programme(sentence.text):
        state.default_tense = FUTURE
    state.tense = state.default_tense
    named = headline_body(sentence.text)
    if named:
        state.body = state.main_body = state.names.get(named, named)  # the block below is about it
    else:
        own_body(state, sentence.text, [])
    opening_year = _OPENING_YEAR.match(sentence.text)
    if opening_year and not _REVIEW_TITLE.search(sentence.text):
        # 【2022年…】新闻标题 / 2022年政府工作报告: a new article of that year starts here.
        state.year = state.horizon = int(opening_year.group(1))
    follow_cues(state, sentence_cues(sentence.text, state.year, state.plan), at_start=True)


def _read_sentence(state: ArticleState, text: str, offset: int, sentence: Sentence) -> None:
    if opens_programme(sentence.text):
        state.default_tense = FUTURE  # the rest of the article sets out the plan
    cues = sentence_cues(sentence.text, state.year, state.plan)
    follow_cues(state, cues, opening_end=clause_bounds(sentence.text, 0)[1])
    mentions = sentence_mentions(state, sentence.start, sentence.end)
    own_body(state, sentence.text, mentions)
    context = FigureContext(
        sentence=sentence.text,
        offset=offset + sentence.start,
        document_text=text,
        body=state.body,
        names=state.names,
        mentions=mentions,
        area=state.main_area,
    )
    items = list(sentence_figures(context))
    follow_body(state, sentence.text, mentions)
    # Far from its last cue, a programme goes on only in goal-shaped statements (控制在…以内, 新增…).
    far = not cues and state.uncued >= 1 and state.default_tense != FUTURE
    for item in items:
        tense, cue = cue_before(cues, item.figure.start, state.tense)
        clause_start = item.clause_start
        after = sentence.text[item.figure.end : item.figure.end + 6]
        base = baseline_year(sentence.text[clause_start : item.figure.start], after, state.year)
        if base is not None and item.goal_like:
            state.actuals.append(item.as_reported(base))
        elif tense == FUTURE and item.goal_like and not (far and not item.goal_shaped):
            target_year = goal_year(state, cues, cue, item.figure.start)
            kind = goal_kind(state, cues, cue, item.kind, item.figure.start, item.figure.unit)
            period_start = goal_period_start(state, cue, kind, target_year)
            target = item.as_target(target_year, period_start, explicit=cue is not None)
            target.kind = kind
            state.targets.append(target)
        elif tense == PAST and item.goal_like:
            in_clause = cue is not None and cue.pos >= item.clause_start
            year = record_year(state, cue if in_clause else None)
            # 2025年预计达到… in a review written in 2025: the year its own clause names
            dated = [c for c in cues if item.clause_start <= c.pos < item.figure.start and c.year is not None]
            if not in_clause and dated and dated[-1].weak and dated[-1].year == state.year:
                year = state.year
            state.actuals.append(item.as_reported(year))
    if not items:
        open_horizon(state, sentence.text)
    # A review, like a programme, goes on for a whole paragraph.
    if cues:
        state.tense = paragraph_tense(cues, state.tense)
        state.uncued = 0
    else:
        state.uncued += 1
