"""The main window: filter bar and targets table on the left; detail, actuals and chart on the right.

Every edit goes through `perform(edit)` (the undo stack); when an edit, undo, redo or import ends,
`apply_changes(changes)` refreshes only what changed (Anki's OpChanges idea).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from huangpu_tracker import __version__
from huangpu_tracker.assessment.offers import with_fit
from huangpu_tracker.edits import Changes, Edit, UpdateTarget
from huangpu_tracker.errors import TrackerError
from huangpu_tracker.gui import settings
from huangpu_tracker.gui.actions import build_actions
from huangpu_tracker.gui.background_status import BackgroundAssessor
from huangpu_tracker.gui.branding import app_icon
from huangpu_tracker.gui.browsing import DASHBOARD_TAB, Browsing
from huangpu_tracker.gui.exporting import ExportController
from huangpu_tracker.gui.importing import ImportController
from huangpu_tracker.gui.merge_offering import MergeOffers
from huangpu_tracker.gui.models.actuals_model import ActualsModel
from huangpu_tracker.gui.models.assessing import assess_row, fill_status, pending_points
from huangpu_tracker.gui.models.formatting import FIELD_LABELS
from huangpu_tracker.gui.models.targets_filter import TargetFilter, TargetsFilterProxy
from huangpu_tracker.gui.models.targets_model import TargetsTableModel
from huangpu_tracker.gui.review_actions import ReviewActions
from huangpu_tracker.gui.reviewing import DocumentReview
from huangpu_tracker.gui.selection import Selection
from huangpu_tracker.gui.services import Services
from huangpu_tracker.gui.settings import tr
from huangpu_tracker.gui.store_switching import StoreSwitcher
from huangpu_tracker.gui.undo import EditStack
from huangpu_tracker.gui.widgets.actuals_editor import ActualsEditor
from huangpu_tracker.gui.widgets.chart_pane import ChartPane
from huangpu_tracker.gui.widgets.detail_pane import DetailPane
from huangpu_tracker.gui.widgets.filter_bar import FilterBar
from huangpu_tracker.gui.widgets.targets_table import TargetsTable
from huangpu_tracker.home import home_name
from huangpu_tracker.store import Store, open_store, queries

STATUS_SYNC_LIMIT = 2000  # targets assessed on the UI thread; more are assessed in a worker
# ingest.SEEDED_KEY, repeated so that start-up does not load the extractor (it is slow to import)
SEEDED_KEY = "seeded"
PRODUCT_NAME = "黄埔规划目标追踪 Huangpu Tracker"  # both names, whatever the UI language


def main_title(store_name: str) -> str:
    """The main window's title: '黄埔规划目标追踪 Huangpu Tracker 0.1.0 — tracker.db'."""
    return f"{PRODUCT_NAME} {__version__} — {store_name}"


