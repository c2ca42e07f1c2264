"""Desktop speed on a large store (10,000 targets, 100,000 actuals); opt-in: `pytest --benchmark-enable`.

Budgets (from the issue): main window shown within 2 s of launch, a filter keystroke updates the
table within 50 ms, selecting a target fills the detail pane and chart within 100 ms.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
import time

import pytest

from huangpu_tracker.ingest import SEEDED_KEY
from huangpu_tracker.store import open_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen

N_INDICATORS = 2_000
TARGETS_PER_INDICATOR = 5  # 10,000 targets
YEARS = range(1976, 2026)  # 50 years x 2,000 indicators = 100,000 actuals
INDICATOR_IDS = range(1, N_INDICATORS + 1)
STAMP = "2026-01-01T00:00:00+00:00"


def build_large_store(path) -> None:
    """Write the big store directly in bulk (the audited API would take minutes for this size)."""
    rng = random.Random(7)
    with open_store(path) as store:
        conn = store.db.conn
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO indicators (id, entity, area, metric, unit, key) VALUES (?, ?, NULL, ?, ?, ?)",
            [
                (i, "黄埔区" if i % 3 else "广州市", f"指标{i}", "亿元", f"k{i}")
                for i in range(1, N_INDICATORS + 1)
            ],
        )
        conn.executemany(
            "INSERT INTO targets (indicator_id, kind, comparator, value, unit, target_year, quote,"
            " review_state, created_at, updated_at) VALUES (?, 'level', 'min', ?, '亿元', ?, ?,"
            " 'extracted', ?, ?)",
            [
                (i, rng.uniform(100, 900), 2025 + k, f"到{2025 + k}年指标{i}达到{k}00亿元", STAMP, STAMP)
                for i in INDICATOR_IDS
                for k in range(TARGETS_PER_INDICATOR)
            ],
        )
        conn.executemany(
            "INSERT INTO actuals (indicator_id, year, value, unit, source_kind, status, created_at,"
            " updated_at) VALUES (?, ?, ?, '亿元', 'manual', 'accepted', ?, ?)",
            [
                (i, y, 50 + (y - 1976) * rng.uniform(1, 3), STAMP, STAMP)
                for i in range(1, N_INDICATORS + 1)
                for y in YEARS
            ],
        )
        conn.execute("INSERT INTO meta (key, value) VALUES (?, 'yes')", [SEEDED_KEY])
        conn.execute("COMMIT")


def report_against_budget(benchmark, budget_s: float) -> None:
    """Record and print the median against the issue's budget (measured on a shared machine, so
    reported rather than asserted)."""
    median = benchmark.stats.stats.median
    benchmark.extra_info.update(
        budget_s=budget_s, median_s=round(median, 4), within_budget=median <= budget_s
    )
    verdict = "within" if median <= budget_s else "OVER"
    print(f"\n{benchmark.name}: median {median * 1000:.1f} ms, budget {budget_s * 1000:.0f} ms: {verdict}")


@pytest.fixture(scope="module")
def large_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "big.db"
    build_large_store(path)
    return path


@pytest.fixture
def big_window(qtbot, large_store):
    from huangpu_tracker.gui.app import create_application, open_main_window

    create_application()
    window = open_main_window(large_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.busy, timeout=30000)  # statuses are assessed in the background
    yield window
    window.store.close()


def test_window_is_shown_within_2s_of_launch(benchmark, large_store):
    script = textwrap.dedent(
        f"""
        import time; start = time.perf_counter()
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from huangpu_tracker.gui.app import create_application, open_main_window
        app = create_application([])
        window = open_main_window(Path({str(large_store)!r}))
        window.show(); app.processEvents()
        print(time.perf_counter() - start, flush=True)
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def launch() -> float:
        """From starting the interpreter to the window painted (the process is then killed)."""
        began = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE, text=True)
        child.stdout.readline()
        shown = time.perf_counter() - began
        child.kill()
        child.wait()
        return shown

    benchmark.pedantic(launch, rounds=3, iterations=1)
    report_against_budget(benchmark, 2.0)


def test_filter_keystroke_updates_table_within_50ms(benchmark, big_window):
    from huangpu_tracker.gui.models.targets_filter import TargetFilter

    texts = iter(["指标1", "指标12", "指标123", "指标1", ""] * 100)

    def keystroke() -> int:
        big_window.filter_bar.search.setText(next(texts))
        return big_window.proxy.rowCount()

    big_window.filter_bar.set_value(TargetFilter())
    benchmark.pedantic(keystroke, rounds=20, iterations=1)
    report_against_budget(benchmark, 0.050)


def test_selecting_a_target_fills_detail_and_chart_within_100ms(benchmark, big_window):
    from huangpu_tracker.gui.models.targets_filter import TargetFilter

    big_window.filter_bar.set_value(TargetFilter())
    big_window.side_tabs.setCurrentWidget(big_window.chart)
    ids = iter(range(1, 10_000, 97))

    def select() -> None:
        assert big_window.table.select_id(next(ids))

    benchmark.pedantic(select, rounds=20, iterations=1)
    assert big_window.chart.chart is not None
    report_against_budget(benchmark, 0.100)
