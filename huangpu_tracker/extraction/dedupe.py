"""One goal, several sources: the key two statements of the same goal share."""

from __future__ import annotations

import re

from huangpu_tracker.extraction.metrics import normalise_metric
from huangpu_tracker.extraction.model import Target
from huangpu_tracker.extraction.units import magnitude_value, split_magnitude


def base_quantity(value: float, unit: str) -> tuple[str, float]:
    """(unit without magnitude, value in it): 1 万亿元 -> ("元", 1e12); 100 家 -> ("家", 100)."""
    magnitude, base = split_magnitude(re.sub(r"\s", "", unit))
    return base, value * magnitude_value(magnitude) if magnitude else value


def _rounded(value: float | None) -> float | None:
    return None if value is None else float(f"{value:.6g}")


def goal_key(target: Target) -> tuple:
    """(entity, area, metric, kind, comparator, base unit, value, upper value, target year).

    Two statements of one goal share it (研发经费投入强度超过5% by 2025 in two documents); the same
    indicator with another year or value is another goal. Values are compared in base units, so
    1万亿元 and 10000亿元 are equal.
    """
    unit, value = base_quantity(target.value, target.unit)
    high = None if target.value_hi is None else base_quantity(target.value_hi, target.unit)[1]
    return (
        target.entity,
        target.area or "",
        normalise_metric(target.metric),
        target.kind,
        target.comparator,
        unit,
        _rounded(value),
        _rounded(high),
        target.target_year,
    )
