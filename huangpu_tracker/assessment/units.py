"""Converting a figure between magnitudes of the same unit: 亿元 ↔ 万亿元 ↔ 万元, 万平方米 ↔ 平方米.

A unit is a base (元, 平方米, 家, 美元 …) times a Chinese magnitude prefix (万, 亿, 万亿). Area and
length have their own named units (亩, 公顷, 平方公里, 公里). Two units convert when they share the
base; "%" converts only to "%", and "个百分点" only to "个百分点".
"""

from __future__ import annotations

from huangpu_tracker.errors import TrackerError

# Prefixes tried longest first, so "万亿元" is 元 × 10¹² rather than 亿元 × 10⁴.
_PREFIXES: tuple[tuple[str, float], ...] = (("万亿", 1e12), ("亿", 1e8), ("万", 1e4))

# Named units: (base, factor). Units not listed are their own base.
_NAMED: dict[str, tuple[str, float]] = {
    "平方公里": ("平方米", 1e6),
    "公顷": ("平方米", 1e4),
    "亩": ("平方米", 10000 / 15),
    "公里": ("米", 1e3),
    "千米": ("米", 1e3),
    "名": ("人", 1.0),
    "百分点": ("个百分点", 1.0),
}


class UnitError(TrackerError):
    """Two units that do not convert into one another (亿元 vs 家, % vs 亿元)."""


def _base_and_factor(unit: str) -> tuple[str, float]:
    unit = unit.strip()
    if unit in _NAMED:
        return _NAMED[unit]
    for prefix, factor in _PREFIXES:
        rest = unit[len(prefix) :]
        if unit.startswith(prefix) and rest:
            base, inner = _base_and_factor(rest)
            return base, factor * inner
    return unit, 1.0


def conversion_factor(from_unit: str, to_unit: str) -> float:
    """The factor that turns a figure in `from_unit` into `to_unit`; raises UnitError if none."""
    if from_unit.strip() == to_unit.strip():
        return 1.0
    from_base, from_factor = _base_and_factor(from_unit)
    to_base, to_factor = _base_and_factor(to_unit)
    if not from_base or from_base != to_base or from_base in ("%", "‰"):
        raise UnitError(f"单位不能换算:{from_unit or '(空)'} → {to_unit or '(空)'}")
    return from_factor / to_factor


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """`value` expressed in `from_unit`, converted to `to_unit` (e.g. 12000 亿元 → 1.2 万亿元)."""
    return value * conversion_factor(from_unit, to_unit)


def converts(from_unit: str, to_unit: str) -> bool:
    """Whether a figure in `from_unit` can be stated in `to_unit`."""
    try:
        conversion_factor(from_unit, to_unit)
    except UnitError:
        return False
    return True
