"""One sentence's figures with what they measure, how they are bound, and whose they are."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from huangpu_tracker.chinese.han import HAN
from huangpu_tracker.chinese.segment import tagged
from huangpu_tracker.extraction.classify import (
    SET_BY_SUPERIOR,
    compares_goals,
    counts_listed_names,
    counts_things_acted_on,
    describes_a_project,
    doubts,
    is_name,
    is_policy_parameter,
    is_prepositional,
    names_a_policy,
    quoted_spans,
    reports_progress,
    speaks_of_many_bodies,
)
from huangpu_tracker.extraction.comparators import comparator_for, qualifier_for
from huangpu_tracker.extraction.entities import Mention, find_mentions, plans_next, sentence_subjects
from huangpu_tracker.extraction.kinds import kind_for
from huangpu_tracker.extraction.metrics import metrics_for, paired_members
from huangpu_tracker.extraction.model import QUOTE_MAX, Comparator, Kind, ReportedFigure, Target
from huangpu_tracker.extraction.numbers import Figure, figures_in
from huangpu_tracker.extraction.reported_kind import reported_kind
from huangpu_tracker.extraction.sentences import CLAUSE_END, clause_bounds
from huangpu_tracker.extraction.years import speaks_of_years
from huangpu_tracker.home import home_name
from huangpu_tracker.places.gazetteer import REGION

_ANNUAL = re.compile(r"全年|今年|年内|本年度")
# Words binding the next figure of a clause, and thresholds before a figure that names a class.
_BOUND_BEFORE_NEXT = re.compile(
    r"(?:达到|达|超过|超|不低于|不少于|不超过|突破|控制在|保持在|稳定在|提高到|提升到|增加到|为)\s*$"
)
_THRESHOLD_BEFORE = re.compile(r"(?:超过|超|过|达)$")
# 覆盖率=签约人数/常住人口数*100%, 基本包=1: a term of a formula, no figure of its own
_IN_FORMULA = re.compile(r"[*×÷=＝]\s*$")
# 民生实事项目包括环境改善类4项、公共安全类3项: how many of the programme's items are of each class
_ALTITUDE = re.compile(r"海拔(?:高度)?(?:在)?\s*$")  # 海拔1500米以上的学校: where, not how much
_OF_A_CLASS = re.compile(rf"{HAN}类\s*$")
_EACH_OPENS = re.compile(r"\s*(?:分别|各自)")
_EACH_KEEPS = re.compile(r"^\s*(?:分别|各自)(?:保持|实现)?")
_ASPECTS = re.compile(r"在([^，,；;。]{2,40}?)等?方面[，,]?\s*$")


@dataclass(frozen=True)
class FigureContext:
    """A sentence and where it sits: offsets of figures are made absolute with `offset`."""

    sentence: str
    offset: int
    document_text: str
    body: str  # the body the surrounding text is about
    names: dict[str, str]  # short body name -> fullest name seen in the article
    mentions: list[Mention] | None = None  # bodies named in the sentence (offsets in it), if known
    area: str | None = None  # the home sub-area the article is about (中新广州知识城三年行动计划)
    # a list line that goes on with the indicator of the line before it (⏎2020年达到3800亿元左右)
    previous_metric: str | None = None
    # the indicator of the last list of bodies with figures in brackets (GDP增长目标为：湖北（10%）…)
    list_metric: str | None = None
    # the growth indicator a roundup of many bodies' goals compares (各省GDP增长目标: 海南为9.5%左右)
    roundup_metric: str | None = None


@dataclass(frozen=True)
class FigureItem:
    """A figure read in its sentence, ready to become a target or a reported figure."""

    figure: Figure
    metric: str
    kind: Kind
    comparator: Comparator
    qualifier: str
    entity: str
    area: str | None
    quote_start: int
    quote_end: int
    context: FigureContext
    goal_like: bool
    confidence: float
    clause_start: int  # offset of the figure's clause in the sentence
    listed: bool = False  # one of a list of bodies with their figures in brackets
    rostered: bool = False  # a body's figure in a roundup of GDP goals (海南为9.5%左右)

    @property
    def goal_shaped(self) -> bool:
        """Worded as a goal even without a cue: bounded (以上, 控制在), an addition or a rate of change."""
        return self.comparator != "reach" or self.kind != "level"

    @property
    def quote(self) -> str:
        return self.context.document_text[self.quote_start : self.quote_end]

    def as_target(self, target_year: int | None, period_start: int | None) -> Target:
        """The figure as a target; its confidence is set from the evidence (confidence.py)."""
        figure = self.figure
        return Target(
            entity=self.entity,
            area=self.area,
            metric=self.metric,
            kind=self.kind,
            comparator=self.comparator,
            value=figure.value,
            value_hi=figure.value_hi,
            unit=figure.unit,
            target_year=target_year,
            period_start=period_start,
            quote=self.quote,
            start=self.quote_start,
            end=self.quote_end,
            sentence=self.context.sentence,
            confidence=self.confidence,
        )

    def as_reported(self, year: int) -> ReportedFigure:
        return ReportedFigure(
            entity=self.entity,
            area=self.area,
            metric=self.metric,
            year=year,
            value=self.figure.value,
            unit=self.figure.unit,
            qualifier=self.qualifier,
            quote=self.quote,
            start=self.quote_start,
            end=self.quote_end,
            sentence=self.context.sentence,
            confidence=round(self.confidence, 2),
            kind=reported_kind(self.context.sentence[self.clause_start : self.figure.end], self.figure.unit),
        )


def _size_class_modifier(
    figure: Figure, preceding: Figure | None, following: Figure | None, sentence: str
) -> bool:
    """百亿级项目超30个 / 5个以上千亿级产业集群: the size class only qualifies the counted items."""
    if not figure.level:
        return False
    if preceding is not None and preceding.is_count and not sentence[preceding.end : figure.start].strip():
        return True
    if following is None or not following.is_count:
        return False
    between = sentence[figure.end : following.start]
    return not any(mark in between for mark in CLAUSE_END + "、。")


# 一大三千亿级 / 4个万亿级 / 迈入万亿级: a size class that is counted or reached
_CLASS_COUNTED = re.compile(
    r"(?:[一二两三四五六七八九十\d]+\s*[个大家座条]|迈入|迈上|跨入|突破|达到|成为|形成|跻身|进入)\s*$"
)


def _unquantified_class(figure: Figure, sentence: str) -> bool:
    """打造一批千亿级企业 / 发挥千亿级开发区作用 / 30万千瓦级机组: a size class naming the things,
    neither counted nor reached, is no goal's value."""
    return figure.level and not _CLASS_COUNTED.search(sentence[max(0, figure.start - 6) : figure.start])


