"""Command line of Huangpu Tracker; each sub-module adds its commands to `main`."""

from huangpu_tracker.cli import (  # noqa: F401  (importing registers the commands)
    actuals,
    assess,
    desktop,
    documents,
    export,
    extract,
    offers,
)
from huangpu_tracker.cli.group import main

__all__ = ["main"]
