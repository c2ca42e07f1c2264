"""China's administrative divisions and the development zones that set goals, read from resources/.

`divisions.tsv` (code, name, level, parent code, short form) is converted from a published table,
`former.tsv` (the same columns, then the year given up and the successors) from a published history
of the divisions (see resources/gazetteer/README.md); `zones.tsv` is a hand-kept list of new areas, parks and
zones with their usual other names. Both load in a few milliseconds, once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from huangpu_tracker.paths import resource

PROVINCE, PREFECTURE, COUNTY, ZONE, REGION = "province", "prefecture", "county", "zone", "region"
RANK = {REGION: -1, PROVINCE: 0, PREFECTURE: 1, COUNTY: 2, ZONE: 3}


@dataclass(frozen=True)
class Place:
    """A division (江津区, code 500116, parent 500000) or a zone (前海深港现代服务业合作区)."""

    code: str
    name: str
    level: str
    parent: str  # code of the division it belongs to ("" for a province)
    short: str = ""  # 江津 for 江津区; "" when the name has no safe short form


@dataclass(frozen=True)
class Gazetteer:
    places: dict[str, Place]  # code -> division (zones have codes of their own: Z1, Z2 …)
    names: dict[str, tuple[Place, ...]]  # full name or alias -> places so named
    shorts: dict[str, tuple[Place, ...]]  # short form -> places, highest level first
    common_words: frozenset[str]  # short forms never read bare (白银, 来宾)
    # division -> the names of the zone it is run together with (黄埔区: 广州开发区 …; 平潭县: 平潭综合实验区)
    also_called: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def parent(self, place: Place) -> Place | None:
        return self.places.get(place.parent)

    def parent_name(self, name: str) -> str | None:
        """广州市 for 黄埔区 (the first place of that name when several share it)."""
        found = self.names.get(name)
        parent = self.parent(found[0]) if found else None
        return parent.name if parent else None

    def ancestors(self, name: str) -> Iterator[str]:
        """The divisions `name` lies in, nearest first (广州市, 广东省 for 黄埔区; the first place of
        that name when several share it)."""
        found = self.names.get(name)
        if found:
            yield from self._above(found[0])

    def run_with_a_district_zone(self, name: str) -> bool:
        """Whether `name` is run together with a zone named as a district (平潭县: 平潭综合实验区)."""
        return any(zone.endswith("区") for zone in self.also_called.get(name, ()))

    def level_of(self, name: str) -> str | None:
        found = self.names.get(name)
        return found[0].level if found else None

    def inside(self, name: str, outer: str) -> bool:
        """Whether body `name` lies inside body `outer` (黄埔区 in 广州市), any of the places so named
        (城中区 in 西宁市 and in 柳州市); a name the gazetteer lacks by the place it is named after
        (株洲经开区 in 湖南省, 盐田综合保税区 in 盐田区)."""
        if name == outer:
            return False
        if self.parent_name(name) is None and (named_after := self._named_after(name)) is not None:
            return named_after == outer or outer in self.ancestors(named_after)
        return any(outer in self._above(place) for place in self.names.get(name, ()))  # 城中区: 西宁, 柳州

    def _above(self, place: Place) -> Iterator[str]:
        """The names of the divisions `place` lies in, nearest first."""
        parent = self.parent(place)
        while parent is not None:
            yield parent.name
            parent = self.parent(parent)

    def _named_after(self, name: str) -> str | None:
        """The city or county whose short form opens `name` (株洲 of 株洲经开区)."""
        for size in (3, 2):
            places = self.shorts.get(name[:size])
            if places and len(name) > size:
                return places[0].name
        return None


def _rows(*parts: str) -> list[list[str]]:
    lines = resource("gazetteer", *parts).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


@cache
def gazetteer() -> Gazetteer:
    places: dict[str, Place] = {}
    names: dict[str, list[Place]] = {}
    shorts: dict[str, list[Place]] = {}
    # divisions of today, then those given up since 2000 under a name no division bears now (蓟县)
    divisions = _rows("divisions.tsv") + [row[:5] for row in _rows("former.tsv")]
    for code, name, level, parent, short in divisions:
        place = Place(code, name, level, parent, short)
        places[code] = place
        names.setdefault(name, []).append(place)
        if short:
            shorts.setdefault(short, []).append(place)
    plain: list[tuple[str, Place]] = []
    also_called: dict[str, list[str]] = {}
    for index, (name, parent, kind, aliases) in enumerate(_rows("zones.tsv"), 1):
        others = [alias for alias in aliases.split("、") if alias]
        if kind == "alias":  # other names of a division (广州开发区 = 黄埔区)
            for alias in others:
                names.setdefault(alias, []).append(places[parent])
            also_called.setdefault(places[parent].name, []).extend(others)
            continue
        zone = Place(f"Z{index}", name, REGION if kind == "region" else ZONE, parent)
        if kind != "region" and places.get(parent, zone).level == "county":  # 平潭综合实验区 runs 平潭县
            also_called.setdefault(places[parent].name, []).extend([name, *others])
        places[zone.code] = zone
        for alias in [name, *others]:
            names.setdefault(alias, []).append(zone)
        if kind == "etdz":
            plain.extend(
                (f"{alias[: -len('经开区')]}开发区", zone) for alias in others if alias.endswith("经开区")
            )
    for alias, zone in plain:  # 大亚湾开发区: a national zone called plainly 开发区, where no other place is
        names.setdefault(alias, [zone])
    for found in shorts.values():
        found.sort(key=lambda place: RANK[place.level])
    words = [row[0] for row in _rows("common_words.txt")]
    return Gazetteer(
        places,
        {name: tuple(found) for name, found in names.items()},
        {short: tuple(found) for short, found in shorts.items()},
        frozenset(words),
        {name: tuple(zones) for name, zones in also_called.items()},
    )
