"""What the main window lends each of its controllers (imports, exports, review, browsing).

A controller receives a `Services` and, if it needs them, the `Selection` and the widgets it works
on; it never reaches back into the window. Adding a controller: a class taking these in its
constructor, created in `MainWindow.__init__`, with its menu entries in `actions.ACTIONS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QProgressBar, QStatusBar, QWidget

from huangpu_tracker.edits import Edit
from huangpu_tracker.store import Store

MESSAGE_MS = 15000  # how long a report of finished work stays in the status bar


@dataclass(frozen=True)
class Services:
    """`parent` owns the controllers' dialogs; `busy` keeps running workers referenced (and lets
    closing the window cancel them); `try_perform` applies an edit as one undo step (False, the
    reason shown, when refused); `reload` reads every target again."""

    parent: QWidget
    store: Store
    status: QStatusBar
    progress: QProgressBar
    busy: list[object]
    show_error: Callable[[str], None]
    try_perform: Callable[[Edit], bool]
    reload: Callable[[], None]

    @property
    def store_path(self) -> Path:
        return Path(self.store.path)

    def message(self, text: str, ms: int = MESSAGE_MS) -> None:
        self.status.showMessage(text, ms)
