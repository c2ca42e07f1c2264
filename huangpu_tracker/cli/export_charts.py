"""`huangpu-tracker export charts`: every (or the chosen) target's progress chart as PNG, SVG or PDF."""

from __future__ import annotations

from pathlib import Path

import click

from huangpu_tracker.cli.export import export
from huangpu_tracker.cli.group import CliState, as_of_option, pass_state


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
