"""The `export` group: data (XLSX/CSV), the progress report (HTML/PDF) and the progress charts
(PNG/SVG/PDF, drawn by `huangpu_tracker.gui.plots.chart_files`).

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

    Counts by status and a table of every goal, then a section per goal with figures (chart,
    goal, status, sources, actuals) and one table of the goals not assessable yet. HTML embeds
    the charts; PDF is A4 with a bookmark per part and goal.
    """
    from huangpu_tracker.export.report import check_report_path, gather_report, has_section, write_report

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
                charted = sum(map(has_section, data.tracked))  # the others share a table, no chart
                with click.progressbar(length=charted, label="charts 图表", file=sys.stderr) as bar:
                    charts = render_report_charts(
                        data.tracked, data.documents, lambda done, total: bar.update(1)
                    )
                flush_deleted_widgets()  # now, not at interpreter exit, where it crashes
    path = write_report(out, data, charts, pdf_writer, note, store_path)
    if note:
        click.echo(note, err=True)
    click.echo(f"written 已导出: {path} ({len(data.tracked)} targets 目标, {len(charts)} charts 图表)")


def _parse_size(ctx: click.Context, param: click.Parameter, value: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in value.lower().replace("×", "x").split("x"))
    except ValueError:
        raise click.BadParameter("use WIDTHxHEIGHT, e.g. 1600x1000 / 格式如 1600x1000") from None
    if not (100 <= width <= 20000 and 100 <= height <= 20000):
        raise click.BadParameter("width and height must be 100–20000 pixels / 宽高须在 100–20000 像素之间")
    return width, height


def _folder(ctx: click.Context, param: click.Parameter, value: str) -> Path:
    if not value.strip():  # Path("") is the current folder: never what was meant
        raise click.BadParameter("请给出文件夹 / give a folder name")
    return Path(value)


@export.command("charts")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False),
    required=True,
    callback=_folder,
    help="Folder for the chart files (created if needed). 输出文件夹",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["png", "svg", "pdf"], case_sensitive=False),
    default="png",
    show_default=True,
    help="File format (SVG and PDF are vector). 文件格式",
)
@click.option(
    "--target", "target_ids", type=int, multiple=True, help="Only this target id (repeatable). 目标编号"
)
@click.option("--entity", help="Only targets of this entity. 只导出该主体")
@click.option(
    "--size",
    default="1600x1000",
    show_default=True,
    callback=_parse_size,
    help="PNG size in pixels; the chart is laid out at size/scale (SVG/PDF page size). 尺寸",
)
@click.option(
    "--scale",
    type=click.FloatRange(0.5, 8.0),
    default=2.0,
    show_default=True,
    help="Device pixel ratio of the PNG (2 = sharp at 800×500). 缩放倍数",
)
@as_of_option
@pass_state
def charts_command(
    state: CliState,
    out_dir: Path,
    fmt: str,
    target_ids: tuple[int, ...],
    entity: str | None,
    size: tuple[int, int],
    scale: float,
    as_of: int | None,
) -> None:
    """Export progress charts as <entity>_<metric>_<year>.png|svg|pdf. 导出进度图。

    Prints each file written; progress goes to stderr. Rejected targets are not exported.
    """
    from huangpu_tracker.export.collect import tracked_targets

    with state.open_store() as store:
        tracked = tracked_targets(store, entity=entity, today=as_of)
        documents = {d["id"]: d for d in store.documents()}
    if target_ids:
        found = {t.row["id"] for t in tracked}
        missing = [str(i) for i in target_ids if i not in found]
        if missing:
            raise click.ClickException(
                f"未找到目标（或已驳回、不属于该主体）target not found, rejected or of another entity: "
                f"{', '.join(missing)}"
            )
        tracked = [t for t in tracked if t.row["id"] in target_ids]
    if not tracked:
        raise click.ClickException("没有可导出的目标 no targets to export")

    from huangpu_tracker.gui.plots.chart_files import (
        ensure_application,
        flush_deleted_widgets,
        iter_export_charts,
    )
    from huangpu_tracker.gui.plots.meta import chart_meta

    ensure_application()
    items = [(t.assessment, chart_meta(t.row, documents)) for t in tracked]
    charts = iter_export_charts(items, out_dir, fmt.lower(), size, scale)
    try:  # each file is listed once it is whole, so a failure later leaves an exact list
        for done, path in enumerate(charts, start=1):
            click.echo(str(path))
            click.echo(f"导出图表 exporting charts {done}/{len(items)}", err=True)
    finally:  # a failed write too: Qt objects destroyed at interpreter exit crash
        charts.close()
        flush_deleted_widgets()
