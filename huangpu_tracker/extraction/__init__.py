"""Target extraction (Qt-free): figures in Chinese plan texts -> targets and reported figures.

`extract_document(document)` reads every article of a Document; `extract_text(text, year)` a bare
text. `goal_key(target)` and `normalise_metric(metric)` let the store merge one goal stated in
several documents. The model (`Target`, `KINDS`, `COMPARATORS`) is light; the extractor itself
(pipeline and metrics, about 0.4 s) loads when first used, so the store reads the model's words
without it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from huangpu_tracker.extraction.model import Extraction, ReportedFigure, Target

if TYPE_CHECKING:
    from huangpu_tracker.extraction.dedupe import goal_key
    from huangpu_tracker.extraction.metrics import normalise_metric
    from huangpu_tracker.extraction.pipeline import extract_document, extract_text

__all__ = [
    "Extraction",
    "ReportedFigure",
    "Target",
    "extract_document",
    "extract_text",
    "goal_key",
    "normalise_metric",
]

_LAZY = {
    "extract_document": "pipeline",
    "extract_text": "pipeline",
    "goal_key": "dedupe",
    "normalise_metric": "metrics",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
