"""Years in the text: explicit (2025年, 二〇三五年), by-when (到2025年), plan periods (十四五末, 未来5年)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from huangpu_tracker.chinese.han import HAN
from huangpu_tracker.chinese.numerals import chinese_to_number, digits

# A hard line wrap may split a year (2\n023年).
# (计划2025全年开展…: a year written straight before 全年, its 年 dropped)
_YEAR_RE = re.compile(
    r"(?<![\d.])((?:1\n?9|2\n?0)\n?\d\n?\d|[〇零一二][〇○零O0一二三四五六七八九]{3})\s*(?:年(?!代)|(?=全年))"
)
_BY_RE = re.compile(r"(?:到|至|截至|截止|于)\s*$")
_BASE_RE = re.compile(r"(?:比|较|相比|与|同)\s*$")
_FROM_RE = re.compile(r"(?:由|从)\s*$")  # 由2015年的18家增加到96家: a baseline
_OF_RE = re.compile(r"(?:底|末)?\s*的")
_BASE_AFTER_RE = re.compile(r"(?:底|末)?\s*(?:的)?\s*基础上")  # 在2020年基础上翻一番
_AT_RE = re.compile(r"在\s*$")
_BASIS_AFTER_RE = re.compile(r"[^。；\d]{0,24}?基础上")  # 在2012年各项工作取得显著成绩的基础上: built on
_PLAN_RE = re.compile(
    r"[“\"]?(十[一二三四五六七八九]|[一二三四五六七八九])五[”“\"]?(?:末|期间|时期|规[划画]|期末|目标|主要目标|发展目标"
    r"|重点(?:安排|任务|项目|工程)|主要任务"  # “十四五”重点安排: the plan's works, a time
    # “十四五”县域发展目标任务清单, …现代化规划, 十四五新型城镇化实施方案
    rf"|{HAN}{{2,14}}?(?:规[划画]|目标任务|发展目标|实施方案|行动方案|行动计划))"
    r"|第(十[一二三四五六七八九]|[一二三四五六七八九])个五年规划"
)
# 未来5年 / 今后五年 / 三年内: a span counted from the text's year (not 近五年, 过去五年)
_NEXT_YEARS_RE = re.compile(
    r"(?:未来|今后|此后|奋战|(?:再|力争|争取)用|通过|经过|用(?=\s*\S{1,2}\s*年(?:左右)?时间))"
    r"\s*([\d一二两三四五六七八九十]+)\s*年(?!前|来|间)"
    r"|(?<![\d零一二两三四五六七八九十百千第近去])([一二两三四五六七八九十]|\d{1,2})\s*年(?=内|翻|实现翻|倍增)"
)
_RANGE_RE = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:[-－—~～至到]|——)\s*((?:19|20)\d{2})\s*(?:年|(?=[）)]))")


@dataclass(frozen=True)
class YearMention:
    """A year written at text[start:end]; `by` when it is a deadline (到2025年)."""

    start: int
    end: int
    year: int
    by: bool
    base: bool = False  # 比2020年翻一番: a baseline, not the time the sentence speaks of


def _year_value(token: str) -> int:
    return int(digits(token.replace("\n", "")))


def year_mentions(text: str) -> list[YearMention]:
    """Explicit calendar years in `text`, in order (2021年1-11月 counts as 2021)."""
    found = []
    for match in _YEAR_RE.finditer(text):
        before = text[max(0, match.start() - 3) : match.start()]
        year = _year_value(match.group(1))
        base = bool(
            _BASE_RE.search(before)
            or _BASE_AFTER_RE.match(text, match.end())
            or (_AT_RE.search(before) and _BASIS_AFTER_RE.match(text, match.end()))
            or (_FROM_RE.search(before) and _OF_RE.match(text, match.end()))
        )
        found.append(YearMention(match.start(), match.end(), year, bool(_BY_RE.search(before)), base))
    return found


# 力争2026年、2030年工业产值分别达到2000亿元、4000亿元: a list of years, then one figure for each
_PAIRED_YEARS = re.compile(r"((?:19|20)\d{2})年(?:[、和与及]((?:19|20)\d{2})年)+[^。；]{0,30}?分别")


def paired_years(text: str) -> tuple[int, list[int]] | None:
    """(where the figures start, the years in order) of a list of years that 分别 pairs with as
    many figures after it, or None."""
    match = _PAIRED_YEARS.search(text)
    if match is None:
        return None
    years = [int(year) for year in re.findall(r"((?:19|20)\d{2})年", match.group())]
    return match.end(), years


def plan_period(text: str) -> tuple[int, int] | None:
    """(first, last) year of a five-year plan named in `text` ("十四五"末 -> (2021, 2025))."""
    match = _PLAN_RE.search(text)
    if not match:
        return None
    number = chinese_to_number(match.group(1) or match.group(2))
    if number is None:
        return None
    last = 2025 + 5 * (int(number) - 14)
    return last - 4, last


_GOALS_OF = ("主要目标", "发展目标")
_DOCUMENTS = ("规划", "规画", "方案", "计划")  # 规畫: how Taiwan writes 规划


def plans_named(text: str, as_time: bool = False) -> list[tuple[int, int]]:
    """(first, last) year of every five-year plan named in `text`, in order; with `as_time`, only
    plans named as a time (十五五时期, 十五五末), not as a document (科学编制十五五规划)."""
    found = []
    for match in _PLAN_RE.finditer(text):
        named = match.group()
        if as_time and (
            named.endswith(_DOCUMENTS) or (named.endswith("目标") and not named.endswith(_GOALS_OF))
        ):
            continue  # 科学编制十五五规划 names a document; “十四五”主要目标 the plan's time
        number = chinese_to_number(match.group(1) or match.group(2))
        if number is not None:
            last = 2025 + 5 * (int(number) - 14)
            found.append((last - 4, last))
    return found


def next_years(text: str, from_year: int, inclusive: bool = False) -> tuple[int, int] | None:
    """未来5年 said in `from_year` -> the five years after it, (from_year + 1, from_year + 5);
    奋战三年, 用三年时间 alike. `inclusive`: the text counts its own year as the first (its
    deadlines fall on from_year + 4): (from_year, from_year + 4)."""
    spans = spans_ahead(text, from_year, inclusive)
    return spans[0][1] if spans else None


def spans_ahead(text: str, from_year: int, inclusive: bool = False) -> list[tuple[int, tuple[int, int]]]:
    """Every span of years ahead named in `text` (未来5年, 通过3年努力, 四年翻一番), with where it is
    named: [(position, (first year, last year)), …], counted as `next_years` counts."""
    found = []
    for match in _NEXT_YEARS_RE.finditer(text):
        token = match.group(1) or match.group(2)
        count = int(token) if token.isdigit() else chinese_to_number(token)
        if not count or count > 30:
            continue
        # 未来一年 in a report opening a year is that year; 未来五年 the five after it, or from its
        # own year in a text counting it first; 一年内 a year on either way (no plan's first year)
        first = from_year if (inclusive and count > 1) or (count == 1 and match.group(1)) else from_year + 1
        found.append((match.start(), (first, first + int(count) - 1)))
    return found


@dataclass(frozen=True)
class YearRange:
    """An explicit span of years written at text[start:end] (2021-2025年, 2024年至2026年)."""

    start: int
    end: int
    first: int
    last: int


def year_ranges(text: str) -> list[YearRange]:
    """Every explicit span of years in `text`, in order."""
    return [
        YearRange(m.start(), m.end(), int(m.group(1)), int(m.group(2)))
        for m in _RANGE_RE.finditer(text)
        if int(m.group(1)) < int(m.group(2))
    ]


def year_range(text: str) -> tuple[int, int] | None:
    """An explicit span such as 2021-2025年, 2025—2027年, 2024年至2026年."""
    match = _RANGE_RE.search(text)
    if not match or int(match.group(1)) >= int(match.group(2)):
        return None
    return int(match.group(1)), int(match.group(2))


# 三年新增…, 五年累计…: additions summed over the plan's years
_YEARS_SUM = re.compile(r"(?<![\d第近])(?:[一二两三四五六七八九十]|\d{1,2})\s*年(?:累计|新增|共|合计)")


def speaks_of_years(text: str) -> bool:
    """Whether `text` speaks of a span of years (十四五期间, 未来5年, 2021-2025年, 三年累计)."""
    return bool(plan_period(text) or next_years(text, 2000) or year_range(text) or _YEARS_SUM.search(text))
