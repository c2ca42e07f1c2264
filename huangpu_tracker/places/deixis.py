"""全区, 我市, 本县, 全州: the text's own body of that level, the one named last before (the section's);
when the text names none of that level, its news outlet's (楚天都市报讯 … 我省: 湖北省)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable

from huangpu_tracker.places.gazetteer import REGION, ZONE, gazetteer
from huangpu_tracker.places.mention import LEAD, Mention, across_the_strait, in_context
from huangpu_tracker.places.outlets import outlet_body

# 全区, 我市, 本县 (not 全市场, 全县域)
# … and 新区 written alone at a word boundary in a new area's own text (在新区党工委的领导下)
_DEICTIC = re.compile(
    r"(?:全|我|本)(省|市|新区|区|县|州|盟|镇|旗|街道|街)(?!场|域|民|委|长|属|级|内外|办|头|景|巷)"
    r"|(?:^|(?<=[^\u4e00-\u9fff\w])|(?<=[在和与及是对向到至从由为把让使以于、的们年]))(新区)"
)
_LOOK_BACK = 8  # bodies named before a 全市 among which its own is sought
_LIST_SPAN = 24  # characters over which names read as one list


def deictic_mentions(text: str, found: list[Mention], taken: bytearray) -> list[Mention]:
    """全区 / 我市 / 本县: the body of that level named last before it (the section's own), else
    the one of that level the text names most."""
    voters = [m for m in found if _votes(m)]
    near = [m for m in found if not (m.passing or m.deictic or (m.area and not m.loose))]  # 区属国企…全区
    starts = [m.start for m in near]
    owners: dict[str, str | None] = {}
    new = []
    for match in _DEICTIC.finditer(text):
        if taken[match.start()]:
            continue
        level = match.group(1) or match.group(2)
        level = "街道" if level == "街" else level  # 全街: the street's
        before = near[: bisect_left(starts, match.start())]
        if level not in owners:
            owners[level] = owner_of_level(voters, level)
        recent = _recent_of_level(before, level)
        # the body named last (a section about another city), but the text's own when it stands in
        # the same list (广东、山东、浙江以及江苏等省份 in a text about 浙江)
        listed = [m for m in recent if recent and recent[-1].start - m.start <= _LIST_SPAN]
        name = owners[level] if owners[level] in {m.name for m in listed} else _last_named(recent)
        name = name or owners[level] or outlet_body(text, level)  # 楚天都市报讯 …我省: 湖北省
        if name is not None:
            new.append(in_context(text, Mention(match.start(), match.end(), name, deictic=True)))
    return new


def _votes(mention: Mention) -> bool:
    """Whether a mention votes for the body of its level: a named body (or a meeting's venue, for
    its parents), not one in passing, 全区 itself, a sector word or a sub-area."""
    return not ((mention.passing and not mention.venue) or mention.deictic or mention.loose or mention.area)


def spoken_level(text: str) -> str | None:
    """The level a text speaks as (我市, 全市 more than 全省 → 市), None when it never does."""
    levels = spoken_levels(text)
    return levels.most_common(1)[0][0] if levels else None


def spoken_levels(text: str) -> Counter[str]:
    """How often a text speaks as each level (全市, 我市 → 市)."""
    return Counter(match.group(1) or match.group(2) for match in _DEICTIC.finditer(text))


def _of_level(mention: Mention, level: str) -> bool:
    if mention.level == REGION or mention.name.endswith("特别行政区"):
        return False  # 粤港澳大湾区 is no one's 全区, nor 香港 (台港澳同胞), which says 全港
    if across_the_strait(mention):
        return False  # 台湾 itself says 全台
    if mention.name.endswith(level):
        return True
    # 全区 in the text of a zone or of a county run together with one (平潭县 = 平潭综合实验区)
    return level == "区" and (mention.level == ZONE or gazetteer().run_with_a_district_zone(mention.name))


def _recent_of_level(before: list[Mention], level: str) -> list[Mention]:
    recent = [m for m in before[-_LOOK_BACK:] if _of_level(m, level)]
    atlas = gazetteer()
    names = {m.name for m in recent}
    return [m for m in recent if not any(atlas.inside(m.name, outer) for outer in names)]


def _last_named(recent: list[Mention]) -> str | None:
    """The last body named in full (如皋市), else in a short form (如皋、南通)."""
    chosen = [m for m in recent if not m.short] or recent
    return chosen[-1].name if chosen else None


def owner_of_level(found: Iterable[Mention], level: str) -> str | None:
    """The body a text means by 全`level`: the one of that level it names most (its lead counting
    double); for 市/省, the city or province of the districts it names, or of its meeting's venue."""
    counts: dict[str, int] = {}
    parents: dict[str, int] = {}
    atlas = gazetteer()
    for mention in found:
        if not _votes(mention):
            continue
        if mention.level == REGION:
            continue  # a region (京津冀) is no city's or province's stand-in
        weight = 2 if mention.start < LEAD else 1
        if _of_level(mention, level) and not mention.venue:
            counts[mention.name] = counts.get(mention.name, 0) + weight
        for parent in atlas.ancestors(mention.name):
            if parent.endswith(level):
                parents[parent] = parents.get(parent, 0) + weight
    # 全区 in a district's text that also names a zone inside it (盐田区, 盐田综合保税区): the district
    inner = {name for name in counts if any(atlas.inside(name, outer) for outer in counts)}
    chosen = {name: n for name, n in counts.items() if name not in inner} or parents
    return max(chosen, key=lambda name: chosen[name]) if chosen else None
