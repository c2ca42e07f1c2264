"""A copy of tracker.db alone (without its -wal file) is whole after the app closes a store and
after an import, even while another instance keeps the store open."""

from __future__ import annotations

import shutil

from huangpu_tracker.ingest import import_files
from huangpu_tracker.store import open_store


def _copy_alone(path, tmp_path):
    copy = tmp_path / "copy" / "tracker.db"
    copy.parent.mkdir()
    shutil.copyfile(path, copy)  # what a user does with a file manager: the -wal stays behind
    return open_store(copy)


def test_closing_a_store_checkpoints_while_another_instance_keeps_it_open(tmp_path):
    path = tmp_path / "tracker.db"
    with open_store(path) as app:
        app.set_meta("seeded", "test")
        writer = open_store(path)  # another instance, or a worker thread's own store
        indicator = writer.get_or_create_indicator("黄埔区", None, "地区生产总值", "亿元")
        writer.set_actual(indicator, 2023, 4200)
        writer.close()
        with _copy_alone(path, tmp_path) as copy:
            assert copy.accepted_series(indicator) == [(2023, 4200)]


def test_an_import_checkpoints_so_a_copy_holds_the_documents(tmp_path, seed_paths):
    path = tmp_path / "tracker.db"
    with open_store(path) as app, open_store(path) as _reader:
        report = import_files(app, seed_paths[:1])
        assert len(report.added) == 1
        with _copy_alone(path, tmp_path) as copy:
            assert [d["name"] for d in copy.documents()] == [seed_paths[0].name]
