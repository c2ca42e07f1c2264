"""Plan tables written as text lines: a header naming the years, rows with the unit beside the label.

    指标                     2020年   2025年   年均增长（%）   属性
    地区生产总值（亿元）      3700     5500     8               预期性
    新增城镇就业（万人）      —        〔15〕                    预期性

Cells are separated by tabs (docx and HTML tables), bars or spaces; a row may open with its serial
number and a cell may carry its % (4.1%). A value under a year column is the figure of that year;
〔〕 or [] marks a sum over the plan period; ≥, >, 以上 … bind it. A row may
also name its years itself, without a header (inline_row):

    地区生产总值（亿元） 2025年 5200 2030年 7000 年均增长 6%
    研发投入强度（%）｜2025年：3.1｜2030年：4.0
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from huangpu_tracker.chinese.han import HAN
from huangpu_tracker.documents.bodies import only_bodies
from huangpu_tracker.extraction.metrics import canonical_label
from huangpu_tracker.extraction.model import QUOTE_MAX, Comparator, Kind, ReportedFigure, Target
from huangpu_tracker.extraction.reported_kind import reported_kind
from huangpu_tracker.extraction.years import plan_period, year_mentions

ATTRIBUTES = "预期性|约束性|指导性"  # the words of a plan table's attribute column
_CELL_SPLIT = re.compile(r"\s*[\t|｜]\s*|\s+")
_NUMBER_CELL = re.compile(
    r"^(?P<open>[〔\[【［（(])?(?P<bound>[<>≥≤＞＜]=?|不[少低]于|不超过|不高于)?(?P<value>\d+(?:\.\d+)?)"
    r"(?:[—－\-~～至](?P<high>\d+(?:\.\d+)?))?(?P<percent>[%％])?(?P<close>[〕\]】］）)])?"  # 〔3000—4000〕
    r"(?P<suffix>以上|以下|以内|左右)?[∗*＊]?$"  # 6左右∗: a footnote's mark
)
_SUFFIX_TOKEN = re.compile(r"^(?:以上|以下|以内|左右)$")  # 5 左右: the bound as a cell of its own
# 万元/人, 微克/立方米: a unit per head or per volume, written in a unit cell of its own
_UNIT_TOKEN = re.compile(r"^[^\d\s/／]{1,4}[/／][^\d\s/／]{1,4}$|^1[/／]\d*[十百千万]$")  # 人/万人, 1/10万
# the cells of a row: between bars where the table has them (每千人拥有 3 岁以下…托位 | 个 | 4.50), else
# between spaces
_BAR = re.compile(r"[|｜]")
_BARRED_CELL = re.compile(r"[^\s|｜](?:[^|｜]*[^\s|｜])?")
_SPACED_CELL = re.compile(r"[^\s|｜]+")
# 经济强    1    地区生产总值…: a category cell and a serial number opening a row
_CATEGORY_SERIAL = re.compile(
    rf"^\s*(?:{HAN}{{2,8}}(?:[ \t]+(?!{ATTRIBUTES}){HAN}{{2,4}})?[ \t|｜]+)?"  # 健康水平 指标 |
    r"\d{1,3}(?:[.、．])?[ \t|｜]+(?=[^\s\d|｜])"
)
_HEADER_WORDS = re.compile(r"指标|属性|序号|单位|类别")
_UNIT_IN_LABEL = re.compile(r"[（(](?P<unit>[^（）()\d]{1,8})[）)]\s*$")
_LABEL_NUMBERING = re.compile(r"^\s*(?:\d+[.、．]|[（(]\d+[）)]|[一二三四五六七八九十]+、)\s*")
_AVG_COLUMN = re.compile(r"年均")
# 目标值, 规划目标, 计划任务 (no year)
_PLANNED_COLUMN = re.compile(r"^(?:规划|预期)?目标值?$|^(?:规划|预期)值$|^(?:计划|规划)任务$")
_BODY_CELL_MAX = 8  # characters of a header cell naming a body (浦东新区)
_PRESENT_COLUMN = re.compile(r"^(?:现状|基期|基准)值?$")  # 现状值 (no year)
# 1 规模以上工业总产值 …, 17 3岁以下婴幼儿入托率: a row's serial number before its label
_SERIAL = re.compile(rf"^\s*\d{{1,3}}(?=[\s|｜]+\d{{0,2}}{HAN})")
BLANK_CELL = re.compile(r"^[—－\-/／…]+$")
_ATTRIBUTE = re.compile(rf"^(?:{ATTRIBUTES})$")
_PROSE_MARKS = "，。；：,;"
_BOUNDS: dict[str, Comparator] = {
    **{bound: "min" for bound in ("≥", ">", "＞", "不少于", "不低于")},
    **{bound: "max" for bound in ("≤", "<", "＜", "不超过", "不高于")},
}
_SUFFIX_BOUNDS: dict[str, Comparator] = {"以上": "min", "以下": "max", "以内": "max", "左右": "approx"}


@dataclass(frozen=True)
class Column:
    """A value column of a table header: the year it holds, or the average growth over the years."""

    year: int | None
    average: bool = False
    planned: bool = False  # 目标值 without a year: the value at the end of the plan the text sets out
    present: bool = False  # 现状值 without a year: the value the plan starts from


@dataclass(frozen=True)
class Cell:
    """A value of a table row: text[start:end] of the row line."""

    start: int
    end: int
    value: float
    comparator: Comparator
    period_sum: bool  # 〔〕: a sum over the plan period
    high: float | None = None  # the upper end of a range (〔3000—4000〕)


@dataclass(frozen=True)
class Row:
    """A table row: its label (indicator), unit and value cells in order (None: a blank cell, —)."""

    label: str
    unit: str
    cells: tuple[Cell | None, ...]


def looks_like_row(line: str) -> bool:
    """A line of a text table: a label, then only value, blank and attribute cells (two at least).

    A wrapped line of prose (地区生产总值 4315.6 亿元 同比增长 5.8) has words between its numbers.
    """
    if any(mark in line for mark in _PROSE_MARKS):
        return False
    tokens = [token for token in _CELL_SPLIT.split(_SERIAL.sub("", line).strip()) if token]
    first = next((i for i, t in enumerate(tokens) if _number(t)), None)
    if not first:
        return False  # no value, or no label before it
    cells = tokens[first:]
    if not all(_number(t) or BLANK_CELL.match(t) or _ATTRIBUTE.match(t) for t in cells):
        return False
    return sum(1 for t in cells if not _ATTRIBUTE.match(t)) >= 2


_HEADER_START = re.compile(r"^(?:(?:指标)?类别|分类|序号|(?:主要|具体|核心)?指标(?:名称|项)?|一级(?:指标)?)$")
# a year column's cell: 2025年, （2020年）, 2025年目标值, 2010年实绩, 2025目标 (its 年 left out), a bare
# 2015 over its kind of value (基期值) on the next line; gathered_header rewrites them with 年 first
_YEAR_CELL = (
    r"(?:其中[：:]\s*)?"  # 其中：2021年任务, the part of a plan's total due in its first year
    r"[（(]?(?:19|20)\d{2}(?:\s*年[）)]?(?:目标值?|任务|预计|完成值?|实绩|基数|基期值?|基准值?|现状值?)?"
    r"|(?:目标值?|实绩|基数|基期值?|基准值?|现状值?))?"
    r"|基期值?|基准值|现状值|规划值"  # 2015 ⏎ 基期值: a year and its kind of value on two lines
)
_HEADER_CELL = re.compile(
    r"^(?:(?:(?:指标)?类别|分类|序号|(?:主要|具体|核心)?指标(?:名称|属性|项|值|类型)?|[一二三]级(?:指标)?|单位|属性|类型"
    r"|备注|预计|目标|目标值|(?:计划|规划)任务|现状|(?:近期|远期)规划"
    rf"|完成值|完成情况|预期值|规划目标|年均/?|累计|年均/累计|年均增长?|年均增速|{_YEAR_CELL}"
    r"|[“\"]?十[一二三四五六七八九]五[”\"]?(?:(?:规划)?目标值?|末|期末|期间|时期)?)"  # “十五五” ⏎ 目标
    r"(?:[（(〔\[][^（）()〔〕\[\]]{1,8}[）)〕\]])?"  # 年均增速〔累计〕, 年均增(5年累计)
    r"|[（(〔\[]累计[）)〕\]])$"  # 〔累计〕 on a line of its own
)
# a header cell printed with its bar and a gloss: 2020年基期值(起始日期用作比较的数据) |, 指  标
_CELL_BAR = re.compile(r"^[|｜\s]+|[|｜\s]+$")
_CELL_GLOSS = re.compile(r"[（(][^（）()\d%]{6,30}[)）]")
_BARE_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?![\d.年])")
# “十五五” ⏎ 目标 is “十五五”目标; “十四五” ⏎ 现状 the value at that plan's end (末), “十五五” ⏎ 指标 its goal
_PLAN_OVER_KIND = re.compile(
    r"(十[一二三四五六七八九]五[”\"]?)\s+(?:(?=目标|末|期末)|(?P<present>现状值?)(?=\s|$)|(?P<goal>指标值?)(?=\s|$))"
)
_YEAR_WITHOUT_NIAN = re.compile(r"((?:19|20)\d{2})(?=目标|实绩|基数|基期|基准|现状)")  # 2025目标 → 2025年目标


def _number(token: str) -> re.Match[str] | None:
    """The figure a cell holds, if any: not a serial in brackets (（1）; （86.4％） is a base value) nor
    a dash between numbers that do not rise (2025-12 is a date, 〔3000—4000〕 a range)."""
    number = _NUMBER_CELL.match(token)
    if number is None:
        return None
    bracketed = number.group("open") in ("（", "(")
    if bracketed and "." not in number.group("value") and not number.group("percent"):
        return None
    if number.group("high") and float(number.group("high")) <= float(number.group("value")):
        return None
    return number


def _number_with_unit(token: str, units: tuple[str, ...]) -> tuple[re.Match[str] | None, str]:
    """The figure and unit of a cell written with its unit (5000个, 不低于100公里), else (None, "")."""
    for unit in units:
        if unit and token.endswith(unit) and (number := _number(token[: -len(unit)])):
            return number, unit
    return None, ""


def number_cell(token: str) -> bool:
    """A cell holding a figure: 6.5, 80%, ≥35, 〔18〕, 15左右."""
    return _number(token) is not None


def cell_figure(token: str) -> tuple[float, Comparator] | None:
    """The value and bound of a cell holding a figure (≥35 → 35, min; 30左右 → 30, approx)."""
    number = _number(token)
    if number is None:
        return None
    cell = _cell(0, len(token), number)
    return cell.value, cell.comparator


def unit_cell(token: str, units: tuple[str, ...]) -> bool:
    """A cell holding only a unit: one of `units` (平方公里, 亿元) or one per head, area or volume
    (万元/人, 千米/平方千米, 1/10万)."""
    return token in units or _UNIT_TOKEN.match(token) is not None


def header_text(line: str) -> str:
    """A header cell's line as its words: bars, spaces and a long gloss in brackets taken off."""
    return _CELL_GLOSS.sub("", re.sub(r"\s+", "", _CELL_BAR.sub("", line)))


