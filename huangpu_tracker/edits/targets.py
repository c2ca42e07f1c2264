"""Reversible edits of targets: change fields or review state, add by hand, delete, merge."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from huangpu_tracker.edits.base import Changes
from huangpu_tracker.extraction.model import Comparator, Kind
from huangpu_tracker.store import queries


@dataclass
class UpdateTarget:
    """Change fields of a target (value fields, entity/area/metric, note, review_state)."""

    target_id: int
    fields: dict[str, Any]
    text: str = "修改目标"
    _before: dict[str, Any] = field(default_factory=dict, repr=False)

    def apply(self, store: Any) -> Changes:
        current = store.target(self.target_id)
        self._before = {k: current[k] for k in (*self.fields, "review_state")}
        after = store.update_target(self.target_id, **self.fields)
        return Changes(
            targets=frozenset({self.target_id}),
            indicators=frozenset({current["indicator_id"], after["indicator_id"]}),
        )

    def revert(self, store: Any) -> Changes:
        current = store.target(self.target_id)
        before = store.update_target(self.target_id, **self._before)
        return Changes(
            targets=frozenset({self.target_id}),
            indicators=frozenset({current["indicator_id"], before["indicator_id"]}),
        )


@dataclass
class AddTarget:
    """Add a target by hand (a goal the extractor missed); undo deletes it, redo restores the same id.

    Made from a document's text (extraction.selection.goal_from_selection), `source` gives its span
    there (document_id, article_id, quote, start, end, sentence): the sentence becomes its source.
    """

    entity: str
    area: str | None
    metric: str
    kind: Kind
    comparator: Comparator
    value: float
    unit: str | None
    value_hi: float | None = None
    target_year: int | None = None
    period_start: int | None = None
    note: str | None = None
    source: dict[str, Any] = field(default_factory=dict)
    text: str = "新增目标"
    target_id: int | None = None
    _snapshot: dict | None = field(default=None, repr=False)

    def apply(self, store: Any) -> Changes:
        if self._snapshot is not None:
            queries.restore_target(store, self._snapshot)
        else:
            with store.transaction():
                indicator = store.get_or_create_indicator(self.entity, self.area, self.metric, self.unit)
                self.target_id = store.add_target(
                    indicator,
                    self.kind,
                    self.comparator,
                    self.value,
                    self.unit,
                    value_hi=self.value_hi,
                    target_year=self.target_year,
                    period_start=self.period_start,
                    note=self.note,
                    review_state="confirmed",
                    **self.source,
                )
        assert self.target_id is not None  # the new target's, or the first apply's kept in the snapshot
        return Changes(targets=frozenset({self.target_id}), structure=True)

    def revert(self, store: Any) -> Changes:
        assert self.target_id is not None  # a revert follows an apply
        self._snapshot = queries.snapshot_target(store, self.target_id)
        store.delete_target(self.target_id)
        return Changes(targets=frozenset({self.target_id}), structure=True)


@dataclass
class DeleteTarget:
    """Delete a target with its sources; undo restores it with the same id."""

    target_id: int
    text: str = "删除目标"
    _snapshot: dict | None = field(default=None, repr=False)

    def apply(self, store: Any) -> Changes:
        self._snapshot = queries.snapshot_target(store, self.target_id)
        store.delete_target(self.target_id)
        return Changes(targets=frozenset({self.target_id}), structure=True)

    def revert(self, store: Any) -> Changes:
        assert self._snapshot is not None  # taken by apply, which a revert follows
        queries.restore_target(store, self._snapshot)
        return Changes(targets=frozenset({self.target_id}), structure=True)


@dataclass
class MergeTargets:
    """Fold `drop_id` into `keep_id` (the same goal stated twice); undo splits them again."""

    keep_id: int
    drop_id: int
    text: str = "合并目标"
    _snapshot: dict | None = field(default=None, repr=False)

    def apply(self, store: Any) -> Changes:
        self._snapshot = queries.snapshot_target(store, self.drop_id)
        store.merge_targets(self.keep_id, self.drop_id)
        return Changes(targets=frozenset({self.keep_id, self.drop_id}), structure=True)

    def revert(self, store: Any) -> Changes:
        assert self._snapshot is not None  # taken by apply, which a revert follows
        queries.restore_target(store, self._snapshot)
        return Changes(targets=frozenset({self.keep_id, self.drop_id}), structure=True)
