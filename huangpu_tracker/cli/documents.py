"""Commands `import` (add files to the store) and `documents` (list what the store holds)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from huangpu_tracker.cli.group import CliState, main, pass_state
from huangpu_tracker.errors import TrackerError


def _expand(paths: tuple[str, ...]) -> list[Path]:
    """Files as given; a folder stands for the files directly inside it."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")))
        else:
            files.append(path)
    return files


@main.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@pass_state
def import_command(state: CliState, paths: tuple[str, ...]) -> None:
    """Import documents (txt/html/docx/pdf) into the store. 导入文件。

    PATHS are files or folders. A file already imported (same content, or the same text in another
    encoding or format) is skipped. Each file is
    imported completely or not at all; the exit code is 1 if any file failed.
    """
    from huangpu_tracker.ingest import import_files
    from huangpu_tracker.paths import readable_name

    files = _expand(paths)
    if not files:
        raise TrackerError(f"{', '.join(paths)}: 文件夹中没有文件 / no files in the folder")
    with state.open_store() as store:
        report = import_files(store, files)
        labels = {doc["id"]: doc["label"] for doc in store.documents()} if report.same_text else {}
    for path, _doc_id, n_targets, n_actuals in report.added:
        counts = f"{n_targets} targets 目标, {n_actuals} reported figures 实际值"
        click.echo(f"added 已导入: {readable_name(path)} ({counts})")
    same_text = dict(report.same_text)
    for path in report.skipped:
        if path in same_text:
            shown = f"[{same_text[path]}] {labels[same_text[path]]}"
            click.echo(f"skipped 已导入(同一文本) same text as {shown}: {readable_name(path)}")
        else:
            click.echo(f"skipped 已存在: {readable_name(path)}")
    for path, count in report.offers:
        offered = f"{count} merge offers 合并建议 (goals like stored ones): huangpu-tracker offers"
        click.echo(f"{readable_name(path)}: {offered}")
    for path, warning in report.warnings:
        click.echo(f"{readable_name(path)}: {warning}", err=True)
    for path, reason in report.errors:
        click.echo(f"{readable_name(path)}: {reason}", err=True)
    if report.errors:
        raise SystemExit(1)


def _issued(item: dict) -> str:
    """The issue date or year; a year only guessed (from mentions or the file) is marked for checking."""
    from huangpu_tracker.documents.model import GUESSED_YEAR_SOURCES

    issued = item["issue_date"] or (str(item["issue_year"]) if item["issue_year"] else "?")
    if item.get("year_source") in GUESSED_YEAR_SOURCES:
        issued += " (年份待核 year guessed)"
    return issued


@main.command("documents")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@pass_state
def documents_command(state: CliState, as_json: bool) -> None:
    """List the documents in the store with their articles and review progress. 列出文件。

    Each document shows how many goals it states and how many are still to review (goals not yet
    confirmed, edited or rejected, and possible targets not yet reviewed).
    """
    from huangpu_tracker.store.review import progress_text

    with state.open_store() as store:
        docs = store.documents()
    if as_json:
        click.echo(json.dumps(docs, ensure_ascii=False, indent=2))
        return
    if not docs:
        click.echo("No documents. 没有文件。")
    for doc in docs:
        progress = f"{progress_text(doc)} / {doc['n_goals']} goals, {doc['n_to_review']} to review"
        click.echo(f"[{doc['id']}] {doc['name']}  {doc['label']}  ({progress})")
        for article in doc["articles"]:
            issuer = article["issuer"] or "?"
            click.echo(
                f"    {article['seq']}. {article['title'] or ''} | {issuer} | {_issued(article)} | "
                f"{article['n_targets']} targets"
            )
