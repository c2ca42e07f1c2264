"""Bodies named in a text, in one pass over it: gazetteer names, patterns, 全区/我市.

1. Names of the gazetteer and the home district (江津区, 前海, 广州开发区, 知识城) by longest match
   from a dictionary keyed on the first character: linear in the text, no regular expression of
   all names. Short forms name a province or city anywhere (重庆, 吉林), a county only as the
   one acting (萧山将…), once its full name is in the text (江津 after 江津区), or everywhere in
   a text that keeps coming back to it (潜江龙虾, 游潜江: `_recurring`).
2. What the gazetteer lacks, by pattern (patterns.py): 南湖科创园, 云栖区, 如皋高新区.
3. 全区, 我市, 本县: the text's own body of that level (deixis.py).
Mentions in passing (融入重庆, 占全市, 全省第一) are marked and do not vote for the owner (mention.py).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from huangpu_tracker.chinese.han import HAN_RUN
from huangpu_tracker.chinese.lexicon import lexicon
from huangpu_tracker.chinese.normalise import analysis_text
from huangpu_tracker.chinese.segment import is_word, opens_a_word, tagged
from huangpu_tracker.home import Home, home, home_name
from huangpu_tracker.places.deixis import deictic_mentions, spoken_levels
from huangpu_tracker.places.gazetteer import COUNTY, PREFECTURE, PROVINCE, ZONE, Gazetteer, gazetteer
from huangpu_tracker.places.mention import PREDICATE, Mention, in_context
from huangpu_tracker.places.patterns import is_area_word, pattern_names


@dataclass(frozen=True)
class _Entry:
    names: tuple[str, ...]  # candidates, the one to take first first (吉林省 before 吉林市)
    level: str | None
    kind: str  # full / short / county_short / area / sector
    area: str | None = None


@dataclass(frozen=True)
class _Index:
    entries: dict[str, _Entry]
    lengths: dict[str, tuple[int, ...]]  # first character -> lengths of names, longest first
    starts: re.Pattern[str]  # any first character
    openings: frozenset[str]  # the first two characters of every name (each has two at least)


def _index_of(entries: dict[str, _Entry]) -> _Index:
    lengths: dict[str, set[int]] = {}
    for name in entries:
        lengths.setdefault(name[0], set()).add(len(name))
    chars = "".join(sorted(lengths))
    return _Index(
        entries,
        {ch: tuple(sorted(sizes, reverse=True)) for ch, sizes in lengths.items()},
        re.compile(f"[{re.escape(chars)}]"),
        frozenset(name[:2] for name in entries),
    )


@cache
def _index(home_key: str) -> _Index:
    atlas, own = gazetteer(), home()
    entries: dict[str, _Entry] = {}
    for short, places in atlas.shorts.items():
        if short in atlas.common_words:
            continue
        kind = "short" if places[0].level in (PROVINCE, PREFECTURE) else "county_short"
        entries[short] = _Entry(tuple(dict.fromkeys(p.name for p in places)), places[0].level, kind)
    for name, places in atlas.names.items():
        if name not in atlas.common_words:  # 城区, 郊区: divisions of that name, but mostly words
            entries[name] = _Entry((places[0].name,), places[0].level, "full")
        # 海南州, 大理州: an autonomous prefecture; 秀山县, 张家川县, 鄂温克旗: an autonomous county
        for autonomous, plain in (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")):
            if name.endswith(autonomous) and places[0].short:
                entries.setdefault(places[0].short + plain, _Entry((name,), places[0].level, "full"))
    entries.update(_home_entries(own, atlas))
    return _index_of(entries)


def _home_entries(own: Home, atlas: Gazetteer) -> dict[str, _Entry]:
    level = atlas.level_of(own.name) or COUNTY
    entries = {
        alias: _Entry((own.name,), level, "short" if len(alias) == 2 else "full")
        for alias in (own.name, *own.aliases)
    }
    entries.update({name: _Entry((own.name,), level, "area", area) for name, area in own.areas.items()})
    entries.update({name: _Entry((own.name,), level, "sector", area) for name, area in own.sectors.items()})
    return entries


# 实现河湖长治, 林长治: 长治 as "kept in order"; 各位来宾, 中外来宾: 来宾 as guests, not the city
_NOT_A_PLACE = re.compile(r"[河湖林田]长治|[位外会宾的与]来宾")
_BOUNDARY = "在和与及的是对向到至从由为于年将把"
_CONJUNCTION_LED = re.compile(r"[和与及并或][县市区]$")  # 和县: a name that reads as 和 + 县委 after a word
_INSTITUTION = re.compile(r"委|人民政府|政府|人大|政协")
# 中山大学, 黄埔军校, 长沙路, 山东半岛城市群: a short form that starts another name.
_NAME_GOES_ON = re.compile(
    r"大学|学院|军校|中学|小学|医院|大道|路|街|银行|集团|公司|机场|站|港|号|牌|话|菜|半岛|城市群"
    r"|新城(?![区镇乡市])"  # 武汉新城: a new town named after the city, planned across its neighbours
    # 北京冬奥会, 北京人民大会堂, 上海证券报: an event, a venue or a paper named after the place
    r"|冬奥会|奥运会|亚运会|世博会|大运会|人民大会堂|大会堂|会议中心|会展中心|宾馆|饭店|证券报|青年报|时报|周刊"
    r"|时间"  # 北京时间12点: the time zone, not the city
    r"|久[安清]|[长常]效"  # 长治久安, 长治久清, 长治长效: lasting order, not the city of 长治
    r"|们|朋友"  # 来宾们, 来宾朋友: guests, not the city of 来宾
    # 香港理工大学, 北京师范大学: a university named after the place and its field
    r"|(?:理工|师范|交通|科技|工业|工程|农业|林业|医科|中医药|财经|工商|政法|外国语|体育|海洋|石油|民族|电力"
    r"|邮电|艺术|传媒|建筑|城市|职业技术|电子科技|航空航天)(?:大学|学院)"
    r"|[一二三四五六七八九十]中(?![国心央部期])"  # 绍兴一中: a school
)


def find_bodies(text: str) -> list[Mention]:
    """Every body named in `text` in order, each under one canonical name (江津 = 江津区); traditional
    characters read as simplified (洋縣 = 洋县)."""
    return list(_bodies(text, home_name()))


@lru_cache(maxsize=64)  # a document's text is read for its articles, their issuers and their goals
def _bodies(text: str, home_key: str) -> tuple[Mention, ...]:
    text = analysis_text(text)
    index = _index(home_key)
    taken = bytearray(len(text) + 1)
    levels = spoken_levels(text)
    found = _dictionary_names(text, index, taken, levels)
    found += pattern_names(text, index.entries.__contains__, taken, found)
    found += _second_pass(text, taken, found)
    found = _resolve_shorts(sorted(found, key=lambda m: m.start), levels)
    found = _home_areas(text, found)
    found = [in_context(text, m) for m in found]
    found += deictic_mentions(text, found, taken)
    return tuple(sorted(found, key=lambda m: m.start))


def _dictionary_names(text: str, index: _Index, taken: bytearray, levels: Counter[str]) -> list[Mention]:
    found: list[Mention] = []
    unsure: list[_Unsure] = []  # a county's short form not read as a name where it stands
    after = 0
    for match in index.starts.finditer(text):
        start = match.start()
        if start < after or text[start : start + 2] not in index.openings:
            continue
        for size in index.lengths[match.group()]:
            if start + size > len(text):
                continue  # a slice past the end is shorter than `size`
            entry = index.entries.get(text[start : start + size])
            if entry is None:
                continue
            if not _accept(text, start, start + size, entry, found):
                if entry.kind == "county_short":
                    unsure.append((start, start + size, entry, bool(found) and found[-1].end == start))
                continue
            found.append(_mention(start, start + size, entry))
            taken[start : start + size] = b"\x01" * size
            after = start + size
            break
    return found + _recurring(text, unsure, found, taken, levels)


def _mention(start: int, end: int, entry: _Entry) -> Mention:
    return Mention(
        start, end, entry.names[0], entry.area, entry.kind == "sector", entry.level,
        short=entry.kind in ("short", "county_short"),
    )  # fmt: skip


_WORD_TAGS = ("v", "vn", "a", "ad", "an", "s", "f", "d", "c", "p")  # jieba's tags of verbs, adjectives…


def _ordinary_word(short: str) -> bool:
    """解放 (v), 复兴 (a), 城中 (s): a short form jieba's dictionary knows as a word of another kind."""
    known = lexicon().get(short)
    return known is not None and known[1] in _WORD_TAGS


