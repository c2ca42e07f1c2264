"""Fixtures shared by every test: nothing ever touches the user's real data or settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

SEEDS_DIR = Path(__file__).resolve().parent.parent / "resources" / "documents"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """Point the data dir (store, cache, settings) at a fresh temporary folder."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("HUANGPU_TRACKER_DATA_DIR", str(data))
    monkeypatch.delenv("HUANGPU_TRACKER_DB", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "config"))
    return data


@pytest.fixture
def seeds_dir() -> Path:
    """The bundled documents folder."""
    return SEEDS_DIR


@pytest.fixture
def seed_paths(seeds_dir) -> list[Path]:
    return sorted(seeds_dir.glob("*.txt"))
