"""Numbered schema migrations (sqlite-utils `Migrations`), applied when a store is opened.

Add a migration by appending a function decorated with `@MIGRATIONS(name="000N_what")`; never
edit or reorder one that has shipped. The schema version of a store is the number of
migrations applied to it; a store holding migrations this version does not know was written
by a newer version and is refused.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from huangpu_tracker.store.connection import translate_errors
from huangpu_tracker.store.errors import StoreError, StoreVersionError

MIGRATIONS = Migrations("huangpu_tracker")

_INITIAL_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    title TEXT, issuer TEXT, issue_date TEXT, issue_year INTEGER,
    source_path TEXT, format TEXT, encoding TEXT,
    text TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    title TEXT, issuer TEXT, issue_date TEXT, issue_year INTEGER,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    UNIQUE (document_id, seq)
);
CREATE TABLE indicators (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL, area TEXT, metric TEXT NOT NULL, unit TEXT,
    key TEXT NOT NULL UNIQUE
);
CREATE TABLE targets (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicators(id),
    kind TEXT NOT NULL CHECK (kind IN ('level', 'growth', 'avg_growth', 'cumulative', 'increment')),
    comparator TEXT NOT NULL CHECK (comparator IN ('min', 'max', 'approx', 'reach', 'range')),
    value REAL NOT NULL, value_hi REAL, unit TEXT,
    target_year INTEGER, period_start INTEGER,
    baseline_value REAL, baseline_year INTEGER,
    quote TEXT, start INTEGER, "end" INTEGER, sentence TEXT,
    document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    confidence REAL,
    review_state TEXT NOT NULL DEFAULT 'extracted'
        CHECK (review_state IN ('extracted', 'confirmed', 'edited', 'rejected')),
    note TEXT,
    goal_key TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX targets_indicator ON targets(indicator_id);
CREATE INDEX targets_goal_key ON targets(goal_key);
CREATE TABLE target_sources (
    id INTEGER PRIMARY KEY,
    target_id INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
    document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
    article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    quote TEXT, start INTEGER, "end" INTEGER, sentence TEXT,
    UNIQUE (target_id, document_id, start)
);
CREATE INDEX target_sources_document ON target_sources(document_id);
CREATE TABLE actuals (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    value REAL NOT NULL, unit TEXT,
    source_kind TEXT NOT NULL CHECK (source_kind IN ('manual', 'document', 'import')),
    document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    start INTEGER, "end" INTEGER, quote TEXT, note TEXT,
    status TEXT NOT NULL CHECK (status IN ('accepted', 'alternative', 'suggested', 'dismissed')),
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX actuals_one_accepted ON actuals(indicator_id, year) WHERE status = 'accepted';
CREATE INDEX actuals_indicator_year ON actuals(indicator_id, year);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    ts TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id INTEGER,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    before TEXT, after TEXT
);
CREATE INDEX audit_log_row ON audit_log(table_name, row_id);
"""


@MIGRATIONS(name="0001_initial")
def initial_schema(db: Database) -> None:
    """Documents, articles, indicators, targets (+ sources), actuals, audit log, meta."""
    for statement in _INITIAL_SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)


@MIGRATIONS(name="0002_year_source")
def year_source(db: Database) -> None:
    """How each document's and article's issue year was found ("date", ..., "mentions", "file");
    NULL for rows stored before (and for rows without a year)."""
    db.execute("ALTER TABLE documents ADD COLUMN year_source TEXT")
    db.execute("ALTER TABLE articles ADD COLUMN year_source TEXT")


@MIGRATIONS(name="0003_reported_kind")
def reported_kind_column(db: Database) -> None:
    """What a document figure is a figure of (level, addition, growth_rate, period_total), so that
    a series is offered only the figures that fit it; figures stored before are read again from
    their quote. NULL for manual and imported values."""
    from huangpu_tracker.extraction.reported_kind import reported_kind  # the extractor's own rule

    db.execute("ALTER TABLE actuals ADD COLUMN reported_kind TEXT")
    rows = db.execute("SELECT id, quote, unit FROM actuals WHERE source_kind = 'document'").fetchall()
    for actual_id, quote, unit in rows:
        kind = reported_kind(quote or "", unit or "")
        db.execute("UPDATE actuals SET reported_kind = ? WHERE id = ?", [kind, actual_id])


