"""Help → About: version, the bundled documents' sources, the font's and the libraries' licences."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from huangpu_tracker import __version__
from huangpu_tracker.documents import read_document
from huangpu_tracker.gui import settings
from huangpu_tracker.gui.dialogs import about_info
from huangpu_tracker.gui.dialogs.about_dialog import AboutDialog
from huangpu_tracker.paths import bundled_documents

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"
# The libraries whose licences the About dialog must show at the least.
KEY_LIBRARIES = {
    "PySide6-Essentials",
    "pyqtgraph",
    "jieba",
    "sqlite-utils",
    "click",
    "platformdirs",
    "charset-normalizer",
    "python-docx",
    "pypdf",
    "openpyxl",
}


@pytest.fixture(autouse=True)
def _chinese_ui(monkeypatch):
    """The default UI language (another test may have switched this process to English)."""
    monkeypatch.setattr(settings, "_language", "zh")


@pytest.fixture
def dialog(qtbot) -> AboutDialog:
    box = AboutDialog()
    qtbot.addWidget(box)
    return box


def test_shows_the_version(dialog):
    assert __version__ in dialog.header.text()
    assert "黄埔" in dialog.windowTitle()


def test_lists_each_bundled_document_with_its_title(dialog):
    text = dialog.details.toPlainText()
    for path in bundled_documents():
        assert path.name in text
        assert read_document(path).title in text


def test_states_the_bundled_font_licence(dialog):
    text = dialog.details.toPlainText()
    assert "WenQuanYi Micro Hei" in text
    assert "Apache-2.0" in text and "GPL-3" in text


def declared_dependencies() -> set[str]:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    return {re.match(r"[A-Za-z0-9._-]+", req).group(0) for req in project["dependencies"]}


def test_lists_every_runtime_library_with_the_licence_its_metadata_states(dialog):
    text = dialog.details.toPlainText()
    assert set(about_info.runtime_libraries()) == declared_dependencies() >= KEY_LIBRARIES
    for name in declared_dependencies():
        assert f"{name}\n{metadata.version(name)}\n" in text
    assert "LGPL-3.0" in text  # PySide6
    assert "Apache-2.0" in text  # sqlite-utils


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen platform
def test_close_button_closes(dialog, qtbot):
    dialog.show()
    dialog.findChild(QDialogButtonBox).rejected.emit()
    assert not dialog.isVisible()
    assert QApplication.activeModalWidget() is None


def test_licence_text_prefers_the_spdx_expression_then_a_short_licence_field():
    spdx = metadata.metadata("sqlite-utils")
    assert about_info.licence_text(spdx) == "Apache-2.0"
    assert about_info.licence_text(metadata.metadata("jieba")) == "MIT"


def test_licence_text_falls_back_to_classifiers_when_the_field_is_a_whole_licence():
    meta = metadata.metadata("jieba")
    meta.replace_header("License", "MIT License\n\nPermission is hereby granted ...")
    assert about_info.licence_text(meta) == "MIT License"


def test_a_missing_library_shows_as_unknown(monkeypatch):
    monkeypatch.setattr(about_info, "runtime_libraries", lambda: ["no-such-library-xyz"])
    assert about_info.library_licences() == [about_info.LibraryLicence("no-such-library-xyz", "?", "?")]


def test_an_unreadable_bundled_document_is_listed_by_its_file_name(tmp_path, monkeypatch):
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"")
    monkeypatch.setattr(about_info, "bundled_documents", lambda: [broken])
    assert about_info.bundled_document_sources() == [about_info.DocumentSource("broken.txt", "broken.txt")]
