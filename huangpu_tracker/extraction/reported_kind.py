"""What a reported figure is a figure of, read from its own clause: a level, a year's addition, a
growth rate or a total over several years. A series takes only the figures whose kind fits it
(`huangpu_tracker.assessment.offers`): a five-year total is not a year's level.

* period_total — 累计, 合计/共计/总计, 年均, 五年来 / 五年…共, 十三五期间: the figure spans years;
* growth_rate — a figure in % after 增长 / 增速 / 同比 / 下降 (the change of a year);
* addition — 新增, 引进, 建成, 新建, 新落户 (what the year added);
* level — anything else (a stock or a year's amount: 总产值8000亿元, 百亿级项目超30个).
"""

from __future__ import annotations

import re

from huangpu_tracker.extraction.model import ReportedKind

_PERIOD = re.compile(
    r'累计|合计|共计|总计|年均|五年来|过去五年|五年[^，,；;。]{0,30}共|十[一二三四五]五[”"」]?(?:期间|时期)'
)
_GROWTH = re.compile(r"增长|增速|增幅|同比|下降|降低|回落")
_ADDITION = re.compile(r"新增|引进|建成|新建|新落户")
_PERCENT = ("%", "％")


def reported_kind(clause: str, unit: str) -> ReportedKind:
    """The kind of the figure ending `clause` (the text of its clause up to and including it)."""
    if _PERIOD.search(clause):
        return "period_total"
    if unit.strip() in _PERCENT and _GROWTH.search(clause):
        return "growth_rate"
    if _ADDITION.search(clause):
        return "addition"
    return "level"