# 消除村集体收入5万元以下的村: a threshold naming a class of things, not a value to reach
_THRESHOLDS = ("以下", "以内", "及以下", "以上", "及以上")
_THRESHOLD_WORD = re.compile(r"\s*(?:以下|以内|及以下|以上|及以上)")
_CLASS_OF_THINGS = re.compile(r"\s*(?:以下|以内|及以下|以上|及以上)?\s*的(?!目标|水平|速度|增长|增幅|规模)")


def _threshold_of_a_class(figure: Figure, sentence: str) -> bool:
    """5万元以下的村 / 10亿元以上的县: a threshold before 的 and the things it sorts out. A share
    (60%以上的县级机构达标) is no threshold, unless a rate names it (增速10%以上的企业)."""
    end = figure.end
    below = _SIZE_BELOW.match(sentence, end) or (
        figure.suffix.endswith("以下") and _NAME_NEXT.match(sentence, end)
    )
    bounded = _BOUND_VERB.search(sentence, max(0, figure.start - 4), figure.start)  # 控制在800万吨以下水平
    if below and not (bounded or figure.is_count or figure.unit.endswith(_NOT_SIZES)):
        return True  # 1200立方米以下高炉, 120万吨/年以下球团设备: the size of the plants to close
    if not (figure.suffix in _THRESHOLDS or _THRESHOLD_WORD.match(sentence, end)):
        return False
    if figure.unit == "%" and not _RATE_BEFORE.search(sentence, max(0, figure.start - 8), figure.start):
        return False
    return bool(_CLASS_OF_THINGS.match(sentence, end))


