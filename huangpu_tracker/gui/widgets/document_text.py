"""A document's text beside its review: every figure coloured by its state (with a legend), the
sentence of the selected goal marked and scrolled to, and "添加为目标" on a selected span."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QTextEdit, QVBoxLayout, QWidget

from huangpu_tracker.extraction.selection import sentence_around
from huangpu_tracker.gui.models.figure_marks import MARK_LABELS, MARK_STATES
from huangpu_tracker.gui.settings import tr

MARK_COLOURS = {"goal": "#b9e4c4", "possible": "#c9dcf6", "reported": "#ffd9a8", "ignored": "#e4e4e4"}
SENTENCE_COLOUR = "#fff1a8"
ADD_SHORTCUT = "Ctrl+G"


def legend_html() -> str:
    swatches = (
        f'<span style="background-color:{MARK_COLOURS[s]}">&nbsp;{tr(*MARK_LABELS[s])}&nbsp;</span>'
        for s in MARK_STATES
    )
    return tr("图例：", "Legend: ") + " ".join(swatches)


def _format(colour: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(colour))
    return fmt


class DocumentText(QWidget):
    """Emits `add_requested(start, end)` when the analyst asks to make the selected span a goal."""

    add_requested = Signal(int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.legend = QLabel(legend_html(), self)
        self.legend.setObjectName("review_legend")
        self.text = QTextEdit(self)
        self.text.setObjectName("review_text")
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reached with Tab: select with Shift+arrows
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.add_action = QAction(tr("添加为目标", "Add as goal"), self.text)
        self.add_action.setObjectName("add_as_goal")
        self.add_action.setShortcut(QKeySequence(ADD_SHORTCUT))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.add_action.setEnabled(False)
        self.add_action.triggered.connect(self._add)
        self.text.addAction(self.add_action)
        self.text.selectionChanged.connect(
            lambda: self.add_action.setEnabled(self.text.textCursor().hasSelection())
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.text, 1)
        self.marks: list[tuple[int, int, str]] = []

    def set_document(self, text: str, marks: list[tuple[int, int, str]]) -> None:
        """Show the text with each figure's background in the colour of its state; the same text
        again only has the marks that changed recoloured (a decision must not lay out the text anew)."""
        if text != self.text.toPlainText():
            self.text.setPlainText(text)
            self.marks = []
        changed = set(marks) - set(self.marks)
        self.marks = marks
        cursor = QTextCursor(self.text.document())
        cursor.beginEditBlock()  # laid out once, at the end
        for start, end, state in changed:
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(_format(MARK_COLOURS[state]))
        cursor.endEditBlock()

    def mark_sentence(self, start: int | None, end: int | None) -> None:
        """Mark the sentence holding start..end (a goal's quote) and scroll to it; None clears it."""
        length = self.text.document().characterCount() - 1
        if start is None or end is None or not 0 <= start < end <= length:
            self.text.setExtraSelections([])
            return
        start, end = sentence_around(self.text.toPlainText(), start, end)
        sentence = self._selection(start, end, SENTENCE_COLOUR)
        figures = [  # drawn over the sentence's colour, so they keep theirs
            self._selection(a, b, MARK_COLOURS[state]) for a, b, state in self.marks if start <= a < end
        ]
        self.text.setExtraSelections([sentence, *figures])
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(start)
        self.text.setTextCursor(cursor)
        bar = self.text.verticalScrollBar()  # the sentence a third down the view, not at its edge
        bar.setValue(bar.value() + self.text.cursorRect().top() - self.text.viewport().height() // 3)

    def selected_span(self) -> tuple[int, int] | None:
        cursor = self.text.textCursor()
        return (cursor.selectionStart(), cursor.selectionEnd()) if cursor.hasSelection() else None

    def _selection(self, start: int, end: int, colour: str) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = _format(colour)
        return selection

    def _add(self) -> None:
        span = self.selected_span()
        if span is not None:
            self.add_requested.emit(*span)
