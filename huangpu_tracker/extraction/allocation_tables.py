"""Allocation tables: a goal shared out among bodies, one row a body, one column a measure.

    太仓市2019年度能源消耗强度目标分解表
    地区 | 单位规上工业增加值能耗降幅目标(%) |
    全市 | 3.4 |
    城 厢 | 3.4 |

A header opens on a column of bodies (地区, 单位, 县(市、区), 乡镇 …, after 序号 or 城市) and names
its measures with their units in brackets; it may be written on one line or one cell per line, and
so may each row (济南市 ⏎ 全市小计: ⏎ 525 ⏎ 2440 …). A row's last words name its body (其中:1.历下区);
全市, 合计 or 全市小计 stand for the body of the row's group (济南市) or of the text. The year comes
from the caption above the header (2023年…计划表) or is the text's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from huangpu_tracker.chinese.han import HAN
from huangpu_tracker.extraction import vocabulary
from huangpu_tracker.extraction.metrics import canonical_label
from huangpu_tracker.extraction.model import Comparator, Kind
from huangpu_tracker.extraction.numbers import UNITS
from huangpu_tracker.extraction.sentences import Sentence
from huangpu_tracker.extraction.tables import cell_figure, number_cell
from huangpu_tracker.extraction.units import KEPT_MAGNITUDES

_BODY_COLUMN = re.compile(
    r"^(?:序号|城市|地区|单位|区域|地市|市州|设区市|行政区|县区|区县|县市区|镇街"
    r"|[市县镇乡区](?:[（(][^（）()]{1,6}[）)])?)$"  # 县(市、区), 镇(街道), 市（州）
)
_SERIAL_COLUMN = "序号"
_MEASURE = re.compile(rf"^(?P<name>{HAN}[^\d|｜]{{0,30}}?)\s*[（(](?P<unit>[^（）()\d]{{1,8}})[）)]$")
_UNITS = frozenset(magnitude + unit for magnitude in ("", *KEPT_MAGNITUDES) for unit in UNITS) | {"%"}
_UNITS_LONGEST_FIRST = sorted(_UNITS, key=len, reverse=True)
_SPLIT = re.compile(r"\s*[|｜\t]\s*|\s{2,}")
_BLANK = re.compile(r"^[—－\-/／…]+$")
_TOTAL = re.compile(r"^(?:全[省市区县镇乡])?(?:合计|总计|小计)?$")  # 全市, 合计, 全省合计, 全市小计
_LABEL_NOISE = re.compile(r"^(?:其中\s*[:：]?)?\s*(?:\d{1,3}\s*[.、．]\s*)?|[（(][^（）()]*[)）]|[:：\s]")
_CAPTION = re.compile(r"((?:19|20)\d{2})\s*年度?[^。；，,]{0,30}?(?:表|计划|任务|目标|指标|分解)")
_GOAL_CAPTION = re.compile(r"计划|目标|任务|分解|下达|安排|指标")
_REPORT_CAPTION = re.compile(r"完成|情况|执行|实际|进展|进度")  # 主要经济指标完成情况, 完成数(人)
_MAX_HEADER_LINES = 12
_UNIT_LINE = re.compile(r"^\s*单位\s*[:：]\s*(\S{1,6})\s*$")
_MONEY = re.compile(r"投资|资金|金额|产值|收入|营收|总额")
_COUNT_OR_SHARE = re.compile(r"个数|数量|数$|率|占比|比例|比重")
_NOT_A_LABEL = re.compile(r"[，,。；;\d]")
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）])")
_WORDS_ONLY = re.compile(rf"{HAN}{{2,16}}")  # 建筑面积: a measure without its unit
_COUNT_UNITS = frozenset(vocabulary.words("numbers.count_units"))
_WORK = re.compile(r"新增|新建|改造|建设|建成|完成|培育|引进|实施")  # 改造面积: what the plan adds
_CHANGE = re.compile(r"增长|增速|增幅|降幅|降低|下降|提高|减少")
_GOAL_WORD = re.compile(r"(?:目标|指标|任务)值?$")  # 能耗降幅目标(%): the measure is the 能耗降幅
# 计划投资额 (not 计划投资完成率); 目标值 (not 任务完成数, 目标完成值: what is done)
_PLANNED = re.compile(
    r"(?:年度)?计划(?!.*率$)|(?:年度)?(?:目标|任务)(?!.*(?:完成|实际|累计|率))"
    r"|年度[^完实累率]{0,6}计划$"  # 年度投资计划: the year's plan of a measure
)


Cell = tuple[str, int, int]  # a cell's text and its offsets


@dataclass(frozen=True)
class Measure:
    """A column of an allocation table: what it measures, in which unit ("" when the header gives none)."""

    name: str
    unit: str
    planned: bool = False  # 计划投资额(万元) in a table of progress: the plan's column, goals still


@dataclass(frozen=True)
class AllocatedCell:
    """One body's share: offsets into the text the lines came from."""

    body: str  # the row's label, cleaned (全市小计 → 全市; 其中:1.历下区 → 历下区)
    group: str | None  # the label before it in the row (济南市 over its districts), if any
    measure: Measure
    value: float
    comparator: Comparator  # ≥35 → min, 30左右 → approx
    row_start: int
    end: int


