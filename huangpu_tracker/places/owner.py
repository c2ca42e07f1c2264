"""Which body a text is about, from the bodies it names (recognise.py).

The title and headlines, the lead and bodies named as the one acting weigh most; mentions in
passing (融入重庆, 占全市, 全省第一) do not vote; 全区/我市 vote for the body they stand for, and a text
that speaks as a district (全区 more often than 全市) is a district's, not its city's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from huangpu_tracker.places.deixis import owner_of_level, spoken_level, spoken_levels
from huangpu_tracker.places.gazetteer import COUNTY, REGION, gazetteer
from huangpu_tracker.places.mention import LEAD, TAIWAN, TOWNS, Mention, across_the_strait
from huangpu_tracker.places.recognise import find_bodies

_GOVERNING_ZONES = ("实验区", "示范区")  # zones that govern the county they are run together with


def full_names(mentions: list[Mention]) -> dict[str, str]:
    """Short name -> the fullest form seen (黄浦区 -> 上海市黄浦区), to name a body consistently."""
    names: dict[str, str] = {}
    for mention in sorted(mentions, key=lambda m: len(m.name)):
        for short in [*names, mention.name]:
            if mention.name.endswith(short) and len(short) >= 3:
                names[short] = mention.name
    # 平潭 (平潭县 never written in full) in a text naming 平潭综合实验区, which governs it: the zone (not
    # 昆山高新区 for 昆山, a park inside the city)
    named = {mention.name for mention in mentions}
    for name in named - {mention.name for mention in mentions if not mention.short}:
        zones = gazetteer().also_called.get(name, ())
        zone = next((z for z in zones if z in named and z.endswith(_GOVERNING_ZONES)), None)
        if zone is not None:
            names[name] = zone
    return names


_ABOVE_TOWNS = ("区", "县", "市", "旗")


def _level_word(name: str) -> str:
    if name.endswith("街道"):
        return "街道"
    return name[-1] if name[-1] in "省市区县州盟镇乡旗" else "区"


def of_spoken_level(named: str | None, page: str | None, text: str) -> str | None:
    """The body the text names most (`named`), unless it is of a level above the one the text speaks
    as and the page's issuer (`page`) is of that level: a text speaking as a city (我市) that names
    only its province (打造安徽的…) is the city's its page names; a text speaking as a county or a
    district (我区, 全县) that names only its towns, none of them in its title, is the page's body
    or none."""
    if (
        named
        and _level_word(named) in TOWNS
        and spoken_level(text) in _ABOVE_TOWNS
        and not _speaks_as(named, text)
    ):
        # 我区共安排323个重点项目…桃源镇完成…: the district's goals, not its town's
        return page if page and _level_word(page) not in TOWNS else None
    if not (named and page):
        return named or page
    level = spoken_level(text)  # read only when both are there: most articles have no page issuer
    if speaks_below(level, named) and _level_word(page) == level:
        return page
    return named


def speaks_below(level: str | None, name: str) -> bool:
    """Whether a text speaking as `level` (市, see `spoken_level`) speaks as a body below `name`
    (湖南省)."""
    return level in _RANKS and _RANKS.get(_level_word(name), 9) < _RANKS[level]


def speaks_as_level_of(text: str, name: str) -> bool:
    """Whether `text` speaks as `name`'s level (全省 for 湖南省) at least once."""
    return _level_word(name) in spoken_levels(text)


def speaks_only_below(text: str, name: str) -> bool:
    """Whether `text` speaks as a level below `name`'s (我市 under 湖南省) and never as its own (全省)."""
    levels = spoken_levels(text)
    top = levels.most_common(1)[0][0] if levels else None
    return speaks_below(top, name) and _level_word(name) not in levels


_RANKS = {"省": 0, "市": 1, "州": 1, "区": 2, "县": 2, "旗": 2, "镇": 3, "乡": 3, "街道": 3}


_TITLE_MAX = 40  # a first line this short is the text's title


def _speaks_as(town: str, text: str) -> bool:
    """桃源镇2024年工作要点…: a town named in the title is the text's own."""
    title = re.split(r"[\n。！!？?]", text, maxsplit=1)[0]
    return town in title and len(title) <= _TITLE_MAX


def _inner_body(best: str, counts: Counter[str], named: Sequence[Mention]) -> str:
    """A district named in the lead about as often as its city is what the text is about; the city
    is its context (江津区 … 重庆 … 全市 in an interview on 江津区's goals)."""
    atlas = gazetteer()
    in_lead = {m.name for m in named if m.start < LEAD and not m.deictic}
    for name, votes in counts.most_common():
        if name != best and name in in_lead and 4 * votes >= 3 * counts[best] and atlas.inside(name, best):
            return name
    return best


