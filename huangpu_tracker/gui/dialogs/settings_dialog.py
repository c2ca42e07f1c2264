"""Preferences: the UI language (Chinese first; English selectable); the main window is rebuilt in it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from huangpu_tracker.gui import settings
from huangpu_tracker.gui.settings import tr


class SettingsDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("设置", "Settings"))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(settings.language()), 0))
        form = QFormLayout()
        form.addRow(tr("界面语言", "Language"), self.language)
        note = QLabel(
            tr(
                "立即生效(窗口将重新打开，撤销记录清空)。",
                "Applies at once (the window reopens; the undo history is cleared).",
            ),
            self,
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        settings.set_language(self.language.currentData())
        super().accept()