@dataclass
class AllocationReader:
    """The allocation table being read, line by line (standalone lines only)."""

    caption: str = ""  # the last line before a header: 2023年城镇老旧小区改造计划表
    unit: str = ""  # 单位：亿元 under the caption: the unit of the columns that name none
    header: list[str] | None = None  # header cells gathered so far
    serial: bool = False  # the header has a 序号 column
    measures: tuple[Measure, ...] | None = None
    cells: list[Cell] = field(default_factory=list)  # the row so far
    group: str | None = None

    @property
    def year(self) -> int | None:
        """The year of the caption (2023年…计划表), if any."""
        match = _CAPTION.search(self.caption)
        return int(match.group(1)) if match else None

    @property
    def sets_goals(self) -> bool:
        """Whether the caption or header speaks of a plan, a target or a task (分解, 计划, 下达 …)."""
        return _GOAL_CAPTION.search(self.caption + "".join(self.header or ())) is not None

    @property
    def reports(self) -> bool:
        """Whether the caption or header speaks of how things went (…完成情况, 完成数, 进度)."""
        return _REPORT_CAPTION.search(self.caption + "".join(self.header or ())) is not None

    def feed(self, line: Sentence) -> tuple[bool, list[AllocatedCell]]:
        """Read one standalone line: whether it is a row of an allocation table (header lines are
        noted but left to other readers), and the shares of the rows it completes."""
        cells = _cells(line)
        if not cells:  # ||||: the bars between cells written one per line, closing the header
            if self.header is not None and self.measures is None and not self._open():
                self.header = None
            return self.measures is not None, []
        if self.measures is not None:
            if all(_row_cell(text) for text, _, _ in cells):
                return True, self._row(cells)
            self.end()
        if self.header is not None:
            if all(_header_cell(text) for text, _, _ in cells) and len(self.header) < _MAX_HEADER_LINES:
                self.header += [text for text, _, _ in cells]
                return False, []
            if not self._open():
                self.header = None
                return False, []
            return self.feed(line)
        if _body_column(cells[0][0]) and all(_header_cell(text) for text, _, _ in cells):
            self.header = [text for text, _, _ in cells]
            if len(cells) > 1:
                self._open()  # a header on one line: its rows follow
            return False, []
        unit_line = _UNIT_LINE.match(line.text)
        if unit_line and unit_line.group(1) in _UNITS:
            self.unit = unit_line.group(1)  # the caption stays the line above it
        else:
            self.caption, self.unit = line.text, ""
        return False, []

    def end(self) -> None:
        """Running text: the table is over, and its caption with it."""
        self.caption, self.unit, self.header, self.measures, self.cells, self.group = (
            "",
            "",
            None,
            None,
            [],
            None,
        )

    def _open(self) -> bool:
        """Turn the gathered header into columns: label columns, then measures (one with a unit)."""
        assert self.header is not None
        leading = 0
        while leading < len(self.header) and _body_column(self.header[leading]):
            leading += 1
        measures = []
        for text in self.header[leading:]:
            match = _MEASURE.match(text)
            unit = match.group("unit") if match and match.group("unit") in _UNITS else ""
            name = re.sub(r"\s", "", _GOAL_WORD.sub("", match.group("name") if match else text))
            if not unit and _MONEY.search(name) and not _COUNT_OR_SHARE.search(name):
                unit = self.unit  # 单位：亿元 names the unit of 年度投资计划, not of 项目个数 or 完成占比
            measures.append(Measure(canonical_label(name), unit, _PLANNED.match(name) is not None))
        if not leading or not measures or not any(m.unit for m in measures):  # 建筑面积 beside 户数(户)
            return False
        self.serial = _body_column(self.header[0]) == _SERIAL_COLUMN
        self.measures, self.cells = tuple(measures), []
        return True

    def _row(self, cells: list[Cell]) -> list[AllocatedCell]:
        assert self.measures is not None
        found: list[AllocatedCell] = []
        if len(cells) > 1:  # a row on one line: it starts here, after its serial number if it has one
            self.cells = []
            if len(cells) > len(self.measures) + 1 and cells[0][0].isdigit():
                cells = cells[1:]
        for cell in cells:
            if not self.cells and self.serial and cell[0].isdigit():
                continue  # the row's serial number
            self.cells.append(cell)
            labels = [c for c in self.cells if not _value_cell(c[0])]
            values = [c for c in self.cells if _value_cell(c[0])]
            if labels and values and _value_cell(self.cells[-1][0]) and len(values) == len(self.measures):
                found += self._shares(labels, values)
                self.cells = []
        return found

    def _shares(self, labels: list[Cell], values: list[Cell]) -> list[AllocatedCell]:
        if len(labels) > 1:  # 济南市 | 全市小计: the group the next rows' bodies belong to
            self.group = _LABEL_NOISE.sub("", labels[0][0])
        body = _LABEL_NOISE.sub("", labels[-1][0])
        group = self.group if len(labels) > 1 or not is_total(body) else None  # 合计 at the foot: the table's
        shares = []
        for (text, _, end), measure in zip(values, self.measures or (), strict=True):
            figure = cell_figure(text)
            if figure is not None:
                shares.append(AllocatedCell(body, group, measure, *figure, labels[0][1], end))
        return shares


