"""A text table read line by line, with headers and rows written over several lines joined first.

A PDF wraps a long indicator over two lines; a web table exported as text puts every cell on a line
of its own:

    类别 ⏎ 序号 ⏎ 指标名称 ⏎ 2025年 ⏎ 2030年 ⏎ 属性          (a header, one cell per line)
    2 ⏎ 全员劳动生产率（万元/人） ⏎ 29.6 ⏎ 35 ⏎ 预期性       (a row, one cell per line)
    1 ⏎ 全社会研究与试验发展经费支出占地区生 ⏎ 产总值比重(%) ⏎ 6左右 >6 预期性

A header is gathered from its cell lines until a line that is no header cell; a row from its
serial number until it holds its attribute (预期性/约束性) where the header has that column, else until
the line that completes it. Joined lines keep their offsets: the text between them becomes spaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from huangpu_tracker.chinese.han import HAN
from huangpu_tracker.extraction.numbers import UNITS
from huangpu_tracker.extraction.sentences import Sentence
from huangpu_tracker.extraction.tables import (
    ATTRIBUTES,
    BLANK_CELL,
    Column,
    Row,
    gathered_header,
    header_cell,
    number_cell,
    opens_header,
    table_header,
    table_row,
    unit_cell,
)
from huangpu_tracker.extraction.units import KEPT_MAGNITUDES

# Units a table's unit column may hold: 亿元, 万人, % …
CELL_UNITS = tuple(magnitude + unit for magnitude in ("", *KEPT_MAGNITUDES) for unit in UNITS)

_ATTRIBUTE = re.compile(ATTRIBUTES)
_BARRED = re.compile(r"[^|｜\s][^|｜]*(?=[|｜])")  # cells closed by a bar
_BARRED_ROW_CELLS = 3
_ROW_START = re.compile(r"^\s*(\d{1,3})(?:[.、．](?!\d)|\s|$)")  # 2 / 2. 全员劳动生产率 / 12 每万人口…
_MAX_LINES = 8  # a row or header spread over more lines is no row
# the column of 约束性/预期性, a header cell of its own (指标属性, 类型; not 设施类型)
_ATTRIBUTE_HEADER = re.compile(r"(?:^|(?<=[\s|｜]))(?:指标)?(?:属性|类型)(?=[\s|｜（(]|$)")
_AFTER_ATTRIBUTE = re.compile(rf"(?:{ATTRIBUTES})\s*$")  # a row waiting for its value cell
_WORDS = re.compile(rf"{HAN}{{2}}")
_CATEGORY_THEN_NAME = re.compile(r"(?:^|\s)(?:指标)?(?:类别|分类)\s+(?:序号\s+)?指标(?:名称|项)?(?:\s|$)")
# 2030年目标, “十五五”目标, 目标值
_VALUE_COLUMN = re.compile(r"(?:19|20)\d{2}|十[一二三四五六七八九]五|目标值|(?:规划|预期)值")


@dataclass
class TableReader:
    """The table being read: its value columns, and a header or row not yet complete."""

    columns: tuple[Column, ...] | None = None
    attribute_column: bool = False  # the header has a 属性 (类型) column: a row ends at its attribute
    attribute_first: bool = False  # … written before the values (序号 指标 单位 属性 “十五五”目标)
    cell_lines: bool = False  # the header was written one cell per line: so are the rows
    category_column: bool = False  # … with a 类别 column before the 指标名称 one
    header: Sentence | None = None  # header cells gathered so far, one per line
    pending: Sentence | None = None  # row lines gathered so far
    lines: int = 0
    serial: int | None = None  # the serial number the next row opens on, where the header has 序号

    def feed(self, line: Sentence) -> tuple[bool, tuple[Row, tuple[Column, ...], Sentence] | None]:
        """Read one standalone line: (whether it belongs to the table, a completed row or None)."""
        text = line.text.strip()
        if self.header is not None:
            if header_cell(text) and self.lines < 2 * _MAX_LINES:
                self.header, self.lines = _joined(self.header, line), self.lines + 1
                return True, None
            self._start(self.header)
            self.header, self.cell_lines = None, self.columns is not None
            # else the gathered line was a table's caption (主要指标): this line may be its header
        header = table_header(line.text)
        if header is not None:
            self._start(line, header)
            self.cell_lines = False
            return True, None
        if self.columns is None:
            if opens_header(text):
                self.header, self.lines = line, 1
                return True, None
            return False, None
        return True, self._row(line)

    def end(self) -> None:
        """Running text: the table is over."""
        self.columns, self.header, self.pending = None, None, None

    def _start(self, header: Sentence, columns: tuple[Column, ...] | None = None) -> None:
        self.columns = columns or gathered_header(header.text)
        attribute = _ATTRIBUTE_HEADER.search(header.text)  # a cell of its own (not 设施类型)
        self.attribute_column = attribute is not None
        value_column = _VALUE_COLUMN.search(header.text)
        self.attribute_first = (
            attribute is not None and value_column is not None and attribute.start() < value_column.start()
        )
        self.pending = None
        self.serial = 1 if "序号" in header.text else None
        self.category_column = _CATEGORY_THEN_NAME.search(header.text) is not None

    def _row(self, line: Sentence) -> tuple[Row, tuple[Column, ...], Sentence] | None:
        assert self.columns is not None
        if (
            self.cell_lines
            and self.pending is not None
            and _values(_unnumbered(self.pending.text))
            and _label(line.text)
        ):
            self.pending = None  # 0.40 ⏎ 0.36 ⏎ 初中段: a new label; the values before made no row
        serial = _ROW_START.match(line.text)
        number = int(serial.group(1)) if serial else None
        # 发展规模 ⏎ 1 ⏎ 建设用地总规模: the next serial number opens a row after a category cell
        next_serial = False
        if number is not None and number == self.serial:
            next_serial, self.serial = True, number + 1
        starts_row = number is not None and (next_serial or not self._waiting_for_cells())
        if self.pending is not None and starts_row and not _ROW_START.match(self.pending.text):
            self.pending = None  # 经济发展 ⏎ （7项） ⏎ 1 …: the category cells before a row's number
        candidate = _joined(self.pending, line) if self.pending is not None else line
        row = table_row(candidate.text, CELL_UNITS, category_first=self.cell_lines and self.category_column)
        if self.attribute_first and self.pending is not None and _ATTRIBUTE.search(self.pending.text):
            return self._after_attribute(line, candidate, row)
        if self.attribute_column:
            complete = row is not None and _ATTRIBUTE.search(candidate.text) is not None
        else:  # a row written one cell per line ends with its last column's cell
            complete = row is not None and (not self.cell_lines or len(row.cells) >= len(self.columns))
        if complete or (row is None and _ATTRIBUTE.search(candidate.text) and not self.attribute_first):
            self.pending = None
            return (row, self.columns, candidate) if row is not None else None
        if row is None and len(_BARRED.findall(line.text)) >= _BARRED_ROW_CELLS:
            self.pending = None  # 5 | 建设发展指数 | % | 达到市定水平 |: a whole row, its value in words
            return None
        if self.pending is None and not starts_row and row is None:
            self.pending, self.lines = line, 1  # a category cell, or a row without its number
            return None
        self.lines = self.lines + 1 if self.pending is not None else 1
        self.pending = candidate if self.lines <= _MAX_LINES else None
        return None

    def _after_attribute(
        self, line: Sentence, candidate: Sentence, row: Row | None
    ) -> tuple[Row, tuple[Column, ...], Sentence] | None:
        """A line after a row's attribute, written before its values (约束性 ⏎ 53.75 ⏎ 53.74)."""
        assert self.columns is not None and self.pending is not None
        after = _cells_after_attribute(self.pending.text)
        value = _value_or_blank(line.text)
        if self.cell_lines and after and _unit(line.text):
            self.pending = candidate  # 120.14 ⏎ 平方公里: the unit written after a value
            return None
        if _AFTER_ATTRIBUTE.search(self.pending.text) or (after and value):
            if after + 1 < len(self.columns) and self.cell_lines and value:
                self.pending = candidate  # 约束性 ⏎ 53.75 ⏎ 53.74: a value column still to come
                return None
            self.pending = None  # the row's last value cell ends it, a number or words
            return (row, self.columns, candidate) if row is not None else None
        self.pending = None
        return self._row(line)  # its value was words (保持稳定): the line starts the next row

    def _waiting_for_cells(self) -> bool:
        """A row written one cell per line that has its label but not all its values: a short
        number on the next line (163) is its value, not the serial number of the next row."""
        if not self.cell_lines or self.pending is None or self.columns is None:
            return False
        return _WORDS.search(self.pending.text) is not None and _values(self.pending.text) < len(self.columns)


