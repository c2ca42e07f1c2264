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


@pytest.fixture(autouse=True)
def _default_home(monkeypatch):
    """Every test starts with the default home district (黄埔区), whatever another test chose."""
    from huangpu_tracker.home import HOME_ENV, set_home

    monkeypatch.delenv(HOME_ENV, raising=False)
    set_home(None)
    yield
    set_home(None)


# Two-character names no gazetteer holds, for districts invented by the renamed-copies checks.
_FIRST = "澜青禾溪岚桐榆棠芷蘅蔚霁柘栎椿楠杉荻蓼菱蓁苡"
_SECOND = "泽川湄汀屿沅岫皋陂埭垣峪塬坪坳滢澈沚洵渚"


def invented_names(count: int) -> list[str]:
    """`count` distinct district stems (澜泽, 澜川 …) that name no real place."""
    from huangpu_tracker.places.gazetteer import gazetteer

    known = gazetteer()
    stems = [a + b for a in _FIRST for b in _SECOND]
    stems = [s for s in stems if s not in known.shorts and s + "区" not in known.names]
    assert len(stems) >= count
    return stems[:count]


def renamed_copy(text: str, home: str, shanghai: str) -> str:
    """Seed 003 with every body of its own renamed: 黄埔区 (all its names) -> `home`区, its customs
    -> `home`海关, Shanghai's 黄浦区 -> `shanghai`区; sub-areas (知识城) and other places stay."""
    for old, new in (
        ("广州经济技术开发区", home + "区"), ("广州市黄埔区", "广州市" + home + "区"),
        ("广州开发区", home + "区"), ("广州高新区", home + "区"), ("广州黄埔", home + "区"),
        ("黄埔海关", home + "海关"), ("黄埔区", home + "区"), ("黄埔", home + "区"),
        ("黄浦区", shanghai + "区"), ("黄浦", shanghai + "区"),
    ):  # fmt: skip
        text = text.replace(old, new)
    return text


@pytest.fixture
def renamed_seed_copies(seeds_dir):
    """A function writing `count` renamed copies of seed 003 into a folder; returns their paths and
    the district names each copy speaks of."""

    def write(folder: Path, count: int) -> tuple[list[Path], set[str]]:
        text = (seeds_dir / "003_b336c947ab320b12.txt").read_text(encoding="utf-8")
        stems = invented_names(2 * count)
        paths, names = [], set()
        for index in range(count):
            home, shanghai = stems[2 * index], stems[2 * index + 1]
            path = folder / f"copy_{index:03d}.txt"
            path.write_text(renamed_copy(text, home, shanghai), encoding="utf-8")
            paths.append(path)
            names |= {home + "区", shanghai + "区"}
        return paths, names

    return write


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