def _port_of_two(text: str, end: int) -> bool:
    """宁波舟山港: a port named after two cities, the second written short right after the first (not
    广州南沙港, the port of a district of the city)."""
    places = gazetteer().shorts.get(text[end : end + 2], ()) if text[end + 2 : end + 3] == "港" else ()
    return any(place.level in (PROVINCE, PREFECTURE) for place in places)


def _a_word(text: str, start: int, end: int) -> bool:
    """中山大学, 长沙路, 黄埔军校, 宁波舟山港; 河湖长治, 各位来宾; 通海口镇: a short form that is part of
    another name or word here, no body."""
    return bool(
        _NAME_GOES_ON.match(text, end)
        or _NOT_A_PLACE.match(text, max(0, start - 1))
        or _port_of_two(text, end)
        or _inside_a_town(text, start, end)
    )


def _stands_alone(text: str, start: int, end: int, after_a_name: bool) -> bool:
    """A short form after another name (杭州萧山), at a boundary, or where no word of the text crosses it."""
    return after_a_name or _after_boundary(text, start) or not _split_by_words(text, start, end)


_RECURS = 3  # how often a county's short form must come back to name the text's own county
_TOPIC = 3  # …and this many times as often, it is the topic of a text speaking as some level (全省), any
_Unsure = tuple[int, int, _Entry, bool]  # start, end, entry, right after another name