# a size below which things are meant, written before their name (以下高炉, not 以下的, not 控制在…以下。)
_NOT_A_NAME = r"(?!的|水平|目标|并|范围|为宜|区域)"  # 控制在800万吨以下水平, 以下并保持稳定
_SIZE_BELOW = re.compile(rf"(?:/(?:年|小时))?\s*(?:及)?以下(?=[\u4e00-\u9fff]){_NOT_A_NAME}")
_NAME_NEXT = re.compile(rf"{_NOT_A_NAME}[\u4e00-\u9fff]")
_BOUND_VERB = re.compile(r"(?:控制|降|压减|压缩|减少|下降|稳定|保持|低|小)(?:在|至|到|于)\s*$")
_NOT_SIZES = ("元", "%", "‰", "倍", "百分点", "岁", "小时", "天")
_RATE_BEFORE = re.compile(r"(?:增速|增长|增幅|率|比重|占比|比例|下降|提高)[^，,；;。]{0,4}$")


_OTHER_CURRENCY_BEFORE = re.compile(r"(?:超过?|过|逾)[\d.]+[万亿]*元或$")


def _qualifies_next(figure: Figure, following: Figure | None, sentence: str) -> bool:
    """3岁以下婴幼儿托位数达到4.5个 / 投资超10亿元的项目不低于10个: a figure inside the name of what
    the next figure of the clause counts."""
    if following is None:
        return False
    between = re.sub(r"\s", "", sentence[figure.end : following.start])
    if between == "或" and following.unit.endswith("元"):
        return True  # 超3亿元或3000万美元项目37个: one threshold written in two currencies
    if not between or any(mark in between for mark in CLAUSE_END + "、。和及与"):
        return False
    # 的 / 以上 / a threshold before it (营收超百亿元企业达到10家), or after its other currency
    threshold = bool(
        _THRESHOLD_BEFORE.search(sentence[max(0, figure.start - 3) : figure.start])
        or _OTHER_CURRENCY_BEFORE.search(sentence, max(0, figure.start - 16), figure.start)
    )
    describes = between.startswith("的") or figure.suffix in ("以上", "以下") or threshold
    if between.startswith("的") and following.is_count and (between == "的" or _only_nouns(between[1:])):
        return True  # 面积超过10公顷的公园2个 / 营收过100亿元的5家: the count follows its noun directly
    if (threshold or figure.suffix == "以上") and following.is_count and _only_nouns(between):
        return True  # 营业收入超百亿元企业2至3家: a size threshold, then the counted noun
    return describes and bool(_BOUND_BEFORE_NEXT.search(between))


def _only_nouns(phrase: str) -> bool:
    words = tagged(phrase)
    return bool(words) and all(tag.startswith("n") or tag == "vn" for _, tag in words)


def _describes_following(figure: Figure, sentence: str) -> bool:
    """年满65岁的老人 / 3岁以下婴幼儿 / 24小时政务服务: an age or a duration describing what follows;
    only one ending its clause (人均预期寿命达到80岁, 通关时间压缩至20小时以内) is a quantity."""
    if figure.unit not in ("岁", "小时"):
        return False
    _, clause_end = clause_bounds(sentence, figure.start)
    return bool(sentence[figure.end : clause_end].strip())


_AMONG_BEFORE = re.compile(r"在(?:全国|全省|全市)?\s*$")
_AMONG_AFTER = re.compile(r"[^，,；;。\d]{0,14}?中(?:[，,]|[^，,；;。]{0,4}?(?:排名|位居|位列|居|列))")
_IDIOM_BEFORE = re.compile(r"(?:信心|精神|干劲)\s*$")  # 信心百倍: a word, no quantity


def _among(figure: Figure, sentence: str) -> bool:
    """在31个省区市中 / 在全国178家国家级高新区中排名第17: the field compared within, not a goal;
    信心百倍: an idiom."""
    before = sentence[max(0, figure.start - 3) : figure.start]
    if _IDIOM_BEFORE.search(before):
        return True
    return bool(_AMONG_BEFORE.search(before) and _AMONG_AFTER.match(sentence, figure.end))


