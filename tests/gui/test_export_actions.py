"""File → Export charts / data / report from the main window: dialogs, files, progress, cancel, errors."""

from __future__ import annotations

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QPushButton

from huangpu_tracker.gui.dialogs.chart_export_dialog import ChartExportOptions, ExportChartsDialog
from huangpu_tracker.gui.models.targets_filter import TargetFilter
from huangpu_tracker.gui.models.targets_model import ROW_ROLE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen

CLUSTERS = TargetFilter(entity="黄埔区", text="产业集群")  # a handful of targets: quick to draw


def shown_rows(window) -> list[dict]:
    return [window.proxy.index(r, 0).data(ROW_ROLE) for r in range(window.proxy.rowCount())]


def wait_done(qtbot, run):
    qtbot.waitUntil(lambda: run.finished, timeout=30000)
    return run.result


def options(folder, fmt="png", selected_only=False) -> ChartExportOptions:
    return ChartExportOptions(fmt, (400, 250), 1.0, selected_only, folder)


def save_as(monkeypatch, path, chosen_filter=""):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), chosen_filter))


def test_file_menu_offers_the_three_exports_with_ctrl_e_for_charts(window):
    file_menu = window.menuBar().actions()[0].menu()
    names = [a.objectName() for a in file_menu.actions()]
    assert {"export_charts", "export_data", "export_report"} <= set(names)
    assert window.actions_.export_charts.shortcut() == QKeySequence("Ctrl+E")
    assert window.actions_.export_charts.text() == "导出图表…"


def test_ctrl_e_dialog_exports_the_filtered_targets_charts_and_reports_in_the_status_bar(
    window, qtbot, tmp_path
):
    window.filter_bar.set_value(CLUSTERS)
    expected = len(shown_rows(window))
    assert expected >= 3

    def fill_and_accept():
        dialog = window.findChild(ExportChartsDialog, "export_charts_dialog")
        dialog.format.setCurrentIndex(dialog.format.findData("svg"))
        assert not dialog.scale.isEnabled()  # the scale only applies to PNG
        dialog.width.setValue(400)
        dialog.height.setValue(300)
        dialog.all_shown.setChecked(True)
        dialog.folder.setText(str(tmp_path / "charts"))
        dialog.accept()

    QTimer.singleShot(0, fill_and_accept)
    window.actions_.export_charts.trigger()
    result = wait_done(qtbot, window.exports.run)
    files = sorted((tmp_path / "charts").iterdir())
    assert len(files) == len(result.paths) == expected
    assert all(f.suffix == ".svg" and f.name.startswith("黄埔区_") and "产业集群" in f.name for f in files)
    assert f"已导出 {expected} 个文件到 {tmp_path / 'charts'}" in window.statusBar().currentMessage()
    assert (tmp_path / "charts").as_uri() in window.exports.link.text()
    again = ExportChartsDialog(1, expected, window)  # the choices are remembered
    assert again.format.currentData() == "svg"
    assert again.folder.text() == str(tmp_path / "charts")
    assert (again.width.value(), again.height.value()) == (400, 300)


