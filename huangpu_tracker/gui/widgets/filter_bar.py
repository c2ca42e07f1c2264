"""The filter bar above the targets table: free text plus one combo box per criterion."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from huangpu_tracker.assessment.model import STATUS_CODES, STATUS_LABELS
from huangpu_tracker.gui.models.formatting import KIND_LABELS, REVIEW_LABELS
from huangpu_tracker.gui.models.targets_filter import TargetFilter
from huangpu_tracker.gui.settings import tr
from huangpu_tracker.home import home_name
from huangpu_tracker.places.names import canonical_body
from huangpu_tracker.store.validation import KINDS

REVIEW_STATES = tuple(REVIEW_LABELS)


class FilterBar(QWidget):
    """Emits `changed(TargetFilter)` whenever a criterion changes; the entity defaults to 黄埔区."""

    changed = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("filter_text")
        self.search.setPlaceholderText(tr("搜索指标、原文… (Ctrl+F)", "Search metric, quote… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.entity = self._combo("filter_entity", [(tr("全部主体", "All entities"), "")])
        self.year = self._combo("filter_year", [(tr("全部年份", "All years"), "")])
        self.kind = self._combo(
            "filter_kind", [(tr("全部类型", "All kinds"), "")] + [(tr(*KIND_LABELS[k]), k) for k in KINDS]
        )
        self.status = self._combo(
            "filter_status",
            [(tr("全部状态", "All statuses"), "")] + [(tr(*STATUS_LABELS[s]), s) for s in STATUS_CODES],
        )
        self.review = self._combo(
            "filter_review",
            [(tr("全部审核", "Any review"), "")] + [(tr(*REVIEW_LABELS[s]), s) for s in REVIEW_STATES],
        )
        self.document = self._combo("filter_document", [(tr("全部文件", "All documents"), "")])
        self.document.setMaximumWidth(260)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(tr("筛选", "Filter"), self))
        layout.addWidget(self.search, 3)
        for combo in (self.entity, self.year, self.kind, self.status, self.review, self.document):
            layout.addWidget(combo, 1)
        self.search.textChanged.connect(self._emit)
        self._blocked = False
        # What was last asked for: a choice whose item is not listed yet (the entity 黄埔区 while a
        # new store is still being seeded) is applied once set_choices lists it.
        self._wanted = TargetFilter()

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, data in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(self._emit)
        return combo

    def set_choices(
        self, entities: Iterable[str], years: Iterable[int], documents: Iterable[tuple[int, str]]
    ) -> None:
        """Refill the entity, year and document lists (keeping the wanted choices when possible)."""
        current = self._wanted
        self._blocked = True
        try:
            bodies = {canonical_body(entity) for entity in entities}  # one choice per body
            entities = sorted(bodies, key=lambda e: (e != home_name(), e))
            self._refill(self.entity, [(e, e) for e in entities])
            self._refill(self.year, [(str(y), str(y)) for y in sorted(set(years))])
            self._refill(self.document, [(title, str(doc_id)) for doc_id, title in documents])
        finally:
            self._blocked = False
        self.set_value(current)

    def _refill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in items:
            combo.addItem(text, data)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)  # titles may be cut

    def value(self) -> TargetFilter:
        return TargetFilter(
            text=self.search.text().strip(),
            entity=self.entity.currentData() or "",
            target_year=self.year.currentData() or "",
            kind=self.kind.currentData() or "",
            status=self.status.currentData() or "",
            review_state=self.review.currentData() or "",
            document=self.document.currentData() or "",
        )

    def set_value(self, value: TargetFilter) -> None:
        self._blocked = True
        try:
            self.search.setText(value.text)
            for combo, data in (
                (self.entity, value.entity),
                (self.year, value.target_year),
                (self.kind, value.kind),
                (self.status, value.status),
                (self.review, value.review_state),
                (self.document, value.document),
            ):
                position = combo.findData(data)
                combo.setCurrentIndex(max(position, 0))
        finally:
            self._blocked = False
        self.changed.emit(self.value())
        self._wanted = value

    def _emit(self, *args) -> None:
        if not self._blocked:
            self._wanted = self.value()
            self.changed.emit(self._wanted)
