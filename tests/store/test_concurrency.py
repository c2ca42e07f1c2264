"""Two writers on one store (two processes, or two Store objects) wait for each other; nothing is lost."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

from huangpu_tracker.store import open_store

_WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from huangpu_tracker.store import open_store

    path, metric, go = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    while not go.exists():  # both writers start together
        time.sleep(0.005)
    with open_store(path) as store:
        indicator = store.get_or_create_indicator("黄埔区", None, metric)
        for year in range(2000, 2050):
            store.set_actual(indicator, year, year * 1.5)
            time.sleep(0.002)  # let the other writer in between
    """
)


def test_two_processes_creating_and_writing_at_once_lose_nothing(tmp_path):
    path = tmp_path / "shared.db"  # not created yet: both processes race to create and migrate it
    go = tmp_path / "go"
    writers = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(path), metric, str(go)], stderr=subprocess.PIPE)
        for metric in ("地区生产总值", "税收")
    ]
    time.sleep(0.3)
    go.touch()
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err.decode()
    with open_store(path) as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = store.actuals()
        assert len(rows) == 100 and all(r["status"] == "accepted" for r in rows)
        assert {len(store.accepted_series(i["id"])) for i in store.indicators()} == {50}


def test_two_store_objects_in_one_process_see_each_others_writes(tmp_path):
    path = tmp_path / "shared.db"
    with open_store(path) as first, open_store(path) as second:
        indicator = first.get_or_create_indicator("黄埔区", None, "地区生产总值")
        for year in range(2000, 2020):
            (first if year % 2 else second).set_actual(indicator, year, float(year))
        assert second.get_or_create_indicator("黄埔区", None, "地区生产总值") == indicator
        assert first.accepted_series(indicator) == second.accepted_series(indicator)
        assert len(first.accepted_series(indicator)) == 20
        assert first.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_switching_a_new_store_to_wal_waits_for_a_program_creating_it_too(tmp_path, monkeypatch):
    """SQLite answers "locked" at once (no busy handler) while another program switches the same
    new file's journal mode: opening retries within the timeout instead of failing."""
    import sqlite3

    from sqlite_utils import Database

    real = Database.enable_wal
    refusals = iter([True, True])

    def busy_twice(self):
        if next(refusals, False):
            raise sqlite3.OperationalError("database is locked")
        return real(self)

    monkeypatch.setattr(Database, "enable_wal", busy_twice)
    with open_store(tmp_path / "new.db") as store:
        assert store.db.journal_mode == "wal"
