"""Every figure of a document's text with the state the review gives it: part of a goal, of a
possible target, of a reported figure, or ignored (in none of them, or rejected)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from huangpu_tracker.extraction.numbers import find_figures
from huangpu_tracker.store.review_items import FIGURE_STATES

MARK_STATES = FIGURE_STATES  # goal, possible, reported, ignored: the first whose span holds a figure wins
MARK_LABELS = {
    "goal": ("目标", "Goal"),
    "possible": ("可能的目标", "Possible target"),
    "reported": ("报告数值", "Reported figure"),
    "ignored": ("未采用", "Ignored"),
}


def figure_marks(text: str, spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, state) of each figure in `text`, in order, from the spans the review gives a
    state (`store.review_items.figure_spans`); a figure in none of them is ignored."""
    ranks = {state: rank for rank, state in enumerate(MARK_STATES)}
    at = [ranks["ignored"]] * (len(text) + 1)  # each position's state, the first in MARK_STATES winning
    for start, end, state in spans:
        for position in range(max(start, 0), min(end, len(text))):
            at[position] = min(at[position], ranks[state])
    return [(start, end, MARK_STATES[at[start]]) for start, end in _figures(text)]


@lru_cache(maxsize=4)
def _figures(text: str) -> tuple[tuple[int, int], ...]:
    """The figures' spans, read once per text: a decision recolours the same text."""
    return tuple((figure.start, figure.end) for figure in find_figures(text))
