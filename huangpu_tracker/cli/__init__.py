"""Command line of Huangpu Tracker; each sub-module adds its commands to `main`, imported when
one of them is asked for (group.COMMAND_MODULES)."""

from huangpu_tracker.cli.group import main

__all__ = ["main"]
