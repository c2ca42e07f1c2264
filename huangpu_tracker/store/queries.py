"""Bulk reads for the desktop app's tables (targets, accepted actuals, the history of a series'
actuals), and snapshot/restore of a target or an indicator-year's actuals for undo.

`target_rows` loads every target with its series, latest accepted actual, latest suggested figure and
source documents in one query, so a 10,000-row table never queries per row.
"""

from __future__ import annotations

import json
from typing import Any

from huangpu_tracker.assessment.units import same_figure
from huangpu_tracker.store.review import series_flags

_TARGET_ROWS = """
WITH latest_year AS (
  SELECT indicator_id, max(year) AS year FROM actuals WHERE status = 'accepted' GROUP BY indicator_id
),
latest_suggested AS (
  SELECT indicator_id, year, value, unit,
    row_number() OVER (PARTITION BY indicator_id ORDER BY year DESC, id) AS n
  FROM actuals WHERE status = 'suggested'
),
sources AS (
  SELECT target_id, count(*) AS n, group_concat(DISTINCT document_id) AS document_ids
  FROM target_sources GROUP BY target_id
)
SELECT t.id, t.indicator_id, i.entity, i.area, i.metric, t.kind, t.comparator, t.value, t.value_hi,
  coalesce(t.unit, i.unit) AS unit, t.target_year, t.period_start, t.baseline_value, t.baseline_year,
  t.quote, t.note, t.review_state, t.document_id, t.article_id,
  coalesce(d.issue_year, a.issue_year) AS set_year,
  coalesce(s.n, 0) AS source_count, s.document_ids,
  l.year AS latest_year, la.value AS latest_value, la.unit AS latest_unit,
  ls.year AS suggested_year, ls.value AS suggested_value, ls.unit AS suggested_unit
FROM targets t
JOIN indicators i ON i.id = t.indicator_id
LEFT JOIN documents d ON d.id = t.document_id
LEFT JOIN articles a ON a.id = t.article_id
LEFT JOIN sources s ON s.target_id = t.id
LEFT JOIN latest_year l ON l.indicator_id = t.indicator_id
LEFT JOIN actuals la ON la.indicator_id = t.indicator_id AND la.year = l.year AND la.status = 'accepted'
LEFT JOIN latest_suggested ls ON ls.indicator_id = t.indicator_id AND ls.n = 1
"""


def target_rows(store: Any, target_ids: list[int] | None = None) -> list[dict[str, Any]]:
    """Every target (or those in `target_ids`) as a flat dict for the targets table.

    Keys: id, indicator_id, entity, area, metric, kind, comparator, value, value_hi, unit,
    target_year, period_start, baseline_value, baseline_year, quote, note, review_state, document_id,
    article_id, set_year (the stating document's year), source_count, document_ids (list of ints),
    latest_year, latest_value, latest_unit (the latest accepted actual), suggested_year,
    suggested_value, suggested_unit (the latest figure read from a document, not accepted yet),
    note, pending (document figures of its series waiting for the analyst), conflict (its series has
    a year whose figures disagree), merge_offer (the id of an open merge offer it is part of: a goal
    of a new document like a stored one, or that stored goal; None).
    """
    sql, params = _TARGET_ROWS, []
    if target_ids is not None:
        sql += f" WHERE t.id IN ({', '.join('?' * len(target_ids))})"
        params = list(target_ids)
    rows = store._rows(sql + " ORDER BY t.id", params)
    flags = series_flags(store)
    offers: dict[int, int] = {}
    for offer in reversed(store.merge_offers()):  # the oldest offer of a target wins
        offers[offer["target_id"]] = offers[offer["existing_id"]] = offer["id"]
    for row in rows:
        row["merge_offer"] = offers.get(row["id"])
        flag = flags.get(row["indicator_id"], {})
        row["pending"], row["conflict"] = flag.get("pending", 0), flag.get("conflict", False)
        ids = row["document_ids"]
        row["document_ids"] = [int(x) for x in str(ids).split(",")] if ids is not None else []
    return rows


def accepted_actuals(store: Any, indicator_ids: list[int] | None = None) -> dict[int, list[dict[str, Any]]]:
    """Accepted actuals per indicator, sorted by year: {indicator_id: [{year, value, unit, status}]}
    (the rows `huangpu_tracker.assessment.batch.series_for_goal` takes)."""
    sql = "SELECT indicator_id, year, value, unit FROM actuals WHERE status = 'accepted'"
    params: list[int] = []
    if indicator_ids is not None:
        sql += f" AND indicator_id IN ({', '.join('?' * len(indicator_ids))})"
        params = list(indicator_ids)
    series: dict[int, list[dict[str, Any]]] = {}
    for indicator_id, year, value, unit in store.db.execute(sql + " ORDER BY indicator_id, year", params):
        series.setdefault(indicator_id, []).append(
            {"year": year, "value": value, "unit": unit, "status": "accepted"}
        )
    return series


