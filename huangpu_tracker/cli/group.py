"""The `huangpu-tracker` command group: global options, store opening, clean errors."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from huangpu_tracker import __version__
from huangpu_tracker.errors import TrackerError


class TrackerGroup(click.Group):
    """A click group that turns expected failures into a one-line message and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TrackerError as exc:
            raise click.ClickException(str(exc)) from exc


@dataclass
class CliState:
    """What the global options chose; commands open the store through it."""

    db_path: Path | None

    def resolved_db_path(self) -> Path:
        from huangpu_tracker.paths import default_db_path

        return self.db_path or default_db_path()

    def open_store(self, seed: bool = True):  # -> huangpu_tracker.store.Store
        """Open the store (migrating it); an empty store first receives the bundled documents."""
        from huangpu_tracker.ingest import ensure_seeded
        from huangpu_tracker.store import open_store

        store = open_store(self.resolved_db_path())
        if seed:
            ensure_seeded(store)
        return store


@click.group(cls=TrackerGroup, invoke_without_command=True)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="HUANGPU_TRACKER_DB",
    help="SQLite store to use (default: the user data dir; env HUANGPU_TRACKER_DB).",
)
@click.version_option(__version__, prog_name="huangpu-tracker")
@click.pass_context
def main(ctx: click.Context, db_path: Path | None) -> None:
    """Huangpu Tracker 黄埔规划目标追踪: extract plan targets, record actuals, chart progress.

    Without a command, opens the desktop app.
    """
    ctx.obj = CliState(db_path=db_path)
    if ctx.invoked_subcommand is None:
        from huangpu_tracker.gui.app import run_app

        ctx.exit(run_app(ctx.obj.resolved_db_path()))


pass_state = click.make_pass_decorator(CliState)
