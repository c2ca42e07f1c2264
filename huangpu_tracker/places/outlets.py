"""News outlets whose names do not say where they are (楚天都市报, 东北网), read from
resources/gazetteer/outlets.tsv: a text that speaks as 我省 or 全市 without naming its province or
city is of its outlet's."""

from __future__ import annotations

import re
from functools import cache

from huangpu_tracker.paths import resource
from huangpu_tracker.places.gazetteer import gazetteer


@cache
def _outlets() -> tuple[dict[str, str], re.Pattern[str]]:
    lines = resource("gazetteer", "outlets.tsv").read_text(encoding="utf-8").splitlines()
    bodies = dict(line.split("\t") for line in lines if line and not line.startswith("#"))
    names = sorted(bodies, key=len, reverse=True)
    return bodies, re.compile("|".join(re.escape(name) for name in names))


def outlet_body(text: str, level: str) -> str | None:
    """The body of `level` (省, 市) of the first outlet `text` names: the outlet's own, or the one it
    lies in (长江日报: 武汉市, and 湖北省 for 全省); None when it names none of that level."""
    bodies, pattern = _outlets()
    atlas = gazetteer()
    for match in pattern.finditer(text):
        body = bodies[match.group()]
        for name in (body, *atlas.ancestors(body)):
            if name.endswith(level) or (level == "区" and name.endswith("自治区")):
                return name
    return None
