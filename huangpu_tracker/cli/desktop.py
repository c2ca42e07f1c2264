"""`huangpu-tracker screenshot`: the main window rendered offscreen with the current store."""

from __future__ import annotations

import os
import re
from pathlib import Path

import click

from huangpu_tracker.cli.group import CliState, main, pass_state
from huangpu_tracker.errors import TrackerError
from huangpu_tracker.paths import ensure_folder


def parse_size(text: str) -> tuple[int, int]:
    """'1600x1000' -> (1600, 1000)."""
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text)
    if not match:
        raise click.BadParameter(f"expected WIDTHxHEIGHT, e.g. 1600x1000, got {text!r}")
    return int(match.group(1)), int(match.group(2))


@main.command()
@click.option(
    "--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="PNG file to write."
)
@click.option(
    "--target",
    "target_id",
    type=int,
    default=None,
    help="Select this target id first (default: the first row).",
)
@click.option("--size", default="1600x1000", show_default=True, help="Window size in pixels, WIDTHxHEIGHT.")
@click.option(
    "--tab",
    type=click.Choice(["detail", "actuals", "chart", "dashboard"]),
    default="detail",
    show_default=True,
    help="Which pane to show.",
)
@pass_state
def screenshot(state: CliState, out: Path, target_id: int | None, size: str, tab: str) -> None:
    """Render the main window offscreen to a PNG (for the README and for checks)."""
    width, height = parse_size(size)
    ensure_folder(out.parent)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from huangpu_tracker.gui.app import create_application, render_main_window

    state.open_store().close()  # seed a new store in the foreground: the picture must show targets
    create_application([])
    if not render_main_window(state.resolved_db_path(), out, (width, height), target_id, tab):
        raise TrackerError(f"target {target_id} is not in the store / 目标不存在")
    click.echo(f"wrote {out}")