def _cells_after_attribute(text: str) -> int:
    """How many value cells (numbers or blanks) a row's text holds after its attribute (约束性)."""
    tail = _ATTRIBUTE.split(text)[-1]
    return sum(1 for token in tail.split() if _value_or_blank(token))


def _value_or_blank(text: str) -> bool:
    """A value cell: a number (53.75, ≥80, 4.1左右) or a blank (/, —)."""
    return number_cell(text.strip()) or BLANK_CELL.match(text.strip()) is not None


def _unit(text: str) -> bool:
    """A line holding only a unit cell (平方公里, 万元/人)."""
    return unit_cell(text.strip(), CELL_UNITS)


def _unnumbered(text: str) -> str:
    """A row's text without its serial number (1 ⏎ 建设用地总规模: no value yet)."""
    serial = _ROW_START.match(text)
    return text[serial.end() :] if serial else text


def _values(text: str) -> int:
    """How many value cells (numbers) a row's text holds so far."""
    return sum(1 for token in text.split() if number_cell(token))


def _label(text: str) -> re.Match[str] | None:
    """The words of a line that is a label cell: words, no number and no attribute (预期性)."""
    if _values(text) or _ATTRIBUTE.search(text) or _unit(text):
        return None  # a value, an attribute or a unit (平方公里) cell
    return _WORDS.search(text)


def _joined(first: Sentence, line: Sentence) -> Sentence:
    """Two lines as one, the text between them (line breaks) turned into spaces: offsets kept."""
    gap = " " * (line.start - first.end)
    return Sentence(first.start, line.end, first.text + gap + line.text, headline=True)