def acceptable_suggestions(store: Any, indicator_ids: list[int]) -> tuple[list[dict[str, Any]], int]:
    """The suggested figures of these series that need no choice: their year has no accepted value
    and every suggestion of it agrees (the same amount). Returns (the first suggestion of each such
    year, as {id, indicator_id, year, value, unit, quote, reported_kind}; the number of years whose
    suggestions disagree)."""
    rows = store._rows(
        "SELECT id, indicator_id, year, value, unit, status, quote, reported_kind FROM actuals "
        "WHERE status IN ('accepted', 'suggested') AND indicator_id IN (SELECT value FROM json_each(?)) "
        "ORDER BY indicator_id, year, id",
        [json.dumps(list(indicator_ids))],
    )
    years: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for row in rows:
        years.setdefault((row["indicator_id"], row["year"]), []).append(row)
    acceptable, conflicts = [], 0
    for found in years.values():
        if any(r["status"] == "accepted" for r in found):
            continue
        first = found[0]
        if all(_same_figure(first, r) for r in found[1:]):
            acceptable.append({key: first[key] for key in first if key != "status"})
        else:
            conflicts += 1
    return acceptable, conflicts


def _same_figure(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return same_figure(a["value"], a["unit"], b["value"], b["unit"])


def snapshot_target(store: Any, target_id: int) -> dict[str, Any]:
    """The target's own row and its source rows, as stored (for `restore_target`)."""
    return {
        "target": store._get("targets", target_id),
        "sources": store._rows("SELECT * FROM target_sources WHERE target_id = ? ORDER BY id", [target_id]),
    }


def restore_target(store: Any, snapshot: dict[str, Any]) -> None:
    """Put a deleted or merged-away target back with the same id and sources (audited).

    A source that was moved to another target (by a merge) is moved back; a deleted one is
    re-inserted.
    """
    with store.transaction():
        store._insert("targets", snapshot["target"])
        for source in snapshot["sources"]:
            exists = store._scalar("SELECT 1 FROM target_sources WHERE id = ?", [source["id"]])
            if exists:
                store._update("target_sources", source["id"], {"target_id": source["target_id"]})
            else:
                store._insert("target_sources", source)


def year_actuals(store: Any, indicator_id: int, year: int) -> list[dict[str, Any]]:
    """Every actual row of one indicator-year, as stored (for `restore_year_actuals`)."""
    return store._rows(
        "SELECT * FROM actuals WHERE indicator_id = ? AND year = ? ORDER BY id", [indicator_id, year]
    )


def restore_year_actuals(store: Any, indicator_id: int, year: int, rows: list[dict[str, Any]]) -> None:
    """Make the actuals of one indicator-year exactly `rows` again (audited): rows not in the list
    are deleted, missing ones re-inserted with their ids, changed ones updated back."""
    wanted = {row["id"]: row for row in rows}
    with store.transaction():
        current = {row["id"]: row for row in year_actuals(store, indicator_id, year)}
        for row_id in current.keys() - wanted.keys():
            store._delete("actuals", row_id)
        # demote before promoting: at most one accepted value per year at any moment
        for row in sorted(rows, key=lambda r: r["status"] == "accepted"):
            if row["id"] not in current:
                store._insert("actuals", row)
            elif current[row["id"]] != row:
                store._update("actuals", row["id"], {k: v for k, v in row.items() if k != "id"})


RECENT_AUDIT = 2000  # audit entries searched for the history of actuals deleted since


def actual_history(store: Any, indicator_id: int, limit: int = 500) -> list[dict[str, Any]]:
    """Audit entries of the indicator's actuals, newest first (the shape of `Store.history`).

    The entries of its current rows are found through the audit index; those of rows deleted
    since are looked for among the last RECENT_AUDIT entries only, so the cost stays small
    however long the log grows.
    """
    last = store._scalar("SELECT coalesce(max(id), 0) FROM audit_log")
    rows = store._rows(
        "SELECT * FROM audit_log WHERE table_name = 'actuals' "
        "AND row_id IN (SELECT id FROM actuals WHERE indicator_id = ?) "
        "UNION SELECT * FROM audit_log WHERE id > ? AND table_name = 'actuals' "
        "AND coalesce(json_extract(after, '$.indicator_id'), json_extract(before, '$.indicator_id')) = ? "
        "ORDER BY id DESC LIMIT ?",
        [indicator_id, last - RECENT_AUDIT, indicator_id, int(limit)],
    )
    for row in rows:
        row["before"] = json.loads(row["before"]) if row["before"] else None
        row["after"] = json.loads(row["after"]) if row["after"] else None
    return rows
