"""Who set a goal: the bodies a text names (places/recognise.py) and the one it is about.

One recogniser serves documents (an article's issuer) and extraction (a goal's body): gazetteer
names and their short forms, development zones, patterns for what the gazetteer lacks, and 全区 /
我市 as the text's own body of that level. The home district (a setting, home.py) and its sub-areas
are bodies like any other. Note that 上海市黄浦区 (浦) is another district than 黄埔区 (埔).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from huangpu_tracker.chinese.han import HAN
from huangpu_tracker.documents.bodies import lists_things
from huangpu_tracker.extraction.model import NATIONAL_BODY
from huangpu_tracker.extraction.sentences import CLAUSE_END
from huangpu_tracker.places import owner
from huangpu_tracker.places.gazetteer import PREFECTURE, PROVINCE, REGION, gazetteer
from huangpu_tracker.places.mention import PREDICATE, TOWNS, Mention, city_of_district
from huangpu_tracker.places.recognise import find_bodies

__all__ = ["Mention", "dominant_body", "find_mentions", "full_names", "headline_body", "source_body"]

# 2024年，白云区… / 而在海珠区，…: time and linking words before the acting body
_SUBJECT_LEAD = re.compile(
    r"^[\s“”\"]*(?:\d{4}\s*年|今年|全年|明年|下一步|同时|此外|其中|未来)?[\s，,]*(?:而|但|另外)?(?:在)?"
)
# 我国将…, 全国要…: the country acting, as the subject of its clause
_COUNTRY_ACTS = re.compile(r"(?:我国|全国)(?=将|要|力争|计划|确保|今年|全年|明年)")
# 记者从黄埔区获悉 / 据科学城相关负责人介绍: the body a news report speaks for.
_SOURCE_BEFORE = re.compile(r"(?:从|据|在)$")
_SOURCE_AFTER = re.compile(r"(?:获悉|了解到|(?:相关|有关|主要)?负责人|介绍|透露|发布|消息)")


def find_mentions(text: str) -> list[Mention]:
    """Every named body in `text` in order, spellings of one body under one name (江津 = 江津区);
    a city and its district written together (上海市黄浦区) are one mention of the district."""
    joined: list[Mention] = []
    # 今年，我国将再改造老旧小区5万个: the country acting
    country = [
        Mention(m.start(), m.start() + 2, NATIONAL_BODY, deictic=True) for m in _COUNTRY_ACTS.finditer(text)
    ]
    for mention in sorted([*find_bodies(text), *country], key=lambda m: m.start):
        previous = joined[-1] if joined else None
        if previous is not None and city_of_district(previous, mention):
            joined[-1] = replace(mention, start=previous.start, name=previous.name + mention.name)
        else:
            joined.append(mention)
    return joined


def full_names(mentions: list[Mention]) -> dict[str, str]:
    """Short name -> the fullest form seen (黄浦区 -> 上海市黄浦区), to name a body consistently."""
    return owner.full_names(mentions)


def dominant_body(mentions: Sequence[Mention], headline_mentions: Sequence[Mention] = ()) -> str | None:
    """The body an article is about (see places/owner.py)."""
    return owner.dominant_body(mentions, headline_mentions)


# 新甘肃·甘肃日报记者 金奉乾(摄), 图/来源：某某日报: who wrote the story or took a photo, not what a
# section is about
_CREDIT = re.compile(
    rf"(?:记者|通讯员|摄影师?)(?:\s+{HAN}{{2,4}}(?:\s*(?:摄|供图))?|\s*{HAN}{{2,4}}\s*(?:摄|供图))\s*$"
    r"|^\s*(?:图片?[/／]|摄影[：:]|供图[：:])"
)


def headline_body(headline: str) -> str | None:
    """The body a headline is about: its last district-level name outside 【site tags】; none in a
    byline or a photo credit."""
    if _CREDIT.search(headline) or lists_things(headline):
        return None
    visible = re.sub(r"【[^】]*】", lambda m: " " * len(m.group()), headline)
    # a region (京津冀协同发展) is the setting of a section, never its body
    found = [m for m in find_mentions(visible) if not (m.deictic or m.passing or m.level == REGION)]
    mentions = [m for m in found if not m.loose] or found  # 区属国企今年…: the home district's sector
    local = [m for m in mentions if m.level not in (PROVINCE, PREFECTURE) or m.is_home]
    chosen = local or mentions
    return chosen[-1].name if chosen else None


def source_body(sentence: str, mentions: list[Mention]) -> Mention | None:
    """The body a report's sentence names as its source (记者从黄埔区获悉, 科学城相关负责人介绍)."""
    for mention in mentions:
        if mention.loose:
            continue
        if _SOURCE_AFTER.match(sentence, mention.end) and (
            _SOURCE_BEFORE.search(sentence, 0, mention.start) or not mention.start
        ):
            return mention
    return None


def plans_next(text: str, mention: Mention) -> bool:
    """Whether what follows a name is its plan (区属国企计划…, 生物岛力争…): the name acts."""
    return bool(PREDICATE.match(text, mention.end))


