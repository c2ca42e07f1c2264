"""The open merge offers (store.merge_offers): one row each, the new goal beside the stored goal it
looks like and why they look alike."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt

from huangpu_tracker.gui.models.formatting import goal_text
from huangpu_tracker.gui.models.rows_model import Index, RowsTableModel
from huangpu_tracker.gui.settings import tr

HEADERS = (("新目标", "New goal"), ("已有目标", "Existing goal"), ("相似之处", "Why alike"))


def offered_goal(goal: Mapping[str, Any], labels: Mapping[int, str]) -> str:
    """ "黄埔区 研发经费投入强度 ≥ 5 %（2025年）\n《…》 2021-02-10": a goal of an offer and its document."""
    year = goal.get("target_year")
    when = tr(f"（{year}年）", f" ({year})") if year else ""
    text = f"{goal['entity']} {goal['metric']} {goal_text(dict(goal))}{when}"
    source = labels.get(goal.get("document_id"))  # type: ignore[arg-type]
    return f"{text}\n{source}" if source else text


class MergeOffersModel(RowsTableModel):
    """Rows are open offers of `Store.merge_offers()`; `labels` names their documents (id -> label)."""

    HEADERS = HEADERS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._labels: Mapping[int, str] = {}

    def set_offers(self, offers: list[dict], labels: Mapping[int, str]) -> None:
        self.beginResetModel()
        self._rows = list(offers)
        self._labels = labels
        self.endResetModel()

    def offer(self, row: int) -> dict:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        offer = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 2:
                return offer["reason"]
            return offered_goal(offer[("target", "existing")[column]], self._labels)
        if role == Qt.ItemDataRole.ToolTipRole:
            return offer["reason"] if column == 2 else offer[("target", "existing")[column]].get("quote")
        return None
