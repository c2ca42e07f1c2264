"""What the reader knows along an article, and the years it gives a figure.

The tense of the paragraph, the plan horizon (十四五 -> 2025, 2021年工作安排 -> 2021), the year a
review speaks of (2020年是收官之年 … 全年 = 2020), the year a paragraph opens on (展望2035年) and
the body the text is about at this point (the last body named as the one acting).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from huangpu_tracker.chinese.han import HAN
from huangpu_tracker.extraction.allocation_tables import AllocationReader
from huangpu_tracker.extraction.classify import FUTURE, PAST, Cue
from huangpu_tracker.extraction.entities import Mention, find_mentions, sentence_subjects, source_body
from huangpu_tracker.extraction.kinds import POINTS
from huangpu_tracker.extraction.model import Kind, ReportedFigure, Target
from huangpu_tracker.extraction.table_reader import TableReader
from huangpu_tracker.extraction.years import year_mentions
from huangpu_tracker.home import home_name
from huangpu_tracker.places.gazetteer import REGION
from huangpu_tracker.places.owner import inside

_HORIZON_OPENING = re.compile(
    r"^(?:[^，,。；]{0,8}?(?:介绍|据悉|了解|提出|明确|指出)[，,：:]\s*)?"  # 据介绍，到2012年，…
    r"(?:力争|确保|争取|预计|计划)?(?:展望|到|至|面向)?\s*(?:(?:19|20)\d{2}|[〇零一二][〇零一二三四五六七八九]{3})\s*年(?:底|末)?\s*[，,]"
)


@dataclass
class ArticleState:
    """What the reader knows at the current sentence of an article."""

    year: int | None
    body: str
    names: dict[str, str]
    tense: str | None = None
    horizon: int | None = None
    programme_year: int | None = None  # 《2014年要完成的…实事》 published in 2013: the programme's year
    period_start: int | None = None
    past_year: int | None = None
    default_tense: str | None = None  # a plan document speaks of the future unless it says otherwise
    section_tense: str | None = None  # the tense the last section heading set (二、2020年工作重点)
    years_work: bool = False  # the section is one year's work (二、2020年主要工作)
    term_opens: bool = False  # a report to a new congress's first session: a government's term begins
    plan: tuple[int, int] | None = None  # the five-year plan the article is about (from its title)
    paragraph_year: int | None = None  # 展望2035年，…。 sets the year of the paragraph's goals
    inclusive: bool = False  # 未来五年 counts the text's own year as the first (years.next_years)
    # (horizon, period start) a heading, title or lead-in set for the block; paragraphs return to it
    block_horizon: tuple[int | None, int | None] = (None, None)
    # (horizon, period start) to return to after a sentence naming a span of its own (通过3年努力)
    sentence_span: tuple[int | None, int | None] | None = None
    uncued: int = 0  # sentences in a row without any tense cue
    line_metric: str | None = None  # the indicator of the last one-item line (a list going on)
    list_metric: str | None = None  # the indicator of the last list of bodies with bracketed figures
    # a table of tasks with columns of the units answerable (牵头单位, 协同单位): a cell naming a town
    # or a zone names who does the work, not whose goal it is
    unit_columns: bool = False
    # the growth indicator a roundup of bodies' goals compares (31省份GDP目标: 海南为9.5%左右), or None
    roundup_metric: str | None = None
    line_year: int | None = None  # the year the last one-item lines named
    table: TableReader = field(default_factory=TableReader)  # the text table being read
    allocation: AllocationReader = field(default_factory=AllocationReader)  # …目标分解表 being read
    main_body: str = ""  # the body the article is about; `body` follows the bodies named along it
    chapters: bool = False  # divided into chapters (第三十四章): a plan, whose lines naming a county are rows
    voice: str | None = None  # the body the speaker of this paragraph speaks for (a dialogue's)
    main_area: str | None = None  # the home sub-area its title or opening line is about
    mentions: list[Mention] = field(default_factory=list)  # bodies named in the article, in order
    targets: list[Target] = field(default_factory=list)
    actuals: list[ReportedFigure] = field(default_factory=list)
    possible: list[Target] = field(default_factory=list)  # goal-like figures with no tense evidence


_SHORT_OPENING = 8  # an opening clause this short only introduces the sentence (报告指出，…)
_LEAD_REACH = 4  # how far past its opening clause a lead-in names its block's deadline (第一步，到2020年)


def _lead_in_deadline(sentence: str, pos: int, opening_end: int) -> bool:
    """第一步，到2020年…: a year written near the start of a lead-in (not 做好明年工作，…以下六方面)."""
    return pos <= opening_end + _LEAD_REACH and any(m.start == pos for m in year_mentions(sentence))


def follow_cues(
    state: ArticleState,
    cues: list[Cue],
    at_start: bool = False,
    opening_end: int = 3,
    lead_in: bool = False,
    lead_end: int = 0,
    lead_in_text: str = "",
) -> None:
    """Plan horizons, current-year programmes and reviewed years announced by a sentence.

    `opening_end`: end of the sentence's opening clause, where a review names its years
    (2019年至2023年，… / 五年来，…); `lead_in`: the sentence (`lead_in_text`) opens a block of goals;
    `lead_end`: end of who says it (报告指出，), before the opening clause.
    """
    programme = False  # 2023年，…主要预期目标是：锚定“十四五”期间…: this year's goals, the plan a context
    spans = lead_in and any(cue.tense == FUTURE and cue.period_start is not None for cue in cues)
    for cue in cues:
        if cue.tense == FUTURE and cue.period_start is not None and (at_start or not cue.weak):
            if programme:
                continue
            # 十四五期间, 未来五年, a title or heading naming the plan; a plan named in passing in a
            # sentence (实施“十四五”规划的关键一年) is no horizon, nor a span deep in a sentence
            # after the opening clause of a sentence that is no lead-in (…发展，力争通过3年努力，培育…),
            # which holds for that sentence only
            if not (at_start or lead_in or cue.pos <= opening_end) and state.sentence_span is None:
                state.sentence_span = (state.horizon, state.period_start)
            state.horizon, state.period_start = cue.year, cue.period_start
        elif (
            cue.tense == FUTURE
            and ((cue.year is not None and cue.year == state.year) or (cue.annual and cue.year is None))
            # … or just after a short opening clause (报告指出，2021年是…第一年)
            and (
                at_start
                or cue.pos <= lead_end + 2
                or (cue.year is not None and opening_end <= _SHORT_OPENING and cue.pos <= opening_end + 2)
            )
        ):
            # 2026年工作安排 / 今年是“十五五”开局之年，…: this year's programme begins, for the block
            programme = True
            state.horizon, state.period_start = state.year, None
            state.block_horizon = (state.year, None)
        elif (
            (at_start or (lead_in and not spans and _lead_in_deadline(lead_in_text, cue.pos, opening_end)))
            and cue.tense == FUTURE
            and cue.year is not None
            and cue.year > (state.year or cue.year)
        ):
            # 某省：2025年将培育100万家企业 / …时间表 2020年基本实现: a title or heading naming the
            # deadline of the goals below it; 第一步，到2020年…: a lead-in naming that of its block
            state.horizon = cue.year
        elif cue.tense == PAST and cue.pos <= opening_end:
            # 2020年是收官之年 / 五年来 / 过去的一年 opening a sentence: the year a review speaks of.
            if cue.year is not None:
                state.past_year = cue.year
            elif state.year is not None:
                state.past_year = state.year - 1


def open_horizon(state: ArticleState, sentence: str) -> None:
    """展望2035年，…将基本实现现代化。 A sentence whose opening clause is a future year, or with a
    clause 到2027年， after others (…开展专项行动，到2027年，…), sets the year of the goals that
    follow in its paragraph."""
    clauses = list(_HORIZON_CLAUSE.finditer(sentence))
    opening = _HORIZON_OPENING.match(sentence) or (clauses[-1] if clauses else None)
    if opening is None or state.year is None:
        return
    year = year_mentions(opening.group())[0].year
    if year > state.year:
        state.paragraph_year = year


_HORIZON_CLAUSE = re.compile(r"[，,：:]\s*(?:到|至)\s*((?:19|20)\d{2})\s*年(?:底|末)?\s*[，,]")


def goal_kind(
    state: ArticleState,
    cues: list[Cue],
    cue: Cue | None,
    kind: Kind,
    pos: int,
    unit: str = "",
    each_year: bool = False,
) -> Kind:
    """New additions set for a plan period (今后五年…新建改建农村公路300公里) are a sum over it, unless
    set for each year of it (`each_year`: 每年新增100家); a change in percentage points (比重提高5个
    百分点) is a change of a level, never a sum."""
    if kind != "increment" or unit in POINTS or each_year or any(c.annual for c in cues if c.pos <= pos):
        return kind
    if cue is not None and cue.period_start is not None:
        return "cumulative"
    ahead = cue is not None and cue.year is not None and state.year is not None and cue.year > state.year + 1
    if ahead and cue is not None and cue.by:
        return "cumulative"  # 到2030年新增… set in 2026: the years' additions until then (not 2028年新增)
    explicit_year = cue is not None and cue.year is not None
    own_year = state.paragraph_year is None or state.paragraph_year == state.horizon
    if not explicit_year and own_year and state.period_start is not None:
        return "cumulative" if state.horizon is not None and state.horizon > state.period_start else kind
    return kind


def goal_year(
    state: ArticleState, cues: list[Cue], cue: Cue | None, pos: int, scope: tuple[int, int] = (0, 0)
) -> int | None:
    """The year a goal at sentence offset `pos` is set for (its cue, the year spoken of, the horizon).

    `scope`: (start of the figure's clause, end of the sentence's opening clause). A year named in
    another clause (今后五年，全区力争2026年建成枢纽，城镇化率达到75%) is that clause's own; a year
    opening the sentence (到2025年，…) or a period (今后五年) holds for all of it.
    """
    clause_start, opening_end = scope

    def holds(c: Cue) -> bool:
        return c.pos >= clause_start or c.pos < opening_end or c.period_start is not None or c.bare

    if cue is not None and cue.year is not None and cue.tense == FUTURE and holds(cue):
        return cue.year
    if any(c.annual and c.pos >= clause_start for c in cues if c.pos <= pos):
        return state.year  # …围绕“十四五”规划实施…，全年省市重点项目完成投资8000亿元: this year's
    years = [c for c in cues if c.pos <= pos and c.tense == FUTURE and c.year is not None and holds(c)]
    if years:
        return years[-1].year
    if any(c.annual and holds(c) for c in cues if c.pos <= pos):
        return state.year  # 全年… in the figure's clause or opening the sentence
    return state.paragraph_year or state.horizon


def goal_period_start(
    state: ArticleState, cue: Cue | None, kind: Kind, target_year: int | None
) -> int | None:
    """First year of the period a sum or an average growth rate runs over; None for other kinds."""
    if kind not in ("avg_growth", "cumulative"):
        return None
    if cue is not None and cue.period_start is not None:
        return cue.period_start
    if state.period_start is not None and target_year == state.horizon:
        return state.period_start
    return state.year


def record_year(state: ArticleState, cue: Cue | None) -> int | None:
    """The year a reported figure describes: its cue's year, the year under review, or last year."""
    if cue is not None and cue.year is not None and cue.tense == PAST:
        return cue.year
    if state.past_year is not None:
        return state.past_year
    return state.year - 1 if state.year else None


