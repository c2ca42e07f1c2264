"""The editable attributes of a target (to correct extraction), each checked before it is saved.

A refused entry stays in its field, marked, with the reason below the form; Enter tries it again
once corrected, Escape puts the stored value back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGridLayout, QLabel, QLineEdit, QWidget

from huangpu_tracker.errors import TrackerError
from huangpu_tracker.gui.models.actual_input import InputError, parse_number, parse_year
from huangpu_tracker.gui.models.formatting import (
    COMPARATOR_LABELS,
    FIELD_LABELS,
    KIND_LABELS,
    NUMBER_FIELDS,
    TEXT_FIELDS,
    YEAR_FIELDS,
    number_text,
)
from huangpu_tracker.gui.settings import tr
from huangpu_tracker.store.validation import COMPARATORS, KINDS

REQUIRED = ("entity", "metric", "value")
REFUSED = "refused"  # dynamic property of a field holding a refused entry
REFUSED_STYLE = 'QLineEdit[refused="true"], QComboBox[refused="true"] { border: 1px solid #b3261e; }'


def parse_field(name: str, text: str) -> Any:
    """The value of a form field, or InputError (numbers, years 1949–2100, required fields)."""
    text = text.strip()
    if not text:
        if name in REQUIRED:
            raise InputError(tr("此项不能为空", "this field is required"))
        return None
    if name in NUMBER_FIELDS:
        return parse_number(text)
    if name in YEAR_FIELDS:
        return parse_year(text)
    return text


class TargetForm(QWidget):
    """Emits `edit_requested(fields)` when a field is changed to a valid new value."""

    edit_requested = Signal(dict)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._row: dict | None = None
        self.editors: dict[str, QLineEdit | QComboBox] = {}
        left, right = QFormLayout(), QFormLayout()
        for name in {**TEXT_FIELDS, **NUMBER_FIELDS, **YEAR_FIELDS}:
            editor = QLineEdit(self)
            editor.setObjectName(f"field_{name}")
            editor.editingFinished.connect(lambda name=name: self._commit(name))
            editor.installEventFilter(self)
            self.editors[name] = editor
        for name, choices, labels in (
            ("kind", KINDS, KIND_LABELS),
            ("comparator", COMPARATORS, COMPARATOR_LABELS),
        ):
            combo = QComboBox(self)
            combo.setObjectName(f"field_{name}")
            for choice in choices:
                combo.addItem(tr(*labels[choice]), choice)
            combo.activated.connect(lambda _i, name=name: self._commit(name))
            self.editors[name] = combo
        for name in ("entity", "area", "metric", "kind", "comparator", "note"):
            left.addRow(tr(*FIELD_LABELS[name]), self.editors[name])
        for name in (
            "value",
            "value_hi",
            "unit",
            "target_year",
            "period_start",
            "baseline_value",
            "baseline_year",
        ):
            right.addRow(tr(*FIELD_LABELS[name]), self.editors[name])
        self.message = QLabel(self)
        self.message.setObjectName("form_message")
        self.message.setStyleSheet("color:#b3261e;")
        self.message.setWordWrap(True)
        self.setStyleSheet(REFUSED_STYLE)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addWidget(self.message, 1, 0, 1, 2)

    def set_target(self, row: dict | None) -> None:
        """Show a target (a dict with the form's fields) or clear the form. When the same target is
        shown again (after an edit of another field), a refused entry stays for correction."""
        same = row is not None and self._row is not None and row.get("id") == self._row.get("id")
        self._row = row
        self.setEnabled(row is not None)
        for name, editor in self.editors.items():
            if not (same and self.is_refused(name) and isinstance(editor, QLineEdit)):
                self._show_stored(name)
        if not self.refused_fields():
            self.message.clear()

    def refused_fields(self) -> list[str]:
        """Names of the fields holding a refused entry."""
        return [name for name in self.editors if self.is_refused(name)]

    def is_refused(self, name: str) -> bool:
        return bool(self.editors[name].property(REFUSED))

    def show_error(self, name: str | None, message: str) -> None:
        """Refuse an entry in place: keep the typed text in its field, mark it and show why."""
        self.message.setText(message)
        if name in self.editors:
            self._mark(name, True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape in a field puts the stored value back (and drops its refusal)."""
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            name = next((n for n, e in self.editors.items() if e is watched), None)
            if name is not None and self._row is not None:
                self._show_stored(name)
                if not self.refused_fields():
                    self.message.clear()
                return True
        return super().eventFilter(watched, event)

    def _show_stored(self, name: str) -> None:
        editor = self.editors[name]
        self._mark(name, False)
        value = (self._row or {}).get(name)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif name in NUMBER_FIELDS:
            editor.setText(number_text(value))
        else:
            editor.setText("" if value is None else str(value))

    def _mark(self, name: str, refused: bool) -> None:
        editor = self.editors[name]
        if self.is_refused(name) == refused:
            return
        editor.setProperty(REFUSED, refused)
        editor.style().unpolish(editor)  # the style sheet's [refused="true"] rule follows the property
        editor.style().polish(editor)

    def _commit(self, name: str) -> None:
        if self._row is None:
            return
        editor = self.editors[name]
        try:
            value = (
                editor.currentData() if isinstance(editor, QComboBox) else parse_field(name, editor.text())
            )
        except TrackerError as exc:
            self.show_error(name, str(exc))
            return
        self._mark(name, False)
        if not self.refused_fields():
            self.message.clear()
        if value != self._row.get(name):
            self.edit_requested.emit({name: value})