def _owner(
    context: FigureContext,
    subjects: list[tuple[int, Mention]],
    mentions: list[Mention],
    pos: int,
    labelled: Mention | None = None,
) -> tuple[str, str | None]:
    """`labelled`: the body just before the figure's bracket (湖北（10%以上）), which owns it."""
    entity = context.body
    for start, subject in subjects:
        if start <= pos and subject.level != REGION:  # 京津冀… is the setting, not the owner
            entity = subject.name
    if labelled is not None:
        entity = labelled.name  # 湖北（10%以上）、海南（10%以上）: each body's figure in its brackets
    entity = context.names.get(entity, entity) if entity != home_name() else entity
    area = None
    if entity == home_name():
        clause_start, _ = clause_bounds(context.sentence, pos)
        first_clause_end = clause_bounds(context.sentence, 0)[1]
        quoted = quoted_spans(context.sentence)  # “万亿国资” names a plan, not the sector acting
        areas = [
            m
            for m in mentions
            if m.area
            and m.end <= pos
            and not any(a <= m.start < b for a, b in quoted)
            and not _in_examples(context.sentence, m)
        ]
        in_clause = [m for m in areas if m.start >= clause_start]
        opening = [m for m in areas if m.start < first_clause_end]
        chosen = in_clause or opening
        area = chosen[-1].area if chosen else None
        clause_end = clause_bounds(context.sentence, pos)[1]
        named = [m for m in mentions if clause_start <= m.start < clause_end or m.start < first_clause_end]
        if not named:  # a goal naming no body or area belongs to the sub-area the article is about
            area = context.area
    return entity, area


_BRACKET_OPEN = re.compile(r"[（(][^（()）]{0,4}$")


def _labelled_by(sentence: str, mentions: list[Mention], pos: int) -> Mention | None:
    """The body just before the bracket the figure at `pos` opens (湖北（10%以上）), if any."""
    opening = _BRACKET_OPEN.search(sentence, max(0, pos - 5), pos)
    if opening is None:
        return None
    return next((m for m in mentions if m.end == opening.start() and not m.deictic), None)


def _list_lead(sentence: str, pos: int) -> str | None:
    """The clause before the colon that opens a list of bodies with their figures in brackets
    (31省份GDP增长目标为：湖北（10%以上）、…), for the figure at `pos` in that list."""
    colon = max(sentence.rfind("：", 0, pos), sentence.rfind(":", 0, pos))
    if colon < 0:
        return None
    start = max(sentence.rfind(mark, 0, colon) for mark in "，,。；;\n") + 1
    return sentence[start:colon]


def _consumed(sentence: str, figure: Figure, metric: str) -> int:
    """3个示范社区和1个示范街: a label read after its figure is not the next figure's label."""
    after = sentence[figure.end :]
    start = figure.end + len(after) - len(after.lstrip())
    for size in range(len(metric), 1, -1):
        if sentence.startswith(metric[-size:], start):
            return start + size
    return 0


def _in_examples(sentence: str, mention: Mention) -> bool:
    """知识城南方医院、…等7家医院: a name listed as an example, not the area acting."""
    _, clause_end = clause_bounds(sentence, mention.start)
    return "等" in sentence[mention.end : clause_end]


