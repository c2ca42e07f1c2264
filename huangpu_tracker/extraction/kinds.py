"""What a figure measures over time: a level, a growth rate, an average annual rate, a sum, new additions."""

from __future__ import annotations

import re

from huangpu_tracker.extraction.numbers import Figure

_AVG_GROWTH = re.compile(r"年均(?:增长|增速|递增|提高|提升)?[^，,；;。、]{0,4}$")
# 提高5% is a growth; 提高到30% names the level to reach.
_GROWTH = re.compile(r"(?:增长|增速|增幅|提高|提升|增加(?!值)|下降|降低|递增)(?![到至])[^，,；;。、]{0,6}$")
_CUMULATIVE = re.compile(r"累计")
# Verbs that count what is added within the year or period (新增学位, 引进项目, 建成学校 …).
INCREMENT_VERBS = (
    "新增",
    "新开工",
    "改造",
    "实施",
    "新引进",
    "引进",
    "新建",
    "建成",
    "遴选",
    "新开办",
    "开办",
    "认定",
    "招引",
    "签约",
    "落户",
    "开工",
    "动工",
    "竣工",
    "投产",
    "投试产",
    "拆除",
    "收地",
    "增设",
    "新招聘",
    "招聘",
    "举办",
    "完成",
)
_INCREMENT = re.compile("|".join(INCREMENT_VERBS))
_RESULT_AFTER = re.compile(r"[^，,；;。]{0,8}(?:投产|开工|动工|竣工|落地|上市)\s*(?:$|[，,；;。、])")
_MONEY_OR_AREA = ("元", "美元", "平方米", "平方公里", "亩")
_STOCK_WORDS = re.compile(r"规模|总量|总额|产值|比重|强度|率|占")


def kind_for(figure: Figure, before: str, after: str, multi_year: bool = False) -> str:
    """Kind of `figure` from the clause text before and after it.

    `multi_year`: the sentence speaks of a period (未来5年, 十四五期间), so 累计 is a sum over it;
    without one, 累计 before a head count (院士累计超100名) is a stock, a level.
    """
    if figure.unit in ("%", "个百分点", "百分点") and _AVG_GROWTH.search(before):
        return "avg_growth"
    if figure.unit in ("%", "个百分点", "百分点", "倍") and _GROWTH.search(before) and not figure.multiple:
        return "growth"
    if _CUMULATIVE.search(before) and (multi_year or figure.unit.endswith(_MONEY_OR_AREA)):
        return "cumulative"
    if _is_increment(figure, before, after):
        return "increment"
    return "level"


def _is_increment(figure: Figure, before: str, after: str) -> bool:
    if figure.unit.endswith("%") or figure.level:
        return False
    verb = _INCREMENT.search(before)
    if verb is None:
        # 实现20个项目投产: the verb follows the counted noun.
        return figure.is_count and bool(_RESULT_AFTER.match(after))
    tail = before[verb.start() :]
    if _STOCK_WORDS.search(tail):
        return False
    # 完成/签约 + money (完成固定资产投资800亿元) is the year's volume, a level; 完成 + count is new items.
    return not (verb.group() in ("完成", "签约") and figure.unit.endswith(_MONEY_OR_AREA))
