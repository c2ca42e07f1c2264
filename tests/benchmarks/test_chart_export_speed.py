"""How long exporting every chart of the bundled store takes, per format (opt-in: --benchmark-enable).

.venv/bin/pytest tests/benchmarks/test_chart_export_speed.py --benchmark-enable -s
"""

from __future__ import annotations

import time

import pytest

from huangpu_tracker.export.collect import tracked_targets
from huangpu_tracker.gui.plots.chart_files import export_charts
from huangpu_tracker.gui.plots.meta import chart_meta
from huangpu_tracker.ingest import ensure_seeded
from huangpu_tracker.store import open_store


@pytest.fixture(scope="module")
def chart_items(tmp_path_factory):
    """Every active target of a freshly seeded store, its suggested actuals accepted (so the charts
    carry actual series), as `(assessment, meta)` pairs."""
    path = tmp_path_factory.mktemp("bench") / "bench.db"
    with open_store(path) as store:
        ensure_seeded(store)
        for actual in store.actuals():
            if actual["status"] == "suggested":
                store.accept_actual(actual["id"])
        tracked = tracked_targets(store, today=2024)
        documents = {d["id"]: d for d in store.documents()}
    return [(t.assessment, chart_meta(t.row, documents)) for t in tracked]


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_export_every_bundled_chart(benchmark, qapp, chart_items, tmp_path, fmt):
    rounds: list[float] = []

    def export_all():
        out = tmp_path / f"{fmt}_{len(rounds)}"
        start = time.perf_counter()
        written = export_charts(chart_items, out, fmt)
        rounds.append(time.perf_counter() - start)
        return written

    written = benchmark.pedantic(export_all, rounds=1, iterations=1)
    assert len(written) == len(chart_items) > 0
    total = min(rounds)
    benchmark.extra_info.update(
        charts=len(chart_items),
        total_s=round(total, 2),
        per_chart_ms=round(1000 * total / len(chart_items), 1),
    )
    print(
        f"\n{fmt}: {len(chart_items)} charts in {total:.2f} s = "
        f"{1000 * total / len(chart_items):.1f} ms per chart"
    )
