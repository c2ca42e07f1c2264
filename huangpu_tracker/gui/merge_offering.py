"""Edit → 可能重复的目标 (and the import summary's button): the merge offers an import raised, answered
in a dialog that stays open beside the window (undo in the window reopens an offer)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from huangpu_tracker.gui.dialogs.merge_offers_dialog import MergeOffersDialog
from huangpu_tracker.gui.services import Services


class MergeOffers:
    """Owns the offers dialog while it is open (`dialog`)."""

    def __init__(self, services: Services) -> None:
        self._services = services
        self.dialog: MergeOffersDialog | None = None

    def open_dialog(self) -> MergeOffersDialog:
        """Show the open offers (the dialog already open is raised and read again)."""
        if self.dialog is None:
            services = self._services
            dialog = MergeOffersDialog(services.store, services.try_perform, parent=services.parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(self._closed)
            self.dialog = dialog
        self.dialog.refresh()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def refresh(self, *_args) -> None:
        """Read the offers again (after any edit, undo or redo: undoing a merge reopens its offer)."""
        if self.dialog is not None:
            self.dialog.refresh()

    def _closed(self, *_args) -> None:
        self.dialog = None
