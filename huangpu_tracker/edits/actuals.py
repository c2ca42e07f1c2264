"""Reversible edits of actual figures: type a value, clear it, annotate it, accept or dismiss a suggestion.

Every actuals edit touches the values of one indicator-year. The first `apply` performs the
operation and records that year's rows before and after; `revert` puts the "before" rows back and a
later `apply` (redo) the "after" rows, so ids stay stable through undo and redo.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from huangpu_tracker.edits.base import Changes
from huangpu_tracker.store import queries


@dataclass
class _YearEdit:
    indicator_id: int
    year: int
    text: str = ""
    _before: list[dict] | None = field(default=None, repr=False)
    _after: list[dict] | None = field(default=None, repr=False)

    def apply(self, store: Any) -> Changes:
        with store.transaction():
            if self._after is None:
                self._before = queries.year_actuals(store, self.indicator_id, self.year)
                self._perform(store)
                self._after = queries.year_actuals(store, self.indicator_id, self.year)
            else:
                queries.restore_year_actuals(store, self.indicator_id, self.year, self._after)
        return Changes(indicators=frozenset({self.indicator_id}))

    def revert(self, store: Any) -> Changes:
        queries.restore_year_actuals(store, self.indicator_id, self.year, self._before or [])
        return Changes(indicators=frozenset({self.indicator_id}))

    def _perform(self, store: Any) -> None:
        raise NotImplementedError

    def _accepted(self) -> dict | None:
        return next((r for r in self._before or () if r["status"] == "accepted"), None)


@dataclass
class SetActual(_YearEdit):
    """The accepted value of a year, as typed: a manual value is corrected in place; a value from a
    document or an import is kept beside it as an alternative."""

    value: float = 0.0
    unit: str | None = None
    note: str | None = None
    text: str = "录入实际值"

    def _perform(self, store: Any) -> None:
        current = self._accepted()
        if current is not None and current["source_kind"] == "manual":
            changes: dict[str, Any] = {"value": self.value, "unit": self.unit}
            if self.note is not None:
                changes["note"] = self.note
            store.update_actual(current["id"], **changes)
        else:
            store.set_actual(self.indicator_id, self.year, self.value, self.unit, note=self.note)


@dataclass
class ClearActual(_YearEdit):
    """Remove the accepted value of a year: a manual one is deleted, one from a document dismissed."""

    text: str = "清除实际值"

    def _perform(self, store: Any) -> None:
        current = self._accepted()
        if current is None:
            return
        if current["source_kind"] == "manual":
            store.delete_actual(current["id"])
        else:
            store.dismiss_actual(current["id"])


@dataclass
class SetActualNote(_YearEdit):
    """Change the note of a year's accepted value."""

    note: str | None = None
    text: str = "修改备注"

    def _perform(self, store: Any) -> None:
        current = self._accepted()
        if current is not None:
            store.update_actual(current["id"], note=self.note)


@dataclass
class AcceptActual(_YearEdit):
    """Make a suggested (or alternative) value the accepted one of its year."""

    actual_id: int = 0
    text: str = "采纳建议值"

    def _perform(self, store: Any) -> None:
        store.accept_actual(self.actual_id)


@dataclass
class DismissActual(_YearEdit):
    """Turn a suggested value down."""

    actual_id: int = 0
    text: str = "忽略建议值"

    def _perform(self, store: Any) -> None:
        store.dismiss_actual(self.actual_id)
