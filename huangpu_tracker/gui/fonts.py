"""The bundled Chinese font, loaded once before anything is drawn (fresh machines have no CJK font)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from huangpu_tracker.paths import resource

FONT_FILE = ("fonts", "wqy-microhei.ttc")
# The CJK fonts a reader of an exported SVG most likely has (Linux, Linux, Windows, macOS), after ours.
CJK_FALLBACKS = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC")
_family: str | None = None


def font_list(family: str) -> str:
    """A CSS font-family list: `family`, then the usual CJK fonts, then sans-serif."""
    names = dict.fromkeys((family, *CJK_FALLBACKS))
    return ", ".join(f"'{name}'" for name in names) + ", sans-serif"


def ensure_cjk_font() -> str:
    """Register the bundled CJK font and make it the application font; returns its family name.

    Needs a QGuiApplication. Safe to call more than once.
    """
    global _family
    if _family is None:
        font_id = QFontDatabase.addApplicationFont(str(resource(*FONT_FILE)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _family = families[0] if families else QFont().family()
    app = QApplication.instance()
    if app is not None and app.font().family() != _family:
        font = QFont(_family)
        font.setPointSizeF(app.font().pointSizeF())
        app.setFont(font)
    return _family
