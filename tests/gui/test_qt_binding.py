"""The Qt binding we depend on must not corrupt Python objects during long sessions.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every Qt call returning nothing, and
the interpreter aborted after a few thousand calls (about ten charts); pyproject.toml excludes it.
"""

import sys

from PySide6.QtWidgets import QWidget


def test_qt_calls_keep_none_refcount(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for i in range(2000):
        widget.resize(100 + i % 7, 80)
    # Other code may hold or drop a few references meanwhile; a leak is one per call.
    assert abs(sys.getrefcount(None) - before) < 100
