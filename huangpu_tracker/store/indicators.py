"""Indicators: one series per (entity, area, metric), matched on a normalised key."""

from __future__ import annotations

import unicodedata
from typing import Any

from huangpu_tracker.store import validation as check
from huangpu_tracker.store.audit import Audited
from huangpu_tracker.store.errors import ValidationError


def indicator_key(entity: str, area: str | None, metric: str) -> str:
    """The identity of a series: NFKC-normalised, case-folded, whitespace removed."""

    def norm(part: str | None) -> str:
        return "".join(unicodedata.normalize("NFKC", part or "").casefold().split())

    return "|".join((norm(entity), norm(area), norm(metric)))


_INDICATOR_SELECT = """
SELECT i.*,
  (SELECT count(*) FROM targets t WHERE t.indicator_id = i.id AND t.review_state != 'rejected') AS n_targets,
  (SELECT count(*) FROM actuals a WHERE a.indicator_id = i.id AND a.status = 'accepted') AS n_actuals
FROM indicators i
"""


class IndicatorsRepo(Audited):
    def find_indicator(self, entity: str, area: str | None, metric: str) -> int | None:
        """The id of the series (entity, area, metric), or None."""
        return self._scalar("SELECT id FROM indicators WHERE key = ?", [indicator_key(entity, area, metric)])

    def get_or_create_indicator(
        self, entity: str, area: str | None, metric: str, unit: str | None = None
    ) -> int:
        """The id of the series, created if new; a missing unit is filled in from `unit`."""
        entity = check.text(entity, "entity", required=True)
        metric = check.text(metric, "metric", required=True)
        area = check.text(area, "area")
        unit = check.text(unit, "unit")
        with self.transaction():
            existing = self.find_indicator(entity, area, metric)
            if existing is not None:
                if unit and not self._get("indicators", existing)["unit"]:
                    self._update("indicators", existing, {"unit": unit})
                return existing
            return self._insert(
                "indicators",
                {
                    "entity": entity,
                    "area": area,
                    "metric": metric,
                    "unit": unit,
                    "key": indicator_key(entity, area, metric),
                },
            )

    def indicators(self) -> list[dict[str, Any]]:
        """Every series with `n_targets` (not rejected) and `n_actuals` (accepted), by name."""
        return self._rows(_INDICATOR_SELECT + " ORDER BY i.entity, i.area, i.metric")

    def indicator(self, indicator_id: int) -> dict[str, Any]:
        """One series (with counts); NotFoundError if absent."""
        self._get("indicators", indicator_id)
        return self._rows(_INDICATOR_SELECT + " WHERE i.id = ?", [indicator_id])[0]

    def update_indicator(self, indicator_id: int, **fields: Any) -> dict[str, Any]:
        """Rename a series or change its unit (fields: entity, area, metric, unit)."""
        unknown = set(fields) - {"entity", "area", "metric", "unit"}
        if unknown:
            raise ValidationError(f"cannot change indicator field(s): {', '.join(sorted(unknown))}")
        with self.transaction():
            row = {**self._get("indicators", indicator_id), **fields}
            entity = check.text(row["entity"], "entity", required=True)
            metric = check.text(row["metric"], "metric", required=True)
            area = check.text(row["area"], "area")
            key = indicator_key(entity, area, metric)
            clash = self._scalar("SELECT id FROM indicators WHERE key = ? AND id != ?", [key, indicator_id])
            if clash is not None:
                name = " ".join(p for p in (entity, area, metric) if p)
                raise ValidationError(f"the indicator {name} already exists / 指标已存在")
            unit = check.text(row["unit"], "unit")
            changes = {"entity": entity, "area": area, "metric": metric, "unit": unit, "key": key}
            return self._update("indicators", indicator_id, changes)
