"""The fields of a goal read from a span of text the analyst selected ("添加为目标"): its first
figure's value and unit (a range's upper bound, a bound written after it) and the year it is set for."""

from __future__ import annotations

import re
from typing import Any

from huangpu_tracker.extraction.numbers import find_figures
from huangpu_tracker.store.validation import MAX_YEAR, MIN_YEAR

_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
_SUFFIX_COMPARATORS = {"以上": "min", "左右": "approx", "以下": "max", "以内": "max"}


def _years(text: str) -> list[int]:
    return [int(y) for y in _YEAR.findall(text) if MIN_YEAR <= int(y) <= MAX_YEAR]


def goal_fields(selection: str, sentence: str = "") -> dict[str, Any]:
    """Prefilled fields for the add-target form: value, value_hi, unit, comparator (when the text
    says), target_year (the latest year named in the selection, else in its sentence)."""
    fields: dict[str, Any] = {}
    figures = [f for f in find_figures(selection) if not (f.unit == "年" and MIN_YEAR <= f.value <= MAX_YEAR)]
    if figures:
        figure = figures[0]
        fields.update(value=figure.value, unit=figure.unit or None)
        if figure.value_hi is not None:
            fields.update(value_hi=figure.value_hi, comparator="range")
        elif figure.suffix in _SUFFIX_COMPARATORS:
            fields["comparator"] = _SUFFIX_COMPARATORS[figure.suffix]
    years = _years(selection) or _years(sentence)
    if years:
        fields["target_year"] = max(years)
    return fields


_SENTENCE_END = "。！？；\n"


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence (up to 。！？； or a line end) holding text[start:end]."""
    first = max((text.rfind(mark, 0, start) for mark in _SENTENCE_END), default=-1) + 1
    ends = [i for i in (text.find(mark, max(end - 1, start)) for mark in _SENTENCE_END) if i >= 0]
    return first, min(ends) + 1 if ends else len(text)