def opens_header(line: str) -> bool:
    """类别 / 序号 / 指标 on a line of its own: the first cell of a header written one cell per line."""
    return _HEADER_START.match(header_text(line)) is not None


def header_cell(line: str) -> bool:
    """A line holding one header cell (指标名称, 2030年, 2015 ⏎ 基期值, 目标值, 属性 …), or the name of
    the body whose values a column holds (松江 ⏎ “十五五” ⏎ 指标)."""
    text = header_text(line)
    return _HEADER_CELL.match(text) is not None or (len(text) <= _BODY_CELL_MAX and only_bodies(text))


def gathered_header(text: str) -> tuple[Column, ...] | None:
    """The value columns of a header gathered one cell per line (2015 ⏎ 基期值 ⏎ 2020 ⏎ 目标值 |):
    bars and glosses taken off, a year on a line of its own read as that year's column, a plan
    over its kind of value (“十五五” ⏎ 目标) as that plan's."""
    text = _CELL_GLOSS.sub("", text.replace("|", " ").replace("｜", " ")).replace("其中：", "")
    return table_header(_PLAN_OVER_KIND.sub(_plan_over_kind, _BARE_YEAR.sub(r"\1年", text)))


def _plan_over_kind(match: re.Match[str]) -> str:
    return match.group(1) + ("末" if match["present"] else "目标" if match["goal"] else "")


