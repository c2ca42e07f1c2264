"""File → Export charts / data / report: the window's exports, with progress and Cancel.

Each export reads its targets (those the filter shows, or the selected ones) from the store in the
thread pool, draws any charts on the GUI thread one per event-loop turn (`ExportRun`), and writes
the files in the thread pool again. The same functions as the command line do the work:
`tracked_targets`, `iter_export_charts`, `write_data`, `gather_report`/`write_report`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel

from huangpu_tracker.gui import workers
from huangpu_tracker.gui.dialogs.chart_export_dialog import ChartExportOptions, ExportChartsDialog
from huangpu_tracker.gui.export_run import ExportResult, ExportRun, Step, Steps
from huangpu_tracker.gui.selection import Selection
from huangpu_tracker.gui.services import Services
from huangpu_tracker.gui.settings import language, settings, tr

LINK_SECONDS = 60  # how long the status bar offers to open the export's folder


def _read_job(store_path: Path, ids: list[int], report: bool = False) -> workers.Worker:
    """A worker reading the targets `ids` assessed (with the documents, or the whole report data);
    the charts' reasons in the UI language (the report is written in Chinese whatever the UI)."""
    ui_language = language()

    def job(progress: workers.Progress, should_cancel: Callable[[], bool]) -> object:
        from huangpu_tracker.export.collect import tracked_targets
        from huangpu_tracker.export.report import gather_report
        from huangpu_tracker.store import open_store

        with open_store(store_path) as store:
            if report:
                return gather_report(store, target_ids=ids)
            tracked = tracked_targets(store, target_ids=ids, language=ui_language)
            return tracked, {d["id"]: d for d in store.documents()}

    return workers.Worker(job)


class ExportController(QObject):
    """Owns the running export (`run`) and the status bar's "open folder" link (`link`)."""

    def __init__(self, services: Services, selection: Selection) -> None:
        super().__init__(services.parent)
        self._services = services
        self._selection = selection
        self.run: ExportRun | None = None
        self.link: QLabel | None = None

    def _start(self, steps: Steps, title: str) -> ExportRun:
        run = ExportRun(steps, title, self._services.parent)
        self._services.busy.append(run)
        run.ended.connect(lambda result: self._ended(run, result))
        self.run = run
        return run.start()

    def _ended(self, run: ExportRun, result: ExportResult) -> None:
        services = self._services
        services.busy.remove(run)
        count = len(result.paths)
        where = result.paths[0].parent if result.paths else None
        if result.error:
            kept = (
                tr(f"（已写入的 {count} 个文件保留）", f" ({count} files written are kept)") if count else ""
            )
            services.show_error(tr(f"导出失败：{result.error}{kept}", f"Export failed: {result.error}{kept}"))
        elif result.cancelled:
            services.message(
                tr(
                    f"导出已取消：已写入 {count} 个文件于 {where}",
                    f"Export cancelled: {count} files in {where}",
                )
                if count
                else tr("导出已取消", "Export cancelled")
            )
        elif count:
            names = "、".join(p.name for p in result.paths)
            services.message(
                tr(f"已导出 {count} 个文件到 {where}", f"Exported {count} files to {where}")
                if count > 2
                else tr(f"已导出 {names} 到 {where}", f"Exported {names} to {where}")
            )
        if where is not None:
            self.show_folder_link(where)

    def show_folder_link(self, folder: Path) -> QLabel:
        """An "open folder" link in the status bar (opens the system's file manager), for a minute."""
        link = self.link
        if link is None:
            link = QLabel(self._services.parent)
            link.setObjectName("export_link")
            link.setOpenExternalLinks(False)
            link.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
            self._services.status.addPermanentWidget(link)
            self.link = link
        url = QUrl.fromLocalFile(str(folder)).toString()
        link.setText(f'<a href="{url}">{tr("打开文件夹", "Open folder")}</a>')
        link.setToolTip(str(folder))
        link.show()
        QTimer.singleShot(
            LINK_SECONDS * 1000, link, lambda: link.setText("") if link.toolTip() == str(folder) else None
        )
        return link

    # --- charts ---------------------------------------------------------------------------------
    def charts_dialog(self) -> ExportRun | None:
        """File → Export charts…: ask how, then export with progress (None if the dialog is cancelled)."""
        selection = self._selection
        dialog = ExportChartsDialog(
            len(selection.selected_ids()), len(selection.shown_ids()), self._services.parent
        )
        if not dialog.exec():
            return None
        return self.charts(dialog.options())

    def charts(self, options: ChartExportOptions) -> ExportRun:
        """Export the charts chosen by `options`, one per event-loop turn; the window stays responsive."""
        selection = self._selection
        ids = selection.selected_ids() if options.selected_only else selection.shown_ids()
        return self._start(
            _chart_steps(self._services.store_path, ids, options), tr("导出图表", "Export charts")
        )

    # --- data and report ------------------------------------------------------------------------
    def _ask_file(self, key: str, title: str, default_name: str, filters: list[str]) -> Path | None:
        """A save-file dialog starting in the folder remembered under `key`; the suffix of the chosen
        filter is added when the name has none."""
        folder = str(settings().value(key, "") or Path.home())
        name, chosen = QFileDialog.getSaveFileName(
            self._services.parent, title, str(Path(folder) / default_name), ";;".join(filters)
        )
        if not name:
            return None
        path = Path(name)
        if not path.suffix and "*." in chosen:
            path = path.with_suffix("." + chosen.split("*.")[1].split(")")[0].split()[0])
        settings().setValue(key, str(path.parent))
        return path

    def _scope(self, selected_only: bool) -> list[int] | None:
        """The targets an export covers: the selected ones, or those the filter shows; None (the
        reason shown) when the selection is empty."""
        ids = self._selection.selected_ids() if selected_only else self._selection.shown_ids()
        if selected_only and not ids:
            self._services.show_error(tr("请先选择目标", "select targets first"))
            return None
        return ids

    def _scoped_file(
        self, selected_only: bool, folder_key: str, what: tuple[str, str], name: str, filters: list[str]
    ) -> tuple[list[int], Path] | None:
        """The targets to export (shown or selected) and the file the analyst picks for them."""
        ids = self._scope(selected_only)
        if ids is None:
            return None
        zh, en = what
        title = (
            tr(f"导出所选 {len(ids)} 个目标的{zh}", f"Export the {en} of {len(ids)} selected targets")
            if selected_only
            else tr(f"导出{zh}", f"Export {en}")
        )
        path = self._ask_file(folder_key, title, name, filters)
        return (ids, path) if path else None

    def data_dialog(self, selected_only: bool = False) -> ExportRun | None:
        """File → Export data…: the shown (or selected) targets, their actuals and statuses as .xlsx
        or .csv."""
        chosen = self._scoped_file(
            selected_only, "export/data_folder", ("数据", "data"),
            tr("黄埔规划目标.xlsx", "huangpu-targets.xlsx"), ["Excel (*.xlsx)", "CSV (*.csv)"],
        )  # fmt: skip
        return self.data(chosen[1], chosen[0]) if chosen else None

    def selected_data_dialog(self) -> ExportRun | None:
        return self.data_dialog(selected_only=True)

    def data(self, path: Path, ids: list[int] | None = None) -> ExportRun:
        """Write the targets `ids` (default: those the filter shows) to `path` (.xlsx or .csv) in the
        thread pool."""
        ids = self._selection.shown_ids() if ids is None else ids
        store_path = self._services.store_path

        def job(progress: workers.Progress, should_cancel: Callable[[], bool]) -> list[Path]:
            from huangpu_tracker.export.collect import tracked_targets
            from huangpu_tracker.export.data import write_data
            from huangpu_tracker.store import open_store

            with open_store(store_path) as store:
                tracked = tracked_targets(store, target_ids=ids)
            return [] if should_cancel() else write_data(path, tracked, store_path)

        def steps() -> Steps:
            yield Step(0, 0, tr(f"正在导出 {len(ids)} 个目标…", f"Exporting {len(ids)} targets…"))
            return (yield workers.Worker(job))

        return self._start(steps(), tr("导出数据", "Export data"))

    def report_dialog(self, selected_only: bool = False) -> ExportRun | None:
        """File → Export report…: the progress report of the shown (or selected) targets as .html
        or .pdf."""
        chosen = self._scoped_file(
            selected_only, "export/report_folder", ("报告", "report"),
            tr("黄埔规划目标进展报告.html", "huangpu-progress-report.html"), ["HTML (*.html)", "PDF (*.pdf)"],
        )  # fmt: skip
        return self.report(chosen[1], chosen[0]) if chosen else None

    def selected_report_dialog(self) -> ExportRun | None:
        return self.report_dialog(selected_only=True)

    def report(self, path: Path, ids: list[int] | None = None) -> ExportRun:
        """Write the report of the targets `ids` (default: those the filter shows): read in the pool,
        charts one per turn on the GUI thread, then write in the pool (for a PDF too: Qt documents
        QTextDocument as reentrant and QPdfWriter as a device any thread may paint on; the chart
        images are QImages)."""
        ids = self._selection.shown_ids() if ids is None else ids
        steps = _report_steps(self._services.store_path, path, ids)
        return self._start(steps, tr("导出报告", "Export report"))


