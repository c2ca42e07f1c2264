"""One goal, several sources: the key two statements of the same goal share (`goal_key`), and what
makes two statements look like one goal worded differently (`likeness`: offered to the analyst)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

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


NEAR_YEARS = 1  # target years this far apart may be one goal restated…
YEARLY_KINDS = ("growth", "increment")  # …but not a year's growth or addition: each year has its own
NEAR_SHARE = 0.1  # values within 10 % of each other (±0.5 percentage point for goals in %)
NEAR_POINTS = 0.5
_COMPARATOR_WORDS = {"min": "不低于", "max": "不超过", "approx": "左右", "reach": "达到", "range": "区间"}


def _near_value(a: float, b: float, unit: str) -> bool:
    if unit == "%":
        return abs(a - b) <= NEAR_POINTS + 1e-9
    return abs(a - b) <= NEAR_SHARE * max(abs(a), abs(b)) + 1e-9


def likeness(new: Mapping[str, Any], old: Mapping[str, Any]) -> str | None:
    """Why two goals (target rows or fields: entity, area, metric, kind, comparator, value, unit,
    target_year) look like one goal stated twice, or None when they do not.

    Alike: the same body, area and metric (compared normalised), the same kind and base unit, target
    years at most NEAR_YEARS apart (the same year for a year's growth or addition) and values near
    each other — say R&D ≥ 5 % by 2025 in one document and R&D 5 % 左右 by 2025 in another. The
    reason names what agrees and what differs.
    """
    same_series = (new["entity"], new.get("area") or "") == (old["entity"], old.get("area") or "")
    metric = normalise_metric(new["metric"])
    if not same_series or metric != normalise_metric(old["metric"]) or new["kind"] != old["kind"]:
        return None
    unit, value = base_quantity(new["value"], new.get("unit") or "")
    old_unit, old_value = base_quantity(old["value"], old.get("unit") or "")
    years = (new.get("target_year"), old.get("target_year"))
    if unit != old_unit or not _near_value(value, old_value, unit):
        return None
    if None in years and years != (None, None):
        return None
    near = 0 if new["kind"] in YEARLY_KINDS else NEAR_YEARS
    if years[0] is not None and years[1] is not None and abs(years[0] - years[1]) > near:
        return None
    parts = [f"同一主体和指标({new['entity']} {metric})"]
    parts.append(f"目标年{'相同' if years[0] == years[1] else '相近'}({years[1]} / {years[0]})")
    same_value = _rounded(value) == _rounded(old_value)
    stated = f"{old['value']:g}{old.get('unit') or ''} / {new['value']:g}{new.get('unit') or ''}"
    parts.append(f"目标值{'相同' if same_value else '相近'}({stated})")
    if new["comparator"] != old["comparator"]:
        words = (_COMPARATOR_WORDS.get(old["comparator"]), _COMPARATOR_WORDS.get(new["comparator"]))
        parts.append(f"表述不同({words[0]} / {words[1]})")
    return "，".join(parts)