def _recurring(
    text: str, unsure: list[_Unsure], found: list[Mention], taken: bytearray, levels: Counter[str]
) -> list[Mention]:
    """潜江龙虾, 游潜江, 潜江发展: a county's short form that a text keeps coming back to (three times or
    more, and at least as often as it speaks as any level: 全市) names the county everywhere it reads as
    a name, when the text speaks as that county's level (全市 for 潜江市), unless the short form is a
    word of another kind (解放思想, 城中村, 伟大复兴: a verb, a place word or an adjective)."""
    least = max([_RECURS, *levels.values()])
    named = Counter(m.name for m in found if m.short and m.level == COUNTY)
    written = Counter(entry.names[0] for *_, entry, _ in unsure) + named  # an upper bound, counted cheaply
    readings = [
        (start, end, entry)
        for start, end, entry, after_a_name in unsure
        if written[entry.names[0]] >= least
        and (
            _speaks_as(entry.names[0], levels) or (bool(levels) and written[entry.names[0]] >= _TOPIC * least)
        )
        and not _ordinary_word(text[start:end])
        and not _a_word(text, start, end)
        and _stands_alone(text, start, end, after_a_name)
    ]
    counts = Counter(entry.names[0] for *_, entry in readings) + named
    new = []
    for start, end, entry in readings:
        if counts[entry.names[0]] >= least and not any(taken[start:end]):
            new.append(_mention(start, end, entry))
            taken[start:end] = b"\x01" * (end - start)
    return new


def _speaks_as(county: str, levels: Counter[str]) -> bool:
    """Whether the text speaks as the county's level (全市 for 潜江市), or as that of the zone run
    together with it (全区 for 平潭县 = 平潭综合实验区)."""
    return county[-1] in levels or ("区" in levels and gazetteer().run_with_a_district_zone(county))


_GENERIC_AREA = 3  # a sub-area's name this short (科学城) is a common noun too


