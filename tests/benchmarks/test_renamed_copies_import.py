"""200 copies of seed 003, every body renamed (an analyst importing the reports of many districts):
the import keeps each district's goals apart (>= 10,000 targets, none the home district's).

    .venv/bin/pytest tests/benchmarks/test_renamed_copies_import.py --benchmark-only -s
"""

from __future__ import annotations

import time
from collections import Counter

from huangpu_tracker.ingest import import_files
from huangpu_tracker.store import open_store, queries

COPIES = 200


def test_renamed_copies_import_to_their_own_bodies(benchmark, tmp_path, renamed_seed_copies):
    folder = tmp_path / "copies"
    folder.mkdir()
    paths, names = renamed_seed_copies(folder, COPIES)
    seconds: list[float] = []

    def run() -> Counter[str]:
        with open_store(tmp_path / "copies.db") as store:
            start = time.perf_counter()
            report = import_files(store, paths)
            seconds.append(time.perf_counter() - start)
            assert not report.errors
            return Counter(row["entity"] for row in queries.target_rows(store))

    owners = benchmark.pedantic(run, rounds=1, iterations=1)
    total = sum(owners.values())
    benchmark.extra_info.update(import_seconds=round(seconds[0], 1), targets=total)
    print(f"\n{COPIES} renamed copies: {total} targets in {seconds[0]:.1f} s, {len(owners)} bodies")
    assert "黄埔区" not in owners
    assert total >= 10_000
    assert {name for name in names if any(owner.endswith(name) for owner in owners)} == names
