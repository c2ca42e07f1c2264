"""Copies of a district's report with every body renamed keep their own bodies: goals of many
districts neither collapse into the home district's nor into one another (issue 11)."""

from __future__ import annotations

from collections import Counter

from huangpu_tracker.home import home_name
from huangpu_tracker.ingest import import_files
from huangpu_tracker.store import open_store, queries


def test_renamed_copies_keep_their_own_bodies(tmp_path, renamed_seed_copies):
    paths, names = renamed_seed_copies(tmp_path, 10)
    with open_store(tmp_path / "copies.db") as store:
        report = import_files(store, paths)
        assert not report.errors
        owners = Counter(row["entity"] for row in queries.target_rows(store))
    assert home_name() not in owners and "黄埔区" not in owners
    districts = {name for name in names if any(owner.endswith(name) for owner in owners)}
    assert districts == names  # each copy's district and the district it reports on
    per_copy = sum(owners.values()) / len(paths)
    assert per_copy >= 50  # no collapse: every copy keeps its own goals