# 全区…, 我市… opening a sentence: the article's own body acts again.
_OWN_BODY = re.compile(
    r"^[\s“]*(?:\d{4}\s*年[，,]?|今年|全年|同时[，,]?)?\s*(?:全|我|本)(?P<level>区|市|县|州|盟|旗)"
)


def sentence_mentions(state: ArticleState, start: int, end: int) -> list[Mention]:
    """The bodies named in article text [start, end) (found once for the whole article), offsets
    counted from `start`."""
    index = bisect_left(state.mentions, start, key=lambda m: m.start)
    mentions = []
    while index < len(state.mentions) and state.mentions[index].start < end:
        mention = state.mentions[index]
        mentions.append(replace(mention, start=mention.start - start, end=mention.end - start))
        index += 1
    return mentions


# 郑州的主要预期目标是…: a body named as the owner of the goals, even by its short name
_GOALS_OF = re.compile(r"的?(?:经济社会发展|经济社会|发展)?的?(?:主要|预期|发展|年度|奋斗)*目标")


def follow_body(state: ArticleState, sentence: str, mentions: list[Mention]) -> None:
    """The body a sentence names as the one acting (科学城今年将… / 白云区计划…) is the body of the
    sentences after it, until another is named."""
    named = [mention for mention in mentions if _explicit(mention)]
    subjects = sentence_subjects(sentence, named) if named else []
    if subjects:
        _switch(state, subjects[-1][1].name)


