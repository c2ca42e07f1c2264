"""Targets (goals), their sources (the sentences stating them), review states and merging."""

from __future__ import annotations

from typing import Any

from huangpu_tracker.extraction.model import Comparator, Kind
from huangpu_tracker.store import validation as check
from huangpu_tracker.store.audit import now
from huangpu_tracker.store.errors import ValidationError
from huangpu_tracker.store.indicators import IndicatorsRepo
from huangpu_tracker.store.labels import with_labels

_TARGET_SELECT = """
SELECT t.*, i.entity, i.area, i.metric, d.name AS document_name,
  (SELECT count(*) FROM target_sources s WHERE s.target_id = t.id) AS n_sources
FROM targets t
JOIN indicators i ON i.id = t.indicator_id
LEFT JOIN documents d ON d.id = t.document_id
"""
# Changing one of these on an extracted or confirmed target makes it 'edited'.
_VALUE_FIELDS = (
    "indicator_id", "kind", "comparator", "value", "value_hi", "unit",
    "target_year", "period_start", "baseline_value", "baseline_year",
)  # fmt: skip
_EDITABLE = (*_VALUE_FIELDS, "note", "review_state", "confidence")


def _checked(fields: dict[str, Any]) -> dict[str, Any]:
    """Validate the target fields present in `fields`."""
    out = dict(fields)
    for name in ("value", "value_hi", "baseline_value", "confidence"):
        if name in out:
            out[name] = check.number(out[name], name, required=name == "value")
    for name in ("target_year", "period_start", "baseline_year"):
        if name in out:
            out[name] = check.year(out[name], name, required=False)
    if "kind" in out:
        check.choice(out["kind"], check.KINDS, "kind")
    if "comparator" in out:
        check.choice(out["comparator"], check.COMPARATORS, "comparator")
    if "review_state" in out:
        check.choice(out["review_state"], check.REVIEW_STATES, "review_state")
    for name in ("unit", "note"):
        if name in out:
            out[name] = check.text(out[name], name)
    return out


