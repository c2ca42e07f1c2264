"""Checks applied by every write method, so bad values never reach the database."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any, Literal, overload

from huangpu_tracker.extraction.model import COMPARATORS, KINDS, REPORTED_KINDS
from huangpu_tracker.store.errors import ValidationError

__all__ = ["COMPARATORS", "KINDS", "REPORTED_KINDS"]  # the extractor's words, checked on every write

MIN_YEAR = 1949
MAX_YEAR = 2100
REVIEW_STATES = ("extracted", "confirmed", "edited", "rejected")
SOURCE_KINDS = ("manual", "document", "import")
ACTUAL_STATUSES = ("accepted", "alternative", "suggested", "dismissed")


@overload
def year(value: Any, field: str = "year", required: Literal[True] = True) -> int: ...
@overload
def year(value: Any, field: str = "year", required: bool = True) -> int | None: ...
def year(value: Any, field: str = "year", required: bool = True) -> int | None:
    """A year between 1949 and 2100 (or None when not required)."""
    if value is None:
        if required:
            raise ValidationError(f"{field} is required / 缺少年份")
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or int(value) != value:
        raise ValidationError(f"{field} must be a whole year, got {value!r} / 年份无效")
    value = int(value)
    if not MIN_YEAR <= value <= MAX_YEAR:
        raise ValidationError(f"{field} {value} is outside {MIN_YEAR}–{MAX_YEAR} / 年份超出范围")
    return value


@overload
def number(value: Any, field: str = "value", required: Literal[True] = True) -> float: ...
@overload
def number(value: Any, field: str = "value", required: bool = True) -> float | None: ...
def number(value: Any, field: str = "value", required: bool = True) -> float | None:
    """A finite number (None allowed when not required)."""
    if value is None:
        if required:
            raise ValidationError(f"{field} is required / 缺少数值")
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(f"{field} must be a finite number, got {value!r} / 数值无效")
    return float(value)


def choice(value: Any, allowed: Iterable[str], field: str) -> str:
    """One of the allowed strings."""
    allowed = tuple(allowed)
    if value not in allowed:
        raise ValidationError(f"{field} must be one of {', '.join(allowed)}, got {value!r}")
    return value


@overload
def text(value: Any, field: str, required: Literal[True]) -> str: ...
@overload
def text(value: Any, field: str, required: bool = False) -> str | None: ...
def text(value: Any, field: str, required: bool = False) -> str | None:
    """A string stripped of surrounding space; empty counts as missing."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(f"{field} is required / 缺少{field}")
        return None
    if not isinstance(value, str):
        raise ValidationError(f"{field} must be text, got {value!r}")
    return value.strip()
