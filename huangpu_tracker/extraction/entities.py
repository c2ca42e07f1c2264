"""Who set a goal: named bodies in the text, the home district's aliases and its sub-areas.

Place names come from jieba's own dictionary (words tagged as places), so any district, county,
banner, town, city or zone (高新区, 经开区, 新区, 工业园区, 自贸片区, 保税区 …) is recognised, not only the
ones listed here. The tracker's home district
(黄埔区 = 广州开发区 = 广州高新区) and its sub-areas are product facts and are listed. Note that
上海市黄浦区 (浦) is another district than 黄埔区 (埔).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
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
# Sector words (区属国企 of whichever district is speaking): a body only where nothing else is named.
LOOSE_AREAS = frozenset({"区属国企", "区属企业", "国资国企", "国资", "国企"})
# Functional zones inside a city (中央商务区, 核心示范区): places, not bodies setting goals.
_FUNCTIONAL_ZONE = re.compile(r"(?:商务|功能|示范|集聚|核心|试验|先行|合作|承载|风景|保护|产业)区$")
ZONE_SUFFIXES = (
    "经济技术开发区", "高新技术产业开发区", "综合保税区", "保税区", "工业园区", "自贸片区",
    "高新区", "经开区", "开发区", "自贸区", "新区", "海关",
)  # fmt: skip
ADMIN_SUFFIXES = "区市县旗镇"
_CLAUSE_MARKS = "，,；;：:"
_PLACE_TAGS = frozenset({"ns", "nr", "nt"})
# A zone may be named after a locality that is no city (南沙自贸片区, 西海岸新区): place words, 处所词.
_ZONE_PREFIX_TAGS = frozenset({"ns", "nr", "nt", "s"})
_NOT_ZONE_PREFIXES = frozenset({"城市", "全国", "国家", "各地"})
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
# 记者从黄埔区获悉 / 据科学城相关负责人介绍: the body a news report speaks for.
_SOURCE_BEFORE = re.compile(r"(?:从|据|在)$")
_SOURCE_AFTER = re.compile(r"(?:获悉|了解到|(?:相关|有关|主要)?负责人|介绍|透露|发布|消息)")


@dataclass(frozen=True)
class Mention:
    """A body named at text[start:end]; `area` when it is a sub-area of the home district."""

    start: int
    end: int
    name: str
    area: str | None = None
    loose: bool = False  # a sector word (国企) rather than a named sub-area (知识城)

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


def _zone_prefix(prefix: str) -> bool:
    """无锡 (a city), 南沙, 西海岸 (localities): names a zone may be called after."""
    if prefix in _NOT_ZONE_PREFIXES:
        return False
    return bool(_city_of(prefix)) or word_tag(prefix) in _ZONE_PREFIX_TAGS


def _general_at(text: str, match: re.Match[str]) -> Mention | None:
    """A zone (成都高新区, 黄埔海关) or district/city (天河区, 上海市) ending at this suffix."""
    suffix, end = match.group(), match.end()
    for size in (4, 3, 2):
        start = match.start() - size
        if start < 0:
            continue
        prefix = text[start : match.start()]
        if not re.fullmatch(r"[\u4e00-\u9fff]+", prefix) or _FUNCTIONAL_ZONE.search(prefix + suffix):
            continue
        if suffix in ZONE_SUFFIXES and prefix.endswith("黄埔") and suffix != "海关":
            return Mention(start, end, HOME_ENTITY, prefix + suffix)  # 黄埔综合保税区: a home sub-area
        if suffix in ZONE_SUFFIXES and _zone_prefix(prefix) and _word_starts_at(text, start):
            return Mention(start, end, prefix + suffix)
        if suffix in ADMIN_SUFFIXES and _is_place(prefix + suffix):
            return Mention(start, end, prefix + suffix)
        local = size == 2 or suffix in "旗镇"  # a district, banner or town jieba does not list: 某某区
        if suffix in "区县旗镇" and local and _is_place(prefix) and _word_starts_at(text, start):
            return Mention(start, end, prefix + suffix)
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


def _bare_cities(text: str, taken: bytearray) -> list[Mention]:
    """广州 written without 市 (广州全市上下…) names the city, unless part of a longer name."""
    return [
        Mention(match.start(), match.end(), match.group() + "市")
        for match in _city_pattern().finditer(text)
        if not taken[match.start()]
    ]


def find_mentions(text: str) -> list[Mention]:
    """Every named body in `text` in order, longest name first, home aliases canonicalised."""
    found: list[Mention] = []
    taken = bytearray(len(text) + 1)  # 1 where a found name covers the character

    def take(mention: Mention) -> None:
        found.append(mention)
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)

    for match in _KNOWN_RE.finditer(text):
        name = match.group()
        if name in HOME_AREAS:
            take(Mention(match.start(), match.end(), HOME_ENTITY, HOME_AREAS[name], name in LOOSE_AREAS))
        elif name == "黄埔海关":
            take(Mention(match.start(), match.end(), name))
        else:
            take(Mention(match.start(), match.end(), HOME_ENTITY))
    for match in _SUFFIX_RE.finditer(text):
        mention = _general_at(text, match)
        if mention and not any(taken[mention.start : mention.end]):
            take(mention)
    for match in _BARE_HOME_RE.finditer(text):
        if not taken[match.start()]:
            take(Mention(match.start(), match.end(), HOME_ENTITY))
    found.extend(_bare_cities(text, taken))
    return _join_city_district(sorted(found, key=lambda m: m.start))


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
    # Sector words (国企, 区属企业) are any district's: they count only where nothing else is named.
    named = [m for m in mentions if not m.loose] or list(mentions)
    counts: Counter[str] = Counter(m.name for m in named)
    for mention in headline_mentions:
        if not mention.loose or len(named) == len(mentions):
            counts[mention.name] += 2
    return counts.most_common(1)[0][0] if counts else None


def headline_body(headline: str) -> str | None:
    """The body a headline is about: its last district-level name outside 【site tags】."""
    visible = re.sub(r"【[^】]*】", lambda m: " " * len(m.group()), headline)
    found = find_mentions(visible)
    mentions = [m for m in found if not m.loose] or found  # 区属国企今年…: the home district's sector
    local = [m for m in mentions if not m.name.endswith(("市", "省")) or m.is_home]
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
    return bool(_PREDICATE.match(text, mention.end))


def clause_subject(clause: str, mentions: list[Mention] | None = None) -> Mention | None:
    """The body a clause opens with (天河区将…, 2024年，白云区…, 科学城方面…), if any.

    `mentions`: the clause's mentions (offsets in the clause) when already known.
    """
    lead = _SUBJECT_LEAD.match(clause).end()
    for mention in find_mentions(clause) if mentions is None else mentions:
        bare_city = mention.end - mention.start == 2 and mention.name.endswith("市")
        if bare_city and clause[mention.end : mention.end + 1] not in ("将", "要", "全"):
            continue  # 广州人工智能…试验区, 西安电子科技大学: a name, not the acting city
        if not mention.loose and (mention.start == lead or _PREDICATE.match(clause, mention.end)):
            return mention
        if mention.start > lead:
            break
    return None


def sentence_subjects(sentence: str, mentions: list[Mention]) -> list[tuple[int, Mention]]:
    """(clause start, subject) for each clause of `sentence` that opens with a body.

    `mentions`: the sentence's mentions in order, offsets in the sentence.
    """
    found: list[tuple[int, Mention]] = []
    index = 0
    while index < len(mentions):
        first = mentions[index].start
        start = max(sentence.rfind(mark, 0, first) for mark in _CLAUSE_MARKS) + 1
        ends = [pos for pos in (sentence.find(mark, first) for mark in _CLAUSE_MARKS) if pos >= 0]
        end = min(ends, default=len(sentence))
        inside = []
        while index < len(mentions) and mentions[index].start < end:
            mention = mentions[index]
            inside.append(replace(mention, start=mention.start - start, end=mention.end - start))
            index += 1
        subject = clause_subject(sentence[start:end], inside)
        if subject is not None:
            found.append((start, subject))
    return found
