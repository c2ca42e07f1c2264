"""File → Export charts…: format, size, PNG scale, which targets, output folder (all remembered)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from huangpu_tracker.gui.settings import settings, tr

FORMATS = (("png", "PNG"), ("svg", "SVG"), ("pdf", "PDF"))
KEY = "export/charts/"  # QSettings group of the remembered choices


@dataclass(frozen=True)
class ChartExportOptions:
    """The dialog's choices. `size` is the chart layout in logical pixels (the SVG/PDF page);
    a PNG has `size × scale` pixels."""

    fmt: str
    size: tuple[int, int]
    scale: float
    selected_only: bool
    folder: Path

    def output(self) -> tuple[tuple[int, int], float]:
        """`(size, scale)` as `export_charts` takes them (output pixels and device pixel ratio)."""
        scale = self.scale if self.fmt == "png" else 1.0
        return (round(self.size[0] * scale), round(self.size[1] * scale)), scale


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / tr("黄埔图表", "Huangpu charts")


class ExportChartsDialog(QDialog):
    """Choose how to export; `options()` once accepted (the choices are then remembered)."""

    def __init__(self, selected: int, shown: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_charts_dialog")
        self.setWindowTitle(tr("导出图表", "Export charts"))
        self.setMinimumWidth(480)
        stored = settings()
        self.format = QComboBox(self)
        for code, label in FORMATS:
            self.format.addItem(label, code)
        self.format.setCurrentIndex(max(0, self.format.findData(stored.value(KEY + "format", "png"))))
        self.width = self._spin(int(stored.value(KEY + "width", 800)))
        self.height = self._spin(int(stored.value(KEY + "height", 500)))
        self.scale = QDoubleSpinBox(self)
        self.scale.setRange(0.5, 4.0)
        self.scale.setSingleStep(0.5)
        self.scale.setDecimals(1)
        self.scale.setSuffix("×")
        self.scale.setValue(float(stored.value(KEY + "scale", 2.0)))
        self.pixels = QLabel(self)
        self.only_selected = QRadioButton(tr(f"所选目标（{selected} 个）", f"Selected targets ({selected})"))
        self.all_shown = QRadioButton(
            tr(f"当前筛选显示的全部目标（{shown} 个）", f"All targets shown by the filter ({shown})")
        )
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.only_selected)
        self.scope.addButton(self.all_shown)
        self.only_selected.setEnabled(selected > 0)
        self.all_shown.setEnabled(shown > 0)
        (self.all_shown if shown > 0 or not selected else self.only_selected).setChecked(True)
        self.folder = QLineEdit(str(stored.value(KEY + "folder", "") or default_folder()), self)
        browse = QPushButton(tr("浏览…", "Browse…"), self)
        browse.setObjectName("browse")
        browse.clicked.connect(self._browse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("导出", "Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(browse)
        for signal in (self.format.currentIndexChanged, self.width.valueChanged, self.height.valueChanged):
            signal.connect(self._update)
        self.scale.valueChanged.connect(self._update)
        self.folder.textChanged.connect(self._update)
        self.scope.buttonToggled.connect(self._update)
        self._update()

    def _spin(self, value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(200, 4000)
        spin.setSingleStep(50)
        spin.setValue(value)
        return spin

    def _lay_out(self, browse: QPushButton) -> None:
        size = QHBoxLayout()
        size.addWidget(self.width)
        size.addWidget(QLabel("×", self))
        size.addWidget(self.height)
        folder = QHBoxLayout()
        folder.addWidget(self.folder, 1)
        folder.addWidget(browse)
        form = QFormLayout()
        form.addRow(tr("格式", "Format"), self.format)
        form.addRow(tr("尺寸", "Size"), size)
        form.addRow(tr("缩放（PNG）", "Scale (PNG)"), self.scale)
        form.addRow("", self.pixels)
        form.addRow(tr("范围", "Targets"), self.only_selected)
        form.addRow("", self.all_shown)
        form.addRow(tr("保存到", "Folder"), folder)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, tr("选择文件夹", "Choose a folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _update(self, *_args) -> None:
        png = self.format.currentData() == "png"
        self.scale.setEnabled(png)
        width, height = self.options().output()[0]
        self.pixels.setText(
            tr(f"PNG 图片 {width}×{height} 像素", f"PNG image {width}×{height} pixels")
            if png
            else tr("矢量页面，尺寸即页面大小", "Vector page of this size")
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.folder.text().strip()) and self.scope.checkedButton() is not None)

    def options(self) -> ChartExportOptions:
        return ChartExportOptions(
            fmt=self.format.currentData(),
            size=(self.width.value(), self.height.value()),
            scale=self.scale.value(),
            selected_only=self.only_selected.isChecked(),
            folder=Path(self.folder.text().strip()).expanduser(),
        )

    def accept(self) -> None:
        options = self.options()
        stored = settings()
        for key, value in (
            ("format", options.fmt),
            ("width", options.size[0]),
            ("height", options.size[1]),
            ("scale", options.scale),
            ("folder", str(options.folder)),
        ):
            stored.setValue(KEY + key, value)
        super().accept()