def table_header(line: str) -> tuple[Column, ...] | None:
    """The value columns of a header line (指标 2020年 2025年 年均增长), None if it is no header.

    A header naming its columns (序号 指标 属性 2030年目标值) may hold one year column only."""
    if any(mark in line for mark in _PROSE_MARKS):
        return None
    line = re.sub(r"((?:19|20)\d{2})\s+年", r"\1年", line)  # 2030 年目标
    line = _YEAR_WITHOUT_NIAN.sub(r"\1年", line)
    cells = [cell for cell in _CELL_SPLIT.split(line.strip()) if cell]
    columns: list[Column] = []
    previous = ""
    for cell in cells:
        years = year_mentions(cell)
        if years and len(cell) <= 14 and not _number(cell):
            if columns and (columns[-1].planned or columns[-1].present) and cell[0] in "（(":
                columns.pop()  # 目标值 ⏎ （2025年）: the year under the cell names its column
            columns.append(Column(years[-1].year))
        elif len(cell) <= 14 and (plan := plan_period(cell)) is not None:
            columns.append(Column(plan[1]))  # “十五五”目标: the plan's last year
        elif _AVG_COLUMN.search(cell):
            columns.append(Column(None, average=True))
        elif (planned := _PLANNED_COLUMN.match(cell)) or _PRESENT_COLUMN.match(cell):
            # 2030年 ⏎ 目标, 2015 ⏎ 基期值: the kind of value of the year's column, no column of its own
            if not (columns and columns[-1].year and year_mentions(previous)):
                columns.append(Column(None, planned=bool(planned), present=not planned))
        elif any(char.isdigit() for char in cell):
            return None  # a number that is not a year: a row, not a header
        previous = cell
    # two value columns at least (2020年 2025年 / 2025年 年均增长): 2021年工作安排 is a heading;
    # one is enough beside the names of other columns (序号 指标 属性 2030年目标值)
    named = _HEADER_WORDS.search(re.sub(r"\s", "", line)) is not None
    enough = len(columns) >= 2 or (named and len(cells) >= 3)
    return tuple(columns) if enough and any(c.year or c.planned for c in columns) else None


