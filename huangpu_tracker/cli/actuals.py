"""The `actual` commands: record an accepted actual figure, or import a file of them."""

from __future__ import annotations

from pathlib import Path

import click

from huangpu_tracker.assessment.goals import format_number
from huangpu_tracker.cli.group import CliState, main, pass_state


@main.group("actual")
def actual_group() -> None:
    """Record actual figures (accepted values per year). 录入实际值。"""


@actual_group.command("set")
@click.argument("target_id", type=int)
@click.argument("year")
@click.argument("value")
@click.option("--unit", help="Unit of VALUE if not the target's (e.g. 亿元 for a 万亿元 target). 单位")
@click.option("--note", help="Free note kept with the figure. 备注")
@pass_state
def set_command(
    state: CliState, target_id: int, year: str, value: str, unit: str | None, note: str | None
) -> None:
    """Set the accepted actual of TARGET_ID's indicator for YEAR. 设置某年的实际值。

    YEAR is 1949–2100; VALUE a number, possibly with its unit (5%, 4000亿元), converted to the
    target's unit when its unit or --unit differs (亿元 ↔ 万亿元, 万平方米 ↔ 平方米; % only with %).
    """
    from huangpu_tracker.actuals.enter import set_target_actual

    with state.open_store() as store:
        actual_id, row = set_target_actual(store, target_id, year, value, unit, note)
    figure = f"{format_number(row.value)} {row.unit or ''}".rstrip()
    click.echo(f"saved 已保存: actual {actual_id}: {row.year} = {figure}")


@actual_group.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@pass_state
def import_command(state: CliState, file: Path) -> None:
    """Import actuals from FILE.csv or FILE.xlsx. 从文件导入实际值。

    Columns: target_id (or indicator_id), year, value, unit, note (Chinese headers 目标编号/指标编号,
    年份, 数值, 单位, 备注 work too). A file with any bad row is refused whole: every bad row is
    listed and nothing is stored.
    """
    from huangpu_tracker.actuals.enter import import_actuals_file
    from huangpu_tracker.actuals.read_file import ActualsFileError

    with state.open_store() as store:
        try:
            loaded = import_actuals_file(store, file)
        except ActualsFileError as exc:
            for problem in exc.problems:
                click.echo(problem, err=True)
            raise
    click.echo(f"imported 已导入: {len(loaded.rows)} actuals 实际值 from {file.name}")
    if loaded.sheets_read:
        click.echo(f"sheets read 已读取的工作表: {'、'.join(loaded.sheets_read)}")
    if loaded.sheets_skipped:
        click.echo(
            f"sheets skipped (no target_id/year/value) 跳过的工作表: {'、'.join(loaded.sheets_skipped)}"
        )