def _quote_bounds(sentence: str, figure: Figure, clause: tuple[int, int]) -> tuple[int, int]:
    start, end = clause
    if end - start > QUOTE_MAX:
        start = max(start, figure.start - (QUOTE_MAX - (figure.end - figure.start)) // 2)
        end = min(end, start + QUOTE_MAX)
    while start < figure.start and sentence[start] in " \n\t\u3000“":
        start += 1
    while end > figure.end and sentence[end - 1].isspace():
        end -= 1
    return start, end


# 我省经济增长预期目标是，…: the indicator named before the goal (not 2025年主要预期目标是：)
_GOAL_TOPIC_BEFORE = re.compile(
    r"(?P<topic>[^，,。；;：:]{0,16}?(?:经济增长|经济增速|生产总值|GDP|经济总量|收入|投资))(?:预期)?目标(?:是|为)\s*[，,：:]\s*$"
)


def _borrowed_metric(
    figures: list[Figure], index: int, sentence: str, clause_end: int, previous: str | None, growth: bool
) -> list[str]:
    """一大三千亿级、两大两千亿级、四大千亿级产业集群: earlier members take the list's head noun."""
    for later in range(index + 1, len(figures)):
        figure = figures[later]
        if figure.start >= clause_end:
            break
        next_start = figures[later + 1].start if later + 1 < len(figures) else len(sentence)
        metrics = metrics_for(
            figure, "", sentence[figure.end : min(clause_end, next_start)], "", previous, growth
        )
        if metrics:
            return metrics
    return []


_PAIR_JOIN = re.compile(r"\s*(?:、|和|及|与|，|,)\s*")


def sentence_figures(context: FigureContext) -> Iterator[FigureItem]:
    """Every quantity of the sentence that is not a name, once per metric it serves; figures listed
    with 分别 (分别增长8.5%、10%以上) share the kind and the bound of the list."""
    items = list(_figures(context))
    yield from _share_pairs(items, context.sentence)


def _share_pairs(items: list[FigureItem], sentence: str) -> list[FigureItem]:
    groups: list[list[int]] = []
    for index, item in enumerate(items):
        previous = items[index - 1] if index else None
        joined = (
            previous is not None
            and previous.figure.end <= item.figure.start
            and _PAIR_JOIN.fullmatch(sentence, previous.figure.end, item.figure.start) is not None
            and "分别" in sentence[previous.clause_start : previous.figure.start]
        )
        if joined and groups and groups[-1][-1] == index - 1:
            groups[-1].append(index)
        elif joined:
            groups.append([index - 1, index])
    for group in groups:
        first = items[group[0]]
        members = paired_members(sentence[first.clause_start : first.figure.start], len(group))
        if members is None and _EACH_OPENS.match(sentence, first.clause_start) and first.clause_start > 1:
            # 在A、B、C方面，分别增长20%、13%和14%: the members named in the clause before
            prior = sentence[clause_bounds(sentence, first.clause_start - 2)[0] : first.clause_start]
            aspects = _ASPECTS.search(prior)
            if aspects is not None:
                opening = aspects[1] + _EACH_KEEPS.sub(
                    "分别", sentence[first.clause_start : first.figure.start]
                )
                members = paired_members(opening, len(group))
        for member, i in zip(members or [], group, strict=False):
            # 粮食和蔬菜产量分别达到30万吨、45万吨: each figure the indicator of its member
            growth = items[i].kind in ("growth", "avg_growth") or first.kind in ("growth", "avg_growth")
            labels = metrics_for(items[i].figure, member, "", "", None, growth)
            if labels:
                items[i] = replace(items[i], metric=labels[0])
        bound = next((items[i].comparator for i in reversed(group) if items[i].comparator != "reach"), None)
        for i in group:
            item = items[i]
            kind = first.kind if item.kind == "level" and first.kind != "level" else item.kind
            comparator = (
                bound if item.comparator == "reach" and bound and bound != "range" else item.comparator
            )
            items[i] = replace(item, kind=kind, comparator=comparator)
    # 化学需氧量、二氧化硫排放量分别削减8%和1.04%: a figure paired with one member serves that one
    paired = {i for group in groups for i in group}
    in_pairs = {id(items[i].figure) for i in paired}
    return [item for i, item in enumerate(items) if i in paired or id(item.figure) not in in_pairs]


# 31个省区市经济增长预期目标均已出炉: the goal a roundup of bodies gives each of them
GDP_GOAL_TOPIC = re.compile(
    r"(?:GDP|地区生产总值|经济增长|经济增速)[^，。；,]{0,4}?(?:增长|增速)?(?:预期)?目标"
)
GDP_GROWTH = "地区生产总值增速"
# 海南为9.5%左右 / 江西、新疆为7%左右 / 广东设定为5.5%左右: bodies and the figure each is given
_ROSTER_VERB = re.compile(  # 信阳的预期目标是增长7%以上 (its quotes blanked): the growth verb too
    r"(?:均|都)?(?:为|是|设定为|确定为|定为|设为|设定在|定在|锚定为?)\s*(?:增长)?\s*$"
)
_ROSTER_LABEL = re.compile(r"(?:^|\n)(?P<names>[^，,。；;：:\n]{2,12})[：:]\s*$")
_TIME_AND_TOPIC = re.compile(
    rf"(?:(?:今年|明年|(?:19|20)\d{{2}}年)的?)?(?:{GDP_GOAL_TOPIC.pattern}|(?:增长|增速)(?:预期)?目标)"
)
# 濮阳、信阳的预期目标是…: in a roundup, the goal of the bodies named
_THEIR_GOAL = re.compile(r"的?(?:预期)?目标")
# 从“规模以上工业增加值”方面来比较, 从固定资产投资增长目标对比来看: the indicator a roundup turns to
ROUNDUP_TOPIC = re.compile(
    r"从(?:各(?:地|省份?|市|县|区|城市)的?|全[省市县区])?[“\"]?(?P<topic>[\u4e00-\u9fffA-Z]{2,12}?)[”\"]?(?:增长|增速)?(?:预期)?(?:目标)?(?:方面)?(?:对比|比较)?来?(?:看|比较|对比)"
)
# 开封、洛阳等市也将…, 海南、西藏均把…: the words joining the bodies of a roster to their verb
_ROSTER_JOINS = re.compile(
    r"以及|[、和及与，,\s]|其中|其余|另外|等(?:省份|城市|地区|市|省|地)|(?<![人平])[均都也亦则][将把]?|^[将把]"
)


def _roster(
    sentence: str, mentions: list[Mention], clause_start: int, figure: Figure, roundup: bool
) -> tuple[list[str], int]:
    """The bodies a clause gives the figure to (江西、新疆为7%左右; a roundup's line 重庆：13.5%), when
    its words before the figure are only their names and a verb of setting or a colon, and where
    their names start; else ([], clause_start)."""
    before = sentence[clause_start : figure.start]
    if figure.unit != "%" or "年均" in before:  # 广州GDP年均增长目标为7.5%: an average, read as such
        return [], clause_start
    verb = _ROSTER_VERB.search(before)
    label = _ROSTER_LABEL.search(sentence, 0, clause_start) if not before.strip() else None
    opens_on_verb = verb is not None and verb.start() == 0
    last = _NAMED_LAST.search(sentence, 0, clause_start) if opens_on_verb else None
    if roundup and last is not None:  # 目标最高的是海南，定在6%以上
        return [m.name for m in mentions if m.end == last.end("name") and not m.deictic][:1], last.start(
            "name"
        )
    same = _SAME_GOAL.search(sentence, 0, clause_start) if opens_on_verb and roundup else None
    if same is not None and (sharing := _names_only(sentence, mentions, *same.span("names"))):
        return sharing, same.start("names")  # 郑州、开封以及许昌的目标一致，均是增长7%
    if verb is not None:
        start, end = clause_start, clause_start + verb.start()
    elif label is not None:
        start, end = label.span("names")
    else:
        return [], clause_start
    named = [m for m in mentions if start <= m.start and m.end <= end]
    words = _words_besides(sentence, start, end, named)
    names_topic = bool(words) and bool(
        GDP_GOAL_TOPIC.fullmatch(words)
        or _TIME_AND_TOPIC.fullmatch(words)
        or (roundup and _THEIR_GOAL.fullmatch(words))  # 濮阳、信阳的预期目标是…: in a roundup, its topic
    )
    if not named or (words and not names_topic) or not (roundup or names_topic):
        return [], clause_start  # 北京、上海今年GDP目标均为6%: the topic may stand between
    return list(dict.fromkeys(m.name for m in named if not m.deictic)), start


def _words_besides(sentence: str, start: int, end: int, named: list[Mention]) -> str:
    """The words of sentence[start:end] other than the bodies `named` and the words joining them."""
    rest = list(sentence[start:end])
    for mention in named:
        rest[mention.start - start : mention.end - start] = [""] * (mention.end - mention.start)
    return _ROSTER_JOINS.sub("", "".join(rest))


def _roster_after(sentence: str, mentions: list[Mention], clause_end: int) -> tuple[list[str], int]:
    """多数省份将GDP增长目标定在5%左右，包括河南、福建、北京: the bodies a roundup lists after the
    figure, and where their list ends; else ([], clause_end)."""
    listed = _LISTED_AFTER.match(sentence, clause_end)
    if listed is None:
        return [], clause_end
    names = _names_only(sentence, mentions, *listed.span("names"))
    return (names, listed.end("names")) if names else ([], clause_end)


def _names_only(sentence: str, mentions: list[Mention], start: int, end: int) -> list[str]:
    """The bodies sentence[start:end] names when it holds nothing else (郑州、开封以及许昌), else []."""
    named = [m for m in mentions if start <= m.start and m.end <= end]
    if not named or _words_besides(sentence, start, end, named):
        return []
    return list(dict.fromkeys(m.name for m in named if not m.deictic))


# 目标最高的是海南，定在6%以上: the body a roundup names last, the clause after giving its figure
_NAMED_LAST = re.compile(rf"的是(?P<name>{HAN}{{2,8}})[，,]\s*$")
# 郑州、开封以及许昌的目标一致，均是…: the bodies of the clause before, sharing the goal after
_SAME_GOAL = re.compile(r"(?:^|[，,。；;])(?P<names>[^，,。；;]{2,60}?)的?目标(?:一致|相同)[，,]\s*$")
# ，包括河南、福建、北京等省份: the bodies given the figure before
_LISTED_AFTER = re.compile(
    r"[，,]\s*(?:包括|如|有)(?P<names>[^，,。；;]{2,60}?)(?:等(?:省份|城市|地区|[省市区县地]))?(?=[，,。；;]|$)"
)


# 目标任务, 州政府下达任务数, 年度约束性目标要求: words naming a goal, not what it measures
_ONLY_THE_GOAL = re.compile(
    rf"{SET_BY_SUPERIOR}(?:年度|全年度?)?(?:约束性|预期性)?(?:目标|任务|计划)(?:任务)?(?:数|要求)?(?:比例)?"
)


# 底线目标280亿元, 奋斗目标285亿元: the tier of a goal, not what it measures, which the topic names
_GOAL_TIER = re.compile(r"(?:底线|奋斗|保底|冲刺)(?:目标)?$")
_TOPIC_COLON = re.compile(rf"(?P<topic>{HAN}{{2,12}})\s*[：:][^：:]*$")  # 内联引资：底线目标…
_TOPIC_CLAUSE = re.compile(
    rf"(?:^|[。；;，,])\s*(?P<topic>{HAN}{{2,12}})\s*[，,]\s*$"
)  # …，加工贸易，底线目标


_EFFORT = ("全力", "奋力", "力争", "努力", "确保", "争取")  # 全力冲刺120亿元: how, not what


def _tier_topic(sentence: str, clause_start: int, previous_metric: str | None) -> str | None:
    """What a tier of goals (底线目标280亿元, 奋斗目标285亿元) measures: the topic before the colon,
    else the clause of words just before, else the metric of the figure before."""
    topic = _TOPIC_COLON.search(sentence, 0, clause_start) or _TOPIC_CLAUSE.search(sentence, 0, clause_start)
    return topic.group("topic") if topic else previous_metric


def _figures(context: FigureContext) -> Iterator[FigureItem]:
    sentence = context.sentence
    quoted = quoted_spans(sentence)
    figures = [
        f
        for f in figures_in(sentence)
        if not is_name(f, sentence, quoted)
        and not _IN_FORMULA.search(sentence, max(0, f.start - 2), f.start)
        and not (f.unit in ("项", "件") and _OF_A_CLASS.search(sentence, max(0, f.start - 2), f.start))
        and not _ALTITUDE.search(sentence, max(0, f.start - 4), f.start)
    ]
    figures = [
        f
        for i, f in enumerate(figures)
        if not _size_class_modifier(
            f, figures[i - 1] if i else None, figures[i + 1] if i + 1 < len(figures) else None, sentence
        )
        and not _qualifies_next(f, figures[i + 1] if i + 1 < len(figures) else None, sentence)
        and not _describes_following(f, sentence)
        and not describes_a_project(f, sentence, clause_bounds(sentence, f.start)[0])
        and not counts_listed_names(f, sentence, clause_bounds(sentence, f.start)[0])
        and not counts_things_acted_on(f, sentence, clause_bounds(sentence, f.start)[0])
        and not _unquantified_class(f, sentence)
        and not _threshold_of_a_class(f, sentence)
        and not _among(f, sentence)
        and not names_a_policy(f, sentence)
        and not compares_goals(f, sentence, clause_bounds(sentence, f.start)[0])
    ]
    if not figures:
        return
    mentions = find_mentions(sentence) if context.mentions is None else context.mentions
    subjects = sentence_subjects(sentence, mentions)
    subject_starts = {clause_start + subject.start for clause_start, subject in subjects}
    multi_year = speaks_of_years(sentence)
    annual = bool(_ANNUAL.search(sentence)) and not multi_year
    previous_metric = context.previous_metric
    previous_end = consumed_until = 0
    for index, figure in enumerate(figures):
        clause_start, clause_end = clause_bounds(sentence, figure.start)
        next_start = figures[index + 1].start if index + 1 < len(figures) else len(sentence)
        clause = sentence[clause_start:clause_end]
        before = sentence[clause_start : figure.start]
        kind_before = before
        if clause.startswith("其中"):
            previous_start, _ = clause_bounds(sentence, max(0, clause_start - 2))
            kind_before = sentence[previous_start : figure.start]
        after = sentence[figure.end : min(clause_end, next_start)]
        segment_start = max(clause_start, previous_end, consumed_until)
        for mention in mentions:  # 黄埔区、广州高新区研发投入强度: the indicator follows its owner
            # 生物岛力争…, 区属国企计划…: an acting sub-area is not part of the indicator
            acting = mention.area is None or mention.start in subject_starts or plans_next(sentence, mention)
            if (
                segment_start <= mention.start
                and mention.end <= figure.start
                and acting
                and not mention.passing
            ):
                segment_start = mention.end  # (占全市32%: a body named in passing is part of the indicator)
        segment = sentence[segment_start : figure.start]
        roster, names_start = _roster(
            sentence, mentions, clause_start, figure, context.roundup_metric is not None
        )
        names_end = clause_end
        if not roster and context.roundup_metric is not None:
            roster, names_end = _roster_after(sentence, mentions, clause_end)
        if roster:
            quote_start, quote_end = _quote_bounds(
                sentence, figure, (min(clause_start, names_start), max(clause_end, names_end))
            )
            for body in roster:  # 江西、新疆为7%左右: each body its own goal
                yield FigureItem(
                    figure, context.roundup_metric or GDP_GROWTH, "growth", comparator_for(figure, before),
                    qualifier_for(figure, before), body, None, context.offset + quote_start,
                    context.offset + quote_end, context, True, 0.6, clause_start, rostered=True,
                )  # fmt: skip
            previous_end = figure.end
            continue
        labelled = _labelled_by(sentence, mentions, figure.start)
        lead = _list_lead(sentence, figure.start) if labelled else None
        if lead is not None:
            segment = kind_before = lead  # GDP增长目标为：湖北（10%以上）、…: the lead names the metric
        kind = kind_for(figure, kind_before, after, multi_year, annual)
        # 甘肃（6.5%）、天津（6.5%）… going on from the list before: its metric goes on too
        carried = (previous_metric or context.list_metric) if labelled and lead is None else None
        if carried and carried.endswith("增速"):
            kind = "growth"
        growth = kind in ("growth", "avg_growth")
        clause_after = sentence[figure.end : clause_end]
        metrics = (
            [carried]
            if carried
            else metrics_for(figure, segment, after, clause_after, previous_metric, growth)
        )
        previous_end = figure.end
        if not metrics:
            metrics = _borrowed_metric(figures, index, sentence, clause_end, previous_metric, growth)
        if not metrics and (topic := _GOAL_TOPIC_BEFORE.search(sentence, 0, clause_start)) is not None:
            # 我省经济增长预期目标是，(在…基础上)实现年均增长7%: the clause before names the indicator
            metrics = metrics_for(figure, topic.group("topic"), after, clause_after, previous_metric, growth)
        if not metrics:
            continue
        if (
            previous_metric
            and _ONLY_THE_GOAL.fullmatch(metrics[-1])
            and sentence.startswith("的", figure.end)
        ):
            metrics = [previous_metric]  # 就业7.67万人，占全年目标任务6.9万人的111%: the goal of that
        if (tier := _GOAL_TIER.search(metrics[-1])) is not None:  # 内联引资：底线目标280亿元；奋斗目标285亿元
            stem = metrics[-1][: tier.start()]
            measured = (
                stem
                if len(stem) >= 2 and stem not in _EFFORT
                else _tier_topic(sentence, clause_start, previous_metric)
            )
            if measured:
                metrics = metrics_for(figure, measured, after, clause_after, None, growth) or [measured]
        previous_metric = metrics[-1]
        consumed_until = _consumed(sentence, figure, metrics[-1])
        entity, area = _owner(context, subjects, mentions, figure.start, labelled)
        quote_start, quote_end = _quote_bounds(sentence, figure, (clause_start, clause_end))
        confidence = 0.6 if segment.strip() else 0.5
        for metric in metrics:
            yield FigureItem(
                figure=figure,
                metric=metric,
                kind=kind,
                comparator=comparator_for(figure, before),
                qualifier=qualifier_for(figure, before),
                entity=entity,
                area=area,
                quote_start=context.offset + quote_start,
                quote_end=context.offset + quote_end,
                context=context,
                goal_like=not (
                    is_policy_parameter(clause, figure.unit)
                    or is_prepositional(clause)
                    or doubts(clause)
                    or speaks_of_many_bodies(before)
                    or reports_progress(before)
                ),
                confidence=confidence,
                clause_start=clause_start,
                listed=labelled is not None,
            )