@lru_cache(maxsize=32)  # asked once per share, the same for every row of a column
def unit_in_text(measure: str, text: str) -> str:
    """The unit `text` writes a figure of `measure` in (建筑面积共755.91万平方米 → 万平方米), for a
    column whose header names none; "" when the text never does."""
    figure = r"[^。；，,\d]{0,4}?[\d.]+\s*(?P<unit>[^\d\s。；，,、|｜]{1,5})"
    written = re.compile(re.escape(measure) + figure)
    for match in written.finditer(text):
        unit = next((u for u in _UNITS_LONGEST_FIRST if match.group("unit").startswith(u)), "")
        if unit:
            return unit
    return ""


def share_kind(measure: Measure, unit: str) -> Kind:
    """A share's kind: a rate of change (能耗降幅(%)), what the plan adds (小区数(个), 改造面积), else a
    level (森林覆盖率(%), 用水总量(亿立方米))."""
    if unit == "%":
        return "growth" if _CHANGE.search(measure.name) else "level"
    counted = unit.lstrip("".join(KEPT_MAGNITUDES)) in _COUNT_UNITS
    return "increment" if counted or _WORK.search(measure.name) else "level"  # 用水总量(亿立方米): a level


def is_total(label: str) -> bool:
    """全市, 合计, 全市小计: the row that adds up the others, the body of its group or of the text."""
    return _TOTAL.match(label) is not None


def _cells(line: Sentence) -> list[Cell]:
    """The cells of a line with their offsets in the text: split at bars, tabs or wide spaces."""
    found, position = [], 0
    for part in _SPLIT.split(line.text):
        index = line.text.find(part, position) if part else -1
        if part.strip() and index >= 0:
            found.append((part.strip(), line.start + index, line.start + index + len(part)))
            position = index + len(part)
    return found


def _body_column(text: str) -> str | None:
    """The header of a column of bodies (地区, 市 州 written with a space), or None."""
    match = _BODY_COLUMN.match(re.sub(r"\s", "", text))
    return match.group() if match else None


def _value_cell(text: str) -> bool:
    return number_cell(text) or _BLANK.match(text) is not None


def _header_cell(text: str) -> bool:
    """A column's name (一季度 完成投资: wrapped inside its cell), with or without its unit."""
    return bool(_body_column(text) or _MEASURE.match(text) or _WORDS_ONLY.fullmatch(re.sub(r"\s", "", text)))


def _row_cell(text: str) -> bool:
    """A value, or a label of a few words (历下区, 其中:1.历下区, 港区 (含浮桥)): no sentence, no figure
    (新建节水型小区30个) and no heading (二、其他重点任务) after the table."""
    if _value_cell(text):
        return True
    label = _LABEL_NOISE.sub("", text)
    return len(text) <= 24 and not _NOT_A_LABEL.search(label) and not _HEADING.match(text)
