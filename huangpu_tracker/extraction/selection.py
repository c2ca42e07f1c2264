"""A goal the extractor missed, made from text the analyst selects ("add as goal"): the fields to
prefill, read from the sentence around the selection by the same rules as an import."""

from __future__ import annotations

import re
from dataclasses import asdict
from typing import Any

from huangpu_tracker.extraction.numbers import figures_in
from huangpu_tracker.extraction.pipeline import extract_text

_SENTENCE_END = re.compile(r"[。！？!?\n]")
_SPAN = ("quote", "start", "end", "sentence")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence(s) holding text[start:end]: from after the previous sentence end (or
    line break) to the next one, included."""
    before = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after = _SENTENCE_END.search(text, max(end, start + 1) - 1 if end > start else start)
    return before, (after.end() if after else len(text))


def _overlaps(a: int, b: int, start: int, end: int) -> bool:
    return a < max(end, start + 1) and start < b


def goal_from_selection(
    text: str, start: int, end: int, doc_year: int | None, issuer: str | None = None
) -> dict[str, Any] | None:
    """Fields for a new goal from the selection text[start:end] of a document written in `doc_year`
    by `issuer`: entity, area, metric, kind, comparator, value, value_hi, unit, target_year,
    period_start, and the span (quote, start, end, sentence, offsets into `text`).

    A goal or possible target the rules read there gives every field; a reported figure gives its
    value, unit and metric (its year as the target year); otherwise the first number in the
    selection, the rest left for the analyst. None when the selection holds no number.
    """
    first, last = sentence_around(text, start, end)
    sentence = text[first:last]
    found = extract_text(sentence, doc_year, issuer)
    for target in (*found.targets, *found.possible):
        if _overlaps(target.start + first, target.end + first, start, end):
            fields = asdict(target)
            fields.pop("confidence", None)
            return fields | {"start": target.start + first, "end": target.end + first}
    for figure in found.actuals:
        if _overlaps(figure.start + first, figure.end + first, start, end):
            return {
                "entity": figure.entity, "area": figure.area, "metric": figure.metric, "kind": "level",
                "comparator": "reach", "value": figure.value, "value_hi": None, "unit": figure.unit,
                "target_year": figure.year, "period_start": None, "quote": figure.quote,
                "start": figure.start + first, "end": figure.end + first, "sentence": sentence.strip(),
            }  # fmt: skip
    numbers = figures_in(text[start:end])
    if not numbers:
        return None
    number = numbers[0]
    return {
        "entity": issuer or "", "area": None, "metric": "", "kind": "level", "comparator": "reach",
        "value": number.value, "value_hi": number.value_hi, "unit": number.unit, "target_year": None,
        "period_start": None, "quote": text[start + number.start : start + number.end],
        "start": start + number.start, "end": start + number.end, "sentence": sentence.strip(),
    }  # fmt: skip
