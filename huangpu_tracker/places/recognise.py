"""Bodies named in a text, in one pass over it: gazetteer names, patterns, 全区/我市.

1. Names of the gazetteer and the home district (江津区, 前海, 广州开发区, 知识城) by longest match
   from a dictionary keyed on the first character: linear in the text, no regular expression of
   all names. Short forms name a province or city anywhere (重庆, 吉林), a county only as the
   one acting (萧山将…) or once its full name is in the text (江津 after 江津区).
2. What the gazetteer lacks, by pattern: a name + 区/县/镇/新区/合作区/园区/高新区/科创园 … at a
   word boundary, or after a known place (如皋高新区); generic words (城区, 示范区) are not names.
3. 全区, 我市, 本县: the text's own body of that level (`deictic`).
Mentions in passing (融入重庆, 占全市, 全省第一) are marked and do not vote for the owner.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from huangpu_tracker.home import Home, home, home_name
from huangpu_tracker.paths import resource
from huangpu_tracker.places.gazetteer import COUNTY, PREFECTURE, PROVINCE, REGION, ZONE, Gazetteer, gazetteer


@dataclass(frozen=True)
class Mention:
    """A body named at text[start:end]; `area` when it is a sub-area of the home district."""

    start: int
    end: int
    name: str
    area: str | None = None
    loose: bool = False  # a sector word (国企) rather than a named sub-area (知识城)
    level: str | None = None  # province / prefecture / county / zone; None: found by pattern
    deictic: bool = False  # 全区, 我市: the text's own body of that level
    passing: bool = False  # 融入重庆, 占全市, 全省第一: named in passing, no vote
    short: bool = False  # written in a short form (广州, 黄埔)

    @property
    def is_home(self) -> bool:
        return self.name == home_name()


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


def _index_of(entries: dict[str, _Entry]) -> _Index:
    lengths: dict[str, set[int]] = {}
    for name in entries:
        lengths.setdefault(name[0], set()).add(len(name))
    chars = "".join(sorted(lengths))
    return _Index(
        entries,
        {ch: tuple(sorted(sizes, reverse=True)) for ch, sizes in lengths.items()},
        re.compile(f"[{re.escape(chars)}]"),
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


_CJK = re.compile(r"[\u4e00-\u9fff]+")
# 萧山将…, 南湖科创园今年…: a short form or a new name followed by what it will do acts.
PREDICATE = re.compile(
    r"(?:今年|明年|全年|下一步|未来|今后)?(?:将|要|计划|力争|提出|拟|确保|争取|全力|着力|聚焦|坚持|预计)"
)
# 中山大学, 黄埔军校, 长沙路: a short form that starts another name.
_NAME_GOES_ON = re.compile(r"大学|学院|军校|中学|小学|医院|大道|路|街|银行|集团|公司|机场|站|港|号|牌|话|菜")
_SUFFIX = re.compile(
    r"高新技术产业开发区|经济技术开发区|综合保税区|工业园区|自贸片区|新片区|合作区|高新区|经开区|开发区"
    r"|科创园|科技园|产业园|自贸区|保税区|海关|新区|园区|区|县|镇|旗"
)
_ADMIN = frozenset("区县镇旗")
_ZONE_SHORT = {"高新技术产业开发区": "高新区", "经济技术开发区": "经开区", "自由贸易试验区": "自贸试验区"}
_NOT_NAME_AFTER = {"区": "域间块位划属级内外直长", "县": "域城级属内长", "镇": "村街", "旗": "帜舰"}
# 云栖区委, 临江县人民政府: a name followed by its own institutions
_OWN_INSTITUTION = re.compile(r"委|人民政府|政府|党委|党工委|管委会|人大")
# 全区, 我市, 本县 (not 全市场, 全县域); in passing after 占/居/高于 or before 第一/排名.
_DEICTIC = re.compile(r"(?:全|我|本)(省|市|区|县|镇|旗)(?!场|域|民|委|长|属|级|内外)")
_PASSING_BEFORE = re.compile(
    r"(?:对|融入|对接|接轨|辐射|对标|比肩|赴|前往|毗邻|紧邻|占|居|列|高于|低于|超过|位居|领先)$"
)
_PASSING_AFTER = re.compile(
    r"(?:第[一二三四五六七八九十\d]|排名|排位|前列|首位|之首|平均|总量的|的比重|同期)"
)
_LOOK_BACK = 8  # bodies named before a 全市 among which its own is sought
LEAD = 200  # characters at the start of a text where its subject is named (title and lead)


def find_bodies(text: str) -> list[Mention]:
    """Every body named in `text` in order, each under one canonical name (江津 = 江津区)."""
    index = _index(home_name())
    taken = bytearray(len(text) + 1)
    found = _dictionary_names(text, index, taken)
    found += _pattern_names(text, index, taken, found)
    found += _second_pass(text, taken, found)
    found = _resolve_shorts(sorted(found, key=lambda m: m.start))
    found = _home_areas(found)
    found = [_mark_passing(text, m) for m in found]
    found += _deictic(text, found, taken)
    return sorted(found, key=lambda m: m.start)


def _dictionary_names(text: str, index: _Index, taken: bytearray) -> list[Mention]:
    found: list[Mention] = []
    after = 0
    for match in index.starts.finditer(text):
        start = match.start()
        if start < after:
            continue
        for size in index.lengths[match.group()]:
            name = text[start : start + size]
            entry = index.entries.get(name)
            if entry is None or not _accept(text, start, start + size, entry, found):
                continue
            found.append(
                Mention(
                    start, start + size, entry.names[0], entry.area, entry.kind == "sector",
                    entry.level, short=entry.kind in ("short", "county_short"),
                )
            )  # fmt: skip
            taken[start : start + size] = b"\x01" * size
            after = start + size
            break
    return found


def _accept(text: str, start: int, end: int, entry: _Entry, found: list[Mention]) -> bool:
    if entry.kind in ("full", "area", "sector"):
        return entry.kind == "full" or not _NAME_GOES_ON.match(text, end)
    if _NAME_GOES_ON.match(text, end):
        return False  # 中山大学, 长沙路
    if entry.kind == "short":
        return True
    # a county's short form: acting at the start of a clause (萧山将…) or after its city (杭州萧山)
    if PREDICATE.match(text, end) and (start == 0 or not _CJK.match(text[start - 1])):
        return True
    previous = found[-1] if found else None
    return previous is not None and previous.end == start and previous.level in (PROVINCE, PREFECTURE)


def _known(prefix: str, index: _Index) -> bool:
    if prefix in index.entries:
        return True
    return any(
        prefix[:cut] in index.entries and prefix[cut:] in index.entries for cut in range(2, len(prefix) - 1)
    )


def _at_boundary(text: str, pos: int, ends: dict[int, Mention]) -> bool:
    if pos == 0 or pos in ends:
        return True
    before = text[pos - 1]
    if not _CJK.match(before) or before in _words()["boundary_chars"]:
        return True
    return text[max(0, pos - 2) : pos] in _words()["boundary_words"]


@cache
def _words() -> dict[str, frozenset[str]]:
    """The word families of resources/gazetteer/words.tsv (generic, verbs, no_first …)."""
    families = {}
    for line in resource("gazetteer", "words.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, words = line.split("\t")
            families[name] = frozenset(words.split() if " " in words else words)
    return families


def _plausible(prefix: str) -> bool:
    words = _words()
    return (
        _CJK.fullmatch(prefix) is not None
        and prefix[-2:] not in words["generic"]
        and prefix[-2:] not in words["verbs"]
        and prefix[0] not in words["no_first"]
        and not any(ch in words["bad_chars"] for ch in prefix)
    )


def _confirmed(text: str, start: int, end: int, ends: dict[int, Mention]) -> bool:
    """A new name is a body where a text names it as one: in its title or lead, as the one acting
    (南湖科创园今年将…), after its city (杭州市云栖区) or with its institutions (云栖区委)."""
    return (
        start < LEAD
        or start in ends
        or bool(PREDICATE.match(text, end))
        or bool(_OWN_INSTITUTION.match(text, end))
    )


def _pattern_names(text: str, index: _Index, taken: bytearray, found: list[Mention]) -> list[Mention]:
    ends = {mention.end: mention for mention in found}
    new: list[Mention] = []
    for match in _SUFFIX.finditer(text):
        suffix, start = match.group(), match.start()
        following = text[match.end() : match.end() + 1]
        if taken[start] or (following and following in _NOT_NAME_AFTER.get(suffix, "")):
            continue
        place = ends.get(start)
        if (
            suffix not in _ADMIN
            and place is not None
            and place.level != ZONE
            and not (place.area or place.loose or place.is_home)
        ):
            # 杭州 + 高新区, 黄埔 + 海关: a zone named after a place
            found.remove(place)
            new.append(
                Mention(place.start, match.end(), _zone_name(text[place.start : match.end()]), level=ZONE)
            )
            taken[start : match.end()] = b"\x01" * (match.end() - start)
            continue
        sizes = (2,) if suffix in _ADMIN else (4, 3, 2)
        prefixes = [(size, text[start - size : start]) for size in sizes if start - size >= 0]
        prefixes = [
            (size, p) for size, p in prefixes if _plausible(p) and not any(taken[start - size : start])
        ]
        known = [size for size, p in prefixes if suffix not in _ADMIN and _known(p, index)]
        bounded = [
            size
            for size, p in prefixes
            if suffix != "海关"
            and _at_boundary(text, start - size, ends)
            and _confirmed(text, start - size, match.end(), ends)
        ]
        chosen = (known or bounded or [0])[0]
        if not chosen:
            continue
        level = ZONE if suffix not in _ADMIN else None
        name = text[start - chosen : match.end()]
        new.append(Mention(start - chosen, match.end(), _zone_name(name) if level else name, level=level))
        taken[start - chosen : match.end()] = b"\x01" * (match.end() - start + chosen)
    return new


def _zone_name(written: str) -> str:
    """如皋高新技术产业开发区 and 如皋高新区 are one zone: the usual short suffix names it."""
    for long, short in _ZONE_SHORT.items():
        if written.endswith(long):
            return written[: -len(long)] + short
    return written


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
    if not spellings:
        return []
    pattern = re.compile("|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True)))
    new = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(taken[start:end]) or _NAME_GOES_ON.match(text, end):
            continue
        model = spellings[match.group()]
        new.append(Mention(start, end, model.name, level=model.level, short=model.short))
        taken[start:end] = b"\x01" * (end - start)
    return new


def _resolve_shorts(found: list[Mention]) -> list[Mention]:
    """吉林: 吉林市 when the text names 吉林市 and not 吉林省, else the higher level (吉林省)."""
    atlas = gazetteer()
    named = {m.name for m in found if not m.short}
    resolved = []
    for mention in found:
        if mention.short and mention.level in (PROVINCE, PREFECTURE):
            short = next((p.short for p in atlas.names.get(mention.name, ())), "")
            candidates = [p.name for p in atlas.shorts.get(short, ())]
            in_text = [name for name in candidates if name in named]
            if in_text and in_text[0] != mention.name:
                level = atlas.level_of(in_text[0])
                mention = Mention(mention.start, mention.end, in_text[0], level=level, short=True)
        resolved.append(mention)
    return resolved


def _home_areas(found: list[Mention]) -> list[Mention]:
    """知识城, 科学城 name the home district, unless the text never names it and is about another
    district (a copy of a home report with every name changed): then they are that district's."""
    own = home_name()
    named = Counter(m.name for m in found if not (m.area or m.loose or m.passing))
    if not named or own in named:
        return found
    top = named.most_common(1)[0][0]
    if gazetteer().level_of(top) not in (COUNTY, None) or top[-1] not in "区县":
        return found
    return [m for m in found if not (m.area and not m.loose)]


