"""The home district: the body the analyst follows (default 黄埔区), its other names and sub-areas.

A setting, not a constant: the CLI's `--home`, the app's Settings or `HUANGPU_TRACKER_HOME` choose
it. Its other names come from the gazetteer, for any district (广州开发区 for 黄埔区, 深圳市龙岗区
and 龙岗 for 龙岗区); its sub-areas and sector words from resources/gazetteer/home.tsv.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cache

from huangpu_tracker.errors import TrackerError
from huangpu_tracker.paths import resource

DEFAULT_HOME = "黄埔区"
HOME_ENV = "HUANGPU_TRACKER_HOME"
_MAX_NAME = 20


@dataclass(frozen=True)
class Home:
    """The home district's name, the other names it goes by and its sub-areas (name -> area)."""

    name: str
    aliases: tuple[str, ...] = ()
    areas: dict[str, str] = field(default_factory=dict)
    sectors: dict[str, str] = field(default_factory=dict)  # 区属国企: any district's, home only if alone
    streets: tuple[str, ...] = ()  # its towns and streets (九龙, 长洲): 九龙知识城 is the home's


@cache
def _home_rows() -> tuple[tuple[str, ...], ...]:
    lines = resource("gazetteer", "home.tsv").read_text(encoding="utf-8").splitlines()
    return tuple(tuple(line.split("\t")) for line in lines if line and not line.startswith("#"))


@cache
def describe_home(name: str) -> Home:
    """The Home called `name`, with what home.tsv and the gazetteer know of it."""
    from huangpu_tracker.places.gazetteer import gazetteer  # the gazetteer loads only when needed

    aliases: list[str] = []
    areas: dict[str, str] = {}
    sectors: dict[str, str] = {}
    streets: list[str] = []
    for home, role, other, area in _home_rows():
        if home == name and role == "street":
            streets.append(other)
        elif home == name:
            (areas if role == "area" else sectors)[other] = area
    places = gazetteer().names.get(name, ())
    for place in places[:1]:
        parent = gazetteer().parent(place)
        if parent is not None and parent.level != "province":
            aliases.append(parent.name + name)
        if place.short:
            aliases.append(place.short)
    aliases += [alias for alias, found in gazetteer().names.items() if alias != name and places[:1] == found]
    return Home(name, tuple(dict.fromkeys(aliases)), areas, sectors, tuple(streets))


def check_home_name(name: str) -> str:
    """`name` stripped; TrackerError (one line) for an empty or overlong name."""
    cleaned = name.strip()
    if not cleaned or len(cleaned) > _MAX_NAME or any(ch.isspace() for ch in cleaned):
        raise TrackerError(f"{name!r}: 不是有效的本区名称 / not a valid home district name")
    return cleaned


_current: list[str] = []


def home_name() -> str:
    """The name of the home district in force (cheap: loads no gazetteer)."""
    return _current[0] if _current else os.environ.get(HOME_ENV, "").strip() or DEFAULT_HOME


def home_overridden() -> bool:
    """Whether the command line or the environment chose the home district (over saved settings)."""
    return bool(_current) or bool(os.environ.get(HOME_ENV, "").strip())


def home() -> Home:
    """The home district in force, with its other names and sub-areas."""
    return describe_home(home_name())


def set_home(name: str | None) -> Home:
    """Make `name` the home district (None: back to the environment's or the default)."""
    _current.clear()
    if name is not None:
        _current.append(check_home_name(name))
    return home()
