"""Converting a figure between magnitudes of the same unit: 亿元 ↔ 万亿元 ↔ 万元, 万平方米 ↔ 平方米.

A unit is a base (元, 平方米, 家, 美元 …) times a Chinese magnitude prefix (万, 亿, 万亿, 千万 …, as
extraction/units.py defines them). Area and
length have their own named units (亩, 公顷, 平方公里, 公里). Two units convert when they share the
base; "%" converts only to "%", and "个百分点" only to "个百分点".
"""

from __future__ import annotations

import math
from fractions import Fraction

from huangpu_tracker.errors import TrackerError
from huangpu_tracker.extraction.units import magnitude_value, split_magnitude

# Named units: (base, factor). Units not listed are their own base.
_NAMED: dict[str, tuple[str, Fraction]] = {
    "平方公里": ("平方米", Fraction(10**6)),
    "公顷": ("平方米", Fraction(10**4)),
    "亩": ("平方米", Fraction(10000, 15)),
    "公里": ("米", Fraction(1000)),
    "千米": ("米", Fraction(1000)),
    "名": ("人", Fraction(1)),
    "百分点": ("个百分点", Fraction(1)),
}


class UnitError(TrackerError):
    """Two units that do not convert into one another (亿元 vs 家, % vs 亿元)."""


def _base_and_factor(unit: str) -> tuple[str, Fraction]:
    unit = unit.strip()
    if unit in _NAMED:
        return _NAMED[unit]
    # the magnitude is split off longest first, so "万亿元" is 元 × 10¹² rather than 亿元 × 10⁴; factors
    # are exact fractions: 8650 亿元 is 0.865 万亿元 exactly, and converts back to 8650
    magnitude, rest = split_magnitude(unit)
    if magnitude:
        base, inner = _base_and_factor(rest)
        return base, magnitude_value(magnitude) * inner
    return unit, Fraction(1)


def conversion_factor(from_unit: str, to_unit: str) -> Fraction:
    """The exact factor that turns a figure in `from_unit` into `to_unit`; raises UnitError if none."""
    if from_unit.strip() == to_unit.strip():
        return Fraction(1)
    from_base, from_factor = _base_and_factor(from_unit)
    to_base, to_factor = _base_and_factor(to_unit)
    if not from_base or from_base != to_base or from_base in ("%", "‰"):
        raise UnitError(f"单位不能换算:{from_unit or '(空)'} → {to_unit or '(空)'}")
    return from_factor / to_factor


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """`value` expressed in `from_unit`, converted to `to_unit` (e.g. 12000 亿元 → 1.2 万亿元).

    The figure as written (its shortest decimal) is multiplied exactly, so nothing is rounded away
    and a conversion there and back gives the figure again."""
    factor = conversion_factor(from_unit, to_unit)
    if factor == 1:
        return float(value)
    return float(Fraction(repr(float(value))) * factor)


def converts(from_unit: str, to_unit: str) -> bool:
    """Whether a figure in `from_unit` can be stated in `to_unit`."""
    try:
        conversion_factor(from_unit, to_unit)
    except UnitError:
        return False
    return True


def same_figure(value: float, unit: str | None, other: float, other_unit: str | None) -> bool:
    """Whether two figures state the same amount: 8650 亿元 and 0.865 万亿元, 106 名 and 106 人.
    A figure without a unit is in the other's unit."""
    unit, other_unit = (unit or other_unit or "").strip(), (other_unit or unit or "").strip()
    if not converts(unit, other_unit):
        return False
    return math.isclose(convert(value, unit, other_unit), other, rel_tol=1e-9, abs_tol=1e-12)
