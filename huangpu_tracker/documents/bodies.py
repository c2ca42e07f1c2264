"""Named bodies (districts, cities, development zones, customs) and the issuer they stand for.

Two sources, longest match first: a small table of bodies the tracker knows with their other
names (广州开发区 and 广州高新区 are 黄埔区; a bare 黄浦区 is Shanghai's), and general patterns
for any other zone or district (成都高新区, 长沙经开区, 上海市黄浦区, 黄埔海关).
"""

from __future__ import annotations

import re
from collections import Counter

# Canonical issuer -> other names. Bare city names (no 市) are short forms used in titles.
_KNOWN: dict[str, tuple[str, ...]] = {
    "黄埔区": ("广州市黄埔区", "黄埔区", "广州开发区", "广州高新区", "广州经济技术开发区", "广州黄埔"),
    "上海市黄浦区": ("上海市黄浦区", "上海黄浦", "黄浦区"),
    "广州市": ("广州市",),
    "上海市": ("上海市",),
    "天河区": ("广州市天河区", "天河区"),
    "白云区": ("广州市白云区", "白云区"),
    "越秀区": ("广州市越秀区", "越秀区"),
    "海珠区": ("广州市海珠区", "海珠区"),
    "荔湾区": ("广州市荔湾区", "荔湾区"),
    "番禺区": ("广州市番禺区", "番禺区"),
    "花都区": ("广州市花都区", "花都区"),
    "南沙区": ("广州市南沙区", "南沙区"),
    "从化区": ("广州市从化区", "从化区"),
    "增城区": ("广州市增城区", "增城区"),
}
# Short forms that name a body only loosely: counted in titles, not as a change of body.
_BARE: dict[str, str] = {"广州": "广州市", "黄埔": "黄埔区", "上海": "上海市"}

# Characters that do not begin or end a place name ("全国经开区", "根据海关", "美丽开发区").
_STOP_PREFIX = set(
    "全本该各我级国省市县区家大首等个两三四五六七十百千万老上城界据是和行这届美丽强立为在了于着过的向对与从由经被将把及"
)
_GENERAL = re.compile(r"[\u4e00-\u9fff]{2}(?:市[\u4e00-\u9fff]{2}区|高新区|经开区|开发区|海关)")


def _alternation(names: list[str]) -> str:
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


_ALIASES = {alias: canon for canon, aliases in _KNOWN.items() for alias in aliases}
_KNOWN_RE = re.compile(_alternation(list(_ALIASES)))
_BARE_RE = re.compile(f"(?:{_alternation(list(_BARE))})(?!海关|[港市区])")


def body_mentions(text: str, *, loose: bool = False) -> list[tuple[int, str]]:
    """(offset, canonical issuer) of every named body in `text`, in order.

    With `loose`, bare city names (广州, 黄埔) count too; use it for titles, not for body counts.
    """
    found: dict[int, tuple[int, str]] = {}
    taken: list[tuple[int, int]] = []
    for pattern, canon in ((_KNOWN_RE, _ALIASES.get), (_GENERAL, _general_name)):
        for match in pattern.finditer(text):
            span = match.span()
            name = canon(match.group())
            if name and not any(a < span[1] and span[0] < b for a, b in taken):
                taken.append(span)
                found[span[0]] = (span[0], name)
    if loose:
        for match in _BARE_RE.finditer(text):
            if not any(a <= match.start() < b for a, b in taken):
                found[match.start()] = (match.start(), _BARE[match.group()])
    return [found[key] for key in sorted(found)]


def _general_name(name: str) -> str | None:
    if name[0] in _STOP_PREFIX or name[1] in _STOP_PREFIX:
        return None
    if name in _ALIASES:
        return _ALIASES[name]
    return name


def first_body(text: str) -> str | None:
    """The first body a (title) line names, bare city names included."""
    mentions = body_mentions(text, loose=True)
    return mentions[0][1] if mentions else None


def dominant_body(text: str) -> str | None:
    """The body named most often in `text` (ties go to the one named first)."""
    counts = Counter(name for _, name in body_mentions(text))
    return counts.most_common(1)[0][0] if counts else None
