"""CliState.open_store: the store a command opens is closed again when seeding it fails."""

from __future__ import annotations

import pytest

from huangpu_tracker import ingest, store
from huangpu_tracker.cli.group import CliState
from huangpu_tracker.errors import TrackerError


def test_a_store_whose_seeding_fails_is_closed(tmp_path, monkeypatch):
    opened = []
    real_open = store.open_store

    def recording_open(path, *args, **kwargs):
        opened.append(real_open(path, *args, **kwargs))
        return opened[-1]

    def failing_seed(_store):
        raise TrackerError("the store is busy")

    monkeypatch.setattr(store, "open_store", recording_open)
    monkeypatch.setattr(ingest, "ensure_seeded", failing_seed)
    with pytest.raises(TrackerError, match="busy"):
        CliState(db_path=tmp_path / "t.db").open_store()
    assert len(opened) == 1
    with pytest.raises(Exception, match="closed"):
        opened[0].db.execute("SELECT 1")
