"""Extraction of one document or text: articles -> sentences -> figures -> targets and reported figures.

State carried along an article: the body it is about (switched by headlines naming another body),
the tense of the paragraph, the plan horizon (十四五 -> 2025, 2021年工作安排 -> 2021) and the year
a review speaks of (2020年是收官之年 … 全年 = 2020).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from huangpu_tracker.documents.model import Document
from huangpu_tracker.extraction.classify import (
    FUTURE,
    PAST,
    Cue,
    cue_before,
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
from huangpu_tracker.extraction.model import HOME_ENTITY, Extraction, ReportedFigure, Target
from huangpu_tracker.extraction.sentences import Sentence, clause_bounds, split_sentences
from huangpu_tracker.extraction.years import plan_period

_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_PLAN_TITLE = re.compile(r"规划|纲要|建议|计划|方案")
_REVIEW_TITLE = re.compile(r"回顾|总结|成就|盘点")
_OPENING_YEAR = re.compile(r"^[#\s【]*((?:19|20)\d{2})\s*年")


@dataclass
class ArticleState:
    """What the reader knows at the current sentence of an article."""

    year: int | None
    body: str
    names: dict[str, str]
    tense: str | None = None
    horizon: int | None = None
    period_start: int | None = None
    past_year: int | None = None
    default_tense: str | None = None  # a plan document speaks of the future unless it says otherwise
    targets: list[Target] = field(default_factory=list)
    actuals: list[ReportedFigure] = field(default_factory=list)


def extract_text(text: str, doc_year: int | None, issuer: str | None = None) -> Extraction:
    """Targets and reported figures of a bare text written in `doc_year` by `issuer`."""
    state = _extract_article(text, 0, len(text), doc_year, issuer, None)
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
            issuer = article.issuer or document.issuer
        state = _extract_article(document.text, start, end, _title_year(title, year), issuer, title)
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
    if match and (year is None or int(match.group(1)) <= year):
        return int(match.group(1))
    return year


def _main_body(issuer: str | None, mentions: list[Mention], headlines: list[Mention]) -> str:
    named = find_mentions(issuer) if issuer else []
    if named:
        return named[0].name
    return dominant_body(mentions, headlines) or HOME_ENTITY


def _extract_article(
    text: str, start: int, end: int, year: int | None, issuer: str | None, title: str | None
) -> ArticleState:
    body = text[start:end]
    sentences = split_sentences(body)
    mentions = find_mentions(body)
    headline_spans = [(s.start, s.end) for s in sentences if s.headline]
    in_headline = [m for m in mentions if any(a <= m.start < b for a, b in headline_spans)]
    names = full_names(mentions)
    state = ArticleState(year=year, body=_main_body(issuer, mentions, in_headline), names=names)
    state.horizon = year
    if title:
        title_cues = sentence_cues(title, year)
        _follow_cues(state, title_cues, at_start=True)
        if _PLAN_TITLE.search(title) and plan_period(title):
            state.default_tense = FUTURE
        elif any(cue.tense == PAST and cue.year is None for cue in title_cues):
            state.default_tense = PAST  # a review: 工作回顾, 五年来的成就
    previous_end = 0
    for sentence in sentences:
        new_paragraph = (
            "\n" in body[previous_end : sentence.start] and body[previous_end - 1 : previous_end] in "。！？"
        )
        if sentence.headline or opens_section(sentence.text):
            _enter_section(state, sentence.text)
        if new_paragraph or opens_section(sentence.text):
            state.tense = state.default_tense  # a new paragraph does not inherit the previous tense
        previous_end = sentence.end
        if sentence.headline:
            _read_headline(state, sentence)
            continue
        _read_sentence(state, text, start, sentence)
    return state


def _enter_section(state: ArticleState, heading: str) -> None:
    """一、2020年工作回顾 / 三、2021年工作安排: a section heading sets the tense of what follows."""
    strong = [cue for cue in sentence_cues(heading, state.year) if not cue.weak]
    tense = paragraph_tense(strong, None)
    if tense is not None:
        state.default_tense = tense


def _read_headline(state: ArticleState, sentence: Sentence) -> None:
    if opens_programme(sentence.text):
        state.default_tense = FUTURE
    state.tense = state.default_tense
    named = headline_body(sentence.text)
    if named:
        state.body = state.names.get(named, named)
    opening_year = _OPENING_YEAR.match(sentence.text)
    if opening_year and not _REVIEW_TITLE.search(sentence.text):
        # 【2022年…】新闻标题 / 2022年政府工作报告: a new article of that year starts here.
        state.year = state.horizon = int(opening_year.group(1))
    _follow_cues(state, sentence_cues(sentence.text, state.year), at_start=True)


def _follow_cues(state: ArticleState, cues: list[Cue], at_start: bool = False, opening_end: int = 3) -> None:
    """Plan horizons, current-year programmes and reviewed years announced by a sentence.

    `opening_end`: end of the sentence's opening clause, where a review names its years
    (2019年至2023年，… / 五年来，…).
    """
    for cue in cues:
        if cue.tense == FUTURE and cue.period_start is not None:
            state.horizon, state.period_start = cue.year, cue.period_start
        elif (
            cue.tense == FUTURE
            and cue.year is not None
            and cue.year == state.year
            and (at_start or cue.pos <= 2)
        ):
            state.horizon, state.period_start = cue.year, None
        elif cue.tense == PAST and cue.pos <= opening_end:
            # 2020年是收官之年 / 五年来 / 过去的一年 opening a sentence: the year a review speaks of.
            if cue.year is not None:
                state.past_year = cue.year
            elif state.year is not None:
                state.past_year = state.year - 1


def _read_sentence(state: ArticleState, text: str, offset: int, sentence: Sentence) -> None:
    if opens_programme(sentence.text):
        state.default_tense = FUTURE  # the rest of the article sets out the plan
    cues = sentence_cues(sentence.text, state.year)
    _follow_cues(state, cues, opening_end=clause_bounds(sentence.text, 0)[1])
    context = FigureContext(
        sentence=sentence.text,
        offset=offset + sentence.start,
        document_text=text,
        body=state.body,
        names=state.names,
    )
    for item in sentence_figures(context):
        tense, cue = cue_before(cues, item.figure.start, state.tense)
        if tense == FUTURE and item.goal_like:
            target_year = _target_year(state, cues, cue, item.figure.start)
            period_start = _period_start(state, cue, item.kind, target_year)
            state.targets.append(item.as_target(target_year, period_start, explicit=cue is not None))
        elif tense == PAST and item.goal_like:
            in_clause = cue is not None and cue.pos >= item.clause_start
            state.actuals.append(item.as_reported(_reported_year(state, cue if in_clause else None)))
    # A review goes on for a whole paragraph; a forward cue carries to the next sentence only.
    if cues:
        state.tense = paragraph_tense(cues, state.tense)
    elif state.tense != PAST:
        state.tense = state.default_tense


def _target_year(state: ArticleState, cues: list[Cue], cue: Cue | None, pos: int) -> int | None:
    if cue is not None and cue.year is not None and cue.tense == FUTURE:
        return cue.year
    years = [c for c in cues if c.pos <= pos and c.tense == FUTURE and c.year is not None]
    if years:
        return years[-1].year
    if any(c.annual for c in cues if c.pos <= pos):
        return state.year
    return state.horizon


def _period_start(state: ArticleState, cue: Cue | None, kind: str, target_year: int | None) -> int | None:
    if kind not in ("avg_growth", "cumulative"):
        return None
    if cue is not None and cue.period_start is not None:
        return cue.period_start
    if state.period_start is not None and target_year == state.horizon:
        return state.period_start
    return state.year


def _reported_year(state: ArticleState, cue: Cue | None) -> int | None:
    if cue is not None and cue.year is not None and cue.tense == PAST:
        return cue.year
    if state.past_year is not None:
        return state.past_year
    return state.year - 1 if state.year else None
