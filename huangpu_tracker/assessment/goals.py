"""What meeting a goal means: comparator semantics, tolerance, the target band, the goal in words.

* min (超过, 以上, 不低于) and reach (达到) are met at or above the value;
* max (以下, 控制在, 不超过) at or below;
* approx (左右, 约) within a tolerance: ±0.5 percentage point when the unit is % (or 个百分点),
  ±5 % of the value otherwise;
* range within [value, value_hi] (a range without an upper bound behaves as min).
"""

from __future__ import annotations

from huangpu_tracker.assessment.messages import say

RATE_UNITS = ("%", "个百分点", "百分点")
MULTIPLE_UNIT = "倍"  # 翻一番 = 2 倍 of the baseline
APPROX_RELATIVE = 0.05
APPROX_POINTS = 0.5

_COMPARATOR_SIGNS = {"min": "≥", "max": "≤", "approx": "≈"}  # reach is a word: messages "sign.reach"
_PREFIXED_KINDS = ("cumulative", "increment", "growth", "avg_growth")


def approx_tolerance(value: float, unit: str) -> float:
    """Half-width of the band an approx (左右) goal accepts."""
    return APPROX_POINTS if unit.strip() in RATE_UNITS else abs(value) * APPROX_RELATIVE


def target_band(
    comparator: str, value: float, value_hi: float | None, unit: str
) -> tuple[float | None, float | None]:
    """The (lo, hi) values that meet the goal; None is unbounded."""
    if comparator == "max":
        return None, value
    if comparator == "approx":
        tolerance = approx_tolerance(value, unit)
        return value - tolerance, value + tolerance
    if comparator == "range" and value_hi is not None:
        return min(value, value_hi), max(value, value_hi)
    return value, None


def meets(observed: float, band: tuple[float | None, float | None]) -> bool:
    """Whether `observed` lies inside the band (with a rounding allowance)."""
    lo, hi = band
    if lo is not None and observed < lo - 1e-9 * max(1.0, abs(lo)):
        return False
    return hi is None or observed <= hi + 1e-9 * max(1.0, abs(hi))


def aimed_value(comparator: str, value: float, value_hi: float | None, start: float | None) -> float:
    """The value a required path heads for: the nearer bound of a range, the value otherwise."""
    if comparator != "range" or value_hi is None or start is None:
        return value
    lo, hi = min(value, value_hi), max(value, value_hi)
    return min(max(start, lo), hi)


SIGNIFICANT = 15  # digits a written figure keeps; longer decimals are arithmetic noise


def format_number(value: float) -> str:
    """A number as a reader writes it: 5, 4.38, 10000, 0.865 (no exponent, no trailing zeros).

    A figure keeps every digit it was written (or exactly converted) with; a computed value with
    float noise (0.30000000000000004) shows at most 6 decimals."""
    value = float(value)
    if value.is_integer():
        return str(int(value))
    written = f"{value:.{SIGNIFICANT}g}"
    if "e" not in written and len(written.lstrip("-").replace(".", "").lstrip("0")) < SIGNIFICANT:
        return written
    return f"{value:.6f}".rstrip("0").rstrip(".")


def describe_goal(
    kind: str, comparator: str, value: float, value_hi: float | None, unit: str, language: str = "zh"
) -> str:
    """The goal as a reader says it: '≥ 5 %', '年均 ≈ 8 %', '1–2 家', '累计 ≥ 1 万亿元', '新增 ≥ 100 家'
    (in English 'annual avg. ≈ 8 %', 'cumulative ≥ 1 万亿元': the unit as written)."""
    amount = format_number(value)
    if comparator == "range" and value_hi is not None:
        statement = f"{amount}–{format_number(value_hi)} {unit}".strip()
    else:
        sign = (
            say(language, "sign.reach") if comparator == "reach" else _COMPARATOR_SIGNS.get(comparator, "≥")
        )
        statement = f"{sign} {amount} {unit}".strip()
    return f"{say(language, 'kind.' + kind)} {statement}" if kind in _PREFIXED_KINDS else statement


def point_text(point: tuple[int, float], unit: str, language: str = "zh") -> str:
    """A figure of a year as a reader writes it: '2022年 4.8 %' ('2022: 4.8 %' in English)."""
    return say(language, "point", year=point[0], value=format_number(round(point[1], 4)), unit=unit).rstrip()
