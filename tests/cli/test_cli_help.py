"""Every command of `huangpu-tracker` explains itself in --help."""

from __future__ import annotations

import click
from click.testing import CliRunner

from huangpu_tracker.cli import main
from huangpu_tracker.cli.group import COMMAND_MODULES


def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None, f"{name} is listed but no module defines it"
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


def test_each_command_is_loaded_from_the_module_that_defines_it():
    """`extract` starts without loading the other commands' modules (COMMAND_MODULES says where each
    command lives); a command added to a module but not to the table would never be found."""
    import importlib
    import pkgutil

    import huangpu_tracker.cli

    for module in pkgutil.iter_modules(huangpu_tracker.cli.__path__):
        importlib.import_module(f"huangpu_tracker.cli.{module.name}")
    defined = {name: command.callback.__module__ for name, command in main.commands.items()}
    assert defined == {name: f"huangpu_tracker.cli.{module}" for name, module in COMMAND_MODULES.items()}
