"""The core must work without Qt: chinese, documents, extraction, places, store, assessment, export, actuals
and edits never import it."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import textwrap

import huangpu_tracker

CORE_PACKAGES = (
    "chinese",
    "documents",
    "extraction",
    "places",
    "store",
    "assessment",
    "export",
    "actuals",
    "edits",
)


def core_modules() -> list[str]:
    names = [
        "huangpu_tracker.paths",
        "huangpu_tracker.errors",
        "huangpu_tracker.ingest",
        "huangpu_tracker.home",
        "huangpu_tracker.limits",
    ]
    for package in CORE_PACKAGES:
        prefix = f"huangpu_tracker.{package}"
        names.append(prefix)
        path = [str(p) for p in huangpu_tracker.__path__]
        for info in pkgutil.walk_packages([f"{path[0]}/{package}"], prefix + "."):
            names.append(info.name)
    return names


def test_core_imports_with_qt_blocked():
    """Import every core module in a fresh interpreter where PySide6 and pyqtgraph cannot load."""
    modules = core_modules()
    assert len(modules) > len(CORE_PACKAGES)
    code = textwrap.dedent(
        f"""
        import importlib, sys
        for blocked in ("PySide6", "pyqtgraph", "shiboken6"):
            sys.modules[blocked] = None
        for name in {modules!r}:
            importlib.import_module(name)
        leaked = sorted(m for m in sys.modules if m.startswith("huangpu_tracker.gui"))
        assert not leaked, leaked
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]


def test_cli_help_does_not_load_qt():
    """`huangpu-tracker --help` and core commands start without importing Qt (fast start)."""
    code = "import sys\nfrom huangpu_tracker.cli import main\nassert 'PySide6' not in sys.modules"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]


def test_the_store_checks_the_extractors_kinds_without_loading_the_extractor():
    """One list of kinds and comparators (extraction/model.py); opening a store stays fast."""
    code = (
        "import sys\nfrom huangpu_tracker.store.validation import COMPARATORS, KINDS\n"
        "from huangpu_tracker.extraction.model import Target\n"
        "assert KINDS[0] == 'level' and 'range' in COMPARATORS\n"
        "assert Target.__annotations__['kind'] == 'Kind'\n"
        "assert 'huangpu_tracker.extraction.pipeline' not in sys.modules"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
