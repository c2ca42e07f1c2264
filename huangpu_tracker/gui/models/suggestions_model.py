"""The figures of a series that wait for the analyst: values read from documents (待确认) and values
once accepted or entered, now replaced (备选). One row each, by year, so that every one of them can
be accepted or dismissed on its own; a year whose figures disagree is marked as a conflict."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from huangpu_tracker.gui.models.formatting import number_text
from huangpu_tracker.gui.models.rows_model import Index, RowsTableModel
from huangpu_tracker.gui.settings import tr

PENDING_STATES = ("suggested", "alternative")
HEADERS = (("年份", "Year"), ("数值", "Value"), ("状态", "Status"), ("来源", "Source"), ("原文", "Quote"))
STATE_LABELS = {"suggested": ("待确认", "To confirm"), "alternative": ("备选", "Alternative")}
CONFLICT_COLOR = QColor("#fde2e1")


def source_text(actual: dict) -> str:
    """Where an actual comes from: the document's label (《title》 date), 手工录入 or 导入."""
    kind = actual.get("source_kind")
    if kind == "document":
        return actual.get("document_label") or tr("文件", "document")
    return tr("手工录入", "manual") if kind == "manual" else tr("导入", "import")


def status_text(actual: dict) -> str:
    text = tr(*STATE_LABELS.get(actual["status"], (actual["status"], actual["status"])))
    text += tr(" ⚠ 冲突", " ⚠ conflict") if actual.get("conflict") else ""
    return text + (
        tr(f"（不符：{actual['unfit']}）", f" (does not fit: {actual['unfit']})")
        if actual.get("unfit")
        else ""
    )


class SuggestionsModel(RowsTableModel):
    """Rows are the suggested and alternative rows of `store.actuals(indicator_id)`, by year."""

    HEADERS = HEADERS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)

    def set_actuals(self, actuals: list[dict]) -> None:
        """Show the pending figures among `actuals` (any statuses; others are left out, and so are
        suggestions that agree with the accepted value of their year)."""
        self.beginResetModel()
        self._rows = sorted(
            (a for a in actuals if a["status"] in PENDING_STATES and not a.get("agrees")),
            key=lambda a: (a["year"], a["id"]),
        )
        self.endResetModel()

    def actual(self, row: int) -> dict:
        return self._rows[row]

    def row_of_id(self, actual_id: int) -> int | None:
        return next((i for i, a in enumerate(self._rows) if a["id"] == actual_id), None)

    def first_row_of_year(self, year: int) -> int | None:
        return next((i for i, a in enumerate(self._rows) if a["year"] == year), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        actual = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return str(actual["year"])
            if column == 1:
                return f"{number_text(actual['value'])} {actual.get('unit') or ''}".strip()
            if column == 2:
                return status_text(actual)
            if column == 3:
                return source_text(actual)
            return " ".join((actual.get("quote") or "").split())
        if role == Qt.ItemDataRole.ToolTipRole:
            return actual.get("quote") or None
        if role == Qt.ItemDataRole.BackgroundRole and actual.get("conflict"):
            return QBrush(CONFLICT_COLOR)
        return None
