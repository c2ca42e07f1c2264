"""File → Export charts / data / report: the window's exports, with progress and Cancel.

Each export reads its targets (those the filter shows, or the selected ones) from the store in the
thread pool, draws any charts on the GUI thread one per event-loop turn (`ExportRun`), and writes
the files in the thread pool again. The same functions as the command line do the work:
`tracked_targets`, `iter_export_charts`, `write_data`, `gather_report`/`write_report`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel

from huangpu_tracker.gui import workers
from huangpu_tracker.gui.dialogs.export_dialog import ChartExportOptions, ExportChartsDialog
from huangpu_tracker.gui.export_run import ExportResult, ExportRun, Step, Steps
from huangpu_tracker.gui.models.targets_model import ID_ROLE
from huangpu_tracker.gui.settings import settings, tr

LINK_SECONDS = 60  # how long the status bar offers to open the export's folder


def shown_ids(window) -> list[int]:
    """The targets the filter shows, in table order."""
    proxy = window.proxy
    return [proxy.index(row, 0).data(ID_ROLE) for row in range(proxy.rowCount())]


def selected_ids(window) -> list[int]:
    return window.table.selected_ids() or ([window.current["id"]] if window.current else [])


def _read_job(store_path: Path, ids: list[int], report: bool = False) -> workers.Worker:
    """A worker reading the targets `ids` assessed (with the documents, or the whole report data)."""

    def job(progress, should_cancel):
        from huangpu_tracker.export.collect import tracked_targets
        from huangpu_tracker.export.report import gather_report
        from huangpu_tracker.store import open_store

        with open_store(store_path) as store:
            if report:
                return gather_report(store, target_ids=ids)
            return tracked_targets(store, target_ids=ids), {d["id"]: d for d in store.documents()}

    return workers.Worker(job)


def _start(window, steps: Steps, title: str) -> ExportRun:
    run = ExportRun(steps, title, window)
    window.busy.append(run)
    run.ended.connect(lambda result: _ended(window, run, result))
    window.export_run = run
    return run.start()


def _ended(window, run: ExportRun, result: ExportResult) -> None:
    window.busy.remove(run)
    count = len(result.paths)
    where = result.paths[0].parent if result.paths else None
    if result.error:
        kept = tr(f"（已写入的 {count} 个文件保留）", f" ({count} files written are kept)") if count else ""
        window.show_error(tr(f"导出失败：{result.error}{kept}", f"Export failed: {result.error}{kept}"))
    elif result.cancelled:
        window.statusBar().showMessage(
            tr(f"导出已取消：已写入 {count} 个文件于 {where}", f"Export cancelled: {count} files in {where}")
            if count
            else tr("导出已取消", "Export cancelled"),
            15000,
        )
    elif count:
        names = "、".join(p.name for p in result.paths)
        window.statusBar().showMessage(
            tr(f"已导出 {count} 个文件到 {where}", f"Exported {count} files to {where}")
            if count > 2
            else tr(f"已导出 {names} 到 {where}", f"Exported {names} to {where}"),
            15000,
        )
    if where is not None:
        show_folder_link(window, where)


def show_folder_link(window, folder: Path) -> QLabel:
    """An "open folder" link in the status bar (opens the system's file manager), for a minute."""
    link = getattr(window, "export_link", None)
    if link is None:
        link = QLabel(window)
        link.setObjectName("export_link")
        link.setOpenExternalLinks(False)
        link.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        window.statusBar().addPermanentWidget(link)
        window.export_link = link
    url = QUrl.fromLocalFile(str(folder)).toString()
    link.setText(f'<a href="{url}">{tr("打开文件夹", "Open folder")}</a>')
    link.setToolTip(str(folder))
    link.show()
    QTimer.singleShot(
        LINK_SECONDS * 1000, link, lambda: link.setText("") if link.toolTip() == str(folder) else None
    )
    return link


# --- charts -------------------------------------------------------------------------------------
def export_charts_dialog(window) -> ExportRun | None:
    """File → Export charts…: ask how, then export with progress (None if the dialog is cancelled)."""
    dialog = ExportChartsDialog(len(selected_ids(window)), len(shown_ids(window)), window)
    if not dialog.exec():
        return None
    return export_charts(window, dialog.options())


def export_charts(window, options: ChartExportOptions) -> ExportRun:
    """Export the charts chosen by `options`, one per event-loop turn; the window stays responsive."""
    ids = selected_ids(window) if options.selected_only else shown_ids(window)
    return _start(window, _chart_steps(window, ids, options), tr("导出图表", "Export charts"))


def _chart_steps(window, ids: list[int], options: ChartExportOptions) -> Steps:
    from huangpu_tracker.gui.plots.export import iter_export_charts
    from huangpu_tracker.gui.plots.meta import chart_meta
    from huangpu_tracker.gui.plots.render import ChartExportError

    tracked, documents = yield _read_job(Path(window.store.path), ids)
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


# --- data and report ----------------------------------------------------------------------------
def _ask_file(window, key: str, title: str, default_name: str, filters: list[str]) -> Path | None:
    """A save-file dialog starting in the folder remembered under `key`; the suffix of the chosen
    filter is added when the name has none."""
    folder = str(settings().value(key, "") or Path.home())
    name, chosen = QFileDialog.getSaveFileName(
        window, title, str(Path(folder) / default_name), ";;".join(filters)
    )
    if not name:
        return None
    path = Path(name)
    if not path.suffix and "*." in chosen:
        path = path.with_suffix("." + chosen.split("*.")[1].split(")")[0].split()[0])
    settings().setValue(key, str(path.parent))
    return path


def export_data_dialog(window) -> ExportRun | None:
    """File → Export data…: the shown targets, their actuals and statuses as .xlsx or .csv."""
    path = _ask_file(
        window,
        "export/data_folder",
        tr("导出数据", "Export data"),
        tr("黄埔规划目标.xlsx", "huangpu-targets.xlsx"),
        ["Excel (*.xlsx)", "CSV (*.csv)"],
    )
    return export_data(window, path) if path else None


def export_data(window, path: Path) -> ExportRun:
    """Write the targets the filter shows to `path` (.xlsx or .csv) in the thread pool."""
    ids, store_path = shown_ids(window), Path(window.store.path)

    def job(progress, should_cancel):
        from huangpu_tracker.export.collect import tracked_targets
        from huangpu_tracker.export.data import write_data
        from huangpu_tracker.store import open_store

        with open_store(store_path) as store:
            tracked = tracked_targets(store, target_ids=ids)
        return [] if should_cancel() else write_data(path, tracked, store_path)

    def steps() -> Steps:
        yield Step(0, 0, tr(f"正在导出 {len(ids)} 个目标…", f"Exporting {len(ids)} targets…"))
        return (yield workers.Worker(job))

    return _start(window, steps(), tr("导出数据", "Export data"))


def export_report_dialog(window) -> ExportRun | None:
    """File → Export report…: the progress report of the shown targets as .html or .pdf."""
    path = _ask_file(
        window,
        "export/report_folder",
        tr("导出报告", "Export report"),
        tr("黄埔规划目标进展报告.html", "huangpu-progress-report.html"),
        ["HTML (*.html)", "PDF (*.pdf)"],
    )
    return export_report(window, path) if path else None


def export_report(window, path: Path) -> ExportRun:
    """Write the report of the shown targets: read in the pool, charts one per turn on the GUI
    thread, then write in the pool (for a PDF too: Qt documents QTextDocument as reentrant and
    QPdfWriter as a device any thread may paint on; the chart images are QImages)."""
    ids = shown_ids(window)
    return _start(window, _report_steps(window, path, ids), tr("导出报告", "Export report"))


def _report_steps(window, path: Path, ids: list[int]) -> Steps:
    from huangpu_tracker.export.report import check_report_path, write_report
    from huangpu_tracker.gui.report_pdf import iter_report_charts, write_report_pdf

    store_path = Path(window.store.path)
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