class MainWindow(QMainWindow):
    """Composes the views and the controllers that act on them: `imports`, `exports`, `review`,
    `merge_offers`, `browsing`, `stores`, `doc_review` (each owns its state); `actions_` holds the
    menu actions built from `actions.ACTIONS`."""

    statuses_ready = Signal()  # the background assessment of a large store has been filled in

    def __init__(self, store: Store, lock: QLockFile | None = None) -> None:
        super().__init__()
        self.store = store
        self.lock = lock  # this store's instance lock (None: another window has it), kept while open
        self.setObjectName("main_window")
        self.setWindowTitle(main_title(store.path.name))
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.undo_stack = EditStack(store, self.apply_changes, self.show_error, self)
        self.targets_model = TargetsTableModel(parent=self)
        self.proxy = TargetsFilterProxy(self)
        self.proxy.setSourceModel(self.targets_model)
        self.documents: dict[int, dict] = {}
        self.current: dict | None = None  # the selected target's table row
        self.busy: list = []  # running workers (kept referenced until they finish)
        self._build()
        self._compose()
        self.actions_ = build_actions(self)
        self.reload()
        self._restore_state()

    @classmethod
    def open(cls, db_path: Path, lock: QLockFile | None = None) -> MainWindow:
        """Open the store and build the window; an empty store is seeded in the background."""
        store = open_store(db_path)
        window = cls(store, lock)
        if not store.get_meta(SEEDED_KEY):
            window.imports.seed()
            window.count_label.clear()  # not "0 / 0": the table says the documents are loading
        return window

    def _compose(self) -> None:
        """The controllers, each handed what it needs (see `services.py`)."""
        services = Services(
            self,
            self.store,
            self.statusBar(),
            self.progress,
            self.busy,
            self.show_error,
            self.try_perform,
            self.reload,
        )
        self.selection = Selection(self.table, self.proxy, lambda: self.current)
        self.imports = ImportController(services, self.table)
        self.imports.seeded.connect(self.select_first)
        self.exports = ExportController(services, self.selection)
        self.review = ReviewActions(services, self.selection, self.targets_model, self.filter_bar)
        self.merge_offers = MergeOffers(services)
        self.imports.offers_requested.connect(self.merge_offers.open_dialog)
        self.undo_stack.indexChanged.connect(self.merge_offers.refresh)
        self.browsing = Browsing(
            services, self.selection, self.filter_bar, self.main_tabs, self.dashboard_page, self.side_tabs
        )
        self.stores = StoreSwitcher(services, self.filter_bar, self.save_state, type(self).open, self.lock)
        self.doc_review = DocumentReview(
            services, self.selection, self.filter_bar, self.main_tabs, self.undo_stack
        )
        self.assessor = BackgroundAssessor(services, self.targets_model)
        self.assessor.ready.connect(self.statuses_ready)
        self.detail.review_requested.connect(self.review.set_review)
        self.detail.show_source.connect(self.browsing.show_document)
        self.actuals.accept_requested.connect(self.review.accept_actual)
        self.actuals.dismiss_requested.connect(self.review.dismiss_actual)
        self.actuals.show_source.connect(self.browsing.show_document)

    # --- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.filter_bar = FilterBar(self)
        self.table = TargetsTable(self)
        self.table.setModel(self.proxy)
        self.detail = DetailPane(self)
        self.actuals_model = ActualsModel(self.perform, self)
        self.actuals = ActualsEditor(self.actuals_model, self)
        self.chart = ChartPane(self)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("side_tabs")
        self.side_tabs.addTab(self.detail, tr("详情", "Detail"))
        self.side_tabs.addTab(self.actuals, tr("实际值", "Actuals"))
        self.side_tabs.addTab(self.chart, tr("进度图", "Chart"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        targets_page = QWidget(self)
        layout = QVBoxLayout(targets_page)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        self.main_tabs = QTabWidget(self)
        self.main_tabs.setObjectName("main_tabs")
        self.main_tabs.addTab(targets_page, tr("目标", "Targets"))
        self.dashboard_page = QWidget(self)  # the dashboard is built when first shown (see Browsing)
        QVBoxLayout(self.dashboard_page).setContentsMargins(0, 0, 0, 0)
        self.main_tabs.addTab(self.dashboard_page, tr("总览", "Dashboard"))
        self.main_tabs.currentChanged.connect(self._tab_changed)
        self.side_tabs.currentChanged.connect(
            lambda _i: self._show_chart() if self.side_tabs.currentWidget() is self.chart else None
        )
        self.setCentralWidget(self.main_tabs)
        self.count_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.progress)

        self.filter_bar.changed.connect(self.set_filter)
        self.table.target_selected.connect(self.select_target)
        self.table.edit_requested.connect(lambda _id: self.edit_current())
        self.detail.form.edit_requested.connect(self.edit_fields)

    # --- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read every target again (start-up, import, add/delete/merge, undo of those).

        A large store is assessed in a worker after the rows are shown (10,000 targets take ~1 s).
        """
        rows = queries.target_rows(self.store)
        if len(rows) <= STATUS_SYNC_LIMIT:
            self.assessor.drop_pending()
            fill_status(rows, queries.accepted_actuals(self.store))
        else:
            self.assessor.assess(rows)
        self.documents = {d["id"]: d for d in self.store.documents()}
        self.targets_model.set_rows(rows)
        self.filter_bar.set_choices(
            [r["entity"] for r in rows],
            [r["target_year"] for r in rows if r["target_year"]],
            self.documents.values(),
        )
        self._update_count()

    def set_filter(self, value: TargetFilter) -> None:
        self.proxy.set_filter(value)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            tr(
                f"显示 {self.proxy.rowCount()} / {self.targets_model.rowCount()} 个目标",
                f"{self.proxy.rowCount()} of {self.targets_model.rowCount()} targets",
            )
        )
        if self.browsing.dashboard_shown():
            self.browsing.fill_dashboard()

    # --- selection --------------------------------------------------------------------------
    def select_target(self, target_id: int | None) -> None:
        """Fill the detail pane, the actuals editor and the chart for the selected target."""
        position = self.targets_model.row_of(target_id) if target_id is not None else None
        self.current = self.targets_model.row_dict(position) if position is not None else None
        if self.current is None:
            self.detail.set_target(None, [], [])
            self.actuals_model.set_target(None, [])
            self.actuals.set_heading("")
            self.chart.show_target(None, None, {})
            return
        target = self.store.target(target_id)
        history = self.store.history("targets", target_id) + queries.actual_history(
            self.store, target["indicator_id"]
        )
        self.detail.set_target(target, self.store.target_sources(target_id), history)
        self._show_actuals()

    def _show_actuals(self) -> None:
        row = self.current
        goals = [r for r in self.targets_model.rows() if r["indicator_id"] == row["indicator_id"]]
        actuals = with_fit(self.store.actuals(row["indicator_id"]), goals, settings.language())
        self.actuals_model.set_target(row, actuals)
        self.actuals.set_heading(
            f"<b>{row['entity']} · {row['metric']}</b>  {tr('目标', 'goal')} {row['unit'] or ''}"
        )
        if self.side_tabs.currentWidget() is self.chart:
            self._show_chart()

    def _show_chart(self) -> None:
        row = self.current
        if row is None:
            return
        actuals = self.actuals_model.actuals()  # every status of the series, read by _show_actuals
        self.chart.show_target(assess_row(row, actuals), row, self.documents, pending_points(row, actuals))

    # --- edits ------------------------------------------------------------------------------
    def perform(self, edit: Edit) -> Changes:
        """Apply an edit and push it on the undo stack; a refusal raises TrackerError (nothing pushed)."""
        return self.undo_stack.perform(edit)

    def try_perform(self, edit: Edit) -> bool:
        try:
            self.perform(edit)
        except TrackerError as exc:
            self.show_error(str(exc))
            return False
        return True

    def edit_fields(self, fields: dict) -> None:
        if self.current is None:
            return
        name = next(iter(fields))
        try:
            zh, en = FIELD_LABELS.get(name, (name, name))
            self.perform(UpdateTarget(self.current["id"], fields, text=tr(f"修改{zh}", f"edit {en}")))
        except TrackerError as exc:
            self.detail.form.show_error(name, str(exc))

    def edit_current(self) -> None:
        self.side_tabs.setCurrentWidget(self.detail)
        self.detail.form.editors["metric"].setFocus()

    def apply_changes(self, changes: Changes) -> None:
        """Refresh what an edit (or its undo) changed: the list, some rows, the selected target."""
        selected = self.current["id"] if self.current else None
        if changes.structure:
            self.reload()
            if selected is not None and not self.table.select_id(selected):
                self.select_target(None)
        else:
            ids = set(changes.targets) | {
                r["id"] for r in self.targets_model.rows() if r["indicator_id"] in changes.indicators
            }
            rows = queries.target_rows(self.store, sorted(ids))
            fill_status(rows, queries.accepted_actuals(self.store, sorted({r["indicator_id"] for r in rows})))
            self.targets_model.update_rows(rows)
            self.filter_bar.relabel_documents(self.store.documents())  # their review progress
        if selected is not None and self.targets_model.row_of(selected) is not None:
            self.select_target(selected)

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)

    # --- state ------------------------------------------------------------------------------
    def _tab_changed(self, index: int) -> None:
        if index == DASHBOARD_TAB:
            self.browsing.fill_dashboard()

    def _restore_state(self) -> None:
        self.resize(1400, 860)
        self.splitter.setSizes([800, 600])
        for key, restore in (
            ("window/geometry", self.restoreGeometry),
            ("window/state", self.restoreState),
            ("window/splitter", self.splitter.restoreState),
            ("window/detail_splitter", self.detail.lists_splitter.restoreState),
            ("window/table_header", self.table.horizontalHeader().restoreState),
        ):
            value = settings.load_bytes(key)
            if value is not None:
                restore(value)
        header = self.table.horizontalHeader()
        if 0 <= header.sortIndicatorSection() < self.targets_model.columnCount():
            self.targets_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        saved, selected = settings.load_view(self.store.path)
        self.filter_bar.set_value(
            TargetFilter.from_dict(saved) if saved else TargetFilter(entity=home_name())
        )
        if not self.table.select_id(selected):
            self.select_first()

    def select_first(self) -> None:
        """Select the first row shown, unless a target is selected already."""
        if self.current is None and self.proxy.rowCount():
            self.table.selectRow(0)

    def save_state(self) -> None:
        settings.save_bytes("window/geometry", self.saveGeometry())
        settings.save_bytes("window/state", self.saveState())
        settings.save_bytes("window/splitter", self.splitter.saveState())
        settings.save_bytes("window/detail_splitter", self.detail.lists_splitter.saveState())
        settings.save_bytes("window/table_header", self.table.horizontalHeader().saveState())
        settings.save_view(
            self.store.path, self.filter_bar.value().as_dict(), self.current["id"] if self.current else None
        )
        settings.remember_store(Path(self.store.path))

    def closeEvent(self, event) -> None:
        self.save_state()
        for worker in list(self.busy):  # a cancelled export leaves the list at once
            worker.cancel()
        super().closeEvent(event)

    # --- help ---------------------------------------------------------------------------------
    def about(self) -> QDialog:
        """Open Help → About (window-modal, without blocking the caller); returns the dialog."""
        from huangpu_tracker.gui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.setObjectName("about_dialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- drag and drop ----------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.imports.import_files(files)
