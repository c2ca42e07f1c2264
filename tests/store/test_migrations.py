"""Opening stores: fresh, upgraded (with a backup), too new, damaged, foreign, locked."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils.migrations import Migrations

from huangpu_tracker.store import StoreError, StoreLockedError, StoreVersionError, migrations, open_store

LATEST_VERSION = 7  # the number of migrations this version ships


def _tables(path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_fresh_store_has_the_schema_wal_and_foreign_keys(tmp_path):
    path = tmp_path / "sub" / "dir" / "new.db"
    with open_store(path) as store:
        assert migrations.schema_version(store.db) == LATEST_VERSION
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert store.is_empty()
        assert store.backup_path is None
    expected = {
        "documents",
        "articles",
        "indicators",
        "targets",
        "target_sources",
        "actuals",
        "audit_log",
        "meta",
    }
    assert expected <= _tables(path)


def test_reopening_keeps_data_and_takes_no_backup(tmp_path):
    path = tmp_path / "s.db"
    with open_store(path) as store:
        store.get_or_create_indicator("黄埔区", None, "地区生产总值", "亿元")
    with open_store(path) as store:
        assert [i["metric"] for i in store.indicators()] == ["地区生产总值"]
        assert store.backup_path is None
    assert not list(tmp_path.glob("*.bak-*"))


def _with_next_migration(monkeypatch, fn) -> None:
    """Make open_store use the shipped migrations plus `fn` as the next one."""
    patched = Migrations(migrations.MIGRATIONS.name)
    for migration in migrations.MIGRATIONS._migrations:
        patched(name=migration.name)(migration.fn)
    patched(name=f"{LATEST_VERSION + 1:04d}_test")(fn)
    monkeypatch.setattr(migrations, "MIGRATIONS", patched)


def _make_v1_store(path, monkeypatch) -> None:
    """A store as version 1 wrote it: one document with one article."""
    v1 = Migrations(migrations.MIGRATIONS.name)
    v1(name="0001_initial")(migrations.initial_schema)
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", v1)
        open_store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO documents (id, content_hash, name, issue_year, text, imported_at) "
            "VALUES (1, 'h', 'plan.txt', 2021, '到2025年', '2026-01-01')"
        )
        conn.execute(
            'INSERT INTO articles (document_id, seq, title, issue_year, start, "end") '
            "VALUES (1, 1, '黄埔区规划', 2021, 0, 7)"
        )
    conn.close()


def test_a_version_1_store_is_backed_up_and_gains_year_source(tmp_path, monkeypatch):
    path = tmp_path / "s.db"
    _make_v1_store(path, monkeypatch)
    with open_store(path) as store:
        assert migrations.schema_version(store.db) == LATEST_VERSION
        [doc] = store.documents()
        assert (doc["name"], doc["issue_year"], doc["year_source"]) == ("plan.txt", 2021, None)
        [article] = store.document(doc["id"])["articles"]
        assert (article["title"], article["year_source"]) == ("黄埔区规划", None)
        backup = store.backup_path
    assert backup is not None and backup.name.startswith("s.db.bak-v1-")
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT name FROM documents").fetchall() == [("plan.txt",)]
        assert "year_source" not in [r[1] for r in conn.execute("PRAGMA table_info(documents)")]
    conn.close()


def test_documents_stored_before_fingerprints_are_recognised_by_their_text(tmp_path, monkeypatch):
    path = tmp_path / "s.db"
    _make_v1_store(path, monkeypatch)
    with open_store(path) as store:
        assert store.same_text_document("到 ２０２５ 年\n") == 1
        assert store.same_text_document("到2030年") is None


def test_a_document_titled_with_its_file_name_is_titled_by_its_opening(tmp_path, monkeypatch):
    path = tmp_path / "s.db"
    _make_v1_store(path, monkeypatch)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO documents (id, content_hash, name, title, text, imported_at) VALUES "
            "(2, 'h2', '000_ab5a.txt', '000_ab5a', '8月29日，黄埔区党代会\n召开。', '2026-01-01')"
        )
        conn.execute(
            "INSERT INTO articles (document_id, seq, title, start, \"end\") VALUES (2, 1, '000_ab5a', 0, 15)"
        )
    conn.close()
    with open_store(path) as store:
        assert store.document(2)["title"] == "8月29日，黄埔区党代会召开"
        assert store.document(2)["articles"][0]["title"] == "8月29日，黄埔区党代会召开"
        assert store.document(1)["articles"][0]["title"] == "黄埔区规划"


def test_upgrade_keeps_data_and_backs_up_first(tmp_path, monkeypatch):
    path = tmp_path / "s.db"
    with open_store(path) as store:
        indicator = store.get_or_create_indicator("黄埔区", None, "地区生产总值", "亿元")
        store.set_actual(indicator, 2021, 3500.0, "亿元")

    _with_next_migration(monkeypatch, lambda db: db.execute("ALTER TABLE actuals ADD COLUMN checked INTEGER"))
    with open_store(path) as store:
        assert migrations.schema_version(store.db, migrations.MIGRATIONS) == LATEST_VERSION + 1
        assert store.accepted_series(indicator) == [(2021, 3500.0)]
        assert "checked" in store.db["actuals"].columns_dict
        backup = store.backup_path
    assert backup is not None and backup.name.startswith(f"s.db.bak-v{LATEST_VERSION}-")
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT value FROM actuals").fetchall() == [(3500.0,)]
        assert "checked" not in [r[1] for r in conn.execute("PRAGMA table_info(actuals)")]


def test_failing_migration_leaves_the_store_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "s.db"
    with open_store(path) as store:
        store.get_or_create_indicator("黄埔区", None, "地区生产总值")

    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    _with_next_migration(monkeypatch, broken)
    with pytest.raises(StoreError, match="could not upgrade the store"):
        open_store(path)
    assert "half_done" not in _tables(path)
    monkeypatch.undo()
    with open_store(path) as store:
        assert len(store.indicators()) == 1


def test_store_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "s.db"
    open_store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            ["huangpu_tracker", "0099_from_the_future", "2030-01-01"],
        )
    before = path.read_bytes()
    with pytest.raises(StoreVersionError, match="newer version"):
        open_store(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "content", [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 4000]
)
def test_damaged_file_is_refused_untouched(tmp_path, content):
    path = tmp_path / "damaged.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="not a usable Huangpu Tracker store") as excinfo:
        open_store(path)
    assert "\n" not in str(excinfo.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["damaged.db"]


def test_foreign_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a Huangpu Tracker store"):
        open_store(path)
    assert path.read_bytes() == before


def test_directory_instead_of_file_is_refused(tmp_path):
    with pytest.raises(StoreError, match="not a file"):
        open_store(tmp_path)


def test_writer_blocked_beyond_the_timeout_gets_a_clear_error(tmp_path):
    path = tmp_path / "s.db"
    with open_store(path) as first, open_store(path, timeout=0.2) as second:
        with first.transaction():
            first.get_or_create_indicator("黄埔区", None, "地区生产总值")
            with pytest.raises(StoreLockedError, match="busy in another program"):
                second.get_or_create_indicator("黄埔区", None, "税收")
        assert second.get_or_create_indicator("黄埔区", None, "税收") == 2


def test_a_version_2_store_is_backed_up_and_its_document_figures_gain_their_kind(tmp_path, monkeypatch):
    path = tmp_path / "s.db"
    v2 = Migrations(migrations.MIGRATIONS.name)
    v2(name="0001_initial")(migrations.initial_schema)
    v2(name="0002_year_source")(migrations.year_source)
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", v2)
        open_store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO documents (id, content_hash, name, text, imported_at) "
            "VALUES (1, 'h', 'report.txt', '', '2026-01-01')"
        )
        conn.execute(
            "INSERT INTO indicators (id, entity, metric, key) VALUES (1, '黄埔区', '固定资产投资', 'k')"
        )
        for i, (quote, source) in enumerate(
            [("累计完成固定资产投资6172亿元", "document"), ("新增医疗床位1550张", "document"), ("", "manual")]
        ):
            conn.execute(
                "INSERT INTO actuals (indicator_id, year, value, unit, source_kind, document_id, quote, "
                "status, created_at, updated_at) VALUES (1, ?, 1, '亿元', ?, 1, ?, 'suggested', 't', 't')",
                [2018 + i, source, quote],
            )
    conn.close()
    with open_store(path) as store:
        assert migrations.schema_version(store.db) == LATEST_VERSION
        kinds = [(a["year"], a["reported_kind"]) for a in store.actuals()]
        assert kinds == [(2018, "period_total"), (2019, "addition"), (2020, None)]
        backup = store.backup_path
    assert backup is not None and backup.name.startswith("s.db.bak-v2-")
    with sqlite3.connect(backup) as conn:
        assert "reported_kind" not in [r[1] for r in conn.execute("PRAGMA table_info(actuals)")]
        assert conn.execute("SELECT count(*) FROM actuals").fetchone() == (3,)
    conn.close()