def _accept(text: str, start: int, end: int, entry: _Entry, found: list[Mention]) -> bool:
    previous = found[-1] if found and found[-1].end == start else None
    if entry.kind == "full":
        if _CONJUNCTION_LED.match(text[start:end]) and start > 0 and HAN_RUN.match(text[start - 1]):
            return False  # 会议和县委全会: 和 joins two words, no county 和县 is meant
        if previous is not None:
            return True
        if entry.level == COUNTY and not _after_boundary(text, start) and _split_by_words(text, start, end):
            return False  # 滨海城区 (海城区), 滨海城市全力… (海城市): the words around take the name apart
        if _speaks(text, end):
            return True
        # 新建县域医疗中心: 新建 + 县域, not 新建县 (a county until 2015; 白云区级 is 白云区's)
        if _LEVEL_WORD.match(text, end - 1) and _given_up(entry.names[0]) and _is_word(text[start : end - 1]):
            return False
        return not _inside_a_word(text, start, end, entry)
    if _a_word(text, start, end):
        return False
    if entry.kind == "short":
        return _stands_alone(text, start, end, previous is not None)
    if entry.kind == "area" and end - start <= _GENERIC_AREA:
        # 科学城, 知识城 alone, not inside another name: 打造国际生命科学城 (生命科学 runs into it),
        # 西安科学城 (right after another place's name)
        if (previous is not None and previous.name != entry.names[0]) or _after_another_place(text, start):
            return False
        return _after_boundary(text, start) or not _split_by_words(text, start, end)
    if entry.kind in ("area", "sector"):
        return True
    # a county's short form: acting at the start of a clause (萧山将…), a heading of its own (a
    # line 渝中 over that district's part of a news page), or after its city (杭州萧山)
    if _after_boundary(text, start) and (
        PREDICATE.match(text, end) or _line_ends(text, end) or _in_title_line(text, start)
    ):
        return True  # acting, a heading of its own, or named in the title line (2021年高阳成绩单)
    if _MODERNISATION_BEFORE.search(text, max(0, start - 6), start) and _CHAPTER_AFTER.match(text, end):
        return True  # 书写好中国式现代化钟楼答卷: the body whose chapter the text writes
    if previous is not None and gazetteer().inside(entry.names[0], previous.name):
        return True  # 杭州萧山, 四川万源
    listed = found[-1] if found and found[-1].end == start - 1 and text[start - 1] == "、" else None
    return (
        listed is not None and not listed.area and _LIST_GOES_ON.match(text, end) is not None
    )  # 许昌、济源的


def _after_another_place(text: str, start: int) -> bool:
    """光明科学城, 怀柔科学城: a sub-area's name right after another place's name, written short or
    not read as a name there (光明 for 光明区), is that place's (not 广州科学城, 黄埔知识城, nor 新建知识城…,
    the verb rather than 南昌's 新建区, nor 九龙知识城, after a street of the home)."""
    atlas = gazetteer()
    own = home()
    for size in (2, 3, 4):
        before = text[max(0, start - size) : start]
        if before.endswith("建") or before in own.streets:
            continue  # 新建 (a verb), 九龙 (a street of the home)
        places = [p.name for p in atlas.shorts.get(before, ())] + ([before] if before in atlas.names else [])
        if places and not any(p == own.name or atlas.inside(own.name, p) for p in places):
            return True
    return False


_TOWN_AFTER = re.compile(r"[镇乡]|街道")
# 通海口镇: one character, then 镇 or 乡 (not 城乡, 古镇, 各乡镇, 两镇: words after a place's name)
_TOWN_NEXT_BUT_ONE = re.compile(r"[^各全等每本该我乡镇村一二两三四五六七八九十\W\d](?:镇|乡)(?![村长])")


def _inside_a_town(text: str, start: int, end: int) -> bool:
    """海口 in 通海口镇 (a character before it, 镇 right after), 通海 in 通海口镇 (one character between
    it and 镇): a name of the gazetteer inside a town's own name."""
    if _TOWN_AFTER.match(text, end) and start > 0 and HAN_RUN.match(text[start - 1]):
        return not _after_boundary(text, start)
    return _TOWN_NEXT_BUT_ONE.match(text, end) is not None and not is_area_word(text[end : end + 2])


