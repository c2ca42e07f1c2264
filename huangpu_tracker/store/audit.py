"""Audited writes: every insert, update and delete made by the store is logged with before/after."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from huangpu_tracker.store.connection import Connection, translate_errors
from huangpu_tracker.store.errors import NotFoundError

# Columns left out of the log because they are large and can be re-read from the source file.
_UNLOGGED = {"documents": {"text"}}


def now() -> str:
    """The current UTC time as ISO text (seconds), used for created_at/updated_at/ts."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class Audited(Connection):
    """Row-level write helpers that also append to `audit_log`; use them for every change."""

    def _get(self, table: str, row_id: int) -> dict[str, Any]:
        row = self._row(f"SELECT * FROM [{table}] WHERE id = ?", [row_id])
        if row is None:
            raise NotFoundError(f"{table} row {row_id} does not exist / 记录不存在")
        return row

    def _log(self, table: str, row_id: int, action: str, before: dict | None, after: dict | None) -> None:
        def encode(row: dict | None) -> str | None:
            if row is None:
                return None
            kept = {k: v for k, v in row.items() if k not in _UNLOGGED.get(table, ())}
            return json.dumps(kept, ensure_ascii=False)

        self.db.execute(
            "INSERT INTO audit_log (ts, table_name, row_id, action, before, after) VALUES (?, ?, ?, ?, ?, ?)",
            [now(), table, row_id, action, encode(before), encode(after)],
        )

    def _insert(self, table: str, values: dict[str, Any]) -> int:
        with self.transaction(), translate_errors(self.path):
            row_id = self.db.table(table).insert(values).last_pk
            assert row_id is not None  # SQLite gives every inserted row an id
            self._log(table, row_id, "insert", None, self._get(table, row_id))
        return row_id

    def _update(self, table: str, row_id: int, changes: dict[str, Any]) -> dict[str, Any]:
        """Apply `changes` and return the row after; logs only when something changed."""
        with self.transaction(), translate_errors(self.path):
            before = self._get(table, row_id)
            if all(before.get(k) == v for k, v in changes.items()):
                return before
            self.db.table(table).update(row_id, changes)
            after = self._get(table, row_id)
            self._log(table, row_id, "update", before, after)
        return after

    def _delete(self, table: str, row_id: int) -> dict[str, Any]:
        with self.transaction(), translate_errors(self.path):
            before = self._get(table, row_id)
            self.db.table(table).delete(row_id)
            self._log(table, row_id, "delete", before, None)
        return before

    def history(
        self, table: str | None = None, row_id: int | None = None, limit: int | None = None
    ) -> list[dict[str, Any]]:
        """Audit entries, newest first (at most `limit`): id, ts, table_name, row_id, action,
        before, after (dicts; a document's text is left out)."""
        where: list[str] = []
        params: list[object] = []
        if table is not None:
            where.append("table_name = ?")
            params.append(table)
        if row_id is not None:
            where.append("row_id = ?")
            params.append(row_id)
        sql = "SELECT * FROM audit_log" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        rows = self._rows(sql, params)
        for row in rows:
            row["before"] = json.loads(row["before"]) if row["before"] else None
            row["after"] = json.loads(row["after"]) if row["after"] else None
        return rows
