"""News outlets whose names do not say where they are (楚天都市报, 东北网), read from
resources/gazetteer/outlets.tsv: a text that speaks as 我省 or 全市 without naming its province or
city is of its outlet's."""

from __future__ import annotations

import re
from functools import cache

from huangpu_tracker.chinese.han import HAN
from huangpu_tracker.paths import resource
from huangpu_tracker.places.gazetteer import gazetteer


@cache
def _outlets() -> tuple[dict[str, str], re.Pattern[str]]:
    lines = resource("gazetteer", "outlets.tsv").read_text(encoding="utf-8").splitlines()
    bodies = dict(line.split("\t") for line in lines if line and not line.startswith("#"))
    names = "|".join(re.escape(name) for name in sorted(bodies, key=len, reverse=True))
    # as a source is named: 楚天都市报讯, 来源：东南网, 长江日报 2025年…, 东南网-海峡导报2月21日讯 (not
    # 长江经济带的交汇点, 城乡居民生活报告, 东方网络)
    before = rf"(?:(?<!{HAN})|(?<=据)|(?<=来源)|(?<=稿源)|(?<=转自)|(?<=本报))"
    after = r"(?=讯|记者|报道|消息|客户端|[\s\d\-—|｜（）()【】\[\]:：]|$)"
    return bodies, re.compile(f"{before}(?:{names}){after}", re.MULTILINE)


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