def _chart_steps(store_path: Path, ids: list[int], options: ChartExportOptions) -> Steps:
    from huangpu_tracker.gui.plots.chart_files import iter_export_charts
    from huangpu_tracker.gui.plots.meta import chart_meta
    from huangpu_tracker.gui.plots.render import ChartExportError

    tracked, documents = yield _read_job(store_path, ids)
    items = [(t.assessment, chart_meta(t.row, documents)) for t in tracked]
    if not items:
        raise ChartExportError(
            tr("没有可导出的目标（已驳回的目标不导出）", "no targets to export (rejected ones are left out)")
        )
    size, scale = options.output()
    total = len(items)
    yield Step(0, total, tr(f"正在导出 {total} 个图表…", f"Exporting {total} charts…"))
    for done, path in enumerate(iter_export_charts(items, options.folder, options.fmt, size, scale), 1):
        yield Step(
            done, total, tr(f"已导出 {done}/{total}：{path.name}", f"{done}/{total}: {path.name}"), path
        )
    return None


def _report_steps(store_path: Path, path: Path, ids: list[int]) -> Steps:
    from huangpu_tracker.export.report import check_report_path, write_report
    from huangpu_tracker.gui.report_pdf import iter_report_charts, write_report_pdf

    check_report_path(path, store_path)  # a bad name, folder or the store fails before the charts are drawn
    data = yield _read_job(store_path, ids, report=True)
    total = len(data.tracked)
    charts: dict[int, bytes] = {}
    for target_id, png in iter_report_charts(data.tracked, data.documents):
        charts[target_id] = png
        yield Step(
            len(charts), total, tr(f"正在绘制图表 {len(charts)}/{total}", f"Chart {len(charts)}/{total}")
        )
    yield Step(total, total, tr("正在写入报告…", "Writing the report…"))
    written = yield workers.Worker(
        lambda progress, should_cancel: write_report(
            path, data, charts, write_report_pdf, store_path=store_path
        )
    )
    return [written]