def table_row(line: str, units: tuple[str, ...], category_first: bool = False) -> Row | None:
    """The label, unit and value cells of a row line, None if it is not one.

    `units`: the units a bare unit cell may hold (亿元, %, 万人 …). `category_first`: the row's
    cells come one per line under a header with a 类别 column before its 指标名称 column, so of two
    label cells (绿色建筑 ⏎ 新建超低能耗建筑面积) the first is the category, not the indicator.
    """
    if any(mark in line for mark in _PROSE_MARKS):
        return None
    line = _SERIAL.sub(lambda serial: " " * len(serial.group()), line)  # offsets kept
    line = _CATEGORY_SERIAL.sub(lambda opening: " " * len(opening.group()), line)
    label_parts: list[str] = []
    unit = ""
    percent = False
    cells: list[Cell | None] = []
    for match in (_BARRED_CELL if _BAR.search(line) else _SPACED_CELL).finditer(line):
        text = match.group()
        number, cell_unit = _number(text), ""
        if number is None and label_parts and any(char.isdigit() for char in text):
            number, cell_unit = _number_with_unit(text, units)  # 5000个, 不低于100公里
        last = cells[-1] if cells else None
        if number:
            cells.append(_cell(match.start(), match.end(), number))
            percent = percent or bool(number.group("percent"))  # 4.1% written in the cell
            unit = unit or cell_unit
        elif _ATTRIBUTE.match(text):
            continue  # 预期性 before or after the values
        elif last is not None and _SUFFIX_TOKEN.match(text) and last.comparator == "reach":
            cells[-1] = replace(last, end=match.end(), comparator=_SUFFIX_BOUNDS[text])
        elif last is not None and unit in ("", text) and unit_cell(text, units):
            unit = text  # 120.14 ⏎ 平方公里: the unit written after each value
        elif (BLANK_CELL.match(text) and label_parts) or (cells or (label_parts and unit)):
            cells.append(None)  # — or a value in words (基本稳定, 完成省定目标): no figure
        elif label_parts and unit_cell(text, units):
            unit = text
        elif not cells and _UNIT_IN_LABEL.search(label_parts[-1] if label_parts else ""):
            cells.append(None)  # 居民收入增长（%） 与经济增长同步: words in the value's place
        else:
            label_parts.append(text)
    if category_first and len(label_parts) >= 2 and _category_cell(label_parts[0], "".join(label_parts[1:])):
        label_parts = label_parts[1:]
    label = _LABEL_NUMBERING.sub("", "".join("".join(label_parts).split()))  # 基层医疗卫生 机构占比
    in_label = _UNIT_IN_LABEL.search(label)
    if in_label:
        unit, label = unit or in_label.group("unit"), label[: in_label.start()]
    unit = unit or ("%" if percent else "")
    if not any(cells) or not unit or not re.search(r"[\u4e00-\u9fffA-Za-z]", label):
        return None
    return Row(label.strip(), unit.strip(), tuple(cells))


