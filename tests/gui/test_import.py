"""Importing from the window: background worker, progress, Cancel, per-file errors, drag and drop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from huangpu_tracker.gui.models.targets_filter import TargetFilter

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen

NEW_DOC = "广州开发区2024年工作要点\n\n2024年，黄埔区测试导入指标达到120家。\n"


def write_docs(folder: Path, count: int) -> list[Path]:
    paths = []
    for i in range(count):
        path = folder / f"doc{i:02}.txt"
        path.write_text(NEW_DOC + f"第{i}号文件。\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_import_shows_progress_and_new_documents_appear(window, qtbot, tmp_path):
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip file")
    files = [*write_docs(tmp_path, 2), bad]
    documents_before = len(window.documents)
    progress = []
    run = window.imports.import_files(files)
    run.worker.signals.progress.connect(lambda done, total, label: progress.append((done, total)))
    assert run.dialog.isVisible()
    with qtbot.waitSignal(run.finished, timeout=30000):
        pass
    report = window.imports.last_report
    assert [p.name for p, *_ in report.added] == ["doc00.txt", "doc01.txt"]
    assert [p.name for p, _ in report.errors] == ["broken.docx"]
    assert len(window.documents) == documents_before + 2  # no restart needed
    assert window.filter_bar.document.count() == len(window.documents) + 1
    assert not run.dialog.isVisible()
    box = window.findChild(object, "import_errors")
    assert box is not None and "broken.docx" in box.text()
    box.close()


def test_a_file_read_with_a_bad_byte_replaced_says_where(window, qtbot, tmp_path):
    path = tmp_path / "bad-byte.txt"
    path.write_bytes(NEW_DOC.encode() + b"\xff" + "第三行。\n".encode())
    run = window.imports.import_files([path])
    with qtbot.waitSignal(run.finished, timeout=30000):
        pass
    assert [p.name for p, *_ in window.imports.last_report.added] == ["bad-byte.txt"]
    box = window.findChild(object, "import_errors")
    assert box is not None and "bad-byte.txt" in box.text() and "第 4 行(字节" in box.text()
    box.close()


def test_cancel_stops_between_files(window, qtbot, tmp_path):
    files = write_docs(tmp_path, 25)
    run = window.imports.import_files(files)
    run.cancel()
    with qtbot.waitSignal(run.finished, timeout=30000):
        pass
    report = window.imports.last_report
    assert report.cancelled
    assert len(report.added) < len(files)
    assert window.busy == []


def test_dropping_files_on_the_window_imports_them(window, qtbot, tmp_path):
    files = write_docs(tmp_path, 1)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    with qtbot.waitSignal(window.imports.run.finished, timeout=30000):
        pass
    assert [p.name for p, *_ in window.imports.last_report.added] == ["doc00.txt"]


def test_new_store_is_seeded_in_the_background(qtbot, tmp_path):
    from huangpu_tracker.gui.app import create_application, open_main_window

    create_application()
    win = open_main_window(tmp_path / "fresh.db")
    qtbot.addWidget(win)
    win.show()
    assert win.targets_model.rowCount() == 0 and win.progress.isVisible()
    qtbot.waitUntil(lambda: not win.busy, timeout=60000)
    assert len(win.documents) == 5
    # A first start opens on the home district's targets, as any later start does.
    assert win.filter_bar.entity.currentData() == "黄埔区"
    assert win.proxy.rowCount() > 0
    win.filter_bar.set_value(TargetFilter())
    assert win.targets_model.rowCount() > 0
    win.store.close()


def test_a_bundled_document_that_fails_to_load_is_named_in_the_status_bar(qtbot, tmp_path, monkeypatch):
    from huangpu_tracker import ingest
    from huangpu_tracker.gui.app import create_application, open_main_window

    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"")
    monkeypatch.setattr(ingest.paths, "bundled_documents", lambda: [broken])
    create_application()
    win = open_main_window(tmp_path / "fresh.db")
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: not win.busy, timeout=60000)
    assert "broken.txt" in win.statusBar().currentMessage()
    win.store.close()
