"""Help → About: the version, where the bundled documents come from, and the licences of what ships."""

from __future__ import annotations

import platform
from html import escape

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from huangpu_tracker import __version__
from huangpu_tracker.gui.branding import app_icon, app_name
from huangpu_tracker.gui.dialogs.about_info import (
    FONT_COPYRIGHT,
    bundled_document_sources,
    bundled_font_licence,
    library_licences,
)
from huangpu_tracker.gui.settings import tr


class AboutDialog(QDialog):
    """The About box; `AboutDialog(parent).exec()` shows it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(f"关于 {app_name()}", f"About {app_name()}"))
        self.resize(640, 560)

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        self.header = QLabel(self._header_html())
        self.header.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.header, 1)

        self.details = QTextBrowser()
        self.details.setOpenExternalLinks(True)
        self.details.setHtml(self._details_html())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("关闭", "Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def _header_html(self) -> str:
        versions = f"Qt {qVersion()} · PySide6 {PySide6.__version__} · Python {platform.python_version()}"
        summary = tr(
            "从黄埔区（广州开发区、广州高新区）的规划文件中提取量化目标，记录实际值，评估并绘制进展。",
            "Extracts the quantitative targets of Huangpu district's plans, records actuals, "
            "assesses and charts progress.",
        )
        return (
            f"<h2>{escape(app_name())}</h2>"
            f"<p><b>{tr('版本', 'Version')} {__version__}</b><br>{versions}</p><p>{summary}</p>"
        )

    def _details_html(self) -> str:
        return "".join((self._documents_html(), self._font_html(), self._libraries_html()))

    def _documents_html(self) -> str:
        rows = [
            (doc.title, doc.issuer or "", doc.issue_date or "", doc.file_name)
            for doc in bundled_document_sources()
        ]
        headings = (tr("标题", "Title"), tr("发布单位", "Issuer"), tr("日期", "Date"), tr("文件", "File"))
        return _section(tr("内置文件", "Bundled documents"), _table(headings, rows))

    def _font_html(self) -> str:
        font = bundled_font_licence()
        text = (
            f"<p>{escape(font.name)}<br>{tr('许可证', 'Licence')}: {escape(font.licence)}<br>"
            f"{tr('来源', 'Source')}: <a href='{escape(font.source)}'>{escape(font.source)}</a><br>"
            f"{tr('版权说明全文', 'Full copyright notice')}: resources/{'/'.join(FONT_COPYRIGHT)}</p>"
        )
        return _section(tr("内置字体", "Bundled font"), text)

    def _libraries_html(self) -> str:
        rows = [(lib.name, lib.version, lib.licence) for lib in library_licences()]
        headings = (tr("库", "Library"), tr("版本", "Version"), tr("许可证", "Licence"))
        note = tr(
            "<p>许可证信息取自各库安装包的元数据；Qt 随 PySide6 一同分发（LGPLv3）。</p>",
            "<p>Licences as stated in each package's metadata; Qt ships with PySide6 (LGPLv3).</p>",
        )
        return _section(tr("第三方库", "Libraries"), _table(headings, rows) + note)


def _section(title: str, body: str) -> str:
    return f"<h3>{escape(title)}</h3>{body}"


def _table(headings: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headings)
    body = "".join("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"
