"""Unit words as the vocabulary defines them: which units count things, and the magnitudes written
before a unit (万, 亿, 万亿, 千万 …) with what each is worth.

A magnitude is worth the product of its numeral units (千亿 = 10³ × 10⁸), so the vocabulary lists
only which part of it a unit keeps. Only the magnitudes a unit keeps (万, 亿, 万亿: 三千亿元 is 3000 亿元) are
split off a unit; 千米, 千瓦 and 百分点 are units of their own, and so is a 千亿元 typed by hand.
"""

from __future__ import annotations

from huangpu_tracker.chinese.numerals import unit_value
from huangpu_tracker.extraction import vocabulary

COUNT_UNITS = frozenset(vocabulary.words("numbers.count_units"))
# magnitude written -> (magnitude kept in the unit, factor folded into the value); longest first
MAGNITUDES: dict[str, tuple[str, int]] = {
    written: (kept, unit_value(written) // unit_value(kept))
    for written, kept in vocabulary.entry("numbers.magnitudes")
}
# the magnitudes a unit keeps (万亿, 亿, 万), as units are stored
KEPT_MAGNITUDES = tuple(dict.fromkeys(kept for kept, _ in MAGNITUDES.values() if kept))
_UNIT_PREFIXES = tuple(sorted(KEPT_MAGNITUDES, key=len, reverse=True))


def magnitude_value(magnitude: str) -> int:
    """万 -> 10⁴, 万亿 -> 10¹², "" -> 1."""
    return unit_value(magnitude)


def split_magnitude(unit: str) -> tuple[str, str]:
    """(magnitude, unit after it): 万亿元 -> ("万亿", "元"), 万人 -> ("万", "人"), 家 -> ("", "家"),
    千米 -> ("", "千米"); a magnitude alone (万) is no unit after a magnitude."""
    for prefix in _UNIT_PREFIXES:
        if unit.startswith(prefix) and len(unit) > len(prefix):
            return prefix, unit[len(prefix) :]
    return "", unit


def is_count(unit: str | None) -> bool:
    """Whether `unit` counts things (家, 万人, 个 …)."""
    return bool(unit) and split_magnitude((unit or "").strip())[1] in COUNT_UNITS
