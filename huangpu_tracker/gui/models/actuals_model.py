"""The actuals of one target's indicator: one row per year, from the baseline year to beyond the target year.

Editing never writes directly: `setData` validates the text and hands an edit (huangpu_tracker.edits)
to `perform`, which applies it to the store and pushes it on the undo stack. A refused input emits
`refused(message)` and returns False, leaving the store unchanged.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor

from huangpu_tracker.edits import ClearActual, Compound, Edit, SetActual, SetActualNote
from huangpu_tracker.errors import TrackerError
from huangpu_tracker.gui.models.actual_input import check_unit, parse_value, parse_year
from huangpu_tracker.gui.models.formatting import number_text
from huangpu_tracker.gui.models.rows_model import ROOT, Index, RowsTableModel
from huangpu_tracker.gui.models.suggestions_model import source_text
from huangpu_tracker.gui.settings import tr

YEAR, VALUE, UNIT, SOURCE, NOTE, SUGGESTION = range(6)
HEADERS = (
    ("年份", "Year"),
    ("数值", "Value"),
    ("单位", "Unit"),
    ("来源", "Source"),
    ("备注", "Note"),
    ("文件中的数值", "Figures in documents"),
)
EDITABLE = (YEAR, VALUE, UNIT, NOTE)
YEARS_BEYOND = 2
CONFLICT_COLOR = QColor("#fde2e1")
SUGGESTION_COLOR = QColor("#fff4d6")


class ActualsModel(RowsTableModel):
    """One row per year of the indicator, from the baseline year to beyond the target year; edits go
    through `perform` as undoable commands."""

    HEADERS = HEADERS
    refused = Signal(str)

    def __init__(self, perform: Callable[[Edit], Any] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._perform = perform
        self._target: dict | None = None
        self._actuals: list[dict] = []
        self._years: list[int] = []
        self._extra_years: set[int] = set()
        self._by_year: dict[int, dict[str, Any]] = {}

    # --- content --------------------------------------------------------------------------
    def set_target(self, target: dict | None, actuals: list[dict]) -> None:
        """Show the years of `target` (a targets-table row) with its indicator's `actuals`."""
        same_series = target and self._target and target["indicator_id"] == self._target["indicator_id"]
        if not same_series:
            self.beginResetModel()
            self._extra_years = set()
            self._target = target
            self._years = []
            self.endResetModel()
        self._target = target
        self.set_actuals(actuals)

    def set_actuals(self, actuals: list[dict]) -> None:
        """Refresh the values (after an edit). Years are added or removed at the ends only, never by
        a reset, so an open cell editor survives the edit it has just committed."""
        self._actuals = list(actuals)
        years = self._year_range()
        self._by_year = {year: {"accepted": None, "others": []} for year in {*years, *self._years}}
        for row in self._actuals:
            slot = self._by_year.get(row["year"])
            if slot is None:
                continue
            if row["status"] == "accepted":
                slot["accepted"] = row
            elif row["status"] in ("suggested", "alternative"):
                slot["others"].append(row)
        self._move_ends(years)
        if self._years:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._years) - 1, len(HEADERS) - 1))

    def _move_ends(self, years: list[int]) -> None:
        """Turn the shown range of years into `years` (both contiguous) by inserting/removing rows."""
        disjoint = not years or not self._years or years[0] > self._years[-1] or years[-1] < self._years[0]
        if disjoint:
            if years != self._years:
                self.beginResetModel()
                self._years = years
                self.endResetModel()
            return
        head = self._years[0] - years[0]  # > 0: years to insert before, < 0: rows to remove
        if head > 0:
            self.beginInsertRows(ROOT, 0, head - 1)
            self._years = years[:head] + self._years
            self.endInsertRows()
        elif head < 0:
            self.beginRemoveRows(ROOT, 0, -head - 1)
            self._years = self._years[-head:]
            self.endRemoveRows()
        tail = years[-1] - self._years[-1]
        count = len(self._years)
        if tail > 0:
            self.beginInsertRows(ROOT, count, count + tail - 1)
            self._years = self._years + years[-tail:]
            self.endInsertRows()
        elif tail < 0:
            self.beginRemoveRows(ROOT, count + tail, count - 1)
            self._years = self._years[:tail]
            self.endRemoveRows()

    def _year_range(self) -> list[int]:
        if self._target is None:
            return []
        t = self._target
        known = [a["year"] for a in self._actuals] + sorted(self._extra_years)
        starts = [
            y for y in (t.get("baseline_year"), _minus(t.get("period_start")), _minus(t.get("set_year"))) if y
        ]
        first = min(starts + known, default=t.get("target_year") or datetime.date.today().year)
        last = max([*known, t.get("target_year") or first, first]) + YEARS_BEYOND
        return list(range(first, last + 1))

    def actuals(self) -> list[dict]:
        """Every actual row of the shown series (any status), as given to `set_actuals`."""
        return self._actuals

    def year_at(self, row: int) -> int:
        return self._years[row]

    def row_of_year(self, year: int) -> int | None:
        return self._years.index(year) if year in self._years else None

    def others(self, row: int) -> list[dict]:
        """Suggested and alternative values of the row's year (from documents or earlier entries)."""
        return self._by_year[self._years[row]]["others"]

    def conflict(self, row: int) -> bool:
        return any(a.get("conflict") for a in self._actuals if a["year"] == self._years[row])

    # --- Qt API -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._years)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in EDITABLE else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        year = self._years[row]
        accepted = self._by_year[year]["accepted"]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(year, accepted, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.conflict(row):
                return QBrush(CONFLICT_COLOR)
            if column == SUGGESTION and self.others(row):
                return QBrush(SUGGESTION_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole and column == SUGGESTION:
            return "\n".join(o.get("quote") or "" for o in self.others(row)) or None
        return None

    def _text(self, year: int, accepted: dict | None, column: int, editing: bool) -> str:
        if column == YEAR:
            return str(year)
        if column == SUGGESTION:
            texts = [
                f"{number_text(o['value'])} {o['unit'] or ''}".strip() for o in self._by_year[year]["others"]
            ]
            mark = " ⚠" + tr("冲突", " conflict") if self.conflict(self._years.index(year)) else ""
            return "; ".join(texts) + (mark if texts else "")
        if accepted is None:
            return self._target.get("unit") or "" if column == UNIT and editing else ""
        if column == VALUE:
            return number_text(accepted["value"])
        if column == UNIT:
            return accepted["unit"] or ""
        if column == NOTE:
            return accepted["note"] or ""
        if column == SOURCE:
            return source_text(accepted)
        return ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in EDITABLE:
            return False
        try:
            edit = self._edit_for(index.row(), index.column(), "" if value is None else str(value))
            if edit is not None:
                self._perform(edit)
        except TrackerError as exc:
            self.refused.emit(str(exc))
            return False
        return True

    def paste_column(self, row: int, texts: list[str]) -> bool:
        """Fill consecutive years from `row` with `texts` (one value each) as one undoable step.

        A blank text leaves its year as it is (a gap in the copied column), so the later values
        still land on their own years.
        """
        try:
            edits = []
            for offset, text in enumerate(texts):
                if not text.strip():
                    continue
                year = self._years[row] + offset
                value, unit = parse_value(text, self._target.get("unit"))
                edits.append(SetActual(self._target["indicator_id"], year, value=value, unit=unit))
            if not edits:
                return False
            self._perform(
                Compound(edits, text=tr(f"粘贴 {len(edits)} 个实际值", f"paste {len(edits)} actuals"))
            )
        except TrackerError as exc:
            self.refused.emit(str(exc))
            return False
        return True

    def _edit_for(self, row: int, column: int, text: str) -> Edit | None:
        year = self._years[row]
        indicator = self._target["indicator_id"]
        accepted = self._by_year[year]["accepted"]
        unit = self._target.get("unit")
        if column == VALUE:
            if not text.strip():
                return ClearActual(indicator, year, text=tr(f"清除 {year} 年实际值", f"clear {year}"))
            value, typed_unit = parse_value(text, (accepted or {}).get("unit") or unit)
            return SetActual(
                indicator,
                year,
                value=value,
                unit=typed_unit,
                text=tr(f"录入 {year} 年实际值", f"enter {year}"),
            )
        if column == YEAR:
            new_year = parse_year(text)
            if new_year == year:
                return None
            if accepted is None:
                self._extra_years.add(new_year)
                self.set_actuals(self._actuals)
                return None
            moved = SetActual(
                indicator, new_year, value=accepted["value"], unit=accepted["unit"], note=accepted["note"]
            )
            label = tr(f"{year} 年的值移到 {new_year} 年", f"move {year} to {new_year}")
            return Compound([moved, ClearActual(indicator, year)], text=label)
        if accepted is None:
            raise TrackerError(tr("请先输入数值", "enter the value first"))
        if column == UNIT:
            check_unit(text.strip() or None, unit)
            return SetActual(
                indicator,
                year,
                value=accepted["value"],
                unit=text.strip() or None,
                text=tr(f"修改 {year} 年单位", f"unit of {year}"),
            )
        return SetActualNote(
            indicator, year, note=text.strip() or None, text=tr(f"修改 {year} 年备注", f"note of {year}")
        )


def _minus(year: int | None) -> int | None:
    return year - 1 if year else None
