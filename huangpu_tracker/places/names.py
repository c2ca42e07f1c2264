"""A body as an analyst types it (江津, 广州开发区, 上海市黄浦区) and the bodies it contains."""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from huangpu_tracker.places.gazetteer import gazetteer
from huangpu_tracker.places.recognise import find_bodies


@lru_cache(maxsize=4096)
def canonical_body(name: str) -> str:
    """The body `name` stands for under its canonical name: 江津 -> 江津区, 广州开发区 -> 黄埔区,
    上海市黄浦区 -> 黄浦区 (a city and its district: the district); `name` itself when unknown."""
    written = name.strip()
    places = gazetteer().names.get(written) or gazetteer().shorts.get(written)
    if places:  # 江津, typed alone: its county
        return places[0].name
    found = [m for m in find_bodies(written) if not (m.deictic or m.area or m.loose)]
    whole = found and found[0].start == 0 and found[-1].end == len(written)
    joined = all(a.end == b.start for a, b in pairwise(found))
    return found[-1].name if whole and joined else written


def within(body: str, parent: str) -> bool:
    """Whether `body` is `parent` or lies inside it (黄埔区 and 广州市黄埔区 in 广州市 and 广东省)."""
    body, parent = canonical_body(body), canonical_body(parent)
    atlas = gazetteer()
    seen: str | None = body
    while seen is not None:
        if seen == parent:
            return True
        seen = atlas.parent_name(seen)
    return False
