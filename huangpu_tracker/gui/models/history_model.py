"""The history of a target's changes, newest first, read from the store's audit log."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from huangpu_tracker.gui.settings import tr

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invalid index: "no parent"
HEADERS = (("时间", "Time"), ("操作", "Action"), ("变更", "Change"))
ACTIONS = {"insert": ("新建", "created"), "update": ("修改", "changed"), "delete": ("删除", "deleted")}
_HIDDEN = {"updated_at", "created_at", "id"}


def describe_change(entry: dict) -> str:
    """'value: 5000 → 5200; review_state: extracted → edited' (fields that changed)."""
    before, after = entry.get("before") or {}, entry.get("after") or {}
    if not before or not after:
        return ""
    changed = [k for k in after if k not in _HIDDEN and before.get(k) != after.get(k)]
    return "; ".join(f"{k}: {before.get(k)} → {after.get(k)}" for k in changed)


class HistoryModel(QAbstractTableModel):
    """Rows are `store.history("targets", id)` entries (ts, action, before, after)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict] = []

    def set_entries(self, entries: list[dict]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(*HEADERS[section]) if 0 <= section < len(HEADERS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self._rows[index.row()]
        if index.column() == 0:
            return str(entry["ts"]).replace("T", " ")[:19]
        if index.column() == 1:
            return tr(*ACTIONS.get(entry["action"], (entry["action"], entry["action"])))
        return describe_change(entry)
