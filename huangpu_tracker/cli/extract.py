"""Commands `extract` (targets found in files, no store) and `targets` (targets kept in the store)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from huangpu_tracker.assessment.goals import format_number
from huangpu_tracker.cli.group import YEAR, CliState, main, pass_state
from huangpu_tracker.places.names import canonical_body
from huangpu_tracker.places.names import within as lies_within

# Fields of a target in the JSON output, in the order of the gold schema (shared/eval/SCHEMA.md).
TARGET_FIELDS = (
    "doc", "entity", "area", "metric", "kind", "comparator", "value", "value_hi", "unit",
    "target_year", "period_start", "quote", "start", "end", "sentence", "confidence",
)  # fmt: skip
ACTUAL_FIELDS = (
    "doc", "entity", "area", "metric", "year", "value", "unit", "qualifier",
    "quote", "start", "end", "sentence", "confidence",
)  # fmt: skip


def _files(paths: tuple[Path, ...]) -> list[Path]:
    """Files as given; a folder stands for the files directly inside it."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")))
        else:
            files.append(path)
    return files


def _rows(items: list[Any], doc: str, fields: tuple[str, ...]) -> list[dict[str, Any]]:
    rows = []
    for item in items:
        data = {"doc": doc, **item.to_dict()}
        rows.append({field: data.get(field) for field in fields})
    return rows


def _number(value: float | None) -> str:
    return "" if value is None else format_number(value)


def _target_line(row: dict[str, Any]) -> str:
    value = _number(row["value"]) + (f"-{_number(row['value_hi'])}" if row["value_hi"] is not None else "")
    owner = row["entity"] + (f"/{row['area']}" if row["area"] else "")
    quote = " ".join(row["quote"].split())
    return (
        f"{row['doc']}  {owner}  {row['metric']}  {row['kind']} {row['comparator']} {value}{row['unit']}"
        f"  {row['target_year'] or '?'}  「{quote}」"
    )


@main.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON (an array of targets) instead of a table.")
@click.option("--actuals", is_flag=True, help="Also print reported figures (past achievements).")
@click.option(
    "--all",
    "with_possible",
    is_flag=True,
    help="Also print possible targets (goal-like figures below the confidence threshold), marked possible.",
)
def extract_command(paths: tuple[Path, ...], as_json: bool, actuals: bool, with_possible: bool) -> None:
    """Extract quantitative targets from files, without storing them. 提取目标（不保存）。

    PATHS are files (txt/html/docx/pdf) or folders. With --json the output is a JSON array of
    targets; with --actuals too it is an object {"targets": [...], "actuals": [...]}. With --all
    the possible targets follow the targets, each with "possible": true and its confidence.
    """
    from huangpu_tracker.documents import DocumentError, read_document
    from huangpu_tracker.extraction import extract_document

    files = _files(paths)
    if not files:
        raise click.ClickException("没有可读取的文件 No files to read in: " + ", ".join(map(str, paths)))
    targets: list[dict[str, Any]] = []
    reported: list[dict[str, Any]] = []
    errors: list[str] = []
    for path in files:
        try:
            document = read_document(path)
        except DocumentError as exc:
            errors.append(str(exc))
            continue
        if document.warning:
            click.echo(f"{path}: {document.warning}", err=True)
        found = extract_document(document)
        targets += _rows(found.targets, path.name, TARGET_FIELDS)
        if with_possible:
            targets += [{**row, "possible": True} for row in _rows(found.possible, path.name, TARGET_FIELDS)]
        reported += _rows(found.actuals, path.name, ACTUAL_FIELDS)
    if len(errors) == len(files):
        raise click.ClickException(
            errors[0] if len(errors) == 1 else f"没有可读取的文件 No readable file: {errors[0]}"
        )
    for error in errors:
        click.echo(f"跳过 Skipped: {error}", err=True)
    if as_json:
        data: Any = {"targets": targets, "actuals": reported} if actuals else targets
        click.echo(json.dumps(data, ensure_ascii=False, indent=1))
        return
    click.echo(f"{sum(not row.get('possible') for row in targets)} targets 目标")
    for row in targets:
        mark = f"  (可能的目标 possible, {row['confidence']:.2f})" if row.get("possible") else ""
        click.echo(_target_line(row) + mark)
    if actuals:
        click.echo(f"{len(reported)} reported figures 实际值")
        for row in reported:
            owner = row["entity"] + (f"/{row['area']}" if row["area"] else "")
            click.echo(
                f"{row['doc']}  {owner}  {row['metric']}  {row['year'] or '?'}  "
                f"{_number(row['value'])}{row['unit']} ({row['qualifier']})"
            )


def _same_body(body: str, wanted: str) -> bool:
    return canonical_body(body) == wanted


@main.command("targets")
@click.option("--entity", help="Only targets of this body, by any of its names (江津 = 江津区).")
@click.option("--within", is_flag=True, help="With --entity: its districts' targets too (广州市 → 黄埔区…).")
@click.option("--year", type=YEAR, help="Only targets due in this year.")
@click.option("--document", "document_id", type=int, help="Only targets stated in this document (its id).")
@click.option(
    "--search", default="", help="Only targets whose metric, area, sentence or 备注 note holds this text."
)
@click.option("--pending", is_flag=True, help="Only targets with document figures waiting to be accepted.")
@click.option("--conflict", is_flag=True, help="Only targets whose figures disagree for some year.")
@click.option("--needs-review", "needs_review", is_flag=True, help="Only targets not yet reviewed.")
@click.option(
    "--merge-offer", "merge_offer", is_flag=True, help="Only targets in an open merge offer (see offers)."
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@pass_state
def targets_command(
    state: CliState, entity: str | None, within: bool, year: int | None, as_json: bool, **criteria: Any
) -> None:
    """List the targets kept in the store with their ids. 列出已保存的目标。"""
    from huangpu_tracker.store.filters import ReviewFilter
    from huangpu_tracker.store.queries import target_rows

    wanted_rows = ReviewFilter(text=criteria.pop("search"), **criteria)
    with state.open_store() as store:
        rows = store.targets(year=year)
        if wanted_rows != ReviewFilter():
            kept = {row["id"] for row in target_rows(store) if wanted_rows.accepts(row)}
            rows = [row for row in rows if row["id"] in kept]
    if entity:
        wanted = canonical_body(entity)
        rows = [r for r in rows if (lies_within if within else _same_body)(r["entity"], wanted)]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
        return
    if not rows:
        click.echo("No targets. 没有目标。")
    for row in rows:
        value = _number(row["value"]) + (
            f"-{_number(row['value_hi'])}" if row.get("value_hi") is not None else ""
        )
        owner = row["entity"] + (f"/{row['area']}" if row.get("area") else "")
        click.echo(
            f"[{row['id']}] {owner}  {row['metric']}  {row['kind']} {row['comparator']} {value}"
            f"{row.get('unit') or ''}  {row.get('target_year') or '?'}  {row.get('review_state', '')}"
            f"  ({row.get('n_sources', 1)} sources 来源)"
        )
