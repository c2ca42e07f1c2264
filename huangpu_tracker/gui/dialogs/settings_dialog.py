"""Preferences: the UI language (Chinese first; English selectable) and the home district (本区) whose
goals the app follows; the main window is rebuilt when either changes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from huangpu_tracker.errors import TrackerError
from huangpu_tracker.gui import settings
from huangpu_tracker.gui.settings import tr
from huangpu_tracker.home import home_name


class SettingsDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("设置", "Settings"))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(settings.language()), 0))
        self.home = QLineEdit(home_name(), self)
        self.home.setObjectName("home_district")
        self.home.setToolTip(
            tr(
                "提取时无主体的“全区”等归属于此区；目标列表默认显示此区。",
                "The district the app follows; the default entity filter shows it.",
            )
        )
        self.message = QLabel(self)
        self.message.setObjectName("settings_message")
        self.message.setStyleSheet("color:#b3261e;")
        form = QFormLayout()
        form.addRow(tr("界面语言", "Language"), self.language)
        form.addRow(tr("本区", "Home district"), self.home)
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
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            if self.home.text().strip() != home_name():
                settings.set_home_district(self.home.text())
        except TrackerError as exc:
            self.message.setText(str(exc))  # the dialog stays open with the name to correct
            return
        settings.set_language(self.language.currentData())
        super().accept()
