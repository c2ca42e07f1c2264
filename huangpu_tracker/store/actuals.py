"""Actual figures per indicator and year: one accepted value, the others kept beside it.

Statuses: `accepted` (the value used; at most one per indicator and year), `alternative`
(a value once accepted or entered, now replaced), `suggested` (read from a document, waiting
for the analyst), `dismissed` (a suggestion the analyst turned down). An indicator-year whose
accepted and suggested values disagree is a conflict (the analyst has to pick one); a suggestion
stating the same amount as the accepted value of its year (8650 亿元 beside 0.865 万亿元) agrees
with it and no longer waits for the analyst.
"""

from __future__ import annotations

from typing import Any

from huangpu_tracker.assessment.units import same_figure
from huangpu_tracker.store import validation as check
from huangpu_tracker.store.audit import Audited, now
from huangpu_tracker.store.errors import ValidationError
from huangpu_tracker.store.labels import with_labels

_ACTUAL_SELECT = """
SELECT a.*, d.name AS document_name FROM actuals a LEFT JOIN documents d ON d.id = a.document_id
"""


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return same_figure(a["value"], a["unit"], b["value"], b["unit"])


class ActualsRepo(Audited):
    def _add_actual(self, status: str, indicator_id: int, year: int, value: float, **fields: Any) -> int:
        self._get("indicators", indicator_id)
        check.choice(fields.get("source_kind"), check.SOURCE_KINDS, "source_kind")
        stamp = now()
        return self._insert(
            "actuals",
            {
                "indicator_id": indicator_id,
                "year": check.year(year),
                "value": check.number(value),
                "unit": check.text(fields.pop("unit", None), "unit"),
                "note": check.text(fields.pop("note", None), "note"),
                **fields,
                "status": status,
                "created_at": stamp,
                "updated_at": stamp,
            },
        )

    def _demote_accepted(self, indicator_id: int, year: int, keep_id: int | None = None) -> None:
        for row in self._rows(
            "SELECT id FROM actuals WHERE indicator_id = ? AND year = ? AND status = 'accepted' "
            "AND id IS NOT ?",
            [indicator_id, year, keep_id],
        ):
            self._update("actuals", row["id"], {"status": "alternative", "updated_at": now()})

    def set_actual(
        self,
        indicator_id: int,
        year: int,
        value: float,
        unit: str | None = None,
        source_kind: str = "manual",
        note: str | None = None,
        document_id: int | None = None,
        start: int | None = None,
        end: int | None = None,
        quote: str | None = None,
    ) -> int:
        """Record the accepted value of a year; a previously accepted one becomes 'alternative'."""
        with self.transaction():
            self._demote_accepted(indicator_id, check.year(year))
            return self._add_actual(
                "accepted", indicator_id, year, value, unit=unit, source_kind=source_kind, note=note,
                document_id=document_id, start=start, end=end, quote=quote,
            )  # fmt: skip

    def add_suggested_actual(
        self,
        indicator_id: int,
        year: int,
        value: float,
        unit: str | None = None,
        document_id: int | None = None,
        start: int | None = None,
        end: int | None = None,
        quote: str | None = None,
        note: str | None = None,
        source_kind: str = "document",
        reported_kind: str | None = None,
    ) -> int:
        """Keep a reported figure for the analyst to accept; the same span twice is stored once.
        `reported_kind` says what it is a figure of (`extraction.reported_kind.REPORTED_KINDS`)."""
        with self.transaction():
            if document_id is not None:
                existing = self._scalar(
                    "SELECT id FROM actuals WHERE indicator_id = ? AND year = ? AND document_id = ? "
                    "AND start IS ?",
                    [indicator_id, year, document_id, start],
                )
                if existing is not None:
                    return existing
            return self._add_actual(
                "suggested", indicator_id, year, value, unit=unit, source_kind=source_kind, note=note,
                document_id=document_id, start=start, end=end, quote=quote,
                reported_kind=None
                if reported_kind is None
                else check.choice(reported_kind, check.REPORTED_KINDS, "reported_kind"),
            )  # fmt: skip

    def accept_actual(self, actual_id: int) -> dict[str, Any]:
        """Make this value the accepted one of its year (the previous one becomes 'alternative')."""
        with self.transaction():
            row = self._get("actuals", actual_id)
            self._demote_accepted(row["indicator_id"], row["year"], keep_id=actual_id)
            return self._update("actuals", actual_id, {"status": "accepted", "updated_at": now()})

    def dismiss_actual(self, actual_id: int) -> dict[str, Any]:
        """Turn a value down (it stays visible as 'dismissed' and no longer counts as a conflict)."""
        with self.transaction():
            self._get("actuals", actual_id)
            return self._update("actuals", actual_id, {"status": "dismissed", "updated_at": now()})

    def update_actual(self, actual_id: int, **fields: Any) -> dict[str, Any]:
        """Change year, value, unit or note of an actual; returns the row."""
        unknown = set(fields) - {"year", "value", "unit", "note"}
        if unknown:
            raise ValidationError(f"cannot change actual field(s): {', '.join(sorted(unknown))}")
        changes = dict(fields)
        if "year" in changes:
            changes["year"] = check.year(changes["year"])
        if "value" in changes:
            changes["value"] = check.number(changes["value"])
        for name in ("unit", "note"):
            if name in changes:
                changes[name] = check.text(changes[name], name)
        with self.transaction():
            row = self._get("actuals", actual_id)
            if all(row[k] == v for k, v in changes.items()):
                return row
            if row["status"] == "accepted" and changes.get("year", row["year"]) != row["year"]:
                self._demote_accepted(row["indicator_id"], changes["year"])
            return self._update("actuals", actual_id, {**changes, "updated_at": now()})

    def delete_actual(self, actual_id: int) -> None:
        """Delete an actual for good (the audit log keeps it)."""
        self._delete("actuals", actual_id)

    def actual(self, actual_id: int) -> dict[str, Any]:
        """One actual with `document_name` and `document_label`; NotFoundError if absent."""
        self._get("actuals", actual_id)
        return with_labels(self, self._rows(_ACTUAL_SELECT + " WHERE a.id = ?", [actual_id]))[0]

    def actuals(
        self, indicator_id: int | None = None, include_suggested: bool = True
    ) -> list[dict[str, Any]]:
        """Actuals by indicator and year (accepted first), each with `document_name`, `document_label`
        (see documents.label), `conflict` and
        `agrees` (a suggestion stating the accepted value of its year: nothing left to decide).

        Without `include_suggested` only accepted and alternative values are returned.
        """
        where, params = [], []
        if indicator_id is not None:
            where.append("a.indicator_id = ?")
            params.append(indicator_id)
        if not include_suggested:
            where.append("a.status IN ('accepted', 'alternative')")
        sql = _ACTUAL_SELECT + (" WHERE " + " AND ".join(where) if where else "")
        order = " ORDER BY a.indicator_id, a.year, a.status != 'accepted', a.id"
        rows = with_labels(self, self._rows(sql + order, params))
        conflicting = {(c["indicator_id"], c["year"]) for c in self.conflicts(indicator_id)}
        accepted = {(r["indicator_id"], r["year"]): r for r in rows if r["status"] == "accepted"}
        for row in rows:
            key = (row["indicator_id"], row["year"])
            row["conflict"] = row["status"] in ("accepted", "suggested") and key in conflicting
            row["agrees"] = row["status"] == "suggested" and key in accepted and _same(row, accepted[key])
        return rows

    def accepted_series(self, indicator_id: int) -> list[tuple[int, float]]:
        """The accepted (year, value) pairs of an indicator, by year: the series to assess and chart."""
        return [
            (r["year"], r["value"])
            for r in self._rows(
                "SELECT year, value FROM actuals WHERE indicator_id = ? AND status = 'accepted' "
                "ORDER BY year",
                [indicator_id],
            )
        ]

    def conflicts(self, indicator_id: int | None = None) -> list[dict[str, Any]]:
        """Indicator-years whose accepted/suggested values disagree.

        Each: indicator_id, year, actual_ids, values (list of (value, unit)).
        """
        sql = (
            "SELECT id, indicator_id, year, value, unit FROM actuals "
            "WHERE status IN ('accepted', 'suggested')"
        )
        params: list[Any] = []
        if indicator_id is not None:
            sql += " AND indicator_id = ?"
            params.append(indicator_id)
        groups: dict[tuple[int, int], list[dict[str, Any]]] = {}
        for row in self._rows(sql + " ORDER BY indicator_id, year, id", params):
            groups.setdefault((row["indicator_id"], row["year"]), []).append(row)
        return [
            {
                "indicator_id": key[0],
                "year": key[1],
                "actual_ids": [r["id"] for r in rows],
                "values": [(r["value"], r["unit"]) for r in rows],
            }
            for key, rows in groups.items()
            if any(not _same(rows[0], r) for r in rows[1:])
        ]
