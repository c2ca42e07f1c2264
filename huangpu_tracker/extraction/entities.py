"""Who set a goal: named bodies in the text, the home district's aliases and its sub-areas.

Place names come from jieba's own dictionary (words tagged as places), so any district, city or
development zone is recognised, not only the ones listed here. The tracker's home district
(黄埔区 = 广州开发区 = 广州高新区) and its sub-areas are product facts and are listed. Note that
上海市黄浦区 (浦) is another district than 黄埔区 (埔).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from huangpu_tracker.extraction.model import HOME_ENTITY
from huangpu_tracker.extraction.segment import city_names, tagged, word_tag

HOME_ALIASES = ("广州市黄埔区", "广州经济技术开发区", "广州开发区", "广州高新区", "广州黄埔", "黄埔区")
# Sub-areas and sectors of the home district: the body stays 黄埔区, the area is recorded.
HOME_AREAS = {
    "中新广州知识城": "中新广州知识城",
    "广州知识城": "中新广州知识城",
    "知识城": "中新广州知识城",
    "广州科学城": "科学城",
    "科学城": "科学城",
    "广州国际生物岛": "生物岛",
    "生物岛": "生物岛",
    "黄埔港": "黄埔港",
    "区属国企": "区属国企",
    "国资国企": "区属国企",
    "区属企业": "区属国企",
    "国资": "区属国企",
    "国企": "区属国企",
}
ZONE_SUFFIXES = ("经济技术开发区", "高新区", "经开区", "开发区", "自贸区", "新区", "海关")
ADMIN_SUFFIXES = "区市县"
_PLACE_TAGS = frozenset({"ns", "nr", "nt"})
_NOT_BODIES = frozenset(
    {"全区", "全市", "该区", "城区", "社区", "园区", "片区", "景区", "辖区", "湾区", "市区", "郊区"}
)
_KNOWN_RE = re.compile("|".join(sorted([*HOME_ALIASES, "黄埔海关", *HOME_AREAS], key=len, reverse=True)))
_BARE_HOME_RE = re.compile(r"黄埔(?!海关|港|区|军校)")
_SUFFIX_RE = re.compile("|".join([*ZONE_SUFFIXES, *ADMIN_SUFFIXES]))
# 2024年，白云区… / 而在海珠区，…: time and linking words before the acting body
_SUBJECT_LEAD = re.compile(
    r"^[\s“”\"]*(?:\d{4}\s*年|今年|全年|明年|下一步|同时|此外|其中|未来)?[\s，,]*(?:而|但|另外)?(?:在)?"
)


# A body followed by what it will do (增城区今年将…, 天河区计划…) is the clause's subject.
_PREDICATE = re.compile(r"(?:今年|明年|全年|下一步)?(?:将|要|计划|力争|提出|拟|确保|争取)")


@dataclass(frozen=True)
class Mention:
    """A body named at text[start:end]; `area` when it is a sub-area of the home district."""

    start: int
    end: int
    name: str
    area: str | None = None

    @property
    def is_home(self) -> bool:
        return self.name == HOME_ENTITY


def _is_place(word: str) -> bool:
    return word not in _NOT_BODIES and word_tag(word) in _PLACE_TAGS


def _city_of(prefix: str) -> str | None:
    """成都 -> 成都市 when 成都 (or 成都市) is a place name; None otherwise."""
    if _is_place(prefix) or _is_place(prefix + "市"):
        return prefix if prefix.endswith(("市", "省")) else prefix + "市"
    return None


def _general_at(text: str, match: re.Match[str]) -> Mention | None:
    """A zone (成都高新区, 黄埔海关) or district/city (天河区, 上海市) ending at this suffix."""
    suffix, end = match.group(), match.end()
    for size in (4, 3, 2):
        start = match.start() - size
        if start < 0:
            continue
        prefix = text[start : match.start()]
        if not re.fullmatch(r"[\u4e00-\u9fff]+", prefix):
            continue
        if suffix in ZONE_SUFFIXES and _city_of(prefix) and _word_starts_at(text, start):
            return Mention(start, end, prefix + suffix)
        if suffix in ADMIN_SUFFIXES and _is_place(prefix + suffix):
            return Mention(start, end, prefix + suffix)
        if suffix in "区县" and size == 2 and _is_place(prefix) and _word_starts_at(text, start):
            return Mention(start, end, prefix + suffix)  # a district jieba does not list: 某某区
    return None


def _word_starts_at(text: str, pos: int) -> bool:
    """Whether segmentation puts a word boundary at `pos` (完成城市: no place name 成城 there)."""
    window_start = max(0, pos - 4)
    offset = window_start
    for word, _ in tagged(text[window_start : pos + 4]):
        if offset >= pos:
            return offset == pos
        offset += len(word)
    return offset == pos


@cache
def _city_pattern() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(name) for name in sorted(city_names())))


def _bare_cities(text: str, taken: list[Mention]) -> list[Mention]:
    """广州 written without 市 (广州全市上下…) names the city, unless part of a longer name."""
    found = []
    for match in _city_pattern().finditer(text):
        if not any(m.start <= match.start() < m.end for m in taken):
            found.append(Mention(match.start(), match.end(), match.group() + "市"))
    return found


def find_mentions(text: str) -> list[Mention]:
    """Every named body in `text` in order, longest name first, home aliases canonicalised."""
    taken: list[Mention] = []
    for match in _KNOWN_RE.finditer(text):
        name = match.group()
        if name in HOME_AREAS:
            taken.append(Mention(match.start(), match.end(), HOME_ENTITY, HOME_AREAS[name]))
        elif name == "黄埔海关":
            taken.append(Mention(match.start(), match.end(), name))
        else:
            taken.append(Mention(match.start(), match.end(), HOME_ENTITY))
    for match in _SUFFIX_RE.finditer(text):
        mention = _general_at(text, match)
        if mention and not any(m.start < mention.end and mention.start < m.end for m in taken):
            taken.append(mention)
    for match in _BARE_HOME_RE.finditer(text):
        if not any(m.start <= match.start() < m.end for m in taken):
            taken.append(Mention(match.start(), match.end(), HOME_ENTITY))
    taken.extend(_bare_cities(text, taken))
    return _join_city_district(sorted(taken, key=lambda m: m.start))


def _join_city_district(mentions: list[Mention]) -> list[Mention]:
    """上海市 + 黄浦区 written together is one body, 上海市黄浦区 (the home district stays 黄埔区)."""
    joined: list[Mention] = []
    for mention in mentions:
        if (
            joined
            and joined[-1].end == mention.start
            and joined[-1].name.endswith("市")
            and not mention.is_home
            and mention.area is None
        ):
            joined[-1] = Mention(joined[-1].start, mention.end, joined[-1].name + mention.name)
        else:
            joined.append(mention)
    return joined


def full_names(mentions: list[Mention]) -> dict[str, str]:
    """Short name -> the fullest form seen (黄浦区 -> 上海市黄浦区), to name a body consistently."""
    names: dict[str, str] = {}
    for mention in sorted(mentions, key=lambda m: len(m.name)):
        for short in [*names, mention.name]:
            if mention.name.endswith(short) and len(short) >= 3:
                names[short] = mention.name
    return names


def dominant_body(mentions: Sequence[Mention], headline_mentions: Sequence[Mention] = ()) -> str | None:
    """The body an article is about: the one named most often, headlines counting three times."""
    # Sub-areas and sectors (国企, 科学城) are common words elsewhere: only named bodies count.
    counts: Counter[str] = Counter(m.name for m in mentions if m.area is None)
    for mention in headline_mentions:
        if mention.area is None:
            counts[mention.name] += 2
    return counts.most_common(1)[0][0] if counts else None


def headline_body(headline: str) -> str | None:
    """The body a headline is about: its last district-level name outside 【site tags】."""
    visible = re.sub(r"【[^】]*】", lambda m: " " * len(m.group()), headline)
    mentions = find_mentions(visible)
    local = [m for m in mentions if not m.name.endswith(("市", "省")) or m.is_home]
    chosen = local or mentions
    return chosen[-1].name if chosen else None


def clause_subject(clause: str, mentions: list[Mention] | None = None) -> Mention | None:
    """The body a clause opens with (天河区将…, 2024年，白云区…), if any.

    `mentions`: the clause's mentions (offsets in the clause) when already known.
    """
    lead = _SUBJECT_LEAD.match(clause).end()
    for mention in find_mentions(clause) if mentions is None else mentions:
        bare_city = mention.end - mention.start == 2 and mention.name.endswith("市")
        if bare_city and clause[mention.end : mention.end + 1] not in ("将", "要", "全"):
            continue  # 广州人工智能…试验区, 西安电子科技大学: a name, not the acting city
        if mention.area is None and (mention.start == lead or _PREDICATE.match(clause, mention.end)):
            return mention
        if mention.start > lead:
            break
    return None
