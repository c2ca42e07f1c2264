"""The `huangpu-tracker` command group: global options, store opening, clean errors."""

from __future__ import annotations

import contextlib
import errno
import importlib
import io
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from huangpu_tracker import __version__
from huangpu_tracker.errors import TrackerError
from huangpu_tracker.store.validation import MAX_YEAR, MIN_YEAR


def _tolerate_narrow_terminals() -> None:
    """Print characters the output encoding lacks (Chinese to a Latin-1 pipe) as escapes, not crash."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


# What writing to stdout raises when it goes to a full disk or device (`> /dev/full`).
_OUTPUT_ERRORS = {errno.ENOSPC, errno.EIO, errno.EFBIG, errno.EDQUOT}


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush at exit cannot fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


# The module of `huangpu_tracker.cli` that defines each command. A command's module is imported
# when the command is run or listed, so `extract` starts without the store, assessment or exporters.
COMMAND_MODULES = {
    "actual": "actuals", "assess": "assess", "documents": "documents", "export": "export",
    "extract": "extract", "import": "documents", "offers": "offers", "screenshot": "desktop",
    "targets": "extract",
}  # fmt: skip


class TrackerGroup(click.Group):
    """A click group that loads its commands on demand and turns expected failures into a one-line
    message and exit code 1."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *COMMAND_MODULES})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMAND_MODULES:
            importlib.import_module(f"huangpu_tracker.cli.{COMMAND_MODULES[cmd_name]}")
        return self.commands.get(cmd_name)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        _tolerate_narrow_terminals()  # before anything is printed, --help included
        try:
            return super().main(*args, **kwargs)
        except OSError as exc:
            if exc.errno not in _OUTPUT_ERRORS:
                raise
            _silence_stdout()
            click.echo(f"Error: 无法输出结果 / cannot write the output ({exc.strerror})", err=True)
            sys.exit(1)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TrackerError as exc:
            message = str(exc)
        # Raised outside the handler so no traceback keeps the failed command's objects alive until
        # interpreter exit: Qt objects (charts, documents) destroyed after their application crash.
        raise click.ClickException(message)


@dataclass
class CliState:
    """What the global options chose; commands open the store through it."""

    db_path: Path | None

    def resolved_db_path(self) -> Path:
        from huangpu_tracker.paths import default_db_path

        return self.db_path or default_db_path()

    def open_store(self, seed: bool = True):  # -> huangpu_tracker.store.Store
        """Open the store (migrating it); an empty store first receives the bundled documents
        (a bundled file that fails is named on stderr, and retried at the next open)."""
        from huangpu_tracker.ingest import ensure_seeded
        from huangpu_tracker.store import open_store

        store = open_store(self.resolved_db_path())
        try:
            report = ensure_seeded(store) if seed else None
        except BaseException:  # e.g. the store locked by another program while seeding: do not leak it
            store.close()
            raise
        for path, reason in report.errors if report else []:
            click.echo(f"{path.name}: {reason}", err=True)
        return store


@click.group(cls=TrackerGroup, invoke_without_command=True)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="HUANGPU_TRACKER_DB",
    help="SQLite store to use (default: the user data dir; env HUANGPU_TRACKER_DB).",
)
@click.option(
    "--home",
    "home",
    metavar="NAME",
    help="Home district 本区 (default 黄埔区, or the app's setting; env HUANGPU_TRACKER_HOME).",
)
@click.version_option(__version__, prog_name="huangpu-tracker")
@click.pass_context
def main(ctx: click.Context, db_path: Path | None, home: str | None) -> None:
    """Huangpu Tracker 黄埔规划目标追踪: extract plan targets, record actuals, chart progress.

    Without a command, opens the desktop app.
    """
    if home is not None:
        from huangpu_tracker.home import set_home

        set_home(home)  # a bad name: a one-line error
    ctx.obj = CliState(db_path=db_path)
    if ctx.invoked_subcommand is None:
        from huangpu_tracker.gui.app import run_app

        ctx.exit(run_app(ctx.obj.resolved_db_path()))


pass_state = click.make_pass_decorator(CliState)
YEAR = click.IntRange(MIN_YEAR, MAX_YEAR)  # the years the store accepts
as_of_option = click.option("--as-of", "as_of", type=YEAR, help="Assess as of this year (default: now).")
