"""Filtering the targets table: free text, entity, target year, kind, status, review state, document,
and the review flags (has pending figures, has a conflict, needs review, part of a merge offer).

The accepted rows are computed in one Python pass over the row dicts when a criterion changes;
`filterAcceptsRow` then only looks the answer up, which keeps a keystroke fast on 10,000 rows.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from huangpu_tracker.gui.models.targets_model import TargetsTableModel
from huangpu_tracker.places.names import canonical_body
from huangpu_tracker.store import filters

FLAGS = ("pending", "conflict", "needs_review", "merge_offer")  # the checkable review filters


@dataclass
class TargetFilter:
    """The filter bar's values; empty strings and unset flags mean "any"."""

    text: str = ""
    entity: str = ""
    target_year: str = ""
    kind: str = ""
    status: str = ""
    review_state: str = ""
    document: str = ""  # a document id, as text
    pending: bool = False
    conflict: bool = False
    needs_review: bool = False
    merge_offer: bool = False

    def as_dict(self) -> dict[str, str]:
        """Every value as text (a set flag is "1"), as the settings keep them."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        return {k: ("1" if v else "") if isinstance(v, bool) else v for k, v in values.items()}

    @classmethod
    def from_dict(cls, values: dict[str, str]) -> TargetFilter:
        names = {f.name for f in fields(cls)}
        return cls(
            **{k: str(v) in ("1", "true") if k in FLAGS else str(v) for k, v in values.items() if k in names}
        )

    def review_filter(self) -> filters.ReviewFilter:
        """The criteria the core decides (store.filters): the flags and the document."""
        return filters.ReviewFilter(
            document_id=int(self.document) if self.document else None,
            **{flag: getattr(self, flag) for flag in FLAGS},
        )

    def matches(self, rows: list[dict]) -> list[bool]:
        """Which rows pass, computed criterion by criterion over the whole list (fast in Python)."""
        keep = range(len(rows))
        if self.entity:  # any name of the body: 上海市黄浦区 and 黄浦区 are one
            body = canonical_body(self.entity)
            keep = [i for i in keep if canonical_body(rows[i].get("entity") or "") == body]
        for key, wanted in (
            ("kind", self.kind),
            ("review_state", self.review_state),
        ):
            if wanted:
                keep = [i for i in keep if rows[i].get(key) == wanted]
        if self.target_year:
            keep = [i for i in keep if str(rows[i].get("target_year") or "") == self.target_year]
        if self.status:
            keep = [i for i in keep if (rows[i].get("status") or "not_assessable") == self.status]
        review = self.review_filter()
        if review != filters.ReviewFilter():
            keep = [i for i in keep if review.accepts(rows[i])]
        if self.text:
            needle = self.text.casefold()
            keep = [i for i in keep if needle in search_text(rows[i])]
        accepted = [False] * len(rows)
        for i in keep:
            accepted[i] = True
        return accepted


def search_text(row: dict) -> str:
    """What free text is matched against (store.filters.search_text: the note too); cached in the row."""
    text = row.get("_search")
    if text is None:
        text = row["_search"] = filters.search_text(row)
    return text


class TargetsFilterProxy(QSortFilterProxyModel):
    """Filters through a TargetFilter; sorting is delegated to the source model (see there)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._filter = TargetFilter()
        self._accepted: list[bool] = []
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model: TargetsTableModel) -> None:
        old = self.sourceModel()
        if old is not None:
            for signal in (old.modelReset, old.layoutChanged, old.rowsInserted, old.rowsRemoved):
                signal.disconnect(self._recompute)
        # connected before the proxy's own slots, so the answers are ready when it re-filters
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._recompute)
        super().setSourceModel(model)
        self._recompute()
        self.invalidate()

    def set_filter(self, new: TargetFilter) -> None:
        if new == self._filter:
            return
        self._filter = replace(new)
        self.beginFilterChange()
        self._recompute()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        return source_row < len(self._accepted) and self._accepted[source_row]

    def _recompute(self, *args) -> None:
        source = self.sourceModel()
        rows = source.rows() if isinstance(source, TargetsTableModel) else []
        self._accepted = self._filter.matches(rows)
