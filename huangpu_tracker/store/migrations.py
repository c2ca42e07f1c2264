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


@MIGRATIONS(name="0004_text_fingerprint")
def text_fingerprint_column(db: Database) -> None:
    """The fingerprint of each document's text (chinese.normalise.text_fingerprint), so that the
    same text imported again in another encoding or format is recognised; filled in for the
    documents stored before."""
    from huangpu_tracker.chinese.normalise import text_fingerprint  # the normaliser's own rule

    db.execute("ALTER TABLE documents ADD COLUMN text_fingerprint TEXT")
    db.execute("CREATE INDEX documents_text_fingerprint ON documents(text_fingerprint)")
    for doc_id, text in db.execute("SELECT id, text FROM documents").fetchall():
        db.execute("UPDATE documents SET text_fingerprint = ? WHERE id = ?", [text_fingerprint(text), doc_id])


@MIGRATIONS(name="0005_opening_titles")
def opening_titles(db: Database) -> None:
    """A document (and its first article) that had no title line was titled with its file name
    (000_ab5a8fadc595617d); it is titled with the opening of its text instead, as reading does now."""
    from huangpu_tracker.documents.metadata import opening_title  # reading's own rule

    rows = db.execute("SELECT id, name, title, text FROM documents").fetchall()
    for doc_id, name, title, text in rows:
        if title != Path(name).stem:
            continue
        opening = opening_title(text) or title
        db.execute("UPDATE documents SET title = ? WHERE id = ?", [opening, doc_id])
        db.execute(
            "UPDATE articles SET title = ? WHERE document_id = ? AND title = ?", [opening, doc_id, title]
        )


@MIGRATIONS(name="0006_merge_offers")
def merge_offers_table(db: Database) -> None:
    """Merge offers: a target imported from a new document that looks like an existing one (see
    extraction.dedupe.likeness), kept until the analyst accepts (merged) or declines it. The target
    ids are not foreign keys: an answered offer stays as a record after its target is merged away."""
    db.execute(
        """CREATE TABLE merge_offers (
            id INTEGER PRIMARY KEY,
            target_id INTEGER NOT NULL,
            existing_id INTEGER NOT NULL,
            reason TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted', 'declined')),
            created_at TEXT NOT NULL,
            UNIQUE (target_id, existing_id)
        )"""
    )
    db.execute("CREATE INDEX merge_offers_state ON merge_offers(state)")


@MIGRATIONS(name="0007_possible_targets")
def possible_targets_table(db: Database) -> None:
    """Possible targets: goal-like figures below the confidence threshold, kept per document for
    review (open), until the analyst makes one a goal (promoted, `target_id`) or rejects it."""
    db.execute(
        """CREATE TABLE possible_targets (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
            entity TEXT NOT NULL, area TEXT, metric TEXT NOT NULL,
            kind TEXT NOT NULL, comparator TEXT NOT NULL,
            value REAL NOT NULL, value_hi REAL, unit TEXT,
            target_year INTEGER, period_start INTEGER,
            quote TEXT, start INTEGER, "end" INTEGER, sentence TEXT,
            confidence REAL, goal_key TEXT,
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'promoted', 'rejected')),
            target_id INTEGER
        )"""
    )
    db.execute("CREATE INDEX possible_targets_document ON possible_targets(document_id)")


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
    with translate_errors(path):
        db.execute("BEGIN IMMEDIATE")  # one instance migrates; another waits, then finds nothing pending
    try:
        migrations.apply(db)
        db.execute("COMMIT")
    except Exception as exc:
        db.rollback()
        kept = f"; a copy is at {backup.name}" if backup else ""
        raise StoreError(f"{path}: could not upgrade the store ({exc}); it is unchanged{kept}") from exc
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