_LEVEL_WORD = re.compile(r"[县区市][域级]")  # 县域, 区级: a word the level character starts


def _given_up(name: str) -> bool:
    """Whether every division so named was given up (a row of former.tsv: 新建县, 蓟县)."""
    return all(place.code.startswith("F") for place in gazetteer().names.get(name, ()))


def _is_word(stem: str) -> bool:
    return stem in gazetteer().common_words or is_word(stem)


_MODERNISATION_BEFORE = re.compile(r"现代化的?$")
_LIST_GOES_ON = re.compile(r"[、和及与]|的|等|[，,。；;]")  # a name in a list of bodies: 许昌、济源的目标
_CHAPTER_AFTER = re.compile(r"(?:答卷|篇章|新篇章|实践|样板)")


_TITLE_LINE_MAX = 40  # a first line this short is a title


def _in_title_line(text: str, start: int) -> bool:
    first_line_end = text.find("\n")
    return 0 < first_line_end <= _TITLE_LINE_MAX and start < first_line_end


def _split_by_words(text: str, start: int, end: int) -> bool:
    """灯塔城市 (塔城), 隆重庆祝 (重庆), 长白山 (白山): the words of the text cross the name's first
    character. A word that ends with the name after a word of its own (首都北京, 云南昆明) does not."""
    if not any(opens_a_word(text[begin : start + 1]) for begin in range(max(0, start - 3), start)):
        return False  # no word of the dictionary runs from before the name into it: nothing to cut
    position = max(0, start - 4)
    for word, _ in tagged(text[position : end + 4]):
        word_end = position + len(word)
        if position < start < word_end:
            return not (word_end == end and start - position >= 2 and is_word(text[position:start]))
        if position >= start:
            return False
        position = word_end
    return False


def _line_ends(text: str, end: int) -> bool:
    return text[end : end + 1] in ("", "\n", "\r")


def _inside_a_word(text: str, start: int, end: int, entry: _Entry) -> bool:
    """示范县 (范县), 顺应城市 (应城市): a two-character county or a county-level city may be the end
    of another word; it names itself after a boundary (在范县, 。应城市…), its city, or as acting."""
    short_county = end - start == 2 or (entry.level == COUNTY and text[end - 1] == "市")
    return short_county and not _after_boundary(text, start)


def _after_boundary(text: str, start: int) -> bool:
    """At the start of the text or a clause, or after a word such as 在, 和, 今年 (在范县, 今年萧山…)."""
    return start == 0 or not HAN_RUN.match(text[start - 1]) or text[start - 1] in _BOUNDARY


def _speaks(text: str, end: int) -> bool:
    """如皋市委, 范县人民政府, 应城市将…: the name followed by its institutions or what it will do."""
    return bool(_INSTITUTION.match(text, end) or PREDICATE.match(text, end))


# 下朱庄街 is 下朱庄街道, but not in 下朱庄街区, 街头, 街面 or 街巷: words of their own
_STREET_WORD = re.compile(r"街[区头面巷景道]")


