"""The Store (documents, targets, actuals and their audit log in one SQLite file) and opening it."""

from __future__ import annotations

from pathlib import Path

from huangpu_tracker.store import migrations
from huangpu_tracker.store.actuals import ActualsRepo
from huangpu_tracker.store.connection import (
    DEFAULT_TIMEOUT,
    connect,
    enable_wal,
    retry_while_locked,
    translate_errors,
)
from huangpu_tracker.store.documents import DocumentsRepo
from huangpu_tracker.store.merge_offers import MergeOffersRepo
from huangpu_tracker.store.possible import PossibleTargetsRepo
from huangpu_tracker.store.targets import TargetsRepo


class Store(DocumentsRepo, TargetsRepo, ActualsRepo, MergeOffersRepo, PossibleTargetsRepo):
    """Documents, indicators, targets, actuals and their audit log in one SQLite file."""

    backup_path: Path | None = None  # the copy taken before the last migration, if any


def open_store(path: str | Path, timeout: float = DEFAULT_TIMEOUT) -> Store:
    """Open (creating or migrating) the store at `path`; see the module docstring for errors."""
    path = Path(path)
    db = connect(path, timeout)

    def prepare() -> Path | None:
        with translate_errors(path):  # a damaged page read while checking the schema: one-line error
            migrations.check_compatible(db, path, migrations.MIGRATIONS)
            enable_wal(db, path)
            return migrations.migrate(db, path, migrations.MIGRATIONS)

    try:
        backup = retry_while_locked(path, timeout, prepare)
    except BaseException:
        db.close()
        raise
    store = Store(db, path)
    store.backup_path = backup
    return store
