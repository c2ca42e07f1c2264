"""The `export` group: data (XLSX/CSV) and the progress report (HTML/PDF).

`export charts` is added by `huangpu_tracker.cli.export_charts`, on the `export` group defined here.
Nothing from the GUI is imported until a command needs it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from huangpu_tracker.cli.group import CliState, as_of_option, main, pass_state

_OUT = click.Path(dir_okay=False, path_type=Path)


@main.group("export")
def export() -> None:
    """Export data, reports and charts. 导出数据、报告和图表。"""


@export.command("data")
@click.option("--out", "out", type=_OUT, required=True, help="FILE.xlsx (three sheets) or FILE.csv.")
@click.option("--entity", help="Only targets of this entity. 只导出该主体")
@as_of_option
@pass_state
def data_command(state: CliState, out: Path, entity: str | None, as_of: int | None) -> None:
    """Export targets, actuals and statuses. 导出目标、实际值和进展。

    .xlsx: sheets 目标 targets, 实际值 actuals, 进展 statuses. .csv: the targets with their status
    columns, plus <name>_actuals.csv. Headers read "中文 english" (e.g. "指标 metric").
    """
    from huangpu_tracker.export.collect import tracked_targets
    from huangpu_tracker.export.data import data_outputs, write_data
    from huangpu_tracker.export.files import refuse_store_paths

    store_path = state.resolved_db_path()
    refuse_store_paths(data_outputs(out), store_path)  # before the store is even opened
    existing = {path for path in data_outputs(out) if path.exists()}
    with state.open_store() as store:
        tracked = tracked_targets(store, entity=entity, today=as_of)
    for path in write_data(out, tracked, store_path):
        click.echo(f"written 已导出: {path}" + (" (replaced 已覆盖原文件)" if path in existing else ""))


@export.command("report")
@click.option("--out", "out", type=_OUT, required=True, help="report.html or report.pdf.")
@click.option("--entity", help="Only targets of this entity. 只含该主体")
@as_of_option
@click.option("--no-charts", is_flag=True, help="Leave the charts out (faster). 不含图表")
@pass_state
def report_command(
    state: CliState, out: Path, entity: str | None, as_of: int | None, no_charts: bool
) -> None:
    """Write the progress report (HTML or PDF). 导出进展报告。

    A summary table of all statuses, then one section per target: chart, goal statement,
    sources, actuals table and status. HTML embeds the charts; PDF is A4.
    """
    from huangpu_tracker.export.report import check_report_path, gather_report, write_report

    store_path = state.resolved_db_path()
    check_report_path(out, store_path)  # a bad name or folder fails now, not after the charts are drawn
    with state.open_store() as store:
        data = gather_report(store, entity=entity, today=as_of)
    charts: dict[int, bytes] = {}
    pdf_writer, note = None, None
    if not no_charts or out.suffix.lower() == ".pdf":
        try:
            from huangpu_tracker.gui.plots.chart_files import flush_deleted_widgets
            from huangpu_tracker.gui.report_pdf import render_report_charts, write_report_pdf
        except ImportError as exc:  # Qt libraries missing on this machine: HTML without charts still works
            note = f"图表不可用 charts unavailable: {exc}"
        else:
            pdf_writer = write_report_pdf
            if not no_charts:
                with click.progressbar(length=len(data.tracked), label="charts 图表", file=sys.stderr) as bar:
                    charts = render_report_charts(
                        data.tracked, data.documents, lambda done, total: bar.update(1)
                    )
                flush_deleted_widgets()  # now, not at interpreter exit, where it crashes
    path = write_report(out, data, charts, pdf_writer, note, store_path)
    if note:
        click.echo(note, err=True)
    click.echo(f"written 已导出: {path} ({len(data.tracked)} targets 目标, {len(charts)} charts 图表)")
