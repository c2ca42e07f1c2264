"""File → Open store and File → Settings: the window is replaced by a new one, on another store or
on the same store in a new UI language or home district."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QFileDialog, QMainWindow

from huangpu_tracker.errors import TrackerError
from huangpu_tracker.gui import settings
from huangpu_tracker.gui.services import Services
from huangpu_tracker.gui.settings import language, tr
from huangpu_tracker.gui.widgets.filter_bar import FilterBar
from huangpu_tracker.home import home_name

OpenWindow = Callable[[Path, QLockFile | None], QMainWindow]  # MainWindow.open, handed in (no cycle)


class StoreSwitcher:
    """Opens the replacing window with `open_window`, then closes this one (`services.parent`) and
    its store; `save_state` keeps the layout and filters for the next window; `lock` is this
    store's instance lock, handed on when the same store is reopened."""

    def __init__(
        self,
        services: Services,
        filter_bar: FilterBar,
        save_state: Callable[[], None],
        open_window: OpenWindow,
        lock: QLockFile | None,
    ) -> None:
        self._services = services
        self._filter_bar = filter_bar
        self._save_state = save_state
        self._open_window = open_window
        self._lock = lock

    def choose_store(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._services.parent,
            tr("打开或新建数据库", "Open or create a store"),
            str(self._services.store_path.parent),
            f"{tr('数据库', 'Store')} (*.db *.sqlite)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.switch(Path(path))

    def switch(self, path: Path, lock: QLockFile | None = None) -> QMainWindow | None:
        """Open another store in a new main window (remembered as the last store) and close this one;
        None (the reason shown) when the store cannot be opened."""
        try:
            new = self._open_window(path, lock)
        except TrackerError as exc:
            self._services.show_error(str(exc))
            return None
        new.show()  # first: closing the only visible window would end the app
        self._services.parent.close()
        self._services.store.close()
        settings.remember_store(path)
        return new

    def open_settings(self) -> QMainWindow | None:
        """The settings dialog; a new UI language or home district applies at once (the window is
        rebuilt, see `reopen`; the entity filter then shows the new home district). Returns the new
        window, None when nothing changed."""
        from huangpu_tracker.gui.dialogs.settings_dialog import SettingsDialog

        before = (language(), home_name())
        if not SettingsDialog(self._services.parent).exec() or (language(), home_name()) == before:
            return None
        if home_name() != before[1]:
            self._filter_bar.set_value(replace(self._filter_bar.value(), entity=home_name()))
        return self.reopen()

    def reopen(self) -> QMainWindow | None:
        """Rebuild the main window on the same store (every text in the new UI language), keeping its
        layout, filters and instance lock; the undo history starts afresh. Returns the new window."""
        self._save_state()
        return self.switch(self._services.store_path, self._lock)
