"""The `assess` command: the progress status of every target (text table or JSON)."""

from __future__ import annotations

import json
from typing import Any

import click

from huangpu_tracker.assessment.goals import format_number
from huangpu_tracker.cli.group import CliState, as_of_option, main, pass_state


def _number(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def status_record(row: dict[str, Any], a: Any) -> dict[str, Any]:
    """The JSON record of one assessed target."""
    baseline = a.baseline
    return {
        "target_id": row["id"],
        "entity": row["entity"],
        "area": row["area"],
        "metric": row["metric"],
        "target_year": row["target_year"],
        "goal": a.goal_text,
        "unit": a.unit,
        "status": a.status,
        "label_zh": a.label_zh,
        "label_en": a.label_en,
        "reason": a.reason,
        "ratio": a.ratio,
        "required_rate": a.required_rate,
        "observed_rate": a.observed_rate,
        "rate_unit": a.rate_unit,
        "baseline": None
        if baseline is None
        else {"year": baseline.year, "value": baseline.value, "source": baseline.source},
        "latest": list(a.latest) if a.latest else None,
        "projected_value": a.projected_value,
    }


@main.command("assess")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--entity", help="Only targets of this entity (e.g. 黄埔区). 只看该主体")
@as_of_option
@pass_state
def assess_command(state: CliState, as_json: bool, entity: str | None, as_of: int | None) -> None:
    """Assess the progress of every target (Eurostat method). 评估目标进展。

    Status per target: 进展顺利 on track (the projection meets the goal), 基本顺利 nearly on
    track, 进展一般 moderate, 进展不足 insufficient, 背离目标 moving away, 已达成 achieved, 未达成
    missed, 无法评估 not assessable (a passed target year without its figure too); with the
    observed/required ratio, the rates, the baseline and the projected value at the target year.
    """
    from huangpu_tracker.export.collect import tracked_targets

    with state.open_store() as store:
        tracked = tracked_targets(store, entity=entity, today=as_of)
    records = [status_record(t.row, t.assessment) for t in tracked]
    if as_json:
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    if not records:
        click.echo("No targets. 没有目标。")
    for r in records:
        base = r["baseline"]
        base_text = f"{base['year']}={format_number(base['value'])}" if base else "–"
        click.echo(
            f"[{r['target_id']}] {r['entity']} {r['metric']} {r['target_year'] or '?'} {r['goal']} | "
            f"{r['label_zh']} {r['status']} | ratio {_number(r['ratio'])} | "
            f"required {_number(r['required_rate'])} observed {_number(r['observed_rate'])} "
            f"{r['rate_unit']} | baseline {base_text} | "
            f"projected {_number(r['projected_value'])}"
        )
