"""Finding and looking: the search field (↓ enters the table), a source shown in its document, the
panes of the selected target (详情 / 实际值 / 进度图, switched from the keyboard), the dashboard of
small charts (a click opens the target)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from huangpu_tracker.gui.models.assessing import assess_row
from huangpu_tracker.gui.selection import Selection
from huangpu_tracker.gui.services import Services
from huangpu_tracker.gui.widgets.filter_bar import FilterBar
from huangpu_tracker.store import queries

if TYPE_CHECKING:  # both load lazily: pyqtgraph is slow to import
    from huangpu_tracker.gui.dialogs.document_dialog import DocumentDialog
    from huangpu_tracker.gui.plots.dashboard import Dashboard

DASHBOARD_LIMIT = 60  # small multiples drawn at most (the filtered targets, in table order)
TARGETS_TAB, DASHBOARD_TAB = 0, 1


class Browsing:
    """Owns the document dialog last opened (`document_dialog`) and the dashboard (`dashboard`,
    built when its tab is first shown)."""

    def __init__(
        self,
        services: Services,
        selection: Selection,
        filter_bar: FilterBar,
        main_tabs: QTabWidget,
        dashboard_page: QWidget,
        side_tabs: QTabWidget,
    ) -> None:
        self._services = services
        self._selection = selection
        self._filter_bar = filter_bar
        self._main_tabs = main_tabs
        self._side_tabs = side_tabs
        self._dashboard_page = dashboard_page
        self.document_dialog: DocumentDialog | None = None
        self.dashboard: Dashboard | None = None

    def focus_search(self) -> None:
        self._main_tabs.setCurrentIndex(TARGETS_TAB)
        self._filter_bar.search.setFocus()
        self._filter_bar.search.selectAll()

    def enter_table(self) -> None:
        """↓ in the search field: into the table, on its first row (the best match of the search)."""
        table = self._selection.table
        table.setFocus()
        if table.model().rowCount():
            table.selectRow(0)

    def next_pane(self) -> None:
        self._step_pane(1)

    def previous_pane(self) -> None:
        self._step_pane(-1)

    def _step_pane(self, step: int) -> None:
        """The next (or previous) of 详情 / 实际值 / 进度图, round; on the dashboard, back to the targets."""
        if self._main_tabs.currentIndex() != TARGETS_TAB:
            self._main_tabs.setCurrentIndex(TARGETS_TAB)
            return
        tabs = self._side_tabs
        tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())

    def toggle_dashboard(self) -> None:
        """总览 and back to the targets."""
        shown = self._main_tabs.currentIndex() == DASHBOARD_TAB
        self._main_tabs.setCurrentIndex(TARGETS_TAB if shown else DASHBOARD_TAB)

    def show_document(self, source: dict) -> None:
        """The source's document, its quote highlighted (a figure typed by hand has none)."""
        from huangpu_tracker.gui.dialogs.document_dialog import DocumentDialog

        if source.get("document_id") is None:
            return
        document = self._services.store.document(source["document_id"])
        dialog = DocumentDialog(document, source, self._services.parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.document_dialog = dialog
        dialog.show()

    def open_target(self, target_id: int) -> None:
        self._main_tabs.setCurrentIndex(TARGETS_TAB)
        self._selection.select(target_id)

    def dashboard_shown(self) -> bool:
        return self.dashboard is not None and self._main_tabs.currentIndex() == DASHBOARD_TAB

    def fill_dashboard(self) -> None:
        """Small multiples of the filtered targets (in table order); a click opens the target."""
        if self.dashboard is None:
            from huangpu_tracker.gui.plots.dashboard import Dashboard

            self.dashboard = Dashboard(self._services.parent)
            self.dashboard.setObjectName("dashboard")
            self.dashboard.targetActivated.connect(self.open_target)
            layout = self._dashboard_page.layout()
            assert layout is not None
            layout.addWidget(self.dashboard)
        rows = self._selection.shown_rows(DASHBOARD_LIMIT)
        series = queries.accepted_actuals(self._services.store, sorted({r["indicator_id"] for r in rows}))
        assessed = ((r, assess_row(r, series.get(r["indicator_id"], ()))) for r in rows)
        self.dashboard.set_items(
            (r["id"], a, f"{r['metric']} · {r['entity']}") for r, a in assessed if a is not None
        )