def dominant_body(mentions: Sequence[Mention], headline_mentions: Sequence[Mention] = ()) -> str | None:
    """The body an article is about: headlines, the lead and bodies named as acting weigh most;
    mentions in passing (融入重庆, 占全市) do not vote; 全区/我市 vote for the body they stand for,
    and when the text speaks as a district (全区 more than 全市), a district wins over its city."""
    # a region (长三角, 京津冀) is the setting of a body's goals, and owns them only when no body is named
    bodies = [m for m in mentions if not (m.loose or m.passing)]
    if any(m.name != TAIWAN and not gazetteer().inside(m.name, TAIWAN) for m in bodies if not m.deictic):
        bodies = [m for m in bodies if not across_the_strait(m)]  # beside 平潭, 福建: no owner
    named = [m for m in bodies if m.level != REGION] or bodies
    if not named:
        named = [m for m in mentions if m.loose]  # 区属国企今年…: the home district's sector
    names = full_names([m for m in named if not m.deictic])
    counts: Counter[str] = Counter()
    addressed = {m.start for m in named if not m.deictic}
    for mention in named:
        if mention.end in addressed and not mention.deictic:
            continue  # 洛江区双阳街道: the district is the street's address, the street is meant
        weight = (2 if mention.start < LEAD else 1) + mention.acting  # 萧山将…: a goal's subject
        counts[names.get(mention.name, mention.name)] += weight
    for mention in headline_mentions:
        if not mention.passing and (not mention.loose or not named):
            counts[names.get(mention.name, mention.name)] += 3
    if not counts:
        return None
    levels = Counter(_level_word(m.name) for m in named if m.deictic and m.name)
    own_level = levels.most_common(1)[0][0] if levels else None
    of_level = {name: n for name, n in counts.items() if own_level and _level_word(name) == own_level}
    # the level the text speaks as decides between close candidates (a district and its city), not
    # against a body named far more often (顺德 six times, 全省 in passing once)
    close = of_level and 2 * max(of_level.values()) >= max(counts.values())
    chosen = of_level if close else counts
    best = _inner_body(max(chosen, key=lambda name: chosen[name]), counts, named)
    best = _parent_of_siblings(best, counts, mentions)
    return min((m.name for m in named if names.get(m.name, m.name) == best), key=len, default=best)


_SIBLINGS = 3  # counties of one city named about equally: the text is the city's


def _parent_of_siblings(best: str, counts: Counter[str], mentions: Sequence[Mention]) -> str:
    """A text naming three or more districts and counties of one city, none far more often than
    another (临安区…桐庐县…淳安县…建德市 in a city plan's chapter on its counties), is the city's when
    it names the city too (杭州, 全市); else the body named most."""
    atlas = gazetteer()
    cities = Counter(atlas.parent_name(name) for name in counts if atlas.level_of(name) == COUNTY)
    city, named = cities.most_common(1)[0] if cities else (None, 0)
    if city is None or named < _SIBLINGS or not atlas.inside(best, city):
        return best
    runner_up = max((n for name, n in counts.items() if name != best and atlas.inside(name, city)), default=0)
    names_city = any(m.name == city for m in mentions)  # 杭州, or 全市 standing for it
    return city if 4 * runner_up >= 3 * counts[best] and names_city else best


def inside(name: str, outer: str) -> bool:
    """Whether body `name` lies inside body `outer` (黄埔区 in 广州市, 株洲经开区 in 湖南省)."""
    return gazetteer().inside(name, outer)


# 我代表宝安区人民政府，向大会报告工作: the body whose government delivers the report
_REPORTER = re.compile(
    r"代表([^，。,；;：:\n]{2,24}?)(?:人民政府|政府|管理委员会|管委会)(?:[，,]\s*)?向[^。]{0,12}?(?:作|报告)"
)
_REPORTER_OF_LEVEL = re.compile(
    r"代表(省|市|区|县|州|旗|镇)(?:人民政府|政府|管理委员会|管委会)(?:[，,]\s*)?向[^。]{0,12}?(?:作|报告)"
)
REPORTER_SPAN = 400  # characters at the start of a report where its speaker says whom they speak for


def reporting_body(text: str) -> str | None:
    """The body a report's speaker delivers it for (我代表宝安区人民政府向大会作政府工作报告); for a
    government named only by its level (我代表区人民政府…), the body of that level the text names most."""
    match = _REPORTER.search(text, 0, REPORTER_SPAN)
    named = find_bodies(match[1]) if match else []
    named = [m for m in named if not m.deictic]
    if named:
        return named[-1].name
    level = _REPORTER_OF_LEVEL.search(text, 0, REPORTER_SPAN)
    return owner_of_level(find_bodies(text), level[1]) if level else None