def _second_pass(text: str, taken: bytearray, found: list[Mention]) -> list[Mention]:
    """Other writings of the bodies found: 云栖区 named once at a boundary, then anywhere; 江津 for 江津区."""
    atlas = gazetteer()
    spellings: dict[str, Mention] = {}
    for mention in found:
        if mention.short or mention.area or mention.loose:
            continue
        written = text[mention.start : mention.end]
        if mention.level is None or mention.level == ZONE:
            spellings.setdefault(written, mention)
        for place in atlas.names.get(mention.name, ())[:1]:
            if place.level == COUNTY and place.short and place.short not in atlas.common_words:
                spellings.setdefault(place.short, Mention(0, 0, mention.name, level=place.level, short=True))
        if mention.level is None and len(mention.name) == 3:
            spellings.setdefault(mention.name[:2], Mention(0, 0, mention.name, short=True))  # 云栖 = 云栖区
        if mention.level is None and mention.name.endswith("街道"):
            spellings.setdefault(mention.name[:-1], Mention(0, 0, mention.name, short=True))  # 下朱庄街
        if (stem := _new_area_stem(mention, found)) is not None:
            spellings.setdefault(stem, Mention(0, 0, mention.name, level=ZONE, short=True))  # 大鹏 = 大鹏新区
    if not spellings:
        return []
    pattern = re.compile("|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True)))
    new = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(taken[start:end]) or _NAME_GOES_ON.match(text, end) or _STREET_WORD.match(text, end - 1):
            continue
        model = spellings[match.group()]
        new.append(Mention(start, end, model.name, level=model.level, short=model.short))
        taken[start:end] = b"\x01" * (end - start)
    return new


_NEW_AREA = re.compile(r"(.{2,3}?)(?:新区|新片区)")


def _new_area_stem(mention: Mention, found: list[Mention]) -> str | None:
    """大鹏 for 大鹏新区, 坪山 for 坪山新区 (when the text does not name 坪山区): a new area the gazetteer
    lacks is written by its stem alone, unless the stem names a province or city, or a county the text
    names in full."""
    match = _NEW_AREA.fullmatch(mention.name) if mention.level == ZONE else None
    if match is None:
        return None
    atlas, stem = gazetteer(), match[1]
    places = atlas.shorts.get(stem, ()) + atlas.names.get(stem, ())
    named = {m.name for m in found if not m.short}
    if (
        any(p.level in (PROVINCE, PREFECTURE) or p.name in named for p in places)
        or stem in atlas.common_words
    ):
        return None
    return stem


def _resolve_shorts(found: list[Mention], levels: Counter[str]) -> list[Mention]:
    """东营: of a city and its own district or county sharing its short name (东营市 and 东营区), the one
    whose level the text speaks as more (全市, and 东营区 named once: 东营市); else (吉林省 and 吉林市
    too) the one the text names in full, else the higher level (吉林省)."""
    atlas = gazetteer()
    named = {m.name for m in found if not m.short}
    resolved = []
    for mention in found:
        if mention.short and mention.level in (PROVINCE, PREFECTURE):
            short = next((p.short for p in atlas.names.get(mention.name, ())), "")
            candidates = [p.name for p in atlas.shorts.get(short, ())]
            in_text = [name for name in candidates if name in named]
            pair = [atlas.level_of(name) for name in candidates] == [PREFECTURE, COUNTY]
            if pair and atlas.inside(candidates[1], candidates[0]):  # 东营区 in 东营市
                outer, inner = (levels[name[-1]] for name in candidates)
                in_text = [candidates[0]] if outer > inner else [candidates[1]] if inner > outer else in_text
            if in_text and in_text[0] != mention.name:
                level = atlas.level_of(in_text[0])
                mention = Mention(mention.start, mention.end, in_text[0], level=level, short=True)
        resolved.append(mention)
    return resolved


def _home_areas(text: str, found: list[Mention]) -> list[Mention]:
    """知识城, 科学城 and 区属国企 name the home district, unless the text never names it and is about
    another district (a copy of a home report with every name changed): then they are that district's.
    A bare sector word (国资, 国企) names the home district only in a text that names it or its
    sub-areas."""
    own = home_name()
    named = Counter(m.name for m in found if not (m.area or m.loose or m.passing))
    if own in named:
        return found
    if not any(m.area and not m.loose for m in found):  # nor by its sub-areas (知识城)
        found = [m for m in found if not m.loose or text[m.start : m.end].startswith("区属")]
    if not named:
        return found
    top = named.most_common(1)[0][0]
    if gazetteer().level_of(top) not in (COUNTY, None) or top[-1] not in "区县":
        return found
    return [m for m in found if not m.area or m.loose]  # 区属国企 stays a sector of the home
