"""A document's full text, scrolled to a target's sentence with the quote highlighted."""

from __future__ import annotations

import html

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextEdit, QVBoxLayout

from huangpu_tracker.documents.label import document_label

HIGHLIGHT = QColor("#fff1a8")


def quote_span(text: str, quote: str | None, start: int | None, end: int | None) -> tuple[int, int] | None:
    """Where the quote sits in the text: the stored offsets when they match, else the first occurrence."""
    known = start is not None and end is not None and 0 <= start < end <= len(text)
    if known and (not quote or "".join(text[start:end].split()) == "".join(quote.split())):
        return start, end
    if quote:
        position = text.find(quote)
        if position >= 0:
            return position, position + len(quote)
    return None


class DocumentDialog(QDialog):
    """Non-modal viewer: `DocumentDialog(document, source, parent).show()`."""

    def __init__(self, document: dict, source: dict, parent=None) -> None:
        super().__init__(parent)
        label = document_label(document, source.get("article_id"))  # 《title》 date, not the stored file
        self.setWindowTitle(label)
        self.resize(820, 640)
        self.text = QTextEdit(self)
        self.text.setObjectName("document_text")
        self.text.setReadOnly(True)
        self.text.setPlainText(document.get("text") or "")
        heading = QLabel(f"<b>{html.escape(label)}</b>", self)
        heading.setObjectName("document_heading")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.span = quote_span(
            document.get("text") or "", source.get("quote"), source.get("start"), source.get("end")
        )
        if self.span is not None:
            self._highlight(*self.span)

    def _highlight(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT)
        selection.format = fmt
        self.text.setExtraSelections([selection])
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()