# 宁夏2014年经济发展总目标是…, 浙江今年的目标…: a province or city, then the aim of its year
_YEAR_AIM = re.compile(
    r"(?:(?:19|20)\d{2}|今|明)年[^，,。；;]{0,12}?(?:目标|预期|将|(?<![主重需只])要|力争|计划|提出)"
)
_BUILDING_OF = re.compile(r"(?:建设|发展|开发)(?:取得|实现|迈上|迈出|成效|水平|质量|即将)")


def clause_subject(clause: str, mentions: list[Mention] | None = None) -> Mention | None:
    """The body a clause opens with (天河区将…, 2024年，白云区…, 科学城方面…), if any.

    `mentions`: the clause's mentions (offsets in the clause) when already known.
    """
    lead = _SUBJECT_LEAD.match(clause).end()  # type: ignore[union-attr]  # it matches the empty string
    for mention in find_mentions(clause) if mentions is None else mentions:
        if mention.passing or mention.level == REGION:
            continue  # 融入重庆, 占全市, 建设粤港澳大湾区: not the one acting
        bare_city = mention.short and mention.level in (PROVINCE, PREFECTURE)
        acts = (
            clause[mention.end : mention.end + 1] in ("将", "要", "全", "")
            or PREDICATE.match(clause, mention.end)
            or _YEAR_AIM.match(clause, mention.end)
        )
        if bare_city and not acts:  # acting: 吉林今年将…, 四川计划…
            continue  # 广州人工智能…试验区, 西安电子科技大学: not the acting city (泉州：… is a part's label)
        if _BUILDING_OF.match(clause, mention.end):
            continue  # 福州新区建设取得突破, 雄安新区建设即将启动: the building of the area, not it acting
        where = clause[mention.start - 1 : mention.start] == "在"
        if where and (clause[mention.end : mention.end + 1] == "、" or mention.name.endswith(TOWNS)):
            continue  # 在易县、蠡县、高阳新建牧场, 在龙亭镇实施…: the places where, not the one acting
        if not mention.loose and (mention.start == lead or PREDICATE.match(clause, mention.end)):
            return mention
        if mention.start > lead:
            break
    return None


# 深圳市科创委发布了《深圳国家高新区…规划》: an office issuing the plan of the body its title names
_OFFICE = re.compile(r"[^，,。《]{0,8}?(?:委员会|委|厅|局|办公室|办)")
_PLAN_TITLE = re.compile(r"《([^《》]{2,40}?(?:规划|计划|方案|纲要))》")


def _plan_of(clause: str, subject: Mention, mentions: list[Mention]) -> Mention:
    """The body whose plan the clause's subject, an office, issues (深圳市科创委发布《深圳国家高新区
    …规划》 → 深圳国家高新区); else the subject."""
    if not _OFFICE.match(clause, subject.end):
        return subject
    for title in _PLAN_TITLE.finditer(clause, subject.end):
        first = next((m for m in mentions if m.start == title.start(1) and not m.deictic), None)
        if first is not None:
            return first
    return subject


def sentence_subjects(sentence: str, mentions: list[Mention]) -> list[tuple[int, Mention]]:
    """(clause start, subject) for each clause of `sentence` that opens with a body.

    `mentions`: the sentence's mentions in order, offsets in the sentence.
    """
    found: list[tuple[int, Mention]] = []
    index = 0
    while index < len(mentions):
        first = mentions[index].start
        start = max(sentence.rfind(mark, 0, first) for mark in CLAUSE_END) + 1
        ends = [pos for pos in (sentence.find(mark, first) for mark in CLAUSE_END) if pos >= 0]
        end = min(ends, default=len(sentence))
        inside = []
        while index < len(mentions) and mentions[index].start < end:
            mention = mentions[index]
            inside.append(replace(mention, start=mention.start - start, end=mention.end - start))
            index += 1
        subject = clause_subject(sentence[start:end], inside)
        if subject is not None:
            subject = _plan_of(sentence[start:end], subject, inside)
        if subject is None:  # 实现全市GDP达…: the goal of the body 全市 stands for
            subject = next((m for m in inside if m.deictic and not m.passing), None)
        if subject is not None:
            found.append((start, subject))
    return found


# 高新区召开全区干部会议 opening a text: the zone of the city the text is about, unnamed
_BARE_ZONE = re.compile(rf"(?<!{HAN})(高新区|经开区|开发区|新区)(?:召开|举行|将|今年|全区|党工委|管委会)")


def bare_zone(lead: str, owner: str) -> str:
    """The zone a lead speaks of without naming it (高新区召开…), when the owner found is the city
    whose zone of that kind the gazetteer knows (大连市 → 大连高新区); else `owner`."""
    match = _BARE_ZONE.search(lead)
    if match is None or not owner.endswith("市"):
        return owner
    atlas = gazetteer()
    for name in (owner[:-1] + match.group(1), owner + match.group(1)):
        if name in atlas.names:
            return name
    return owner
