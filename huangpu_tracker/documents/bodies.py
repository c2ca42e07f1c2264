"""Named bodies (districts, cities, development zones, customs) and the issuer they stand for.

The same recogniser as extraction (places/recognise.py): gazetteer names and short forms, zones,
the home district's other names (广州开发区 = 黄埔区; a bare 黄浦区 is Shanghai's, another district).
A city written before its district (广州市天河区) names the district. Sub-areas (知识城) and
sector words are not issuers; 全区 and mentions in passing are not counted here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from huangpu_tracker.documents.lines import CLAUSE_MARK
from huangpu_tracker.places.gazetteer import PREFECTURE, PROVINCE, REGION
from huangpu_tracker.places.mention import TOWNS, Mention, city_of_district
from huangpu_tracker.places.owner import dominant_body as _dominant
from huangpu_tracker.places.recognise import find_bodies

_CONTEXT = 2000  # characters of a text read with its title for the full names of bodies


def _issuers(text: str, *, loose: bool, context: str = "") -> list[Mention]:
    kept: list[Mention] = []
    found = find_bodies(f"{text}\n{context[:_CONTEXT]}") if context else find_bodies(text)
    for mention in (m for m in found if m.start < len(text)):
        if mention.deictic or mention.area or mention.loose or (mention.short and not loose):
            continue
        if kept and city_of_district(kept[-1], mention):
            kept.pop()  # 广州市天河区: the district
        kept.append(mention)
    return kept


def first_body(text: str, context: str = "") -> str | None:
    """The body a (title) line is about: the first district or zone it names (…湖南临床研究中心落户
    长沙高新区: 长沙高新区), else the first city or province, bare names included. `context`: the text
    below the title, whose full names tell a town written short after its district (武清区下朱庄街 =
    下朱庄街道); it only makes the title's own body more precise."""
    named = _first(_issuers(text, loose=True))  # read alone: the context may make a word a place
    if named is None:
        return None
    if context:
        # the town the context names in full, written right after the title's district
        town = next((m for m in _issuers(text, loose=True, context=context) if m.start == named.end), None)
        if town is not None and town.name.endswith(TOWNS):
            return town.name
    return named.name


def _first(mentions: list[Mention]) -> Mention | None:
    local = [m for m in mentions if m.level not in (PROVINCE, PREFECTURE, REGION)]
    chosen = local or mentions
    return chosen[0] if chosen else None


def local_bodies(text: str) -> list[str]:
    """Districts, counties and zones a headline names (a province named in passing is not its body)."""
    return [m.name for m in _issuers(text, loose=False) if m.level not in (PROVINCE, PREFECTURE, REGION)]


_ENUMERATED = re.compile(r"(?<![\d一二三四五六七八九十])、")  # not a serial (8、哈尔滨新区…)
_ITEM_END = re.compile(r"(?:[（(][^）)\n]{1,16}[）)])?、")  # 建德经济开发区（航空小镇）、


def lists_things(line: str) -> bool:
    """建德经济开发区（航空小镇）、三江口农旅融合平台、…: a line listing things with a body as one of
    its items (a table's cell), no heading about that body; not 建德市新建、改建、扩建农村公路, a
    body doing several things."""
    if len(_ENUMERATED.findall(line)) < 2 or CLAUSE_MARK.search(line):
        return False
    return any(_ITEM_END.match(line, mention.end) for mention in find_bodies(line))


def only_bodies(text: str) -> bool:
    """南屏镇, 南屏镇、北岸街道, 某经济技术开发区: a line that names bodies and says nothing else."""
    found = find_bodies(text)
    left = list(text)
    for mention in found:
        left[mention.start : mention.end] = " " * (mention.end - mention.start)
    return bool(found) and not "".join(left).strip(" 、，,和及\t")


def dominant_body(text: str) -> str | None:
    """The body `text` is about (its lead and the bodies named as acting weigh most)."""
    return BodyIndex(text).dominant(0, len(text))


class BodyIndex:
    """The bodies of a whole text, found once, to ask which body a part of it is about."""

    def __init__(self, text: str) -> None:
        self.mentions = [m for m in find_bodies(text) if not (m.area or m.loose)]
        self._starts = [m.start for m in self.mentions]

    def dominant(self, start: int, end: int) -> str | None:
        """The body text[start:end] is about, its lead counted from `start`."""
        first, last = bisect_left(self._starts, start), bisect_left(self._starts, end)
        inside = [replace(m, start=m.start - start, end=m.end - start) for m in self.mentions[first:last]]
        return _dominant(inside)