_CATEGORY_CELL = re.compile(r"^(?:[一二三四五六七八九十]+、)?\S{2,5}$|类$")  # 设施类, 一、生态建设, 绿色建筑
_LABEL_HAN_MIN = 4


def _category_cell(first: str, rest: str) -> bool:
    """绿色建筑 ⏎ 新建超低能耗建筑面积: a short category cell before a whole indicator, not the first
    half of an indicator wrapped over two cells (规模以上工业 ⏎ 增加值(亿元), 森林蓄积量 ⏎ (万立方米))."""
    rest = re.sub(r"[（(][^）)]*[）)]", "", rest)  # its unit in brackets
    return _CATEGORY_CELL.search(first) is not None and len(re.findall(HAN, rest)) >= _LABEL_HAN_MIN


def _cell(start: int, end: int, number: re.Match[str]) -> Cell:
    bound = number.group("bound") or ""
    comparator = _BOUNDS.get(bound if bound.startswith("不") else bound[:1]) or _SUFFIX_BOUNDS.get(
        number.group("suffix") or "", "reach"
    )
    period_sum = bool(number.group("open") and number.group("close")) and number.group("open") not in "（("
    high = float(number.group("high")) if number.group("high") else None
    if high is not None:
        comparator = "range"
    return Cell(start, end, float(number.group("value")), comparator, period_sum, high)


_INLINE_VALUE = r"[〔\[【［]?[<>≥≤＞＜]?=?\d+(?:\.\d+)?[〕\]】］]?(?:以上|以下|以内|左右)?"
_INLINE_SEPARATORS = r"\s|｜，,；;：:"
_INLINE_CELL = re.compile(
    rf"(?:(?P<year>(?:19|20)\d{{2}})\s*年|(?P<average>年均(?:增长|增速)?率?(?:[（(]%[）)])?))"
    rf"\s*[：:]?\s*(?P<value>{_INLINE_VALUE})%?(?=[{_INLINE_SEPARATORS}]|$)"
)
_INLINE_FILLER = re.compile(rf"[{_INLINE_SEPARATORS}]|{ATTRIBUTES}")