_TARGETS_WITH_POSSIBLE = _INITIAL_SCHEMA[
    _INITIAL_SCHEMA.index("CREATE TABLE targets (") : _INITIAL_SCHEMA.index("CREATE INDEX targets_indicator")
].replace("'edited', 'rejected'", "'edited', 'rejected', 'possible'")


@MIGRATIONS(name="0004_possible_targets")
def possible_targets(db: Database) -> None:
    """A target's review state may be 'possible': a goal-like figure below the confidence threshold,
    stored for the review of its document (SQLite cannot change a CHECK in place: the table is
    rebuilt, ids kept; `migrate` turns foreign keys off meanwhile, so its sources stay)."""
    db.execute(_TARGETS_WITH_POSSIBLE.replace("CREATE TABLE targets (", "CREATE TABLE targets_new ("))
    db.execute("INSERT INTO targets_new SELECT * FROM targets")
    db.execute("DROP TABLE targets")
    db.execute("ALTER TABLE targets_new RENAME TO targets")
    db.execute("CREATE INDEX targets_indicator ON targets(indicator_id)")
    db.execute("CREATE INDEX targets_goal_key ON targets(goal_key)")


def schema_version(db: Database, migrations: Migrations = MIGRATIONS) -> int:
    """How many of the migrations of `migrations`' set the store has applied."""
    return len(migrations.applied(db))


def check_compatible(db: Database, path: Path, migrations: Migrations = MIGRATIONS) -> None:
    """Refuse (without writing) a store written by a newer version (StoreVersionError) and an
    SQLite file that holds other tables but is not a Huangpu Tracker store (StoreError)."""
    known = {m.name for m in migrations._migrations}  # the set offers no public list of its names
    applied = [m.name for m in migrations.applied(db)]
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise StoreVersionError(
            f"{path}: written by a newer version of Huangpu Tracker (schema {len(applied)}, this version "
            f"knows {len(known)}); please update the app / 数据库由更新版本创建，请升级软件"
        )
    user_tables = [t for t in db.table_names() if not t.startswith("sqlite_")]
    if user_tables and not applied:
        raise StoreError(f"{path}: an SQLite database, but not a Huangpu Tracker store / 不是本软件的数据库")


def migrate(db: Database, path: Path, migrations: Migrations = MIGRATIONS) -> Path | None:
    """Apply pending migrations (after `check_compatible`); returns the backup taken first, if any.

    All pending migrations run in one transaction holding the write lock; if one fails the
    store is left as it was and StoreError is raised.
    """
    applied = migrations.applied(db)
    if not migrations.pending(db):
        return None
    backup = _backup(db, path, len(applied)) if applied else None
    # SQLite's way to rebuild a table others refer to: foreign keys off (outside the transaction),
    # checked before committing, on again after.
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        with translate_errors(path):
            db.execute("BEGIN IMMEDIATE")  # one instance migrates; another waits, then finds nothing pending
        try:
            migrations.apply(db)
            broken = db.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise StoreError(f"{len(broken)} rows would refer to missing rows")
            db.execute("COMMIT")
        except Exception as exc:
            db.rollback()
            kept = f"; a copy is at {backup.name}" if backup else ""
            raise StoreError(f"{path}: could not upgrade the store ({exc}); it is unchanged{kept}") from exc
    finally:
        db.execute("PRAGMA foreign_keys = ON")
    return backup


def _backup(db: Database, path: Path, version: int) -> Path:
    """Copy the store to `<db>.bak-v<N>-<timestamp>` with SQLite's online backup API."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.bak-v{version}-{stamp}")
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target