@pytest.mark.parametrize("fmt", ["png", "pdf"])
def test_each_format_writes_one_readable_file_per_filtered_target(window, qtbot, tmp_path, fmt):
    window.filter_bar.set_value(CLUSTERS)
    rows = shown_rows(window)
    out = tmp_path / "out"
    result = wait_done(qtbot, window.exports.charts(options(out, fmt)))
    assert result.error is None and not result.cancelled
    assert sorted(out.iterdir()) == sorted(result.paths)
    assert len(result.paths) == len(rows)
    assert {p.stem.split("_")[1] for p in result.paths} == {r["metric"] for r in rows}
    if fmt == "pdf":
        assert len(PdfReader(result.paths[0]).pages) == 1
    else:
        assert result.paths[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_selected_scope_exports_only_the_selected_target(window, qtbot, tmp_path):
    window.filter_bar.set_value(CLUSTERS)
    row = shown_rows(window)[1]
    window.table.select_id(row["id"])
    result = wait_done(qtbot, window.exports.charts(options(tmp_path, selected_only=True)))
    assert [p.name for p in result.paths] == [f"黄埔区_{row['metric']}_{row['target_year']}.png"]


def test_the_window_keeps_handling_events_and_cancel_stops_midway_keeping_the_files(window, qtbot, tmp_path):
    window.filter_bar.set_value(CLUSTERS)
    total = len(shown_rows(window))
    out = tmp_path / "out"
    run = window.exports.charts(options(out))
    between_charts: list[tuple[int, bool]] = []  # (files written, export over) when a queued event ran

    def cancel_after_two(done, _total):
        if done == 1:
            QTimer.singleShot(0, lambda: between_charts.append((len(run.result.paths), run.finished)))
        if done == 2:
            cancel = run.dialog.findChild(QPushButton)
            assert cancel.text() == "取消"
            cancel.click()

    run.progressed.connect(cancel_after_two)
    result = wait_done(qtbot, run)
    assert between_charts == [(1, False)]  # the event loop ran between two charts: the window never froze
    assert result.cancelled and total > 2
    assert len(result.paths) == 2 and sorted(out.iterdir()) == sorted(result.paths)
    qtbot.wait(50)
    assert len(list(out.iterdir())) == 2  # nothing more is drawn after the cancel
    assert "已取消" in window.statusBar().currentMessage()
    assert run not in window.busy


def test_an_unwritable_folder_is_one_line_in_the_status_bar(window, qtbot, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = wait_done(qtbot, window.exports.charts(options(blocker / "sub")))
    assert result.paths == [] and "cannot create folder" in result.error
    message = window.statusBar().currentMessage()
    assert message.startswith("导出失败") and "\n" not in message


def test_export_data_writes_an_xlsx_of_the_filtered_targets(window, qtbot, tmp_path, monkeypatch):
    window.filter_bar.set_value(CLUSTERS)
    ids = {r["id"] for r in shown_rows(window)}
    save_as(monkeypatch, tmp_path / "targets.xlsx", "Excel (*.xlsx)")
    window.actions_.export_data.trigger()
    result = wait_done(qtbot, window.exports.run)
    assert result.paths == [tmp_path / "targets.xlsx"]
    sheet = openpyxl.load_workbook(tmp_path / "targets.xlsx").worksheets[0]
    head, *rows = list(sheet.iter_rows(values_only=True))
    assert head[0] == "编号 target_id"
    assert {row[0] for row in rows} == ids
    assert "targets.xlsx" in window.statusBar().currentMessage()


def test_export_data_takes_csv_from_the_chosen_filter_when_the_name_has_no_suffix(
    window, qtbot, tmp_path, monkeypatch
):
    save_as(monkeypatch, tmp_path / "targets", "CSV (*.csv)")
    window.actions_.export_data.trigger()
    result = wait_done(qtbot, window.exports.run)
    assert [p.name for p in result.paths] == ["targets.csv", "targets_actuals.csv"]
    assert (tmp_path / "targets.csv").read_text(encoding="utf-8-sig").startswith("编号 target_id")


def test_export_report_writes_html_with_the_metrics_and_their_charts(window, qtbot, tmp_path, monkeypatch):
    window.filter_bar.set_value(CLUSTERS)
    rows = shown_rows(window)
    measured = rows[0]["indicator_id"]
    window.store.set_actual(measured, 2022, 1000, rows[0]["unit"])
    charted = [r for r in rows if r["indicator_id"] == measured]
    save_as(monkeypatch, tmp_path / "report.html", "HTML (*.html)")
    window.actions_.export_report.trigger()
    result = wait_done(qtbot, window.exports.run)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert result.paths == [tmp_path / "report.html"]
    assert all(r["metric"] in html for r in rows)
    # A chart for each goal with a figure; the goals without any share the compact table.
    assert html.count("data:image/png;base64,") == len(charted) < len(rows)
    compact = html[html.index("无法评估的目标</h2>") :]
    assert all(f'<a name="t{r["id"]}">' in compact for r in rows if r not in charted)


def test_export_report_as_pdf(window, qtbot, tmp_path):
    window.filter_bar.set_value(TargetFilter(text="测试研发经费投入强度"))
    result = wait_done(qtbot, window.exports.report(tmp_path / "report.pdf"))
    assert result.error is None
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "report.pdf").pages)
    assert "测试研发经费投入强度" in text


def test_a_report_name_we_cannot_write_fails_before_any_chart(window, qtbot, tmp_path):
    result = wait_done(qtbot, window.exports.report(tmp_path / "out" / "report.txt"))
    assert "report must be .html or .pdf" in result.error
    assert not (tmp_path / "out").exists()


def test_rejected_targets_are_not_exported_and_nothing_to_export_is_said(window, qtbot, tmp_path):

    window.filter_bar.set_value(TargetFilter(text="测试高新技术企业"))
    window.table.selectRow(0)
    window.review.set_review("rejected")
    window.filter_bar.set_value(TargetFilter(review_state="rejected"))
    assert len(shown_rows(window)) == 1
    result = wait_done(qtbot, window.exports.charts(options(tmp_path / "out")))
    assert result.paths == [] and "没有可导出的目标" in window.statusBar().currentMessage()


def test_closing_the_window_stops_a_running_export(window, qtbot, tmp_path):
    window.filter_bar.set_value(CLUSTERS)
    run = window.exports.charts(options(tmp_path / "out"))
    qtbot.waitUntil(lambda: len(run.result.paths) == 1, timeout=30000)
    window.close()
    assert run.finished and run.result.cancelled and run not in window.busy
    assert len(list((tmp_path / "out").iterdir())) == 1


def test_the_status_bar_link_opens_the_export_folder(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    link = window.exports.show_folder_link(tmp_path)
    link.linkActivated.emit(tmp_path.as_uri())
    assert opened == [str(tmp_path)]


def test_the_export_texts_follow_the_english_ui(window, monkeypatch):
    from huangpu_tracker.gui import settings

    monkeypatch.setattr(settings, "_language", "en")
    dialog = ExportChartsDialog(0, 5, window)
    assert dialog.windowTitle() == "Export charts"
    assert dialog.all_shown.isChecked() and not dialog.only_selected.isEnabled()
    assert dialog.all_shown.text() == "All targets shown by the filter (5)"
    assert dialog.pixels.text() == "PNG image 1600×1000 pixels"


def test_browse_picks_the_output_folder(window, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(tmp_path))
    dialog = ExportChartsDialog(1, 5, window)
    dialog.findChild(QPushButton, "browse").click()
    assert dialog.options().folder == tmp_path
