"""The app's identity on screen: its icon, its name, the window title with the version, and Qt's own
texts (standard buttons, file dialogs) in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from huangpu_tracker import APP_NAME, __version__
from huangpu_tracker.gui.settings import language, tr
from huangpu_tracker.paths import resource

ICON_FILE = ("icons", "huangpu-tracker.png")
QT_TRANSLATOR = "qtbase-translation"


def app_name() -> str:
    """The app's name in the UI language."""
    return tr("黄埔规划目标追踪", "Huangpu Tracker")


def app_icon() -> QIcon:
    """The application icon (a 256 px PNG that Qt scales for title bars and task bars)."""
    return QIcon(str(resource(*ICON_FILE)))


def window_title(detail: str | None = None) -> str:
    """The main window's title: name and version, then e.g. the open store's file name."""
    title = f"{app_name()} {__version__}"
    return f"{title} — {detail}" if detail else title


def install_qt_translation(app: QApplication) -> bool:
    """Show Qt's own texts (OK/取消, file dialogs) in Chinese when the UI is Chinese; True if installed.

    The translations ship with PySide6 (build.spec keeps qtbase_zh_CN/zh_TW/en in the bundle).
    """
    if language() != "zh" or app.findChild(QTranslator, QT_TRANSLATOR) is not None:
        return False
    translator = QTranslator(app)  # owned by the app, so it lives as long as the app
    translator.setObjectName(QT_TRANSLATOR)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_", folder):
        translator.deleteLater()
        return False
    return app.installTranslator(translator)


def apply_branding(app: QApplication) -> None:
    """Give the application its name, version and icon (every window then shows the icon), and
    Qt's standard texts in the UI language."""
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    app.setWindowIcon(app_icon())
    install_qt_translation(app)