def follow_goals_owner(state: ArticleState, sentence: str, mentions: list[Mention]) -> None:
    """2023年郑州的主要预期目标是… in a text about several cities: the body whose goals these are
    owns the sentences after it, named in full or by its short name."""
    owners = [m for m in mentions if not m.passing and m.level != REGION and _GOALS_OF.match(sentence, m.end)]
    if owners:
        _switch(state, owners[-1].name)


def _explicit(mention: Mention) -> bool:
    """知识城, 白云区 name a body; 区属企业 is any district's, 黄埔企业 and 广州市场 only use a short name;
    a region (京津冀协同发展…) is the setting of a province's or city's goals, not their owner."""
    return not mention.loose and mention.end - mention.start > 2 and mention.level != REGION


def _switch(state: ArticleState, body: str) -> None:
    if body != home_name() and inside(body, state.main_body) is False and inside(state.main_body, body):
        return  # 为长春市…作贡献 in 长春高新区's text: the city is the zone's context, not a new owner
    state.body = state.names.get(body, body) if body != home_name() else body


def speakers(text: str) -> dict[str, str]:
    """A dialogue's roster (李亚飞（黑龙江省哈尔滨市人民政府副秘书长…） on a line of its own): the body
    each speaker speaks for, the last one named in the brackets."""
    roster = {}
    for line in _ROSTER_LINE.finditer(text):
        named = [
            mention for mention in find_mentions(line.group(2)) if not (mention.passing or mention.deictic)
        ]
        if named:
            roster[_WHITESPACE.sub("", line.group(1))] = named[-1].name
    return roster


