"""Every command of `huangpu-tracker` explains itself in --help."""

from __future__ import annotations

import click
from click.testing import CliRunner

from huangpu_tracker.cli import main


def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))


def test_every_command_has_help_text():
    commands = list(_commands(main))
    assert commands, "no command is registered"
    missing = [" ".join(path) for path, command in commands if not (command.help or "").strip()]
    assert missing == []


def test_help_runs_for_every_command():
    for path, _command in _commands(main):
        result = CliRunner().invoke(main, [*path, "--help"])
        assert result.exit_code == 0, (path, result.output)
        assert "Usage:" in result.output
