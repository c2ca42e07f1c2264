"""The targets table: one row per target, loaded in one query, never queried per cell.

Rows are plain dicts (see `huangpu_tracker.store.queries.target_rows`). Sorting happens here, in
Python over the row list (one key function per column), because a QSortFilterProxyModel sorting
10,000 rows would call `data()` from C++ hundreds of thousands of times; the proxy only filters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from huangpu_tracker.assessment.model import STATUS_CODES, STATUS_LABELS
from huangpu_tracker.gui.models.formatting import (
    MERGE_OFFER_MARK,
    REVIEW_LABELS,
    goal_text,
    latest_text,
    progress_meaning,
    progress_text,
    progress_tip,
)
from huangpu_tracker.gui.settings import tr

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row dict
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the target id

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invalid index: "no parent"
_NONE_LAST = (1, "")


def _key(value: Any) -> tuple:
    """A sort key that puts empty values last and never compares str with float."""
    if value is None or value == "":
        return _NONE_LAST
    if isinstance(value, (int, float)):
        return (0, float(value), "")
    return (0, 0.0, str(value))


@dataclass(frozen=True)
class Column:
    key: str
    zh: str
    en: str
    text: Callable[[dict], str]
    sort_key: Callable[[dict], tuple]


def _status_text(row: dict) -> str:
    code = row.get("status") or "not_assessable"
    zh, en = STATUS_LABELS.get(code, (code, code))
    return tr(zh, en)


def _review_text(row: dict) -> str:
    """The review state; a goal of an open merge offer is marked "· 可合并" (Edit → 可能重复的目标)."""
    zh, en = REVIEW_LABELS.get(row.get("review_state") or "pending", ("?", "?"))
    mark = tr(*MERGE_OFFER_MARK) if row.get("merge_offer") is not None else ""
    return tr(zh, en) + mark


def _pending(row: dict) -> bool:
    """No accepted actual yet, but a figure read from a document waits to be confirmed."""
    return row.get("latest_value") is None and row.get("suggested_value") is not None


def _latest_text(row: dict) -> str:
    """The latest accepted actual, else the latest suggested one marked '(待确认)' (never assessed)."""
    if not _pending(row):
        return latest_text(row)
    suggested = {
        "latest_value": row["suggested_value"],
        "latest_unit": row.get("suggested_unit"),
        "latest_year": row.get("suggested_year"),
    }
    return f"{latest_text(suggested)} {tr('(待确认)', '(to confirm)')}"


@cache
def _italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


PENDING_COLOR = QColor("#808080")  # a suggested latest value: grey italic, not part of any status


def _field(key: str) -> Callable[[dict], str]:
    return lambda row: "" if row.get(key) is None else str(row[key])


COLUMNS: tuple[Column, ...] = (
    Column(
        "status",
        "状态",
        "Status",
        _status_text,
        lambda r: _key(STATUS_CODES.index(r["status"]) if r.get("status") in STATUS_CODES else None),
    ),
    Column("entity", "主体", "Entity", _field("entity"), lambda r: _key(r.get("entity"))),
    Column("area", "领域", "Area", _field("area"), lambda r: _key(r.get("area"))),
    Column("metric", "指标", "Metric", _field("metric"), lambda r: _key(r.get("metric"))),
    Column("goal", "目标", "Goal", goal_text, lambda r: (_key(r.get("unit")), _key(r.get("value")))),
    Column("target_year", "目标年", "Year", _field("target_year"), lambda r: _key(r.get("target_year"))),
    Column("latest", "最新实际", "Latest actual", _latest_text, lambda r: _key(r.get("latest_year"))),
    Column("progress", "完成进度", "Progress", progress_text, lambda r: _key(r.get("progress"))),
    Column("review", "审核", "Review", _review_text, lambda r: _key(r.get("review_state"))),
    Column("sources", "来源数", "Sources", _field("source_count"), lambda r: _key(r.get("source_count"))),
)


class TargetsTableModel(QAbstractTableModel):
    """Read-only table of target rows; edits go through undoable commands, then `update_rows`."""

    def __init__(self, rows: Iterable[dict] = (), parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict] = list(rows)
        self._row_of: dict[Any, int] = {}
        self._cache: dict[tuple[Any, int], str] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._reindex()

    # --- Qt API -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            key = (row["id"], index.column())
            text = self._cache.get(key)
            if text is None:
                text = self._cache[key] = COLUMNS[index.column()].text(row)
            if role == Qt.ItemDataRole.ToolTipRole:
                if COLUMNS[index.column()].key == "progress":
                    return progress_tip(row)
                return row.get("quote") or text
            return text
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            if COLUMNS[index.column()].key != "latest" or not _pending(row):
                return None
            return PENDING_COLOR if role == Qt.ItemDataRole.ForegroundRole else _italic()
        if role == ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()].key in (
            "target_year",
            "progress",
            "sources",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            progress = 0 <= section < len(COLUMNS) and COLUMNS[section].key == "progress"
            return progress_meaning() if progress else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section].zh, COLUMNS[section].en)
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [(self._rows[i.row()]["id"], i.column()) for i in old]
        self._sort = (column, order)
        self._apply_sort()
        self.changePersistentIndexList(old, [self.index(self._row_of[rid], col) for rid, col in old_ids])
        self.layoutChanged.emit()

    # --- our API ----------------------------------------------------------------------------
    def rows(self) -> list[dict]:
        return self._rows

    def row_dict(self, row: int) -> dict:
        return self._rows[row]

    def row_of(self, target_id: Any) -> int | None:
        return self._row_of.get(target_id)

    def set_rows(self, rows: Iterable[dict]) -> None:
        """Replace every row (after an import, a merge, opening another store)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._cache.clear()
        if self._sort is not None:
            self._apply_sort()
        self._reindex()
        self.endResetModel()

    def update_rows(self, rows: Iterable[dict]) -> None:
        """Refresh the given rows in place (matched by id); unknown ids are ignored."""
        for new in rows:
            position = self._row_of.get(new["id"])
            if position is None:
                continue
            self._rows[position] = new
            for column in range(len(COLUMNS)):
                self._cache.pop((new["id"], column), None)
            self.dataChanged.emit(self.index(position, 0), self.index(position, len(COLUMNS) - 1))

    def set_statuses(self, found: dict[Any, tuple[str | None, float | None, float | None]]) -> None:
        """Fill in status, progress and ratio computed in the background ({id: (status, progress,
        ratio)}, see `assessing.statuses`)."""
        columns = [i for i, c in enumerate(COLUMNS) if c.key in ("status", "progress")]
        for row in self._rows:
            if row["id"] in found:
                row["status"], row["progress"], row["ratio"] = found[row["id"]]
                for column in columns:
                    self._cache.pop((row["id"], column), None)
        if self._sort is not None and self._sort[0] in columns:
            self.sort(*self._sort)
        elif self._rows:
            for column in columns:
                self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    # --- helpers ----------------------------------------------------------------------------
    def _apply_sort(self) -> None:
        column, order = self._sort
        key = COLUMNS[column].sort_key
        if order == Qt.SortOrder.DescendingOrder:
            # empty values stay last in both directions
            filled = [r for r in self._rows if key(r) != _NONE_LAST]
            empty = [r for r in self._rows if key(r) == _NONE_LAST]
            filled.sort(key=key, reverse=True)
            self._rows = filled + empty
        else:
            self._rows.sort(key=key)
        self._reindex()

    def _reindex(self) -> None:
        self._row_of = {row["id"]: i for i, row in enumerate(self._rows)}
