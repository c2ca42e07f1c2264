"""The review table of one document: its goals and possible targets in text order
(`store.review_items.review_items`), each with its review state, metric, goal, year, confidence and
sentence; possible targets marked. A row's key is (item, id): a goal and a possible target may share
an id."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from huangpu_tracker.gui.models.formatting import MERGE_OFFER_MARK, REVIEW_LABELS, goal_text
from huangpu_tracker.gui.models.rows_model import ROOT, Index, RowsTableModel
from huangpu_tracker.gui.settings import tr
from huangpu_tracker.store.review_items import to_review

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the item dict
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the item's key: ("goal" or "possible", id)
POSSIBLE_LABEL = ("可能的目标", "Possible")
POSSIBLE_BACKGROUND = QColor("#eef3fb")
STATE_COLOURS = {"confirmed": "#1b7f3b", "edited": "#1b7f3b", "rejected": "#9e9e9e", "open": "#3d6fb6"}


def item_key(item: dict[str, Any]) -> tuple[str, int]:
    return item["item"], item["id"]


def is_open_possible(item: dict[str, Any]) -> bool:
    return item["item"] == "possible" and item["state"] == "open"


def is_pending(item: dict[str, Any]) -> bool:
    """Still waiting for the analyst: a goal as extracted, an open possible target."""
    return bool(to_review([item]))


def state_text(item: dict[str, Any]) -> str:
    """The item's review state; a goal of an open merge offer marked (Edit → 可能重复的目标)."""
    text = tr(*(POSSIBLE_LABEL if is_open_possible(item) else REVIEW_LABELS[item["state"]]))
    return text + (tr(*MERGE_OFFER_MARK) if item["merge_offer"] is not None else "")


class ReviewModel(RowsTableModel):
    """Rows are `review_items` dicts; `set_items` replaces them."""

    HEADERS = (
        ("审核", "Review"),
        ("指标", "Metric"),
        ("目标", "Goal"),
        ("年份", "Year"),
        ("置信度", "Confidence"),
        ("原文", "Sentence"),
    )

    def set_items(self, items: list[dict]) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self.endResetModel()

    def items(self) -> list[dict]:
        return list(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.parent().isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return row["sentence"]
        if role == ROW_ROLE:
            return row
        if role == KEY_ROLE:
            return item_key(row)
        if role == Qt.ItemDataRole.BackgroundRole and row["item"] == "possible":
            return QBrush(POSSIBLE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and row["state"] in STATE_COLOURS:
            return QBrush(QColor(STATE_COLOURS[row["state"]]))
        if role == Qt.ItemDataRole.FontRole and is_open_possible(row):
            font = QFont()
            font.setItalic(True)
            return font
        return None

    @staticmethod
    def _text(row: dict, column: int) -> str:
        if column == 0:
            return state_text(row)
        if column == 1:
            return row["metric"] + (f"（{row['entity']}）" if row["entity"] else "")
        if column == 2:
            return goal_text(row)
        if column == 3:
            return "" if row["target_year"] is None else str(row["target_year"])
        if column == 4:
            return "" if row["confidence"] is None else f"{row['confidence']:.2f}"
        return " ".join((row["sentence"] or row["quote"] or "").split())


class ReviewProxy(QSortFilterProxyModel):
    """Keeps text order; `set_pending_only(True)` hides what the analyst has decided already."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._pending_only = False

    def set_pending_only(self, value: bool) -> None:
        self.beginFilterChange()
        self._pending_only = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index = ROOT) -> bool:
        if not self._pending_only:
            return True
        return is_pending(self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE))
