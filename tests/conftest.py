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


@pytest.fixture
def small_db(tmp_path) -> Path:
    """A store marked seeded (no bundled documents) with three targets: Huangpu's R&D intensity
    ≥ 5 % by 2025 (actuals 4.38 in 2020, 4.8 in 2022), Huangpu's GDP ≥ 5000 亿元 by 2025, and
    Tianhe's 5000 high-tech enterprises by 2025."""
    from huangpu_tracker.store import open_store

    path = tmp_path / "x.db"
    with open_store(path) as store:
        store.set_meta("seeded", "test")
        rd = store.get_or_create_indicator("黄埔区", None, "全社会研发经费投入强度", "%")
        store.add_target(rd, "level", "min", 5, "%", target_year=2025)
        store.set_actual(rd, 2020, 4.38, "%")
        store.set_actual(rd, 2022, 4.8, "%")
        gdp = store.get_or_create_indicator("黄埔区", None, "地区生产总值", "亿元")
        store.add_target(gdp, "level", "min", 5000, "亿元", target_year=2025)
        hte = store.get_or_create_indicator("天河区", None, "高新技术企业", "家")
        store.add_target(hte, "level", "min", 5000, "家", target_year=2025)
    return path


MEMORY_LIMIT = 2**30  # hostile files must be handled within 1 GB of address space…
TIME_LIMIT = 30.0  # …and 30 seconds


@pytest.fixture
def limited_python():
    """Run Python `code` in a child process under a 1 GB address-space limit (resource.setrlimit)
    and a 30 s timeout; returns (completed process, peak resident MB, seconds). The child's
    stdout ends with its peak memory, which is cut off the returned stdout."""
    import resource
    import subprocess
    import sys
    import time

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    def run(code: str, *args: str):
        epilogue = "\nimport resource as _r; print('\\nPEAK', _r.getrusage(_r.RUSAGE_SELF).ru_maxrss)"
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-c", code + epilogue, *args],
            capture_output=True, text=True, timeout=TIME_LIMIT, preexec_fn=limit,
        )  # fmt: skip
        seconds = time.monotonic() - started
        out, _, peak = result.stdout.rpartition("\nPEAK ")
        result.stdout = out if peak else result.stdout
        return result, (int(peak) / 1024 if peak else float("nan")), seconds

    return run
