"""Edit → 批量修改: one field (review state, area or target year) set for every selected target.

The entry is checked before the dialog closes: text in the year field is refused in place, with
the reason below it, and nothing changes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from huangpu_tracker.edits import BULK_FIELDS, SetForAll
from huangpu_tracker.gui.models.actual_input import InputError, parse_year
from huangpu_tracker.gui.models.formatting import FIELD_LABELS, REVIEW_LABELS
from huangpu_tracker.gui.settings import tr

LABELS = {**FIELD_LABELS, "review_state": ("审核状态", "Review state")}


class BulkEditDialog(QDialog):
    """`edit()` is the SetForAll of the accepted choice (None before)."""

    def __init__(self, target_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulk_edit_dialog")
        self.setWindowTitle(tr("批量修改", "Edit several targets"))
        self._ids = list(target_ids)
        self._edit: SetForAll | None = None
        self.field = QComboBox(self)
        self.field.setObjectName("bulk_field")
        for name in BULK_FIELDS:
            self.field.addItem(tr(*LABELS[name]), name)
        self.review = QComboBox(self)
        self.review.setObjectName("bulk_review")
        for state, labels in REVIEW_LABELS.items():
            self.review.addItem(tr(*labels), state)
        self.text = QLineEdit(self)
        self.text.setObjectName("bulk_value")
        self.values = QStackedWidget(self)
        self.values.addWidget(self.review)
        self.values.addWidget(self.text)
        self.error = QLabel(self)
        self.error.setObjectName("bulk_error")
        self.error.setStyleSheet("color: #b3261e;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("修改项", "Field"), self.field)
        form.addRow(tr("新值", "New value"), self.values)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr(f"所选 {len(self._ids)} 个目标", f"{len(self._ids)} selected targets")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.field.currentIndexChanged.connect(self._field_changed)
        self._field_changed()

    def _field_changed(self, *_args) -> None:
        name = self.field.currentData()
        self.values.setCurrentWidget(self.review if name == "review_state" else self.text)
        self.text.setPlaceholderText(tr("例如 2030", "e.g. 2030") if name == "target_year" else "")
        self.error.clear()

    def value(self) -> object:
        """The value chosen for the field; InputError (one line) for an entry that is not one."""
        name = self.field.currentData()
        if name == "review_state":
            return self.review.currentData()
        text = self.text.text().strip()
        if name == "target_year":
            return parse_year(text)
        return text or None  # an empty area clears it

    def accept(self) -> None:
        try:
            value = self.value()
        except InputError as exc:
            self.error.setText(str(exc))
            self.text.setFocus()
            return
        name = self.field.currentData()
        zh, en = LABELS[name]
        self._edit = SetForAll(
            self._ids,
            name,
            value,
            text=tr(f"批量修改{zh}（{len(self._ids)} 个目标）", f"set {en} of {len(self._ids)}"),
        )
        super().accept()

    def edit(self) -> SetForAll | None:
        return self._edit
