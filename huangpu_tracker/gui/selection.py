"""Which targets the analyst is looking at: the rows the filter shows and the selected ones."""

from __future__ import annotations

from collections.abc import Callable

from huangpu_tracker.gui.models.targets_filter import TargetsFilterProxy
from huangpu_tracker.gui.models.targets_model import ID_ROLE, ROW_ROLE
from huangpu_tracker.gui.widgets.targets_table import TargetsTable


class Selection:
    """Read-only views of the targets table; `current()` is the target shown in the detail pane."""

    def __init__(
        self, table: TargetsTable, proxy: TargetsFilterProxy, current: Callable[[], dict | None]
    ) -> None:
        self.table = table
        self._proxy = proxy
        self.current = current

    def shown_rows(self, limit: int | None = None) -> list[dict]:
        """The rows the filter shows, in table order (the first `limit` of them)."""
        count = self._proxy.rowCount() if limit is None else min(self._proxy.rowCount(), limit)
        return [self._proxy.index(r, 0).data(ROW_ROLE) for r in range(count)]

    def shown_ids(self) -> list[int]:
        return [self._proxy.index(r, 0).data(ID_ROLE) for r in range(self._proxy.rowCount())]

    def selected_ids(self) -> list[int]:
        """The selected rows' targets, else the current target (if any)."""
        current = self.current()
        return self.table.selected_ids() or ([current["id"]] if current else [])

    def select(self, target_id: int | None) -> bool:
        return self.table.select_id(target_id)
