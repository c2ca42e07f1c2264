"""Target extraction (Qt-free): figures in Chinese plan texts -> targets and reported figures.

`extract_document(document)` reads every article of a Document; `extract_text(text, year)` a bare
text. `goal_key(target)` and `normalise_metric(metric)` let the store merge one goal stated in
several documents.
"""

from huangpu_tracker.extraction.dedupe import goal_key
from huangpu_tracker.extraction.metrics import normalise_metric
from huangpu_tracker.extraction.model import Extraction, ReportedFigure, Target
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
