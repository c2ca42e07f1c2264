"""Adding a target by hand (a goal the extractor missed): a form checked before it is accepted,
prefilled when made from a document's text (or when a target is edited in its document's review)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from huangpu_tracker.edits import AddTarget
from huangpu_tracker.errors import TrackerError
from huangpu_tracker.gui.models.formatting import COMPARATOR_LABELS, KIND_LABELS, number_text
from huangpu_tracker.gui.settings import tr
from huangpu_tracker.gui.widgets.target_form import FIELD_LABELS, parse_field
from huangpu_tracker.home import home_name
from huangpu_tracker.store.validation import COMPARATORS, KINDS

NUMBERS = ("value", "value_hi")
ORDER = (
    "entity",
    "area",
    "metric",
    "kind",
    "comparator",
    "value",
    "value_hi",
    "unit",
    "target_year",
    "period_start",
    "note",
)


class AddTargetDialog(QDialog):
    """`dialog.edit()` is the AddTarget edit once the dialog was accepted with valid values.

    `initial` prefills fields ({name: value}); `source` (document_id, quote, start, end, sentence)
    is where the new target is stated; `title` replaces the window title."""

    def __init__(
        self,
        parent=None,
        initial: dict[str, Any] | None = None,
        source: dict[str, Any] | None = None,
        title: tuple[str, str] = ("手工新增目标", "Add a target by hand"),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(*title))
        self.source = source or {}
        self.editors: dict[str, QLineEdit | QComboBox] = {}
        form = QFormLayout()
        for name in ORDER:
            if name in ("kind", "comparator"):
                editor = QComboBox(self)
                labels = KIND_LABELS if name == "kind" else COMPARATOR_LABELS
                for choice in KINDS if name == "kind" else COMPARATORS:
                    editor.addItem(tr(*labels[choice]), choice)
            else:
                editor = QLineEdit(self)
            editor.setObjectName(f"add_{name}")
            self.editors[name] = editor
            form.addRow(tr(*FIELD_LABELS[name]), editor)
        self.editors["entity"].setText(home_name())
        for name, value in (initial or {}).items():
            self._prefill(name, value)
        self.message = QLabel(self)
        self.message.setObjectName("add_message")
        self.message.setStyleSheet("color:#b3261e;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._values: dict[str, Any] | None = None

    def _prefill(self, name: str, value: Any) -> None:
        editor = self.editors[name]
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            editor.setText("" if value is None else number_text(value) if name in NUMBERS else str(value))

    def accepted_values(self) -> dict[str, Any] | None:
        """The checked values once the dialog was accepted, else None."""
        return self._values

    def values(self) -> dict[str, Any]:
        """The typed values, checked; raises TrackerError naming the field that is wrong."""
        values: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                values[name] = editor.currentData()
                continue
            try:
                values[name] = parse_field(name, editor.text())
            except TrackerError as exc:
                raise TrackerError(f"{tr(*FIELD_LABELS[name])}: {exc}") from exc
        if values["comparator"] == "range" and values["value_hi"] is None:
            raise TrackerError(tr("区间目标需要上限", "a range needs an upper bound"))
        return values

    def accept(self) -> None:
        try:
            self._values = self.values()
        except TrackerError as exc:
            self.message.setText(str(exc))
            return
        super().accept()

    def edit(self) -> AddTarget | None:
        if self._values is None:
            return None
        text = tr(f"新增目标 {self._values['metric']}", "add target")
        return AddTarget(**self._values, source=self.source, text=text)