class TargetsRepo(IndicatorsRepo):
    def add_target(
        self,
        indicator_id: int,
        kind: Kind,
        comparator: Comparator,
        value: float,
        unit: str | None = None,
        *,
        value_hi: float | None = None,
        target_year: int | None = None,
        period_start: int | None = None,
        baseline_value: float | None = None,
        baseline_year: int | None = None,
        quote: str | None = None,
        start: int | None = None,
        end: int | None = None,
        sentence: str | None = None,
        document_id: int | None = None,
        article_id: int | None = None,
        confidence: float | None = None,
        review_state: str = "extracted",
        note: str | None = None,
        goal_key: str | None = None,
    ) -> int:
        """Add a target; when it comes from a document its span is also its first source."""
        values = _checked(
            {
                "indicator_id": self._get("indicators", indicator_id)["id"],
                "kind": kind,
                "comparator": comparator,
                "value": value,
                "value_hi": value_hi,
                "unit": unit,
                "target_year": target_year,
                "period_start": period_start,
                "baseline_value": baseline_value,
                "baseline_year": baseline_year,
                "confidence": confidence,
                "review_state": review_state,
                "note": note,
            }
        )
        self._check_range(values)
        span = {"quote": quote, "start": start, "end": end, "sentence": sentence}
        stamp = now()
        with self.transaction():
            target_id = self._insert(
                "targets",
                {
                    **values,
                    **span,
                    "document_id": document_id,
                    "article_id": article_id,
                    "goal_key": goal_key,
                    "created_at": stamp,
                    "updated_at": stamp,
                },
            )
            if document_id is not None:
                self.add_target_source(
                    target_id, document_id, article_id, quote=quote, start=start, end=end, sentence=sentence
                )
        return target_id

    def add_target_source(
        self,
        target_id: int,
        document_id: int,
        article_id: int | None = None,
        quote: str | None = None,
        start: int | None = None,
        end: int | None = None,
        sentence: str | None = None,
    ) -> int:
        """Record that a document states the target too; returns the source id (existing if already known)."""
        with self.transaction():
            self._get("targets", target_id)
            existing = self._scalar(
                "SELECT id FROM target_sources WHERE target_id = ? AND document_id = ? AND start IS ?",
                [target_id, document_id, start],
            )
            if existing is not None:
                return existing
            return self._insert(
                "target_sources",
                {
                    "target_id": target_id,
                    "document_id": document_id,
                    "article_id": article_id,
                    "quote": quote,
                    "start": start,
                    "end": end,
                    "sentence": sentence,
                },
            )

    def find_target(self, goal_key: str) -> int | None:
        """The oldest target imported with this goal key (see extraction.goal_key), or None."""
        return self._scalar("SELECT id FROM targets WHERE goal_key = ? ORDER BY id LIMIT 1", [goal_key])

    def targets(
        self,
        entity: str | None = None,
        year: int | None = None,
        review_states: list[str] | tuple[str, ...] | None = None,
        indicator_id: int | None = None,
    ) -> list[dict[str, Any]]:
        """Targets with their indicator's entity/area/metric, `document_name`, `document_label` (see
        documents.label) and `n_sources`."""
        where, params = [], []
        filters = (("i.entity", entity), ("t.target_year", year), ("t.indicator_id", indicator_id))
        for column, wanted in filters:
            if wanted is not None:
                where.append(f"{column} = ?")
                params.append(wanted)
        if review_states is not None:
            where.append(f"t.review_state IN ({', '.join('?' * len(review_states))})")
            params.extend(review_states)
        sql = _TARGET_SELECT + (" WHERE " + " AND ".join(where) if where else "")
        return with_labels(
            self, self._rows(sql + " ORDER BY i.entity, i.area, i.metric, t.target_year, t.id", params)
        )

    def target(self, target_id: int) -> dict[str, Any]:
        """One target, joined like `targets()`; NotFoundError if absent."""
        self._get("targets", target_id)
        return with_labels(self, self._rows(_TARGET_SELECT + " WHERE t.id = ?", [target_id]))[0]

    def target_sources(self, target_id: int) -> list[dict[str, Any]]:
        """Every sentence stating the target, with `document_name` and `document_label`, oldest first."""
        return with_labels(
            self,
            self._rows(
                "SELECT s.*, d.name AS document_name FROM target_sources s "
                "LEFT JOIN documents d ON d.id = s.document_id WHERE s.target_id = ? ORDER BY s.id",
                [target_id],
            ),
        )

    def update_target(self, target_id: int, **fields: Any) -> dict[str, Any]:
        """Change fields of a target and return it (as `target()`).

        Accepts the value fields, note, review_state, confidence, and entity/area/metric (which
        move the target to that series, created if needed). Changing a value of an extracted or
        confirmed target makes it 'edited' unless `review_state` is given.
        """
        series = {k: fields.pop(k) for k in ("entity", "area", "metric") if k in fields}
        unknown = set(fields) - set(_EDITABLE)
        if unknown:
            raise ValidationError(f"cannot change target field(s): {', '.join(sorted(unknown))}")
        changes = _checked(fields)
        with self.transaction():
            current = self.target(target_id)
            if series:
                merged = {k: current[k] for k in ("entity", "area", "metric")} | series
                changes["indicator_id"] = self.get_or_create_indicator(**merged)
            changed = {k: v for k, v in changes.items() if current[k] != v}
            if not changed:
                return current
            if "value_hi" in changed or "comparator" in changed or "value" in changed:
                self._check_range({**current, **changes})
            edits_value = any(k in _VALUE_FIELDS for k in changed)
            was_unedited = current["review_state"] in ("extracted", "confirmed")
            if edits_value and "review_state" not in changes and was_unedited:
                changed["review_state"] = "edited"
            self._update("targets", target_id, {**changed, "updated_at": now()})
            return self.target(target_id)

    @staticmethod
    def _check_range(row: dict[str, Any]) -> None:
        if row["value_hi"] is not None and row["value_hi"] < row["value"]:
            raise ValidationError("value_hi must not be below value / 区间上限小于下限")

    def set_review_state(self, target_id: int, state: str) -> dict[str, Any]:
        """Mark a target extracted/confirmed/edited/rejected; returns it."""
        return self.update_target(target_id, review_state=state)

    def delete_target(self, target_id: int) -> None:
        """Delete a target and its sources."""
        with self.transaction():
            self._get("targets", target_id)
            for source in self.target_sources(target_id):
                self._delete("target_sources", source["id"])
            self._delete("targets", target_id)

    def merge_targets(self, keep_id: int, drop_id: int) -> dict[str, Any]:
        """Fold `drop_id` into `keep_id` (the same goal): its sources move over, then it is deleted."""
        if keep_id == drop_id:
            raise ValidationError("cannot merge a target with itself / 不能与自身合并")
        with self.transaction():
            self._get("targets", keep_id)
            for source in self.target_sources(drop_id):
                duplicate = self._scalar(
                    "SELECT id FROM target_sources WHERE target_id = ? AND document_id IS ? AND start IS ?",
                    [keep_id, source["document_id"], source["start"]],
                )
                if duplicate is None:
                    self._update("target_sources", source["id"], {"target_id": keep_id})
                else:
                    self._delete("target_sources", source["id"])
            self._delete("targets", drop_id)
            return self.target(keep_id)
