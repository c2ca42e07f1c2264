"""The filter bar above the targets table: free text and one combo box per criterion; below them the
review filters (checkable: 有待处理数值, 有冲突, 待审核, 可合并) and the document chooser, which names
each document by its label with its review progress."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from huangpu_tracker.assessment.model import STATUS_CODES, STATUS_LABELS
from huangpu_tracker.gui.models.formatting import KIND_LABELS, REVIEW_LABELS, progress_label
from huangpu_tracker.gui.models.targets_filter import TargetFilter
from huangpu_tracker.gui.settings import tr
from huangpu_tracker.home import home_name
from huangpu_tracker.places.names import canonical_body
from huangpu_tracker.store.validation import KINDS

REVIEW_STATES = tuple(REVIEW_LABELS)
# The checkable review filters: TargetFilter flag -> (Chinese, English) text
FLAG_LABELS = {
    "pending": ("有待处理数值", "Pending figures"),
    "conflict": ("有冲突", "Conflict"),
    "needs_review": ("待审核", "Needs review"),
    "merge_offer": ("可合并", "Merge offer"),
}


def document_choice(document: Mapping[str, Any]) -> str:
    """A document of `Store.documents()` as the chooser lists it:
    "《…》 2021-02-10 — 34 个目标，6 个待审核"."""
    return f"{document['label']} — {progress_label(dict(document))}"


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
        self.document.setMinimumContentsLength(24)
        self.document.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.flags = {flag: self._flag(flag, *labels) for flag, labels in FLAG_LABELS.items()}

        criteria = QHBoxLayout()
        criteria.addWidget(QLabel(tr("筛选", "Filter"), self))
        criteria.addWidget(self.search, 3)
        for combo in (self.entity, self.year, self.kind, self.status, self.review):
            criteria.addWidget(combo, 1)
        review = QHBoxLayout()
        for button in self.flags.values():
            review.addWidget(button)
        review.addWidget(self.document, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(criteria)
        layout.addLayout(review)
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

    def _flag(self, name: str, zh: str, en: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(f"filter_{name}")
        button.setText(tr(zh, en))
        button.setCheckable(True)
        button.toggled.connect(self._emit)
        return button

    def set_choices(
        self, entities: Iterable[str], years: Iterable[int], documents: Iterable[Mapping[str, Any]]
    ) -> None:
        """Refill the entity, year and document lists (keeping the wanted choices when possible);
        `documents` are `Store.documents()` rows (label and review progress)."""
        current = self._wanted
        self._blocked = True
        try:
            bodies = {canonical_body(entity) for entity in entities}  # one choice per body
            entities = sorted(bodies, key=lambda e: (e != home_name(), e))
            self._refill(self.entity, [(e, e) for e in entities])
            self._refill(self.year, [(str(y), str(y)) for y in sorted(set(years))])
            self._refill(self.document, [(document_choice(d), str(d["id"])) for d in documents])
        finally:
            self._blocked = False
        self.set_value(current)

    def relabel_documents(self, documents: Iterable[Mapping[str, Any]]) -> None:
        """Show the documents' new review progress (after a review edit) without touching the choice."""
        for document in documents:
            position = self.document.findData(str(document["id"]))
            if position > 0:
                text = document_choice(document)
                self.document.setItemText(position, text)
                self.document.setItemData(position, text, Qt.ItemDataRole.ToolTipRole)

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
            **{flag: button.isChecked() for flag, button in self.flags.items()},
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
            for flag, button in self.flags.items():
                button.setChecked(getattr(value, flag))
        finally:
            self._blocked = False
        self.changed.emit(self.value())
        self._wanted = value

    def _emit(self, *args) -> None:
        if not self._blocked:
            self._wanted = self.value()
            self.changed.emit(self._wanted)