def _mark_passing(text: str, mention: Mention) -> Mention:
    passing = bool(_PASSING_BEFORE.search(text, max(0, mention.start - 2), mention.start))
    passing = passing or bool(_PASSING_AFTER.match(text, mention.end))
    if not passing:
        return mention
    return replace(mention, passing=True)


def _deictic(text: str, found: list[Mention], taken: bytearray) -> list[Mention]:
    """全区 / 我市 / 本县: the body of that level named last before it (the section's own), else
    the one of that level the text names most."""
    voters = [m for m in found if not (m.passing or m.deictic or m.loose or m.area)]
    near = [m for m in found if not (m.passing or m.deictic or (m.area and not m.loose))]  # 区属国企…全区
    starts = [m.start for m in near]
    owners: dict[str, str | None] = {}
    new = []
    for match in _DEICTIC.finditer(text):
        if taken[match.start()]:
            continue
        level = match.group(1)
        before = near[: bisect_left(starts, match.start())]
        name = _last_of_level(before, level)
        if name is None:
            if level not in owners:
                owners[level] = owner_of_level(voters, level)
            name = owners[level]
        if name is not None:
            new.append(_mark_passing(text, Mention(match.start(), match.end(), name, deictic=True)))
    return new


def _of_level(mention: Mention, level: str) -> bool:
    if mention.level == REGION:
        return False  # 粤港澳大湾区 is no one's 全区
    return mention.name.endswith(level) or (level == "区" and mention.level == ZONE)


def _last_of_level(before: list[Mention], level: str) -> str | None:
    """The last body of that level named in full (如皋市), else in a short form (如皋、南通)."""
    recent = [m for m in before[-_LOOK_BACK:] if _of_level(m, level)]
    chosen = [m for m in recent if not m.short] or recent
    return chosen[-1].name if chosen else None


def owner_of_level(found: Iterable[Mention], level: str) -> str | None:
    """The body a text means by 全`level`: the one of that level it names most (its lead counting
    double); for 市/省, the city or province of the districts it names."""
    counts: dict[str, int] = {}
    parents: dict[str, int] = {}
    atlas = gazetteer()
    for mention in found:
        if mention.passing or mention.deictic or mention.loose or mention.area:
            continue
        weight = 2 if mention.start < LEAD else 1
        if _of_level(mention, level):
            counts[mention.name] = counts.get(mention.name, 0) + weight
        parent = atlas.parent_name(mention.name)
        while parent is not None:
            if parent.endswith(level):
                parents[parent] = parents.get(parent, 0) + weight
            parent = atlas.parent_name(parent)
    chosen = counts or parents
    return max(chosen, key=lambda name: chosen[name]) if chosen else None