def inline_row(line: str) -> tuple[Row, tuple[Column, ...]] | None:
    """A row naming its own years: the row and its columns, None if the line is no such row.

    Two values at least, one under a year, and a unit in the label; nothing but separators and
    an attribute (预期性) besides.
    """
    cells = list(_INLINE_CELL.finditer(line))
    if len(cells) < 2 or not any(c.group("year") for c in cells):
        return None
    label = _LABEL_NUMBERING.sub("", _INLINE_FILLER.sub("", line[: cells[0].start()]))
    in_label = _UNIT_IN_LABEL.search(label)
    rest = _INLINE_FILLER.sub("", _INLINE_CELL.sub("", line[cells[0].start() :]))
    if in_label is None or rest or not label[: in_label.start()].strip():
        return None  # words between the values: prose, not a row
    row_cells, columns = [], []
    for match in cells:
        number = _number(match.group("value"))
        if number is None:
            return None
        row_cells.append(_cell(match.start("value"), match.end(), number))
        year = match.group("year")
        columns.append(Column(int(year)) if year else Column(None, average=True))
    return Row(label[: in_label.start()].strip(), in_label.group("unit"), tuple(row_cells)), tuple(columns)


def paired(row: Row, columns: tuple[Column, ...]) -> list[tuple[Cell, Column]]:
    """Each value of the row with the header column it stands under."""
    return [(cell, column) for cell, column in zip(row.cells, columns, strict=False) if cell is not None]


@dataclass(frozen=True)
class RowContext:
    """Where a row line sits and what the article knows: offsets index `document_text`."""

    line: str
    offset: int
    document_text: str
    entity: str
    year: int | None  # the year the text is written in
    plan: tuple[int, int] | None  # the five-year plan the text is about


def row_records(row: Row, columns: tuple[Column, ...], context: RowContext) -> list[Target | ReportedFigure]:
    """Targets (years to come) and reported figures (the text's year and before) of one row."""
    years = [c.year for c in columns if c.year]
    last_year = max(years, default=None)
    # 2025年 beside 2030年 in a plan of 2025: the base year of the plan, a figure already reached
    base_year = min(years) if len(years) >= 2 else None
    records: list[Target | ReportedFigure] = []
    for cell, column in paired(row, columns):
        plan = context.plan
        if column.present:  # 现状值 of a 十五五 plan's table: the year before the plan
            year = plan[0] - 1 if plan is not None else None
        elif column.planned:  # the 目标值 of a 十五五 plan's table: its last year
            year = plan[1] if plan is not None else None
        else:
            year = column.year or last_year
        if year is None:
            continue
        unit = "%" if column.average and not cell.period_sum else row.unit
        kind = _kind(row, cell, column)
        metric = canonical_label(row.label)
        if kind in ("growth", "avg_growth") and not metric.endswith(("增速", "增长")):
            metric += "增速"
        start = context.offset + max(0, cell.end - QUOTE_MAX)
        end = context.offset + cell.end
        quote = context.document_text[start:end]
        if _is_goal(year, context) and not (year == base_year == context.year):
            period_start = None
            if kind in ("avg_growth", "cumulative"):
                period_start = context.plan[0] if context.plan and context.plan[1] == year else year - 4
                if base_year is not None and base_year < year and not context.plan:
                    period_start = base_year + 1
            records.append(
                Target(context.entity, None, metric, kind, cell.comparator, cell.value, cell.high, unit, year,
                       period_start, quote, start, end, context.line, 0.6)
            )  # fmt: skip
        elif kind != "avg_growth":
            records.append(
                ReportedFigure(context.entity, None, metric, year, cell.value, unit,
                               QUALIFIERS[cell.comparator], quote, start, end, context.line, 0.6,
                               reported_kind(f"{metric}{quote}", unit))
            )  # fmt: skip
    return records


# how a reported figure's bound reads: ≥35 in a table of results is "over" 35
QUALIFIERS: dict[Comparator, str] = {
    "min": "over", "max": "under", "approx": "approx", "reach": "exact", "range": "approx"
}  # fmt: skip


def _is_goal(year: int, context: RowContext) -> bool:
    """2025 in a 2021 text is a goal; the text's own year is one too unless its plan starts later."""
    if context.year is None or year > context.year:
        return True
    return year == context.year and not (context.plan and context.plan[0] > year)


def _kind(row: Row, cell: Cell, column: Column) -> Kind:
    if cell.period_sum:
        return "cumulative"  # 〔130〕, also in a 年均/累计 column
    if column.average or ("年均" in row.label and row.unit == "%"):
        return "avg_growth"
    if row.unit == "%" and re.search(r"增长|增速", row.label):
        return "growth"
    return "level"
