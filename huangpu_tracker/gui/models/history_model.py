"""The history of a target and of its series' actuals, newest first, read from the store's audit log
(`store.history("targets", id)` and `queries.actual_history(store, indicator_id)`), in words."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt

from huangpu_tracker.gui.models.formatting import (
    COMPARATOR_LABELS,
    FIELD_LABELS,
    KIND_LABELS,
    REVIEW_LABELS,
    goal_text,
    number_text,
)
from huangpu_tracker.gui.models.rows_model import Index, RowsTableModel
from huangpu_tracker.gui.settings import tr

HEADERS = (("时间", "Time"), ("操作", "Action"), ("变更", "Change"))
ACTIONS = {"insert": ("新建", "created"), "update": ("修改", "changed"), "delete": ("删除", "deleted")}
ACTUAL_STATUS = {
    "accepted": ("已采纳", "accepted"),
    "suggested": ("待确认", "to confirm"),
    "alternative": ("备选", "alternative"),
    "dismissed": ("已忽略", "dismissed"),
}
# what a change of an actual's status means to the analyst
STATUS_ACTIONS = {
    "accepted": ("采纳", "accepted"),
    "dismissed": ("忽略", "dismissed"),
    "alternative": ("改为备选", "replaced"),
    "suggested": ("退回待确认", "back to confirm"),
}
SOURCE_KINDS = {
    "document": ("来自文件", "from a document"),
    "manual": ("手工录入", "typed"),
    "import": ("导入", "imported"),
}
FIELDS = {
    **FIELD_LABELS,
    "review_state": ("审核", "Review"),
    "indicator_id": ("指标编号", "Indicator"),
    "year": ("年份", "Year"),
    "status": ("状态", "Status"),
}
ACTUAL_FIELDS = {**FIELDS, "value": ("数值", "Value")}
VALUE_LABELS = {"kind": KIND_LABELS, "comparator": COMPARATOR_LABELS, "review_state": REVIEW_LABELS}
_HIDDEN = {"id", "created_at", "updated_at", "goal_key", "start", "end", "sentence", "quote", "confidence"}
_HIDDEN |= {"article_id", "document_id", "source_kind"}


def _value(field: str, value: Any, table: str) -> str:
    if value is None or value == "":
        return "–"
    labels = ACTUAL_STATUS if table == "actuals" and field == "status" else VALUE_LABELS.get(field)
    if labels and value in labels:
        return tr(*labels[value])
    return number_text(value) if isinstance(value, float) else str(value)


def _amount(row: dict) -> str:
    return f"{number_text(row.get('value'))} {row.get('unit') or ''}".strip()


def local_time(ts: str) -> str:
    """An audit time stamp (UTC, ISO) as the analyst's local time: '2026-01-01 18:00:00'."""
    try:
        return datetime.fromisoformat(ts).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return ts.replace("T", " ")[:19]


def describe_change(entry: dict) -> str:
    """The change in words: '目标值: 5 → 6；审核: 待审核 → 已修改', or what was created or deleted."""
    table = entry.get("table_name") or "targets"
    before, after = entry.get("before") or {}, entry.get("after") or {}
    if not before or not after:
        row = after or before
        if table != "actuals":
            return goal_text(row) if row.get("kind") else ""
        parts = [_amount(row), tr(*ACTUAL_STATUS.get(row.get("status"), ("", "")))]
        parts.append(tr(*SOURCE_KINDS.get(row.get("source_kind"), ("", ""))))
        return " · ".join(p for p in parts if p)
    labels = ACTUAL_FIELDS if table == "actuals" else FIELDS
    changed = [k for k in after if k not in _HIDDEN and before.get(k) != after.get(k)]
    return "；".join(
        f"{tr(*labels.get(k, (k, k)))}: {_value(k, before.get(k), table)} → {_value(k, after.get(k), table)}"
        for k in changed
    )


def describe_action(entry: dict) -> str:
    """'修改目标', '新建 2022年实际值', '采纳 2022年实际值' …"""
    action = entry["action"]
    before, after = entry.get("before") or {}, entry.get("after") or {}
    verb = tr(*ACTIONS.get(action, (action, action)))
    if entry.get("table_name") != "actuals":
        return verb + tr("目标", " target")
    status = after.get("status")
    if action == "update" and status != before.get("status") and status in STATUS_ACTIONS:
        verb = tr(*STATUS_ACTIONS[status])
    year = (after or before).get("year")
    return tr(f"{verb} {year}年实际值", f"{verb} actual {year}")


class HistoryModel(RowsTableModel):
    """Rows are audit entries (ts, table_name, action, before, after), shown newest first."""

    HEADERS = HEADERS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)

    def set_entries(self, entries: list[dict]) -> None:
        """Show `entries` (of any tables), newest first."""
        self.beginResetModel()
        self._rows = sorted(entries, key=lambda e: (str(e["ts"]), e.get("id") or 0), reverse=True)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self._rows[index.row()]
        if index.column() == 0:
            return local_time(str(entry["ts"]))
        if index.column() == 1:
            return describe_action(entry)
        return describe_change(entry)