def speaker_body(state: ArticleState, sentence: str, roster: dict[str, str], new_paragraph: bool) -> None:
    """李亚飞：今年，哈尔滨会… : what a listed speaker says is for the body the speaker speaks for,
    to the end of the paragraph (`new_paragraph`: the sentence opens one)."""
    speaker = _SPEAKER.match(sentence)
    body = roster.get(_WHITESPACE.sub("", speaker.group(1))) if speaker else None
    if body is not None:
        state.voice = body
        _switch(state, body)
    elif new_paragraph:
        state.voice = None


_NAME = rf"{HAN}(?:[ \t\u3000]*{HAN}){{1,3}}"  # 李亚飞, 王  洋
_ROSTER_LINE = re.compile(
    rf"^[ \t\u3000]*({_NAME})[ \t\u3000]*[（(]([^（）()\n]{{4,60}})[）)][ \t\u3000\r]*$", re.M
)
_SPEAKER = re.compile(rf"^\s*({_NAME})[ \t\u3000]*[：:]")
_WHITESPACE = re.compile(r"\s")


def own_body(state: ArticleState, sentence: str, mentions: list[Mention]) -> None:
    """Before a sentence's figures: the body it speaks for (记者从黄埔区获悉，…), or 全市… after a
    district's paragraph in a city's text: the city acts again (全区 stays with that district)."""
    source = source_body(sentence, [mention for mention in mentions if _explicit(mention)])
    if source is not None:
        _switch(state, source.name)
        return
    own = _OWN_BODY.match(sentence)
    if own and not state.body.endswith(own.group("level")) and state.main_body.endswith(own.group("level")):
        state.body = state.main_body
